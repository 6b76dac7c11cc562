// Package decimal is the exact decimal arithmetic behind package trade: a
// coefficient of at most 18 significant digits with a decimal exponent
// within ±40, normalised so that equal values are equal structs. Every
// value has a plain text form ([D.Append]) that [Parse] reads back. Sums
// and differences are exact or fail with ErrOverflow; products and
// quotients that do not fit in 18 significant digits are rounded in the
// mode the caller names. Nothing here panics on input or allocates.
package decimal

import (
	"errors"
	"math"
	"math/bits"
	"strconv"
)

// ErrOverflow reports a result whose coefficient or exponent does not fit.
var ErrOverflow = errors.New("decimal overflow")

// ErrDivisionByZero reports a division by zero.
var ErrDivisionByZero = errors.New("decimal division by zero")

// Digits is the number of significant digits kept by rounded operations.
const Digits = 18

// maxExp bounds the exponent so that every value prints in a bounded number
// of characters.
const maxExp = 40

// D is a decimal number coef × 10^exp. The zero value is 0. D values are
// normalised (no trailing zeros in coef, exp 0 for zero), so == compares
// values.
type D struct {
	coef int64
	exp  int32
}

// Mode is a rounding direction.
type Mode uint8

// The rounding modes.
const (
	HalfEven Mode = iota // to nearest, ties to even
	Floor                // towards −∞
	Ceil                 // towards +∞
)

var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// New returns coef × 10^exp, normalised, or ErrOverflow when the
// coefficient keeps more than 18 significant digits or the exponent leaves
// ±40: every D is one that [Parse] reads.
func New(coef int64, exp int) (D, error) {
	if coef == 0 {
		return D{}, nil
	}
	for coef%10 == 0 {
		coef /= 10
		exp++
	}
	if exp > maxExp || exp < -maxExp || coef >= int64(pow10[Digits]) || coef <= -int64(pow10[Digits]) {
		return D{}, ErrOverflow
	}
	return D{coef: coef, exp: int32(exp)}, nil
}

// MustNew is New for constants known to fit; it panics otherwise.
func MustNew(coef int64, exp int) D {
	d, err := New(coef, exp)
	if err != nil {
		panic(err)
	}
	return d
}

// Coef and Exp return the parts of d.
func (d D) Coef() int64 { return d.coef }

// Exp returns the exponent of d.
func (d D) Exp() int { return int(d.exp) }

// Sign returns -1, 0 or +1.
func (d D) Sign() int {
	switch {
	case d.coef < 0:
		return -1
	case d.coef > 0:
		return 1
	}
	return 0
}

// IsZero reports whether d is 0.
func (d D) IsZero() bool { return d.coef == 0 }

// Neg returns −d.
func (d D) Neg() D { return D{coef: -d.coef, exp: d.exp} }

// Abs returns |d|.
func (d D) Abs() D {
	if d.coef < 0 {
		return d.Neg()
	}
	return d
}

// digits returns the number of decimal digits of u (1 for 0), from its
// bit length: log10(2) ≈ 1233/4096 gives the count or one less.
func digits(u uint64) int {
	n := (bits.Len64(u) * 1233) >> 12
	if n < len(pow10) && u >= pow10[n] {
		n++
	}
	if n == 0 {
		return 1
	}
	return n
}

// Shift returns d × 10^n, exactly, or ErrOverflow when the exponent leaves
// ±40.
func (d D) Shift(n int) (D, error) {
	if d.coef == 0 {
		return D{}, nil
	}
	if n > 2*maxExp || n < -2*maxExp {
		return D{}, ErrOverflow
	}
	e := int(d.exp) + n
	if e > maxExp || e < -maxExp {
		return D{}, ErrOverflow
	}
	return D{coef: d.coef, exp: int32(e)}, nil
}

// Half returns d / 2, exactly: an even coefficient is halved, an odd one
// is multiplied by 5 at one exponent less. ErrOverflow when that does not
// fit. The one exception to the 18-digit rule: the half of an odd
// 18-digit coefficient has 19 digits. It is an operand for Add and Sub,
// whose results are checked, and must not be kept.
func (d D) Half() (D, error) {
	if d.coef%2 == 0 {
		return New(d.coef/2, int(d.exp))
	}
	if d.coef > math.MaxInt64/5 || d.coef < math.MinInt64/5 || d.exp <= -maxExp {
		return D{}, ErrOverflow
	}
	return D{coef: d.coef * 5, exp: d.exp - 1}, nil
}

