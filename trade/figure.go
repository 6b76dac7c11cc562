package trade

import (
	"github.com/bilateral-go/bilateral/internal/decimal"
)

// Qualifier says how a reported figure bounds the true value.
type Qualifier uint8

// The qualifiers. The zero value, [QualifierAsReported], means the figure was
// rounded to its step.
const (
	QualifierAsReported Qualifier = iota // "$4.4 billion": within half a step
	QualifierOver                        // "over $1 billion", "more than", "exceeded": a lower bound
	QualifierUnder                       // "under", "less than", "up to": an upper bound
	QualifierAbout                       // "about", "around", "approximately": rounded to its step, said loosely
	QualifierNearly                      // "nearly", "almost", "close to": below the value, within half a step
	QualifierBetween                     // "between 10 and 15", "$3–4 billion": a range, bounded by its two numbers
	qualifierEnd
)

var qualifierNames = [...]string{"as-reported", "over", "under", "about", "nearly", "between"}

// String returns "as-reported", "over", "under", "about", "nearly" or
// "between", and "Qualifier(N)" for other values.
func (q Qualifier) String() string {
	if q < qualifierEnd {
		return qualifierNames[q]
	}
	return "Qualifier(" + itoa(int(q)) + ")"
}

// Figure is a reported quantity: an exact decimal value, a [Unit], the step
// it was rounded to, and the interval of true values that report allows.
//
// A figure read from text ([ParseFigure]) is [QualifierAsReported] within half its
// step: "$4.4 billion" is 4.4e9 USD rounded to 0.1e9, so the true value lies
// in [4.35e9, 4.45e9]. An exact figure has step 0 and equal bounds. A figure
// qualified [QualifierOver] has only a lower bound ("over $1 billion": more than 1e9),
// one qualified [QualifierUnder] only an upper bound. Figures derived by [ImpliedBase],
// [ImpliedCurrent] and the arithmetic carry the bounds propagated from their
// inputs, which need not be symmetric; their Step is 0 and their value is
// the point estimate.
//
// Figure is a comparable value; == compares value, unit, step, bounds and
// qualifier. The zero Figure is an exact 0 with no unit.
type Figure struct {
	value, step decimal.D
	lo, hi      decimal.D
	unit        Unit
	qual        Qualifier
	loOpen      bool // no lower bound
	hiOpen      bool // no upper bound
	derived     bool // bounds propagated, not from a step
}

// Exact returns the exact figure value unit, with step 0.
func Exact(value string, unit Unit) (Figure, error) {
	v, err := decimal.Parse(value)
	if err != nil {
		return Figure{}, &ParseError{What: "decimal", Input: value, Reason: decimalReason(err)}
	}
	return Figure{value: v, lo: v, hi: v, unit: unit}, nil
}

// NewFigure returns the figure value unit reported rounded to step (≥ 0):
// its bounds are value ± step/2. Step 0 makes an exact figure.
func NewFigure(value, step string, unit Unit) (Figure, error) {
	v, err := decimal.Parse(value)
	if err != nil {
		return Figure{}, &ParseError{What: "decimal", Input: value, Reason: decimalReason(err)}
	}
	s, err := decimal.Parse(step)
	if err != nil {
		return Figure{}, &ParseError{What: "step", Input: step, Reason: decimalReason(err)}
	}
	if s.Sign() < 0 {
		return Figure{}, &ParseError{What: "step", Input: step, Reason: "negative step"}
	}
	var f Figure
	if err := f.setReported(v, s, unit, QualifierAsReported); err != nil {
		return Figure{}, err
	}
	return f, nil
}

// setReported sets f to a figure from a value, its step and a qualifier.
// It writes through a pointer: a Figure is 88 bytes, and returning it
// through every layer of ParseFigure was a third of its cost.
func (f *Figure) setReported(v, step decimal.D, unit Unit, q Qualifier) error {
	// Field by field: assigning a whole Figure literal through the pointer
	// cost as much as the rest of ParseFigure.
	f.value, f.step, f.unit, f.qual = v, step, unit, q
	f.lo, f.hi = decimal.D{}, decimal.D{}
	f.loOpen, f.hiOpen, f.derived = false, false, false
	switch q {
	case QualifierOver:
		f.lo, f.hiOpen = v, true
		return nil
	case QualifierUnder:
		f.hi, f.loOpen = v, true
		return nil
	}
	half, err := step.Half()
	if err != nil {
		return mapErr(err)
	}
	if q == QualifierNearly { // [v − step/2, v]
		f.hi = v
		f.lo, err = v.Sub(half)
		return mapErr(err)
	}
	if f.lo, err = v.Sub(half); err != nil {
		return mapErr(err)
	}
	if f.hi, err = v.Add(half); err != nil {
		return mapErr(err)
	}
	return nil
}

