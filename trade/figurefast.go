package trade

import (
	"strings"

	"github.com/bilateral-go/bilateral/internal/decimal"
)

// stepMark separates a figure from its step in the canonical form.
const stepMark = " step "

// parseFigureFast reads, in one pass, the forms of a figure that data and
// text write most, into exactly the Figure [parseFigureGeneral] gives:
//
//	4400000000 USD step 100000000        the canonical form, qualified or not
//	over 1000000000 USD step 1000000000  ("over", "about", any leading qualifier)
//	$4.4 billion   US$4.4bn   €3 million   USD 500 million   a symbol or code before
//	4.4 billion USD   204,000   -5 step 1                  a code after, or no unit
//
// The number is one [fastNumber] reads (with a sign only when nothing comes
// before it), followed by at most two scale words. ok is false for any
// other text — ranges, words, nouns, derived figures, Indian grouping,
// unknown codes — and for any text the general reader would refuse: that
// reader then reads it, or explains what is wrong. Each step below is the
// one the general reader takes on these forms, in the same order, through
// the same helpers, but for the bounds of a power-of-ten step, which
// [Figure.setDigits] reckons in integers; TestParseFigureFast checks the
// two readers agree.
func parseFigureFast(f *Figure, s string, o *FigureOptions) (ok bool) {
	if s == "" || len(s) > maxFigureLen {
		return false
	}
	if a, z := s[0], s[len(s)-1]; (a <= ' ' || a >= 0x80 || z <= ' ' || z >= 0x80) && strings.TrimSpace(s) != s {
		return false
	}
	// The step: " step " and digits with at most a point, at the end. A
	// step written otherwise ("1e3", "-1") leaves " step" in the body,
	// which nothing below reads.
	body := s
	var step decimal.D
	hasStep := false
	if isDigitB(s[len(s)-1]) {
		k := len(s) - 1
		for k > 0 && (isDigitB(s[k-1]) || s[k-1] == '.') {
			k--
		}
		if k >= len(stepMark) && s[k-len(stepMark):k] == stepMark {
			st, err := decimal.Parse(s[k:])
			if err != nil || st.Sign() < 0 {
				return false
			}
			body, step, hasStep = s[:k-len(stepMark)], st, true
		}
	}
	q, i := qualifierPrefix(s)
	if i >= len(body) || len(s) > i+8 && equalFoldASCII(s[i:i+8], "between ") || len(s) > i+5 && equalFoldASCII(s[i:i+5], "from ") {
		return false
	}

	// The amount, as amountAt reads it.
	var unit Unit
	j := i
	if u, n := currencyPrefix(body[i:], o); n > 0 {
		unit, j = u, i+n
	} else if i+4 < len(body) && isUpper3(body[i:i+3]) && (body[i+3] == ' ' || isDigitB(body[i+3])) {
		u, known := codeUnit(body[i : i+3])
		if !known || body[i+3] != ' ' { // "VND748.98 billion" has its own rules
			return false
		}
		unit, j = u, i+4
	}
	if !unit.IsZero() && j+1 < len(body) && body[j] == ' ' && isDigitB(body[j+1]) {
		j++
	}
	// amountAt tries digits grouped by spaces ("412 000") first: they end
	// the number below at a space before a digit, which the rest of this
	// reader refuses, so that reading is never the one taken here.
	if j >= len(body) || !isDigitB(body[j]) && !((body[j] == '-' || body[j] == '+' || body[j] == '.') && unit.IsZero() && j == i) {
		return false
	}
	// A signed number is read by readNumber, whose value is fastNumber's
	// of the digits, negated for a minus.
	neg, k := false, j
	if body[k] == '-' || body[k] == '+' {
		neg, k = body[k] == '-', k+1
	}
	c, exp, stepExp, end, read := fastDigits(body, k)
	if !read {
		return false
	}
	if neg {
		c = -c
	}
	j = end
	if j < len(body) && body[j] == '-' && hasPrefixAt(body, j, "-point-") {
		return false
	}
	// Scale words: one attached ("4.4bn"), then up to two after a space.
	scale := 0
	if j < len(body) && isAlnumB(body[j]) {
		k := letterEnd(body, j)
		if k < len(body) && isAlnumB(body[k]) {
			return false
		}
		exp, _ := scaleOf(body[j:k])
		if exp < 3 {
			return false
		}
		scale, j = exp, k
	}
	for n := 0; n < 2; n++ {
		if j >= len(body) || body[j] != ' ' && body[j] != '-' {
			break
		}
		k := letterEnd(body, j+1)
		if k < len(body) && isAlnumB(body[k]) {
			break
		}
		exp, long := scaleOf(body[j+1 : k])
		if exp < 3 || !long && (k-j-1 < 2 || body[j] == '-') || scale > 0 && exp <= 3 {
			break
		}
		scale += exp
		j = k
	}
	// What follows, as readPhrase reads it: nothing, or a currency code.
	// Neither starts a range, a percentage or a noun.
	if j < len(body) {
		if len(body)-j != 4 || body[j] != ' ' || !isUpper3(body[j+1:]) {
			return false
		}
		u, known := codeUnit(body[j+1:])
		if !known || !unit.IsZero() && u != unit {
			return false
		}
		unit = u
	}
	if hasStep {
		v, err := decimal.New(c, exp+scale)
		return err == nil && f.setReported(v, step, unit, q) == nil
	}
	return f.setDigits(c, exp+scale, stepExp+scale, unit, q)
}

// setDigits sets f as setReported(c × 10^exp, 10^stepExp, unit, q) does,
// for a c that is a multiple of 10^(stepExp − exp), as [fastDigits] gives
// it. The bounds are c × 10^exp ∓ 5 × 10^(stepExp − 1), reckoned in
// integers rather than by halving the step and adding decimals, and are
// equal to setReported's, exact values both. ok is false where a part is
// out of range; then setReported's would fail too, or its figure is left
// to it.
func (f *Figure) setDigits(c int64, exp, stepExp int, unit Unit, q Qualifier) (ok bool) {
	v, err := decimal.New(c, exp)
	if err != nil {
		return false
	}
	step, err := decimal.New(1, stepExp)
	if err != nil {
		return false
	}
	f.value, f.step, f.unit, f.qual = v, step, unit, q
	f.lo, f.hi = decimal.D{}, decimal.D{}
	f.loOpen, f.hiOpen, f.derived = false, false, false
	switch q {
	case QualifierOver:
		f.lo, f.hiOpen = v, true
		return true
	case QualifierUnder:
		f.hi, f.loOpen = v, true
		return true
	}
	// The value in tenths of a step, c / 10^(stepExp − exp − 1), kept
	// within ±10^18 so that it cannot overflow. Dividing by the constant
	// 10 is a multiplication; dividing by a power of ten held in a
	// variable is a division, which cost as much as all the rest.
	tenths := c
	for d := stepExp - exp; d > 0; d-- {
		if tenths%10 != 0 {
			return false
		}
		tenths /= 10
	}
	if stepExp < exp || tenths >= 1e17 || tenths <= -1e17 {
		return false
	}
	tenths *= 10
	if f.lo, err = decimal.New(tenths-5, stepExp-1); err != nil {
		return false
	}
	if q == QualifierNearly { // [v − step/2, v]
		f.hi = v
		return true
	}
	f.hi, err = decimal.New(tenths+5, stepExp-1)
	return err == nil
}
