package trade

import (
	"golang.org/x/text/language"
	"strings"

	"github.com/bilateral-go/bilateral/internal/decimal"
)

// maxFigureLen bounds the text [ParseFigure] reads.
const maxFigureLen = 256

// ParseFigure reads a figure as English text reports it, or in its canonical
// form (see [Figure.String]):
//
//	4.4 billion USD    USD 4.4 billion    $4.4 billion    US$4.4bn    £3billion
//	Rs 3,20,000 crore  ₹2 lakh crore      500 crore rupees            a quadrillion
//	204,000 visitors   100 British companies   329 lives   thirty-three (33) agreements
//	half a billion dollars   hundreds of students   $3–4 billion   from 200 to 250 projects
//
// A leading qualifier sets the bounds: "over", "more than", "above",
// "exceeding", "in excess of", "at least" give a lower bound (Over);
// "under", "less than", "below", "up to", "as many as" an upper bound
// (Under); "nearly", "almost", "close to" a value just below the figure
// (Nearly: [v − step/2, v]); "about", "around", "approximately",
// "roughly", "some", "an estimated" keep the rounding bounds (About). A
// range ("$3–4 billion", "between 10 and 15 million", "from 200 to 250
// projects") is qualified Between: its bounds are its two numbers, its
// value their midpoint, its step the finer of their steps.
//
// The step follows the written form. With a decimal point it is one unit of
// the last written decimal ("4.4 billion" → 0.1 billion, "8.30" → 0.01).
// Without one, trailing zeros are taken as not significant: the step is the
// place of the last non-zero digit ("204,000" → 1,000; "1,000" → 1,000, so
// 500 to 1,500; "1 billion" → 1 billion; "0" → 1). Numbers in words follow
// the same rule ("thirty" → 10, "a dozen" → 1); "half a billion" is 0.5
// billion. "hundreds of" is Over 200 with step 100, "thousands of" Over
// 2,000, "dozens of" Over 24. A reader who knows a count is exact should
// use [Exact]. Thousands separators are commas between groups of three
// digits, or the Indian grouping of twos before the last three
// ("3,20,000").
//
// Vietnamese and Russian figures, as newsrooms write them, are read too
// ("4,4 tỷ USD", "hơn 1 tỷ USD", "4,4 млрд долларов", "204 тыс. человек"),
// with those languages' decimal commas and digit grouping.
//
// Units: a currency symbol, ISO 4217 code or currency name before or after
// the number ("$" is USD unless [ParseFigureWith] says otherwise; "¥" is
// JPY; "RMB" is CNY; "R" before a digit is ZAR; "Rs" is INR), or a count
// noun after it, past any modifiers: its unit is the noun's singular lemma
// or a named unit ([CountUnit]). No unit gives the zero Unit. Percentages
// are rates: read them with [ParseRate]. Input over 256 bytes is refused.
func ParseFigure(s string) (f Figure, err error) {
	// ParseFigureWith's body, for the fast path not to pay for a call.
	var opts FigureOptions
	if parseFigureFast(&f, s, &opts) {
		return f, nil
	}
	if err := parseFigureGeneral(&f, s, opts); err != nil {
		return Figure{}, err
	}
	return f, nil
}

// ParseFigureWith is [ParseFigure] with options: Dollar sets the currency
// of a bare "$" and of "dollars".
func ParseFigureWith(s string, opts FigureOptions) (f Figure, err error) {
	// The result is written in place: a Figure is 88 bytes, and copying
	// it out cost a tenth of reading "$4.4 billion".
	if parseFigureFast(&f, s, &opts) {
		return f, nil
	}
	if err := parseFigureGeneral(&f, s, opts); err != nil {
		return Figure{}, err
	}
	return f, nil
}

