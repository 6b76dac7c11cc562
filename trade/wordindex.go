package trade

// maxFoldWord is the longest word a foldIndex holds: lowerWord's buffer.
const maxFoldWord = 16

// foldIndex finds lower-case ASCII words in text, in any case, without
// building a string or hashing: words are filed by length and first
// letter, and a lookup compares only the few of the same length and first
// letter. Words that are not all letters, or longer than maxFoldWord, are
// not filed, so that lookup(s) finds what a map lookup of lowerWord(s)
// finds. An index is built once and only read after.
type foldIndex[V any] struct {
	start [(maxFoldWord+1)*26 + 1]uint16 // the words of bucket b are words[start[b]:start[b+1]]
	words []foldWord[V]
}

type foldWord[V any] struct {
	w string
	v V
}

// foldBucket returns the bucket of a word of n bytes starting with c, or
// -1 when no filed word can have that shape.
func foldBucket(n int, c byte) int {
	c |= 0x20
	if n == 0 || n > maxFoldWord || c < 'a' || c > 'z' {
		return -1
	}
	return n*26 + int(c-'a')
}

// newFoldIndex files the words of m that are lower-case letters only.
func newFoldIndex[V any](m map[string]V) *foldIndex[V] {
	x := &foldIndex[V]{}
	var byBucket [(maxFoldWord + 1) * 26][]foldWord[V]
	for w, v := range m {
		if !lowerLetters(w) {
			continue
		}
		b := foldBucket(len(w), w[0])
		if b < 0 {
			continue
		}
		byBucket[b] = append(byBucket[b], foldWord[V]{w, v})
	}
	for b, ws := range byBucket {
		x.start[b] = uint16(len(x.words))
		x.words = append(x.words, ws...)
	}
	x.start[len(byBucket)] = uint16(len(x.words))
	return x
}

// newFoldSet files the words of m whose value is true.
func newFoldSet(m map[string]bool) *foldIndex[bool] {
	t := make(map[string]bool, len(m))
	for w, v := range m {
		if v {
			t[w] = true
		}
	}
	return newFoldIndex(t)
}

// lowerLetters reports whether w is one or more lower-case ASCII letters.
func lowerLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// lookup returns the value of the word s, read in any case.
func (x *foldIndex[V]) lookup(s string) (v V, ok bool) {
	if s == "" {
		return v, false
	}
	b := foldBucket(len(s), s[0])
	if b < 0 {
		return v, false
	}
	for k := x.start[b]; k < x.start[b+1]; k++ {
		if e := &x.words[k]; equalFoldASCII(s, e.w) {
			return e.v, true
		}
	}
	return v, false
}

// has reports whether the word s, read in any case, is filed.
func (x *foldIndex[V]) has(s string) bool {
	_, ok := x.lookup(s)
	return ok
}
