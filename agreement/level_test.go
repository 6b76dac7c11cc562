package agreement_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/stretchr/testify/require"
)

// TestCompareCustomScheme: levels of one scheme built with NewScheme
// compare by rank; every failure says why, and only levels of two schemes
// are said to be of different schemes.
func TestCompareCustomScheme(t *testing.T) {
	au := auScheme(t)
	ep, _ := au.Level("enhanced-partnership")
	gp, _ := au.Level("grand-partnership")
	gpp, _ := au.Level("grand-partnership-plus")
	family, _ := au.Level("family-ties")
	for _, tt := range []struct {
		a, b agreement.Level
		want int
	}{{ep, gp, -1}, {gp, ep, 1}, {gp, gpp, 0}, {ep, ep, 0}} {
		got, err := tt.a.Compare(tt.b)
		require.NoError(t, err, "%s %s", tt.a, tt.b)
		require.Equal(t, tt.want, got, "%s %s", tt.a, tt.b)
	}
	// A second, equal, scheme of the same owner is the same scheme.
	ep2, _ := auScheme(t).Level("enhanced-partnership")
	got, err := ep2.Compare(gp)
	require.NoError(t, err)
	require.Equal(t, -1, got)

	vnSP, _ := agreement.VietnamScheme().Level("strategic-partnership")
	vnSpecial, _ := agreement.VietnamScheme().Level("special-relationship")
	for _, tt := range []struct {
		a, b agreement.Level
		msg  string
	}{
		{ep, vnSP, "agreement: comparing AU:enhanced-partnership with VN:strategic-partnership: levels of different schemes (AU, VN)"},
		{family, gp, "agreement: comparing AU:family-ties with AU:grand-partnership: AU:family-ties is outside the AU ladder"},
		{gp, family, "agreement: comparing AU:grand-partnership with AU:family-ties: AU:family-ties is outside the AU ladder"},
		{vnSpecial, vnSP, "agreement: comparing VN:special-relationship with VN:strategic-partnership: VN:special-relationship is outside the VN ladder"},
		{agreement.Level{}, gp, `agreement: comparing "" with AU:grand-partnership: the zero Level has no rank`},
		{gp, agreement.Level{}, `agreement: comparing AU:grand-partnership with "": the zero Level has no rank`},
	} {
		_, err := tt.a.Compare(tt.b)
		require.EqualError(t, err, tt.msg)
		require.ErrorIs(t, err, agreement.ErrIncomparable)
		var ie *agreement.IncomparableError
		require.ErrorAs(t, err, &ie)
		require.Equal(t, tt.a, ie.Level)
		require.Equal(t, tt.b, ie.Other)
	}
}
