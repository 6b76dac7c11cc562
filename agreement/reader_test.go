package agreement_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/stretchr/testify/require"
)

// readerGold is the hand label of a reader fixture (testdata/reader).
type readerGold struct {
	Document string   `json:"document"`
	Title    string   `json:"title"`
	Kind     string   `json:"kind"`
	Issued   string   `json:"issued"`
	Place    string   `json:"place"`
	Parties  []string `json:"parties"`
	Language string   `json:"language"`
	Clauses  []struct {
		Text    string   `json:"text"`
		Stance  string   `json:"stance"`
		Actors  []string `json:"actors"`
		Negated bool     `json:"negated"`
		CAMEO   string   `json:"cameo"`
	} `json:"clauses"`
}

// TestReaderFixtures holds the reader to every label of the fixtures that
// reproduce what real statements do: layout, sentence boundaries, actors,
// stances, negation, splits and metadata.
func TestReaderFixtures(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "reader", "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			var g readerGold
			require.NoError(t, json.Unmarshal(b, &g))
			text, err := os.ReadFile(filepath.Join("..", "testdata", "reader", g.Document))
			require.NoError(t, err)
			c, err := agreement.ParseCommuniqueString(string(text), agreement.ParseOptions{})
			require.NoError(t, err)
			require.Equal(t, g.Title, c.Title, "title")
			require.Equal(t, g.Kind, c.Kind.String(), "kind")
			require.Equal(t, g.Issued, c.Issued.String(), "issued")
			require.Equal(t, g.Place, c.Place, "place")
			require.Equal(t, sorted(g.Parties), codes(c.Parties), "parties")
			if g.Language != "" {
				require.Equal(t, g.Language, c.Language, "language")
			}
			var got []string
			for _, cl := range c.Clauses() {
				got = append(got, cl.Text)
			}
			var want []string
			for _, gc := range g.Clauses {
				want = append(want, gc.Text)
			}
			require.Equal(t, want, got, "clauses")
			for i, cl := range c.Clauses() {
				gc := g.Clauses[i]
				require.Equal(t, gc.Stance, cl.Stance.String(), "stance of %q", cl.Text)
				require.Equal(t, gc.Negated, cl.Negated, "negation of %q", cl.Text)
				if gc.Stance != "unknown" {
					require.Equal(t, sorted(gc.Actors), codes(cl.Actors), "actors of %q", cl.Text)
				}
				if gc.CAMEO != "" {
					require.Equal(t, gc.CAMEO, cl.CAMEO(), "CAMEO of %q", cl.Text)
				}
			}
		})
	}
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	if s == nil {
		s = []string{}
	}
	return s
}

func codes(ps []agreement.Party) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.String())
	}
	slices.Sort(out)
	return out
}

// TestClauseCodes pins the CAMEO and PLOVER codes of negated clauses:
// refusing cooperation is a rejection, refusing to oppose a statement.
func TestClauseCodes(t *testing.T) {
	for _, c := range []struct {
		stance        agreement.Stance
		negated       bool
		cameo, plover string
	}{
		{agreement.Support, false, "032", "SUPPORT"},
		{agreement.Support, true, "120", "REJECT"},
		{agreement.Agree, true, "120", "REJECT"},
		{agreement.Oppose, false, "120", "REJECT"},
		{agreement.Oppose, true, "010", ""},
		{agreement.Condemn, true, "010", ""},
		{agreement.Note, true, "010", ""},
		{agreement.ExpressConcern, false, "012", ""},
		{agreement.Congratulate, false, "051", "SUPPORT"},
		{agreement.StanceUnknown, true, "", ""},
	} {
		cl := agreement.Clause{Stance: c.stance, Negated: c.negated}
		require.Equal(t, c.cameo, cl.CAMEO(), "%v negated %v", c.stance, c.negated)
		require.Equal(t, c.plover, cl.PLOVER(), "%v negated %v", c.stance, c.negated)
	}
}

