package trade

import (
	"math"

	"github.com/bilateral-go/bilateral/internal/decimal"
)

// Every function here works on intervals: a figure's value with its bounds.
// Point estimates are rounded half-even to 18 significant digits; bounds are
// rounded outward (the lower one down, the upper one up), so the interval
// printed always contains every value the inputs allow.

var one, minusOne = decimal.MustNew(1, 0), decimal.MustNew(-1, 0)

// interval is a closed interval with a point inside. The helpers below
// work through pointers, in place: intervals are 48 bytes, and copying them
// through every step was most of the cost of a growth computation.
type interval struct{ v, lo, hi decimal.D }

// figureInterval sets r to the value and bounds of f.
func figureInterval(r *interval, f *Figure) error {
	if f.loOpen || f.hiOpen {
		return ErrUnbounded
	}
	r.v, r.lo, r.hi = f.value, f.lo, f.hi
	return nil
}

// quo sets r to a / b; the divisor must not contain zero.
func quo(r, a, b *interval) error {
	if b.lo.Sign() <= 0 && b.hi.Sign() >= 0 {
		return ErrDivisionByZero
	}
	v, err := a.v.Quo(b.v, decimal.HalfEven)
	if err != nil {
		return mapErr(err)
	}
	if b.lo.Sign() > 0 && a.lo.Sign() >= 0 {
		// The common case, positive over positive: two divisions suffice.
		lo, err := a.lo.Quo(b.hi, decimal.Floor)
		if err != nil {
			return mapErr(err)
		}
		hi, err := a.hi.Quo(b.lo, decimal.Ceil)
		if err != nil {
			return mapErr(err)
		}
		r.v, r.lo, r.hi = v, lo, hi
		return nil
	}
	return extremes(r, v, [4][2]decimal.D{{a.lo, b.lo}, {a.lo, b.hi}, {a.hi, b.lo}, {a.hi, b.hi}}, decimal.D.Quo)
}

// mul sets r to a × b.
func mul(r, a, b *interval) error {
	v, err := a.v.Mul(b.v, decimal.HalfEven)
	if err != nil {
		return mapErr(err)
	}
	if a.lo.Sign() >= 0 && b.lo.Sign() >= 0 {
		lo, err := a.lo.Mul(b.lo, decimal.Floor)
		if err != nil {
			return mapErr(err)
		}
		hi, err := a.hi.Mul(b.hi, decimal.Ceil)
		if err != nil {
			return mapErr(err)
		}
		r.v, r.lo, r.hi = v, lo, hi
		return nil
	}
	return extremes(r, v, [4][2]decimal.D{{a.lo, b.lo}, {a.lo, b.hi}, {a.hi, b.lo}, {a.hi, b.hi}}, decimal.D.Mul)
}

// extremes sets r to the point v and the interval spanned by op over the
// four corner pairs, each rounded outward.
func extremes(r *interval, v decimal.D, pairs [4][2]decimal.D, op func(decimal.D, decimal.D, decimal.Mode) (decimal.D, error)) error {
	var out interval
	out.v = v
	for i, p := range pairs {
		lo, err := op(p[0], p[1], decimal.Floor)
		if err != nil {
			return mapErr(err)
		}
		hi, err := op(p[0], p[1], decimal.Ceil)
		if err != nil {
			return mapErr(err)
		}
		if i == 0 || lo.Cmp(out.lo) < 0 {
			out.lo = lo
		}
		if i == 0 || hi.Cmp(out.hi) > 0 {
			out.hi = hi
		}
	}
	*r = out
	return nil
}

// shift adds k to every part of a (exact).
func (a *interval) shift(k decimal.D) error {
	var err error
	if a.v, err = a.v.Add(k); err != nil {
		return mapErr(err)
	}
	if a.lo, err = a.lo.Add(k); err != nil {
		return mapErr(err)
	}
	if a.hi, err = a.hi.Add(k); err != nil {
		return mapErr(err)
	}
	return nil
}

// scale multiplies every part of a by 10^n (exact), or fails with
// ErrOverflow when an exponent leaves the range.
func (a *interval) scale(n int) error {
	var err error
	if a.v, err = a.v.Shift(n); err != nil {
		return mapErr(err)
	}
	if a.lo, err = a.lo.Shift(n); err != nil {
		return mapErr(err)
	}
	if a.hi, err = a.hi.Shift(n); err != nil {
		return mapErr(err)
	}
	return nil
}

// factor sets r to the interval 1 + g/100.
func factor(r *interval, g *Rate) error {
	r.v, r.lo, r.hi = g.value, g.lo, g.hi
	if err := r.scale(-2); err != nil {
		return err
	}
	return r.shift(one)
}

