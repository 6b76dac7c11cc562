package trade

import (
	"embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/internal/decimal"
	"github.com/bilateral-go/bilateral/internal/textlang"
)

// The words of figures in each language — scale words, currency names,
// qualifiers, words of falling, percent words and count nouns — are data:
// words/en.txt, words/vi.txt and words/ru.txt, whose format en.txt
// describes. They are read once, on first use.
//
//go:embed words/*.txt
var wordFiles embed.FS

// lexEntry is what a phrase of a word file means.
type lexEntry struct {
	exp    int       // scale: the power of ten
	unit   Unit      // currency or count unit
	dollar bool      // currency: the caller's dollar
	qual   Qualifier // qualifier
	abbr   bool      // the phrase ends in an abbreviation's period
	num    decimal.D // number: its value
}

// phraseTable holds the phrases of one kind: exact phrases by their lower
// case text, stems ("снизи*") as words, and the most words a phrase has.
type phraseTable struct {
	exact    map[string]lexEntry
	first    map[string]bool // the first words of exact phrases
	stems    []stemPhrase
	maxWords int

	// starts and lastStarts hold the lower-case first letters of the
	// first and of the last words of the phrases, unless a stem word
	// starting with '*' makes any letter possible (anyStart, anyLast):
	// matchAt and matchBefore read no further at a word no phrase can
	// begin or end with.
	starts, lastStarts runeSet
	anyStart, anyLast  bool
}

// runeSet is a set of runes by their low ten bits: has may say true for a
// rune not added, never false for one added.
type runeSet [16]uint64

func (rs *runeSet) add(r rune)      { rs[(r>>6)&15] |= 1 << (r & 63) }
func (rs *runeSet) has(r rune) bool { return rs[(r>>6)&15]&(1<<(r&63)) != 0 }

// firstRuneLower returns the lower case of the rune s starts with.
func firstRuneLower(s string) rune {
	if s != "" && s[0] < utf8.RuneSelf {
		return toLower(rune(s[0]))
	}
	r, _ := utf8.DecodeRuneInString(s)
	return toLower(r)
}

type stemPhrase struct {
	words []string // a word ending in '*' is a prefix
	e     lexEntry
}

// lexicon is the words of one language.
type lexicon struct {
	lang     textlang.Lang
	decimal  byte // the decimal separator
	group    byte // the thousands separator; ' ' stands for any group space
	scale    phraseTable
	abbr     phraseTable
	currency phraseTable
	qual     phraseTable
	qualList []qualifierWord // qualifiers in file order, for English
	qualPost phraseTable
	qualEnd  phraseTable // after the whole figure: "or more", "trở lên"
	fall     phraseTable
	by       phraseTable
	percent  phraseTable
	points   phraseTable
	noun     phraseTable
	and      phraseTable
	number   phraseTable // number words, read only before a scale word ("hai tỷ USD")
	// numberNext holds the words, in lower case, that may follow a
	// number word's first word: a scale word's first, or the next word of
	// a number of several ("hai mươi").
	numberNext map[string]bool
	// numberFirst2 and numberNext2 hold the first two letters of a number
	// word's first word and of the words in numberNext, in lower case and
	// capitalised: a test that most words fail at once.
	numberFirst2, numberNext2 *prefix2
}

// prefix2 is a set of the first two letters of words, hashed: has may say
// true for a word not added, never false for one added.
type prefix2 [1024]uint64

func (p *prefix2) add(w string) {
	for _, v := range []string{w, capitalised(w)} {
		if k, ok := prefixKey2(v); ok {
			p[k>>6] |= 1 << (k & 63)
		}
	}
}

// has reports whether s may start with a word of the set.
func (p *prefix2) has(s string) bool {
	k, ok := prefixKey2(s)
	return ok && p[k>>6]&(1<<(k&63)) != 0
}

