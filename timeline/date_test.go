package timeline_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestDateSize(t *testing.T) {
	if got := unsafe.Sizeof(timeline.Date{}); got > 8 {
		t.Fatalf("unsafe.Sizeof(Date{}) = %d, want <= 8", got)
	}
}

func TestParseDate(t *testing.T) {
	type fields struct {
		Year                   int
		Month                  time.Month
		Day                    int
		Precision              timeline.Precision
		Uncertain, Approximate bool
		Unspecified            bool
		Span                   string
	}
	tests := []struct {
		in   string
		want fields
	}{
		{"1950", fields{1950, 0, 0, timeline.PrecisionYear, false, false, false, "1950-01-01/1950-12-31"}},
		{"1950-01", fields{1950, 1, 0, timeline.PrecisionMonth, false, false, false, "1950-01-01/1950-01-31"}},
		{"1950-01-30", fields{1950, 1, 30, timeline.PrecisionDay, false, false, false, "1950-01-30"}},
		{"2024-02", fields{2024, 2, 0, timeline.PrecisionMonth, false, false, false, "2024-02-01/2024-02-29"}},
		{"2023-02", fields{2023, 2, 0, timeline.PrecisionMonth, false, false, false, "2023-02-01/2023-02-28"}},
		{"2000-02-29", fields{2000, 2, 29, timeline.PrecisionDay, false, false, false, "2000-02-29"}},
		{"2001?", fields{2001, 0, 0, timeline.PrecisionYear, true, false, false, "2001-01-01/2001-12-31"}},
		{"2012-07~", fields{2012, 7, 0, timeline.PrecisionMonth, false, true, false, "2012-07-01/2012-07-31"}},
		{"1950-01-30%", fields{1950, 1, 30, timeline.PrecisionDay, true, true, false, "1950-01-30"}},
		{"1950-01-XX", fields{1950, 0 + 1, 0, timeline.PrecisionDay, false, false, true, "1950-01-01/1950-01-31"}},
		{"1950-XX", fields{1950, 0, 0, timeline.PrecisionMonth, false, false, true, "1950-01-01/1950-12-31"}},
		{"1950-XX-XX", fields{1950, 0, 0, timeline.PrecisionDay, false, false, true, "1950-01-01/1950-12-31"}},
		{"195X", fields{1950, 0, 0, timeline.PrecisionYear, false, false, true, "1950-01-01/1959-12-31"}},
		{"19XX", fields{1900, 0, 0, timeline.PrecisionYear, false, false, true, "1900-01-01/1999-12-31"}},
		{"0001-01-01", fields{1, 1, 1, timeline.PrecisionDay, false, false, false, "0001-01-01"}},
		{"9999-12-31", fields{9999, 12, 31, timeline.PrecisionDay, false, false, false, "9999-12-31"}},
		// EDTF level 2: a day or month whose year is unknown.
		{"XXXX-08-08", fields{0, 8, 8, timeline.PrecisionDay, false, false, true, "0001-08-08/9999-08-08"}},
		{"XXXX-08", fields{0, 8, 0, timeline.PrecisionMonth, false, false, true, "0001-08-01/9999-08-31"}},
		{"XXXX-08-XX", fields{0, 8, 0, timeline.PrecisionDay, false, false, true, "0001-08-01/9999-08-31"}},
		{"XXXX-02-29", fields{0, 2, 29, timeline.PrecisionDay, false, false, true, "0004-02-29/9996-02-29"}},
		{"XXXX-07-25~", fields{0, 7, 25, timeline.PrecisionDay, false, true, true, "0001-07-25/9999-07-25"}},
	}
	for _, tt := range tests {
		d, err := timeline.ParseDate(tt.in)
		require.NoError(t, err, tt.in)
		got := fields{d.Year(), d.Month(), d.Day(), d.Precision(), d.Uncertain(), d.Approximate(), d.Unspecified(), d.Span().String()}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseDate(%q) (-want +got):\n%s", tt.in, diff)
		}
		if s := d.String(); s != tt.in {
			t.Errorf("ParseDate(%q).String() = %q", tt.in, s)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"2024-13-01", `timeline: parsing "2024-13-01" as date: month 13 out of range`},
		{"2023-02-29", `timeline: parsing "2023-02-29" as date: day 29 out of range for 2023-02`},
		{"1900-02-29", `timeline: parsing "1900-02-29" as date: day 29 out of range for 1900-02`},
		{"2024-04-31", `timeline: parsing "2024-04-31" as date: day 31 out of range for 2024-04`},
		{"2024-01-00", `timeline: parsing "2024-01-00" as date: day 0 out of range for 2024-01`},
		{"2024-00", `timeline: parsing "2024-00" as date: month 0 out of range`},
		{"1950-1-30", `timeline: parsing "1950-1-30" as date: month must have two digits`},
		{"1950-01-3", `timeline: parsing "1950-01-3" as date: day must have two digits`},
		{" 1950", `timeline: parsing " 1950" as date: invalid character ' ' in year`},
		{"1950 ", `timeline: parsing "1950 " as date: invalid character ' ' after year`},
		{"+1950", `timeline: parsing "+1950" as date: signed years are not supported`},
		{"-0044", `timeline: parsing "-0044" as date: signed years are not supported`},
		{"", `timeline: parsing "" as date: empty input`},
		{"195", `timeline: parsing "195" as date: year must have four digits`},
		{"0000", `timeline: parsing "0000" as date: year 0 out of range 1-9999`},
		{"00XX", `timeline: parsing "00XX" as date: year 0 out of range 1-9999`},
		{"19X5", `timeline: parsing "19X5" as date: unspecified year digits must be the last ones`},
		{"1X50", `timeline: parsing "1X50" as date: invalid character 'X' in year`},
		{"195X-01", `timeline: parsing "195X-01" as date: a year with unspecified digits cannot have a month`},
		{"1950-XX-05", `timeline: parsing "1950-XX-05" as date: a day cannot follow an unspecified month`},
		{"2001-21", `timeline: parsing "2001-21" as date: season or sub-year grouping 21 not supported`},
		{"XXXX", `timeline: parsing "XXXX" as date: a date without a year must name its month`},
		{"XXXX?", `timeline: parsing "XXXX?" as date: a date without a year must name its month`},
		{"XXXX-XX-08", `timeline: parsing "XXXX-XX-08" as date: a date without a year must name its month`},
		{"XXXX-02-30", `timeline: parsing "XXXX-02-30" as date: day 30 out of range for month 02`},
		{"XXXX-13-01", `timeline: parsing "XXXX-13-01" as date: month 13 out of range`},
		{"XX50", `timeline: parsing "XX50" as date: invalid character 'X' in year`},
		{"1950-01-30T10", `timeline: parsing "1950-01-30T10" as date: too long for a date (13 bytes)`},
		{"1950/01/30", `timeline: parsing "1950/01/30" as date: invalid character '/' after year`},
		{"1950-01-30?~", `timeline: parsing "1950-01-30?~" as date: too long for a date (12 bytes)`},
		{"1950?~", `timeline: parsing "1950?~" as date: invalid character '?' after year`},
		{"1950-01-300", `timeline: parsing "1950-01-300" as date: day must have two digits`},
		{"19５0", `timeline: parsing "19５0" as date: invalid character 0xef in year`},
		{"1950\x00", `timeline: parsing "1950\x00" as date: invalid character 0x00 after year`},
		{strings.Repeat("9", 10<<20), `timeline: parsing "` + strings.Repeat("9", 64) + `"… as date: too long for a date (10485760 bytes)`},
	}
	for _, tt := range tests {
		_, err := timeline.ParseDate(tt.in)
		require.Error(t, err, "%q", tt.in)
		if got := err.Error(); got != tt.msg {
			t.Errorf("ParseDate(%.20q) error\n got: %s\nwant: %s", tt.in, got, tt.msg)
		}
		var pe *timeline.ParseError
		require.True(t, errors.As(err, &pe), "%q: not a *ParseError", tt.in)
		require.Equal(t, "date", pe.What)
		require.True(t, errors.Is(err, timeline.ErrSyntax))
	}
}