// Growth returns the change from prev to cur in percent, (cur/prev − 1) ×
// 100, with bounds from both figures' intervals: from $3.5 billion to
// $4.4 billion (both rounded to 0.1 billion) is 25.714…%, between
// (4.35/3.55 − 1) × 100 = 22.535…% and (4.45/3.45 − 1) × 100 = 28.985…%.
// The units must match; prev's interval must not contain zero
// ([ErrDivisionByZero]); open bounds give [ErrUnbounded]. Growth does not
// allocate.
func Growth(prev, cur Figure) (Rate, error) {
	if prev.unit != cur.unit {
		return Rate{}, &UnitMismatchError{Op: "growth", A: prev.unit, B: cur.unit}
	}
	var p, c, q interval
	if err := figureInterval(&p, &prev); err != nil {
		return Rate{}, err
	}
	if err := figureInterval(&c, &cur); err != nil {
		return Rate{}, err
	}
	if err := quo(&q, &c, &p); err != nil {
		return Rate{}, err
	}
	if err := q.shift(minusOne); err != nil {
		return Rate{}, err
	}
	if err := q.scale(2); err != nil {
		return Rate{}, err
	}
	return Rate{value: q.v, lo: q.lo, hi: q.hi, derived: true}, nil
}

// ImpliedBase returns the figure that grew by g to cur: cur / (1 + g/100).
// For $4.4 billion after growth of 24% (both as reported), the base is
// 4.4 / 1.24 = 3.548… billion, and the rounding of both allows anything from
// 4.35 / 1.245 = 3.4939… to 4.45 / 1.235 = 3.6032… billion. A change of
// −100% or below gives [ErrDivisionByZero].
func ImpliedBase(cur Figure, g Rate) (Figure, error) {
	var c, f, r interval
	if err := figureInterval(&c, &cur); err != nil {
		return Figure{}, err
	}
	if err := factor(&f, &g); err != nil {
		return Figure{}, err
	}
	if err := quo(&r, &c, &f); err != nil {
		return Figure{}, err
	}
	return Figure{value: r.v, lo: r.lo, hi: r.hi, unit: cur.unit, derived: true}, nil
}

// ImpliedCurrent returns prev grown by g: prev × (1 + g/100), with bounds.
func ImpliedCurrent(prev Figure, g Rate) (Figure, error) {
	var p, f, r interval
	if err := figureInterval(&p, &prev); err != nil {
		return Figure{}, err
	}
	if err := factor(&f, &g); err != nil {
		return Figure{}, err
	}
	if err := mul(&r, &p, &f); err != nil {
		return Figure{}, err
	}
	return Figure{value: r.v, lo: r.lo, hi: r.hi, unit: prev.unit, derived: true}, nil
}

// Share returns part as a percentage of whole, with bounds. The units must
// match.
func Share(part, whole Figure) (Rate, error) {
	if part.unit != whole.unit {
		return Rate{}, &UnitMismatchError{Op: "share", A: part.unit, B: whole.unit}
	}
	var p, w, q interval
	if err := figureInterval(&p, &part); err != nil {
		return Rate{}, err
	}
	if err := figureInterval(&w, &whole); err != nil {
		return Rate{}, err
	}
	if err := quo(&q, &p, &w); err != nil {
		return Rate{}, err
	}
	if err := q.scale(2); err != nil {
		return Rate{}, err
	}
	return Rate{value: q.v, lo: q.lo, hi: q.hi, derived: true}, nil
}

// cagrDigits is the number of significant digits CAGR keeps.
const cagrDigits = 12

// CAGR returns the compound annual growth rate from first to last over
// years years: ((last/first)^(1/years) − 1) × 100. The root is computed in
// float64 and rounded to 12 significant digits; the bounds, from the
// extreme ratios of the inputs' intervals, are widened outward by one unit
// in the twelfth digit to cover the float64 error. Both figures must be
// positive and share a unit; years must be at least 1.
func CAGR(first, last Figure, years int) (Rate, error) {
	if first.unit != last.unit {
		return Rate{}, &UnitMismatchError{Op: "cagr", A: first.unit, B: last.unit}
	}
	if years < 1 {
		return Rate{}, &ParseError{What: "years", Input: itoa(years), Reason: "must be at least 1"}
	}
	var a, b interval
	if err := figureInterval(&a, &first); err != nil {
		return Rate{}, err
	}
	if err := figureInterval(&b, &last); err != nil {
		return Rate{}, err
	}
	if a.lo.Sign() <= 0 || b.lo.Sign() <= 0 {
		return Rate{}, ErrDivisionByZero
	}
	root := func(num, den decimal.D, m decimal.Mode) (decimal.D, error) {
		x := (math.Pow(num.Float64()/den.Float64(), 1/float64(years)) - 1) * 100
		d, err := decimal.FromFloat64(x, cagrDigits)
		if err != nil {
			return d, ErrOverflow
		}
		if m == decimal.HalfEven {
			return d, nil
		}
		ulp, err := decimal.New(1, d.Exp()+len(itoa(int(abs64(d.Coef()))))-cagrDigits)
		if err != nil {
			return d, ErrOverflow
		}
		if m == decimal.Floor {
			return d.Sub(ulp)
		}
		return d.Add(ulp)
	}
	var r Rate
	var err error
	if r.value, err = root(b.v, a.v, decimal.HalfEven); err != nil {
		return Rate{}, mapErr(err)
	}
	if r.lo, err = root(b.lo, a.hi, decimal.Floor); err != nil {
		return Rate{}, mapErr(err)
	}
	if r.hi, err = root(b.hi, a.lo, decimal.Ceil); err != nil {
		return Rate{}, mapErr(err)
	}
	r.derived = true
	return r, nil
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
