package trade_test

import (
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/trade"
)

// plainDecimal writes coef × 10^exp as a plain decimal, independently of
// the package: digits, then zeros or a point.
func plainDecimal(coef int64, exp int) string {
	neg := coef < 0
	if neg {
		coef = -coef
	}
	ds := strconv.FormatInt(coef, 10)
	switch {
	case exp >= 0:
		ds += strings.Repeat("0", exp)
	case -exp >= len(ds):
		ds = "0." + strings.Repeat("0", -exp-len(ds)) + ds
	default:
		ds = ds[:len(ds)+exp] + "." + ds[len(ds)+exp:]
	}
	if neg && coef != 0 {
		ds = "-" + ds
	}
	return ds
}

// genDecimal returns a random plain decimal of 1 to 18 significant digits
// with an exponent within ±40 (the representation's limits), biased towards
// the limits: all nines, 17 and 18 digits, tiny and huge exponents,
// negative values.
func genDecimal(r *rand.Rand) string {
	n := 1 + r.IntN(18)
	if r.IntN(3) == 0 {
		n = 17 + r.IntN(2)
	}
	var coef int64
	if r.IntN(5) == 0 {
		coef, _ = strconv.ParseInt(strings.Repeat("9", n), 10, 64)
	} else {
		coef = 1 + r.Int64N(9)
		for i := 1; i < n; i++ {
			coef = coef*10 + r.Int64N(10)
		}
	}
	var exp int
	switch r.IntN(4) {
	case 0:
		exp = -40 + r.IntN(4) // tiny
	case 1:
		exp = 40 - n + 1 - r.IntN(4) // near the largest exponent
	default:
		exp = -6 + r.IntN(13)
	}
	exp = max(min(exp, 40), -40)
	if r.IntN(3) == 0 {
		coef = -coef
	}
	return plainDecimal(coef, exp)
}

var genUnits = []trade.Unit{{}, trade.Visitors, trade.Scholarships, trade.Persons}

// genFigure returns a random figure of unit u: exact, reported with a step,
// or qualified, or the error its constructor gives.
func genFigure(r *rand.Rand, u trade.Unit) (trade.Figure, error) {
	v := genDecimal(r)
	unit := ""
	if !u.IsZero() {
		unit = " " + u.String()
	}
	switch r.IntN(4) {
	case 0:
		return trade.Exact(v, u)
	case 1:
		st := genDecimal(r)
		st = strings.TrimPrefix(st, "-")
		return trade.NewFigure(v, st, u)
	case 2:
		q := []string{"over ", "under ", "about "}[r.IntN(3)]
		return trade.ParseFigure(q + v + unit + " step 1")
	}
	return trade.ParseFigure(v + unit)
}

// genRate returns a random rate: parsed as text writes it, or with a step.
func genRate(r *rand.Rand) (trade.Rate, error) {
	v := genDecimal(r)
	if r.IntN(2) == 0 {
		return trade.ParseRate(v + "%")
	}
	return trade.NewRate(v, strings.TrimPrefix(genDecimal(r), "-"))
}

// roundTripChecker counts the results of the arithmetic whose text does
// not read back equal.
type roundTripChecker struct {
	t              *testing.T
	checked, fails int
}

func (c *roundTripChecker) figure(op string, f trade.Figure, err error) {
	c.t.Helper()
	if err != nil {
		return
	}
	c.checked++
	text, merr := f.MarshalText()
	if merr != nil || string(text) != f.String() {
		c.fail("%s: MarshalText %q, %v differs from String %q", op, text, merr, f.String())
		return
	}
	back, perr := trade.ParseFigure(f.String())
	if perr != nil || back != f {
		c.fail("%s: %q reads back as %q, %v", op, f.String(), back.String(), perr)
	}
}

func (c *roundTripChecker) rate(op string, g trade.Rate, err error) {
	c.t.Helper()
	if err != nil {
		return
	}
	c.checked++
	text, merr := g.MarshalText()
	if merr != nil || string(text) != g.String() {
		c.fail("%s: MarshalText %q, %v differs from String %q", op, text, merr, g.String())
		return
	}
	back, perr := trade.ParseRate(g.String())
	if perr != nil || back != g {
		c.fail("%s: %q reads back as %q, %v", op, g.String(), back.String(), perr)
	}
}

func (c *roundTripChecker) fail(format string, args ...any) {
	c.t.Helper()
	c.fails++
	if c.fails <= 20 {
		c.t.Errorf(format, args...)
	}
}

