package trade

import "github.com/bilateral-go/bilateral/internal/textlang"

// scaleOf returns the power of ten of an English scale word or
// abbreviation read after a number (the scale and abbr entries of
// words/en.txt), 0 for any other word, and whether it is a word (which
// must follow a space, or be attached to digits as in "£3billion") rather
// than an abbreviation (which may be attached: "4.4bn"). Case is ignored
// ("13.8 Trillion", "$3Bln", "20000 Crores"), except that "T" for
// trillion is upper case only ("VND20.12T": "5t" may be tonnes). Lakh
// (10^5) and crore (10^7, "cr") are the Indian scale words; they combine
// ("2 lakh crore" is 2 × 10^12).
func scaleOf(word string) (exp int, long bool) {
	if word == "T" {
		return 12, false
	}
	var buf [16]byte
	w := lowerWord(word, 0, len(word), &buf)
	if w == "" {
		return 0, false
	}
	lx := lexiconOf(textlang.English)
	if e, ok := lx.scale.exact[w]; ok {
		return e.exp, true
	}
	if e, ok := lx.abbr.exact[w]; ok {
		return e.exp, false
	}
	return 0, false
}
