package agreement

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

// Mentions: the reader finds dates, figures, instruments, places and
// parties in one pass over the whole text and hands each clause the
// mentions inside it.

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
	tag := language.Make(p.lx.lang)
	for m := range timeline.ExtractDatesWith(text, timeline.ExtractOptions{Language: tag, Year: probeYear}) {
		if m.Inferred {
			// "on July 10": its year is the communiqué's, known once
			// Issued is read (addYearless).
			p.yearless = append(p.yearless, m)
			continue
		}
		if !taken(m.Start, m.End) {
			keep(1, Mention{Kind: MentionDate, Start: m.Start, End: m.End, Text: m.Text, Date: m.Value})
		}
	}
	for m := range trade.ExtractFiguresWith(text, trade.FigureOptions{Language: tag}) {
		if taken(m.Start, m.End) {
			continue
		}
		if m.Kind == trade.MentionPercent {
			r := m.Rate
			keep(2, Mention{Kind: MentionRate, Start: m.Start, End: m.End, Text: m.Text, Rate: &r})
		} else {
			f := m.Figure
			keep(2, Mention{Kind: MentionFigure, Start: m.Start, End: m.End, Text: m.Text, Figure: &f})
		}
	}
	// A place inside a longer party name ("Shanghai" of "Shanghai
	// Cooperation Organisation", "Bissau" of "Guinea-Bissau") gives way to
	// the party.
	type partySpan struct {
		start, end int32
		party      Party
	}
	partyAt := make([]partySpan, 0, len(p.toks)/16+1)
	p.eachPartyMention(text, 0, func(m Mention) bool {
		partyAt = append(partyAt, partySpan{int32(m.Start), int32(m.End), m.Party})
		return true
	})
	ps := p.lx.placeSet
	for k := 0; k < len(p.toks); k++ {
		t := p.toks[k]
		if c := text[t.s]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') || c >= utf8.RuneSelf && !isCapitalised(text[t.s:]) {
			continue // places are capitalised ("Đà Nẵng", "Ấn Độ Dương" too)
		}
		best := -1
		bestLast := -1
		p.matchAt(ps, k, len(p.toks), func(ph phrase, last int) {
			if last > bestLast {
				best, bestLast = ph.id, last
			}
		})
		if best < 0 {
			continue
		}
		s, e := int(t.s), int(p.toks[bestLast].e)
		if text[s:e] != p.lx.places[best] || taken(s, e) {
			continue // places are matched in their usual capitalisation
		}
		if i := sort.Search(len(partyAt), func(n int) bool { return int(partyAt[n].start) > s }) - 1; i >= 0 && int(partyAt[i].end) >= e && int(partyAt[i].end)-int(partyAt[i].start) > e-s {
			continue // a place inside a longer party name ("Bissau" of "Guinea-Bissau")
		}
		keep(3, Mention{Kind: MentionPlace, Start: s, End: e, Text: text[s:e], Place: p.lx.places[best]})
		k = bestLast
	}
	passes[4] = make([]Mention, 0, len(partyAt))
	for _, m := range partyAt {
		if s, e := int(m.start), int(m.end); !taken(s, e) {
			keep(4, Mention{Kind: MentionParty, Start: s, End: e, Text: text[s:e], Party: m.party})
		}
	}
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

