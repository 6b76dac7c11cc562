package agreement

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// TestPartyScreenLosesNothing: the screen in front of the name lookups
// finds exactly what looking up every candidate finds, on a text naming
// every CLDR region and every organisation as a communiqué would.
func TestPartyScreenLosesNothing(t *testing.T) {
	var b strings.Builder
	en := display.Regions(language.English)
	for a := 'A'; a <= 'Z'; a++ {
		for c := 'A'; c <= 'Z'; c++ {
			r, err := language.ParseRegion(string([]rune{a, c}))
			if err != nil {
				continue
			}
			if name := en.Name(r); name != "" {
				b.WriteString("The " + name + " side and " + name + "-Russia ties, " + strings.ToUpper(name) + "'s view. ")
			}
		}
	}
	for _, o := range organisations {
		for _, n := range o.names {
			b.WriteString("Within " + n + " (" + o.code + "), " + o.code + "-led work. ")
		}
	}
	lx, err := lexiconFor("en")
	if err != nil {
		t.Fatal(err)
	}
	for k := range lx.states {
		b.WriteString("And " + strings.ToUpper(k[:1]) + k[1:] + ". ")
	}
	text := b.String()
	collect := func(unscreened bool) []Mention {
		p := &parser{text: text, low: asciiLower(text), unscreened: unscreened}
		var out []Mention
		p.eachPartyMention(text, 0, func(m Mention) bool {
			out = append(out, m)
			return true
		})
		return out
	}
	want, got := collect(true), collect(false)
	if len(want) < 300 {
		t.Fatalf("only %d party mentions in the test text", len(want))
	}
	if !slices.Equal(want, got) {
		for i := range min(len(want), len(got)) {
			if want[i] != got[i] {
				t.Fatalf("mention %d: unscreened %+v, screened %+v", i, want[i], got[i])
			}
		}
		t.Fatalf("unscreened %d mentions, screened %d", len(want), len(got))
	}
}

// TestASCIILower: ASCII letters are lowered, every other byte stays where
// it was, so offsets into the result are offsets into the input.
func TestASCIILower(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "abc": "abc", "ABC": "abc", "Việt Nam": "việt nam", "ÀÉ Russia": "ÀÉ russia", "A": "a",
		"x-Y_z 9Q": "x-y_z 9q", "\xffA\x00B": "\xffa\x00b", "МОСКВА Moscow": "МОСКВА moscow",
	} {
		if got := asciiLower(in); got != want || len(got) != len(in) {
			t.Errorf("asciiLower(%q) = %q, want %q", in, got, want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { _ = asciiLower("no capitals here") }); n != 0 {
		t.Errorf("asciiLower without capitals allocates %v times", n)
	}
}
