package agreement

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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

// TestWordIndex checks matchAt, which reads the word index the phrase
// sets of a lexicon share, against the simple version: a map from each
// first word to its phrases and a scan of every stem, for every set of
// every lexicon, at every token of the test texts.
func TestWordIndex(t *testing.T) {
	all, err := lexicons()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"",
		"The two sides agreed to raise trade to $10 billion by 2030.",
		"Prime Minister Pham Minh Chinh held talks with the President of the Russian Federation; both sides expressed support.",
		"Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nga Mikhail Mishustin.",
		"Председатель Правительства Российской Федерации Михаил Мишустин, господин Лавров и г-н Путин",
		"Удовлетворение ходом торговли. Переговоры между министрами. Sự hài lòng về thương mại. Hội đàm giữa hai Bộ trưởng.",
		strings.Repeat("x", 200) + " a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1",
	}
	for _, dir := range []string{"sources", "reader", "communiques"} {
		files, err := filepath.Glob(filepath.Join("..", "testdata", dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	type hit struct{ id, last int }
	for lang, lx := range all {
		if lx.words.nsets > 16 {
			t.Fatalf("%s: %d phrase sets share a word index of 16 bits", lang, lx.words.nsets)
		}
		sets := map[string]*phraseSet{
			"verbs": lx.verbs, "both": lx.both, "meetings": lx.meetings, "possessive": lx.possessive, "bothPrefix": lx.bothPrefix, "sources": lx.sources, "offices": lx.offices,
			"honorifics": lx.honorifics, "narrative": lx.narrative, "officeLink": lx.officeLink,
			"history": lx.history, "places": lx.placeSet, "topics": lx.topics, "nominals": lx.nominals, "agenda": lx.agenda, "documents": lx.documents,
		}
		if len(sets) != lx.words.nsets {
			t.Fatalf("%s: the test knows %d phrase sets, the index %d", lang, len(sets), lx.words.nsets)
		}
		for name, ps := range sets {
			// The simple version.
			byFirst := map[string][]phrase{}
			var stems []phrase
			for _, phs := range ps.byWord {
				for _, ph := range phs {
					byFirst[ph.words[0].w] = append(byFirst[ph.words[0].w], ph)
				}
			}
			for _, phs := range ps.stems {
				stems = append(stems, phs...)
			}
			slowMatch := func(low string, toks []tok, k, end int) []hit {
				var out []hit
				w := low[toks[k].s:toks[k].e]
				for _, ph := range byFirst[w] {
					if last := ph.matchFrom(low, toks, 1, k, end); last >= 0 {
						out = append(out, hit{ph.id, last})
					}
				}
				for _, ph := range stems {
					if s := ph.words[0].w; len(s) >= 2 && strings.HasPrefix(w, s) {
						if last := ph.matchFrom(low, toks, 1, k, end); last >= 0 {
							out = append(out, hit{ph.id, last})
						}
					}
				}
				return out
			}
			matched := 0
			for _, text := range texts {
				low := lowerKeepOffsets(text)
				p := &parser{text: text, low: low, toks: tokenize(low)}
				p.tokWords = lx.words.lookup(low, p.toks)
				for k := range p.toks {
					for _, end := range []int{k + 1, k + 2, k + 4, len(p.toks)} {
						end = min(end, len(p.toks))
						var got []hit
						p.matchAt(ps, k, end, func(ph phrase, last int) { got = append(got, hit{ph.id, last}) })
						want := slowMatch(low, p.toks, k, end)
						if !slices.Equal(got, want) {
							t.Fatalf("%s %s: token %d %q up to %d: matchAt gives %v, the simple version %v", lang, name, k, low[p.toks[k].s:p.toks[k].e], end, got, want)
						}
						matched += len(got)
					}
				}
			}
			if matched == 0 && name != "history" && name != "officeLink" {
				t.Errorf("%s %s: nothing matched: the test texts do not exercise the set", lang, name)
			}
		}
	}
}

// TestTokenize checks tokenize against the simple version: the maximal
// runs of letters, digits and combining marks, read rune by rune.
func TestTokenize(t *testing.T) {
	simple := func(s string) []tok {
		var out []tok
		start := -1
		for i, r := range s {
			word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
			switch {
			case word && start < 0:
				start = i
			case !word && start >= 0:
				out = append(out, tok{int32(start), int32(i)})
				start = -1
			}
		}
		if start >= 0 {
			out = append(out, tok{int32(start), int32(len(s))})
		}
		return out
	}
	texts := []string{"", " ", "a", "ab cd", "x-y/z", "Việt Nam", "Совместное заявление", "e\u0301t\u00e9", "1,5 tỷ USD", "\xff\xfeab\xc3", "ab\u2019s", "日本 と"}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "Z", "0", " ", ".", "-", "é", "ệ", "я", "\u0301", "’", "\xff", "\xc3", "\n", "日"}
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := tokenize(s), simple(s); !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestToneFirst: old-style Vietnamese spelling reads as the new style, byte
// for byte, where the tone mark can move within the same bytes.
func TestToneFirst(t *testing.T) {
	for in, want := range map[string]string{
		"Cộng hoà xã hội": "cộng hòa xã hội",
		"Thuỵ Sĩ":         "thụy sĩ",
		"khoẻ mạnh":       "khỏe mạnh",
		"hoàn thành":      "hoàn thành", // a final consonant: the mark stays
		"toàn diện":       "toàn diện",
		"uỷ ban":          "ủy ban",
		"The Oà test":     "the òa test",
		"no Vietnamese":   "no vietnamese",
	} {
		got := lowerKeepOffsets(in)
		if got != want || len(got) != len(in) {
			t.Errorf("lowerKeepOffsets(%q) = %q, want %q of the same length", in, got, want)
		}
	}
	if lowerWord("Cộng hoà") != lowerWord("Cộng hòa") {
		t.Error("lexicon words are not read in one style")
	}
}

// TestLowerKeepOffsets checks lowerKeepOffsets against the simple
// version, rune by rune, on random mixes of ASCII, Vietnamese, Cyrillic,
// letters whose lowercase is longer ("İ", "Ⱥ") and invalid bytes, of
// lengths around its buffer's.
func TestLowerKeepOffsets(t *testing.T) {
	simple := func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == size {
				b.WriteRune(l)
			} else {
				b.WriteString(s[i : i+size])
			}
			i += size
		}
		// The reader also reads "ё" as "е" and old-style Vietnamese
		// tone marks as the new style (TestToneFirst).
		return toneFirst(strings.ReplaceAll(b.String(), "ё", "е"))
	}
	pieces := []string{"a", "Z", " ", "Việt Nam", "ĐẠI", "МОСКВА", "Россия", "İ", "Ⱥ", "\xff", "\xe2\x80", "’", "ǅ", "ẞ", strings.Repeat("Ab", 300)}
	rng := rand.New(rand.NewPCG(3, 4))
	changed := 0
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(120) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		got, want := lowerKeepOffsets(s), simple(s)
		if got != want {
			t.Fatalf("lowerKeepOffsets(%q) = %q, want %q", s, got, want)
		}
		if got != s {
			changed++
		}
	}
	if changed < 1000 {
		t.Errorf("only %d test strings changed", changed)
	}
}