// capitalisedState reads the word at i of text (low is text lowercased,
// offsets kept) as a name of the lexicon's [state-capitalised] section:
// written as listed, not after a capitalised word of the same name
// ("Nguyễn Tuấn Anh", "Hoàng Anh Gia Lai") nor after a word in capitals
// ("LET US"), though after a capitalised closed word ("The US"), and not
// before a word the entry excludes ("các Anh hùng"). It returns the
// state's code and the word's end.
func (p *parser) capitalisedState(text, low string, i int) (string, int, bool) {
	e := wordEnd(low, i)
	cs, ok := p.lx.capStates[text[i:e]]
	if !ok {
		return "", 0, false
	}
	if i >= 2 && text[i-1] == ' ' && wordBefore(text, i-1) {
		ps := i - 1
		for wordBefore(text, ps) {
			_, n := utf8.DecodeLastRuneInString(text[:ps])
			ps -= n
		}
		if prev := text[ps : i-1]; isCapitalised(prev) && (!p.lx.closedWord(low[ps:i-1]) || len(prev) > 1 && strings.ToUpper(prev) == prev) {
			return "", 0, false
		}
	}
	if e+1 < len(text) && text[e] == ' ' {
		if next := low[e+1 : wordEnd(low, e+1)]; next != "" && slices.Contains(cs.notBefore, next) {
			return "", 0, false
		}
	}
	return cs.code, e, true
}

