package trade

import (
	"github.com/bilateral-go/bilateral/internal/decimal"
)

// failure says why a phrase was not read, without allocating: its message
// is head, the quoted input, tail, and more. The zero failure is success.
type failure struct{ head, quoted, tail, sep, more string }

func (f failure) ok() bool { return f.head == "" }

// String returns the message of f.
func (f failure) String() string {
	s := f.head
	if f.quoted != "" {
		s += quoteInput(f.quoted)
	}
	return s + f.tail + f.sep + f.more
}

// amount is a number read from text with its currency prefix and scale.
type amount struct {
	value, step decimal.D
	unit        Unit // a currency written before the number
	start, end  int
	scale       int  // the power of ten of its scale words
	vague       bool // "hundreds of": a lower bound
	spelled     bool // written in words
	year        bool // four digits that may be a year
}

// amountAt reads a number at s[i:]: an optional currency symbol or code
// ("$", "US$ ", "USD ", "Rs "), digits or words, and scale words ("bn",
// " billion", " lakh crore"). reason says why nothing was read; it is ""
// with ok true.
func amountAt(s string, i int, o *FigureOptions) (a amount, reason failure) {
	a.start = i
	j := i
	attached := false // a code written against its number: "VND748.98 billion"
	if u, n := currencyPrefix(s[i:], o); n > 0 {
		a.unit, j = u, i+n
	} else if i+4 < len(s) && isUpper3(s[i:i+3]) && (s[i+3] == ' ' || isDigitB(s[i+3])) {
		u, ok := codeUnit(s[i : i+3])
		if !ok {
			return a, failure{"unknown currency ", s[i : i+3], "", "", ""}
		}
		a.unit, j = u, i+4
		if isDigitB(s[i+3]) {
			j, attached = i+3, true
		}
	}
	if !a.unit.IsZero() && j+1 < len(s) && s[j] == ' ' && isDigitB(s[j+1]) {
		j++ // "US$ 40 billion", "Rs 500 crore"
	}
	numStart := j
	if v, st, e, ok := spaceGrouped(s, j); ok {
		// "412 000", "16 000": groups of three after a space.
		a.value, a.step = v, st
		j = e
	} else if j < len(s) && (isDigitB(s[j]) || (s[j] == '-' || s[j] == '+' || s[j] == '.') && a.unit.IsZero() && j == i) {
		num, _ := cutNumber(s[j:])
		if num == "" {
			return a, failure{"no number", "", "", "", ""}
		}
		v, st, ok := fastNumber(num)
		if !ok {
			var r string
			if v, st, r = readNumber(num); r != "" {
				if v, st, ok = indianNumber(num); !ok {
					return a, failure{r, "", "", "", ""}
				}
			}
		}
		a.value, a.step = v, st
		j += len(num)
		a.year = len(num) == 4 && num[0] != '-' && num[0] != '+' && !hasByte(num, '.')
	} else if sp, ok := spelledAt(s, j); ok && a.unit.IsZero() || ok && !sp.vague {
		a.value, _ = decimal.New(sp.value, 0)
		a.step, _ = decimal.New(sp.step, 0)
		a.vague, a.spelled = sp.vague, true
		j = sp.end
		// "thirty-three (33)": the digits repeat the words.
		if !sp.vague && hasPrefixAt(s, j, " (") {
			k := j + 2
			for k < len(s) && (isDigitB(s[k]) || s[k] == ',') {
				k++
			}
			if k > j+2 && k < len(s) && s[k] == ')' {
				if v, _, ok := fastNumber(s[j+2 : k]); ok && v == a.value {
					j = k + 1
				}
			}
		}
	} else if hasPrefixAt(s, j, "point-") || hasPrefixAt(s, j, "Point-") {
		// "point-two percent": a decimal in words below one.
		v, st, e, ok := pointDecimal(s, j+len("point-"), decimal.D{})
		if !ok {
			return a, failure{"no number", "", "", "", ""}
		}
		a.value, a.step, j = v, st, e
	} else {
		return a, failure{"no number", "", "", "", ""}
	}
	if j == numStart {
		return a, failure{"no number", "", "", "", ""}
	}
	// A decimal in words: "23-point-one", "three-point-seven".
	if !a.vague && hasPrefixAt(s, j, "-point-") && !hasByte(s[numStart:j], '.') {
		if v, st, e, ok := pointDecimal(s, j+len("-point-"), a.value); ok {
			a.value, a.step, a.spelled, j = v, st, false, e
		}
	}
	// Scale: attached ("4.4bn", "£3billion") or after one space.
	if !a.spelled && j < len(s) && isAlnumB(s[j]) {
		k := letterEnd(s, j)
		if k < len(s) && isAlnumB(s[k]) {
			return a, failure{"unexpected ", s[j:], " after the number", "", ""}
		}
		exp, _ := scaleOf(s[j:k])
		if exp < 3 {
			return a, failure{"unexpected ", s[j:], " after the number", "", ""}
		}
		a.scale, j = exp, k
	}
	for n := 0; n < 2 && !a.vague; n++ {
		if j >= len(s) || s[j] != ' ' && s[j] != '-' {
			break
		}
		k := letterEnd(s, j+1)
		if k < len(s) && isAlnumB(s[k]) {
			break
		}
		exp, long := scaleOf(s[j+1 : k])
		if exp < 3 || !long && (k-j-1 < 2 || s[j] == '-') || a.spelled && a.scale == 0 && n == 0 && exp < 5 {
			break
		}
		if a.scale > 0 && exp <= 3 {
			break
		}
		a.scale += exp
		j = k
	}
	if a.scale > 0 {
		var err error
		if a.value, err = a.value.Shift(a.scale); err != nil {
			return a, failure{"value out of range", "", "", "", ""}
		}
		if a.step, err = a.step.Shift(a.scale); err != nil {
			return a, failure{"value out of range", "", "", "", ""}
		}
	}
	if attached && a.scale == 0 && j-numStart < 3 {
		// "COP26", "G20": a name, not an amount.
		return a, failure{"no number", "", "", "", ""}
	}
	a.end = j
	return a, failure{}
}

