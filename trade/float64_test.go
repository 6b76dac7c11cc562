package trade_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
)

// TestFigureFloat64: the nearest float64 to the exact value. The expected
// values are Go constants, which the compiler rounds exactly to the nearest
// float64 (ties to even): an oracle independent of the package.
func TestFigureFloat64(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
	}{
		{"$4.4 billion", 4.4e9},
		{"0.1 step 0", 0.1},
		{"-3.2 USD step 0", -3.2},
		{"0 step 0", 0},
		// 123456789012345678 lies between multiples of 16 (the float64
		// spacing from 2^56 to 2^57): …664 + 14, nearer …680.
		{"123456789012345678 step 0", 123456789012345680},
		// 2^53 + 1 is halfway between 2^53 and 2^53 + 2: ties to even.
		{"9007199254740993 step 0", 9007199254740992},
		{"9007199254740995 step 0", 9007199254740996},
		{"0.000000000000000000000000000000000000001 step 0", 1e-39},
		{"999999999999999999" + "0000000000000000000000 step 0", 999999999999999999e22},
		{"3548387096.77419355 USD in [3493975903.61445783, 3603238866.39676114]", 3548387096.77419355},
		{"over 1 billion USD", 1e9},
	} {
		f, err := trade.ParseFigure(tt.in)
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.want, f.Float64(), tt.in)
	}
	require.Equal(t, 0.0, trade.Figure{}.Float64())
}

// TestRateFloat64: the value in percent, as the nearest float64.
func TestRateFloat64(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
	}{
		{"24%", 24},
		{"8.3%", 8.3},
		{"-3.2%", -3.2},
		{"0.000001%", 1e-6},
		{"25.7142857142857143% in [22.5, 29]", 25.7142857142857143},
		{"9007199254740993% step 1", 9007199254740992},
	} {
		r, err := trade.ParseRate(tt.in)
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.want, r.Float64(), tt.in)
	}
	require.Equal(t, 0.0, trade.Rate{}.Float64())
}