// TestPartyNamesInUse walks the party names a text may write and requires
// the ISO 3166-1 code in use, never a deprecated or exceptionally reserved
// one.
func TestPartyNamesInUse(t *testing.T) {
	for name, want := range map[string]string{
		"France": "FR", "United Kingdom": "GB", "the U.K.": "GB", "Panama": "PA", "Benin": "BJ", "Timor-Leste": "TL",
		"Türkiye": "TR", "Turkey": "TR", "Myanmar": "MM", "Burma": "MM", "Мьянма": "MM", "Бирма": "MM", "Eswatini": "SZ", "North Macedonia": "MK",
		"Côte d'Ivoire": "CI", "Côte d’Ivoire": "CI", "Czechia": "CZ", "DR Congo": "CD", "Republic of Korea": "KR",
		"People's Republic of China": "CN", "Russian Federation": "RU", "United States of America": "US", "the U.S.": "US",
		"Islamic Republic of Pakistan": "PK", "Kingdom of Thailand": "TH", "Republic of the Philippines": "PH",
		// CLDR's Vietnamese and Russian names, and the lexicons' forms.
		"Việt Nam": "VN", "Liên bang Nga": "RU", "Trung Quốc": "CN", "Россия": "RU", "России": "RU", "РФ": "RU",
		"Вьетнам": "VN", "Социалистической Республики Вьетнам": "VN",
		// Official long forms that are no "Республика X".
		"Китайская Народная Республика": "CN", "Исламская Республика Иран": "IR", "Федеративная Республика Германия": "DE",
		"Южно-Африканская Республика": "ZA", "Cộng hòa Nhân dân Trung Hoa": "CN", "Hợp chúng quốc Hoa Kỳ": "US",
	} {
		p, err := agreement.ParseParty(name)
		require.NoError(t, err, name)
		require.Equal(t, want, p.String(), name)
	}
	// Deprecated and reserved codes are refused; "UK" is read as the name
	// it also is, and gives GB.
	for _, code := range []string{"FX", "PZ", "DY", "TP", "ZR", "BU", "YU", "CS", "SU", "DD", "AN", "NT", "EZ"} {
		_, err := agreement.ParseParty(code)
		require.Error(t, err, code)
	}
	p, err := agreement.ParseParty("UK")
	require.NoError(t, err)
	require.Equal(t, "GB", p.String())
}

// TestTitleNamesBothParties: a Russian or Vietnamese text that names
// office-holders without their state is a report of its own state's press,
// and that state a side — unless its title names both parties, in any case
// form ("… Республики Беларусь и … Китайской Народной Республики").
func TestTitleNamesBothParties(t *testing.T) {
	text := "Совместное коммюнике правительства Республики Беларусь и правительства Китайской Народной Республики\n\n" +
		"С 4 по 5 ноября 2007 года по приглашению Президента Республики Беларусь премьер Государственного совета Вэнь Цзябао посетил Республику Беларусь с официальным визитом.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, []agreement.Party{agreement.MustParseParty("BY"), agreement.MustParseParty("CN")}, c.Parties)
}

// TestCompoundNamesTheOtherSide: a title and lead that name one state,
// and a compound of two states' demonyms that holds it ("the joint
// Jordanian-Egyptian committee"), give the pair, however often a third
// state is named.
func TestCompoundNamesTheOtherSide(t *testing.T) {
	text := "King, Egyptian president discuss ties\n\n" +
		"The King arrived back home after a short visit to Egypt where he held talks with the President.\n\n" +
		"The two leaders discussed the talks of the joint Jordanian-Egyptian committee. They backed a Palestinian state, Palestinian unity and the Palestinian people.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, []agreement.Party{agreement.MustParseParty("EG"), agreement.MustParseParty("JO")}, c.Parties)
}