// isGroupSpace returns the length of a space that separates groups of
// three digits at s[j:] — a space, a no-break space U+00A0, a thin space
// U+2009 or a narrow no-break space U+202F — or 0.
func isGroupSpace(s string, j int) int {
	switch {
	case j >= len(s):
	case s[j] == ' ':
		return 1
	case hasPrefixAt(s, j, "\u00a0"):
		return 2
	case hasPrefixAt(s, j, "\u2009"), hasPrefixAt(s, j, "\u202f"):
		return 3
	}
	return 0
}

// spaceGrouped reads digits grouped in threes by spaces at s[j:] ("412
// 000", "1 500 000"): one to three digits, then groups of three, not
// followed by a digit, a point or a comma and digit. It gives the value
// and the step of an integer, and ok false for any other text (a lone
// group: "241", or a year: "2019 200").
func spaceGrouped(s string, j int) (value, step decimal.D, end int, ok bool) {
	k := j
	for k < len(s) && isDigitB(s[k]) && k-j < 4 {
		k++
	}
	if k == j || k-j > 3 {
		return value, step, j, false
	}
	var c int64
	n, zeros, groups := 0, 0, 0
	add := func(from, to int) {
		for x := from; x < to; x++ {
			c = c*10 + int64(s[x]-'0')
			n++
			if s[x] == '0' {
				zeros++
			} else {
				zeros = 0
			}
		}
	}
	add(j, k)
	for n < 16 {
		w := isGroupSpace(s, k)
		if w == 0 || k+w+3 > len(s) || !isDigitB(s[k+w]) || !isDigitB(s[k+w+1]) || !isDigitB(s[k+w+2]) ||
			k+w+3 < len(s) && isDigitB(s[k+w+3]) {
			break
		}
		add(k+w, k+w+3)
		k += w + 3
		groups++
	}
	if groups == 0 || k < len(s) && (s[k] == '.' || s[k] == ',') && k+1 < len(s) && isDigitB(s[k+1]) {
		return value, step, j, false
	}
	exp := min(zeros, n-1)
	if c == 0 {
		exp = 0
	}
	value, err1 := decimal.New(c, 0)
	step, err2 := decimal.New(1, exp)
	return value, step, k, err1 == nil && err2 == nil
}

// digitWords are the digits in words that a decimal in words is made of.
var digitWords = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

// pointDecimal reads the digits in words after "-point-" at s[j:]
// ("one", "two-five") and returns whole plus that fraction, with the step
// of its last digit.
func pointDecimal(s string, j int, whole decimal.D) (value, step decimal.D, end int, ok bool) {
	var frac int64
	n := 0
	end = j
	for k := j; n < 6; {
		e := letterEnd(s, k)
		d := -1
		for x, w := range digitWords {
			if e-k == len(w) && equalFoldASCII(s[k:e], w) {
				d = x
				break
			}
		}
		if d < 0 {
			break
		}
		frac = frac*10 + int64(d)
		n++
		end = e
		if e+1 >= len(s) || s[e] != '-' {
			break
		}
		k = e + 1
	}
	if n == 0 {
		return value, step, j, false
	}
	f, err := decimal.New(frac, -n)
	if err != nil {
		return value, step, j, false
	}
	if value, err = whole.Add(f); err != nil {
		return value, step, j, false
	}
	step, err = decimal.New(1, -n)
	return value, step, end, err == nil
}

func hasByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// indianNumber reads digits grouped the Indian way, a group of three after
// groups of two ("3,20,000", "1,00,00,000"), with the step of an integer.
func indianNumber(num string) (value, step decimal.D, ok bool) {
	var c int64
	n, zeros, group, groups := 0, 0, 0, 0
	for i := 0; i < len(num); i++ {
		b := num[i]
		switch {
		case b >= '0' && b <= '9':
			if n == 18 {
				return value, step, false
			}
			c = c*10 + int64(b-'0')
			n++
			group++
			if b == '0' {
				zeros++
			} else {
				zeros = 0
			}
		case b == ',':
			if groups == 0 && (group < 1 || group > 2) || groups > 0 && group != 2 {
				return value, step, false
			}
			groups++
			group = 0
		default:
			return value, step, false
		}
	}
	if groups < 2 || group != 3 {
		return value, step, false
	}
	exp := min(zeros, n-1)
	if c == 0 {
		exp = 0
	}
	value, err1 := decimal.New(c, 0)
	step, err2 := decimal.New(1, exp)
	return value, step, err1 == nil && err2 == nil
}

// phrase is a figure read from text: an amount or a range of two, and
// what follows it (a currency, a counted noun, a percent sign).
type phrase struct {
	start, end int
	kind       MentionKind
	qual       Qualifier
	value      decimal.D // the lower number of a range
	step       decimal.D
	hi         decimal.D // the upper number of a range
	isRange    bool
	firstEnd   int // the end of the first number of a range
	unit       Unit
	year       bool // a bare four-digit integer
	spelled    bool // written in words
	proper     bool // the counted noun is capitalised: a name
}

// readMode says how much a phrase must hold.
type readMode uint8

const (
	extractMode readMode = iota // text: a unit is needed, a counted noun must be plural
	wholeMode                   // ParseFigure: all of s, any noun
)

// rangeSep returns the length of a range separator at s[j:] ("–", "-",
// " - ", " to ", " and " after "between"), or 0.
func rangeSep(s string, j int, between bool) int {
	switch {
	case hasPrefixAt(s, j, "–"), hasPrefixAt(s, j, "—"):
		return len("–")
	case hasPrefixAt(s, j, "-") && j+1 < len(s) && s[j+1] != ' ':
		return 1
	case hasPrefixAt(s, j, " – "), hasPrefixAt(s, j, " — "):
		return len(" – ")
	case hasPrefixAt(s, j, " - "):
		return 3
	case hasPrefixAt(s, j, " to "):
		return 4
	case between && hasPrefixAt(s, j, " and "):
		return 5
	}
	return 0
}