// prefixKey2 hashes the first two runes of s.
func prefixKey2(s string) (uint16, bool) {
	if len(s) < 2 {
		return 0, false
	}
	r1, n := rune(s[0]), 1
	if r1 >= utf8.RuneSelf {
		r1, n = utf8.DecodeRuneInString(s)
	}
	if n >= len(s) {
		return 0, false
	}
	r2 := rune(s[n])
	if r2 >= utf8.RuneSelf {
		r2, _ = utf8.DecodeRuneInString(s[n:])
	}
	return uint16(r1*131 + r2), true
}

// capitalised returns w with its first letter in upper case.
func capitalised(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// qualifierWord is a qualifier phrase in file order.
type qualifierWord struct {
	word string
	q    Qualifier
}

var lexicons = [3]func() *lexicon{
	sync.OnceValue(func() *lexicon { return mustLexicon(textlang.English, "words/en.txt") }),
	sync.OnceValue(func() *lexicon { return mustLexicon(textlang.Vietnamese, "words/vi.txt") }),
	sync.OnceValue(func() *lexicon { return mustLexicon(textlang.Russian, "words/ru.txt") }),
}

// enLexicon is the English lexicon, which the English reader consults
// directly.
var enLexicon = lexiconOf(textlang.English)

// lexiconOf returns the words of l.
func lexiconOf(l textlang.Lang) *lexicon {
	if int(l) >= len(lexicons) {
		l = textlang.English
	}
	return lexicons[l]()
}

// mustLexicon reads an embedded word file; the files are checked by
// TestWordFiles, so an error here is a build defect.
func mustLexicon(l textlang.Lang, name string) *lexicon {
	b, err := wordFiles.ReadFile(name)
	if err != nil {
		panic("trade: " + err.Error())
	}
	lx, err := parseLexicon(l, string(b))
	if err != nil {
		panic("trade: " + name + ": " + err.Error())
	}
	return lx
}

var qualifierByName = map[string]Qualifier{"over": Over, "under": Under, "about": About, "nearly": Nearly}

// parseLexicon reads a word file.
func parseLexicon(l textlang.Lang, text string) (*lexicon, error) {
	lx := &lexicon{lang: l, decimal: '.', group: ','}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		head, body, ok := strings.Cut(line, ":")
		if !ok {
			return nil, lineError(n, "no colon")
		}
		kind, arg, _ := strings.Cut(strings.TrimSpace(head), " ")
		body = strings.TrimSpace(body)
		var t *phraseTable
		var e lexEntry
		switch kind {
		case "decimal":
			if len(body) != 1 {
				return nil, lineError(n, "decimal separator "+strconv.Quote(body))
			}
			lx.decimal = body[0]
			continue
		case "group":
			switch {
			case body == "space":
				lx.group = ' '
			case len(body) == 1:
				lx.group = body[0]
			default:
				return nil, lineError(n, "group separator "+strconv.Quote(body))
			}
			continue
		case "scale", "abbr":
			exp, err := strconv.Atoi(arg)
			if err != nil || exp < 1 || exp > 15 {
				return nil, lineError(n, "scale "+strconv.Quote(arg))
			}
			e.exp = exp
			t = &lx.scale
			if kind == "abbr" {
				t = &lx.abbr
			}
		case "currency":
			if arg == "$" {
				e.dollar = true
			} else {
				u, err := Currency(arg)
				if err != nil {
					return nil, lineError(n, "unknown currency "+strconv.Quote(arg))
				}
				e.unit = u
			}
			t = &lx.currency
		case "qualifier", "qualifier-after", "qualifier-end":
			q, ok := qualifierByName[arg]
			if !ok {
				return nil, lineError(n, "qualifier "+strconv.Quote(arg))
			}
			e.qual = q
			t = &lx.qual
			switch kind {
			case "qualifier-after":
				t = &lx.qualPost
			case "qualifier-end":
				t = &lx.qualEnd
			}
		case "fall":
			t = &lx.fall
		case "by":
			t = &lx.by
		case "and":
			t = &lx.and
		case "percent":
			t = &lx.percent
		case "points":
			t = &lx.points
		case "number":
			v, err := decimal.Parse(arg)
			if err != nil || v.Sign() <= 0 {
				return nil, lineError(n, "number "+strconv.Quote(arg))
			}
			e.num = v
			t = &lx.number
		case "noun":
			u, ok := namedUnitOf[arg]
			if !ok {
				if !nounWord(arg) || strings.ToLower(arg) != arg {
					return nil, lineError(n, "count noun "+strconv.Quote(arg))
				}
				u = Unit{arg}
			}
			e.unit = u
			t = &lx.noun
		default:
			return nil, lineError(n, "unknown kind "+strconv.Quote(kind))
		}
		for _, alt := range strings.Split(body, "|") {
			alt = strings.Join(strings.Fields(alt), " ")
			if alt == "" {
				return nil, lineError(n, "empty phrase")
			}
			if strings.ToLower(alt) != alt {
				return nil, lineError(n, "phrase "+strconv.Quote(alt)+" is not lower case")
			}
			for _, p := range expand(alt) {
				if why := t.add(p, e); why != "" {
					return nil, lineError(n, why)
				}
				if t == &lx.qual {
					lx.qualList = append(lx.qualList, qualifierWord{p, e.qual})
				}
			}
		}
	}
	if lx.number.maxWords > 0 {
		lx.numberNext = map[string]bool{}
		lx.numberFirst2, lx.numberNext2 = new(prefix2), new(prefix2)
		for p := range lx.scale.exact {
			first, _, _ := strings.Cut(p, " ")
			first = strings.TrimSuffix(first, ".") // "тыс." ends its word at the period
			lx.numberNext[first] = true
			lx.numberNext2.add(first)
		}
		for p := range lx.number.exact {
			first, rest, ok := strings.Cut(p, " ")
			lx.numberFirst2.add(first)
			if ok {
				second, _, _ := strings.Cut(rest, " ")
				lx.numberNext[second] = true
				lx.numberNext2.add(second)
			}
		}
	}
	return lx, nil
}

