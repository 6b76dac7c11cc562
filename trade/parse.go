package trade

import (
	"strings"

	"github.com/bilateral-go/bilateral/internal/decimal"
)

// maxFigureLen bounds the text [ParseFigure] reads.
const maxFigureLen = 256

// scaleOf returns the power of ten of an English number word or
// abbreviation ParseFigure reads after a number, 0 for any other word, and
// whether it is a word (which must follow a space) rather than an
// abbreviation of up to three letters (which may be attached: "4.4bn").
func scaleOf(word string) (exp int, long bool) {
	switch word {
	case "thousand":
		return 3, true
	case "million":
		return 6, true
	case "mn", "mln", "m":
		return 6, false
	case "billion":
		return 9, true
	case "bn", "bln", "b":
		return 9, false
	case "trillion":
		return 12, true
	case "tn", "trn":
		return 12, false
	}
	return 0, false
}

// currencyPrefix returns the ISO code of the currency symbol s starts with
// and the symbol's length in bytes, or 0.
func currencyPrefix(s string) (code string, n int) {
	if s == "" {
		return "", 0
	}
	switch s[0] {
	case '$':
		return "USD", 1
	case 'U', 'A', 'C', 'S', 'H', 'N', 0xE2, 0xC2: // the first bytes of the others
		for _, c := range currencySymbols {
			if strings.HasPrefix(s, c.sym) {
				return c.code, len(c.sym)
			}
		}
	}
	return "", 0
}

// currencySymbols are the prefixes read as a currency. "¥" is left out on
// purpose: it is both JPY and CNY.
var currencySymbols = []struct{ sym, code string }{
	{"US$", "USD"}, {"A$", "AUD"}, {"AU$", "AUD"}, {"C$", "CAD"}, {"S$", "SGD"}, {"HK$", "HKD"}, {"NZ$", "NZD"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"₽", "RUB"}, {"₫", "VND"},
}

// unitNouns maps the English nouns ParseFigure reads after a number to count
// units (singular and plural).
var unitNouns = map[string]Unit{
	"person": Persons, "persons": Persons, "people": Persons, "citizen": Persons, "citizens": Persons,
	"visitor": Visitors, "visitors": Visitors, "tourist": Visitors, "tourists": Visitors, "arrivals": Visitors,
	"scholarship": Scholarships, "scholarships": Scholarships,
	"tonne": Tonnes, "tonnes": Tonnes, "ton": Tonnes, "tons": Tonnes,
	"barrel": Barrels, "barrels": Barrels,
	"project": Projects, "projects": Projects,
	"flight": Flights, "flights": Flights,
	"student": Students, "students": Students,
	"dollar": {"USD"}, "dollars": {"USD"}, "US dollars": {"USD"}, "U.S. dollars": {"USD"},
}

// qualifierWords are the leading words ParseFigure reads as a qualifier.
var qualifierWords = []struct {
	word string
	q    Qualifier
}{
	{"more than", Over}, {"over", Over}, {"above", Over}, {"exceeding", Over}, {"in excess of", Over},
	{"less than", Under}, {"under", Under}, {"below", Under}, {"nearly", Under}, {"almost", Under}, {"up to", Under},
	{"about", About}, {"around", About}, {"approximately", About}, {"roughly", About}, {"some", About},
}

