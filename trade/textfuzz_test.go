package trade_test

import (
	"encoding"
	"errors"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/trade"
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
		var pe *trade.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("%s.UnmarshalText(%q): %v (%T) is not a *ParseError", name, b, err, err)
		}
		if !errors.Is(err, trade.ErrSyntax) {
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
var hostile = []string{"", " ", "\x00", "\xff\xfe", "\u200f4.4 billion", "24%\u202e", "[[[[[[[[", "{}", "null",
	"4,4 tỷ USD", "4,4 млрд долларов", strings.Repeat("9", 10000), "-0", "+1", "1e9", "NaN"}

// FuzzUnmarshalText: every text form of the package reads back what it writes.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range append([]string{"$4.4 billion", "4400000000 USD step 100000000", "24%", "8.3%", "-12.5%",
		"2024", "2024-Q3", "2024-M09", "2024-M01/2024-M09", "USD", "VND", "visitors", "export", "total", "warning", "info"}, hostile...) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		textRoundTrip[trade.Figure](t, "Figure", b)
		textRoundTrip[trade.Rate](t, "Rate", b)
		textRoundTrip[trade.Period](t, "Period", b)
		textRoundTrip[trade.Unit](t, "Unit", b)
		textRoundTrip[trade.Flow](t, "Flow", b)
		textRoundTrip[trade.Severity](t, "Severity", b)
	})
}
