package agreement_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestParseParty(t *testing.T) {
	for in, want := range map[string]string{
		"VN": "VN", "RU": "RU", "Viet Nam": "VN", "Vietnam": "VN", "the Russian Federation": "RU", "Russia": "RU",
		"the Eurasian Economic Union": "EAEU", "ASEAN": "ASEAN", "the Association of Southeast Asian Nations": "ASEAN",
		"Malaysia": "MY", "the United Nations": "UN", "ADMM-Plus": "ADMM-Plus", "the Shanghai Cooperation Organisation": "SCO",
		"the Socialist Republic of Vietnam": "VN", "China": "CN", "BRICS": "BRICS",
	} {
		p, err := agreement.ParseParty(in)
		require.NoError(t, err, in)
		require.Equal(t, want, p.String(), in)
	}
	for in, msg := range map[string]string{
		"":         `agreement: parsing "" as party: empty input`,
		"Atlantis": `agreement: parsing "Atlantis" as party: unknown party`,
		"XX":       `agreement: parsing "XX" as party: unknown party`,
		"vn":       `agreement: parsing "vn" as party: unknown party`,
	} {
		_, err := agreement.ParseParty(in)
		require.EqualError(t, err, msg)
		require.ErrorIs(t, err, agreement.ErrSyntax)
	}
	vn := agreement.MustParseParty("VN")
	require.Equal(t, agreement.PartyState, vn.Kind())
	require.Equal(t, "Việt Nam", vn.Label(language.Vietnamese))
	require.Equal(t, "Россия", agreement.MustParseParty("RU").Label(language.Russian))
	require.Equal(t, "Vietnam", vn.Label(language.French))
	eaeu := agreement.MustParseParty("EAEU")
	require.Equal(t, agreement.PartyOrganisation, eaeu.Kind())
	require.Equal(t, "Liên minh Kinh tế Á-Âu", eaeu.Label(language.Vietnamese))
	require.Equal(t, "Евразийский экономический союз", eaeu.Label(language.Russian))
	require.Equal(t, "АСЕАН", agreement.MustParseParty("ASEAN").Label(language.Russian))
}

func TestLevels(t *testing.T) {
	vn := agreement.VietnamScheme()
	csp, _ := vn.Level("comprehensive-strategic-partnership")
	sp, _ := vn.Level("strategic-partnership")
	cp, _ := vn.Level("comprehensive-partnership")
	esp, _ := vn.Level("extensive-strategic-partnership")
	special, _ := vn.Level("special-relationship")
	c, err := cp.Compare(sp)
	require.NoError(t, err)
	require.Equal(t, -1, c)
	c, err = csp.Compare(sp)
	require.NoError(t, err)
	require.Equal(t, 1, c)
	c, err = esp.Compare(sp)
	require.NoError(t, err)
	require.Equal(t, 0, c)
	_, err = special.Compare(sp)
	require.ErrorIs(t, err, agreement.ErrIncomparable)

	other, err := agreement.NewScheme(agreement.MustParseParty("CN"), [][]string{{"strategic-partnership"}, {"comprehensive-strategic-partnership"}}, nil)
	require.NoError(t, err)
	cn, _ := other.Level("comprehensive-strategic-partnership")
	_, err = cn.Compare(sp)
	require.ErrorIs(t, err, agreement.ErrIncomparable)

	require.Equal(t, "VN:comprehensive-strategic-partnership", csp.String())
	back, err := agreement.ParseLevel(csp.String())
	require.NoError(t, err)
	require.Equal(t, csp, back)
	require.Equal(t, "Đối tác chiến lược toàn diện", csp.Label(language.Vietnamese))
	require.Equal(t, "всеобъемлющее стратегическое партнёрство", csp.Label(language.Russian))
	_, err = agreement.ParseLevel("VN:best-friends")
	require.EqualError(t, err, `agreement: parsing "VN:best-friends" as level: unknown level of the VN scheme`)
	_, err = agreement.NewScheme(agreement.MustParseParty("CN"), [][]string{{"Bad Level"}}, nil)
	require.Error(t, err)
}

func loadRelationship(t testing.TB) agreement.Relationship {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "vietnam-russia", "relationship.json"))
	require.NoError(t, err)
	var r agreement.Relationship
	require.NoError(t, json.Unmarshal(b, &r))
	return r
}

func source(t testing.TB, name string) []byte {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "sources", name))
	require.NoError(t, err)
	return b
}