// align returns the coefficients of a and b at their smaller exponent.
func align(a, b D) (x, y int64, exp int32, err error) {
	if a.coef == 0 {
		return 0, b.coef, b.exp, nil
	}
	if b.coef == 0 {
		return a.coef, 0, a.exp, nil
	}
	switch {
	case a.exp == b.exp:
		return a.coef, b.coef, a.exp, nil
	case a.exp > b.exp:
		x, err = scaleUp(a.coef, int(a.exp-b.exp))
		return x, b.coef, b.exp, err
	default:
		y, err = scaleUp(b.coef, int(b.exp-a.exp))
		return a.coef, y, a.exp, err
	}
}

func scaleUp(c int64, n int) (int64, error) {
	if n >= len(pow10) {
		return 0, ErrOverflow
	}
	hi, lo := bits.Mul64(uabs(c), pow10[n])
	if hi != 0 || lo > math.MaxInt64 {
		return 0, ErrOverflow
	}
	if c < 0 {
		return -int64(lo), nil
	}
	return int64(lo), nil
}

func uabs(c int64) uint64 {
	if c < 0 {
		return uint64(-c)
	}
	return uint64(c)
}

// Add returns a + b exactly, or ErrOverflow.
func (a D) Add(b D) (D, error) {
	x, y, exp, err := align(a, b)
	if err != nil {
		return D{}, err
	}
	s, overflow := addInt64(x, y)
	if overflow {
		return D{}, ErrOverflow
	}
	return New(s, int(exp))
}

// Sub returns a − b exactly, or ErrOverflow.
func (a D) Sub(b D) (D, error) { return a.Add(b.Neg()) }

func addInt64(x, y int64) (int64, bool) {
	s := x + y
	return s, (x > 0 && y > 0 && s < 0) || (x < 0 && y < 0 && s >= 0)
}

