package timeline_test

import (
	"errors"
	"testing"

	"github.com/bilateral-go/bilateral/internal/texttest"
	"github.com/bilateral-go/bilateral/timeline"
)

// isParseError reports whether err is this package's *ParseError.
func isParseError(err error) bool {
	var pe *timeline.ParseError
	return errors.As(err, &pe)
}

// FuzzUnmarshalText: every text form of the package reads back what it
// writes, and bad text is a *ParseError.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range append([]string{
		"1950-01-30", "2001", "2012-07?", "2025-01-14/2025-01-15", "2012-07/..",
		"195X", "visit", "anniversary", "establishment", "Kind(99)", "feb28", "mar1", "Feb28"}, texttest.Hostile...) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		texttest.RoundTrip[timeline.Date](t, "Date", b, timeline.ErrSyntax, isParseError)
		texttest.RoundTrip[timeline.Span](t, "Span", b, timeline.ErrSyntax, isParseError)
		texttest.RoundTrip[timeline.Kind](t, "Kind", b, timeline.ErrSyntax, isParseError)
		texttest.RoundTrip[timeline.LeapPolicy](t, "LeapPolicy", b, timeline.ErrSyntax, isParseError)
	})
}
