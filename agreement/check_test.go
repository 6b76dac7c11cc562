package agreement_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
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
		msgs = append(msgs, f.Code+": "+f.Message)
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
	want := []string{"anniversary-count: the 60th anniversary of 1973-01-30 falls in 2033, not 2028 (it is the 55th)"}
	require.Equal(t, want, checkMessages("2025-01-14/2025-01-15", wrong))
	// The year the sentence names is enough without a year of issue.
	require.Equal(t, want, checkMessages("", wrong))
	require.Empty(t, checkMessages("", "The two sides will celebrate the 55th anniversary of diplomatic relations (January 30, 1973) in 2028."))
	// Without either, nothing is checked.
	require.Empty(t, checkMessages("", "They celebrated the 60th anniversary of diplomatic relations (January 30, 1973)."))
}
