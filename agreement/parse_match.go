package agreement

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
)

// The parser tokenises the whole text once into ASCII-lowercased words and
// matches its lexicons against the tokens of each clause, and finds dates,
// figures, instruments, parties and places in one pass over the whole text,
// handing each clause the mentions inside it. This keeps the cost linear in
// the input.

// tok is a word of the text: letters and digits, [s, e) in bytes.
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

// wordEnd returns the end of the run of letters and digits at s[i:].
func wordEnd(s string, i int) int {
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	return i
}

// tokenize splits low into its words: runs of letters and digits.
func tokenize(low string) []tok {
	out := make([]tok, 0, len(low)/5+1)
	for i := 0; i < len(low); {
		if !isWordByte(low[i]) {
			i++
			continue
		}
		j := wordEnd(low, i)
		out = append(out, tok{int32(i), int32(j)})
		i = j
	}
	return out
}

// joins reports whether the gap between two tokens may lie inside a
// phrase: a space, a hyphen or a slash.
func joins(low string, a, b tok) bool {
	gap := low[a.e:b.s]
	return gap == " " || gap == "-" || gap == "/" || gap == "- " || gap == " -"
}

// phrase is a lexicon entry split into words; stem means its last word
// matches any word it begins.
type phrase struct {
	words []string
	stem  bool
	id    int
}

// phraseSet indexes phrases by their first word (stems by their first two
// letters). Tokens are lowercase ASCII letters and digits, so a word's
// first two characters index small arrays: firstLens says which lengths of
// first word exist for a prefix, so that most tokens are rejected without
// a map lookup.
type phraseSet struct {
	byFirst   map[string][]phrase
	firstLens [prefixKeys]uint64 // bit n: a first word of length n (63: longer)
	stems     [prefixKeys][]phrase
}

// prefixKeys is the number of prefix keys: two characters of 36, or one.
const prefixKeys = 36*36 + 36

// prefixKey returns the array index for the first one or two characters of
// the non-empty token w; ok is false for a byte that is not a lowercase
// letter or digit.
func prefixKey(w string) (int, bool) {
	a, ok := char36(w[0])
	if !ok {
		return 0, false
	}
	if len(w) == 1 {
		return 36*36 + a, true
	}
	b, ok := char36(w[1])
	return a*36 + b, ok
}

func char36(c byte) (int, bool) {
	switch {
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10, true
	case c >= '0' && c <= '9':
		return int(c - '0'), true
	}
	return 0, false
}

func lenBit(n int) uint64 { return 1 << min(n, 63) }

func newPhraseSet() *phraseSet {
	return &phraseSet{byFirst: map[string][]phrase{}}
}

func (ps *phraseSet) add(text string, id int) {
	stem := strings.HasSuffix(text, "*")
	text = strings.TrimSuffix(asciiLower(text), "*")
	var words []string
	for _, t := range tokenize(text) {
		words = append(words, text[t.s:t.e])
	}
	if len(words) == 0 {
		return
	}
	p := phrase{words: words, stem: stem, id: id}
	key, ok := prefixKey(words[0])
	if !ok {
		return // tokenize yields letters and digits only
	}
	if stem && len(words) == 1 {
		ps.stems[key] = append(ps.stems[key], p)
		return
	}
	ps.byFirst[words[0]] = append(ps.byFirst[words[0]], p)
	ps.firstLens[key] |= lenBit(len(words[0]))
}

// matchAt returns the phrases that match the tokens from k on (not beyond
// end), calling f with each phrase and its last token index.
func (ps *phraseSet) matchAt(low string, toks []tok, k, end int, f func(p phrase, last int)) {
	w := low[toks[k].s:toks[k].e]
	key, ok := prefixKey(w)
	if !ok {
		return
	}
	if ps.firstLens[key]&lenBit(len(w)) != 0 {
		for _, p := range ps.byFirst[w] {
			n := len(p.words)
			if k+n > end {
				continue
			}
			ok := true
			for i := 1; i < n && ok; i++ {
				t := toks[k+i]
				word := low[t.s:t.e]
				last := i == n-1
				ok = joins(low, toks[k+i-1], t) && (word == p.words[i] || (last && p.stem && strings.HasPrefix(word, p.words[i])))
			}
			if ok {
				f(p, k+n-1)
			}
		}
	}
	if len(w) >= 2 {
		for _, p := range ps.stems[key] {
			if strings.HasPrefix(w, p.words[0]) {
				f(p, k)
			}
		}
	}
}

