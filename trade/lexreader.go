package trade

import (
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/internal/decimal"
)

// extractLex yields the figures of s in a language whose words are lx
// (Vietnamese, Russian): the reader knows no word of its own. A figure is
// a number with the language's decimal and group separators, an optional
// currency symbol before it, scale words after it, and a currency name, a
// percent word or a listed count noun (past up to two other words) after
// those; qualifier words before it and, for percentages, words of falling
// ("giảm", "снизился на") complete it.
func extractLex(s string, lx *lexicon, o *FigureOptions, yield func(Mention) bool) {
	fallEnd := -1
	words := lx.number.maxWords > 0
	for i := 0; i < len(s); {
		c := s[i]
		if !isDigitB(c) && c != '$' && c != 0xC2 && c != 0xE2 && c != 'U' {
			if (c == ' ' || c == '\n') && words && lx.numberWordAt(s, i+1) {
				i++ // a number word starts the next word: "hai tỷ USD"
			} else if i > 0 || !words || !lx.numberWordAt(s, 0) {
				i++
				continue
			}
		}
		if !lexStart(s, i) {
			i++
			continue
		}
		m, fell, next, ok := lexMentionAt(s, i, lx, o, fallEnd)
		if !ok {
			i = max(next, i+1)
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

// lexStart reports whether a figure may start at i: not inside a word or
// a number.
func lexStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if isWordRune(r) || r < utf8.RuneSelf && isDigitB(byte(r)) {
		return false
	}
	if (r == '.' || r == ',') && i-n > 0 && isDigitB(s[i-n-1]) && isDigitB(s[i]) {
		return false
	}
	return true
}

// lexNumber reads a number at s[j:] in the conventions of lx: digits,
// groups of three after the group separator, and a fraction after the
// decimal separator; a point followed by other than three digits is a
// decimal point too ("4.4 млрд"). It returns the value, the step of its
// last written digit (of its last non-zero digit for an integer), and the
// end, or ok false.
func lexNumber(s string, j int, lx *lexicon) (value, step decimal.D, end int, ok bool) {
	var c int64
	n, zeros, frac := 0, 0, -1
	digit := func(b byte) bool {
		if n == 18 {
			return false
		}
		c = c*10 + int64(b-'0')
		n++
		if b == '0' {
			zeros++
		} else {
			zeros = 0
		}
		if frac >= 0 {
			frac++
		}
		return true
	}
	k := j
	for k < len(s) && isDigitB(s[k]) {
		if !digit(s[k]) {
			return value, step, k, false
		}
		k++
	}
	if k == j {
		return value, step, k, false
	}
	three := func(at int) bool {
		return at+3 <= len(s) && isDigitB(s[at]) && isDigitB(s[at+1]) && isDigitB(s[at+2]) && (at+3 == len(s) || !isDigitB(s[at+3]))
	}
	groups := 0
	if k-j <= 3 {
		for {
			w := 0
			if lx.group == ' ' {
				w = isGroupSpace(s, k)
			} else if k < len(s) && s[k] == lx.group {
				w = 1
			}
			if w == 0 || !three(k+w) {
				break
			}
			for x := k + w; x < k+w+3; x++ {
				if !digit(s[x]) {
					return value, step, k, false
				}
			}
			k += w + 3
			groups++
		}
	}
	if k+1 < len(s) && isDigitB(s[k+1]) && (s[k] == lx.decimal || s[k] == '.' && groups == 0 && !three(k+1)) {
		frac = 0
		k++
		for k < len(s) && isDigitB(s[k]) {
			if !digit(s[k]) {
				return value, step, k, false
			}
			k++
		}
	}
	var stepExp int
	if frac > 0 {
		stepExp = -frac
	} else {
		frac = 0
		stepExp = min(zeros, n-1)
		if c == 0 {
			stepExp = 0
		}
	}
	var err error
	if value, err = decimal.New(c, -frac); err != nil {
		return value, step, k, false
	}
	if step, err = decimal.New(1, stepExp); err != nil {
		return value, step, k, false
	}
	return value, step, k, true
}

// lexAmount is a number read by lexAmountAt, with its currency and scale.
type lexAmount struct {
	value, step decimal.D
	hi          decimal.D // the upper number of a range
	isRange     bool
	unit        Unit // a currency symbol before the number
	end         int
	scale       int
	year        bool // four digits that may be a year
	post        Qualifier
}

// lexAmountAt reads a currency symbol, a number or a range of two, a
// qualifier after it ("с лишним") and scale words at s[i:].
func lexAmountAt(s string, i int, lx *lexicon, o *FigureOptions) (a lexAmount, next int, ok bool) {
	j := i
	if u, n := currencyPrefix(s[i:], o); n > 0 {
		a.unit, j = u, i+n
		if j < len(s) && s[j] == ' ' {
			j++
		}
	}
	v, st, k, ok := lexNumber(s, j, lx)
	if !ok {
		if v, k, ok = lx.wordNumber(s, j); !ok {
			return a, max(k, i+1), false
		}
		st = decimal.MustNew(1, 0) // "hai tỷ": the step is one of the scale
		if v.Exp() < 0 {
			st = decimal.MustNew(1, v.Exp()) // "полтора миллиарда": a tenth of it
		}
	}
	a.value, a.step = v, st
	a.year = a.unit.IsZero() && k-j == 4 && isDigitB(s[j+3])
	// A range: "3–4 tỷ USD", "10-15%".
	if n := rangeSep(s, k, false); n > 0 && n != 4 {
		if v2, st2, k2, ok2 := lexNumber(s, k+n, lx); ok2 && a.value.Cmp(v2) < 0 {
			a.hi, a.isRange, k, a.year = v2, true, k2, false
			if st2.Cmp(a.step) < 0 {
				a.step = st2
			}
		}
	}
	next = k
	a.end = k
	if sp := spaceAt(s, k); sp > 0 {
		if e, end := lx.qualPost.matchAt(s, k+sp); end > 0 {
			a.post, a.end = e.qual, end
		}
	}
	for n := 0; n < 2; n++ {
		sp := spaceAt(s, a.end)
		if sp == 0 {
			break
		}
		e, end := lx.scale.matchAt(s, a.end+sp)
		if end < 0 {
			break
		}
		a.scale += e.exp
		a.end = end
	}
	if a.scale > 0 {
		var err1, err2, err3 error
		a.value, err1 = a.value.Shift(a.scale)
		a.step, err2 = a.step.Shift(a.scale)
		if a.isRange {
			a.hi, err3 = a.hi.Shift(a.scale)
		}
		if err1 != nil || err2 != nil || err3 != nil {
			return a, next, false
		}
		a.year = false
	}
	return a, next, true
}

// lexMentionAt reads the mention whose number (or currency symbol) starts
// at i. next is where to look on when there is none.
func lexMentionAt(s string, i int, lx *lexicon, o *FigureOptions, fallEnd int) (m Mention, fell bool, next int, ok bool) {
	a, next, ok := lexAmountAt(s, i, lx, o)
	if !ok {
		return m, false, next, false
	}
	kind := MentionUnknown
	unit := a.unit
	end := a.end
	post := a.post
	switch sp := spaceAt(s, end); {
	case end < len(s) && s[end] == '%':
		kind, end = Percent, end+1
	case sp > 0:
		k := end + sp
		if e, pe := lx.qualPost.matchAt(s, k); pe > 0 && post == AsReported {
			if sp2 := spaceAt(s, pe); sp2 > 0 {
				post, k = e.qual, pe+sp2
			}
		}
		if _, pe := lx.points.matchAt(s, k); pe > 0 && unit.IsZero() {
			kind, end = Points, pe
			break
		}
		if _, pe := lx.percent.matchAt(s, k); pe > 0 && unit.IsZero() {
			kind, end = Percent, pe
			break
		}
		if e, ce := lx.currency.matchAt(s, k); ce > 0 || unit.IsZero() && a.scale > 0 && lx.currencyAfterWord(s, k) > 0 {
			if ce <= 0 { // "60 миллиардов российских рублей": an adjective before the currency
				we := wordEndAt(s, k)
				e, ce = lx.currency.matchAt(s, we+spaceAt(s, we))
			}
			u := e.unit
			if e.dollar {
				u = o.dollar()
			}
			if unit.IsZero() || unit == u {
				kind, unit, end = Money, u, ce
				break
			}
		}
		if ce := k + 3; unit.IsZero() && ce <= len(s) && isUpper3(s[k:ce]) && (ce == len(s) || !isAlnumB(s[ce])) {
			if u, ok := codeUnit(s[k:ce]); ok {
				kind, unit, end = Money, u, ce
				break
			}
		}
		if !unit.IsZero() {
			break
		}
		// A count noun, past up to two other words ("1.000 suất học
		// bổng", "204 тыс. российских туристов").
		for w := 0; w < 3; w++ {
			if e, ne := lx.noun.matchAt(s, k); ne > 0 {
				if w == 0 || !a.year {
					kind, unit, end = Count, e.unit, ne
				}
				break
			}
			we := wordEndAt(s, k)
			if we == k || we < len(s) && s[we] == '%' {
				break
			}
			sp := spaceAt(s, we)
			if sp == 0 {
				break
			}
			k = we + sp
		}
	}
	if kind == MentionUnknown && !unit.IsZero() {
		kind = Money
	}
	if kind == MentionUnknown && a.scale >= 3 {
		// "почти 3 млрд", "khoảng 200 nghìn": a number whose unit the
		// context gives — a Count with the zero Unit.
		kind = Count
	}
	if kind == MentionUnknown {
		return m, false, next, false
	}
	start := i
	q := post
	if a.isRange {
		q = Between
	} else if e, qs := lx.qual.matchBefore(s, i); qs >= 0 {
		if q == AsReported {
			q = e.qual
		}
		start = qs
	} else if _, bs := lx.by.matchBefore(s, i); bs >= 0 {
		// "почти на 30 процентов": a qualifier before the word of change.
		if e, qs := lx.qual.matchBefore(s, bs); qs >= 0 {
			if q == AsReported {
				q = e.qual
			}
			start = qs
		}
	}
	if !a.isRange && q == AsReported {
		// "15 tỷ USD hoặc cao hơn", "$5 billion or more": a qualifier
		// after the whole figure.
		if sp := spaceAt(s, end); sp > 0 {
			if e, qe := lx.qualEnd.matchAt(s, end+sp); qe > 0 {
				q, end = e.qual, qe
			}
		}
	}
	m = Mention{Kind: kind, Qualifier: q}
	if kind == Percent || kind == Points {
		neg := false
		if i > 0 && (s[i-1] == '-' || s[i-1] == '+') && (i == 1 || s[i-2] == ' ' || s[i-2] == '(') && !a.isRange && start == i {
			start--
			neg = s[start] == '-'
		} else {
			at := start
			if _, bs := lx.by.matchBefore(s, at); bs >= 0 {
				at = bs
			}
			if _, fs := lx.fall.matchBefore(s, at); fs >= 0 {
				start, neg, fell = fs, true, true
			} else if fallEnd >= 0 && fallEnd <= start && lx.joins(s[fallEnd:start]) {
				neg, fell = true, true
			}
		}
		step := a.step
		if one := decimal.MustNew(1, 0); step.Cmp(one) > 0 {
			step = one
		}
		var err error
		if a.isRange {
			m.Rate, err = newRangeRate(a.value, a.hi, step, neg)
		} else {
			v := a.value
			if neg {
				v = v.Neg()
			}
			m.Rate, err = newRate(v, step)
		}
		if err != nil {
			return Mention{}, false, next, false
		}
	} else {
		var err error
		if a.isRange {
			err = m.Figure.setRange(a.value, a.hi, a.step, unit)
		} else {
			err = m.Figure.setReported(a.value, a.step, unit, q)
		}
		if err != nil {
			return Mention{}, false, next, false
		}
	}
	m.Start, m.End, m.Text = start, end, s[start:end]
	return m, fell, next, true
}

// joins reports whether gap, the text between two percentages, joins them
// in one list: a comma, or a word of the "and" kind.
func (lx *lexicon) joins(gap string) bool {
	k := 0
	for k < len(gap) && (gap[k] == ' ' || gap[k] == ',') {
		k++
	}
	if k == len(gap) {
		return k > 0
	}
	_, e := lx.and.matchAt(gap, k)
	if e < 0 {
		return false
	}
	for e < len(gap) && gap[e] == ' ' {
		e++
	}
	return e == len(gap)
}

// currencyAfterWord returns the end of a currency name one word after k
// ("российских рублей"), or -1.
func (lx *lexicon) currencyAfterWord(s string, k int) int {
	we := wordEndAt(s, k)
	sp := spaceAt(s, we)
	if we == k || sp == 0 {
		return -1
	}
	_, ce := lx.currency.matchAt(s, we+sp)
	return ce
}

// numberWordAt reports whether a number word of lx may start at s[i], the
// start of a word: its first letters begin one, and the word after it may
// go on with it (a scale word, "mươi"). Only Vietnamese and Russian list
// number words; English reads its own (see numberWord).
func (lx *lexicon) numberWordAt(s string, i int) bool {
	if i >= len(s) || !lx.numberFirst2.has(s[i:]) {
		return false
	}
	// The next word must go on with a number or scale: most words are
	// read no further.
	e := wordEndAt(s, i)
	sp := spaceAt(s, e)
	if sp == 0 || e+sp >= len(s) || !lx.numberNext2.has(s[e+sp:]) {
		return false
	}
	next := s[e+sp : wordEndAt(s, e+sp)]
	var buf phraseBuf
	return len(next) <= 24 && buf.appendLower(next) && lx.numberNext[string(buf.b[:buf.n])]
}

// wordNumber reads a number word at s[j:] that a scale word follows ("hai
// tỷ", "пять млрд", "двух миллиардов", "полтора миллиона"): its value and
// end. A number word alone ("hai bên", "две страны") is no figure.
func (lx *lexicon) wordNumber(s string, j int) (v decimal.D, end int, ok bool) {
	e, we := lx.number.matchAt(s, j)
	if we <= 0 {
		return v, j, false
	}
	sp := spaceAt(s, we)
	if sp == 0 {
		return v, we, false
	}
	if _, se := lx.scale.matchAt(s, we+sp); se <= 0 {
		return v, we, false
	}
	return e.num, we, true
}
