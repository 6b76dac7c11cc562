package agreement

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The parser tokenises the whole text once into ASCII-lowercased words and
// matches its lexicons against the tokens of each clause, and finds dates,
// figures, instruments, parties and places in one pass over the whole text,
// handing each clause the mentions inside it. This keeps the cost linear in
// the input.

// tok is a word of the text: its byte range [s, e). Offsets are int32 (the
// parser refuses texts of 2 GiB and more) to halve the token slice.
type tok struct{ s, e int32 }

// asciiLower lowercases ASCII letters only, so offsets are preserved.
// It copies s once, and not at all when s has no upper-case ASCII letter.
func asciiLower(s string) string {
	var b strings.Builder
	start := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			if b.Cap() == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[start:i])
			b.WriteByte(c + 'a' - 'A')
			start = i + 1
		}
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

// lowerKeepOffsets lowercases s letter by letter where the lowercase
// letter has the same UTF-8 length (every ASCII, Cyrillic and Vietnamese
// letter), so that byte offsets into the result are offsets into s. It
// copies s once, and not at all when nothing changes.
func lowerKeepOffsets(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s // nothing to lowercase
	}
	ascii := true
	for j := i; j < len(s); j++ {
		if s[j] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return asciiLower(s)
	}
	// Copy the runs that stay as they are whole, and the letters that
	// change one by one.
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	run := i
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				b.WriteString(s[run:i])
				b.WriteByte(c + 'a' - 'A')
				run = i + 1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if f := foldedRune(r); f != 0 {
			b.WriteString(s[run:i])
			b.WriteRune(f)
			run = i + n
			i += n
			continue
		}
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			b.WriteString(s[run:i])
			b.WriteRune(l)
			run = i + n
		}
		i += n
	}
	b.WriteString(s[run:])
	return toneFirst(b.String())
}

// toneMoves maps the Vietnamese diphthongs that old-style spelling writes
// with the tone mark on their second vowel ("hoà", "thuỵ") to the
// new-style spelling, with the mark on the first ("hòa", "thụy"), where
// both take the same bytes; the reader compares words in one style.
var toneMoves = map[string]string{
	"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
	"oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẹ": "ọe",
	"uý": "úy", "uỷ": "ủy", "uỵ": "ụy",
}

// toneFirst rewrites, in a lowercased text, the old-style diphthongs of
// toneMoves that end a syllable into the new style, byte for byte.
func toneFirst(s string) string {
	var b []byte
	for i := 0; i+2 < len(s); i++ {
		if s[i] != 'o' && s[i] != 'u' || s[i+1] != 0xC3 && s[i+1] != 0xE1 {
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i+1:])
		to, ok := toneMoves[s[i:i+1+n]]
		if !ok || i+1+n < len(s) && wordRuneLen(s, i+1+n) > 0 {
			continue // "hoàn": a final consonant keeps the mark where it is
		}
		if b == nil {
			b = []byte(s)
		}
		copy(b[i:], to)
	}
	if b == nil {
		return s
	}
	return string(b)
}

// wordEnd returns the end of the run of letters and digits at s[i:].
func wordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !isWordByte(c) {
				break
			}
			i++
			continue
		}
		n := wordRuneLen(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// wordRuneLen returns the length of the letter, digit or combining mark
// that starts at s[i], or 0 when another rune (or nothing) starts there.
// ASCII is answered inline.
func wordRuneLen(s string, i int) int {
	if i < len(s) && s[i] < utf8.RuneSelf {
		return int(asciiWordLen[s[i]])
	}
	return wordRuneLenSlow(s, i)
}

// wordBytes is true at the ASCII letters and digits.
var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// asciiWordLen is wordBytes as lengths: 1 at the ASCII letters and digits.
var asciiWordLen = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if wordBytes[c] {
			t[c] = 1
		}
	}
	return t
}()

func wordRuneLenSlow(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
		return n
	}
	return 0
}