func lineError(n int, why string) error {
	return &ParseError{What: "word file", Input: "line " + strconv.Itoa(n+1), Reason: why}
}

// expand returns the phrases "{a,b,}" in p stands for, one brace group per
// word at most.
func expand(p string) []string {
	out := []string{""}
	for i, w := range strings.Split(p, " ") {
		alts := []string{w}
		if a := strings.IndexByte(w, '{'); a >= 0 {
			if b := strings.IndexByte(w, '}'); b > a {
				alts = alts[:0]
				for _, x := range strings.Split(w[a+1:b], ",") {
					alts = append(alts, w[:a]+x+w[b+1:])
				}
			}
		}
		var next []string
		for _, o := range out {
			for _, x := range alts {
				if i > 0 {
					next = append(next, o+" "+x)
				} else {
					next = append(next, x)
				}
			}
		}
		out = next
	}
	return out
}

// add adds the phrase p, or says why it cannot.
func (t *phraseTable) add(p string, e lexEntry) string {
	words := strings.Split(p, " ")
	t.maxWords = max(t.maxWords, len(words))
	first, last := words[0], words[len(words)-1]
	if strings.HasPrefix(first, "*") {
		t.anyStart = true
	}
	if strings.HasPrefix(last, "*") {
		t.anyLast = true
	}
	t.starts.add(firstRuneLower(first))
	t.lastStarts.add(firstRuneLower(last))
	if strings.Contains(p, "*") {
		t.stems = append(t.stems, stemPhrase{words: words, e: e})
		return ""
	}
	e.abbr = strings.HasSuffix(p, ".")
	if t.exact == nil {
		t.exact = map[string]lexEntry{}
		t.first = map[string]bool{}
	}
	t.first[strings.TrimSuffix(words[0], ".")] = true
	if _, dup := t.exact[p]; dup {
		return "phrase " + strconv.Quote(p) + " listed twice"
	}
	t.exact[p] = e
	return ""
}

// maxPhraseBytes bounds the lower-case text of a phrase looked up.
const maxPhraseBytes = 96

// phraseBuf is a lower-case phrase being built without allocating.
type phraseBuf struct {
	b [maxPhraseBytes]byte
	n int
}

