package trade

import (
	"strings"

	"github.com/bilateral-go/bilateral/internal/decimal"
)

// Rate is a percentage — a growth rate, a share — with the interval of true
// values its report allows. "24%" is 24 rounded to 1, so 23.5 to 24.5;
// "8.3%" is 8.3 ± 0.05; "-3.2%" a fall. Rates derived by [Growth] and
// [Share] carry bounds propagated from their inputs and step 0. The value is
// in percent: [Rate.Decimal] of "24%" is "24".
//
// Rate is a comparable value. The zero Rate is an exact 0%.
type Rate struct {
	value, step, lo, hi decimal.D
	derived             bool
	span                bool // a range: "between 10 and 15 percent"
}

// maxRateLen bounds the text [ParseRate] reads: the longest canonical
// form, "V% in [LO, HI]" with three numbers of 59 bytes ("-", 18 digits, 40
// zeros), is 186 bytes.
const maxRateLen = 192

// ParseRate reads a percentage as English text writes it — "24%",
// "8.3%", "-3.2%", "+82%", "24 percent", "24 per cent", "3 pc", "twenty
// percent" — with the step of its last written digit, or its canonical
// form ("24% step 1", "24.0806% in [22.15, 26.03]"; see [Rate.String]).
// A fall is negative: "fell 3.2%", "down 3.2%", "decreased by 3.2%", "a
// 3.2% decline" are −3.2%. "doubled", "tripled", "quadrupled" are exact
// +100%, +200%, +300% and "halved" −50%. A range ("between 10 and 15
// percent", "10 to 15%") has its two numbers as bounds and their midpoint
// as value; its canonical form is "between 10% and 15% step 1".
func ParseRate(s string) (Rate, error) {
	r, reason := parseRate(s)
	if reason != "" {
		return Rate{}, &ParseError{What: "rate", Input: s, Reason: reason}
	}
	return r, nil
}

// MustParseRate is like [ParseRate] but panics on error; for tests and
// package-level variables only.
func MustParseRate(s string) Rate {
	r, err := ParseRate(s)
	if err != nil {
		panic(err)
	}
	return r
}

func parseRate(s string) (Rate, string) {
	switch {
	case s == "":
		return Rate{}, "empty input"
	case len(s) > maxRateLen:
		return Rate{}, "too long for a rate (" + itoa(len(s)) + " bytes)"
	}
	if r, ok := ratePhrase(s); ok {
		return r, ""
	}
	num, rest := s, ""
	switch {
	case strings.Contains(s, "%"):
		i := strings.IndexByte(s, '%')
		num, rest = s[:i], s[i+1:]
	case strings.HasSuffix(s, " percent"):
		num = strings.TrimSuffix(s, " percent")
	case strings.HasSuffix(s, " per cent"):
		num = strings.TrimSuffix(s, " per cent")
	default:
		return Rate{}, "no percent sign"
	}
	if num == "" {
		return Rate{}, "no number"
	}
	if strings.ContainsAny(num, ",") {
		return Rate{}, "invalid character in number"
	}
	v, step, reason := readNumber(num)
	if reason != "" {
		return Rate{}, reason
	}
	if !strings.Contains(num, ".") {
		step = decimal.MustNew(1, 0) // "24%", "100%": whole percent, trailing zeros count
	}
	switch {
	case rest == "":
	case strings.HasPrefix(rest, " step "):
		st, err := decimal.Parse(rest[len(" step "):])
		if err != nil || st.Sign() < 0 {
			return Rate{}, "invalid step"
		}
		step = st
	case strings.HasPrefix(rest, " in [") && strings.HasSuffix(rest, "]"):
		a, b, ok := strings.Cut(rest[len(" in ["):len(rest)-1], ", ")
		if !ok {
			return Rate{}, "want [LO, HI]"
		}
		lo, err1 := decimal.Parse(a)
		hi, err2 := decimal.Parse(b)
		if err1 != nil || err2 != nil || lo.Cmp(hi) > 0 {
			return Rate{}, "invalid bounds"
		}
		return Rate{value: v, lo: lo, hi: hi, derived: true}, ""
	default:
		return Rate{}, "unexpected " + quoteInput(rest) + " after the percent sign"
	}
	r, err := newRate(v, step)
	if err != nil {
		return Rate{}, "value out of range"
	}
	return r, ""
}