func TestConstructors(t *testing.T) {
	d, err := timeline.NewDate(1950, time.January, 30)
	require.NoError(t, err)
	require.Equal(t, timeline.MustParseDate("1950-01-30"), d)
	m, err := timeline.NewMonth(2012, time.July)
	require.NoError(t, err)
	require.Equal(t, timeline.MustParseDate("2012-07"), m)
	y, err := timeline.NewYear(2001)
	require.NoError(t, err)
	require.Equal(t, timeline.MustParseDate("2001"), y)

	bad := []struct {
		err error
		msg string
	}{
		{second(timeline.NewDate(2023, time.February, 29)), "timeline: invalid date: day 29 out of range for 2023-02"},
		{second(timeline.NewDate(2024, 13, 1)), "timeline: invalid date: month 13 out of range"},
		{second(timeline.NewDate(0, 1, 1)), "timeline: invalid date: year 0 out of range 1-9999"},
		{second(timeline.NewMonth(10000, 1)), "timeline: invalid month: year 10000 out of range 1-9999"},
		{second(timeline.NewMonth(2000, 0)), "timeline: invalid month: month 0 out of range"},
		{second(timeline.NewYear(-5)), "timeline: invalid year: year -5 out of range 1-9999"},
	}
	for _, b := range bad {
		require.Error(t, b.err)
		require.Equal(t, b.msg, b.err.Error())
		require.ErrorIs(t, b.err, timeline.ErrRange)
		var re *timeline.RangeError
		require.ErrorAs(t, b.err, &re)
	}
}

