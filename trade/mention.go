package trade

import (
	"iter"

	"github.com/bilateral-go/bilateral/internal/decimal"
	"github.com/bilateral-go/bilateral/internal/textlang"
)

// MentionKind says what a figure mention measures.
type MentionKind uint8

// The kinds of figure mention.
const (
	MentionUnknown MentionKind = iota
	MentionMoney               // an amount of a currency: "$4.4 billion"
	MentionCount               // a count of a unit: "204,000 Russian citizens"
	MentionPercent             // a percentage: "24%"
	MentionPoints              // a difference of percentages: "2 percentage points"
)

var mentionKindNames = [...]string{"unknown", "money", "count", "percent", "points"}

// String returns "money", "count", "percent" or "points".
func (k MentionKind) String() string {
	if int(k) < len(mentionKindNames) {
		return mentionKindNames[k]
	}
	return "MentionKind(" + itoa(int(k)) + ")"
}

// Mention is a figure or a percentage found in text: its byte range
// [Start, End), the exact Text, and its value — Figure for money and counts,
// Rate for percentages and for percentage points (Kind [MentionPoints]: its value
// is then in points, which are not a percentage of anything).
//
// Qualifier is how the text bounds the true value ("more than 30%" is
// [Over], "some 10%" [About]). For money and counts it is
// Figure.Qualifier(), whose bounds follow it. A [Rate] keeps the bounds of
// the number as written (30% is 29.5 to 30.5): a percentage's qualifier is
// carried by the Mention only.
type Mention struct {
	Start     int
	End       int
	Text      string
	Kind      MentionKind
	Figure    Figure
	Rate      Rate
	Qualifier Qualifier
}

// maxText is the longest text ExtractFigures reads.
const maxText = 64 << 20

// ExtractFigures yields the money amounts, counts and percentages of English
// text in order, with byte offsets. It reads what [ParseFigure] and
// [ParseRate] read, in running text:
//
//	$4.4 billion   US$ 40 billion   £3billion   USD 10 bn   €2.5m   Rs 3,20,000 crore   ₹2 lakh crore
//	4.4 billion USD   500 crore rupees   half a billion dollars   2 million Australian dollars
//	over $1 billion   at least 300 projects   nearly $3 billion   up to 15 flights
//	329 lives   100 British companies   5,000 work and holiday visas   thirty-three (33) agreements
//	hundreds of students (over 200)   $3–4 billion   between 10 and 15 percent   from 200 to 250 projects
//	8.3%   24 percent   82 per cent   3 pc   20.1 pct   fell 3.2%   a 3.2% decline   doubled   2 percentage points
//	13.8 Trillion Won   $3Bln   Rs. 1400 cr   VND748.98 billion   VND20.12T   6-trillion-yen   707 million pesos
//	23-point-one billion U.S. dollars   point-two percent   412 000 jobs   nearly 200 ha   a 300-ha park
//
// A qualifier before the figure ("over", "more than", "nearly", "about",
// …, also across a line break) is part of the mention and sets the
// figure's bounds; the verbs "exceeded" and "surpassed" just before a
// figure make it a lower bound without being part of the text; a
// qualifier before a percentage is the Mention's ([Mention]). A verb of
// falling makes a percentage negative, and the ones listed after it
// ("dropped 22.5% and 15.1%"); after a verb of change, "£0.2 billion to
// £15.4 billion" is two figures, not a range. "$" alone is USD;
// [ExtractFiguresWith] reads it as another dollar.
//
// A number is reported only with a currency, a percent sign or a counted
// noun: a plural noun after it, past up to three modifiers ("100 British
// companies" counts companies, [CountUnit]). Years ("in 2024 companies"),
// ordinals ("the 75th"), ratios ("1 in 4 jobs"), durations and ages ("32 years", "10 days"),
// designators ("Article 5 countries", "No. 3"), clock times ("10:30") and
// multipliers ("3 times") are not counts. Text over 64 MiB yields nothing.
func ExtractFigures(text string) iter.Seq[Mention] {
	return ExtractFiguresWith(text, FigureOptions{})
}

