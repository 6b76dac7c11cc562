package trade_test

import (
	"fmt"
	"testing"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in, canon, span, prev string
		months                int
	}{
		{"2024", "2024", "2024", "2023", 12},
		{"2024-Q3", "2024-Q3", "2024-07/2024-09", "2023-Q3", 3},
		{"2024-M09", "2024-M09", "2024-09", "2023-M09", 1},
		{"2024-M01/2024-M09", "2024-M01/2024-M09", "2024-01/2024-09", "2023-M01/2023-M09", 9},
		{"2024-M01/2024-M11", "2024-M01/2024-M11", "2024-01/2024-11", "2023-M01/2023-M11", 11},
		{"2024-M01/2024-M12", "2024", "2024", "2023", 12},
		{"2024-Q1/2024-Q2", "2024-M01/2024-M06", "2024-01/2024-06", "2023-M01/2023-M06", 6},
		{"2021/2025", "2021-M01/2025-M12", "2021-01/2025-12", "2020-M01/2024-M12", 60},
		{"2023-M11/2024-M02", "2023-M11/2024-M02", "2023-11/2024-02", "2022-M11/2023-M02", 4},
		{"9999-M12", "9999-M12", "9999-12", "9998-M12", 1},
	}
	for _, tt := range tests {
		p, err := trade.ParsePeriod(tt.in)
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.canon, p.String(), tt.in)
		require.Equal(t, tt.span, p.Span().String(), tt.in)
		require.Equal(t, tt.prev, p.Previous().String(), tt.in)
		require.Equal(t, tt.months, p.Months(), tt.in)
		require.Equal(t, p, trade.MustParsePeriod(p.String()))
	}
	fm, err := trade.FirstMonths(2024, 9)
	require.NoError(t, err)
	require.Equal(t, trade.MustParsePeriod("2024-M01/2024-M09"), fm)
	require.Equal(t, -1, trade.MustParsePeriod("2024-M01/2024-M09").Compare(trade.MustParsePeriod("2024")))
	require.Equal(t, 1, trade.MustParsePeriod("2024-M01/2024-M09").Compare(trade.MustParsePeriod("2023")))
	require.True(t, trade.MustParsePeriod("2024").Overlaps(trade.MustParsePeriod("2024-Q3")))
	require.False(t, trade.MustParsePeriod("2023").Overlaps(trade.MustParsePeriod("2024-Q3")))

	for in, msg := range map[string]string{
		"":                  `trade: parsing "" as period: empty input`,
		"24":                `trade: parsing "24" as period: year must have four digits`,
		"2024-Q5":           `trade: parsing "2024-Q5" as period: quarter 5 out of range 1-4`,
		"2024-M13":          `trade: parsing "2024-M13" as period: month 13 out of range 01-12`,
		"2024-09":           `trade: parsing "2024-09" as period: want YYYY, YYYY-Qn or YYYY-Mnn`,
		"2024-M09/2024-M01": `trade: parsing "2024-M09/2024-M01" as period: end before start`,
		"2024/20x5":         `trade: parsing "2024/20x5" as period: end: year must have four digits`,
		"0000":              `trade: parsing "0000" as period: year 0 out of range`,
	} {
		_, err := trade.ParsePeriod(in)
		require.EqualError(t, err, msg)
		require.ErrorIs(t, err, trade.ErrSyntax)
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2024", "2024-Q3", "2024-M09", "2024-M01/2024-M09", "2021/2025", "", "/", "2024-M0\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := trade.ParsePeriod(s)
		if err != nil {
			return
		}
		back, err := trade.ParsePeriod(p.String())
		if err != nil || back != p {
			t.Fatalf("round trip %q → %q", s, p.String())
		}
		if sp := p.Span(); sp.Days() < 28 {
			t.Fatalf("%q: span %v", s, sp)
		}
	})
}

func ExampleParsePeriod() {
	p, _ := trade.ParsePeriod("2024-M01/2024-M09")
	fmt.Println(p, p.Months(), p.Span(), p.Previous())
	// Output: 2024-M01/2024-M09 9 2024-01/2024-09 2023-M01/2023-M09
}

func ExamplePeriodOf() {
	for _, s := range []string{"2024-01/2024-09", "2024", "2025-01-14/2025-01-15"} {
		if p, ok := trade.PeriodOf(timeline.MustParseSpan(s)); ok {
			fmt.Println(s, "→", p)
		} else {
			fmt.Println(s, "→ no period: it names days")
		}
	}
	// Output:
	// 2024-01/2024-09 → 2024-M01/2024-M09
	// 2024 → 2024
	// 2025-01-14/2025-01-15 → no period: it names days
}

// TestNewPeriodErrors: the message says what was given, never "".
func TestNewPeriodErrors(t *testing.T) {
	_, err := trade.NewPeriod(2024, 13, 2025, 1)
	require.EqualError(t, err, `trade: parsing "2024-M13/2025-M01" as period: month 13 out of range 1-12`)
	_, err = trade.NewPeriod(2024, 1, 2025, 0)
	require.EqualError(t, err, `trade: parsing "2024-M01/2025-M00" as period: month 0 out of range 1-12`)
	_, err = trade.YearPeriod(0)
	require.EqualError(t, err, `trade: parsing "0000-M01/0000-M12" as period: year 0 out of range 1-9999`)
	_, err = trade.YearPeriod(10000)
	require.EqualError(t, err, `trade: parsing "10000-M01/10000-M12" as period: year 10000 out of range 1-9999`)
	_, err = trade.NewPeriod(-5, 1, 2024, 1)
	require.EqualError(t, err, `trade: parsing "-5-M01/2024-M01" as period: year -5 out of range 1-9999`)
	_, err = trade.NewPeriod(2024, 5, 2024, 3)
	require.EqualError(t, err, `trade: parsing "2024-M05/2024-M03" as period: end before start`)
	_, err = trade.FirstMonths(2024, 13)
	require.EqualError(t, err, `trade: parsing "first 13 months of 2024" as period: month count 13 out of range 1-12`)
	require.ErrorIs(t, err, trade.ErrSyntax)
}