// Cmp returns -1, 0 or +1 as a <, ==, > b.
func (a D) Cmp(b D) int {
	if a == b {
		return 0
	}
	if a.Sign() != b.Sign() {
		if a.Sign() < b.Sign() {
			return -1
		}
		return 1
	}
	x, y, _, err := align(a, b)
	if err != nil {
		// Alignment overflowed: the one with the larger magnitude has the
		// larger exponent-adjusted size.
		ma := int(a.exp) + digits(uabs(a.coef))
		mb := int(b.exp) + digits(uabs(b.coef))
		c := 1
		if ma < mb {
			c = -1
		}
		if a.Sign() < 0 {
			c = -c
		}
		return c
	}
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// Mul returns a × b, rounded to Digits significant digits in mode m when the
// exact product does not fit.
func (a D) Mul(b D, m Mode) (D, error) {
	if a.coef == 0 || b.coef == 0 {
		return D{}, nil
	}
	hi, lo := bits.Mul64(uabs(a.coef), uabs(b.coef))
	neg := (a.coef < 0) != (b.coef < 0)
	return round128(hi, lo, 0, neg, int(a.exp)+int(b.exp), m)
}

// Quo returns a / b rounded to Digits significant digits in mode m.
func (a D) Quo(b D, m Mode) (D, error) {
	if b.coef == 0 {
		return D{}, ErrDivisionByZero
	}
	if a.coef == 0 {
		return D{}, nil
	}
	ua, ub := uabs(a.coef), uabs(b.coef)
	k := Digits + digits(ub) - digits(ua)
	if k < 0 {
		k = 0
	}
	exp := int(a.exp) - int(b.exp) - k
	var hi, lo uint64
	if k < len(pow10) {
		hi, lo = bits.Mul64(ua, pow10[k])
	} else { // k ≤ 19 + 19: scale in two steps
		hi, lo = bits.Mul64(ua, pow10[19])
		hi2, lo2 := bits.Mul64(lo, pow10[k-19])
		hi = hi*pow10[k-19] + hi2
		lo = lo2
	}
	if hi >= ub {
		return D{}, ErrOverflow
	}
	q, r := bits.Div64(hi, lo, ub)
	// sticky: r != 0 means the quotient is inexact; compare 2r with ub for
	// the half.
	var half int // -1 below half, 0 exactly half, +1 above
	if r != 0 {
		h2, l2 := bits.Mul64(r, 2)
		switch {
		case h2 > 0 || l2 > ub:
			half = 1
		case l2 == ub:
			half = 0
		default:
			half = -1
		}
	}
	neg := (a.coef < 0) != (b.coef < 0)
	return roundQuotient(q, r != 0, half, neg, exp, m)
}

// roundQuotient rounds q (with remainder info) to Digits digits.
func roundQuotient(q uint64, inexact bool, half int, neg bool, exp int, m Mode) (D, error) {
	// First reduce q to at most Digits digits, folding dropped digits into
	// the rounding decision.
	for q >= pow10[Digits] {
		d := q % 10
		q /= 10
		exp++
		switch {
		case d > 5:
			half = 1
		case d == 5:
			if inexact {
				half = 1
			} else {
				half = 0
			}
		case d > 0:
			half = -1
		default:
			if inexact {
				half = -1
			}
		}
		inexact = inexact || d != 0
	}
	if inexact {
		up := false
		switch m {
		case HalfEven:
			up = half > 0 || (half == 0 && q%2 == 1)
		case Floor:
			up = neg
		case Ceil:
			up = !neg
		}
		if up {
			q++
			if q >= pow10[Digits] {
				q /= 10
				exp++
			}
		}
	}
	c := int64(q)
	if neg {
		c = -c
	}
	return New(c, exp)
}

// round128 rounds the 128-bit magnitude hi:lo × 10^exp to Digits digits.
func round128(hi, lo uint64, _ int, neg bool, exp int, m Mode) (D, error) {
	inexact := false
	half := -1
	for hi != 0 || lo >= pow10[Digits] {
		var r uint64
		hi, r = bits.Div64(0, hi, 10)
		lo, r = bits.Div64(r, lo, 10)
		exp++
		switch {
		case r > 5:
			half = 1
		case r == 5:
			if inexact {
				half = 1
			} else {
				half = 0
			}
		case r > 0:
			half = -1
		default:
			if inexact {
				half = -1
			}
		}
		inexact = inexact || r != 0
	}
	if exp > maxExp+Digits {
		return D{}, ErrOverflow
	}
	return roundQuotient(lo, inexact, half, neg, exp, m)
}

// Round returns d rounded to n significant digits in mode m; d unchanged
// when the rounded value's exponent would leave ±40 (a carry from
// 99…9 × 10^40).
func (d D) Round(n int, m Mode) D {
	if d.coef == 0 || n <= 0 {
		return d
	}
	u := uabs(d.coef)
	drop := digits(u) - n
	if drop <= 0 {
		return d
	}
	p := pow10[drop]
	q, r := u/p, u%p
	if r != 0 {
		up := false
		switch m {
		case HalfEven:
			up = r*2 > p || (r*2 == p && q%2 == 1)
		case Floor:
			up = d.coef < 0
		case Ceil:
			up = d.coef > 0
		}
		if up {
			q++
		}
	}
	c := int64(q)
	if d.coef < 0 {
		c = -c
	}
	r2, err := New(c, int(d.exp)+drop)
	if err != nil {
		return d
	}
	return r2
}

// RoundExp returns d rounded to a multiple of 10^exp in mode m; d is
// returned unchanged for exp beyond the representable ±40.
func (d D) RoundExp(exp int, m Mode) D {
	if d.coef == 0 || int(d.exp) >= exp || exp > maxExp {
		return d
	}
	keep := digits(uabs(d.coef)) - (exp - int(d.exp))
	if keep < 0 {
		// |d| < 10^exp / 10: rounds to 0 or ±10^exp.
		switch {
		case m == Ceil && d.coef > 0:
			return MustNew(1, exp)
		case m == Floor && d.coef < 0:
			return MustNew(-1, exp)
		}
		return D{}
	}
	if keep == 0 {
		// Between 10^(exp-1) and 10^exp: compare with half.
		u := uabs(d.coef)
		p := pow10[exp-int(d.exp)]
		up := false
		switch m {
		case HalfEven:
			up = u*2 > p
		case Floor:
			up = d.coef < 0
		case Ceil:
			up = d.coef > 0
		}
		if !up {
			return D{}
		}
		if d.coef < 0 {
			return MustNew(-1, exp)
		}
		return MustNew(1, exp)
	}
	return d.Round(keep, m)
}

// Float64 returns the float64 nearest to d, ties to even: strconv.ParseFloat
// rounds its decimal text correctly.
func (d D) Float64() float64 {
	f, _ := strconv.ParseFloat(string(d.Append(nil)), 64)
	return f
}

// FromFloat64 returns f rounded to n significant digits, or ErrOverflow for
// NaN, infinities and values out of range.
func FromFloat64(f float64, n int) (D, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return D{}, ErrOverflow
	}
	if n > 17 {
		n = 17
	}
	b := strconv.AppendFloat(nil, f, 'e', n-1, 64)
	d, err := Parse(string(b))
	return d, err
}