// ExtractFiguresWith is [ExtractFigures] with options: Dollar sets the
// currency of a bare "$" and of "dollars"; Language the language of the
// text (by default detected from it). Vietnamese and Russian figures are
// read with their own conventions ("4,4 tỷ USD", "204.000"; "4,4 млрд
// долларов", "204 000") and words (words/vi.txt, words/ru.txt): a number
// with a currency, a percent word or a listed count noun after it (past
// up to two other words: "204 тыс. российских туристов"), or with a scale
// word alone ("почти 3 млрд": a Count with the zero Unit, whose unit the
// context gives). A number written in words counts before a scale word
// ("hai tỷ USD", "более двух миллиардов долларов", "полтора миллиона
// туристов"); alone ("hai bên", "две страны") it is no figure.
func ExtractFiguresWith(text string, opts FigureOptions) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		if len(text) > maxText {
			return
		}
		o := &opts
		if l := o.textLang(text); l != textlang.English {
			extractLex(text, lexiconOf(l), o, yield)
			return
		}
		fallEnd := -1 // the end of the last percentage a verb of falling made negative
		for i := 0; i < len(text); {
			if !mayStart[text[i]] {
				i++ // startAt says i+1, false
				continue
			}
			next, ok := startAt(text, i)
			if !ok {
				i = next
				continue
			}
			m, fell, ok := mentionAt(text, i, o, fallEnd)
			if !ok {
				i = next
				continue
			}
			if !yield(m) {
				return
			}
			fallEnd = -1
			if fell {
				fallEnd = m.End
			}
			i = max(m.End, i+1)
		}
	}
}

// mayStart holds the bytes startAt may accept or skip more than one byte
// from: letters, digits, "$" and the lead bytes of "£", "¥", "€", "₹", ….
// For any other byte it says i+1, false.
var mayStart = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isAlnumB(byte(c)) || c == '$' || c == 0xC2 || c == 0xE2
	}
	return t
}()

// startAt reports whether a figure may start at i, and otherwise where to
// look next: digits, currency symbols and codes at the start of a word,
// number words, and the words "doubled", "tripled", "quadrupled",
// "halved".
func startAt(s string, i int) (next int, ok bool) {
	c := s[i]
	if i > 0 {
		p := s[i-1]
		if isAlnumB(p) {
			if isAlnumB(c) {
				return letterOrDigitEnd(s, i), false
			}
			return i + 1, false
		}
		if (p == '.' || p == ',' || p == '+') && isDigitB(c) && i > 1 && isDigitB(s[i-2]) {
			return letterOrDigitEnd(s, i), false // "4.4", "2+2 Dialogue"
		}
	}
	switch {
	case isDigitB(c):
		return letterOrDigitEnd(s, i), true
	case c == '$' || c == 0xC2 || c == 0xE2:
		return i + 1, true
	case (c|0x20) >= 'a' && (c|0x20) <= 'z':
		e := letterEnd(s, i)
		if e-i > 10 {
			return e, false
		}
		if e < len(s) && (s[e] == '$' || s[e] == 0xC2 || isDigitB(s[e]) || s[e] == '.' && e-i == 2) {
			return e, true // "US$", "CN¥", "R5", "Rs."
		}
		if e-i == 3 && isUpper3(s[i:e]) {
			return e, true
		}
		switch k, _ := startIndex.lookup(s[i:e]); k {
		case startWord:
			return e, true
		case startPoint:
			return e, hasPrefixAt(s, e, "-")
		case startArticle:
			// "a" and "an" start a figure only before "dozen" or a scale
			// word ("a billion"): spelledAt reads nothing else after them.
			if e+1 >= len(s) || s[e] != ' ' {
				return e, false
			}
			je := letterEnd(s, e+1)
			if equalFoldASCII(s[e+1:je], "dozen") {
				return e, true
			}
			exp, long := scaleOf(s[e+1 : je])
			return e, exp != 0 && long
		}
		return e, false
	}
	return i + 1, false
}

// The kinds of word startAt looks up.
const (
	startNone    = iota
	startWord    // a number word, a multiplier, a vague plural, "half", "rs"
	startPoint   // "point", before "-"
	startArticle // "a", "an"
)

// startIndex holds the words a figure may start with, by kind.
var startIndex = func() *foldIndex[int] {
	m := map[string]int{"half": startWord, "rs": startWord, "point": startPoint, "a": startArticle, "an": startArticle}
	for w := range numberWords {
		m[w] = startWord
	}
	for w := range vagueWords {
		m[w] = startWord
	}
	for w := range multiplierWords {
		m[w] = startWord
	}
	return newFoldIndex(m)
}()

func letterOrDigitEnd(s string, i int) int {
	for i < len(s) && (isAlnumB(s[i]) || (s[i] == '.' || s[i] == ',') && i+1 < len(s) && isDigitB(s[i+1])) {
		i++
	}
	return i
}

// multiplierWords are the verbs of multiplication, with the change in
// percent each states.
var multiplierWords = map[string]int64{"doubled": 100, "tripled": 200, "trebled": 200, "quadrupled": 300, "halved": -50}

var multiplierIndex = newFoldIndex(multiplierWords)

// multiplierWord returns the change in percent a verb of multiplication
// states, in any case: "doubled" +100, "tripled" +200, "quadrupled" +300,
// "halved" −50; 0 for any other word.
func multiplierWord(w string) int64 {
	k, _ := multiplierIndex.lookup(w)
	return k
}