// wordBefore reports whether a letter or digit ends just before s[i].
func wordBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return isWordByte(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits low into its words: runs of letters and digits.
func tokenize(low string) []tok {
	out := make([]tok, 0, len(low)/5+1)
	for i := 0; i < len(low); {
		j := i // a run of ASCII letters and digits first, read inline
		for j < len(low) && wordBytes[low[j]] {
			j++
		}
		if j < len(low) && low[j] >= utf8.RuneSelf {
			// Another script, or a letter with a mark: decoded.
			if j == i && wordRuneLen(low, i) == 0 {
				i++
				continue
			}
			j = wordEnd(low, j)
		} else if j == i {
			i++ // an ASCII byte that is no letter or digit
			continue
		}
		out = append(out, tok{int32(i), int32(j)})
		i = j
	}
	return out
}

// joins reports whether the gap between two tokens may lie inside a
// phrase: a space, a hyphen or a slash.
func joins(low string, a, b tok) bool {
	gap := low[a.e:b.s]
	switch gap {
	case " ", "-", "/", "- ", " -", ", ", "\n", ".", ". ", "'", "’":
		return true // "’" inside "Vietnam’s appreciation"
	case "\u2010", "\u2011":
		return true // Unicode's hyphens: "пресс‑службы"
	case " “", " «", " \"", " „":
		return true // an opening quote: "renewed their “unwavering solidarity”"
	}
	if len(gap) > 4 {
		return false
	}
	for i := 0; i < len(gap); i++ {
		if !isSpaceASCII(gap[i]) {
			return false // a line break between words of a wrapped line
		}
	}
	return gap != ""
}

// phrase is a lexicon entry split into words. A word may be a stem (its
// entry ended in "*": it matches any word it begins) or a gap (the entry
// "*" alone: zero to three words of any kind, as in "held * talks").
type phrase struct {
	words []pword
	id    int
}

type pword struct {
	w         string
	stem, gap bool
}

// maxGap is the number of words a gap in a phrase may stand for.
const maxGap = 3

// phraseSet holds the phrases of one lexicon section. Phrases are indexed
// by their first word in the wordIndex the lexicon's sets share (stems by
// their first two letters), so that a text's tokens are looked up once
// for every set (see tokWord).
type phraseSet struct {
	index  *wordIndex
	bit    uint16     // this set's bit in tokWord.sets
	byWord [][]phrase // by word id: the phrases that start with the word, in the order added
	stems  [prefixKeys][]phrase
	// bySecond and others, built by fileBySecond once every phrase is
	// added, split a long list of byWord (by word id; nil for a short
	// one): the indexes of its phrases by their second word, and of the
	// rest (of one word, or a gap or a stem second). matchAt then reads
	// only the phrases of the next token's word and the rest.
	bySecond []map[string][]int32
	others   [][]int32
}

// longPhraseList is the length from which a byWord list is split by
// second word: a map lookup costs more than a few comparisons.
const longPhraseList = 8

// fileBySecond builds bySecond and others.
func (ps *phraseSet) fileBySecond() {
	ps.bySecond = make([]map[string][]int32, len(ps.byWord))
	ps.others = make([][]int32, len(ps.byWord))
	for id, phs := range ps.byWord {
		if len(phs) < longPhraseList {
			continue
		}
		m := map[string][]int32{}
		for n, ph := range phs {
			if len(ph.words) > 1 && !ph.words[1].gap && !ph.words[1].stem {
				m[ph.words[1].w] = append(m[ph.words[1].w], int32(n))
			} else {
				ps.others[id] = append(ps.others[id], int32(n))
			}
		}
		ps.bySecond[id] = m
	}
}

// wordIndex numbers the first words of the phrases of a lexicon's phrase
// sets (at most 16 sets) and records which sets have phrases starting
// with each word or prefix. Tokens are lowercase ASCII letters and digits,
// so a word's first two characters index small arrays: firstLens and
// firstLast say which lengths and last bytes of first words exist for a
// prefix, so that most tokens are rejected without a map lookup.
type wordIndex struct {
	ids       map[string]int32
	sets      []uint16 // by word id: the bits of the sets with a phrase that starts with it
	stemSets  [prefixKeys]uint16
	firstLens [prefixKeys]uint64 // bit n: a first word of length n (63: longer)
	firstLast [prefixKeys]uint64 // bit char36 of a first word's last byte
	nsets     int
}

// tokWord is what the wordIndex says of a token: the id of its word
// (-1 when no phrase starts with it), the bits of the sets that have a
// phrase that may start at it, and of those whose stems it may begin.
type tokWord struct {
	id    int32
	sets  uint16
	stems uint16
}

func newWordIndex() *wordIndex {
	return &wordIndex{ids: map[string]int32{}}
}

// lookup returns the tokWord of each token of low.
func (ix *wordIndex) lookup(low string, toks []tok) []tokWord {
	out := make([]tokWord, len(toks))
	for k, t := range toks {
		w := low[t.s:t.e]
		out[k].id = -1
		key, ok := prefixKey(w)
		if !ok {
			continue
		}
		if ix.firstLens[key]&lenBit(len(w)) != 0 && ix.firstLast[key]&lastBit(w) != 0 {
			if id, ok := ix.ids[w]; ok {
				out[k] = tokWord{id: id, sets: ix.sets[id]}
			}
		}
		if len(w) >= 2 {
			out[k].stems = ix.stemSets[key]
			out[k].sets |= out[k].stems
		}
	}
	return out
}

// prefixKeys is the number of prefix keys: two characters of 36, or one.
const prefixKeys = 36*36 + 36

// prefixKey returns the array index for the first one or two characters of
// the non-empty token w; ok is false for a byte that is not a lowercase
// letter or digit.
func prefixKey(w string) (int, bool) {
	a := char36s[w[0]]
	if a < 0 {
		return 0, false
	}
	if len(w) == 1 {
		return 36*36 + int(a), true
	}
	b := char36s[w[1]]
	return int(a)*36 + int(max(b, 0)), b >= 0
}

// char36s is char36 as a table, -1 where it is not ok.
var char36s = func() (t [256]int8) {
	for c := range t {
		n, ok := char36(byte(c))
		t[c] = int8(n)
		if !ok {
			t[c] = -1
		}
	}
	return t
}()

func char36(c byte) (int, bool) {
	switch {
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10, true
	case c >= '0' && c <= '9':
		return int(c - '0'), true
	case c >= utf8.RuneSelf:
		// Bytes of other scripts share the 36 slots: the key screens,
		// the lookup that follows decides.
		return int(c) % 36, true
	}
	return 0, false
}

func lenBit(n int) uint64 { return 1 << min(n, 63) }

// renumber gives each phrase of the set the id ids[id].
func (ps *phraseSet) renumber(ids []int) {
	for _, list := range ps.byWord {
		for k := range list {
			list[k].id = ids[list[k].id]
		}
	}
	for _, list := range ps.stems {
		for k := range list {
			list[k].id = ids[list[k].id]
		}
	}
}

// newPhraseSet returns an empty set indexed in ix.
func newPhraseSet(ix *wordIndex) *phraseSet {
	ix.nsets++ // TestWordIndex checks that the bits suffice
	return &phraseSet{index: ix, bit: 1 << (ix.nsets - 1)}
}

func (ps *phraseSet) add(text string, id int) {
	var words []pword
	for _, f := range strings.Fields(lowerWord(text)) {
		if f == "*" {
			if len(words) > 0 {
				words = append(words, pword{gap: true})
			}
			continue
		}
		stem := strings.HasSuffix(f, "*")
		f = strings.TrimSuffix(f, "*")
		ts := tokenize(f)
		for n, t := range ts {
			words = append(words, pword{w: f[t.s:t.e], stem: stem && n == len(ts)-1})
		}
	}
	for len(words) > 0 && words[len(words)-1].gap {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return
	}
	p := phrase{words: words, id: id}
	key, ok := prefixKey(words[0].w)
	if !ok {
		return // tokenize yields letters and digits only
	}
	ix := ps.index
	if words[0].stem {
		ps.stems[key] = append(ps.stems[key], p)
		if len(words[0].w) >= 2 {
			ix.stemSets[key] |= ps.bit // a shorter stem matches no token (see matchAt)
		}
		return
	}
	w := words[0].w
	wid, known := ix.ids[w]
	if !known {
		wid = int32(len(ix.sets))
		ix.ids[w] = wid
		ix.sets = append(ix.sets, 0)
		ix.firstLens[key] |= lenBit(len(w))
		ix.firstLast[key] |= lastBit(w)
	}
	ix.sets[wid] |= ps.bit
	if int(wid) >= len(ps.byWord) {
		ps.byWord = append(ps.byWord, make([][]phrase, int(wid)+1-len(ps.byWord))...)
	}
	ps.byWord[wid] = append(ps.byWord[wid], p)
}

// lastBit returns the firstLast bit of the word w: that of its last byte,
// or all bits when the byte has no char36 slot.
func lastBit(w string) uint64 {
	c, ok := char36(w[len(w)-1])
	if !ok {
		return ^uint64(0)
	}
	return 1 << c
}

// matchAt calls f with each phrase of ps that matches the tokens of p
// from k on (not beyond end) and its last token index: first the phrases
// whose first word is token k's, then the stems it begins, each in the
// order added.
func (p *parser) matchAt(ps *phraseSet, k, end int, f func(ph phrase, last int)) {
	// Most tokens start no phrase of ps: this much is inlined.
	if p.tokWords[k].sets&ps.bit != 0 {
		p.matchPhrasesAt(ps, k, end, f)
	}
}

// matchPhrasesAt is matchAt at a token that may start a phrase of ps.
func (p *parser) matchPhrasesAt(ps *phraseSet, k, end int, f func(ph phrase, last int)) {
	tw := p.tokWords[k]
	low, toks := p.low, p.toks
	var firsts, stems []phrase
	if tw.id >= 0 && int(tw.id) < len(ps.byWord) {
		firsts = ps.byWord[tw.id]
	}
	w := low[toks[k].s:toks[k].e]
	if tw.stems&ps.bit != 0 {
		// No stem of one character is filed under a key of two (see
		// phraseSet.add), so a token of two or more has stems only then.
		key, _ := prefixKey(w)
		stems = ps.stems[key]
	}
	// The word after token k, read once for all the phrases that start
	// with it ("expressed" starts dozens), when it may continue a phrase.
	next, joined := "", false
	if k+1 < end && joins(low, toks[k], toks[k+1]) {
		next, joined = low[toks[k+1].s:toks[k+1].e], true
	}
	if int(tw.id) < len(ps.bySecond) && tw.id >= 0 && ps.bySecond[tw.id] != nil {
		// The rest and the phrases of the next word, in the order added.
		var plain []int32
		if joined {
			plain = ps.bySecond[tw.id][next]
		}
		others := ps.others[tw.id]
		for len(plain) > 0 || len(others) > 0 {
			var n int32
			if len(others) == 0 || len(plain) > 0 && plain[0] < others[0] {
				n, plain = plain[0], plain[1:]
			} else {
				n, others = others[0], others[1:]
			}
			if last := firsts[n].matchNext(low, toks, k, end, next, joined); last >= 0 {
				f(firsts[n], last)
			}
		}
		firsts = nil
	}
	for _, ph := range firsts {
		if len(ph.words) > 1 {
			if pw := &ph.words[1]; !pw.gap && !pw.stem && (!joined || next != pw.w) {
				continue // what matchNext says first: the next word differs
			}
		}
		if last := ph.matchNext(low, toks, k, end, next, joined); last >= 0 {
			f(ph, last)
		}
	}
	for _, ph := range stems {
		if strings.HasPrefix(w, ph.words[0].w) {
			if last := ph.matchNext(low, toks, k, end, next, joined); last >= 0 {
				f(ph, last)
			}
		}
	}
}

// matchNext is p.matchFrom(low, toks, 1, k, end) given the token after k
// (next), when it joins token k and lies before end (joined).
func (p phrase) matchNext(low string, toks []tok, k, end int, next string, joined bool) int {
	if len(p.words) == 1 {
		return k
	}
	pw := p.words[1]
	if pw.gap {
		return p.matchFrom(low, toks, 1, k, end)
	}
	if !joined || next != pw.w && !(pw.stem && strings.HasPrefix(next, pw.w)) {
		return -1
	}
	return p.matchFrom(low, toks, 2, k+1, end)
}

// matchFrom matches the words of p from index i on against the tokens
// after token k (the token that matched word i-1), not beyond end; it
// returns the index of the last token matched, or -1.
func (p phrase) matchFrom(low string, toks []tok, i, k, end int) int {
	if i == len(p.words) {
		return k
	}
	pw := p.words[i]
	if pw.gap {
		for skip := 0; skip <= maxGap && k+skip < end; skip++ {
			if skip > 0 && !joins(low, toks[k+skip-1], toks[k+skip]) {
				break
			}
			if last := p.matchFrom(low, toks, i+1, k+skip, end); last >= 0 {
				return last
			}
		}
		return -1
	}
	if k+1 >= end || !joins(low, toks[k], toks[k+1]) {
		return -1
	}
	t := toks[k+1]
	word := low[t.s:t.e]
	if word != pw.w && !(pw.stem && strings.HasPrefix(word, pw.w)) {
		return -1
	}
	return p.matchFrom(low, toks, i+1, k+1, end)
}

// tokRange returns the indexes of the tokens inside [a, b).
func (p *parser) tokRange(a, b int) (int, int) {
	i := p.tokAtOrAfter(a)
	// The first token that ends after b: tokens before the one that
	// starts before b's block end before that block.
	j := 0
	if blk := max(b, 0) >> tokBlockShift; blk < len(p.tokBlock) {
		j = max(0, int(p.tokBlock[blk])-1)
	} else {
		j = max(0, len(p.toks)-1)
	}
	for j < len(p.toks) && int(p.toks[j].e) <= b {
		j++
	}
	return i, max(i, j)
}

// tokAtOrAfter returns the index of the first token that starts at or
// after byte i.
func (p *parser) tokAtOrAfter(i int) int {
	k := len(p.toks)
	if blk := max(i, 0) >> tokBlockShift; blk < len(p.tokBlock) {
		k = int(p.tokBlock[blk])
	}
	for k < len(p.toks) && int(p.toks[k].s) < i {
		k++
	}
	return k
}

// tokBlockShift sets the size of the blocks of text that indexToks
// indexes: 64 bytes, which hold at most 32 tokens.
const tokBlockShift = 6

// indexToks returns, for each block of 1<<tokBlockShift bytes of a text
// of n bytes, the index of the first token that starts in or after it, so
// that finding the token at an offset reads one block's tokens, not a
// binary search of all.
func indexToks(toks []tok, n int) []int32 {
	out := make([]int32, n>>tokBlockShift+1)
	k := 0
	for blk := range out {
		for k < len(toks) && int(toks[k].s) < blk<<tokBlockShift {
			k++
		}
		out[blk] = int32(k)
	}
	return out
}

// foldedRune returns the letter the reader reads in place of r, or 0:
// Russian writes "е" for "ё" as often as not, and Vietnamese pages typed
// with the Icelandic eth for "Đ" ("Thụy Ðiển") mean "đ". Each pair is two
// bytes in UTF-8 on both sides, so offsets stay the text's.
func foldedRune(r rune) rune {
	switch r {
	case 'ё', 'Ё':
		return 'е'
	case 'Ð', 'ð':
		return 'đ'
	}
	return 0
}
