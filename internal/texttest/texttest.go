// Package texttest holds the round-trip checks the fuzz targets of every
// package share: text forms read back what they write, JSON readers reach a
// fixpoint, and bad input fails with the package's own error.
package texttest

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// Hostile are seeds every text fuzzer starts from besides its real values:
// empty and blank input, NUL, invalid UTF-8, right-to-left and bidi
// overrides, brackets, JSON punctuation, Vietnamese and Russian text, a
// 10,000-digit number, signs and exponents.
var Hostile = []string{"", " ", "\x00", "\xff\xfe", "\u200f2025-01-30", "2025\u202e", "[[[[[[[[", "{}", "null",
	"tháng 1 năm 2025", "30 января 1950 г.", "4,4 tỷ USD", "4,4 млрд долларов", "Việt Nam", "Россия",
	strings.Repeat("9", 10000), "-0", "+1", "1e9", "NaN"}

// RoundTrip feeds b to the UnmarshalText of T. Bad text must fail with an
// error for which isParseError holds and that wraps syntax; good text must
// survive MarshalText and a second UnmarshalText unchanged.
func RoundTrip[T comparable, P interface {
	*T
	encoding.TextUnmarshaler
}](t testing.TB, name string, b []byte, syntax error, isParseError func(error) bool) {
	t.Helper()
	var v T
	if err := P(&v).UnmarshalText(b); err != nil {
		if !isParseError(err) {
			t.Fatalf("%s.UnmarshalText(%q): %v (%T) is not the package's parse error", name, b, err, err)
		}
		if !errors.Is(err, syntax) {
			t.Fatalf("%s.UnmarshalText(%q): %v does not wrap %v", name, b, err, syntax)
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

// JSONFixpoint checks that JSON which reads as a T writes back, and that
// what it writes reads and writes again to the same bytes.
func JSONFixpoint[T any](t testing.TB, b []byte) {
	t.Helper()
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return
	}
	out, err := json.Marshal(&v)
	if err != nil {
		t.Fatalf("%s read, but does not write back: %v", b, err)
	}
	var back T
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("round trip of %s: %v", out, err)
	}
	if again, err := json.Marshal(&back); err != nil || string(again) != string(out) {
		t.Fatalf("round trip changed\n%s\ninto\n%s (%v)", out, again, err)
	}
}

// ValueRoundTrip checks that a generated value's text (String, and
// MarshalText when T has one) reads back equal with parse, and that its
// JSON reads back equal with json.Unmarshal.
func ValueRoundTrip[T comparable](t testing.TB, v T, parse func(string) (T, error)) {
	t.Helper()
	s := fmt.Sprint(v)
	back, err := parse(s)
	if err != nil || back != v {
		t.Fatalf("%T %q reads back as %v: %v", v, s, back, err)
	}
	if m, ok := any(v).(encoding.TextMarshaler); ok {
		b, err := m.MarshalText()
		if err != nil {
			t.Fatalf("%T %q: MarshalText: %v", v, s, err)
		}
		if string(b) != s {
			t.Fatalf("%T: MarshalText %q differs from String %q", v, b, s)
		}
		var u T
		if err := any(&u).(encoding.TextUnmarshaler).UnmarshalText(b); err != nil || u != v {
			t.Fatalf("%T %q: UnmarshalText gives %v: %v", v, s, u, err)
		}
	}
	JSONRoundTrip(t, v)
}

// JSONRoundTrip checks that v's JSON reads back deeply equal.
func JSONRoundTrip[T any](t testing.TB, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%T %+v: json.Marshal: %v", v, v, err)
	}
	var u T
	if err := json.Unmarshal(b, &u); err != nil {
		t.Fatalf("%T %s: json.Unmarshal: %v", v, b, err)
	}
	if !reflect.DeepEqual(v, u) {
		t.Fatalf("%T %s reads back as %+v, want %+v", v, b, u, v)
	}
}
