package agreement

import (
	"os"
	"path/filepath"
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

// TestPartyMentionsByTokens: reading the whole text's party names from
// its tokens finds what reading it byte by byte finds, in every language
// and on hostile bytes.
func TestPartyMentionsByTokens(t *testing.T) {
	texts := []string{
		"", "A", "é", "Việt Nam", "\xffViet Nam\xc3", "U.S. and U.K.", "ASEAN-Russia, People's Republic of China’s",
		"Республики Вьетнам и Российской Федерации, Индонезии", "Cộng hòa Xã hội chủ nghĩa Việt Nam và Liên bang Nga",
		"O'Brien of Côte d’Ivoire met the U.S. and the U.S.A. (US) on Sri-Lanka's and Viet-Nam’s behalf, Timor-Leste–Laos",
		"Guinea-Bissau. Bosnia and Herzegovina, Trinidad & Tobago; St. Kitts; Korea, Republic of. KOREA. Lao PDR.",
		"ǅ Ⓐ Ⅰ Vietnam" + strings.Repeat("x", 60) + " Russia" + strings.Repeat("-Russia", 5),
	}
	entries, err := os.ReadDir(filepath.Join("..", "testdata", "sources"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "sources", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	found := 0
	for _, lang := range []string{"en", "vi", "ru"} {
		lx, err := lexiconFor(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, text := range texts {
			collect := func(byTokens bool) []Mention {
				p := &parser{text: text, low: lowerKeepOffsets(text), lx: lx}
				if byTokens {
					p.toks = tokenize(p.low)
				}
				var out []Mention
				p.eachPartyMention(text, 0, func(m Mention) bool {
					out = append(out, m)
					return true
				})
				return out
			}
			want, got := collect(false), collect(true)
			if !slices.Equal(want, got) {
				t.Errorf("%s %.40q: by bytes %v, by tokens %v", lang, text, want, got)
			}
			found += len(want)
		}
	}
	if found < 100 {
		t.Errorf("only %d party mentions in the test texts", found)
	}
}