var topicSet = sync.OnceValue(func() *phraseSet {
	ps := newPhraseSet()
	for t := Politics; t < topicEnd; t++ {
		for _, w := range topicWords[t] {
			ps.add(w, int(t))
		}
	}
	return ps
})

var verbSet = sync.OnceValue(func() *phraseSet {
	ps := newPhraseSet()
	for i, v := range stanceVerbs {
		ps.add(v.phrase, i)
	}
	return ps
})

var placeSet = sync.OnceValue(func() *phraseSet {
	ps := newPhraseSet()
	for i, p := range places {
		ps.add(p, i)
	}
	return ps
})

// tokRange returns the indexes of the tokens inside [a, b).
func (p *parser) tokRange(a, b int) (int, int) {
	i := sort.Search(len(p.toks), func(k int) bool { return int(p.toks[k].s) >= a })
	j := sort.Search(len(p.toks), func(k int) bool { return int(p.toks[k].e) > b })
	return i, max(i, j)
}

// topicsIn returns the topics of the clause text[a:b], in Topic order.
func (p *parser) topicsIn(a, b int) []Topic {
	i, j := p.tokRange(a, b)
	var seen [topicEnd]bool
	ps := topicSet()
	for k := i; k < j; k++ {
		ps.matchAt(p.low, p.toks, k, j, func(ph phrase, _ int) { seen[ph.id] = true })
	}
	var out []Topic
	for t := Politics; t < topicEnd; t++ {
		if seen[t] {
			out = append(out, t)
		}
	}
	return out
}

// verbsIn finds the stance verbs of text[a:b], in order, without overlaps,
// longest phrase first at each word.
func (p *parser) verbsIn(a, b int) []verbAt {
	i, j := p.tokRange(a, b)
	ps := verbSet()
	var out []verbAt
	for k := i; k < j; {
		best, bestLast := -1, -1
		ps.matchAt(p.low, p.toks, k, j, func(ph phrase, last int) {
			if best < 0 || last > bestLast {
				best, bestLast = ph.id, last
			}
		})
		if best < 0 {
			k++
			continue
		}
		prev := ""
		if k > i {
			prev = p.low[p.toks[k-1].s:p.toks[k-1].e]
		}
		if slices.Contains(nounContext, prev) || slices.Contains(hedges, prev) {
			k = bestLast + 1
			continue
		}
		va := verbAt{start: int(p.toks[k].s), end: int(p.toks[bestLast].e), stance: stanceVerbs[best].stance}
		va.negated = p.negatedBefore(i, k)
		out = append(out, va)
		k = bestLast + 1
	}
	return out
}

// negatedBefore reports whether a negation ends just before token k.
func (p *parser) negatedBefore(first, k int) bool {
	for _, n := range negationWords() {
		if k-len(n) < first {
			continue
		}
		ok := true
		for m := 0; m < len(n) && ok; m++ {
			t := p.toks[k-len(n)+m]
			ok = p.low[t.s:t.e] == n[m]
		}
		if ok {
			return true
		}
	}
	return false
}

var negationWords = sync.OnceValue(func() [][]string {
	var out [][]string
	for _, n := range negations {
		var ws []string
		for _, t := range tokenize(n) {
			ws = append(ws, n[t.s:t.e])
		}
		out = append(out, ws)
	}
	return out
})