// parseFigureGeneral reads every form [ParseFigureWith] reads into f, or
// says why s is not a figure.
func parseFigureGeneral(f *Figure, s string, opts FigureOptions) error {
	reason := parseFigure(f, s, &opts)
	if reason != "" && reason != reasonSpace && len(s) <= maxFigureLen {
		// The derived form is tried second: no other form has " in [", so
		// the common forms do not pay for looking for it.
		if i := strings.Index(s, " in ["); i > 0 {
			reason = parseDerived(f, s[:i], s[i+len(" in ["):])
		}
	}
	if reason != "" && reason != reasonSpace && len(s) <= maxFigureLen {
		// A figure as Vietnamese and Russian write it ("4,4 tỷ USD", "4,4
		// млрд долларов", the newsroom labels): read whole by the
		// extractor of that language.
		if g, ok := figureOfText(s, opts); ok {
			*f = g
			return nil
		}
	}
	if reason != "" {
		return &ParseError{What: "figure", Input: s, Reason: reason}
	}
	return nil
}

// figureOfText reads s as one figure written in Vietnamese or Russian: the
// extractor of the language must find exactly one figure, and it must be
// the whole of s.
func figureOfText(s string, opts FigureOptions) (Figure, bool) {
	for _, lang := range []language.Tag{language.Vietnamese, language.Russian} {
		o := opts
		o.Language = lang
		var found Mention
		n := 0
		for m := range ExtractFiguresWith(s, o) {
			found = m
			n++
		}
		if n == 1 && found.Start == 0 && found.End == len(s) && found.Kind != MentionPercent && found.Kind != MentionPoints {
			return found.Figure, true
		}
	}
	return Figure{}, false
}

// MustParseFigure is like [ParseFigure] but panics on error; for tests and
// package-level variables only.
func MustParseFigure(s string) Figure {
	f, err := ParseFigure(s)
	if err != nil {
		panic(err)
	}
	return f
}

// reasonSpace is why a figure with space around it is refused, before any
// form is tried.
const reasonSpace = "leading or trailing space"

func parseFigure(f *Figure, s string, o *FigureOptions) (reason string) {
	if s == "" {
		return "empty input"
	}
	if len(s) > maxFigureLen {
		return "too long for a figure (" + itoa(len(s)) + " bytes)"
	}
	// Only an edge byte that is ASCII space or control, or starts a
	// multi-byte rune, can be trimmed.
	if a, z := s[0], s[len(s)-1]; (a <= ' ' || a >= 0x80 || z <= ' ' || z >= 0x80) && strings.TrimSpace(s) != s {
		return reasonSpace
	}
	q, i := qualifierPrefix(s)
	between := false
	switch {
	case len(s) > i+8 && equalFoldASCII(s[i:i+8], "between "):
		i, between = i+8, true
	case len(s) > i+5 && equalFoldASCII(s[i:i+5], "from "):
		i += 5
	}
	body, stepText, hasStep := s, "", false
	if k := strings.LastIndex(s, " step "); k >= i {
		body, stepText, hasStep = s[:k], s[k+len(" step "):], true
	} else if strings.HasPrefix(s[i:], "step ") {
		return "no number"
	}
	p, why := readPhrase(body, i, o, wholeMode, between)
	if !why.ok() {
		return why.String()
	}
	switch {
	case p.kind == MentionPercent || p.kind == MentionPoints:
		return "a percentage is a rate, not a figure"
	case p.end < len(body) && body[p.end] == ' ' && q == QualifierAsReported && !p.isRange && endQualifier(body, p.end+1) != QualifierAsReported:
		q = endQualifier(body, p.end+1) // "$5 billion or more"
	case p.end < len(body) && body[p.end] == ' ':
		return "unknown unit " + quoteInput(body[p.end+1:])
	case p.end < len(body):
		return "unexpected " + quoteInput(body[p.end:]) + " after the number"
	case i > 0 && s[i-1] == ' ' && !p.isRange && (between || q == QualifierAsReported && len(s) > 5 && equalFoldASCII(s[:5], "from ")):
		return "no range after \"between\" or \"from\""
	}
	if hasStep {
		st, err := decimal.Parse(stepText)
		if err != nil || st.Sign() < 0 {
			return "invalid step " + quoteInput(stepText)
		}
		p.step = st
	}
	if err := f.setPhrase(&p, q); err != nil {
		return "value out of range"
	}
	return ""
}

func isUpper3(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}

