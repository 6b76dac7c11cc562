package agreement_test

import (
	"fmt"
	"os"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/timeline"
	"golang.org/x/text/language"
)

func ExampleParseParty() {
	for _, s := range []string{"Viet Nam", "the Russian Federation", "the Eurasian Economic Union"} {
		p, _ := agreement.ParseParty(s)
		fmt.Println(p, p.Kind(), p.Label(language.Russian))
	}
	// Output:
	// VN state Вьетнам
	// RU state Россия
	// EAEU organisation Евразийский экономический союз
}

func ExampleVietnamScheme() {
	vn := agreement.VietnamScheme()
	csp, _ := vn.Level("comprehensive-strategic-partnership")
	sp, _ := vn.Level("strategic-partnership")
	special, _ := vn.Level("special-relationship")
	c, _ := csp.Compare(sp)
	_, err := special.Compare(sp)
	fmt.Println(c, err)
	// Output: 1 agreement: comparing VN:special-relationship with VN:strategic-partnership: VN:special-relationship is outside the VN ladder
}

func ExampleStance_CAMEO() {
	for _, s := range []agreement.Stance{agreement.Agree, agreement.Welcome, agreement.Oppose, agreement.Note} {
		fmt.Println(s, s.CAMEO(), s.PLOVER(), s.Label(language.Vietnamese))
	}
	// Output:
	// agree 030 AGREE nhất trí
	// welcome 051 SUPPORT hoan nghênh
	// oppose 120 REJECT phản đối
	// note 010  lưu ý
}

func ExampleCheck() {
	text := "The two sides committed to implementing the 2022 Declaration on the Conduct of Parties in the East Sea (DOC) " +
		"and the 1982 UNCLOS."
	reg := agreement.Builtin()
	cl := agreement.Clause{Text: text, End: len(text)}
	for in, c := range reg.Citations(text) {
		cl.Mentions = append(cl.Mentions, agreement.Mention{Kind: agreement.MentionInstrument, Start: c.Start, End: c.End,
			Text: c.Text, Instrument: in.ID, Year: c.Year})
	}
	c := &agreement.Communique{Version: agreement.SchemaVersion, Issued: timeline.MustParseSpan("2025-01-15"),
		Sections: []agreement.Section{{Clauses: []agreement.Clause{cl}}}}
	for _, f := range agreement.Check(c, reg) {
		fmt.Println(f.Severity, f.Code, f.Label(language.English))
	}
	// Output: warning instrument-year the DOC is cited as 2022; it was signed on November 4, 2002
}

func ExampleRelationship_AnniversariesIn() {
	vn := agreement.VietnamScheme()
	sp, _ := vn.Level("strategic-partnership")
	r := agreement.Relationship{Established: timeline.MustParseDate("1950-01-30"),
		History: []agreement.Upgrade{{Level: sp, On: timeline.MustParseDate("2001")}}}
	for _, a := range r.AnniversariesIn(2026) {
		fmt.Println(a.Milestone.Kind, a.N, a.On, a.Round)
	}
	// Output:
	// diplomatic-relations 76 2026-01-30 false
	// upgrade 25 2026 true
}

// Example_vietnamRussia parses the Vietnam–Russia joint communiqué of
// 14–15 January 2025 and checks it.
func Example_vietnamRussia() {
	f, err := os.Open("../testdata/sources/002_a303d40a4328e215.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	c, err := agreement.ParseCommunique(f, agreement.ParseOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Kind, c.Issued, c.Place, c.Parties, len(c.Clauses()))
	for _, fd := range agreement.Check(c, agreement.Builtin()) {
		fmt.Println(fd.Label(language.English))
	}
	// Output:
	// joint-communique 2025-01-14/2025-01-15 Hanoi [VN RU] 56
	// the DOC is cited as 2022; it was signed on November 4, 2002
}

func ExampleTopic() {
	for _, t := range []agreement.Topic{agreement.TopicOilGas, agreement.TopicMaritime, agreement.TopicRegional} {
		fmt.Println(t, "|", t.Label(language.Vietnamese), "|", t.Label(language.Russian))
	}
	// Output:
	// oil-gas | dầu khí | нефть и газ
	// maritime | vấn đề biển | морские вопросы
	// regional | hợp tác khu vực và đa phương | региональное и многостороннее сотрудничество
}

// The private-use subtag "news" asks for the newsroom form: a finding
// writes its dates as VnExpress, TASS and AP do; parties, levels and
// stances read as the ministries write them in both styles.
func ExampleFinding_Label_news() {
	text := "The two sides committed to implementing the 2022 Declaration on the Conduct of Parties in the East Sea (DOC)."
	reg := agreement.Builtin()
	cl := agreement.Clause{Text: text, End: len(text)}
	for in, c := range reg.Citations(text) {
		cl.Mentions = append(cl.Mentions, agreement.Mention{Kind: agreement.MentionInstrument, Start: c.Start, End: c.End,
			Text: c.Text, Instrument: in.ID, Year: c.Year})
	}
	c := &agreement.Communique{Version: agreement.SchemaVersion, Issued: timeline.MustParseSpan("2025-01-15"),
		Sections: []agreement.Section{{Clauses: []agreement.Clause{cl}}}}
	ru := agreement.MustParseParty("RU")
	for _, s := range []string{"en-x-news", "vi-x-news", "ru-x-news"} {
		tag := language.MustParse(s)
		for _, f := range agreement.Check(c, reg) {
			fmt.Println(f.Label(tag))
		}
		fmt.Println(ru.Label(tag), "|", agreement.Reaffirm.Label(tag), "|", agreement.TopicEnergy.Label(tag))
	}
	// Output:
	// the DOC is cited as 2022; it was signed on Nov. 4, 2002
	// Russia | reaffirmed | energy
	// DOC được dẫn là văn kiện năm 2022, nhưng thực tế được ký ngày 4/11/2002
	// Nga | tái khẳng định | năng lượng
	// DOC указан как документ 2022 года, однако подписан 4 ноября 2002 года
	// Россия | подтвердили | энергетика
}

// A negated clause keeps its stance; its CAMEO and PLOVER codes say what it
// does: not supporting is rejecting.
func ExampleClause_CAMEO() {
	c, _ := agreement.ParseCommuniqueString("Japan did not support the proposal. India supported it.", agreement.ParseOptions{})
	for _, cl := range c.Clauses() {
		fmt.Println(cl.Stance, cl.Negated, cl.CAMEO(), cl.PLOVER(), cl.Actors)
	}
	// Output:
	// support true 120 REJECT [JP]
	// support false 032 SUPPORT [IN]
}

// The reader detects the language of a text; actors come from the text's
// own introductions of people, in any of the three languages.
func ExampleParseCommuniqueString_languages() {
	for _, text := range []string{
		"Prime Minister of India Narendra Modi met President of Indonesia Joko Widodo. Modi welcomed the agreement.",
		"Thủ tướng Ấn Độ Narendra Modi hội đàm với Tổng thống Indonesia Joko Widodo. Hai bên nhất trí tăng cường hợp tác.",
		"Премьер-министр Индии Нарендра Моди провел переговоры с Президентом Индонезии Джоко Видодо. Стороны договорились расширять сотрудничество.",
	} {
		c, _ := agreement.ParseCommuniqueString(text, agreement.ParseOptions{})
		last := c.Clauses()[len(c.Clauses())-1]
		fmt.Println(c.Language, c.Parties, last.Stance, last.Actors)
	}
	// Output:
	// en [IN ID] welcome [IN]
	// vi [IN ID] agree [IN ID]
	// ru [IN ID] agree [IN ID]
}