func decimalReason(err error) string {
	if err == decimal.ErrOverflow {
		return "more than 18 significant digits or an exponent beyond ±40"
	}
	return "not a decimal number"
}

// Decimal returns the plain decimal form of the value: "4400000000".
func (f Figure) Decimal() string { return f.value.String() }

// Step returns the rounding step as a plain decimal ("100000000" for
// "$4.4 billion"); "0" for exact and derived figures.
func (f Figure) Step() string { return f.step.String() }

// Float64 returns the float64 nearest to the value of f (ties to even),
// for plotting and statistics: it is approximate, as "0.1" has no exact
// float64, and an 18-digit value keeps only about 16 of its digits. Bounds
// and step are left out; use [Figure.Bounds] for them. Arithmetic belongs
// on Figure, not on the float64.
func (f Figure) Float64() float64 { return f.value.Float64() }

// Unit returns the unit of f.
func (f Figure) Unit() Unit { return f.unit }

// Qualifier returns how f bounds the true value.
func (f Figure) Qualifier() Qualifier { return f.qual }

// IsExact reports whether f has a single possible value.
func (f Figure) IsExact() bool { return !f.loOpen && !f.hiOpen && f.lo == f.hi }

// IsDerived reports whether f was computed from other figures, so that its
// bounds come from theirs rather than from a reporting step.
func (f Figure) IsDerived() bool { return f.derived }

// Bounds returns the least and greatest values f allows, as exact figures
// of f's unit: for "$4.4 billion", 4.35e9 USD and 4.45e9 USD. A bound f
// does not have (Over has no upper bound, Under no lower) is returned as the
// zero Figure; [Figure.HasBounds] tells which exist.
func (f Figure) Bounds() (lo, hi Figure) {
	lo = Figure{value: f.lo, lo: f.lo, hi: f.lo, unit: f.unit}
	hi = Figure{value: f.hi, lo: f.hi, hi: f.hi, unit: f.unit}
	if f.loOpen {
		lo = Figure{}
	}
	if f.hiOpen {
		hi = Figure{}
	}
	return lo, hi
}

// HasBounds reports which bounds f has: both for reported and exact figures,
// only the lower for Over, only the upper for Under.
func (f Figure) HasBounds() (lower, upper bool) { return !f.loOpen, !f.hiOpen }

// Compare compares the values of f and g, which must share a unit
// ([*UnitMismatchError] otherwise): -1 if f's value is less than g's, 0 if
// equal, +1 if greater. Bounds, steps and qualifiers are not compared; use
// [Figure.Bounds] to compare intervals.
func (f Figure) Compare(g Figure) (int, error) {
	if f.unit != g.unit {
		return 0, &UnitMismatchError{Op: "compare", A: f.unit, B: g.unit}
	}
	return f.value.Cmp(g.value), nil
}

// Add returns f + g with bounds lo_f + lo_g and hi_f + hi_g. The units must
// match ([*UnitMismatchError]); sums are exact or fail with [ErrOverflow].
func (f Figure) Add(g Figure) (Figure, error) {
	if f.unit != g.unit {
		return Figure{}, &UnitMismatchError{Op: "add", A: f.unit, B: g.unit}
	}
	return combine(f, g, false)
}

// Sub returns f − g with bounds lo_f − hi_g and hi_f − lo_g.
func (f Figure) Sub(g Figure) (Figure, error) {
	if f.unit != g.unit {
		return Figure{}, &UnitMismatchError{Op: "sub", A: f.unit, B: g.unit}
	}
	return combine(f, g, true)
}