// ParseFigure reads a figure as English text reports it, or in its canonical
// form (see [Figure.String]):
//
//	4.4 billion USD    USD 4.4 billion    $4.4 billion    US$4.4bn
//	204,000 visitors   1,000 scholarships 1 billion       over 1 billion USD
//
// A leading qualifier sets the bounds: "over", "more than", "above",
// "exceeding" give a lower bound (Over); "under", "less than", "below",
// "nearly", "almost", "up to" an upper bound (Under); "about", "around",
// "approximately", "roughly", "some" keep the rounding bounds (About).
//
// The step follows the written form. With a decimal point it is one unit of
// the last written decimal ("4.4 billion" → 0.1 billion, "8.30" → 0.01).
// Without one, trailing zeros are taken as not significant: the step is the
// place of the last non-zero digit ("204,000" → 1,000; "1,000" → 1,000, so
// 500 to 1,500; "1 billion" → 1 billion; "0" → 1). A reader who knows a count
// is exact should use [Exact]. Thousands separators must be commas between
// groups of three digits.
//
// Units: a currency symbol or ISO 4217 code before or after the number, or a
// count noun after it ("visitors", "tourists", "people", "citizens",
// "scholarships", "tonnes", …); no unit gives the zero Unit. Input over 256
// bytes is refused.
func ParseFigure(s string) (Figure, error) {
	var f Figure
	reason := parseFigure(&f, s)
	if reason != "" && reason != reasonSpace && len(s) <= maxFigureLen {
		// The derived form is tried second: no other form has " in [", so
		// the common forms do not pay for looking for it.
		if i := strings.Index(s, " in ["); i > 0 {
			reason = parseDerived(&f, s[:i], s[i+len(" in ["):])
		}
	}
	if reason != "" {
		return Figure{}, &ParseError{What: "figure", Input: s, Reason: reason}
	}
	return f, nil
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

func parseFigure(f *Figure, s string) (reason string) {
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
	rest := s
	q := AsReported
	for _, w := range qualifierWords {
		if c := rest[0] | 0x20; c < 'a' || c > 'z' {
			break // every qualifier starts with a letter
		}
		if len(rest) > len(w.word) && strings.EqualFold(rest[:len(w.word)], w.word) && rest[len(w.word)] == ' ' {
			q = w.q
			rest = rest[len(w.word)+1:]
			break
		}
	}
	var unit Unit
	var haveUnit bool
	// Currency before the number: a symbol or "USD ".
	if code, n := currencyPrefix(rest); n > 0 {
		unit, haveUnit = Unit{code}, true
		rest = rest[n:]
	}
	if !haveUnit && len(rest) > 4 && rest[3] == ' ' && isUpper3(rest[:3]) {
		u, err := Currency(rest[:3])
		if err != nil {
			return "unknown currency " + quoteInput(rest[:3])
		}
		unit, haveUnit = u, true
		rest = rest[4:]
	}
	num, rest := cutNumber(rest)
	if num == "" {
		return "no number"
	}
	value, step, ok := fastNumber(num)
	if !ok {
		if value, step, reason = readNumber(num); reason != "" {
			return reason
		}
	}
	// Scale word, attached ("4.4bn") or after a space ("4.4 billion").
	scale := 0
	if rest != "" {
		word, after := rest, ""
		if rest[0] == ' ' {
			word = rest[1:]
		}
		for i := 0; i < len(word); i++ { // short: a loop beats IndexByte's call
			if word[i] == ' ' {
				word, after = word[:i], word[i:]
				break
			}
		}
		if exp, long := scaleOf(word); exp > 0 && (rest[0] == ' ' && len(word) > 1 || rest[0] != ' ' && !long) {
			scale = exp
			rest = after
		}
	}
	if scale > 0 {
		var err error
		if value, err = value.Shift(scale); err != nil {
			return "value out of range"
		}
		if step, err = step.Shift(scale); err != nil {
			return "value out of range"
		}
	}
	// Unit after the number.
	if rest != "" {
		if rest[0] != ' ' {
			return "unexpected " + quoteInput(rest) + " after the number"
		}
		rest = rest[1:]
		unitText := rest
		if i := strings.Index(rest, " step "); i >= 0 {
			unitText = rest[:i]
			st, err := decimal.Parse(rest[i+len(" step "):])
			if err != nil || st.Sign() < 0 {
				return "invalid step " + quoteInput(rest[i+len(" step "):])
			}
			step = st
		} else if strings.HasPrefix(rest, "step ") {
			unitText = ""
			st, err := decimal.Parse(rest[len("step "):])
			if err != nil || st.Sign() < 0 {
				return "invalid step " + quoteInput(rest[len("step "):])
			}
			step = st
		}
		if unitText != "" {
			u, ok := unitAfter(unitText)
			if !ok {
				return "unknown unit " + quoteInput(unitText)
			}
			if haveUnit && u != unit {
				return "two units: " + unit.String() + " and " + u.String()
			}
			unit = u
		}
	}
	if err := f.setReported(value, step, unit, q); err != nil {
		return "value out of range"
	}
	return ""
}

func isUpper3(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}

func unitAfter(s string) (Unit, bool) {
	if u, ok := unitNouns[s]; ok {
		return u, true
	}
	if isUpper3(s) {
		if u, err := Currency(s); err == nil {
			return u, true
		}
		return Unit{}, false
	}
	if u, err := ParseUnit(s); err == nil && !u.IsZero() {
		return u, true
	}
	return Unit{}, false
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
	var c int64
	n, zeros := 0, 0 // digits, and trailing zeros among them
	frac := -1       // digits after the point; -1 without a point
	group := -1      // digits since the last comma; -1 before any comma
	for i := 0; i < len(num); i++ {
		switch b := num[i]; {
		case b >= '0' && b <= '9':
			if n == 18 {
				return value, step, false
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
		case b == ',':
			if frac >= 0 || group >= 0 && group != 3 || n == 0 || group < 0 && n > 3 {
				return value, step, false
			}
			group = 0
		case b == '.' && frac < 0 && (group < 0 || group == 3):
			frac = 0
		default:
			return value, step, false
		}
	}
	if frac == 0 || group >= 0 && group != 3 && frac < 0 || n == 0 {
		return value, step, false
	}
	stepExp := -frac
	if frac < 0 {
		// An integer: the step is the place of its last non-zero digit.
		stepExp = min(zeros, n-1)
		if c == 0 {
			stepExp = 0
		}
	}
	var err error
	if value, err = decimal.New(c, min(-frac, 0)); err != nil {
		return value, step, false
	}
	if step, err = decimal.New(1, stepExp); err != nil {
		return value, step, false
	}
	return value, step, true
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
//	5 persons                                    exact
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
	if f.qual != AsReported {
		b = append(b, f.qual.String()...)
		b = append(b, ' ')
	}
	b = f.value.Append(b)
	if !f.unit.IsZero() {
		b = append(b, ' ')
		b = append(b, f.unit.code...)
	}
	if !f.step.IsZero() || f.qual != AsReported {
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
