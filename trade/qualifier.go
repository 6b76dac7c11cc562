package trade

import "github.com/bilateral-go/bilateral/internal/textlang"

// qualifierWords are the words before a figure that qualify it: the
// qualifier entries of words/en.txt, in file order, longest first where
// one ends another. "at least" is a lower bound like "over"; "up to" and
// "as many as" are upper bounds like "under"; "nearly", "almost" and
// "close to" are [Nearly].
var qualifierWords = lexiconOf(textlang.English).qualList

// qualifierEndWords are the English qualifiers after a whole figure ("or
// more").
var qualifierEndWords = &lexiconOf(textlang.English).qualEnd

// qualifierPrefix reads a qualifier at the start of s followed by one
// space, case-insensitively, and returns it and its length with the space.
func qualifierPrefix(s string) (Qualifier, int) {
	if s == "" || (s[0]|0x20) < 'a' || (s[0]|0x20) > 'z' {
		return QualifierAsReported, 0
	}
	for _, w := range qualifierWords {
		if len(s) > len(w.word) && s[len(w.word)] == ' ' && equalFoldASCII(s[:len(w.word)], w.word) {
			return w.q, len(w.word) + 1
		}
	}
	return QualifierAsReported, 0
}

// qualifierBefore finds a qualifier ending before the white space that ends
// at i (one space, or a line break and indentation), and returns it and
// where it starts; start is -1 without one. The verbs "exceeded",
// "surpassed", "topped" make a lower bound without being part of the
// figure: start is then i.
func qualifierBefore(s string, i int) (q Qualifier, start int) {
	j := i
	for j > 0 && j > i-8 && (s[j-1] == ' ' || s[j-1] == '\n' || s[j-1] == '\r' || s[j-1] == '\t') {
		j--
	}
	if j == i || j == 0 {
		return QualifierAsReported, -1
	}
	head := s[:j]
	// Only the words that end in the last letter of head can end it
	// (phraseSuffix compares the last letters first), in file order.
	for _, k := range qualifiersByLast[head[len(head)-1]] {
		w := &qualifierWords[k]
		if k := phraseSuffix(head, w.word); k >= 0 {
			return w.q, k
		}
	}
	if c := head[len(head)-1] | 0x20; c != 'd' && c != 'g' {
		return QualifierAsReported, -1
	}
	for _, v := range [...]string{"exceeded", "exceeding", "surpassed", "topped"} {
		if hasWordSuffix(head, v) {
			return QualifierOver, i
		}
	}
	return QualifierAsReported, -1
}

// qualifiersByLast lists, for each byte, the qualifierWords a text ending
// in it may end with: those whose last letter is the byte or its lower
// case, in file order.
var qualifiersByLast = func() (t [256][]uint16) {
	for c := range 256 {
		for k, w := range qualifierWords {
			if wl := w.word[len(w.word)-1]; byte(c)|0x20 == wl || byte(c) == wl {
				t[c] = append(t[c], uint16(k))
			}
		}
	}
	return t
}()

// phraseSuffix returns where the words w end s, a space in w standing for
// any run of white space ("more\nthan"), case-insensitively and at a word
// boundary, or -1.
func phraseSuffix(s, w string) int {
	i := len(s)
	for k := len(w) - 1; k >= 0; k-- {
		if w[k] == ' ' {
			n := 0
			for i > 0 && n < 8 && (s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '\r' || s[i-1] == '\t') {
				i--
				n++
			}
			if n == 0 {
				return -1
			}
			continue
		}
		if i == 0 || s[i-1]|0x20 != w[k] && s[i-1] != w[k] {
			return -1
		}
		i--
	}
	if i > 0 && isAlnumB(s[i-1]) {
		return -1
	}
	return i
}

func hasWordSuffix(s, w string) bool {
	if len(s) < len(w) || !equalFoldASCII(s[len(s)-len(w):], w) {
		return false
	}
	return len(s) == len(w) || !isAlnumB(s[len(s)-len(w)-1])
}

// equalFoldASCII reports whether s equals the lower-case ASCII word w,
// ignoring the case of s.
func equalFoldASCII(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// endQualifier returns the qualifier that s[i:] is whole ("or more"), or
// QualifierAsReported.
func endQualifier(s string, i int) Qualifier {
	if e, end := qualifierEndWords.matchAt(s, i); end == len(s) {
		return e.qual
	}
	return QualifierAsReported
}
