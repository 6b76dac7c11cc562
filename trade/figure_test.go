package trade_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
)

func bounds(f trade.Figure) (string, string) {
	lo, hi := f.Bounds()
	return lo.Decimal(), hi.Decimal()
}

// rbounds is bounds for a rate.
func rbounds(r trade.Rate) (string, string) {
	lo, hi := r.Bounds()
	return lo.Decimal(), hi.Decimal()
}

func TestFigureRound(t *testing.T) {
	// The base implied by $4.4 billion and 24% (growth_test.go):
	// 3548387096.77419355 in [3493975903.61445783, 3603238866.39676114].
	base, err := trade.ImpliedBase(trade.MustParseFigure("$4.4 billion"), trade.MustParseRate("24%"))
	require.NoError(t, err)
	for _, tt := range []struct {
		n    int
		want string
	}{
		// 4 digits: the value's last kept digit is the millions; the
		// bounds go down and up to a million.
		{4, "3548000000 USD in [3493000000, 3604000000]"},
		{1, "4000000000 USD in [3000000000, 4000000000]"},
		{2, "3500000000 USD in [3400000000, 3700000000]"},
		{0, base.String()},
		{18, base.String()},
	} {
		got := base.Round(tt.n)
		require.Equal(t, tt.want, got.String(), "Round(%d)", tt.n)
		require.Equal(t, got, trade.MustParseFigure(got.String()))
	}
	// Rounding that changes nothing keeps the report as it was: to 3
	// digits the place is ten millions, where 4.35e9 and 4.45e9 stay.
	f := trade.MustParseFigure("$4.4 billion")
	require.Equal(t, f, f.Round(3))
	// To 2 digits the bounds go out to a hundred million, as 8.3% ± 0.05
	// to one place is [8.2, 8.4] with Rate.Round.
	require.Equal(t, "4400000000 USD in [4300000000, 4500000000]", f.Round(2).String())
	require.Equal(t, "8.3% in [8.2, 8.4]", trade.MustParseRate("8.3%").Round(1).String())
	// To one digit, 4.4 billion ± 0.05 is 4 billion in [4, 5] billion:
	// derived, as no step gives those bounds.
	require.Equal(t, "4000000000 USD in [4000000000, 5000000000]", f.Round(1).String())
	// An open bound stays open.
	over := trade.MustParseFigure("over $1.25 billion")
	require.Equal(t, "1200000000 USD in [1200000000, ..]", over.Round(2).String())
	// An exact figure rounds to an interval that holds it.
	e, _ := trade.Exact("3.548", trade.Unit{})
	require.Equal(t, "3.5 in [3.5, 3.6]", e.Round(2).String())
	z, _ := trade.Exact("0", trade.Unit{})
	require.Equal(t, z, z.Round(3))
}

func TestRateBoundsAreRates(t *testing.T) {
	lo, hi := trade.MustParseRate("24%").Bounds()
	// Exact rates: step 0, one value each.
	require.Equal(t, trade.MustParseRate("23.5% step 0"), lo)
	require.Equal(t, trade.MustParseRate("24.5% step 0"), hi)
	flo, fhi := trade.MustParseFigure("$4.4 billion").Bounds()
	require.True(t, flo.IsExact() && fhi.IsExact())
}

func TestFigureCompare(t *testing.T) {
	a, b := trade.MustParseFigure("$4.4 billion"), trade.MustParseFigure("$4.5 billion")
	for _, tt := range []struct {
		x, y trade.Figure
		want int
	}{{a, b, -1}, {b, a, 1}, {a, a, 0}} {
		got, err := tt.x.Compare(tt.y)
		require.NoError(t, err)
		require.Equal(t, tt.want, got)
	}
	_, err := a.Compare(trade.MustParseFigure("204,000 visitors"))
	require.ErrorIs(t, err, trade.ErrUnitMismatch)
}