// TestIntroductionsInApposition: each person introduced as "Name, Office
// of State", or as the second of "Ministers A of S1 and B of S2", keeps
// that state, past a state's long name of nine words
// ("nước Cộng hòa xã hội chủ nghĩa Việt Nam"), a name in another form in
// parentheses and an abbreviation's period ("Marcos Jr., Tổng thống …").
func TestIntroductionsInApposition(t *testing.T) {
	for _, tt := range []struct{ text, clause, want string }{
		{"Nhận lời mời của Ngài Lê Văn Nam, Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam, Ngài Pedro Alvarez Jr., Tổng thống nước Cộng hòa Philippines đã thăm Việt Nam.\n\nTổng thống Pedro Alvarez Jr. hoan nghênh hợp tác.\n", "Tổng thống Pedro Alvarez Jr. hoan nghênh hợp tác.", "PH"},
		{"Nhận lời mời của Ngài Lê Văn Nam, Thủ tướng nước Cộng hòa xã hội chủ nghĩa Việt Nam, Ngài Pe-tơ Sa-bô (Peter Szabo), Thủ tướng Hungary đã thăm Việt Nam.\n\nThủ tướng Sa-bô hoan nghênh hợp tác.\n", "Thủ tướng Sa-bô hoan nghênh hợp tác.", "HU"},
		{"Foreign Ministers Ana Ruiz of Chile and Jorge Paz of Peru agreed to meet again.\n\nPaz welcomed the accord.\n", "Paz welcomed the accord.", "PE"},
		// A holder whose sentence names "his Hungarian counterpart" is the
		// other side's, though each side names other offices too.
		{"Relations between Slovakia and Hungary are good, President Peter Novak said after talks with his Hungarian counterpart Tamas Kovacs. The Slovak head of state and the Hungarian foreign minister met too.\n\nNovak thanked Hungary for its help.\n", "Novak thanked Hungary for its help.", "SK"},
		// Vietnam has no "Tổng thống": one named without a state is the
		// other side's; "Ban Chấp hành Trung ương Đảng Cộng sản" links an
		// office to its state.
		{"Việt Nam - Kazakhstan\n\nTổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam Lê Văn Nam thăm Kazakhstan.\n\nTổng thống Nurlan Abenov nhiệt liệt chào mừng Tổng Bí thư Lê Văn Nam.\n", "Tổng thống Nurlan Abenov nhiệt liệt chào mừng Tổng Bí thư Lê Văn Nam.", "KZ"},
		{"Việt Nam - Kazakhstan\n\nTổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam Lê Văn Nam thăm Kazakhstan.\n\nTổng Bí thư Lê Văn Nam hoan nghênh hợp tác.\n", "Tổng Bí thư Lê Văn Nam hoan nghênh hợp tác.", "VN"},
		{"Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Lê Văn Nam đã hội đàm với Tổng thống Séc Jan Novak.\n\nChủ tịch nước Lê Văn Nam hoan nghênh hợp tác.\n", "Chủ tịch nước Lê Văn Nam hoan nghênh hợp tác.", "VN"},
	} {
		c, err := agreement.ParseCommuniqueString(tt.text, agreement.ParseOptions{})
		require.NoError(t, err)
		found := false
		for _, cl := range c.Clauses() {
			if cl.Text == tt.clause {
				found = true
				require.Equal(t, []agreement.Party{agreement.MustParseParty(tt.want)}, cl.Actors, tt.clause)
			}
		}
		require.True(t, found, tt.clause)
	}
}

// TestNoStanceWithoutParty: participles and subjects that are not parties
// take no stance; a visit's actor is the visitor.
func TestNoStanceWithoutParty(t *testing.T) {
	text := "India and Japan issued a statement. Thirty nations committed to the plan. " +
		"The Partnership, announced in 2018, supported new projects. The ties, underscored by history, grew. " +
		"Japan paid a state visit to India."
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	cl := c.Clauses()
	require.Len(t, cl, 5)
	for _, k := range []int{1, 2, 3} {
		require.Equal(t, agreement.StanceUnknown, cl[k].Stance, cl[k].Text)
		require.Empty(t, cl[k].Actors, cl[k].Text)
	}
	require.Equal(t, []string{"JP"}, codes(cl[4].Actors))
	require.True(t, strings.HasPrefix(cl[4].Text, "Japan paid"))
}

// TestObjectIsNoSubject: a verb of saying after a one-word subject the
// text does not place ("Газета рассказала о …") takes no actor from the
// object that follows its preposition.
func TestObjectIsNoSubject(t *testing.T) {
	text := "Президент России Андрей Соколов встретился с премьер-министром Словакии Мартином Галом. " +
		"Газета рассказала о встрече премьер-министра Словакии Мартина Гала с президентом."
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	cl := c.Clauses()
	require.Len(t, cl, 2)
	require.Empty(t, cl[1].Actors, cl[1].Text)
}

