package agreement

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/timeline"
)

// citationsPerKey is the former Citations: one search of the whole text per
// name, then the hits sorted by start (longest first) and kept greedily.
// It is the reference the one-pass scan is checked against.
func citationsPerKey(r *Registry, text string) []Citation {
	low := asciiLower(text)
	type hit struct{ s, e int }
	var hits []hit
	for _, k := range r.keys {
		hay := low
		if k.abbrev {
			hay = text
		}
		for off := 0; off < len(hay); {
			i := strings.Index(hay[off:], k.text)
			if i < 0 {
				break
			}
			i += off
			end := i + len(k.text)
			if (i == 0 || !isWordByte(hay[i-1])) && (end == len(hay) || !isWordByte(hay[end])) {
				hits = append(hits, hit{i, end})
				off = end
				continue
			}
			off = i + 1
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if a.s != b.s {
			return a.s - b.s
		}
		return (b.e - b.s) - (a.e - a.s)
	})
	var out []Citation
	pos := 0
	for _, h := range hits {
		if h.s < pos {
			continue
		}
		c := widen(text, h.s, h.e)
		out = append(out, c)
		pos = c.End
	}
	return out
}

// TestCitationsAgreeWithPerKeySearch: on texts made of registry names,
// abbreviations, years, parentheses and noise glued in every way, the
// one-pass scan finds exactly what a search per name finds (fixed seed).
func TestCitationsAgreeWithPerKeySearch(t *testing.T) {
	// The built-in names all start with a letter; the clone adds keys
	// that start with other bytes.
	other := Builtin().Clone()
	if err := other.Add(Instrument{ID: "hash", Name: timeline.Text{EN: "«Hash» Accord"}, Abbrev: "#H1"}); err != nil {
		t.Fatal(err)
	}
	if !Builtin().wordStarts || other.wordStarts {
		t.Fatalf("wordStarts: built-in %v, with «Hash» %v", Builtin().wordStarts, other.wordStarts)
	}
	for _, r := range []*Registry{Builtin(), other} {
		citationsAgree(t, r)
	}
}

func citationsAgree(t *testing.T, r *Registry) {
	var pieces []string
	for _, k := range r.keys {
		pieces = append(pieces, k.text, strings.ToUpper(k.text))
	}
	pieces = append(pieces, "the ", " ", " ", ", ", "(", ")", "1982 ", " 2002", "x", "UN", "of the", "Sea", ". ", "ASEAN", "«", "#", "é")
	rng := rand.New(rand.NewPCG(11, 12))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		var got []Citation
		for _, c := range r.Citations(text) {
			got = append(got, c)
		}
		if want := citationsPerKey(r, text); !slices.Equal(want, got) {
			t.Fatalf("%q:\nper key %+v\none pass %+v", text, want, got)
		}
	}
}
