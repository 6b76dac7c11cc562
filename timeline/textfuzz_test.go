package timeline_test

import (
	"encoding"
	"errors"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/timeline"
)

// textRoundTrip feeds b to the UnmarshalText of T. Bad text must give a
// *ParseError; good text must survive MarshalText and a second
// UnmarshalText unchanged.
func textRoundTrip[T comparable, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, name string, b []byte) {
	t.Helper()
	var v T
	if err := P(&v).UnmarshalText(b); err != nil {
		var pe *timeline.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("%s.UnmarshalText(%q): %v (%T) is not a *ParseError", name, b, err, err)
		}
		if !errors.Is(err, timeline.ErrSyntax) {
			t.Fatalf("%s.UnmarshalText(%q): %v is not ErrSyntax", name, b, err)
		}
		return
	}
	text, err := any(v).(encoding.TextMarshaler).MarshalText()
	if err != nil {
		t.Fatalf("%s: %q read, but MarshalText fails: %v", name, b, err)
	}
	var back T
	if err := P(&back).UnmarshalText(text); err != nil || back != v {
		t.Fatalf("%s round trip %q → %q → %v: %v", name, b, text, back, err)
	}
}

// hostile are seeds every text fuzzer starts from besides real values.
var hostile = []string{"", " ", "\x00", "\xff\xfe", "\u200f2025-01-30", "2025\u202e", "[[[[[[[[", "{}", "null",
	"tháng 1 năm 2025", "30 января 1950 г.", strings.Repeat("9", 10000), "-0", "+1", "1e9", "NaN"}

// FuzzUnmarshalText: every text form of the package reads back what it writes.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range append([]string{"1950-01-30", "2001", "2012-07?", "2025-01-14/2025-01-15", "2012-07/..",
		"195X", "visit", "anniversary", "establishment", "Kind(99)"}, hostile...) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		textRoundTrip[timeline.Date](t, "Date", b)
		textRoundTrip[timeline.Span](t, "Span", b)
		textRoundTrip[timeline.Kind](t, "Kind", b)
	})
}