func newRate(v, step decimal.D) (Rate, error) {
	half, err := step.Half()
	if err != nil {
		return Rate{}, err
	}
	r := Rate{value: v, step: step}
	if r.lo, err = v.Sub(half); err != nil {
		return Rate{}, err
	}
	if r.hi, err = v.Add(half); err != nil {
		return Rate{}, err
	}
	return r, nil
}

// NewRate returns the rate value (in percent) reported rounded to step.
func NewRate(value, step string) (Rate, error) {
	v, err := decimal.Parse(value)
	if err != nil {
		return Rate{}, &ParseError{What: "rate", Input: value, Reason: decimalReason(err)}
	}
	st, err := decimal.Parse(step)
	if err != nil || st.Sign() < 0 {
		return Rate{}, &ParseError{What: "step", Input: step, Reason: "not a non-negative decimal"}
	}
	r, err := newRate(v, st)
	return r, mapErr(err)
}

// Decimal returns the value in percent as a plain decimal: "24", "-3.2".
func (r Rate) Decimal() string { return r.value.String() }

// Float64 returns the float64 nearest to the value of r in percent (ties
// to even): 24 for "24%", 8.3 (approximately) for "8.3%". It is
// approximate, for plotting and statistics; bounds are left out.
func (r Rate) Float64() float64 { return r.value.Float64() }

// Bounds returns the least and greatest values r allows as exact rates
// (step 0), as [Figure.Bounds] returns exact figures: 23.5% and 24.5% for
// "24%". [Rate.Decimal] of each gives the plain number in percent.
func (r Rate) Bounds() (lo, hi Rate) {
	return Rate{value: r.lo, lo: r.lo, hi: r.lo}, Rate{value: r.hi, lo: r.hi, hi: r.hi}
}

// IsDerived reports whether r was computed from figures.
func (r Rate) IsDerived() bool { return r.derived }

// Round returns r with its value and bounds rounded to places decimal
// places (0 to 18; [Figure.Round] counts significant digits instead) (half-even for the value, outward for the bounds), for
// display. A reported rate whose bounds are no longer its value ± half its
// step comes back derived, with step 0, so that its text keeps the bounds.
func (r Rate) Round(places int) Rate {
	places = min(max(places, 0), decimal.Digits)
	out := r
	out.value = r.value.RoundExp(-places, decimal.HalfEven)
	out.lo = r.lo.RoundExp(-places, decimal.Floor)
	out.hi = r.hi.RoundExp(-places, decimal.Ceil)
	if !r.derived {
		if same, err := newRate(out.value, r.step); err != nil || same != out {
			out.derived, out.step = true, decimal.D{}
		}
	}
	return out
}

// Contains reports whether the value x (in percent, a plain decimal string)
// lies within r's bounds.
func (r Rate) Contains(x string) bool {
	d, err := decimal.Parse(x)
	return err == nil && d.Cmp(r.lo) >= 0 && d.Cmp(r.hi) <= 0
}

// Overlaps reports whether r and s allow a common value.
func (r Rate) Overlaps(s Rate) bool { return r.lo.Cmp(s.hi) <= 0 && s.lo.Cmp(r.hi) <= 0 }

// AppendText appends the canonical form of r: "24% step 1" for a reported
// rate, "24.0806% in [22.1534, 26.0254]" for a derived one.
func (r Rate) AppendText(b []byte) ([]byte, error) {
	if r.span {
		b = append(b, "between "...)
		b = r.lo.Append(b)
		b = append(b, "% and "...)
		b = r.hi.Append(b)
		b = append(b, "% step "...)
		return r.step.Append(b), nil
	}
	b = r.value.Append(b)
	b = append(b, '%')
	if r.derived {
		b = append(b, " in ["...)
		b = r.lo.Append(b)
		b = append(b, ", "...)
		b = r.hi.Append(b)
		return append(b, ']'), nil
	}
	b = append(b, " step "...)
	return r.step.Append(b), nil
}

// String returns the canonical form of r.
func (r Rate) String() string {
	b, _ := r.AppendText(nil)
	return string(b)
}

// MarshalText returns the canonical form of r.
func (r Rate) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText reads r with [ParseRate].
func (r *Rate) UnmarshalText(b []byte) error {
	v, err := ParseRate(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