func combine(f, g Figure, sub bool) (Figure, error) {
	op := func(a, b decimal.D) (decimal.D, error) {
		if sub {
			return a.Sub(b)
		}
		return a.Add(b)
	}
	v, err := op(f.value, g.value)
	if err != nil {
		return Figure{}, mapErr(err)
	}
	r := Figure{value: v, unit: f.unit, derived: true}
	glo, ghi, gloOpen, ghiOpen := g.lo, g.hi, g.loOpen, g.hiOpen
	if sub {
		glo, ghi, gloOpen, ghiOpen = ghi, glo, ghiOpen, gloOpen
	}
	r.loOpen = f.loOpen || gloOpen
	r.hiOpen = f.hiOpen || ghiOpen
	if !r.loOpen {
		if r.lo, err = op(f.lo, glo); err != nil {
			return Figure{}, mapErr(err)
		}
	}
	if !r.hiOpen {
		if r.hi, err = op(f.hi, ghi); err != nil {
			return Figure{}, mapErr(err)
		}
	}
	if r.IsExact() && f.IsExact() && g.IsExact() {
		r.derived = false
	}
	return r, nil
}

// Scale returns f multiplied by the exact factor k (a plain decimal
// string), with its bounds scaled too (and swapped when k is negative).
// Products are rounded to 18 significant digits, outward for the bounds;
// the result is derived unless f is exact and the product needed no
// rounding.
func (f Figure) Scale(k string) (Figure, error) {
	kd, err := decimal.Parse(k)
	if err != nil {
		return Figure{}, &ParseError{What: "decimal", Input: k, Reason: decimalReason(err)}
	}
	v, err := f.value.Mul(kd, decimal.HalfEven)
	if err != nil {
		return Figure{}, mapErr(err)
	}
	r := Figure{value: v, unit: f.unit, derived: !f.IsExact()}
	lo, hi, loOpen, hiOpen := f.lo, f.hi, f.loOpen, f.hiOpen
	if kd.Sign() < 0 {
		lo, hi, loOpen, hiOpen = hi, lo, hiOpen, loOpen
	}
	r.loOpen, r.hiOpen = loOpen, hiOpen
	if !loOpen {
		if r.lo, err = lo.Mul(kd, decimal.Floor); err != nil {
			return Figure{}, mapErr(err)
		}
	}
	if !hiOpen {
		if r.hi, err = hi.Mul(kd, decimal.Ceil); err != nil {
			return Figure{}, mapErr(err)
		}
	}
	// An exact figure whose product was rounded has bounds apart from its
	// value: they are kept, as a derived figure's.
	r.derived = r.derived || !r.IsExact() || r.lo != r.value
	return r, nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Round returns f rounded to n significant digits, for display: the value
// half-even, and the bounds outward (down and up) to the decimal place of
// the value's last kept digit, so that the interval still holds every
// value f allowed. The base implied by $4.4 billion and 24% rounds to 4
// digits as 3548000000 USD in [3493000000, 3604000000]. A figure that
// rounding leaves unchanged is returned as it was; any other comes back
// derived, with step 0 and no qualifier, so that its text keeps the
// bounds. n ≤ 0 returns f unchanged. [Rate.Round] rounds to decimal
// places instead, as percentages are written. Use [Figure.Decimal] on the
// result for the plain number.
func (f Figure) Round(n int) Figure {
	if n <= 0 {
		return f
	}
	v := f.value.Round(n, decimal.HalfEven)
	out := f
	out.value = v
	if !f.value.IsZero() {
		// The place of the n-th significant digit of the value.
		at := f.value.Exp() + len(itoa(int(max(f.value.Coef(), -f.value.Coef())))) - n
		if !f.loOpen {
			out.lo = f.lo.RoundExp(at, decimal.Floor)
		}
		if !f.hiOpen {
			out.hi = f.hi.RoundExp(at, decimal.Ceil)
		}
	} else {
		if !f.loOpen {
			out.lo = f.lo.Round(n, decimal.Floor)
		}
		if !f.hiOpen {
			out.hi = f.hi.Round(n, decimal.Ceil)
		}
	}
	if out == f {
		return f
	}
	out.derived, out.step, out.qual = true, decimal.D{}, QualifierAsReported
	return out
}