// cutNumber splits s after a leading number made of digits, commas, one
// point and a leading minus sign.
func cutNumber(s string) (num, rest string) {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	for i < len(s) {
		c := s[i]
		if (c >= '0' && c <= '9') || c == '.' || (c == ',' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9') {
			i++
			continue
		}
		break
	}
	if i == 0 || (i == 1 && (s[0] == '-' || s[0] == '+')) {
		return "", s
	}
	return s[:i], s[i:]
}

// fastNumber reads the numbers text writes most — unsigned, digits in
// comma groups of three, at most one decimal point followed by a digit, 18
// digits at most — straight into a coefficient, with the value and step
// [readNumber] would give. ok is false for anything else, which readNumber
// then reads (and explains when it is wrong).
func fastNumber(num string) (value, step decimal.D, ok bool) {
	c, exp, stepExp, end, ok := fastDigits(num, 0)
	if !ok || end != len(num) {
		return value, step, false
	}
	var err error
	if value, err = decimal.New(c, exp); err != nil {
		return value, step, false
	}
	if step, err = decimal.New(1, stepExp); err != nil {
		return value, step, false
	}
	return value, step, true
}

// fastDigits reads what [fastNumber] reads, the number [cutNumber] would
// cut from s[i:] without its sign, and returns the value as c × 10^exp and
// its step as 10^stepExp, before they are made decimals, and the end of
// the number. c has at most 18 digits; stepExp ≥ exp, and c is a multiple
// of 10^(stepExp − exp).
func fastDigits(s string, i int) (c int64, exp, stepExp, end int, ok bool) {
	n, zeros := 0, 0 // digits, and trailing zeros among them
	frac := -1       // digits after the point; -1 without a point
	group := -1      // digits since the last comma; -1 before any comma
	for ; i < len(s); i++ {
		switch b := s[i]; {
		case b >= '0' && b <= '9':
			if n == 18 {
				return 0, 0, 0, i, false
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
			} else if group >= 0 {
				group++
			}
		case b == ',' && i+1 < len(s) && isDigitB(s[i+1]):
			if frac >= 0 || group >= 0 && group != 3 || n == 0 || group < 0 && n > 3 {
				return 0, 0, 0, i, false
			}
			group = 0
		case b == '.':
			if frac >= 0 || group >= 0 && group != 3 {
				return 0, 0, 0, i, false
			}
			frac = 0
		default:
			goto done
		}
	}
done:
	if frac == 0 || group >= 0 && group != 3 && frac < 0 || n == 0 {
		return 0, 0, 0, i, false
	}
	if frac > 0 {
		return c, -frac, -frac, i, true
	}
	// An integer: the step is the place of its last non-zero digit.
	stepExp = min(zeros, n-1)
	if c == 0 {
		stepExp = 0
	}
	return c, 0, stepExp, i, true
}

// readNumber reads a number with optional comma groups and returns its value
// and the step its written form implies.
func readNumber(num string) (value, step decimal.D, reason string) {
	var digits [64]byte
	n := 0
	neg := false
	frac := -1
	groupLen := -1 // digits since the last comma; -1 before any comma
	lead := 0      // digits before the first comma
	for i := 0; i < len(num); i++ {
		c := num[i]
		switch {
		case i == 0 && (c == '-' || c == '+'):
			neg = c == '-'
		case c >= '0' && c <= '9':
			if n == len(digits) {
				return value, step, "too many digits"
			}
			digits[n] = c
			n++
			if frac >= 0 {
				frac++
			} else if groupLen >= 0 {
				groupLen++
			} else {
				lead++
			}
		case c == ',':
			if frac >= 0 || (groupLen >= 0 && groupLen != 3) || lead == 0 || (groupLen < 0 && lead > 3) {
				return value, step, "misplaced thousands separator"
			}
			groupLen = 0
		case c == '.':
			if frac >= 0 {
				return value, step, "two decimal points"
			}
			if groupLen >= 0 && groupLen != 3 {
				return value, step, "misplaced thousands separator"
			}
			frac = 0
		default:
			return value, step, "invalid character in number"
		}
	}
	if groupLen >= 0 && groupLen != 3 {
		return value, step, "misplaced thousands separator"
	}
	if frac == 0 {
		return value, step, "no digit after the decimal point"
	}
	text := string(digits[:n])
	exp := 0
	if frac > 0 {
		exp = -frac
	}
	v, err := decimal.Parse(text)
	if err != nil {
		return value, step, decimalReason(err)
	}
	scale, err := decimal.New(1, exp)
	if err != nil {
		return value, step, "value out of range"
	}
	if v, err = v.Mul(scale, decimal.HalfEven); err != nil {
		return value, step, "value out of range"
	}
	if neg {
		v = v.Neg()
	}
	stepExp := exp
	if frac < 0 {
		// Integer: the place of the last non-zero digit.
		for k := n - 1; k > 0 && digits[k] == '0'; k-- {
			stepExp++
		}
		if v.IsZero() {
			stepExp = 0
		}
	}
	st, err := decimal.New(1, stepExp)
	if err != nil {
		return value, step, "value out of range"
	}
	return v, st, ""
}