// readPhrase reads a figure whose number starts at i. between says that
// "between" came before it, so " and " joins a range.
func readPhrase(s string, i int, o *FigureOptions, mode readMode, between bool) (p phrase, reason failure) {
	a, reason := amountAt(s, i, o)
	if !reason.ok() {
		return p, reason
	}
	p.start, p.end = i, a.end
	p.value, p.step, p.unit, p.year = a.value, a.step, a.unit, a.year && a.unit.IsZero() && a.scale == 0
	p.spelled = a.spelled
	if a.vague {
		p.qual = QualifierOver
	}
	// A range: "$3–4 billion", "10 to 15", "between 10 and 15".
	if n := rangeSep(s, a.end, between); n > 0 && !a.vague {
		b, r := amountAt(s, a.end+n, o)
		if r.ok() && !b.vague && (b.unit.IsZero() || a.unit.IsZero() || b.unit == a.unit) {
			if a.scale == 0 && b.scale > 0 { // "$3–4 billion": the scale is shared
				a.value, _ = a.value.Shift(b.scale)
				a.step, _ = a.step.Shift(b.scale)
			}
			if a.value.Cmp(b.value) < 0 {
				p.value, p.hi, p.isRange, p.qual = a.value, b.value, true, QualifierBetween
				p.step = a.step
				if b.step.Cmp(a.step) < 0 {
					p.step = b.step
				}
				if p.unit.IsZero() {
					p.unit = b.unit
				}
				p.firstEnd = a.end
				p.end, p.year = b.end, false
			}
		}
	}
	j := p.end
	// Percent.
	if p.unit.IsZero() {
		if k := percentAt(s, j); k > 0 {
			p.kind, p.end = MentionPercent, k
			return p, failure{}
		}
		if k := pointsAt(s, j); k > 0 {
			p.kind, p.end = MentionPoints, k
			return p, failure{}
		}
	}
	if j < len(s) && s[j] == '%' {
		return p, failure{"unexpected ", "%", " after the number", "", ""}
	}
	// A currency after the number: "4.4 billion USD", "500 crore rupees".
	if j+1 < len(s) && s[j] == ' ' {
		if e := letterEnd(s, j+1); e-j-1 == 3 && (e == len(s) || !isAlnumB(s[e])) && isUpper3(s[j+1:e]) {
			u, ok := codeUnit(s[j+1 : e])
			if !ok {
				if mode == wholeMode {
					return p, failure{"unknown unit ", s[j+1:], "", "", ""}
				}
				goto noun
			}
			if !p.unit.IsZero() && u != p.unit {
				return p, failure{"two units: ", "", p.unit.code, " and ", u.code}
			}
			p.unit, p.end, p.kind = u, e, MentionMoney
			return p, failure{}
		}
		if u, e := currencyNameAt(s, j+1, o); e > 0 && (p.unit.IsZero() || u == p.unit) {
			if p.unit.IsZero() && a.scale == 0 && !p.isRange && mode == extractMode {
				// "two (2) yen loan projects": the currency names a kind
				// of the counted noun.
				if cu, ce := countedNoun(s, e, mode); ce > 0 {
					p.unit, p.end, p.kind = cu, ce, MentionCount
					p.proper = properNoun(s, ce)
					return p, failure{}
				}
			}
			p.unit, p.end, p.kind = u, e, MentionMoney
			return p, failure{}
		}
	}
	// "6-trillion-yen": a currency name in a compound.
	if j+1 < len(s) && s[j] == '-' && p.unit.IsZero() {
		if u, e := currencyNameAt(s, j+1, o); e > 0 {
			p.unit, p.end, p.kind = u, e, MentionMoney
			return p, failure{}
		}
	}
noun:
	if !p.unit.IsZero() {
		p.kind = MentionMoney
		return p, failure{}
	}
	// A counted noun after up to three words ("100 British companies",
	// "5,000 work and holiday visas").
	if u, e := countedNoun(s, j, mode); e > 0 {
		p.unit, p.end, p.kind = u, e, MentionCount
		p.proper = p.year && s[letterStart(s, e)] < 'a' || properNoun(s, e)
		return p, failure{}
	}
	if mode == wholeMode {
		return p, failure{}
	}
	return p, failure{"no unit", "", "", "", ""}
}

// properNoun reports whether the counted noun ending at e is capitalised
// and followed by another capitalised word: a name ("the 1982 United
// Nations Convention", "the 100 Days Plan"). A capitalised noun alone is a
// style ("33 Agreements and Memoranda", "eight Ministers").
func properNoun(s string, e int) bool {
	st := letterStart(s, e)
	for st < e && s[st] == '-' {
		st++
	}
	if st == e || s[st] < 'A' || s[st] > 'Z' {
		return false
	}
	return e+1 < len(s) && s[e] == ' ' && s[e+1] >= 'A' && s[e+1] <= 'Z'
}

// modifierStop are words that end a noun phrase: a number followed by
// them is not a count of what comes after.
var modifierStop = map[string]bool{
	"of": true, "the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"with": true, "by": true, "from": true, "than": true, "or": true, "per": true, "were": true, "was": true,
	"are": true, "is": true, "be": true, "been": true, "that": true, "which": true, "who": true, "this": true,
	"these": true, "those": true, "it": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"as": true, "into": true, "over": true, "under": true, "about": true, "have": true, "has": true, "had": true,
	"will": true, "would": true, "and": false, "not": true, "up": true, "down": true, "out": true, "each": true,
	"more": true, "less": true, "percent": true, "cent": true, "old": true, "ago": true, "later": true,
}

// maxModifiers is how many words may stand between a number and its
// counted noun, "and" not counted.
const maxModifiers = 3