// appendLower appends the lower case of s; false when it does not fit.
func (p *phraseBuf) appendLower(s string) bool {
	if p.n+len(s) <= len(p.b) {
		// ASCII words lower-case byte by byte.
		ascii := true
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				ascii = false
				break
			}
		}
		if ascii {
			for i := 0; i < len(s); i++ {
				c := s[i]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				p.b[p.n+i] = c
			}
			p.n += len(s)
			return true
		}
	}
	for _, r := range s {
		r = toLower(r)
		if p.n+utf8.RuneLen(r) > len(p.b) {
			return false
		}
		p.n += utf8.EncodeRune(p.b[p.n:], r)
	}
	return true
}

func (p *phraseBuf) appendByte(c byte) bool {
	if p.n == len(p.b) {
		return false
	}
	p.b[p.n] = c
	p.n++
	return true
}

// isWordRune reports whether r is part of a word: a letter or a combining
// mark (Vietnamese written decomposed).
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	case r >= 0x410 && r <= 0x44F, r >= 0x1EA0 && r <= 0x1EF9: // Cyrillic А–я, Vietnamese Ạ–ỹ
		return true
	case r >= 0x100 && r <= 0x24F, r >= 0x300 && r <= 0x36F: // Latin Extended-A and -B (ă, đ, ơ, ư), combining marks
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// toLower is unicode.ToLower with the Cyrillic capitals А–Я and Ѐ–Џ
// done directly.
func toLower(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z', r >= 0x410 && r <= 0x42F:
		return r + 0x20
	case r >= 0x430 && r <= 0x45F || r < 0x80:
		return r
	case r >= 0x400 && r <= 0x40F:
		return r + 0x50
	case r >= 0x1EA0 && r <= 0x1EF9: // Vietnamese Ạ–ỹ: capital and small in pairs
		return r | 1
	case r >= 0xC0 && r <= 0xDE && r != 0xD7: // Latin-1 capitals
		return r + 0x20
	case r >= 0xDF && r <= 0xFF, r >= 0x300 && r <= 0x36F: // Latin-1 small letters and signs, combining marks
		return r
	case r >= 0x100 && r <= 0x12F, r >= 0x14A && r <= 0x177: // Latin Extended-A pairs (ă, ĩ, ũ)
		return r | 1
	case r == 0x110, r == 0x1A0, r == 0x1AF: // Đ, Ơ, Ư
		return r + 1
	}
	return unicode.ToLower(r)
}

// wordEndAt returns the end of the word at s[i:]: letters and marks, with
// single inner hyphens ("đô-la"), or a lone "%".
func wordEndAt(s string, i int) int {
	if i < len(s) && s[i] == '%' {
		return i + 1
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if r == '-' && j > i && j+1 < len(s) {
			if r2, _ := utf8.DecodeRuneInString(s[j+1:]); isWordRune(r2) {
				j++
				continue
			}
		}
		break
	}
	return j
}

// spaceAt returns the length of one space at s[j:] between the words of a
// phrase: a space, a no-break space or a thin space; 0 for none.
func spaceAt(s string, j int) int {
	return isGroupSpace(s, j)
}