// TestArithmeticRoundTrip: every Figure and Rate the package's arithmetic
// returns writes a text that ParseFigure or ParseRate reads back equal —
// same value, unit, step, bounds, qualifier — or the arithmetic returns an
// error (fixed seed; values at the digit and exponent limits, tiny,
// negative).
func TestArithmeticRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	c := &roundTripChecker{t: t}
	for range 6000 {
		u := genUnits[r.IntN(len(genUnits))]
		f, err := genFigure(r, u)
		c.figure("constructor", f, err)
		if err != nil {
			continue
		}
		g, err := genFigure(r, u)
		c.figure("constructor", g, err)
		if err != nil {
			continue
		}
		rt, err := genRate(r)
		c.rate("rate constructor", rt, err)

		sum, err := f.Add(g)
		c.figure("Add "+f.String()+" + "+g.String(), sum, err)
		twice, err := f.Add(f)
		c.figure("Add to itself "+f.String(), twice, err)
		diff, err := f.Sub(g)
		c.figure("Sub "+f.String()+" − "+g.String(), diff, err)
		k := genDecimal(r)
		if r.IntN(3) == 0 {
			k = []string{"1.1", "-1", "0.5", "3", "-0.001"}[r.IntN(5)]
		}
		sc, err := f.Scale(k)
		c.figure("Scale "+f.String()+" × "+k, sc, err)
		lo, hi := f.Bounds()
		c.figure("Bounds lo "+f.String(), lo, nil)
		c.figure("Bounds hi "+f.String(), hi, nil)
		if err == nil {
			// Arithmetic on derived figures.
			s2, err := sc.Add(f)
			c.figure("Add derived "+sc.String()+" + "+f.String(), s2, err)
		}
		if rt != (trade.Rate{}) {
			b, err := trade.ImpliedBase(f, rt)
			c.figure("ImpliedBase "+f.String()+" / "+rt.String(), b, err)
			cur, err := trade.ImpliedCurrent(f, rt)
			c.figure("ImpliedCurrent "+f.String()+" × "+rt.String(), cur, err)
			for _, places := range []int{0, 1, 2, 18} {
				c.rate("Round "+rt.String(), rt.Round(places), nil)
			}
		}
		gr, err := trade.Growth(f, g)
		c.rate("Growth "+f.String()+" → "+g.String(), gr, err)
		if err == nil {
			c.rate("Round "+gr.String(), gr.Round(1), nil)
		}
		sh, err := trade.Share(f, g)
		c.rate("Share "+f.String()+" of "+g.String(), sh, err)
		cg, err := trade.CAGR(f, g, 1+r.IntN(10))
		c.rate("CAGR "+f.String()+" → "+g.String(), cg, err)
	}
	if c.fails > 0 {
		t.Errorf("%d of %d results do not read back equal", c.fails, c.checked)
	}
	if c.checked < 20000 {
		t.Errorf("only %d results checked", c.checked)
	}
}

// TestArithmeticLimits pins the cases the property test found: a sum of 19
// significant digits and a rounded product of an exact figure.
func TestArithmeticLimits(t *testing.T) {
	nines, err := trade.Exact("999999999999999999", trade.Visitors)
	if err != nil {
		t.Fatal(err)
	}
	// 999999999999999999 + 999999999999999999 = 1999999999999999998: 19
	// significant digits, beyond the 18 the representation holds.
	if s, err := nines.Add(nines); !errors.Is(err, trade.ErrOverflow) {
		t.Errorf("Add: got %q, %v; want ErrOverflow", s.String(), err)
	}
	negNines, err := trade.Exact("-999999999999999999", trade.Visitors)
	if err != nil {
		t.Fatal(err)
	}
	if s, err := nines.Sub(negNines); !errors.Is(err, trade.ErrOverflow) {
		t.Errorf("Sub: got %q, %v; want ErrOverflow", s.String(), err)
	}
	// 999999999999999999 × 1.1 = 1099999999999999998.9: rounded to 18
	// digits, half-even 109999999999999999.9 → 1.1e18 for the value, floor
	// 1099999999999999990 and ceil 1100000000000000000 for the bounds.
	sc, err := nines.Scale("1.1")
	if err != nil {
		t.Fatal(err)
	}
	lo, hi := sc.Bounds()
	if got, want := sc.Decimal()+" "+lo.Decimal()+" "+hi.Decimal(), "1100000000000000000 1099999999999999990 1100000000000000000"; got != want {
		t.Errorf("Scale: got %s, want %s", got, want)
	}
	back, err := trade.ParseFigure(sc.String())
	if err != nil || back != sc {
		t.Errorf("Scale: %q reads back as %q, %v", sc.String(), back.String(), err)
	}
}