// countedNoun reads the noun phrase after a number at s[j:] (after one
// space) and returns the unit of its head noun and its end, or end 0. In
// text the head is the first plural count noun within maxModifiers words;
// in wholeMode it is the last word, singular or plural.
func countedNoun(s string, j int, mode readMode) (Unit, int) {
	pos := j
	if pos+1 < len(s) && s[pos] == '-' {
		// "a 300-ha park": only a measure makes a compound a count.
		e := letterEnd(s, pos+1)
		if u, ok := measureUnit(s[pos+1 : e]); ok && (e == len(s) || !isAlnumB(s[e])) {
			return u, e
		}
		return Unit{}, 0
	}
	for k := 0; k <= maxModifiers+1; k++ {
		if pos+1 >= len(s) || s[pos] != ' ' {
			return Unit{}, 0
		}
		e := pos + 1
		for e < len(s) && ((s[e]|0x20) >= 'a' && (s[e]|0x20) <= 'z' || s[e] == '-' && e+1 < len(s) && (s[e+1]|0x20) >= 'a' && (s[e+1]|0x20) <= 'z') {
			e++
		}
		if e == pos+1 || e < len(s) && (isDigitB(s[e]) || s[e] == '\'' || s[e] == '-') {
			return Unit{}, 0
		}
		w := s[pos+1 : e]
		if mode == wholeMode {
			if e == len(s) || hasPrefixAt(s, e, " step ") {
				u, _, ok := countNounUnit(w)
				if !ok {
					return Unit{}, 0
				}
				return u, e
			}
		} else {
			if modifierStopIndex.has(w) {
				return Unit{}, 0
			}
			if equalFoldASCII(w, "and") {
				k--
			} else if u, ok := measureUnit(w); ok && k == 0 {
				return u, e // "nearly 200 ha"
			} else if u, ok := pluralNounUnit(w); ok {
				return u, e
			}
		}
		pos = e
	}
	return Unit{}, 0
}

// measures are the units of area and length a number is a count of,
// singular, plural or abbreviated: "200 ha", "a 300-ha park", "5 km".
var measures = map[string]Unit{
	"ha": {"hectare"}, "hectare": {"hectare"}, "hectares": {"hectare"}, "acre": {"acre"}, "acres": {"acre"},
	"km": {"kilometre"}, "kilometre": {"kilometre"}, "kilometres": {"kilometre"}, "kilometer": {"kilometre"},
	"kilometers": {"kilometre"},
}

var (
	modifierStopIndex = newFoldSet(modifierStop)
	measureIndex      = newExactIndex(measures)
)

func measureUnit(w string) (Unit, bool) {
	return measureIndex.lookup(w)
}

// percentAt returns the end of a percent sign or word at s[j:], or 0:
// "%", " percent", " per cent", " pc", " pct", and "-percent" in a
// compound ("a 14.2-percent increase").
func percentAt(s string, j int) int {
	if j < len(s) && s[j] == '%' {
		return j + 1
	}
	if j >= len(s) || s[j] != ' ' && s[j] != '-' {
		return 0 // every word below starts with one of them
	}
	for _, w := range [...]string{" percent", " per cent", " pc", " pct", "-percent", "-per-cent"} {
		if hasPrefixAt(s, j, w) && (j+len(w) == len(s) || !isAlnumB(s[j+len(w)])) {
			return j + len(w)
		}
	}
	return 0
}

// pointsAt returns the end of " percentage points" or " percentage point"
// at s[j:], or 0.
func pointsAt(s string, j int) int {
	for _, w := range [...]string{" percentage points", " percentage point"} {
		if hasPrefixAt(s, j, w) && (j+len(w) == len(s) || !isAlnumB(s[j+len(w)])) {
			return j + len(w)
		}
	}
	return 0
}

// setPhrase sets f to the figure p reads, with qualifier q where p has
// none of its own.
func (f *Figure) setPhrase(p *phrase, q Qualifier) error {
	if p.isRange {
		return f.setRange(p.value, p.hi, p.step, p.unit)
	}
	if p.qual != QualifierAsReported {
		q = p.qual
	}
	return f.setReported(p.value, p.step, p.unit, q)
}

// setRange sets f to the range [lo, hi] reported to step: its value is the
// midpoint and its bounds are the two numbers as written.
func (f *Figure) setRange(lo, hi, step decimal.D, unit Unit) error {
	sum, err := lo.Add(hi)
	if err != nil {
		return mapErr(err)
	}
	mid, err := sum.Half()
	if err != nil {
		return mapErr(err)
	}
	*f = Figure{value: mid, step: step, lo: lo, hi: hi, unit: unit, qual: QualifierBetween}
	return nil
}

// letterStart returns the start of the run of letters and hyphens ending at e.
func letterStart(s string, e int) int {
	for e > 0 && ((s[e-1]|0x20) >= 'a' && (s[e-1]|0x20) <= 'z' || s[e-1] == '-') {
		e--
	}
	return e
}