func TestParseFigure(t *testing.T) {
	tests := []struct {
		in, value, step, unit, lo, hi string
		q                             trade.Qualifier
	}{
		// "$4.4 billion": one decimal of a billion → step 0.1e9, bounds ± 0.05e9.
		{"$4.4 billion", "4400000000", "100000000", "USD", "4350000000", "4450000000", trade.QualifierAsReported},
		{"4.4 billion USD", "4400000000", "100000000", "USD", "4350000000", "4450000000", trade.QualifierAsReported},
		{"USD 4.4 billion", "4400000000", "100000000", "USD", "4350000000", "4450000000", trade.QualifierAsReported},
		{"US$4.4bn", "4400000000", "100000000", "USD", "4350000000", "4450000000", trade.QualifierAsReported},
		// Australian and New Zealand copies write whose dollar after the sign.
		{"$NZ750 million", "750000000", "10000000", "NZD", "745000000", "755000000", trade.QualifierAsReported},
		{"$A685 million", "685000000", "1000000", "AUD", "684500000", "685500000", trade.QualifierAsReported},
		{"$US20 million", "20000000", "10000000", "USD", "15000000", "25000000", trade.QualifierAsReported},
		// "204,000": last non-zero digit in the thousands → step 1,000, bounds ± 500.
		{"204,000 visitors", "204000", "1000", "visitors", "203500", "204500", trade.QualifierAsReported},
		// Modifiers before the counted noun are skipped: tourists are visitors.
		{"204,000 Russian tourists", "204000", "1000", "visitors", "203500", "204500", trade.QualifierAsReported},
		{"1,000 scholarships", "1000", "1000", "scholarships", "500", "1500", trade.QualifierAsReported},
		{"1 billion", "1000000000", "1000000000", "", "500000000", "1500000000", trade.QualifierAsReported},
		{"over 1 billion USD", "1000000000", "1000000000", "USD", "1000000000", "", trade.QualifierOver},
		{"more than $1 billion", "1000000000", "1000000000", "USD", "1000000000", "", trade.QualifierOver},
		// "or more" after the whole figure is the lower bound "over".
		{"$5 billion or more", "5000000000", "1000000000", "USD", "5000000000", "", trade.QualifierOver},
		{"$5 billion or", "", "", "", "", "", trade.QualifierAsReported},
		// "nearly": below 5,000 but rounding to it: [4,500, 5,000].
		{"nearly 5,000 tonnes", "5000", "1000", "tonnes", "4500", "5000", trade.QualifierNearly},
		{"about 3.55 billion USD", "3550000000", "10000000", "USD", "3545000000", "3555000000", trade.QualifierAbout},
		{"VND 1.25 trillion", "1250000000000", "10000000000", "VND", "1245000000000", "1255000000000", trade.QualifierAsReported},
		{"€2.5m", "2500000", "100000", "EUR", "2450000", "2550000", trade.QualifierAsReported},
		{"-12.5 million USD", "-12500000", "100000", "USD", "-12550000", "-12450000", trade.QualifierAsReported},
		{"0", "0", "1", "", "-0.5", "0.5", trade.QualifierAsReported},
		{"8.30", "8.3", "0.01", "", "8.295", "8.305", trade.QualifierAsReported},
	}
	for _, tt := range tests {
		f, err := trade.ParseFigure(tt.in)
		if tt.value == "" {
			require.Error(t, err, tt.in)
			continue
		}
		require.NoError(t, err, tt.in)
		lo, hi := bounds(f)
		require.Equal(t, tt.value, f.Decimal(), tt.in)
		require.Equal(t, tt.step, f.Step(), tt.in)
		require.Equal(t, tt.unit, f.Unit().String(), tt.in)
		require.Equal(t, tt.q, f.Qualifier(), tt.in)
		hasLo, hasHi := f.HasBounds()
		if tt.lo != "" {
			require.True(t, hasLo, tt.in)
			require.Equal(t, tt.lo, lo, tt.in)
		} else {
			require.False(t, hasLo, tt.in)
		}
		if tt.hi != "" {
			require.True(t, hasHi, tt.in)
			require.Equal(t, tt.hi, hi, tt.in)
		} else {
			require.False(t, hasHi, tt.in)
		}
		back, err := trade.ParseFigure(f.String())
		require.NoError(t, err, "%s → %s", tt.in, f.String())
		require.Equal(t, f, back, "%s → %s", tt.in, f.String())
	}
}

func TestParseFigureErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"", `trade: parsing "" as figure: empty input`},
		{"4.4 bilion USD", `trade: parsing "4.4 bilion USD" as figure: unknown unit "bilion USD"`},
		{"$", `trade: parsing "$" as figure: no number`},
		{"1,00", `trade: parsing "1,00" as figure: misplaced thousands separator`},
		{"1234,567", `trade: parsing "1234,567" as figure: misplaced thousands separator`},
		{"1.2.3", `trade: parsing "1.2.3" as figure: two decimal points`},
		{"4.", `trade: parsing "4." as figure: no digit after the decimal point`},
		{" 4", `trade: parsing " 4" as figure: leading or trailing space`},
		{"4.4 billion XXQ", `trade: parsing "4.4 billion XXQ" as figure: unknown unit "XXQ"`},
		{"ABC 4", `trade: parsing "ABC 4" as figure: unknown currency "ABC"`},
		{"$4 RUB", `trade: parsing "$4 RUB" as figure: two units: USD and RUB`},
		{"4x", `trade: parsing "4x" as figure: unexpected "x" after the number`},
		{"12345678901234567890", `trade: parsing "12345678901234567890" as figure: more than 18 significant digits or an exponent beyond ±40`},
		{strings.Repeat("9", 300), `trade: parsing "` + strings.Repeat("9", 64) + `"… as figure: too long for a figure (300 bytes)`},
	}
	for _, tt := range tests {
		_, err := trade.ParseFigure(tt.in)
		require.Error(t, err, tt.in)
		require.Equal(t, tt.msg, err.Error())
		var pe *trade.ParseError
		require.True(t, errors.As(err, &pe))
		require.ErrorIs(t, err, trade.ErrSyntax)
	}
}

func TestFigureArithmetic(t *testing.T) {
	a := trade.MustParseFigure("$4.4 billion")
	b := trade.MustParseFigure("$1.2 billion")
	sum, err := a.Add(b)
	require.NoError(t, err)
	require.Equal(t, "5600000000", sum.Decimal())
	lo, hi := bounds(sum)
	require.Equal(t, "5500000000", lo) // 4.35 + 1.15
	require.Equal(t, "5700000000", hi) // 4.45 + 1.25
	diff, err := a.Sub(b)
	require.NoError(t, err)
	lo, hi = bounds(diff)
	require.Equal(t, "3100000000", lo) // 4.35 − 1.25
	require.Equal(t, "3300000000", hi) // 4.45 − 1.15

	_, err = a.Add(trade.MustParseFigure("204,000 visitors"))
	require.ErrorIs(t, err, trade.ErrUnitMismatch)
	var ume *trade.UnitMismatchError
	require.ErrorAs(t, err, &ume)
	require.Equal(t, "trade: add: unit mismatch: USD and visitors", err.Error())

	half, err := a.Scale("-0.5")
	require.NoError(t, err)
	require.Equal(t, "-2200000000", half.Decimal())
	lo, hi = bounds(half)
	require.Equal(t, "-2225000000", lo)
	require.Equal(t, "-2175000000", hi)

	ex, err := trade.Exact("1000", trade.Scholarships)
	require.NoError(t, err)
	require.True(t, ex.IsExact())
	require.Equal(t, "1000 scholarships step 0", ex.String())
	back := trade.MustParseFigure(ex.String())
	require.Equal(t, ex, back)
}

func TestFigureJSON(t *testing.T) {
	type rec struct {
		F trade.Figure `json:"f"`
	}
	for _, in := range []string{"$4.4 billion", "over 1 billion USD", "204,000 visitors"} {
		r := rec{trade.MustParseFigure(in)}
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var back rec
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, r, back, string(b))
	}
	b, _ := json.Marshal(rec{trade.MustParseFigure("$4.4 billion")})
	require.Equal(t, `{"f":"4400000000 USD step 100000000"}`, string(b))
}

func FuzzParseFigure(f *testing.F) {
	for _, s := range []string{"$4.4 billion", "4.4 billion USD", "USD 4.4 billion", "US$4.4bn", "204,000 visitors",
		"1,000 scholarships", "1 billion", "over 1 billion USD", "nearly 5,000 tonnes", "4400000000 USD step 100000000",
		"3548387096.77419355 USD in [3493975903.61445783, 3603238866.39676114]", "", "$", "1,00", "\xff", "9e99",
		"4,4 tỷ USD", "4,4 млрд долларов", strings.Repeat("9", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fig, err := trade.ParseFigure(s)
		if err != nil {
			var pe *trade.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParseFigure(%q): %v is not a *ParseError", s, err)
			}
			return
		}
		back, err := trade.ParseFigure(fig.String())
		if err != nil || back != fig {
			t.Fatalf("round trip %q → %q: %v %v", s, fig.String(), back, err)
		}
	})
}
