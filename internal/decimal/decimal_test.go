package decimal_test

import (
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/internal/decimal"
	"github.com/stretchr/testify/require"
)

func p(s string) decimal.D {
	d, err := decimal.Parse(s)
	if err != nil {
		panic(s + ": " + err.Error())
	}
	return d
}

func TestParseString(t *testing.T) {
	for in, want := range map[string]string{
		"4400000000": "4400000000", "4.4e9": "4400000000", "-8.3": "-8.3", "0.05": "0.05", "000.0500": "0.05",
		"0": "0", "-0": "0", "1e-3": "0.001", "123456789012345678": "123456789012345678", "+24": "24",
	} {
		require.Equal(t, want, p(in).String(), in)
	}
	for _, bad := range []string{"", "-", ".", "1.2.3", "1,000", "e5", "1e", "1e999", "0x10", " 1", "1 "} {
		_, err := decimal.Parse(bad)
		require.ErrorIs(t, err, decimal.ErrSyntax, bad)
	}
	_, err := decimal.Parse("1234567890123456789") // 19 significant digits
	require.ErrorIs(t, err, decimal.ErrOverflow)
	require.Equal(t, p("4.40"), p("4.4")) // normalised: == compares values
}

func TestArithmetic(t *testing.T) {
	sum, err := p("4.35e9").Add(p("0.1e9"))
	require.NoError(t, err)
	require.Equal(t, "4450000000", sum.String())
	diff, err := p("1").Sub(p("0.001"))
	require.NoError(t, err)
	require.Equal(t, "0.999", diff.String())
	// Sums keep 18 significant digits at most, so that Parse reads every
	// result back: 999999999999999999 + 1 = 1e18 fits, + 2 needs 19 digits.
	big := p("999999999999999999")
	sum, err = big.Add(p("1"))
	require.NoError(t, err)
	require.Equal(t, "1000000000000000000", sum.String())
	_, err = big.Add(p("2"))
	require.ErrorIs(t, err, decimal.ErrOverflow)
	_, err = big.Sub(p("-999999999999999999"))
	require.ErrorIs(t, err, decimal.ErrOverflow)
	_, err = decimal.New(1<<63-1, 0)
	require.ErrorIs(t, err, decimal.ErrOverflow)
	_, err = decimal.New(-1<<63, 0)
	require.ErrorIs(t, err, decimal.ErrOverflow)
	_, err = decimal.New(-999999999999999999, 0)
	require.NoError(t, err)
	_, err = decimal.New(1000000000000000010, 0) // 100000000000000001e1: 18 digits
	require.NoError(t, err)
	nines, err := p("9e18").Add(p("9e18")) // normalised coefficients stay small
	require.NoError(t, err)
	require.Equal(t, "18000000000000000000", nines.String())
	_, err = p("1e40").Add(p("1e-40"))
	require.ErrorIs(t, err, decimal.ErrOverflow)

	// 4.35e9 / 1.245 = 3493975903.614457831325301…; 18 digits:
	q, err := p("4.35e9").Quo(p("1.245"), decimal.Floor)
	require.NoError(t, err)
	require.Equal(t, "3493975903.61445783", q.String())
	q, err = p("4.35e9").Quo(p("1.245"), decimal.Ceil)
	require.NoError(t, err)
	require.Equal(t, "3493975903.61445784", q.String())
	// 4.4e9 / 1.24 = 3548387096.774193548387…
	q, err = p("4.4e9").Quo(p("1.24"), decimal.HalfEven)
	require.NoError(t, err)
	require.Equal(t, "3548387096.77419355", q.String())
	// 1/3 = 0.333333333333333333 (18 threes); −2/3 floors to …67, ceils to …66.
	q, _ = p("1").Quo(p("3"), decimal.HalfEven)
	require.Equal(t, "0.333333333333333333", q.String())
	q, _ = p("-2").Quo(p("3"), decimal.Floor)
	require.Equal(t, "-0.666666666666666667", q.String())
	q, _ = p("-2").Quo(p("3"), decimal.Ceil)
	require.Equal(t, "-0.666666666666666666", q.String())
	q, _ = p("10").Quo(p("4"), decimal.HalfEven)
	require.Equal(t, "2.5", q.String())
	_, err = p("1").Quo(p("0"), decimal.HalfEven)
	require.ErrorIs(t, err, decimal.ErrDivisionByZero)
	// 1.124 × 1.24: 1.39376 exact.
	m, err := p("1.124").Mul(p("1.24"), decimal.HalfEven)
	require.NoError(t, err)
	require.Equal(t, "1.39376", m.String())
	// 123456789012345678 × 3 = 370370367037037034: fits 18 digits exactly.
	m, _ = p("123456789012345678").Mul(p("3"), decimal.HalfEven)
	require.Equal(t, "370370367037037034", m.String())
	// 999999999999999999 × 999999999999999999 = 999…998000…001 (36 digits): 18 digits half-even → 1e36 after carry.
	m, _ = p("999999999999999999").Mul(p("999999999999999999"), decimal.HalfEven)
	require.Equal(t, "999999999999999998000000000000000000", m.String())

	require.Equal(t, -1, p("3.49").Cmp(p("3.5")))
	require.Equal(t, 1, p("1e30").Cmp(p("9e18")))
	require.Equal(t, -1, p("-1e30").Cmp(p("-9e18")))
	require.Equal(t, "3.55", p("3.548387").Round(3, decimal.HalfEven).String())
	require.Equal(t, "3.54", p("3.548387").Round(3, decimal.Floor).String())
	require.Equal(t, "3500000000", p("3548387096.77").RoundExp(8, decimal.HalfEven).String())
	require.Equal(t, "3600000000", p("3548387096.77").RoundExp(8, decimal.Ceil).String())
	require.Equal(t, "0", p("0.004").RoundExp(-2, decimal.HalfEven).String())
	require.Equal(t, "0.01", p("0.004").RoundExp(-2, decimal.Ceil).String())
	require.Equal(t, "0.01", p("0.006").RoundExp(-2, decimal.HalfEven).String())
}