// collectMentions finds every mention of the whole text once, sorted by
// start, without overlaps: instruments first, then dates, figures and
// rates, places and parties.
func (p *parser) collectMentions() {
	text := p.text
	// Each pass keeps what no earlier pass took: a bitset of the bytes
	// taken answers that, and each pass's own list stays sorted by start,
	// so one merge at the end orders them all.
	takenBits := make([]uint64, len(text)/64+1)
	taken := func(s, e int) bool {
		for i := s; i < e; i++ {
			if takenBits[i>>6]&(1<<(i&63)) != 0 {
				return true
			}
		}
		return false
	}
	take := func(s, e int) {
		for i := s; i < e; i++ {
			takenBits[i>>6] |= 1 << (i & 63)
		}
	}
	var passes [5][]Mention
	keep := func(pass int, m Mention) {
		take(m.Start, m.End)
		passes[pass] = append(passes[pass], m)
	}
	for in, c := range p.reg.citations(text, p.low) {
		keep(0, Mention{Kind: MentionInstrument, Start: c.Start, End: c.End, Text: c.Text, Instrument: in.ID, Year: c.Year})
	}
	for m := range timeline.ExtractDates(text) {
		if !taken(m.Start, m.End) {
			keep(1, Mention{Kind: MentionDate, Start: m.Start, End: m.End, Text: m.Text, Date: m.Value})
		}
	}
	for m := range trade.ExtractFigures(text) {
		if taken(m.Start, m.End) {
			continue
		}
		if m.Kind == trade.Percent {
			r := m.Rate
			keep(2, Mention{Kind: MentionRate, Start: m.Start, End: m.End, Text: m.Text, Rate: &r})
		} else {
			f := m.Figure
			keep(2, Mention{Kind: MentionFigure, Start: m.Start, End: m.End, Text: m.Text, Figure: &f})
		}
	}
	ps := placeSet()
	for k := 0; k < len(p.toks); k++ {
		t := p.toks[k]
		if c := text[t.s]; c < 'A' || c > 'Z' {
			continue
		}
		best := -1
		bestLast := -1
		ps.matchAt(p.low, p.toks, k, len(p.toks), func(ph phrase, last int) {
			if last > bestLast {
				best, bestLast = ph.id, last
			}
		})
		if best < 0 {
			continue
		}
		s, e := int(t.s), int(p.toks[bestLast].e)
		if text[s:e] != places[best] || taken(s, e) {
			continue // places are matched in their usual capitalisation
		}
		keep(3, Mention{Kind: MentionPlace, Start: s, End: e, Text: text[s:e], Place: places[best]})
		k = bestLast
	}
	p.eachPartyMention(text, 0, func(m Mention) bool {
		if !taken(m.Start, m.End) {
			keep(4, m)
		}
		return true
	})
	// Merge the sorted passes; starts are distinct, since nothing overlaps.
	n := 0
	for _, ms := range passes {
		n += len(ms)
	}
	all := make([]Mention, 0, n)
	for len(all) < n {
		best := -1
		for i, ms := range passes {
			if len(ms) > 0 && (best < 0 || ms[0].Start < passes[best][0].Start) {
				best = i
			}
		}
		all = append(all, passes[best][0])
		passes[best] = passes[best][1:]
	}
	p.all = all
}

// mentionsIn returns the mentions inside [a, b). When none starts inside
// and ends past b, the result shares p.all's array, capped so that an
// append by a caller copies.
func (p *parser) mentionsIn(a, b int) []Mention {
	i := sort.Search(len(p.all), func(k int) bool { return p.all[k].Start >= a })
	j := i
	for j < len(p.all) && p.all[j].Start < b && p.all[j].End <= b {
		j++
	}
	if j == len(p.all) || p.all[j].Start >= b {
		if i == j {
			return nil
		}
		return p.all[i:j:j]
	}
	var out []Mention
	for k := i; k < len(p.all) && p.all[k].Start < b; k++ {
		if p.all[k].End <= b {
			out = append(out, p.all[k])
		}
	}
	return out
}