func TestRelationshipFixture(t *testing.T) {
	r := loadRelationship(t)
	require.NoError(t, r.EstablishedSource.Verify(source(t, r.EstablishedSource.Document)))
	for _, u := range r.History {
		require.NoError(t, u.Source.Verify(source(t, u.Source.Document)))
		require.Contains(t, u.Source.Quote, u.On.String())
	}
	d := timeline.MustParseDate
	for _, tt := range []struct{ at, want string }{
		{"2000", ""},
		{"2001", "VN:strategic-partnership"},
		{"2012-03-01", "VN:strategic-partnership"},
		{"2012", "VN:comprehensive-strategic-partnership"},
		{"2025-01-14", "VN:comprehensive-strategic-partnership"},
	} {
		l, ok := r.LevelAt(d(tt.at))
		require.Equal(t, tt.want != "", ok, tt.at)
		require.Equal(t, tt.want, l.String(), tt.at)
	}
	var got []string
	for _, a := range r.AnniversariesIn(2025) {
		got = append(got, fmt.Sprintf("%s %d %s %v %v", a.Milestone.Kind, a.N, a.On, a.Round, a.Major))
	}
	// 2025 − 1950 = 75 (round, major); 2025 − 2001 = 24; 2025 − 2012 = 13.
	require.Equal(t, []string{"diplomatic-relations 75 2025-01-30 true true", "upgrade 24 2025 false false", "upgrade 13 2025 false false"}, got)
	got = nil
	for _, a := range r.AnniversariesIn(2026) {
		got = append(got, fmt.Sprintf("%d %s %v %v", a.N, a.On, a.Round, a.Major))
	}
	require.Equal(t, []string{"76 2026-01-30 false false", "25 2026 true true", "14 2026 false false"}, got)

	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back agreement.Relationship
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, r, back)
}

type citation struct {
	Instrument string          `json:"instrument"`
	Year       int             `json:"year"`
	Source     timeline.Source `json:"source"`
}

// TestInstrumentsFixture checks every cited instrument: the quote is in the
// source at its offsets, and Resolve finds that instrument with that year in
// the quote.
func TestInstrumentsFixture(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "vietnam-russia", "instruments.json"))
	require.NoError(t, err)
	var cites []citation
	require.NoError(t, json.Unmarshal(b, &cites))
	require.Len(t, cites, 14)
	reg := agreement.Builtin()
	for _, c := range cites {
		require.NoError(t, c.Source.Verify(source(t, c.Source.Document)))
		in, cit, ok := reg.Resolve(c.Source.Quote)
		require.True(t, ok, c.Source.Quote)
		require.Equal(t, c.Instrument, in.ID, c.Source.Quote)
		require.Equal(t, c.Year, cit.Year, c.Source.Quote)
	}
	// Every citation in the communiqué, found by Citations over the whole
	// text, is in the fixture.
	doc := string(source(t, "002_a303d40a4328e215.txt"))
	var found []string
	for in, c := range reg.Citations(doc) {
		found = append(found, fmt.Sprintf("%s@%d", in.ID, c.Start))
	}
	var want []string
	for _, c := range cites {
		if c.Source.Document == "002_a303d40a4328e215.txt" {
			want = append(want, fmt.Sprintf("%s@%d", c.Instrument, c.Source.Start))
		}
	}
	require.ElementsMatch(t, want, found)
}

func TestResolve(t *testing.T) {
	reg := agreement.Builtin()
	for _, tt := range []struct {
		text, id, cited string
		year            int
	}{
		{"in line with the 1982 UNCLOS.", "unclos", "1982 UNCLOS", 1982},
		{"the DOC", "doc", "DOC", 0},
		{"toward a Code of Conduct in the South China Sea (COC) soon", "coc", "Code of Conduct in the South China Sea (COC)", 0},
		{"the united nations charter", "un-charter", "united nations charter", 0},
		{"the Treaty of Amity and Cooperation in Southeast Asia 1976", "tac", "Treaty of Amity and Cooperation in Southeast Asia 1976", 1976},
	} {
		in, c, ok := reg.Resolve(tt.text)
		require.True(t, ok, tt.text)
		require.Equal(t, tt.id, in.ID)
		require.Equal(t, tt.cited, c.Text)
		require.Equal(t, tt.text[c.Start:c.End], c.Text)
		require.Equal(t, tt.year, c.Year)
	}
	_, _, ok := reg.Resolve("the DOCTOR said UNCLOSED")
	require.False(t, ok)
	_, _, ok = reg.Resolve(strings.Repeat("a", 2<<20))
	require.False(t, ok)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if _, _, ok := reg.Resolve("the 2022 Declaration on the Conduct of Parties in the East Sea (DOC)"); !ok {
					t.Error("concurrent Resolve failed")
				}
				agreement.Builtin().Lookup("unclos")
			}
		}()
	}
	wg.Wait()
}

func TestCheck(t *testing.T) {
	text := "The two sides committed to implementing the 2022 Declaration on the Conduct of Parties in the East Sea (DOC), in line with the 1982 UNCLOS, and celebrating the 75th anniversary of the diplomatic relations (January 30, 1950) and the 74th anniversary of something (May 9, 1945)."
	reg := agreement.Builtin()
	cl := agreement.Clause{Text: text, End: len(text)}
	for in, c := range reg.Citations(text) {
		cl.Mentions = append(cl.Mentions, agreement.Mention{Kind: agreement.MentionInstrument, Start: c.Start, End: c.End, Text: c.Text, Instrument: in.ID, Year: c.Year})
	}
	for m := range timeline.ExtractDates(text) {
		cl.Mentions = append(cl.Mentions, agreement.Mention{Kind: agreement.MentionDate, Start: m.Start, End: m.End, Text: m.Text, Date: m.Value})
	}
	c := &agreement.Communique{Version: agreement.SchemaVersion, Issued: timeline.MustParseSpan("2025-01-14/2025-01-15"),
		Sections: []agreement.Section{{Clauses: []agreement.Clause{cl}}}}
	var msgs []string
	for _, f := range agreement.Check(c, reg) {
		msgs = append(msgs, f.Code+": "+f.Label(language.English))
	}
	require.Equal(t, []string{
		"instrument-year: the DOC is cited as 2022; it was signed on November 4, 2002",
		"anniversary-count: the 74th anniversary of May 9, 1945 falls in 2019, not 2025 (it is the 80th)",
	}, msgs)
}