// TestInflectedNames: a Russian text introduces a person in one case and
// names them in another ("с Президентом России Владимиром Путиным …
// Путин подчеркнул"); a Vietnamese text names its own state's leaders
// without their state.
func TestInflectedNames(t *testing.T) {
	c, err := agreement.ParseCommuniqueString("Премьер-министр Индии Нарендра Моди провел переговоры с Президентом России Владимиром Путиным. "+
		"Путин подчеркнул важность сотрудничества. Моди поблагодарил российскую сторону.", agreement.ParseOptions{})
	require.NoError(t, err)
	cl := c.Clauses()
	require.Len(t, cl, 3)
	require.Equal(t, "ru", c.Language)
	require.Equal(t, []string{"RU"}, codes(cl[1].Actors), cl[1].Text)
	require.Equal(t, []string{"IN"}, codes(cl[2].Actors), cl[2].Text)

	c, err = agreement.ParseCommuniqueString("Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Lào Sonexay Siphandone. "+
		"Thủ tướng Phạm Minh Chính đề nghị hai bên tăng cường hợp tác. Thủ tướng Lào cảm ơn Việt Nam.", agreement.ParseOptions{})
	require.NoError(t, err)
	cl = c.Clauses()
	require.Equal(t, "vi", c.Language)
	require.Equal(t, []string{"LA", "VN"}, codes(c.Parties))
	require.Equal(t, []string{"VN"}, codes(cl[1].Actors), cl[1].Text)
	require.Equal(t, []string{"LA"}, codes(cl[2].Actors), cl[2].Text)
}

// TestFigurePeriods: a figure takes the one period of whole months its
// clause names; none when the clause names several, or only a day.
func TestFigurePeriods(t *testing.T) {
	periods := func(text string) []string {
		c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
		require.NoError(t, err)
		var out []string
		for _, cl := range c.Clauses() {
			for _, m := range cl.Mentions {
				if m.Kind == agreement.MentionFigure || m.Kind == agreement.MentionRate {
					out = append(out, m.Text+"@"+m.Period.String())
				}
			}
		}
		return out
	}
	require.Equal(t, []string{"24%@2024-M01/2024-M09", "$4.4 billion@2024-M01/2024-M09"},
		periods("In the first nine months of 2024, trade between Vietnam and Russia rose 24% to $4.4 billion."))
	require.Equal(t, []string{"4,4 tỷ USD@2024-Q3"}, periods("Kim ngạch thương mại Việt Nam - Nga đạt 4,4 tỷ USD trong quý III/2024."))
	require.Equal(t, []string{"$4.4 billion@", "$5 billion@"}, periods("India and Japan traded $4.4 billion in 2024 and $5 billion in 2025."))
	require.Equal(t, []string{"$1 billion@"}, periods("On 14 January 2025 India and Japan signed deals worth $1 billion."))
}

func TestFigurePeriodJSON(t *testing.T) {
	c, err := agreement.ParseCommuniqueString("In the first nine months of 2024, trade between Vietnam and Russia rose 24% to $4.4 billion.", agreement.ParseOptions{})
	require.NoError(t, err)
	b, err := json.Marshal(c)
	require.NoError(t, err)
	require.Contains(t, string(b), `"period":"2024-M01/2024-M09"`)
	var back agreement.Communique
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, c.Clauses(), back.Clauses())
}

// TestPartyNamesWithAnd: CLDR writes "Trinidad & Tobago" and "St. Kitts &
// Nevis"; texts write ISO 3166-1's "and", "Saint" and letters without
// accents, in names and in running text.
func TestPartyNamesWithAnd(t *testing.T) {
	for name, code := range map[string]string{"Trinidad and Tobago": "TT", "Bosnia and Herzegovina": "BA", "Antigua and Barbuda": "AG",
		"Saint Kitts and Nevis": "KN", "Sao Tome and Principe": "ST", "Cote d'Ivoire": "CI", "Trinidad & Tobago": "TT"} {
		p, err := agreement.ParseParty(name)
		require.NoError(t, err, name)
		require.Equal(t, code, p.String(), name)
	}
	c, err := agreement.ParseCommuniqueString("Guyana and Trinidad and Tobago held talks on trade.", agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, []string{"GY", "TT"}, codes(c.Parties))
}

// TestEthForD: Vietnamese pages typed with the Icelandic eth ("Thụy
// Ðiển") name Sweden as "Thụy Điển" does.
func TestEthForD(t *testing.T) {
	c, err := agreement.ParseCommuniqueString("Thủ tướng Việt Nam hội đàm với Thủ tướng Thụy Ðiển tại Hà Nội.", agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, []string{"SE", "VN"}, codes(c.Parties))
}

// TestPlaceInsideStateName: a capital inside a state's name ("Bissau" of
// "Guinea-Bissau") is no place; the state is a party.
func TestPlaceInsideStateName(t *testing.T) {
	c, err := agreement.ParseCommuniqueString("Chủ tịch nước Việt Nam hội đàm với Tổng thống Guinea-Bissau tại Hà Nội.", agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, []string{"GW", "VN"}, codes(c.Parties))
}
