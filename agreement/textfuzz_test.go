package agreement_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
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
		var pe *agreement.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("%s.UnmarshalText(%q): %v (%T) is not a *ParseError", name, b, err, err)
		}
		if !errors.Is(err, agreement.ErrSyntax) {
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
var hostile = []string{"", " ", "\x00", "\xff\xfe", "\u200fVN", "RU\u202e", "[[[[[[[[", "{}", "null",
	"Việt Nam", "Россия", strings.Repeat("A", 10000), "-0", "Stance(99)"}

// FuzzUnmarshalText: every text form of the package reads back what it writes.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range append([]string{"VN", "RU", "ASEAN", "EAEU", "VN:comprehensive-strategic", "VN:strategic",
		"treaty", "agree", "welcome", "oppose", "trade", "energy", "joint-communique", "instrument"}, hostile...) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		textRoundTrip[agreement.Party](t, "Party", b)
		textRoundTrip[agreement.Level](t, "Level", b)
		textRoundTrip[agreement.InstrumentKind](t, "InstrumentKind", b)
		textRoundTrip[agreement.Stance](t, "Stance", b)
		textRoundTrip[agreement.Topic](t, "Topic", b)
		textRoundTrip[agreement.CommuniqueKind](t, "CommuniqueKind", b)
		textRoundTrip[agreement.MentionKind](t, "MentionKind", b)
	})
}

// jsonFixpoint: JSON that reads as a T writes back, and what it writes
// reads and writes again to the same bytes.
func jsonFixpoint[T any](t *testing.T, b []byte) {
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

// FuzzRelationshipJSON: relationships and instruments round-trip through JSON.
func FuzzRelationshipJSON(f *testing.F) {
	for _, s := range []string{
		`{"parties":["VN","RU"],"established":"1950-01-30","history":[{"level":"VN:strategic","on":"2001"},{"level":"VN:comprehensive-strategic","on":"2012-07-27","instrument":"x","source":"a.txt#10-20"}]}`,
		`{"id":"doc","kind":"declaration","name":{"en":"DOC"},"signed":"2002-11-04","parties":["ASEAN","CN"],"aliases":["the DOC"]}`,
		`{"parties":["VN"]}`, `{"history":[{"level":"XX:y"}]}`, `{"signed":"2002-13"}`, `[]`, `null`,
	} {
		f.Add([]byte(s))
	}
	for _, s := range hostile {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		jsonFixpoint[agreement.Relationship](t, b)
		jsonFixpoint[agreement.Instrument](t, b)
	})
}