func TestEnumLabels(t *testing.T) {
	type labeled interface {
		String() string
		Label(language.Tag) string
	}
	var all []labeled
	for _, s := range agreement.Stances() {
		all = append(all, s)
	}
	for _, tp := range agreement.Topics() {
		all = append(all, tp)
	}
	for _, k := range agreement.InstrumentKinds() {
		all = append(all, k)
	}
	for k := agreement.CommuniqueJointCommunique; k <= agreement.CommuniqueNewsReport; k++ {
		all = append(all, k)
	}
	for k := agreement.MentionDate; k <= agreement.MentionPlace; k++ {
		all = append(all, k)
	}
	all = append(all, agreement.PartyState, agreement.PartyOrganisation, agreement.MilestoneDiplomaticRelations, agreement.MilestonePartnershipUpgrade)
	for _, l := range agreement.VietnamScheme().Levels() {
		all = append(all, l)
	}
	for _, v := range all {
		en, vi, ru := v.Label(language.English), v.Label(language.Vietnamese), v.Label(language.Russian)
		for _, s := range []string{en, vi, ru} {
			require.NotEmpty(t, s, v.String())
		}
		require.NotEqual(t, en, vi, "%s: vi label is the English one", v)
		require.NotEqual(t, en, ru, "%s: ru label is the English one", v)
		require.NotEqual(t, v.String(), vi)
		require.NotEqual(t, v.String(), ru)
	}
	require.Equal(t, "030", agreement.Agree.CAMEO())
	require.Equal(t, "051", agreement.Welcome.CAMEO())
	require.Equal(t, "120", agreement.Oppose.CAMEO())
	require.Equal(t, "REJECT", agreement.Oppose.PLOVER())
	require.Equal(t, "", agreement.StanceUnknown.CAMEO())
	require.Equal(t, "Stance(99)", agreement.Stance(99).String())
	for _, s := range agreement.Stances() {
		back, err := agreement.ParseStance(s.String())
		require.NoError(t, err)
		require.Equal(t, s, back)
	}
	var pe *agreement.ParseError
	_, err := agreement.ParseTopic("weather")
	require.True(t, errors.As(err, &pe))
}

func FuzzParseParty(f *testing.F) {
	for _, s := range []string{"VN", "Viet Nam", "the Russian Federation", "ASEAN", "", "\xff", "Вьетнам", "the the"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := agreement.ParseParty(s)
		if err != nil {
			return
		}
		back, err := agreement.ParseParty(p.String())
		if err != nil || back != p {
			t.Fatalf("round trip %q → %q", s, p)
		}
	})
}

func FuzzResolve(f *testing.F) {
	f.Add("the 2022 Declaration on the Conduct of Parties in the East Sea (DOC)")
	f.Add("UNCLOS 1982 (UNCLOS) 1982")
	f.Add("(")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range agreement.Builtin().Citations(s) {
			if c.Start < 0 || c.End > len(s) || c.Start > c.End || s[c.Start:c.End] != c.Text {
				t.Fatalf("bad citation %+v in %q", c, s)
			}
		}
	})
}

func ExampleRelationship_LevelAt() {
	vn := agreement.VietnamScheme()
	sp, _ := vn.Level("strategic-partnership")
	csp, _ := vn.Level("comprehensive-strategic-partnership")
	r := agreement.Relationship{
		Parties:     [2]agreement.Party{agreement.MustParseParty("VN"), agreement.MustParseParty("RU")},
		Established: timeline.MustParseDate("1950-01-30"),
		History:     []agreement.Upgrade{{Level: sp, On: timeline.MustParseDate("2001")}, {Level: csp, On: timeline.MustParseDate("2012")}},
	}
	l, _ := r.LevelAt(timeline.MustParseDate("2025"))
	fmt.Println(l.Label(language.English))
	fmt.Println(l.Label(language.Vietnamese))
	for _, a := range r.AnniversariesIn(2025) {
		fmt.Println(a.N, a.On, a.Major)
	}
	// Output:
	// comprehensive strategic partnership
	// Đối tác chiến lược toàn diện
	// 75 2025-01-30 true
	// 24 2025 false
	// 13 2025 false
}

func ExampleRegistry_Resolve() {
	in, c, _ := agreement.Builtin().Resolve("implementing the 2022 Declaration on the Conduct of Parties in the East Sea (DOC)")
	fmt.Println(in.ID, c.Year, in.Signed)
	// Output: doc 2022 2002-11-04
}