func TestAllocs(t *testing.T) {
	a, b := p("4.4e9"), p("1.24")
	allocs := testing.AllocsPerRun(100, func() {
		q, _ := a.Quo(b, decimal.HalfEven)
		_, _ = q.Mul(b, decimal.Floor)
		_, _ = q.Add(a)
	})
	require.Zero(t, allocs)
}

// Trailing zeros are not significant digits: a value with 19 or more
// digits whose tail is zeros parses (fuzz crasher "1000000010bn").
func TestParseTrailingZeros(t *testing.T) {
	d, err := decimal.Parse("1000000010000000000")
	require.NoError(t, err)
	require.Equal(t, "1000000010000000000", d.String())
	d, err = decimal.Parse("1200000000000000000000.000")
	require.NoError(t, err)
	require.Equal(t, "1200000000000000000000", d.String())
	_, err = decimal.Parse("1000000000000000001")
	require.ErrorIs(t, err, decimal.ErrOverflow)
	d, err = decimal.Parse("0.000100")
	require.NoError(t, err)
	require.Equal(t, "0.0001", d.String())
}

func TestShiftHalf(t *testing.T) {
	for _, tt := range []struct{ in, shift, half string }{ // shift: × 10^-8
		{"4.4e9", "44", "2200000000"},             // 4.4e9 × 10^-8 = 44; 4.4e9 / 2
		{"1e8", "1", "50000000"},                  // an odd coefficient: 1e8 / 2 = 5e7
		{"-0.1", "-0.000000001", "-0.05"},         // negative
		{"0", "0", "0"},                           // zero
		{"3", "0.00000003", "1.5"},                // 3 / 2 = 15e-1
		{"0.25", "0.0000000025", "0.125"},         // 25e-2 / 2 = 125e-3
		{"123456789", "1.23456789", "61728394.5"}, // odd
	} {
		d := p(tt.in)
		const n = -8
		s, err := d.Shift(n)
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.shift, s.String(), "%s shift %d", tt.in, n)
		h, err := d.Half()
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.half, h.String(), "%s / 2", tt.in)
	}
	_, err := p("1e40").Shift(1)
	require.ErrorIs(t, err, decimal.ErrOverflow)
	_, err = p("1e-40").Half()
	require.ErrorIs(t, err, decimal.ErrOverflow)
	// Rounding 999999999999999999e23 to one digit carries to 1e41, beyond
	// the exponent range: d comes back unchanged, not 0.
	huge := p("999999999999999999e23")
	require.Equal(t, huge, huge.Round(1, decimal.HalfEven))
	require.Equal(t, "1"+strings.Repeat("0", 40), p("999999999999999999e22").Round(1, decimal.HalfEven).String())
	// The half of an odd 18-digit coefficient takes 19 digits, exactly.
	h, err := p("999999999999999999").Half()
	require.NoError(t, err)
	require.Equal(t, "499999999999999999.5", h.String())
	_, err = p("1").Shift(1 << 40)
	require.ErrorIs(t, err, decimal.ErrOverflow)
}