// capitalisedName reports whether word is listed in the lexicon's
// [state-capitalised] section: the name screens, built from the names
// matched in any case, do not know it.
func (p *parser) capitalisedName(word string) bool {
	if p.lx == nil {
		return false
	}
	_, ok := p.lx.capStates[word]
	return ok
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

// maxNameWord bounds the bytes of one word of a party name that
// eachPartyMention reads, so that a run of letters and hyphens as long as
// the text costs no more than a short one.
const maxNameWord = 48

// maxNameWords bounds the words of a state's name: "nước Cộng hòa xã hội
// chủ nghĩa Việt Nam" has nine (Vietnamese writes a word a syllable).
const maxNameWords = 9

// eachPartyMention finds names of states and organisations in text: runs
// of one to six capitalised words (with "of", "the", "and" inside) that
// ParseParty knows, longest first. It calls yield with each, in order, until
// yield returns false; offsets are shifted by base. It allocates nothing
// when text is the whole parsed text.
func (p *parser) eachPartyMention(text string, base int, yield func(Mention) bool) {
	names, first, whole := partyNames(), partyFirst(), partyWhole()
	var low string
	// A name starts a word. In the whole parsed text the tokens say where
	// words start, and the bytes between them are not read; in another
	// text every byte is.
	var toks []tok
	if base == 0 && len(text) == len(p.text) {
		low, toks = p.low, p.toks
	} else {
		low = lowerKeepOffsets(text)
	}
	tk := 0 // with toks, the token at i
	for i := 0; i < len(text); {
		if toks != nil {
			for tk < len(toks) && (int(toks[tk].s) < i || text[toks[tk].s] < utf8.RuneSelf && (text[toks[tk].s] < 'A' || text[toks[tk].s] > 'Z')) {
				tk++ // before i, or not capitalised
			}
			if tk == len(toks) {
				break
			}
			i = int(toks[tk].s)
		}
		if c := text[i]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
			i++ // not capitalised
			continue
		}
		if !isCapitalised(text[i:]) || wordBefore(text, i) {
			i++
			continue
		}
		if toks != nil && !p.unscreened {
			// The screen below, read from the token: its end is the
			// first word's end, unless a period or an apostrophe may
			// carry the word on ("U.S.", "O'Brien") or it is long.
			if te := int(toks[tk].e); te-i < maxNameWord/2 && (te == len(text) || text[te] != '.' && text[te] != '\'' && text[te] != "’"[0]) {
				if key, ok := namePrefixKey(low[i:]); (!ok || first[key]&lenBit(te-i) == 0) && !p.capitalisedName(text[i:te]) {
					i++ // no name starts so; the next token starts after this one
					continue
				}
			}
		}
		// Collect word ends.
		var endsBuf [maxNameWords + 2]int
		ends := endsBuf[:0]
		j := i
		wt := tk // with toks, the token at or after j
		for w := 0; w < maxNameWords && j < len(text); w++ {
			k := j
			if toks != nil {
				// The letters and digits of a token are passed at once.
				for wt < len(toks) && int(toks[wt].s) < j {
					wt++
				}
				if wt < len(toks) && int(toks[wt].s) == j && int(toks[wt].e)-j < maxNameWord {
					k = int(toks[wt].e)
				}
			}
			hyphen := -1
			for k < len(text) && k-j < maxNameWord {
				if n := wordRuneLen(text, k); n > 0 {
					k += n
					continue
				}
				switch {
				case text[k] == '-' && wordRuneLen(text, k+1) > 0:
					if hyphen < 0 {
						hyphen = k
					}
					k++
				case text[k] == '.' && k+1 < len(text) && text[k+1] >= 'A' && text[k+1] <= 'Z' && k-j == 1:
					k++ // "U.S", "U.K"
				case text[k] == '.' && k >= 2 && text[k-2] == '.':
					k++ // the last period of "U.S."
				case text[k] == '.' && k+1 < len(text) && text[k+1] == ' ' && k-j >= 2 && k-j <= 3 && isCapitalised(text[j:]):
					k++ // "St. Kitts and Nevis": an abbreviation inside a name
				case text[k] == '\'' || strings.HasPrefix(text[k:], "’"):
					n := 1
					if text[k] != '\'' {
						n = len("’")
					}
					if k+n < len(text) && text[k+n] == 's' && wordRuneLen(text, k+n+1) == 0 {
						// "People's Republic": the possessive may belong to
						// the name; the name may also end before it.
						ends = append(ends, k)
						k += n + 1
						continue
					}
					k += n
				default:
					goto done
				}
			}
		done:
			if k == j {
				break
			}
			if w == 0 && hyphen > 0 {
				ends = append(ends, hyphen) // "ASEAN-Russia": try "ASEAN" too
			}
			if k > j+1 && text[k-1] == '.' {
				ends = append(ends, k-1) // "U.S." at the end of a sentence: try "U.S" too
			}
			ends = append(ends, k)
			if w == 0 && !p.unscreened {
				// The screen below needs only the first end: when no
				// name starts so, the other words are not read.
				if key, ok := namePrefixKey(low[i:]); !ok || first[key]&lenBit(ends[0]-i) == 0 {
					ends = ends[:0]
					break
				}
			}
			if k >= len(text) || text[k] != ' ' {
				break
			}
			j = k + 1
		}
		matched := 0
		allEnds := ends
		key, ok := namePrefixKey(low[i:])
		if !p.unscreened && (!ok || len(ends) == 0 || first[key]&lenBit(ends[0]-i) == 0) {
			ends = ends[:0] // no name starts so: no lookups
		}
		for n := len(ends) - 1; n >= 0; n-- {
			if n > 0 && !p.unscreened && first[key]&lenBit(ends[n]-i) == 0 {
				continue // no name of this length starts so (ends grow: the key is the same)
			}
			if l := ends[n] - i; !p.unscreened && l >= 2 && (whole[key].lens&lenBit(l) == 0 || whole[key].last&lastBit(low[i:ends[n]]) == 0) {
				continue // nor of this length and last byte (a name of two bytes or more has the key of the text at i)
			}
			cand := text[i:ends[n]]
			if code, ok := names[low[i:ends[n]]]; ok {
				if last := lastWordOf(low[i:ends[n]]); p.lx != nil && p.lx.closedWord(last) {
					continue // "India and", "the Republic of"
				}
				if !yield(Mention{Kind: MentionParty, Start: base + i, End: base + ends[n], Text: cand, Party: Party{code}}) {
					return
				}
				matched = ends[n] - i
				break
			}
		}
		if matched == 0 && p.lx != nil && len(p.lx.nameEnds) > 0 && text[i] >= utf8.RuneSelf {
			// "Индонезии", "Социалистической Республики Вьетнам": a name
			// in another case, known by its words without their endings.
			stems := partyStems()[p.lx.lang]
			for n := min(len(allEnds), 4) - 1; n >= 0; n-- {
				if code, ok := stems[p.lx.stemPhrase(low[i:allEnds[n]])]; ok {
					if !yield(Mention{Kind: MentionParty, Start: base + i, End: base + allEnds[n], Text: text[i:allEnds[n]], Party: Party{code}}) {
						return
					}
					matched = allEnds[n] - i
					break
				}
			}
		}
		if matched == 0 && p.lx != nil && p.lx.capStates != nil {
			if code, e, ok := p.capitalisedState(text, low, i); ok {
				if !yield(Mention{Kind: MentionParty, Start: base + i, End: base + e, Text: text[i:e], Party: Party{code}}) {
					return
				}
				matched = e - i
			}
		}
		if matched > 0 {
			i += matched
			continue
		}
		if toks != nil {
			i++ // the next token starts after this word
			continue
		}
		for i < len(text) && wordRuneLen(text, i) > 0 {
			i += wordRuneLen(text, i)
		}
	}
}

