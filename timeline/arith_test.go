package timeline_test

import (
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
)

func TestAddYearsMonthsDays(t *testing.T) {
	d := timeline.MustParseDate
	tests := []struct {
		name      string
		got, want timeline.Date
	}{
		{"75 years", d("1950-01-30").AddYears(75), d("2025-01-30")},
		{"year precision", d("2001").AddYears(25), d("2026")},
		{"month precision", d("2012-07~").AddYears(13), d("2025-07~")},
		{"leap day to common year", d("2024-02-29").AddYears(1), d("2025-02-28")},
		{"leap day to leap year", d("2024-02-29").AddYears(4), d("2028-02-29")},
		{"leap day to 2100", d("2096-02-29").AddYears(4), d("2100-02-28")},
		{"leap day Mar1", timeline.LeapPolicyMar1.AddYears(d("2024-02-29"), 1), d("2025-03-01")},
		{"negative", d("2025-01-30").AddYears(-75), d("1950-01-30")},
		{"beyond 9999", d("9999-01-01").AddYears(1), timeline.Date{}},
		{"before 1", d("0001-01-01").AddYears(-1), timeline.Date{}},
		{"unspecified", d("195X").AddYears(10), timeline.Date{}},
		{"clamp 31 to Feb leap", d("2024-01-31").AddMonths(1), d("2024-02-29")},
		{"clamp 31 to Feb common", d("2023-01-31").AddMonths(1), d("2023-02-28")},
		{"clamp 31 to Apr", d("2024-03-31").AddMonths(1), d("2024-04-30")},
		{"across year", d("2024-11-15").AddMonths(3), d("2025-02-15")},
		{"backwards across year", d("2025-01-14").AddMonths(-1), d("2024-12-14")},
		{"month precision months", d("2024-01").AddMonths(8), d("2024-09")},
		{"year precision 24 months", d("2001").AddMonths(24), d("2003")},
		{"year precision 6 months", d("2001").AddMonths(6), timeline.Date{}},
		{"days", d("2025-01-14").AddDays(1), d("2025-01-15")},
		{"days across leap day", d("2024-02-28").AddDays(2), d("2024-03-01")},
		{"days backwards", d("2025-01-01").AddDays(-1), d("2024-12-31")},
		{"days keep qualifiers", d("2025-01-14?").AddDays(1), d("2025-01-15?")},
		{"days on a month", d("2025-01").AddDays(1), timeline.Date{}},
		{"days beyond 9999", d("9999-12-31").AddDays(1), timeline.Date{}},
		{"huge n", d("2025-01-14").AddDays(1 << 40), timeline.Date{}},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

// The 1950-01-30 → 2025-01-30 interval: 75 years of 365 days plus the leap
// days 1952, 1956, …, 2024 (19 of them; 2000 is a leap year) = 27,375 + 19.
func TestDaysUntilAndWeekday(t *testing.T) {
	d := timeline.MustParseDate
	require.Equal(t, 27394, d("1950-01-30").DaysUntil(d("2025-01-30")))
	require.Equal(t, -1, d("2025-01-15").DaysUntil(d("2025-01-14")))
	require.Equal(t, 0, timeline.Date{}.DaysUntil(d("2025-01-14")))
	// 30 January 1950 was a Monday; 14 January 2025 a Tuesday; 1 January 0001 a Monday.
	require.Equal(t, time.Monday, d("1950-01-30").Weekday())
	require.Equal(t, time.Tuesday, d("2025-01-14").Weekday())
	require.Equal(t, time.Monday, d("0001-01-01").Weekday())
	require.Equal(t, time.Wednesday, d("2025-01").Weekday()) // 2025-01-01
}

// TestAgainstTime cross-checks AddYears, AddDays, DaysUntil and Weekday with
// the time package on every day of a 400-year Gregorian cycle. time.AddDate
// normalises February 29 + n years in a common year to March 1, which is the
// Mar1 policy; the default Feb28 policy differs there by design.
func TestAgainstTime(t *testing.T) {
	start := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	epoch := timeline.MustParseDate("2000-01-01")
	for i := 0; i < 146097; i++ {
		tm := start.AddDate(0, 0, i)
		d := timeline.FromTime(tm)
		if !d.Time(time.UTC).Equal(tm) {
			t.Fatalf("day %d: %v does not round-trip through time", i, tm)
		}
		if got := epoch.AddDays(i); got != d {
			t.Fatalf("2000-01-01 + %d days = %v, time says %v", i, got, d)
		}
		if got := epoch.DaysUntil(d); got != i {
			t.Fatalf("DaysUntil(%v) = %d, want %d", d, got, i)
		}
		if d.Weekday() != tm.Weekday() {
			t.Fatalf("%v: weekday %v, time says %v", d, d.Weekday(), tm.Weekday())
		}
		for _, n := range []int{1, 4, 75, -3} {
			want := timeline.FromTime(tm.AddDate(n, 0, 0))
			if got := timeline.LeapPolicyMar1.AddYears(d, n); got != want {
				t.Fatalf("Mar1.AddYears(%v, %d) = %v, time says %v", d, n, got, want)
			}
			got := d.AddYears(n)
			if d.Month() == time.February && d.Day() == 29 && want.Month() == time.March {
				if got.Month() != time.February || got.Day() != 28 || got.Year() != want.Year() {
					t.Fatalf("%v.AddYears(%d) = %v, want Feb 28 of %d", d, n, got, want.Year())
				}
				continue
			}
			if got != want {
				t.Fatalf("%v.AddYears(%d) = %v, time says %v", d, n, got, want)
			}
		}
	}
}

func TestArithmeticAllocs(t *testing.T) {
	d := timeline.MustParseDate("2024-02-29")
	var sink timeline.Date
	allocs := testing.AllocsPerRun(100, func() {
		sink = d.AddYears(75).AddMonths(1).AddDays(3)
		sink = timeline.Anniversary(sink, 25)
	})
	_ = sink
	require.Zero(t, allocs)
}

func BenchmarkAddYears(b *testing.B) {
	d := timeline.MustParseDate("1950-01-30")
	b.ReportAllocs()
	for b.Loop() {
		d = d.AddYears(1).AddYears(-1)
	}
}

// BenchmarkTimeAddDate is the baseline for BenchmarkAddYears.
func BenchmarkTimeAddDate(b *testing.B) {
	tm := time.Date(1950, 1, 30, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		tm = tm.AddDate(1, 0, 0).AddDate(-1, 0, 0)
	}
}

func BenchmarkAnniversary(b *testing.B) {
	d := timeline.MustParseDate("1950-01-30")
	var sink timeline.Date
	b.ReportAllocs()
	for b.Loop() {
		sink = timeline.Anniversary(d, 75)
	}
	_ = sink
}
