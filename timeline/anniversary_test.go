package timeline_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
)

func TestAnniversary(t *testing.T) {
	d := timeline.MustParseDate
	tests := []struct {
		origin string
		n      int
		want   timeline.Date
	}{
		{"1950-01-30", 75, d("2025-01-30")},
		{"2001", 25, d("2026")},
		{"2012", 13, d("2025")},
		{"2015-05-29", 10, d("2025-05-29")},
		{"1975-04-30", 50, d("2025-04-30")},
		{"1945-09-02", 80, d("2025-09-02")},
		{"2024-02-29", 1, d("2025-02-28")},
		{"2024-02-29", 4, d("2028-02-29")},
		{"1950-01-30", 0, timeline.Date{}},
		{"1950-01-30", -1, timeline.Date{}},
		{"195X", 5, timeline.Date{}},
	}
	for _, tt := range tests {
		if got := timeline.Anniversary(d(tt.origin), tt.n); got != tt.want {
			t.Errorf("Anniversary(%s, %d) = %q, want %q", tt.origin, tt.n, got, tt.want)
		}
	}
	require.Equal(t, d("2025-03-01"), timeline.LeapPolicyMar1.Anniversary(d("2024-02-29"), 1))
	require.Equal(t, 75, timeline.OrdinalIn(d("1950-01-30"), 2025))
	require.Equal(t, 24, timeline.OrdinalIn(d("2001"), 2025))
	require.Equal(t, 0, timeline.OrdinalIn(d("2001"), 2001))
	require.Equal(t, -1, timeline.OrdinalIn(d("2001"), 2000))
	require.Equal(t, 0, timeline.OrdinalIn(timeline.Date{}, 2025))
}

func TestNext(t *testing.T) {
	d := timeline.MustParseDate
	tests := []struct {
		origin, after string
		policy        timeline.LeapPolicy
		n             int
		on            string
	}{
		{"1950-01-30", "2025-01-29", timeline.LeapPolicyFeb28, 75, "2025-01-30"},
		{"1950-01-30", "2025-01-30", timeline.LeapPolicyFeb28, 76, "2026-01-30"},
		{"1950-01-30", "2025-01", timeline.LeapPolicyFeb28, 76, "2026-01-30"}, // January 2025 ends after the 30th
		{"1950-01-30", "1900", timeline.LeapPolicyFeb28, 1, "1951-01-30"},
		{"2001", "2025-06-01", timeline.LeapPolicyFeb28, 25, "2026"},
		{"2001", "2025", timeline.LeapPolicyFeb28, 25, "2026"},
		{"2024-02-29", "2025-01-01", timeline.LeapPolicyFeb28, 1, "2025-02-28"},
		{"2024-02-29", "2025-01-01", timeline.LeapPolicyMar1, 1, "2025-03-01"},
	}
	for _, tt := range tests {
		n, on := timeline.Next(d(tt.origin), d(tt.after), tt.policy)
		if n != tt.n || on != d(tt.on) {
			t.Errorf("Next(%s, %s, %v) = %d, %q; want %d, %q", tt.origin, tt.after, tt.policy, n, on, tt.n, tt.on)
		}
	}
	n, on := timeline.Next(d("1950-01-30"), d("9999-06"), timeline.LeapPolicyFeb28)
	require.Zero(t, n)
	require.True(t, on.IsZero())
}

func TestRoundMajor(t *testing.T) {
	for n := -5; n <= 200; n++ {
		require.Equal(t, n > 0 && n%5 == 0, timeline.IsRound(n), n)
		require.Equal(t, n == 25 || n == 50 || n == 75 || n == 100 || n == 125 || n == 150 || n == 175 || n == 200, timeline.IsMajor(n), n)
	}
	require.Equal(t, "feb28", timeline.LeapPolicyFeb28.String())
	require.Equal(t, "mar1", timeline.LeapPolicyMar1.String())
	require.Equal(t, "LeapPolicy(7)", timeline.LeapPolicy(7).String())
}
