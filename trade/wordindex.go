package trade

// maxFoldWord is the longest word a foldIndex holds: lowerWord's buffer.
const maxFoldWord = 16

// foldIndex finds lower-case ASCII words in text, in any case, without
// building a string or hashing: words are filed by length and first
// letter, and a lookup compares only the few of the same length and first
// letter, when one of them has the second letter of the word looked up. Words that are not all letters, or longer than maxFoldWord, are
// not filed, so that lookup(s) finds what a map lookup of lowerWord(s)
// finds. An index is built once and only read after.
type foldIndex[V any] struct {
	start  [(maxFoldWord+1)*26 + 1]uint16 // the words of bucket b are words[start[b]:start[b+1]]
	second [(maxFoldWord + 1) * 26]uint32 // a bit for the second letter of each word of bucket b
	words  []foldWord[V]
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
		if len(w) > 1 {
			x.second[b] |= 1 << (w[1] - 'a')
		}
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
	if b < 0 || x.start[b] == x.start[b+1] {
		return v, false // most words: no word of their length and first letter
	}
	if len(s) > 1 {
		// A letter in either case has bit 0x20 set only in lower case;
		// no other byte gives a lower-case letter with it.
		if c := s[1] | 0x20; c < 'a' || c > 'z' || x.second[b]&(1<<(c-'a')) == 0 {
			return v, false
		}
	}
	return x.scan(s, b)
}

// scan compares s with the words of bucket b.
func (x *foldIndex[V]) scan(s string, b int) (v V, ok bool) {
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

// exactIndex is a map from strings to values for short keys read often:
// keys are filed by length and first and last bytes, and a lookup
// compares only the few of the same bucket, without hashing the key.
type exactIndex[V any] struct {
	start [exactBuckets + 1]uint16
	words []foldWord[V]
	empty *V // the value of "", if it is a key
}

const exactBuckets = 256

func exactBucket(s string) int {
	return (len(s)*31 + int(s[0])*7 + int(s[len(s)-1])) & (exactBuckets - 1)
}

// newExactIndex files the keys of m.
func newExactIndex[V any](m map[string]V) *exactIndex[V] {
	x := &exactIndex[V]{}
	var byBucket [exactBuckets][]foldWord[V]
	for w, v := range m {
		if w == "" {
			x.empty = &v
			continue
		}
		b := exactBucket(w)
		byBucket[b] = append(byBucket[b], foldWord[V]{w, v})
	}
	for b, ws := range byBucket {
		x.start[b] = uint16(len(x.words))
		x.words = append(x.words, ws...)
	}
	x.start[exactBuckets] = uint16(len(x.words))
	return x
}

// lookup returns the value of the key s.
func (x *exactIndex[V]) lookup(s string) (v V, ok bool) {
	if s == "" {
		if x.empty != nil {
			return *x.empty, true
		}
		return v, false
	}
	b := exactBucket(s)
	for k := x.start[b]; k < x.start[b+1]; k++ {
		if e := &x.words[k]; e.w == s {
			return e.v, true
		}
	}
	return v, false
}

// has reports whether s is a key.
func (x *exactIndex[V]) has(s string) bool {
	_, ok := x.lookup(s)
	return ok
}

// lookupBytes is lookup of string(b), without the conversion.
func (x *exactIndex[V]) lookupBytes(b []byte) (v V, ok bool) {
	if len(b) == 0 {
		return x.lookup("")
	}
	k0 := (len(b)*31 + int(b[0])*7 + int(b[len(b)-1])) & (exactBuckets - 1)
	for k := x.start[k0]; k < x.start[k0+1]; k++ {
		if e := &x.words[k]; e.w == string(b) {
			return e.v, true
		}
	}
	return v, false
}

// newExactSet files the keys of m whose value is true.
func newExactSet(m map[string]bool) *exactIndex[bool] {
	t := make(map[string]bool, len(m))
	for w, v := range m {
		if v {
			t[w] = true
		}
	}
	return newExactIndex(t)
}