// partyStems indexes, for each language whose lexicon lists case endings
// of names, the state names written in that language's script by their
// words without endings ("индонезия" and "индонезии" are both
// "индонези"). A key two states share indexes neither.
var partyStems = sync.OnceValue(func() map[string]map[string]string {
	out := map[string]map[string]string{}
	all, err := lexicons()
	if err != nil {
		return out
	}
	for lang, lx := range all {
		if len(lx.nameEnds) == 0 {
			continue
		}
		m := map[string]string{}
		for name, code := range partyNames() {
			if len(code) != 2 || !nonASCII(name) {
				continue
			}
			keys := []string{lx.stemPhrase(name)}
			if strings.Contains(name, "-") {
				// "Центрально-Африканская Республика" is written
				// "Центральноафриканской республики" too.
				keys = append(keys, lx.stemPhrase(strings.ReplaceAll(name, "-", "")))
			}
			for _, key := range keys {
				if old, ok := m[key]; ok && old != code {
					m[key] = ""
					continue
				}
				m[key] = code
			}
		}
		for k, v := range m {
			if v == "" {
				delete(m, k)
			}
		}
		out[lang] = m
	}
	return out
})

func nonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// probeYear is the year collectMentions reads days without a year in, to
// be moved to the year of the communiqué: a leap year, so that "29
// February" is read.
const probeYear = 2000

// addYearless gives each clause the days and months its text names
// without a year ("on July 10", "Chiều 17/8", "7 августа") in the year of
// Issued, marked Inferred, where no other mention holds them.
func (p *parser) addYearless(c *Communique) {
	if len(p.yearless) == 0 || c.Issued.IsZero() {
		return
	}
	shift := c.Issued.Start.Year() - probeYear
	j, k := 0, 0 // p.yearless and p.all, both sorted by Start, as the clauses are
	for si := range c.Sections {
		cls := c.Sections[si].Clauses
		for ci := range cls {
			cl := &cls[ci]
			var add []Mention
			for ; j < len(p.yearless) && p.yearless[j].Start < cl.End; j++ {
				m := p.yearless[j]
				if m.Start < cl.Start || m.End > cl.End {
					continue
				}
				for k < len(p.all) && p.all[k].End <= m.Start {
					k++
				}
				if k < len(p.all) && p.all[k].Start < m.End {
					continue // inside an instrument, a figure, a date
				}
				v := timeline.Span{Start: m.Value.Start.AddYears(shift), End: m.Value.End.AddYears(shift)}
				if v.Start.IsZero() || v.End.IsZero() {
					continue
				}
				add = append(add, Mention{Kind: MentionDate, Start: m.Start, End: m.End, Text: m.Text, Date: v, Inferred: true})
			}
			if len(add) > 0 {
				ms := append(slices.Clone(cl.Mentions), add...)
				slices.SortStableFunc(ms, func(a, b Mention) int { return a.Start - b.Start })
				cl.Mentions = ms
			}
		}
	}
}