// parseDerived reads the canonical form of a derived figure:
// "VALUE UNIT in [LO, HI]" with ".." for an open bound.
func parseDerived(f *Figure, head, tail string) string {
	if !strings.HasSuffix(tail, "]") {
		return "missing ']'"
	}
	a, b, ok := strings.Cut(strings.TrimSuffix(tail, "]"), ", ")
	if !ok {
		return "want [LO, HI]"
	}
	valText, unitText, _ := strings.Cut(head, " ")
	v, err := decimal.Parse(valText)
	if err != nil {
		return "value: " + decimalReason(err)
	}
	u, err := ParseUnit(unitText)
	if err != nil {
		return "unknown unit " + quoteInput(unitText)
	}
	*f = Figure{value: v, unit: u, derived: true}
	if a == ".." {
		f.loOpen = true
	} else if f.lo, err = decimal.Parse(a); err != nil {
		return "lower bound: " + decimalReason(err)
	}
	if b == ".." {
		f.hiOpen = true
	} else if f.hi, err = decimal.Parse(b); err != nil {
		return "upper bound: " + decimalReason(err)
	}
	if !f.loOpen && !f.hiOpen && f.lo.Cmp(f.hi) > 0 {
		return "lower bound above upper bound"
	}
	return ""
}

// AppendText appends the canonical form of f:
//
//	5 persons step 0                             exact
//	between 3000000000 and 4000000000 USD step 1000000000   a range
//	4400000000 USD step 100000000                reported, rounded to a step
//	over 1000000000 USD step 1000000000          qualified
//	3548387096.77419355 USD in [3493975903.61445783, 3603238866.39676114]   derived
//
// [ParseFigure] reads every form back to an equal Figure.
func (f Figure) AppendText(b []byte) ([]byte, error) {
	if f.derived {
		b = f.value.Append(b)
		if !f.unit.IsZero() {
			b = append(b, ' ')
			b = append(b, f.unit.code...)
		}
		b = append(b, " in ["...)
		if f.loOpen {
			b = append(b, ".."...)
		} else {
			b = f.lo.Append(b)
		}
		b = append(b, ", "...)
		if f.hiOpen {
			b = append(b, ".."...)
		} else {
			b = f.hi.Append(b)
		}
		return append(b, ']'), nil
	}
	if f.qual == QualifierBetween {
		b = append(b, "between "...)
		b = f.lo.Append(b)
		b = append(b, " and "...)
		b = f.hi.Append(b)
	} else {
		if f.qual != QualifierAsReported {
			b = append(b, f.qual.String()...)
			b = append(b, ' ')
		}
		b = f.value.Append(b)
	}
	if !f.unit.IsZero() {
		b = append(b, ' ')
		b = append(b, f.unit.code...)
	}
	if !f.step.IsZero() || f.qual != QualifierAsReported {
		b = append(b, " step "...)
		b = f.step.Append(b)
	} else if f.step.IsZero() {
		b = append(b, " step 0"...)
	}
	return b, nil
}

// String returns the canonical form of f; see [Figure.AppendText].
func (f Figure) String() string {
	b, _ := f.AppendText(nil)
	return string(b)
}

// MarshalText returns the canonical form of f.
func (f Figure) MarshalText() ([]byte, error) { return f.AppendText(nil) }

// UnmarshalText reads f with [ParseFigure].
func (f *Figure) UnmarshalText(b []byte) error {
	v, err := ParseFigure(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}