func isDigitB(c byte) bool { return c >= '0' && c <= '9' }
func isAlnumB(c byte) bool { return isDigitB(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// mentionAt reads the mention whose number starts at i. fallEnd is the end
// of the previous mention when a verb of falling made it negative, or -1:
// a percentage joined to it by "and" or a comma falls too. fell reports
// that a verb or noun of falling made the mention negative.
func mentionAt(s string, i int, o *FigureOptions, fallEnd int) (m Mention, fell, ok bool) {
	if (s[i]|0x20) >= 'a' && (s[i]|0x20) <= 'z' {
		e := letterEnd(s, i)
		if k := multiplierWord(s[i:e]); k != 0 && (e == len(s) || !isAlnumB(s[e])) {
			r, err := newRate(decimal.MustNew(k, 0), decimal.D{})
			if err != nil {
				return Mention{}, false, false
			}
			return Mention{Start: i, End: e, Text: s[i:e], Kind: MentionPercent, Rate: r}, false, true
		}
	}
	pw, pws := wordBefore(s, i)
	between := equalFoldASCII(pw, "between")
	p, reason := readPhrase(s, i, o, extractMode, between)
	if !reason.ok() || p.kind == MentionUnknown {
		return Mention{}, false, false
	}
	if p.isRange && p.kind != MentionPercent && p.kind != MentionPoints && hasPrefixAt(s, p.firstEnd, " to ") && changeVerbBefore(s, i) {
		// "rose £0.2 billion to £15.4 billion": a change and a level.
		p, reason = readPhrase(s[:p.firstEnd], i, o, extractMode, false)
		if !reason.ok() || p.kind == MentionUnknown {
			return Mention{}, false, false
		}
	}
	start := i
	switch p.kind {
	case MentionPercent, MentionPoints:
		return rateMention(s, &p, pw, pws, fallEnd)
	case MentionCount:
		if notCountContext(s, i, &p, pw) {
			return Mention{}, false, false
		}
	}
	q, qs := qualifierBefore(s, i)
	switch {
	case p.isRange && (between || equalFoldASCII(pw, "from")):
		start = pws
	case p.isRange:
	case qs >= 0:
		start = min(start, qs)
	}
	end := p.end
	if !p.isRange && q == AsReported {
		// "$5 billion or more": a qualifier after the whole figure.
		if sp := spaceAt(s, end); sp > 0 {
			if e, qe := qualifierEndWords.matchAt(s, end+sp); qe > 0 {
				q, end = e.qual, qe
			}
		}
	}
	m = Mention{Start: start, End: end, Text: s[start:end], Kind: p.kind}
	if err := m.Figure.setPhrase(&p, q); err != nil {
		return Mention{}, false, false
	}
	m.Qualifier = m.Figure.qual
	return m, false, true
}

// changeWords are verbs of change: a range after them ("rose £0.2 billion
// to £15.4 billion") is a change and the level it reached, two figures.
var changeWords = [...]string{"rose", "risen", "rise", "rises", "increased", "increase", "grew", "grown", "jumped",
	"climbed", "gained", "added", "fell", "fallen", "dropped", "declined", "decreased", "slipped", "narrowed",
	"widened", "expanded", "up", "down"}

// changeVerbBefore reports whether a verb of change ends one space before i.
func changeVerbBefore(s string, i int) bool {
	w, _ := wordBefore(s, i)
	for _, c := range changeWords {
		if equalFoldASCII(w, c) {
			return true
		}
	}
	return false
}

// wordBefore returns the word that ends one space before i, and its start.
func wordBefore(s string, i int) (string, int) {
	if i < 2 || s[i-1] != ' ' {
		return "", i
	}
	j := i - 1
	for j > 0 && j > i-20 && isAlnumB(s[j-1]) || j > 1 && s[j-1] == '.' && isAlnumB(s[j-2]) {
		j--
	}
	return s[j : i-1], j
}

// designators are words before a number that make it a name or a time,
// not a count: "Article 5", "No. 3", "in 2024".
var designators = map[string]bool{
	"article": true, "articles": true, "paragraph": true, "section": true, "chapter": true, "clause": true,
	"no": true, "no.": true, "nos.": true, "number": true, "item": true, "annex": true, "part": true, "page": true,
	"resolution": true, "decree": true, "law": true, "rule": true, "phase": true, "stage": true, "level": true,
	"grade": true, "round": true, "session": true, "volume": true, "vol.": true, "case": true, "type": true,
	"room": true, "gate": true, "terminal": true, "route": true, "aged": true, "age": true, "ages": true,
	"at": true, "circular": true, "step": true,
}

// yearWords are the words before a four-digit number that make it a year.
var yearWords = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "before": true, "after": true,
	"during": true, "of": true, "from": true, "to": true, "early": true, "late": true, "mid": true, "year": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "fiscal": true,
	"and": true, "through": true, "between": true, "for": true, "on": true,
}

// notCountContext reports whether a count is none: the word before makes
// its number a designator, a year or an age, a determiner makes a number
// in words a reference ("the two sides"), or a capitalised noun makes it
// part of a name ("the 1982 United Nations Convention").
func notCountContext(s string, i int, p *phrase, before string) bool {
	w := before // compared in any case
	if before == "No." || before == "no." {
		return true
	}
	if designatorIndex.has(w) {
		return true
	}
	if equalFoldASCII(w, "in") && i >= len(before)+2 {
		// "1 in 4 Australian jobs": a ratio.
		if w2, _ := wordBefore(s, i-1-len(before)); w2 != "" && (isDigitB(w2[len(w2)-1]) || numberWord(w2) > 0) {
			return true
		}
	}
	if p.proper || p.spelled && determinerIndex.has(w) {
		return true
	}
	return p.year && (yearWordIndex.has(w) || i > 0 && (s[i-1] == ',' || s[i-1] == '('))
}

// determiners before a number in words make it a reference to things
// already known, not a figure: "the two countries", "both sides".
var determiners = map[string]bool{
	"the": true, "these": true, "those": true, "its": true, "their": true, "our": true, "his": true, "her": true,
	"my": true, "your": true, "both": true, "all": true,
}

// fallWords are the words before a percentage that make it a fall: the
// fall entries of words/en.txt.
var fallWords = lexiconOf(textlang.English).fall.exact

var (
	designatorIndex = newFoldSet(designators)
	yearWordIndex   = newFoldSet(yearWords)
	determinerIndex = newFoldSet(determiners)
	fallIndex       = newFoldIndex(fallWords)
)

// fallNouns are the nouns after a percentage that make it a fall: "a 3.2%
// decline".
var fallNouns = [...]string{" decline", " decrease", " drop", " fall", " contraction", " reduction", " loss", " cut"}

// rateMention makes a percent or points mention of p: a sign before the
// number, a verb of falling before it ("fell 3.2%", "decreased by 3.2%")
// or a noun of falling after it ("a 3.2% decline") make it negative, and
// are part of the text, as is a qualifier ("more than 30%", "fell by
// about 3%"). A percentage joined by "and" or a comma to one a verb made
// negative falls too ("dropped 22.5% and 15.1%"); fallEnd is where that
// one ends, or -1.
func rateMention(s string, p *phrase, pw string, pws int, fallEnd int) (m Mention, fell, ok bool) {
	start, end := p.start, p.end
	neg := false
	q := p.qual
	if start > 0 && (s[start-1] == '-' || s[start-1] == '+') && (start == 1 || s[start-2] == ' ' || s[start-2] == '(') && !p.isRange {
		start--
		neg = s[start] == '-'
	} else {
		w, ws := pw, pws
		if !p.isRange {
			if qq, qs := qualifierBefore(s, start); qs >= 0 {
				q = qq
				if qs < start {
					start = qs
					w, ws = wordBefore(s, qs)
				}
			}
		}
		if equalFoldASCII(w, "by") {
			w, ws = wordBefore(s, ws)
		}
		if fallIndex.has(w) {
			start, neg, fell = ws, true, true
		}
		if !neg && fallEnd >= 0 && fallEnd <= start && joined(s[fallEnd:start]) {
			neg, fell = true, true
		}
		if !neg && end < len(s) && s[end] == ' ' { // every fall noun starts with a space
			for _, f := range fallNouns {
				if hasPrefixAt(s, end, f) && (end+len(f) == len(s) || !isAlnumB(s[end+len(f)])) {
					end, neg = end+len(f), true
					break
				}
			}
		}
	}
	r, err := p.rate(neg)
	if err != nil {
		return Mention{}, false, false
	}
	if p.isRange && (equalFoldASCII(pw, "between") || equalFoldASCII(pw, "from")) {
		start = pws
	}
	return Mention{Start: start, End: end, Text: s[start:end], Kind: p.kind, Rate: r, Qualifier: q}, fell, true
}

// joined reports whether gap, the text between two percentages, joins
// them in one list: " and ", ", ", ", and ", " or ".
func joined(gap string) bool {
	switch gap {
	case " and ", ", ", ", and ", " or ", " and by ", ", and by ":
		return true
	}
	return false
}

// rate returns the percentage p reads: whole percents have step 1 ("20%"
// is 19.5 to 20.5, unlike the count "20 visas"), a range has its two
// numbers as bounds.
func (p *phrase) rate(neg bool) (Rate, error) {
	one := decimal.MustNew(1, 0)
	step := p.step
	if step.Cmp(one) > 0 {
		step = one
	}
	if p.isRange {
		return newRangeRate(p.value, p.hi, step, neg)
	}
	v := p.value
	if neg {
		v = v.Neg()
	}
	return newRate(v, step)
}