// matchAt finds the longest phrase of t at s[j:] and returns its entry and
// end (past an abbreviation's period), or end -1.
func (t *phraseTable) matchAt(s string, j int) (lexEntry, int) {
	var best lexEntry
	bestEnd := -1
	if t.maxWords == 0 || j >= len(s) || !t.anyStart && !t.starts.has(firstRuneLower(s[j:])) {
		return best, -1
	}
	var p phraseBuf
	pos := j
	var words [4][2]int
	for w := 0; w < t.maxWords && w < len(words); w++ {
		e := wordEndAt(s, pos)
		if e == pos {
			break
		}
		if e < len(s) && s[e] != '.' && s[e] != ' ' && s[e] < utf8.RuneSelf && (isDigitB(s[e]) || isAlnumB(s[e])) {
			break
		}
		words[w] = [2]int{pos, e}
		if !p.appendLower(s[pos:e]) {
			break
		}
		if w == 0 && len(t.stems) == 0 && !t.first[string(p.b[:p.n])] {
			break // no phrase starts with this word
		}
		if t.exact != nil {
			if e < len(s) && s[e] == '.' && p.appendByte('.') {
				if en, ok := t.exact[string(p.b[:p.n])]; ok {
					best, bestEnd = en, e+1
				}
				p.n--
			}
			if bestEnd < e {
				if en, ok := t.exact[string(p.b[:p.n])]; ok {
					best, bestEnd = en, e
				}
			}
		}
		for k := range t.stems {
			if st := &t.stems[k]; len(st.words) == w+1 && stemMatch(s, words[:w+1], st.words) && e > bestEnd {
				best, bestEnd = st.e, e
			}
		}
		nx := e
		if nx < len(s) && s[nx] == '.' {
			if !p.appendByte('.') {
				break
			}
			nx++
		}
		sp := spaceAt(s, nx)
		if sp == 0 || !p.appendByte(' ') {
			break
		}
		pos = nx + sp
	}
	return best, bestEnd
}

// stemMatch reports whether the words of s at spans match pattern, a word
// ending in '*' matching any word it begins, case-insensitively.
func stemMatch(s string, spans [][2]int, pattern []string) bool {
	for k, sp := range spans {
		w, pw := s[sp[0]:sp[1]], pattern[k]
		if strings.HasSuffix(pw, "*") {
			pw = pw[:len(pw)-1]
			if len(w) < len(pw) || !equalFoldUnicode(w[:len(pw)], pw) {
				return false
			}
		} else if !equalFoldUnicode(w, pw) {
			return false
		}
	}
	return true
}

// equalFoldUnicode reports whether s in lower case is the lower-case w.
func equalFoldUnicode(s, w string) bool {
	for _, r := range s {
		if w == "" {
			return false
		}
		r2, n := utf8.DecodeRuneInString(w)
		if toLower(r) != r2 {
			return false
		}
		w = w[n:]
	}
	return w == ""
}

// matchBefore finds the longest phrase of t whose words end just before i
// (past white space, up to one line break), and returns its entry and
// start, or start -1.
func (t *phraseTable) matchBefore(s string, i int) (lexEntry, int) {
	var best lexEntry
	if t.maxWords == 0 {
		return best, -1
	}
	var spans [4][2]int
	n := 0
	j := i
	for n < t.maxWords && n < len(spans) {
		k := j
		for k > 0 && j-k < 8 && (s[k-1] == ' ' || s[k-1] == '\n' || s[k-1] == '\r' || s[k-1] == '\t') {
			k--
		}
		if k > 1 && s[k-2] == 0xC2 && s[k-1] == 0xA0 { // no-break space
			k -= 2
		}
		if k == j || k == 0 {
			break
		}
		e := k
		st := e
		for st > 0 {
			r, sz := utf8.DecodeLastRuneInString(s[:st])
			if !isWordRune(r) && !(r == '-' && st > sz && st < e) {
				break
			}
			st -= sz
		}
		if st == e {
			break
		}
		if n == 0 && !t.anyLast && !t.lastStarts.has(firstRuneLower(s[st:e])) {
			return best, -1 // no phrase ends with this word
		}
		spans[n] = [2]int{st, e}
		n++
		j = st
	}
	// spans are last word first; try the longest phrase first.
	for w := n; w >= 1; w-- {
		var ordered [4][2]int
		for k := 0; k < w; k++ {
			ordered[k] = spans[w-1-k]
		}
		var p phraseBuf
		ok := true
		for k := 0; k < w && ok; k++ {
			if k > 0 {
				ok = p.appendByte(' ')
			}
			ok = ok && p.appendLower(s[ordered[k][0]:ordered[k][1]])
		}
		if !ok {
			continue
		}
		if en, found := t.exact[string(p.b[:p.n])]; found {
			return en, ordered[0][0]
		}
		for k := range t.stems {
			if st := &t.stems[k]; len(st.words) == w && stemMatch(s, ordered[:w], st.words) {
				return st.e, ordered[0][0]
			}
		}
	}
	return best, -1
}
