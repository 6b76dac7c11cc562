package decimal

import (
	"math"
	"strconv"
	"testing"
)

// TestDigits checks the bit-length shortcut against the length of the
// decimal text at every power of ten and its neighbours.
func TestDigits(t *testing.T) {
	check := func(u uint64) {
		if got, want := digits(u), len(strconv.FormatUint(u, 10)); got != want {
			t.Errorf("digits(%d) = %d, want %d", u, got, want)
		}
	}
	check(0)
	check(math.MaxUint64)
	for _, p := range pow10 {
		check(p - 1)
		check(p)
		check(p + 1)
	}
	for u := uint64(1); u != 0 && u < math.MaxUint64/3; u = u*3 + 1 {
		check(u)
	}
}