func second(_ timeline.Date, err error) error { return err }

func TestZeroDate(t *testing.T) {
	var z timeline.Date
	require.True(t, z.IsZero())
	require.Equal(t, "", z.String())
	require.Equal(t, timeline.Precision(0), z.Precision())
	require.True(t, z.Time(nil).IsZero())
	require.True(t, z.Span().IsZero())
	require.True(t, z.Before(timeline.MustParseDate("0001")))
}

func TestCompare(t *testing.T) {
	// Sorted as documented: by first day, longer first, then qualifiers.
	order := []string{
		"1949-12-31", "19XX", "195X", "1950", "1950?", "1950~", "1950%", "1950-XX", "1950-XX-XX",
		"1950-01", "1950-01-XX", "1950-01-01", "1950-01-30", "1950-02", "1951", "2025-01-14",
	}
	// 19XX starts in 1900 and so sorts first of the 1900s; put it right.
	order = append([]string{"19XX", "1949-12-31"}, order[2:]...)
	for i := range order {
		for j := range order {
			a, b := timeline.MustParseDate(order[i]), timeline.MustParseDate(order[j])
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := a.Compare(b); got != want {
				t.Errorf("%s.Compare(%s) = %d, want %d", order[i], order[j], got, want)
			}
			if a.Before(b) != (want < 0) || a.After(b) != (want > 0) || a.Equal(b) != (want == 0) {
				t.Errorf("Before/After/Equal inconsistent for %s, %s", order[i], order[j])
			}
		}
	}
}

func TestTimeConversion(t *testing.T) {
	d := timeline.MustParseDate("1950-01-30")
	tm := d.Time(time.UTC)
	require.Equal(t, time.Date(1950, 1, 30, 0, 0, 0, 0, time.UTC), tm)
	require.Equal(t, d, timeline.FromTime(tm))
	require.Equal(t, time.Date(2012, 7, 1, 0, 0, 0, 0, time.UTC), timeline.MustParseDate("2012-07").Time(nil))
	hanoi := time.FixedZone("ICT", 7*3600)
	// 2025-01-13 20:00 UTC is already 2025-01-14 in Hanoi.
	require.Equal(t, timeline.MustParseDate("2025-01-14"), timeline.FromTime(time.Date(2025, 1, 13, 20, 0, 0, 0, time.UTC).In(hanoi)))
	require.True(t, timeline.FromTime(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)).IsZero())
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		When timeline.Date `json:"when"`
		Not  timeline.Date `json:"not"`
	}
	in := rec{When: timeline.MustParseDate("2012-07~")}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	require.Equal(t, `{"when":"2012-07~","not":""}`, string(b))
	var out rec
	require.NoError(t, json.Unmarshal(b, &out))
	require.Equal(t, in, out)
	err = json.Unmarshal([]byte(`{"when":"2024-13"}`), &out)
	require.ErrorIs(t, err, timeline.ErrSyntax)
}

func TestPrecisionString(t *testing.T) {
	require.Equal(t, "year", timeline.PrecisionYear.String())
	require.Equal(t, "month", timeline.PrecisionMonth.String())
	require.Equal(t, "day", timeline.PrecisionDay.String())
	require.Equal(t, "Precision(9)", timeline.Precision(9).String())
	require.Equal(t, "Precision(0)", timeline.Precision(0).String())
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"1950", "1950-01", "1950-01-30", "2001?", "2012-07~", "1950-01-XX", "195X", "19XX",
		"1950-XX-XX%", "2024-02-29", "2023-02-29", "XXXX-08-08", "XXXX-02-29?", "XXXX-08", "", " 1950", "+1950", "\xff\xfe", "1950-01-30\x00", "٢٠٢٥", "2025-01-14/2025-01-15"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := timeline.ParseDate(s)
		if err != nil {
			var pe *timeline.ParseError
			if !errors.As(err, &pe) || pe.Input != s {
				t.Fatalf("ParseDate(%q): error %v is not a *ParseError with the input", s, err)
			}
			return
		}
		if got := d.String(); got != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, got)
		}
		d2, err := timeline.ParseDate(d.String())
		if err != nil || d2 != d {
			t.Fatalf("round trip of %q: %v, %v", s, d2, err)
		}
		sp := d.Span()
		if !sp.Contains(d) || sp.Start.Compare(sp.End) > 0 {
			t.Fatalf("%q: span %v does not contain the date", s, sp)
		}
	})
}

