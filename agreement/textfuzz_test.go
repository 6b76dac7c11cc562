package agreement_test

import (
	"errors"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/texttest"
)

// isParseError reports whether err is this package's *ParseError.
func isParseError(err error) bool {
	var pe *agreement.ParseError
	return errors.As(err, &pe)
}

// FuzzUnmarshalText: every text form of the package reads back what it
// writes, and bad text is a *ParseError.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range append([]string{
		"VN", "RU", "ASEAN", "EAEU", "VN:comprehensive-strategic-partnership", "VN:strategic-partnership",
		"treaty", "agree", "welcome", "oppose", "trade", "energy", "joint-communique", "instrument", "Stance(99)"}, texttest.Hostile...) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		texttest.RoundTrip[agreement.Party](t, "Party", b, agreement.ErrSyntax, isParseError)
		texttest.RoundTrip[agreement.Level](t, "Level", b, agreement.ErrSyntax, isParseError)
		texttest.RoundTrip[agreement.InstrumentKind](t, "InstrumentKind", b, agreement.ErrSyntax, isParseError)
		texttest.RoundTrip[agreement.Stance](t, "Stance", b, agreement.ErrSyntax, isParseError)
		texttest.RoundTrip[agreement.Topic](t, "Topic", b, agreement.ErrSyntax, isParseError)
		texttest.RoundTrip[agreement.CommuniqueKind](t, "CommuniqueKind", b, agreement.ErrSyntax, isParseError)
		texttest.RoundTrip[agreement.MentionKind](t, "MentionKind", b, agreement.ErrSyntax, isParseError)
	})
}

// FuzzRelationshipJSON: relationships and instruments round-trip through JSON.
func FuzzRelationshipJSON(f *testing.F) {
	for _, s := range []string{
		`{"parties":["VN","RU"],"established":"1950-01-30","history":[{"level":"VN:strategic-partnership","on":"2001"},{"level":"VN:comprehensive-strategic-partnership","on":"2012-07-27","instrument":"x","source":"a.txt:10-20"}]}`,
		`{"id":"doc","kind":"declaration","name":{"en":"DOC"},"signed":"2002-11-04","parties":["ASEAN","CN"],"aliases":["the DOC"]}`,
		`{"parties":["VN"]}`, `{"history":[{"level":"XX:y"}]}`, `{"signed":"2002-13"}`, `[]`, `null`,
	} {
		f.Add([]byte(s))
	}
	for _, s := range texttest.Hostile {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		texttest.JSONFixpoint[agreement.Relationship](t, b)
		texttest.JSONFixpoint[agreement.Instrument](t, b)
	})
}
