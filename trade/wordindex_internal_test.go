package trade

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// lookupSimple is what a foldIndex of m finds: a map lookup of the word
// in lower case, among the keys of at most maxFoldWord lower-case letters.
func lookupSimple[V any](m map[string]V, s string) (V, bool) {
	var zero V
	low := strings.ToLower(s)
	if !lowerLetters(low) || len(low) > maxFoldWord || strings.ToLower(s) != asciiLowerTest(s) {
		return zero, false
	}
	v, ok := m[low]
	return v, ok
}

// asciiLowerTest lowers the ASCII letters of s only.
func asciiLowerTest(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestFoldIndex: a foldIndex finds what a map lookup of the lowercased
// word finds, for its keys in three cases, their prefixes and
// neighbours, every word of up to two bytes of letters and punctuation,
// random bytes and the words of the test texts.
func TestFoldIndex(t *testing.T) {
	m := map[string]int{}
	for w := range numberWords {
		m[w] = len(w)
	}
	for w := range vagueWords {
		m[w] = 100 + len(w)
	}
	m["a"], m["an"], m["point"], m["x-ray"], m["Upper"] = 1, 2, 3, 4, 5
	x := newFoldIndex(m)
	var words []string
	for w := range m {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w[:len(w)-1], w+"s")
		for _, c := range []byte{'a', 'z', '@', '[', '`', '{', 0xC3} {
			if len(w) > 1 {
				words = append(words, w[:1]+string(c)+w[2:])
			}
		}
	}
	for a := 0x20; a < 0x80; a++ {
		words = append(words, string(rune(a)))
		for b := 0x20; b < 0x80; b++ {
			words = append(words, string([]byte{byte(a), byte(b)}), string([]byte{byte(a), byte(b), 'e'}))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		b := make([]byte, 1+r.IntN(8))
		const alphabet = "tTeEnNhHoOsSaA@`[{\xc3"
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		words = append(words, string(b))
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "sources", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.Fields(string(b))...)
	}
	found := 0
	for _, w := range words {
		if w == "" {
			continue
		}
		want, wantOK := lookupSimple(m, w)
		got, ok := x.lookup(w)
		if got != want || ok != wantOK {
			t.Errorf("lookup(%q) = %v, %v; want %v, %v", w, got, ok, want, wantOK)
		}
		if wantOK {
			found++
		}
	}
	if found < 200 {
		t.Errorf("only %d of %d test words found", found, len(words))
	}
}
