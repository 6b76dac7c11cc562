package trade_test

import (
	"fmt"
	"testing"

	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
)

func TestImpliedBase(t *testing.T) {
	cur := trade.MustParseFigure("$4.4 billion") // [4.35, 4.45] billion
	g := trade.MustParseRate("24%")              // [23.5, 24.5] %
	base, err := trade.ImpliedBase(cur, g)
	require.NoError(t, err)
	// point: 4.4e9 / 1.24 = 3548387096.774193548387…, 18 digits half-even.
	require.Equal(t, "3548387096.77419355", base.Decimal())
	lo, hi := bounds(base)
	// lo: 4.35e9 / 1.245 = 3493975903.614457831…, rounded down.
	require.Equal(t, "3493975903.61445783", lo)
	// hi: 4.45e9 / 1.235 = 3603238866.396761133…, rounded up.
	require.Equal(t, "3603238866.39676114", hi)
	require.True(t, base.IsDerived())
	require.Equal(t, trade.MustParseFigure(base.String()), base)

	// Back again: the implied current of the base contains 4.4e9.
	again, err := trade.ImpliedCurrent(base, g)
	require.NoError(t, err)
	alo, ahi := again.Bounds()
	c1, _ := alo.Compare(trade.MustParseFigure("4400000000 USD step 0"))
	c2, _ := ahi.Compare(trade.MustParseFigure("4400000000 USD step 0"))
	require.True(t, c1 <= 0 && c2 >= 0, "%v", again)

	_, err = trade.ImpliedBase(cur, trade.MustParseRate("-100%"))
	require.ErrorIs(t, err, trade.ErrDivisionByZero) // factor [−0.005, 0.005] contains 0
	_, err = trade.ImpliedBase(trade.MustParseFigure("over $1 billion"), g)
	require.ErrorIs(t, err, trade.ErrUnbounded)
}

func TestGrowth(t *testing.T) {
	prev := trade.MustParseFigure("$3.5 billion")
	cur := trade.MustParseFigure("$4.4 billion")
	g, err := trade.Growth(prev, cur)
	require.NoError(t, err)
	// 4.4/3.5 = 1.25714285714285714 (18 digits) → 25.714285714285714 %.
	require.Equal(t, "25.714285714285714", g.Decimal())
	lo, hi := rbounds(g)
	// 4.35/3.55 = 1.225352112676056338… floor → 22.535211267605633 %.
	require.Equal(t, "22.535211267605633", lo)
	// 4.45/3.45 = 1.289855072463768115… ceil → 28.985507246376812 %.
	require.Equal(t, "28.985507246376812", hi)
	require.True(t, g.Contains("24"))
	require.False(t, g.Contains("30"))
	require.Equal(t, "25.71% in [22.53, 28.99]", g.Round(2).String())

	_, err = trade.Growth(prev, trade.MustParseFigure("204,000 visitors"))
	require.ErrorIs(t, err, trade.ErrUnitMismatch)
	_, err = trade.Growth(trade.MustParseFigure("0"), trade.MustParseFigure("4"))
	require.ErrorIs(t, err, trade.ErrDivisionByZero)

	allocs := testing.AllocsPerRun(100, func() { _, _ = trade.Growth(prev, cur) })
	require.Zero(t, allocs)
}

func TestShareAndCAGR(t *testing.T) {
	part, err := trade.Exact("1", trade.Unit{})
	require.NoError(t, err)
	whole, err := trade.Exact("4", trade.Unit{})
	require.NoError(t, err)
	s, err := trade.Share(part, whole)
	require.NoError(t, err)
	require.Equal(t, "25", s.Decimal())

	// 100 → 121 over 2 years: (1.21)^(1/2) − 1 = 10%.
	a, _ := trade.Exact("100", trade.Unit{})
	b, _ := trade.Exact("121", trade.Unit{})
	c, err := trade.CAGR(a, b, 2)
	require.NoError(t, err)
	require.Equal(t, "10", c.Decimal())
	lo, hi := rbounds(c)
	require.Equal(t, "9.9999999999", lo) // 10 − 1e-10: one unit in the 12th digit of 10.0000000000
	require.Equal(t, "10.0000000001", hi)
}

func TestParseRate(t *testing.T) {
	tests := []struct{ in, v, lo, hi string }{
		{"24%", "24", "23.5", "24.5"},
		{"8.3%", "8.3", "8.25", "8.35"},
		{"-3.2%", "-3.2", "-3.25", "-3.15"},
		{"+82%", "82", "81.5", "82.5"},
		{"100%", "100", "99.5", "100.5"},
		{"24 percent", "24", "23.5", "24.5"},
		{"24 per cent", "24", "23.5", "24.5"},
	}
	for _, tt := range tests {
		r, err := trade.ParseRate(tt.in)
		require.NoError(t, err, tt.in)
		lo, hi := rbounds(r)
		require.Equal(t, []string{tt.v, tt.lo, tt.hi}, []string{r.Decimal(), lo, hi}, tt.in)
		require.Equal(t, r, trade.MustParseRate(r.String()))
	}
	for in, msg := range map[string]string{
		"":     `trade: parsing "" as rate: empty input`,
		"24":   `trade: parsing "24" as rate: no percent sign`,
		"%":    `trade: parsing "%" as rate: no number`,
		"2,4%": `trade: parsing "2,4%" as rate: invalid character in number`,
		"24%x": `trade: parsing "24%x" as rate: unexpected "x" after the percent sign`,
	} {
		_, err := trade.ParseRate(in)
		require.EqualError(t, err, msg)
		require.ErrorIs(t, err, trade.ErrSyntax)
	}
}

func FuzzParseRate(f *testing.F) {
	for _, s := range []string{"24%", "8.3%", "-3.2%", "24 percent", "24% step 1", "25.7% in [22.5, 28.9]", "%", "\xff%", "1e5%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := trade.ParseRate(s)
		if err != nil {
			return
		}
		back, err := trade.ParseRate(r.String())
		if err != nil || back != r {
			t.Fatalf("round trip %q → %q: %v", s, r.String(), err)
		}
	})
}

func ExampleImpliedBase() {
	cur, _ := trade.ParseFigure("$4.4 billion") // first nine months of 2024
	g, _ := trade.ParseRate("24%")              // up 24% on a year earlier
	base, _ := trade.ImpliedBase(cur, g)
	lo, hi := base.Bounds()
	show := func(f trade.Figure) string {
		b, _ := f.Scale("0.000000001")
		return b.Round(4).Decimal()
	}
	fmt.Println("base:", show(base), "billion USD")
	fmt.Println("between", show(lo), "and", show(hi))
	// Output:
	// base: 3.548 billion USD
	// between 3.494 and 3.603
}

func ExampleGrowth() {
	prev, _ := trade.ParseFigure("$3.5 billion")
	cur, _ := trade.ParseFigure("$4.4 billion")
	g, _ := trade.Growth(prev, cur)
	fmt.Println(g.Round(1))
	// Output: 25.7% in [22.5, 29]
}

func BenchmarkParseFigure(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := trade.ParseFigure("$4.4 billion"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGrowth(b *testing.B) {
	prev, cur := trade.MustParseFigure("$3.5 billion"), trade.MustParseFigure("$4.4 billion")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := trade.Growth(prev, cur); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkImpliedBase(b *testing.B) {
	cur, g := trade.MustParseFigure("$4.4 billion"), trade.MustParseRate("24%")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := trade.ImpliedBase(cur, g); err != nil {
			b.Fatal(err)
		}
	}
}
