package agreement_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// clauseOf is a clause of text with its date and instrument mentions.
func clauseOf(text string) agreement.Clause {
	cl := agreement.Clause{Text: text, End: len(text)}
	for in, c := range agreement.Builtin().Citations(text) {
		cl.Mentions = append(cl.Mentions, agreement.Mention{Kind: agreement.MentionInstrument, Start: c.Start, End: c.End, Text: c.Text, Instrument: in.ID, Year: c.Year})
	}
	for m := range timeline.ExtractDates(text) {
		cl.Mentions = append(cl.Mentions, agreement.Mention{Kind: agreement.MentionDate, Start: m.Start, End: m.End, Text: m.Text, Date: m.Value})
	}
	return cl
}

func checkMessages(issued string, texts ...string) []string {
	c := &agreement.Communique{Version: agreement.SchemaVersion, Sections: []agreement.Section{{}}}
	if issued != "" {
		c.Issued = timeline.MustParseSpan(issued)
	}
	for _, s := range texts {
		c.Sections[0].Clauses = append(c.Sections[0].Clauses, clauseOf(s))
	}
	var msgs []string
	for _, f := range agreement.Check(c, nil) {
		msgs = append(msgs, f.Code+": "+f.Label(language.English))
	}
	return msgs
}

// TestCheckAnniversaryYear: an anniversary announced for a later year is
// counted to that year, not to the year of issue.
func TestCheckAnniversaryYear(t *testing.T) {
	// 2028 − 1973 = 55, whatever the year of issue (2025: it would be the 52nd).
	for _, s := range []string{
		"The two sides will celebrate the 55th anniversary of diplomatic relations (January 30, 1973) in 2028.",
		"In January 2028, the two sides will mark the 55th anniversary of diplomatic relations (1973).",
		"The two sides will celebrate in 2028 the 55th anniversary of diplomatic relations (1973).",
		// The year of issue still counts: 2025 − 1950 = 75; "in 1950" is the
		// origin's year, not the anniversary's.
		"They celebrated the 75th anniversary of diplomatic relations (January 30, 1950), established in 1950.",
	} {
		require.Empty(t, checkMessages("2025-01-14/2025-01-15", s), s)
	}
	// 1973 + 60 = 2033, not 2028, where it is the 55th; in 2025 it is the 52nd.
	wrong := "The two sides will celebrate the 60th anniversary of diplomatic relations (January 30, 1973) in 2028."
	want := []string{"anniversary-count: the 60th anniversary of January 30, 1973 falls in 2033, not 2028 (it is the 55th)"}
	require.Equal(t, want, checkMessages("2025-01-14/2025-01-15", wrong))
	// The year the sentence names is enough without a year of issue.
	require.Equal(t, want, checkMessages("", wrong))
	require.Empty(t, checkMessages("", "The two sides will celebrate the 55th anniversary of diplomatic relations (January 30, 1973) in 2028."))
	// Without either, nothing is checked.
	require.Empty(t, checkMessages("", "They celebrated the 60th anniversary of diplomatic relations (January 30, 1973)."))
}

// TestFindingLabel: a finding holds its arguments and words them in each
// language, with dates by their labels and Russian ordinals as
// anniversaries are written ("60-летие", "52-я годовщина"); no vi or ru
// label carries an English sentence.
func TestFindingLabel(t *testing.T) {
	c := &agreement.Communique{Version: agreement.SchemaVersion, Issued: timeline.MustParseSpan("2025-01-15"),
		Sections: []agreement.Section{{Clauses: []agreement.Clause{
			clauseOf("The two sides committed to implementing the 2022 Declaration on the Conduct of Parties in the East Sea (DOC)."),
			clauseOf("The two sides will celebrate the 60th anniversary of diplomatic relations (January 30, 1973) in 2028."),
			clauseOf("They marked the 50th anniversary of diplomatic relations (January 30, 1973)."),
		}}}}
	fs := agreement.Check(c, nil)
	require.Len(t, fs, 3)
	want := [][3]string{
		{"the DOC is cited as 2022; it was signed on November 4, 2002",
			"DOC được dẫn là văn kiện năm 2022, nhưng thực tế được ký ngày 4 tháng 11, 2002",
			"DOC указан как документ 2022 года, однако подписан 4 ноября 2002 г."},
		// 1973 + 60 = 2033; 2028 − 1973 = 55.
		{"the 60th anniversary of January 30, 1973 falls in 2033, not 2028 (it is the 55th)",
			"kỷ niệm 60 năm của mốc 30 tháng 1, 1973 rơi vào năm 2033, không phải năm 2028 (năm 2028 là kỷ niệm 55 năm)",
			"60-летие события 30 января 1973 г. приходится на 2033 год, а не на 2028 год (в 2028 году — 55-летие)"},
		// 1973 + 50 = 2023; 2025 − 1973 = 52.
		{"the 50th anniversary of January 30, 1973 falls in 2023, not 2025 (it is the 52nd)",
			"kỷ niệm 50 năm của mốc 30 tháng 1, 1973 rơi vào năm 2023, không phải năm 2025 (năm 2025 là kỷ niệm 52 năm)",
			"50-летие события 30 января 1973 г. приходится на 2023 год, а не на 2025 год (в 2025 году — 52-я годовщина)"},
	}
	for i, f := range fs {
		for j, tag := range []language.Tag{language.English, language.Vietnamese, language.Russian} {
			require.Equal(t, want[i][j], f.Label(tag))
		}
	}
	require.Equal(t, "instrument-year", agreement.Finding{Code: agreement.CodeInstrumentYear}.Label(language.Russian), "no arguments: the code")
}