func TestParseDateAllocs(t *testing.T) {
	for _, in := range []string{"2025-01-14", "2025-01", "2025", "2001?"} {
		if a := testing.AllocsPerRun(100, func() { _, _ = timeline.ParseDate(in) }); a != 0 {
			t.Errorf("ParseDate(%q): %v allocs, want 0", in, a)
		}
	}
}

// BenchmarkTimeParse is the baseline for BenchmarkParseDate.
func BenchmarkTimeParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := time.Parse(time.DateOnly, "2025-01-14"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestDateWithoutYear(t *testing.T) {
	d, err := timeline.NewMonthDay(time.August, 8)
	require.NoError(t, err)
	require.Equal(t, timeline.MustParseDate("XXXX-08-08"), d)
	require.False(t, d.HasYear())
	require.True(t, timeline.MustParseDate("195X").HasYear())
	require.False(t, timeline.Date{}.HasYear())

	// InYear gives the year; a dated or zero Date is unchanged.
	require.Equal(t, timeline.MustParseDate("2025-08-08"), d.InYear(2025))
	require.Equal(t, timeline.MustParseDate("2025-07~"), timeline.MustParseDate("XXXX-07~").InYear(2025))
	require.Equal(t, timeline.MustParseDate("2024-02-29"), timeline.MustParseDate("XXXX-02-29").InYear(2024))
	require.Equal(t, timeline.Date{}, timeline.MustParseDate("XXXX-02-29").InYear(2025), "no February 29 in 2025")
	require.Equal(t, timeline.Date{}, d.InYear(0))
	require.Equal(t, timeline.Date{}, d.InYear(10000))
	require.Equal(t, timeline.MustParseDate("1950-01-30"), timeline.MustParseDate("1950-01-30").InYear(2025))
	require.Equal(t, timeline.Date{}, timeline.Date{}.InYear(2025))

	// WithoutYear drops it again; nothing is left of a year.
	require.Equal(t, d, timeline.MustParseDate("2025-08-08").WithoutYear())
	require.Equal(t, d, d.WithoutYear())
	require.Equal(t, timeline.MustParseDate("XXXX-07~"), timeline.MustParseDate("2012-07~").WithoutYear())
	require.Equal(t, timeline.Date{}, timeline.MustParseDate("2012").WithoutYear())
	require.Equal(t, timeline.Date{}, timeline.MustParseDate("2012-XX").WithoutYear())
	require.Equal(t, timeline.Date{}, timeline.MustParseDate("195X").WithoutYear())

	// No arithmetic, weekday or distance without a year.
	require.Equal(t, timeline.Date{}, d.AddDays(1))
	require.Equal(t, timeline.Date{}, d.AddMonths(1))
	require.Equal(t, timeline.Date{}, d.AddYears(1))
	require.Equal(t, 0, d.DaysUntil(timeline.MustParseDate("2025-08-08")))
	require.Equal(t, 0, timeline.MustParseDate("2025-08-08").DaysUntil(d))
	require.Equal(t, time.Sunday, d.Weekday())

	// Order: by the first day each could be (0001-08-08), so before every dated day.
	require.True(t, d.Before(timeline.MustParseDate("0001-08-09")))
	require.True(t, timeline.MustParseDate("XXXX-07-31").Before(d))

	for _, bad := range []struct {
		m time.Month
		d int
	}{{0, 1}, {13, 1}, {2, 30}, {4, 31}, {1, 0}} {
		_, err := timeline.NewMonthDay(bad.m, bad.d)
		var re *timeline.RangeError
		require.ErrorAs(t, err, &re, "%v", bad)
	}
	b, err := json.Marshal(d)
	require.NoError(t, err)
	require.Equal(t, `"XXXX-08-08"`, string(b))
	var back timeline.Date
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, d, back)
}
