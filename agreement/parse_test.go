package agreement_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/texttest"
	"github.com/stretchr/testify/require"
)

type goldMention struct {
	Kind  string `json:"kind"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type goldClause struct {
	Start    int           `json:"start"`
	End      int           `json:"end"`
	Text     string        `json:"text"`
	Actors   []string      `json:"actors"`
	Stance   string        `json:"stance"`
	Negated  bool          `json:"negated"`
	Topics   []string      `json:"topics"`
	Mentions []goldMention `json:"mentions"`
}

type goldDoc struct {
	Document string       `json:"document"`
	Clauses  []goldClause `json:"clauses"`
}

// scores accumulates the measures of the parser against gold.
type scores struct {
	goldClauses, gotClauses, matched int
	stanceRight, actorsRight         int
	topicTP, topicFP, topicFN        int
	mentionTP, mentionFP, mentionFN  int
}

func f1(tp, fp, fn int) float64 {
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	return 2 * p * r / (p + r)
}

func (s scores) segmentation() float64 {
	return f1(s.matched, s.gotClauses-s.matched, s.goldClauses-s.matched)
}
func (s scores) stance() float64  { return float64(s.stanceRight) / float64(s.matched) }
func (s scores) actors() float64  { return float64(s.actorsRight) / float64(s.matched) }
func (s scores) topics() float64  { return f1(s.topicTP, s.topicFP, s.topicFN) }
func (s scores) mention() float64 { return f1(s.mentionTP, s.mentionFP, s.mentionFN) }

func (s *scores) add(o scores) {
	s.goldClauses += o.goldClauses
	s.gotClauses += o.gotClauses
	s.matched += o.matched
	s.stanceRight += o.stanceRight
	s.actorsRight += o.actorsRight
	s.topicTP += o.topicTP
	s.topicFP += o.topicFP
	s.topicFN += o.topicFN
	s.mentionTP += o.mentionTP
	s.mentionFP += o.mentionFP
	s.mentionFN += o.mentionFN
}

func (s scores) String() string {
	return fmt.Sprintf("segmentation F1 %.3f (%d gold, %d parsed, %d matched), stance accuracy %.3f, actors accuracy %.3f, topic micro-F1 %.3f, mention F1 %.3f",
		s.segmentation(), s.goldClauses, s.gotClauses, s.matched, s.stance(), s.actors(), s.topics(), s.mention())
}

// evaluate parses text and compares it with gold: clauses match by exact
// byte range; stance, actors and topics are scored on matched clauses;
// mentions (kind and range) over the whole document.
func evaluate(t *testing.T, text []byte, gold goldDoc) scores {
	t.Helper()
	c, err := agreement.ParseCommunique(bytes.NewReader(text), agreement.ParseOptions{})
	require.NoError(t, err)
	var s scores
	got := map[[2]int]agreement.Clause{}
	gotMentions := map[goldMention]bool{}
	for _, cl := range c.Clauses() {
		require.Equal(t, string(text[cl.Start:cl.End]), cl.Text, "clause offsets")
		got[[2]int{cl.Start, cl.End}] = cl
		for _, m := range cl.Mentions {
			require.Equal(t, string(text[m.Start:m.End]), m.Text, "mention offsets")
			gotMentions[goldMention{m.Kind.String(), m.Start, m.End, m.Text}] = true
		}
	}
	s.gotClauses = len(got)
	s.goldClauses = len(gold.Clauses)
	wantMentions := map[goldMention]bool{}
	for _, g := range gold.Clauses {
		require.Equal(t, g.Text, string(text[g.Start:g.End]), "gold clause offsets")
		for _, m := range g.Mentions {
			require.Equal(t, m.Text, string(text[m.Start:m.End]), "gold mention offsets")
			wantMentions[m] = true
		}
		cl, ok := got[[2]int{g.Start, g.End}]
		if !ok {
			t.Logf("%s: clause not found: %q", gold.Document, g.Text)
			continue
		}
		s.matched++
		if cl.Stance.String() == g.Stance && cl.Negated == g.Negated {
			s.stanceRight++
		} else {
			t.Logf("%s: stance %s (negated %v), gold %s (negated %v): %q", gold.Document, cl.Stance, cl.Negated, g.Stance, g.Negated, g.Text)
		}
		var actors []string
		for _, a := range cl.Actors {
			actors = append(actors, a.String())
		}
		slices.Sort(actors)
		want := slices.Clone(g.Actors)
		slices.Sort(want)
		if slices.Equal(actors, want) {
			s.actorsRight++
		} else {
			t.Logf("%s: actors %v, gold %v: %q", gold.Document, actors, want, g.Text)
		}
		var topics []string
		for _, tp := range cl.Topics {
			topics = append(topics, tp.String())
			if slices.Contains(g.Topics, tp.String()) {
				s.topicTP++
			} else {
				s.topicFP++
			}
		}
		for _, tp := range g.Topics {
			if !slices.Contains(topics, tp) {
				s.topicFN++
			}
		}
	}
	for m := range gotMentions {
		if wantMentions[m] {
			s.mentionTP++
		} else {
			s.mentionFP++
			t.Logf("%s: extra mention %+v", gold.Document, m)
		}
	}
	for m := range wantMentions {
		if !gotMentions[m] {
			s.mentionFN++
			t.Logf("%s: missed mention %+v", gold.Document, m)
		}
	}
	return s
}

func loadGold(t *testing.T, path string) goldDoc {
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var g goldDoc
	require.NoError(t, json.Unmarshal(b, &g))
	return g
}

func checkThresholds(t *testing.T, name string, s scores) {
	t.Logf("%s: %s", name, s)
	require.GreaterOrEqual(t, s.segmentation(), 0.95, name)
	require.GreaterOrEqual(t, s.stance(), 0.95, name)
	require.GreaterOrEqual(t, s.topics(), 0.85, name)
	require.GreaterOrEqual(t, s.mention(), 0.95, name)
}

// TestParseCommuniqueGold measures the parser against the hand-labelled
// clauses of the two source texts.
func TestParseCommuniqueGold(t *testing.T) {
	var total scores
	for _, name := range []string{"communique-vn-ru-2025.json", "article-vn-ru-2025.json"} {
		g := loadGold(t, filepath.Join("..", "testdata", "gold", name))
		text := source(t, g.Document)
		s := evaluate(t, text, g)
		t.Logf("%s: %s", name, s)
		total.add(s)
	}
	checkThresholds(t, "source texts", total)
}

// TestParseCommuniqueGeneralises measures the parser on communiqués written
// for the purpose, which no rule was tuned on.
func TestParseCommuniqueGeneralises(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "gold", "communiques", "*.json"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 3)
	var total scores
	for _, f := range files {
		g := loadGold(t, f)
		text, err := os.ReadFile(filepath.Join("..", "testdata", "communiques", g.Document))
		require.NoError(t, err)
		s := evaluate(t, text, g)
		t.Logf("%s: %s", filepath.Base(f), s)
		total.add(s)
	}
	checkThresholds(t, "further communiqués", total)
}

func TestParseCommuniqueErrors(t *testing.T) {
	_, err := agreement.ParseCommunique(strings.NewReader(""), agreement.ParseOptions{})
	require.EqualError(t, err, `agreement: parsing "" as communiqué: empty input`)
	require.ErrorIs(t, err, agreement.ErrSyntax)
	_, err = agreement.ParseCommunique(strings.NewReader(" \n\t "), agreement.ParseOptions{})
	require.ErrorIs(t, err, agreement.ErrSyntax)
	_, err = agreement.ParseCommunique(strings.NewReader("The two sides agreed.\xff"), agreement.ParseOptions{})
	require.EqualError(t, err, `agreement: parsing "The two sides agreed.\xff" as communiqué: invalid UTF-8 at byte 21`)
	_, err = agreement.ParseCommunique(strings.NewReader(strings.Repeat("a", 100)), agreement.ParseOptions{MaxBytes: 99})
	require.ErrorIs(t, err, agreement.ErrTooLarge)
	// A 100 MB reader is refused after reading just over the limit.
	r := &countingReader{n: 100 << 20}
	_, err = agreement.ParseCommunique(r, agreement.ParseOptions{})
	require.ErrorIs(t, err, agreement.ErrTooLarge)
	require.LessOrEqual(t, r.read, int64(agreement.DefaultMaxBytes+1))
}

type countingReader struct{ n, read int64 }

func (r *countingReader) Read(p []byte) (int, error) {
	if r.read >= r.n {
		return 0, errors.New("eof")
	}
	for i := range p {
		p[i] = 'a'
	}
	r.read += int64(len(p))
	return len(p), nil
}

func FuzzParseCommunique(f *testing.F) {
	f.Add("The two sides agreed to expand trade to $5 billion by 2030, and welcomed the 1982 UNCLOS.")
	f.Add("1. The leaders did not support it.\n2) It was agreed that…")
	f.Add("Title\n\n(Photo: VNA)\nVietnam- Russia.")
	f.Add("\xff")
	f.Add("")
	f.Add("M.V. Mishustin. Mr. X. (a. b.) ((( ")
	f.Add("( February 11, Islamabad, Guardian) On the\nВ.Путин: Уважаемый господин Президент! Дорогие друзья!\nМОСКВА, 10 мая, ФедералПресс. В. Х: «»")
	f.Add("08:30 | Arica (Chile), May 12.\nCaracas, November 2 (RHC)-- The 05.07.2023 12, 13 and 14 January 2025 XXXX-08-08")
	f.Add("At the invitation of H.E. A B, C.G.H, President of the\nRepublic of Kenya, from 15th\n– 16th July 2022. X met with Y and held talks with Z, where they met and met.\n“Our ties grow.”\n1/ Confirm it;\n.\nВладивосток, 25 апреля - DIXINEWS.\nTTH.VN - Thủ tướng Luís Montenegro hoan nghênh.")
	f.Add("JOINT COMMUNIQUE\n\nOn March 9, 2026 In Statements\n\nWest Africa Telegraph: 14 May 2026:\n\n1. At the invitation of A. 2. The two Heads of State agreed. 3. They met.\nKhaberni - A joint statement was issued by X (left) and Y.\n(AmmanNews Photo)\nDar es Salaam | RedPepper Digital – Kwame Boateng – President of Ghana, was host, as the two presidents thanked each other.")
	f.Add("Путин и Фицо, которые провели переговоры, высказались за …, подчеркнул он. Об этом заявил Соколов. В том числе, как уточнил глава, Сен. 6, 2017. Cả hai thủ tướng nhất trí; khẳng định, Chính phủ Việt Nam luôn coi trọng và mong muốn, bày tỏ sự khâm phục. Thụy Ðiển.")
	f.Add("🇨🇿🇷🇺По итогам\n✅ \n№ 5\nADDIS ABABA: October 11 (EI) – The\n15-4-2024 (SINGAPORE) In\nChief among the topics was X. The joint declaration agreed between A and B highlights. “Mr. President, I thank you,” he said. Under a joint communiqué signed in Y, Z welcomes. The Presidents, while noting it, agreed to the following:\n- Brazil is a partner.\n- disputes are settled.\nГлава государства Ерлан Сапаров встретился. АСТАНА. Визит начался. Они начались. Đảng Thống nhất.")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := agreement.ParseCommunique(strings.NewReader(s), agreement.ParseOptions{})
		cs, errs := agreement.ParseCommuniqueString(s, agreement.ParseOptions{})
		if fmt.Sprint(err) != fmt.Sprint(errs) || !reflect.DeepEqual(c, cs) {
			t.Fatalf("ParseCommunique and ParseCommuniqueString differ on %q: %v, %v", s, err, errs)
		}
		if err != nil {
			return
		}
		b, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("parsed communiqué does not write as JSON: %v", err)
		}
		texttest.JSONFixpoint[agreement.Communique](t, b)
		for _, cl := range c.Clauses() {
			if cl.Start < 0 || cl.End > len(s) || cl.Start > cl.End || s[cl.Start:cl.End] != cl.Text {
				t.Fatalf("clause offsets %d-%d do not slice %q", cl.Start, cl.End, cl.Text)
			}
			for _, m := range cl.Mentions {
				if m.Start < cl.Start || m.End > cl.End || s[m.Start:m.End] != m.Text {
					t.Fatalf("mention %+v outside its clause %d-%d", m, cl.Start, cl.End)
				}
			}
		}
	})
}

func ExampleParseCommunique() {
	text := "Joint Statement\n\nThe two sides agreed to raise bilateral trade to $10 billion by 2030. " +
		"The Vietnamese side did not support the proposal, and welcomed the 1982 UNCLOS."
	c, _ := agreement.ParseCommunique(strings.NewReader(text), agreement.ParseOptions{
		Parties: []agreement.Party{agreement.MustParseParty("VN"), agreement.MustParseParty("JP")},
	})
	for _, cl := range c.Clauses() {
		fmt.Println(cl.Actors, cl.Stance, cl.Negated, cl.Stance.CAMEO(), cl.Topics)
	}
	// Output:
	// [VN JP] agree false 030 [trade]
	// [VN] support true 032 []
	// [VN] welcome false 051 [maritime]
}

func BenchmarkParseCommunique(b *testing.B) {
	text := source(b, "002_a303d40a4328e215.txt")
	big := bytes.Repeat(append(text, '\n'), (1<<20)/len(text))
	b.SetBytes(int64(len(big)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := agreement.ParseCommunique(bytes.NewReader(big), agreement.ParseOptions{MaxBytes: 2 << 20}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestHedgesAndNegation(t *testing.T) {
	for text, want := range map[string]string{
		"The two sides may support the plan.":         "unknown false",
		"The two sides could agree on a date.":        "unknown false",
		"The two sides did not support the plan.":     "support true",
		"The leaders do not oppose the initiative.":   "oppose true",
		"It was agreed that both would cooperate.":    "agree false",
		"Both sides never condemned the action.":      "condemn true",
		"The ministers underlined their commitment.":  "emphasise false",
		"The leaders took note of the report.":        "note false",
		"They reiterated their support for the plan.": "reaffirm false",
	} {
		c, err := agreement.ParseCommunique(strings.NewReader(text), agreement.ParseOptions{})
		require.NoError(t, err)
		cl := c.Clauses()
		require.Len(t, cl, 1, text)
		require.Equal(t, want, fmt.Sprint(cl[0].Stance, " ", cl[0].Negated), text)
	}
}

// TestActorsInTextOrder: a subject naming sides by nationality gives them
// in the communiqué's party order, then in the order the subject names
// them — the same on every run (demonyms were once read in map order).
func TestActorsInTextOrder(t *testing.T) {
	vnru := []agreement.Party{agreement.MustParseParty("VN"), agreement.MustParseParty("RU")}
	for text, want := range map[string]string{
		"The Russian and Vietnamese sides agreed to meet.":                               "[VN RU]",
		"The Korean and Japanese delegations and the South African side welcomed talks.": "[KR JP ZA]",
		"The South African and Korean delegations welcomed talks.":                       "[ZA KR]",
		"The New Zealand delegation, with the Thai side, noted the report.":              "[NZ TH]",
	} {
		for range 20 { // map order would show within a few runs
			c, err := agreement.ParseCommunique(strings.NewReader(text), agreement.ParseOptions{Parties: vnru})
			require.NoError(t, err)
			cl := c.Clauses()
			require.Len(t, cl, 1, text)
			require.Equal(t, want, fmt.Sprint(cl[0].Actors), text)
		}
	}
}

// TestSouthAfricanCounts: a two-word demonym counts towards guessing the
// parties when a title word or nothing capitalised follows the whole of it.
func TestSouthAfricanCounts(t *testing.T) {
	text := "The South African side met the Brazilian side. The South African side thanked the Brazilian delegation."
	c, err := agreement.ParseCommunique(strings.NewReader(text), agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, "[ZA BR]", fmt.Sprint(c.Parties))
}

// TestKindOfHeadline: a title holding a phrase of a document kind names
// the document, unless it is a headline written as a sentence about it.
func TestKindOfHeadline(t *testing.T) {
	body := "\n\nThe two presidents met in Lima on 3 May 2026 and agreed to expand trade.\n"
	for _, tt := range []struct{ title, want string }{
		{"India-Japan Joint Statement", "joint-statement"},
		{"Full text: Joint Statement of India and Japan", "joint-statement"},
		{"Chile publishes full text of the Declaration of Lima", "joint-declaration"},
		{"21st EU-Japan Summit Joint Press Statement", "joint-statement"},
		{"Chile and Peru ratify the Declaration of Lima", "news-report"},
		{"Morocco-Senegal: Key points of the Joint Communiqué", "news-report"},
		{"Россия и Армения согласовали совместное заявление", "news-report"},
		{"Совместное заявление России и Армении", "joint-statement"},
		{"Tuyên bố báo chí chung Việt Nam - Philippines", "joint-statement"},
		{"Tuyên bố Việt Nam - Philippines về hợp tác biển", "joint-declaration"},
	} {
		text := tt.title + body
		switch {
		case tt.title[0] >= 0x80:
			text = tt.title + "\n\nСтороны обсудили торговлю и договорились о встрече в Ереване.\n"
		case strings.HasPrefix(tt.title, "Tuyên"):
			text = tt.title + "\n\nHai bên nhất trí tăng cường hợp tác.\n"
		}
		c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
		require.NoError(t, err)
		require.Equal(t, tt.want, c.Kind.String(), tt.title)
	}
}

// TestKindNamedByTheText: without a title that names it, a document's
// kind comes from a phrase where the text names itself — a heading line,
// after "the full text of", before a colon that introduces the text — and
// not from a report's sentence about a statement.
func TestKindNamedByTheText(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Leaders meet in Lima\n\nThe two presidents met in Lima on 3 May 2026 and signed a joint statement on trade. They agreed to meet again.\n", "news-report"},
		{"Leaders meet in Lima\n\nThe two presidents met in Lima on 3 May 2026. Their joint declaration covers trade and health.\n", "news-report"},
		{"Leaders meet in Lima\n\nThe two presidents met in Lima on 3 May 2026 and issued a joint statement.\nThe joint statement reads as follows:\n\nThe two sides agreed to expand trade.\n", "joint-statement"},
		{"Leaders meet in Lima\n\nThe following is the full text of the joint communiqué issued in Lima on 3 May 2026.\n\nThe two sides agreed to expand trade.\n", "joint-communique"},
		{"Leaders meet in Lima\n\nThe two presidents met in Lima on 3 May 2026.\n\nJoint Declaration of Chile and Peru\n\nThe two sides agreed to expand trade.\n", "joint-declaration"},
		{"Communiqué on the Fifth Chile-Peru Strategic Dialogue\n\nThe two sides met in Lima on 3 May 2026 and agreed to expand trade.\n", "joint-communique"},
		{"Переговоры в Москве\n\nСтороны обсудили торговлю и подписали совместное заявление.\n", "news-report"},
		{"TOKYO, March 6, 2026 – We, the Prime Ministers of Canada and Japan, meet today to deepen our partnership. We reaffirm our commitment to free trade.\n", "joint-statement"},
		{"Leaders meet in Tokyo\n\nThe Prime Ministers of Canada and Japan met today. “We, the leaders, reaffirm our commitment,” they said.\n", "news-report"},
		// A headline about the document, then the document itself.
		{"10 điểm chính trong Tuyên bố chung Việt Nam - Chile\n\nBáo xin giới thiệu toàn văn Tuyên bố chung.\n\n1. Hai bên nhất trí tăng cường hợp tác.\n", "joint-statement"},
		{"Фрагмент документа \"Совместная декларация Российской Федерации и Республики Кипр\".\n\nСтороны подтверждают дружбу.\n", "joint-declaration"},
		// A report that names a document and then gives its numbered
		// paragraphs: the document, of the kind the report names.
		{"Cabinet closes\n\nThe cabinet approved 26 agreements included in the Declaration of Cusco signed by the presidents of Peru and Chile.\n\nThe two parties:\n1. Reaffirm their will to build a common future.\n2. Agree on the importance of the cabinet.\n3. Welcome the new border crossing.\n", "joint-declaration"},
	} {
		c, err := agreement.ParseCommuniqueString(tt.text, agreement.ParseOptions{})
		require.NoError(t, err)
		require.Equal(t, tt.want, c.Kind.String(), tt.text)
	}
}

// TestIssuedReadsThePage: a line that dates the page (publication, time
// of day, a bare date) is the reference the event's date is read against:
// a dateline with a place outranks it, a day without a year takes its year
// (the year before when it would fall after it), and a day the lead names
// relative to it ("today", "yesterday", "on Monday", "в среду", "will … on
// Friday") is the event's; an instrument's date ("the Protocol of March
// 24, 1988") is not, nor is a period of several months that a figure
// covers ("the first nine months of 2024"). Weekdays checked against a calendar: 2022-03-07
// a Monday, 2017-06-30 a Friday, 2024-11-28 a Thursday, 2026-06-03 a
// Wednesday.
func TestIssuedReadsThePage(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Leaders meet in Paris\n\nPublished on October 1, 2008\n\nParis, September 30, 2008\n\nThe two leaders held a summit in Paris today and agreed to expand trade.\n", "2008-09-30"},
		{"Leaders condemn the attack\n\nPublished : 07 Mar 2022, 19:30\n\nUpdated : 08 Mar 2022, 02:17\n\nThe prime ministers of Finland and Estonia met in Tallinn on Monday and agreed to meet again.\n", "2022-03-07"},
		{"Updated : 08 Mar 2022, 02:17\n\nThe prime ministers of Finland and Estonia agreed to meet again.\n", "2022-03-08"},
		{"Wednesday, May 5, 2021 – The president of Tanzania yesterday made her first visit to Kenya and agreed to ease trade rules.\n", "2021-05-04"},
		{"Full text of the joint statement\n\nAll News 08:49 July 01, 2017\n\nWASHINGTON, June 30 (Yonhap) -- The two presidents met on Friday and agreed to expand trade.\n", "2017-06-30"},
		{"08:33 | 18/08/2017 GMT+7\n\nThủ tướng hội đàm với Thủ tướng Thái Lan\n\nChiều 17/8, tại Bangkok, hai Thủ tướng hội đàm và nhất trí tăng cường hợp tác.\n", "2017-08-17"},
		// A yearless dateline takes the year of a page stamp in ISO form.
		{"Переговоры в Кремле\n\n2026-01-22T14:38+0300\n\nМОСКВА, 22 янв - ПРАЙМ. Переговоры президентов России и Палестины начались в Кремле.\n", "2026-01-22"},
		{"Опубликовано: 29.11.2024, 10:15\n\nМОСКВА, 28 ноября. /ТАСС/. Президенты России и Венесуэлы в среду провели переговоры и договорились о встрече.\n", "2024-11-27"},
		{"Minister to visit Laos\n\nHANOI, 3 June 2026 – The Prime Minister of Viet Nam will visit Laos on Friday and will sign a trade accord.\n", "2026-06-05"},
		{"Ministers meet in Seoul\n\nPosted: 2 January 2026, 09:00\n\nThe foreign ministers of Japan and Korea met in Seoul on 30 December and agreed to meet again.\n", "2025-12-30"},
		{"Joint Statement of Australia and Korea\n\n12 December 2019\n\n1. On 10 December 2019, the ministers of Australia and Korea met in Sydney and agreed to expand trade.\n", "2019-12-10"},
		{"September 12, 1997\n\nJOINT DECLARATION OF CHILE AND PERU\n\nThe two states agree to hold regular consultations on the basis of the Protocol of March 24, 1988.\n", "1997-09-12"},
		{"Trade grows\n\nIn the first nine months of 2024, trade between Chile and Peru reached $4 billion.\n", ""},
		{"Ministers meet\n\nIn May 2024, the ministers of Chile and Peru met in Lima.\n", "2024-05"},
		// A dateline on a day of the visit the lead dates: the visit.
		{"Joint statement\n\nBANGKOK, 25 February 2022 --\n\n1. The Prime Minister of Malaysia paid an official visit to Thailand on 24-26 February 2022.\n", "2022-02-24/2022-02-26"},
		// A statement dated after the visit keeps its day.
		{"Joint communiqué\n\nBANJUL, 1 August 2023 --\n\n1. The President of Senegal paid a state visit to the Gambia from 30 to 31 July 2023.\n", "2023-08-01"},
		// A heading with the page's time stamp after it: the page's day.
		{"22 nội dung lớn trong Tuyên bố chung giữa Việt Nam và Brazil 31/03/2025 06:23\n\n1. Tổng thống Brazil đã thực hiện chuyến thăm cấp Nhà nước tới Việt Nam từ ngày 27 đến 29-3-2025.\n", "2025-03-27/2025-03-29"},
	} {
		c, err := agreement.ParseCommuniqueString(tt.text, agreement.ParseOptions{})
		require.NoError(t, err)
		require.Equal(t, tt.want, c.Issued.String(), tt.text)
	}
	// A first line that dates the page is not the title: the line after it is.
	c, err := agreement.ParseCommuniqueString("08:33 | 18/08/2017 GMT+7\n\nThủ tướng hội đàm với Thủ tướng Thái Lan\n\nChiều 17/8, hai Thủ tướng hội đàm.\n", agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, "Thủ tướng hội đàm với Thủ tướng Thái Lan", c.Title)
}

// TestIssuedWithoutYear: a text that dates its event by day and month but
// names no year anywhere (no dateline year, no page date) is issued on
// that day of an unknown year, "XXXX-MM-DD" (EDTF level 2): the dateline's
// day, else the first day of the lead (its first two paragraphs), also in
// parentheses when it glosses a relative day ("Hôm qua (21/6)"). A day the
// lead names only relative to the page ("on Sunday"), or a day further on,
// which dates another event, leaves Issued zero.
func TestIssuedWithoutYear(t *testing.T) {
	// A dated day near the lead's day without a year is the same event's.
	c, err := agreement.ParseCommuniqueString("Leaders meet\n\nThe prime ministers met in Hanoi on 23 August.\n\nThey agreed to expand trade.\n\nThe visit of 22-24 August 2019 was the first in a decade.\n", agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, "2019-08-22/2019-08-24", c.Issued.String())

	for _, tt := range []struct{ text, want string }{
		{"Leaders meet\n\nKUALA LUMPUR, June 20 — The prime ministers of Malaysia and China agreed to expand trade.\n", "XXXX-06-20"},
		{"Thủ tướng điện đàm\n\nChiều 12-12, Thủ tướng Việt Nam đã điện đàm với Thủ tướng Malaysia.\n", "XXXX-12-12"},
		{"Tổng Bí thư hội đàm\n\nChiều tối qua 26-11, Tổng Bí thư đã hội đàm với Tổng thống Belarus.\n", "XXXX-11-26"},
		{"Thủ tướng Ý thăm Việt Nam\n\nNgày 5.6, Thủ tướng Ý đã đến Hà Nội bắt đầu chuyến thăm chính thức Việt Nam từ ngày 5 - 6.6.\n", "XXXX-06-05"},
		{"Hôm qua (21/6), Bộ trưởng Ngoại giao Việt Nam trả lời phỏng vấn về chuyến thăm của Tổng thống Nga (19-20/6).\n", "XXXX-06-21"},
		{"The two leaders met in Manila on Thursday, Feb. 9, and agreed to expand trade between Japan and the Philippines.\n", "XXXX-02-09"},
		{"Лавров 28-29 марта посетил Анталью и провел переговоры с министром иностранных дел Турции.\n", "XXXX-03-28/XXXX-03-29"},
		{"The president of Iran welcomed the ruler of Oman in Tehran on Sunday.\n\nThe two leaders will hold talks.\n\nThe visit follows the meeting of June 16.\n", ""},
		{"Президент России провел телефонный разговор с президентом ЮАР.\n\nСтороны обсудили сотрудничество.\n\nВстреча российского президента со спецпосланником США состоялась 6 августа.\n", ""},
		{"Ministers agree on a summit\n\nThe meeting was a follow-up to the one in Lima on Feb. 16\n\nThe foreign ministers of Chile and Peru agreed on Friday to hold a summit.\n", ""},
		// A yearless dateline moved by the lead's "yesterday"; a weekday
		// cannot move it without a year.
		{"Leaders meet\n\nKUALA LUMPUR, June 20 — The prime ministers of Malaysia and China agreed yesterday to expand trade.\n", "XXXX-06-19"},
		{"Leaders meet\n\nCaracas, November 2 (RHC)-- The presidents of Venezuela and Colombia signed a declaration on Tuesday.\n", "XXXX-11-02"},
		{"( February 11, Islamabad, Guardian) On the invitation of the President of Pakistan, the President of Sri Lanka paid a visit to Pakistan.\n", "XXXX-02-11"},
		// The lead's day without a year, and a later paragraph's dated
		// day of another event, months apart; "Напомним" recalls.
		{"Президент Зимбабве прибыл в Москву, 15 января сообщает сайт Кремля.\n\nПутин отметил важность партнерства.\n\nВыборы в Зимбабве прошли 30 июля 2018 года.\n", "XXXX-01-15"},
		{"Президент Зимбабве прибыл в Москву 15 января.\n\nПутин отметил важность партнерства.\n\nНапомним, 30 июля 2018 года в Зимбабве прошли выборы.\n", "XXXX-01-15"},
	} {
		c, err := agreement.ParseCommuniqueString(tt.text, agreement.ParseOptions{})
		require.NoError(t, err)
		require.Equal(t, tt.want, c.Issued.String(), tt.text)
		if tt.want != "" {
			require.False(t, c.Issued.Start.HasYear())
		}
	}
}

// TestYearlessDatesTakeIssuedYear: inside a communiqué a day or month
// written without a year takes the year of Issued, marked Inferred (issue
// "Figures and dates in the wild"); ExtractDates alone leaves it out.
func TestYearlessDatesTakeIssuedYear(t *testing.T) {
	for _, tt := range []struct{ text, mention, want string }{
		{"Ministers meet in Hanoi\n\nHANOI, 3 June 2026 – The two ministers agreed to meet again on July 10 in Lima.\n", "July 10", "2026-07-10"},
		{"Bộ trưởng hội đàm\n\nHà Nội, ngày 3/6/2026 – Hai bên nhất trí tổ chức phiên họp tiếp theo từ ngày 10 đến 12/7.\n", "từ ngày 10 đến 12/7", "2026-07-10/2026-07-12"},
		{"Переговоры министров\n\nМОСКВА, 3 июня 2026 года. Стороны договорились провести следующую встречу 10 июля.\n", "10 июля", "2026-07-10"},
	} {
		c, err := agreement.ParseCommuniqueString(tt.text, agreement.ParseOptions{})
		require.NoError(t, err)
		var got []agreement.Mention
		for _, cl := range c.Clauses() {
			for _, m := range cl.Mentions {
				if m.Kind == agreement.MentionDate && m.Inferred {
					got = append(got, m)
				}
			}
		}
		require.Len(t, got, 1, tt.text)
		require.Equal(t, tt.mention, got[0].Text)
		require.Equal(t, tt.want, got[0].Date.String())
		require.Equal(t, tt.mention, tt.text[got[0].Start:got[0].End])
	}
}

// TestLeadThatOpensWithADateIsNoCaption: a line of capitalised names and
// titles is a photo caption, but not when it opens with a date — then it
// reports an event (Vietnamese titles capitalise every syllable).
func TestLeadThatOpensWithADateIsNoCaption(t *testing.T) {
	text := "Việt Nam và Israel thúc đẩy hợp tác\n\nNgày 10/3/2015, tại Hà Nội, Trưởng Ban Kinh tế Trung ương Nguyễn Văn An đã tiếp Bộ trưởng Kinh tế Israel David Levi.\n\nHai bên nhất trí thúc đẩy hợp tác.\n\nTrưởng Ban Kinh tế Trung ương Nguyễn Văn An và Bộ trưởng Kinh tế Israel David Levi.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	got := clauseTexts(c)
	require.Equal(t, []string{
		"Ngày 10/3/2015, tại Hà Nội, Trưởng Ban Kinh tế Trung ương Nguyễn Văn An đã tiếp Bộ trưởng Kinh tế Israel David Levi.",
		"Hai bên nhất trí thúc đẩy hợp tác.",
	}, got)
}

// TestVietnameseMinisterWithPortfolio: "Bộ trưởng Kinh tế Israel Arye
// Deri" is the minister of economy of Israel — the portfolio belongs to
// the office, and "Bộ Kinh tế" (a ministry) names no person: neither makes
// the minister Vietnam's.
func TestVietnameseMinisterWithPortfolio(t *testing.T) {
	text := "Việt Nam và Israel thúc đẩy hợp tác\n\nBộ trưởng Kinh tế Israel David Levi nhất trí với đề nghị.\n\nBộ trưởng Bộ Kinh tế Israel David Levi cảm ơn phía Việt Nam.\n\nBộ trưởng Israel David Levi cam kết thúc đẩy hợp tác.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	for _, cl := range c.Clauses() {
		require.Equal(t, []string{"IL"}, codes(cl.Actors), cl.Text)
	}
}

// TestSubjectWithApposition: a comma that sets off an apposition inside a
// subject joined by "и"/"and" does not cut off its first half; a comma
// after an adverbial does. Туркмения is the Russian press's name of TM.
func TestSubjectWithApposition(t *testing.T) {
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Россия и Туркмения обсудили сотрудничество\n\nМинистр иностранных дел России Иван Петров и заместитель председателя правительства, глава МИД Туркмении Ахмет Аманов обсудили вопросы двусторонних отношений.\n", []string{"RU", "TM"}},
		{"Peru and Chile meet\n\nForeign Minister Ana Ruiz of Peru and the Deputy Prime Minister, Foreign Minister Jorge Vidal of Chile discussed trade and investment with the business leaders of both countries.\n", []string{"CL", "PE"}},
		{"Peru and Chile meet\n\nIn Lima and Santiago, the Foreign Minister of Chile Jorge Vidal discussed trade and investment with the business leaders of both countries.\n", []string{"CL"}},
	} {
		c, err := agreement.ParseCommuniqueString(tt.text, agreement.ParseOptions{})
		require.NoError(t, err)
		require.Equal(t, tt.want, codes(c.Clauses()[0].Actors), tt.text)
	}
}

// TestStancePhrases: stance phrases the last rounds of real texts showed,
// in sentences written for this test.
func TestStancePhrases(t *testing.T) {
	for _, tt := range []struct{ text, stance, actors string }{
		{"The Foreign Minister of Chile acknowledged with appreciation the support of Peru.", "express-appreciation", "CL"},
		{"The Peruvian FM highly praised the progress made in the partnership.", "express-appreciation", "PE"},
		{"The two sides recognised with appreciation the long ties between their peoples.", "express-appreciation", "CL PE"},
		{"The prime ministers of Chile and Peru demanded an immediate ceasefire.", "call-on", "CL PE"},
		{"Chile is deeply grateful to Peru for its help after the earthquake.", "express-appreciation", "CL"},
		{"The two men agreed to meet again in Lima.", "agree", "CL PE"},
		{"As the foreign ministry informed, the two foreign ministers discussed the border.", "discuss", "CL PE"},
		{"At the meeting, it was pointed out, they discussed water sharing.", "discuss", "CL PE"},
		{"The two Cabinets have had good discussions on energy.", "discuss", "CL PE"},
		{"The Chilean President made the commitment during the visit.", "commit", "CL"},
		{"The Chilean president held the fifth annual leaders' dialogue with Peru in the northern city of Arica.", "discuss", "CL"},
		{"The Peruvian side convened the binational border commission.", "discuss", "PE"},
		{"Confirm the centuries-old friendship between the peoples of Chile and Peru;", "reaffirm", "CL PE"},
		{"Declare that the border is settled for good;", "note", "CL PE"},
		{"Officials from both sides will draft the agreement.", "intend", "CL PE"},
		{"The Peruvian side also made a reference to the port project.", "note", "PE"},
		{"The Chilean side mentioned that the border posts stay open.", "note", "CL"},
		{"Chile and Peru (hereinafter referred to as the Parties) share a border.", "unknown", ""},
	} {
		c, err := agreement.ParseCommuniqueString("Chile and Peru meet\n\n"+tt.text+"\n", agreement.ParseOptions{})
		require.NoError(t, err)
		cl := c.Clauses()[0]
		require.Equal(t, tt.stance, cl.Stance.String(), tt.text)
		require.Equal(t, tt.actors, strings.Join(codes(cl.Actors), " "), tt.text)
	}
}

// TestAsideBetweenSubjectAndVerb: an aside set off by commas ("for its
// part", "along with …", "в свою очередь") leaves the subject before it;
// a comitative aside's states join it ("together with Peru").
func TestAsideBetweenSubjectAndVerb(t *testing.T) {
	for _, tt := range []struct{ text, stance, actors string }{
		{"Colombia, along with other nations and entities, shall provide support to the border areas.", "intend", "CO"},
		{"Colombia, together with Peru, agreed to fund the project.", "agree", "CO PE"},
		{"Ecuador, for its part, welcomed the offer of support.", "welcome", "EC"},
		{"Эквадор, в свою очередь, приветствовал предложение Колумбии.", "welcome", "EC"},
	} {
		c, err := agreement.ParseCommuniqueString("Colombia and Ecuador meet\n\n"+tt.text+"\n", agreement.ParseOptions{})
		require.NoError(t, err)
		cl := c.Clauses()[0]
		require.Equal(t, tt.stance, cl.Stance.String(), tt.text)
		require.Equal(t, tt.actors, strings.Join(codes(cl.Actors), " "), tt.text)
	}
}

// TestRussianStateCases: a state's name of two words reads in every case
// ("Саудовская Аравия", "Саудовской Аравии", "Саудовскую Аравию").
func TestRussianStateCases(t *testing.T) {
	text := "Переговоры России и Саудовской Аравии\n\nРоссия и Саудовская Аравия договорились о встрече. Делегация России посетила Саудовскую Аравию. Стороны обсудили поставки в Объединенные Арабские Эмираты.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, []string{"RU", "SA"}, codes(c.Parties))
	var states []string
	for _, cl := range c.Clauses() {
		for _, m := range cl.Mentions {
			if m.Kind == agreement.MentionParty {
				states = append(states, m.Party.String())
			}
		}
	}
	require.Equal(t, []string{"RU", "SA", "RU", "SA", "AE"}, states)

	// A name CLDR writes with a hyphen, written without one, in another case.
	c, err = agreement.ParseCommuniqueString("Россия и Центральноафриканская Республика договорились о встрече. Делегация Центральноафриканской республики прибыла в Россию.\n", agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, []string{"CF", "RU"}, codes(c.Parties))
}

// TestWrappedParagraphFirstLine: in a hard-wrapped copy a title goes not
// on into the dateline under it, and a paragraph's short first line that
// ends with a closed-class word ("… the", "… of") goes on into the next
// line, capitalised or not: a heading ends with no such word.
func TestWrappedParagraphFirstLine(t *testing.T) {
	text := "Prime Minister Holds Talks with Korean Prime Minister\n" +
		"Seoul, March 3, 2026 /AGENCY/. The prime ministers of Mongolia and Korea held talks on March 3, 2026.\n" +
		"In a friendly atmosphere, the prime ministers agreed on the\n" +
		"Strategic Partnership and exchanged views on trade and investment between\n" +
		"the two countries.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, "Prime Minister Holds Talks with Korean Prime Minister", c.Title)
	got := clauseTexts(c)
	require.Equal(t, []string{
		"The prime ministers of Mongolia and Korea held talks on March 3, 2026.",
		"In a friendly atmosphere, the prime ministers agreed on the\nStrategic Partnership",
		"exchanged views on trade and investment between\nthe two countries.",
	}, got)
}

// TestNominalStances: a summary's list items without a verb that open
// with a noun of stance take it for every party; a clause with a verb is
// read by its verb.
func TestNominalStances(t *testing.T) {
	text := "Outcomes of the talks between Kuwait and Saudi Arabia\n\n" +
		"- Satisfaction with the progress of trade relations.\n" +
		"- Emphasis on expanding investment in the energy sector.\n" +
		"- Talks between the two crown princes on regional security.\n" +
		"- Recognition of the role of the late Amir in the relations.\n" +
		"- The two sides welcomed support for farmers.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	both := []agreement.Party{agreement.MustParseParty("KW"), agreement.MustParseParty("SA")}
	want := []struct {
		stance string
		actors []agreement.Party
	}{
		{"express-satisfaction", both}, {"emphasise", both}, {"discuss", both}, {"recognise", both}, {"welcome", both},
	}
	cls := c.Clauses()
	require.Len(t, cls, len(want))
	for i, w := range want {
		require.Equal(t, w.stance, cls[i].Stance.String(), cls[i].Text)
		require.Equal(t, w.actors, cls[i].Actors, cls[i].Text)
	}
}

// TestNumberedHeadings: a numbered item in title case that ends with a
// colon heads the items under it; a lead-in with a verb stays a clause.
func TestNumberedHeadings(t *testing.T) {
	text := "Joint statement of Kuwait and Saudi Arabia\n\n" +
		"1. Trade and Investment:\n" +
		"- The two sides welcomed the growth of trade.\n" +
		"2. The two sides agreed to:\n" +
		"- hold the council in Kuwait in May.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	var headings, clauses []string
	for _, sec := range c.Sections {
		headings = append(headings, sec.Heading)
		for _, cl := range sec.Clauses {
			clauses = append(clauses, cl.Text)
		}
	}
	require.Equal(t, []string{"Trade and Investment:"}, headings)
	require.Equal(t, []string{"The two sides welcomed the growth of trade.", "The two sides agreed to:", "hold the council in Kuwait in May."}, clauses)
}

// TestQuotedSentencesSpeakForTheTail: a quotation of several sentences is
// read sentence by sentence, as any text is, and every one of them is the
// speaker's whom the closing reporting tail names: the stance of its own
// verb, else the speaker's note; "we" in a speaker's words is the
// speaker's side.
func TestQuotedSentencesSpeakForTheTail(t *testing.T) {
	kz, ve := agreement.MustParseParty("KZ"), agreement.MustParseParty("VE")
	text := "Leaders meet\n\nThe presidents of Kazakhstan and Uzbekistan met in Tashkent.\n\n" +
		"“Our trade grew by a third. We reiterated our desire to improve ties,” the President of Kazakhstan said.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	cls := c.Clauses()
	require.Len(t, cls, 3)
	require.Equal(t, "“Our trade grew by a third.", cls[1].Text)
	require.Equal(t, agreement.Note, cls[1].Stance, "no verb of its own: the speaker's note")
	require.Equal(t, []agreement.Party{kz}, cls[1].Actors)
	require.Equal(t, "We reiterated our desire to improve ties,” the President of Kazakhstan said.", cls[2].Text)
	require.Equal(t, agreement.Reaffirm, cls[2].Stance, "its own verb")
	require.Equal(t, []agreement.Party{kz}, cls[2].Actors)
	// Straight quotes, in English.
	text = "Leaders meet\n\nThe presidents of Venezuela and Colombia met in Caracas.\n\n" +
		"\"We have discussed security. Our trade keeps growing,\" the President of Venezuela said.\n"
	c, err = agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	cls = c.Clauses()
	require.Len(t, cls, 3)
	require.Equal(t, agreement.Note, cls[2].Stance)
	require.Equal(t, []agreement.Party{ve}, cls[2].Actors)
}

// TestDatelineShapes: a dateline in parentheses with its date first, one
// whose agency is glued to its dash, a photo credit after a bar in the
// first line, which makes that line a caption, not the title, and a site's
// name in place of a place.
func TestDatelineShapes(t *testing.T) {
	for _, tt := range []struct{ text, place, title, first string }{
		{"( February 11, Islamabad, Guardian) On the invitation of the President of Pakistan, the President of Sri Lanka paid a visit.\n",
			"Islamabad", "", "On the invitation of the President of Pakistan, the President of Sri Lanka paid a visit."},
		{"Presidents Petro and Maduro shake hands after signing a declaration | Photo: EFE\nCaracas, November 2 (RHC)-- The presidents of Venezuela and Colombia signed a declaration.\n",
			"Caracas", "", "The presidents of Venezuela and Colombia signed a declaration."},
		{"МОСКВА, 10 мая, ФедералПресс. В Москве состоялись переговоры президентов России и Буркина-Фасо.\n",
			"Москва", "", "В Москве состоялись переговоры президентов России и Буркина-Фасо."},
		// A date, then an agency or a place in parentheses; after a place
		// and a colon too.
		{"Ties deepen\n\n15-4-2024 (SINGAPORE) In a bid to fortify supply chains, Singapore and New Zealand pledged to work together.\n",
			"", "Ties deepen", "In a bid to fortify supply chains, Singapore and New Zealand pledged to work together."},
		{"Leaders meet\n\nADDIS ABABA: October 11 (EI) – The prime ministers of Ethiopia and Sudan agreed to deepen ties.\n",
			"Addis Ababa", "Leaders meet", "The prime ministers of Ethiopia and Sudan agreed to deepen ties."},
		// A news site's name opens the lead: no place.
		{"Hội đàm cấp cao\n\nTTH.VN - Sáng 3/6, Thủ tướng Việt Nam hội đàm với Thủ tướng Bồ Đào Nha.\n",
			"", "Hội đàm cấp cao", "Sáng 3/6, Thủ tướng Việt Nam hội đàm với Thủ tướng Bồ Đào Nha."},
	} {
		c, err := agreement.ParseCommuniqueString(tt.text, agreement.ParseOptions{})
		require.NoError(t, err)
		require.Equal(t, tt.place, c.Place, tt.text)
		require.Equal(t, tt.title, c.Title, tt.text)
		require.Equal(t, tt.first, c.Clauses()[0].Text, tt.text)
	}
}

// TestNameMeetingOneSide: a subject the text does not place, a person's
// name, that meets one side is the other side; an initial of any script
// ends no sentence ("В. Путин: …").
func TestNameMeetingOneSide(t *testing.T) {
	text := "Сотрудничество России и Конго\n\nВладимир Соколов сегодня встретился с президентом Республики Конго.\n\nВ. Соколов: «Рады видеть вас в Москве».\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	cls := c.Clauses()
	require.Len(t, cls, 2)
	require.Equal(t, agreement.Discuss, cls[0].Stance)
	require.Equal(t, []agreement.Party{agreement.MustParseParty("RU")}, cls[0].Actors)
	require.Equal(t, "«Рады видеть вас в Москве».", cls[1].Text, "the speaker's name is no part of the clause")
}

// TestMeetingChainIsOneClause: in Vietnamese a chain of meetings after
// commas is one account of the visit; verbs of other stances after a comma
// still start clauses of their own.
func TestMeetingChainIsOneClause(t *testing.T) {
	text := "Việt Nam - Nepal\n\nSau lễ đón, Thủ tướng Nepal đã hội đàm với Thủ tướng Việt Nam, hội kiến Chủ tịch Quốc hội Việt Nam. Hai bên nhất trí tăng cường hợp tác, hoan nghênh việc ký kết các văn kiện.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	got := clauseTexts(c)
	require.Equal(t, []string{
		"Sau lễ đón, Thủ tướng Nepal đã hội đàm với Thủ tướng Việt Nam, hội kiến Chủ tịch Quốc hội Việt Nam.",
		"Hai bên nhất trí tăng cường hợp tác",
		"hoan nghênh việc ký kết các văn kiện.",
	}, got)
}

// TestTwoUnplacedHoldersAreBothSides: two holders of offices the text
// places on no side, joined in a subject, in a text of two sides, are the
// two sides.
func TestTwoUnplacedHoldersAreBothSides(t *testing.T) {
	text := "Pakistan and Afghanistan open a new chapter\n\nPrime Minister Imran Khan and President Ashraf Ghani agreed to open a new chapter of friendship.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	cls := c.Clauses()
	require.Len(t, cls, 1)
	require.Equal(t, agreement.Agree, cls[0].Stance)
	require.ElementsMatch(t, []agreement.Party{agreement.MustParseParty("PK"), agreement.MustParseParty("AF")}, cls[0].Actors)
}

// TestVerbWithObjectIsNoCoordination: "discussed and agreed on measures"
// shares one object, one clause; "exchanged views and reached broad
// understanding", whose first verb phrase holds its own object, is two.
func TestVerbWithObjectIsNoCoordination(t *testing.T) {
	text := "China and Samoa\n\nThe two sides exchanged views and reached broad understanding on regional issues. They also discussed and agreed on measures to expand trade.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	var got []string
	for _, cl := range c.Clauses() {
		got = append(got, cl.Stance.String()+": "+cl.Text)
	}
	require.Equal(t, []string{
		"discuss: The two sides exchanged views",
		"agree: reached broad understanding on regional issues.",
		"agree: They also discussed and agreed on measures to expand trade.",
	}, got)
}

// TestSpeechTitle: a title that opens a speech ("Вступительное слово …",
// "Remarks by …") names its speaker, whose "we" the text's clauses are; a
// place and date in parentheses date it.
func TestSpeechTitle(t *testing.T) {
	text := "Вступительное слово С.В.Соколова в ходе переговоров с Министром иностранных дел Кувейта (Москва, 28 октября 2024 года)\n\nРады вас приветствовать в Москве. Мы благодарим вас за приглашение посетить Эль-Кувейт.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, "2024-10-28", c.Issued.String())
	require.ElementsMatch(t, []agreement.Party{agreement.MustParseParty("KW"), agreement.MustParseParty("RU")}, c.Parties)
	cls := c.Clauses()
	require.Equal(t, []agreement.Party{agreement.MustParseParty("RU")}, cls[len(cls)-1].Actors, cls[len(cls)-1].Text)
}

// clauseTexts returns the text of each clause of c, in order.
func clauseTexts(c *agreement.Communique) []string {
	var out []string
	for _, cl := range c.Clauses() {
		out = append(out, cl.Text)
	}
	return out
}

// TestHomeSideOfAReport: a Vietnamese or Russian report that names one
// state, and a leader without a state, is of a meeting with its own state.
func TestHomeSideOfAReport(t *testing.T) {
	for _, tt := range []struct{ text, parties string }{
		{"Chiều 27/10, Chủ tịch nước Lê Văn Nam đã hội đàm với Tổng thống Tanzania Juma Mwinyi.\n", "TZ VN"},
		{"Президент Андрей Соколов провел переговоры с президентом Анголы Жозе Машавой.\n", "AO RU"},
		// A report in English has no home state.
		{"President Juma Mwinyi of Tanzania held talks with President Le Van Nam.\n", "TZ"},
	} {
		c, err := agreement.ParseCommuniqueString(tt.text, agreement.ParseOptions{})
		require.NoError(t, err)
		require.Equal(t, tt.parties, strings.Join(codes(c.Parties), " "), tt.text)
	}
}

// TestRussianReportVerbs: verbs of meeting in the present tense, of
// telling, and a source opened by "как" ("as the president noted").
func TestRussianReportVerbs(t *testing.T) {
	const lead = "Президент России Андрей Соколов и президент Мали Ибрагим Кейта провели переговоры в Москве.\n\n"
	for _, tt := range []struct{ text, stance, actors string }{
		{"Президент России Андрей Соколов проводит встречу с президентом Мали.", "discuss", "RU"},
		{"Президент Мали рассказал о мерах по борьбе с терроризмом.", "note", "ML"},
		{"Как отметил президент России, отношения развиваются позитивно.", "note", "RU"},
		{"В центре внимания вопросы двустороннего сотрудничества.", "discuss", "ML RU"},
	} {
		c, err := agreement.ParseCommuniqueString(lead+tt.text+"\n", agreement.ParseOptions{})
		require.NoError(t, err)
		cl := c.Clauses()[len(c.Clauses())-1]
		require.Equal(t, tt.stance, cl.Stance.String(), tt.text)
		require.Equal(t, tt.actors, strings.Join(codes(cl.Actors), " "), tt.text)
	}
}

// TestBareNames: in a text of two sides in the language of one side's
// press, the first person named by name alone is that state's, another the
// other side's, and each stays so.
func TestBareNames(t *testing.T) {
	text := "Переговоры России и Анголы\n\nАндрей Соколов и Жоау Машава подписали совместное коммюнике.\n\n" +
		"Андрей Соколов подчеркнул важность партнерства. Жоау Машава поблагодарил за прием. Соколов отметил рост торговли.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	var got []string
	for _, cl := range c.Clauses()[1:] {
		got = append(got, cl.Stance.String()+" "+strings.Join(codes(cl.Actors), " "))
	}
	require.Equal(t, []string{"emphasise RU", "express-appreciation AO", "note RU"}, got)
}

// TestPartiesFromAbbreviationsAndCompounds: "PNG" and "KSA" name states; a
// state's name joined to a word that names none ("India-Pacific") names a
// region, not the state.
func TestPartiesFromAbbreviationsAndCompounds(t *testing.T) {
	text := "The prime ministers of PNG and Fiji met in Port Moresby ahead of the Forum for India-Pacific Islands Cooperation. " +
		"Fiji and PNG agreed to open high commissions before the India-Pacific summit.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, []string{"FJ", "PG"}, codes(c.Parties))
	c, err = agreement.ParseCommuniqueString("The KSA and the RSA signed a trade accord.\n", agreement.ParseOptions{})
	require.NoError(t, err)
	require.Equal(t, []string{"SA", "ZA"}, codes(c.Parties))
}

// TestDatelineLineFurtherDown: a line that is a dateline and nothing else,
// under a page's teaser, is a dateline, its agency too, not a clause.
func TestDatelineLineFurtherDown(t *testing.T) {
	text := "Лидеры встретились\n\nСегодня во Владивостоке проходят переговоры. Они начались утром.\n\nВладивосток, 25 апреля - DIXINEWS.\n\nПрезидент России провел переговоры с лидером КНДР.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	for _, cl := range c.Clauses() {
		require.NotContains(t, cl.Text, "DIXINEWS")
	}
	require.Equal(t, "Президент России провел переговоры с лидером КНДР.", c.Clauses()[len(c.Clauses())-1].Text)
}

// TestPersonPronounIsOneSide: "she" after a clause of both sides is the
// last side that spoke alone, not both.
func TestPersonPronounIsOneSide(t *testing.T) {
	text := "Hungary and Serbia\n\nPresident Anna Kovacs of Hungary said relations had reached a new level. Talks on Tuesday touched on the war in Ukraine and border crossings. Serbia has made progress on its reforms, she said.\n"
	c, err := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
	require.NoError(t, err)
	cls := c.Clauses()
	require.Equal(t, []string{"HU", "RS"}, codes(cls[1].Actors), cls[1].Text)
	require.Equal(t, []string{"HU"}, codes(cls[2].Actors), cls[2].Text)
}

// TestTitledSpeakerLine checks that a speaker's line of its own
// ("Name, Office of State:") makes the paragraph under it the speaker's,
// and only that paragraph: a heading ends the speech.
func TestTitledSpeakerLine(t *testing.T) {
	const head = "Президент Казахстана провел переговоры с Президентом ОАЭ\n\n" +
		"Абу-Даби, 14 января 2025 года. Главы Казахстана и Объединенных Арабских Эмиратов провели переговоры.\n" +
		"Касым-Жомарт Токаев, Президент Республики Казахстан:\n"
	for _, tc := range []struct {
		name, rest, text string
		stance           agreement.Stance
		actors           []agreement.Party
	}{
		{"speech", "Это свидетельство настоящей дружбы.\n", "Это свидетельство настоящей дружбы.", agreement.Note, []agreement.Party{agreement.MustParseParty("KZ")}},
		{"heading between", "\nЭкономика\n\nЭто свидетельство настоящей дружбы.\n", "Это свидетельство настоящей дружбы.", agreement.StanceUnknown, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := agreement.ParseCommuniqueString(head+tc.rest, agreement.ParseOptions{})
			require.NoError(t, err)
			var found *agreement.Clause
			for _, s := range c.Sections {
				for i := range s.Clauses {
					if s.Clauses[i].Text == tc.text {
						found = &s.Clauses[i]
					}
					require.NotContains(t, s.Clauses[i].Text, "Токаев, Президент", "the speaker's line is no clause")
				}
			}
			require.NotNil(t, found, "clause %q", tc.text)
			require.Equal(t, tc.stance, found.Stance)
			if tc.actors != nil {
				require.Equal(t, tc.actors, found.Actors)
			}
		})
	}
}
