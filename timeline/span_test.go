package timeline_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
)

func TestParseSpan(t *testing.T) {
	tests := []struct {
		in   string
		days int
		out  string
	}{
		{"2025-01-14/2025-01-15", 2, ""},
		{"2024-06-19/2024-06-20", 2, ""},
		{"2024-01/2024-09", 274, ""}, // 31+29+31+30+31+30+31+31+30, 2024 is a leap year
		{"2024", 366, ""},
		{"2023", 365, ""},
		{"2021/2025", 1826, ""}, // 5 × 365 + 1 (2024)
		{"1950-01-30", 1, ""},
		{"1950-01-30/1950-01-30", 1, "1950-01-30"},
		{"2012-07/..", 0, ""},
		{"../1975", 0, ""},
		{"2024-12-30/2025-01-02", 4, ""},
		{"195X/1960", 4018, ""}, // 1950-01-01 … 1960-12-31: 11 years, 3 leap (52, 56, 60)
	}
	for _, tt := range tests {
		sp, err := timeline.ParseSpan(tt.in)
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.days, sp.Days(), tt.in)
		want := tt.out
		if want == "" {
			want = tt.in
		}
		require.Equal(t, want, sp.String(), tt.in)
	}
}

func TestParseSpanErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"2025-01-15/2025-01-14", `timeline: parsing "2025-01-15/2025-01-14" as span: end before start`},
		{"2025/2024", `timeline: parsing "2025/2024" as span: end before start`},
		{"../..", `timeline: parsing "../.." as span: both ends open`},
		{"2025/", `timeline: parsing "2025/" as span: unknown interval end not supported; use ".." for an open end`},
		{"/2025", `timeline: parsing "/2025" as span: unknown interval end not supported; use ".." for an open end`},
		{"2025/2026/2027", `timeline: parsing "2025/2026/2027" as span: more than one '/'`},
		{"2025-13/2026", `timeline: parsing "2025-13/2026" as span: start: month 13 out of range`},
		{"2025/2026-02-30", `timeline: parsing "2025/2026-02-30" as span: end: day 30 out of range for 2026-02`},
		{"", `timeline: parsing "" as span: empty input`},
		{strings.Repeat("1", 30), `timeline: parsing "111111111111111111111111111111" as span: too long for a span (30 bytes)`},
	}
	for _, tt := range tests {
		_, err := timeline.ParseSpan(tt.in)
		require.Error(t, err, tt.in)
		require.Equal(t, tt.msg, err.Error())
		var pe *timeline.ParseError
		require.True(t, errors.As(err, &pe))
		require.Equal(t, "span", pe.What)
	}
	_, err := timeline.NewSpan(timeline.MustParseDate("2025-01-15"), timeline.MustParseDate("2025-01-14"))
	require.EqualError(t, err, "timeline: invalid span: end 2025-01-14 before start 2025-01-15")
	require.ErrorIs(t, err, timeline.ErrRange)
	// A coarse end that covers the start is fine: 2024-03 … 2024 ends on 2024-12-31.
	_, err = timeline.NewSpan(timeline.MustParseDate("2024-03"), timeline.MustParseDate("2024"))
	require.NoError(t, err)
}

func TestSpanContainsOverlaps(t *testing.T) {
	s := timeline.MustParseSpan
	d := timeline.MustParseDate
	year := s("2025")
	require.True(t, year.Contains(d("2025-01-14")))
	require.True(t, year.Contains(d("2025-01")))
	require.True(t, year.Contains(d("2025")))
	require.False(t, year.Contains(d("2024-12-31")))
	require.False(t, s("2025-01-14/2025-01-15").Contains(d("2025-01")))
	require.False(t, year.Contains(timeline.Date{}))
	require.True(t, s("2012-07/..").Contains(d("9999-12-31")))
	require.False(t, s("2012-07/..").Contains(d("2012-06-30")))
	require.True(t, s("../1975").Contains(d("0001")))
	require.True(t, timeline.Span{}.Contains(d("1950")))

	require.True(t, s("2024-01/2024-09").Overlaps(s("2024-09-30/2024-10-02")))
	require.False(t, s("2024-01/2024-09").Overlaps(s("2024-10")))
	require.True(t, s("../1975").Overlaps(s("1975-04-30")))
	require.False(t, s("../1975").Overlaps(s("1976/..")))
	require.True(t, timeline.Span{}.Overlaps(s("2025")))
	require.Equal(t, 0, timeline.Span{}.Days())
}

func TestSpanCompareJSON(t *testing.T) {
	s := timeline.MustParseSpan
	require.Equal(t, -1, s("2024").Compare(s("2024-01/2024-09")))
	require.Equal(t, -1, s("2024-01/2024-09").Compare(s("2024-01/..")))
	require.Equal(t, -1, s("../2024").Compare(s("2024")))
	require.Equal(t, 0, s("2024").Compare(s("2024")))

	type rec struct {
		When timeline.Span `json:"when"`
	}
	for _, in := range []string{"2025-01-14/2025-01-15", "2012-07/..", "1950-01-30", ""} {
		var r rec
		if in != "" {
			r.When = s(in)
		}
		b, err := json.Marshal(r)
		require.NoError(t, err)
		require.Equal(t, `{"when":"`+in+`"}`, string(b))
		var back rec
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, r, back)
	}
}

func FuzzParseSpan(f *testing.F) {
	for _, s := range []string{"2025-01-14/2025-01-15", "2012-07/..", "../1975", "2024-01/2024-09", "1950-01-30",
		"2025/2024", "../..", "/", "2025/", "\xff/\xfe", "195X/19XX", "2001?/2012~"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sp, err := timeline.ParseSpan(s)
		if err != nil {
			var pe *timeline.ParseError
			if !errors.As(err, &pe) || pe.Input != s {
				t.Fatalf("ParseSpan(%q): %v is not a *ParseError with the input", s, err)
			}
			return
		}
		back, err := timeline.ParseSpan(sp.String())
		if err != nil || back != sp {
			t.Fatalf("round trip of %q via %q: %v, %v", s, sp.String(), back, err)
		}
		if !sp.IsOpen() && sp.Days() < 1 {
			t.Fatalf("%q: %d days", s, sp.Days())
		}
	})
}

func BenchmarkParseDate(b *testing.B) {
	for _, in := range []string{"2025-01-14", "2025-01", "2025"} {
		b.Run(in, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := timeline.ParseDate(in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
