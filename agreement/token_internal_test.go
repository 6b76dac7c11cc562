package agreement

import (
	"sort"
	"strings"
	"testing"
)

// TestTokIndex checks the block index of tokens against binary searches
// of all tokens, at every offset of texts with long words, long gaps and
// words across block bounds.
func TestTokIndex(t *testing.T) {
	for _, text := range []string{
		"",
		"a",
		"   ",
		"The two sides agreed to raise trade to $10 billion by 2030.",
		strings.Repeat("x", 200) + " y " + strings.Repeat(" ", 130) + "Việt Nam và Nga " + strings.Repeat("ab ", 50),
		strings.Repeat("Совместное заявление, ", 20),
	} {
		low := lowerKeepOffsets(text)
		p := &parser{text: text, low: low, toks: tokenize(low)}
		p.tokBlock = indexToks(p.toks, len(text))
		for a := -1; a <= len(text)+1; a++ {
			want := sort.Search(len(p.toks), func(k int) bool { return int(p.toks[k].s) >= a })
			if got := p.tokAtOrAfter(a); got != want {
				t.Fatalf("%q: tokAtOrAfter(%d) = %d, want %d", text, a, got, want)
			}
			for b := a; b <= len(text)+1; b++ {
				j := sort.Search(len(p.toks), func(k int) bool { return int(p.toks[k].e) > b })
				wi, wj := want, max(want, j)
				if gi, gj := p.tokRange(a, b); gi != wi || gj != wj {
					t.Fatalf("%q: tokRange(%d, %d) = %d, %d, want %d, %d", text, a, b, gi, gj, wi, wj)
				}
			}
		}
	}
}
