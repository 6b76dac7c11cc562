package trade_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
)

// TestVietnamRussiaFixture reads the curated trade figures, checks every
// quote against its source text, and checks the figures against the text:
// each observation's value and change appear in its quote.
func TestVietnamRussiaFixture(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "testdata", "vietnam-russia", "trade.csv"))
	require.NoError(t, err)
	defer f.Close()
	series, err := trade.ReadCSV(f)
	require.NoError(t, err)
	require.Len(t, series, 4)
	n := 0
	for _, s := range series {
		for _, o := range s.Observations {
			n++
			doc, err := os.ReadFile(filepath.Join("..", "testdata", "sources", o.Source.Document))
			require.NoError(t, err)
			require.NoError(t, o.Source.Verify(doc))
			require.NotEmpty(t, o.Source.Quote)
			require.Empty(t, trade.Check(s), "%s", s.Indicator)
		}
	}
	require.Equal(t, 5, n)

	// The nine-month figure: $4.4 billion, up 24% → base between 3.494 and
	// 3.603 billion (worked in growth_test.go).
	nine := series[0].Observations[1]
	require.Equal(t, "2024-M01/2024-M09", nine.Period.String())
	base, err := trade.ImpliedBase(*nine.Value, *nine.Change)
	require.NoError(t, err)
	lo, hi := base.Bounds()
	require.Equal(t, "3494000000", lo.Round(4).Decimal())
	require.Equal(t, "3603000000", hi.Round(4).Decimal())
	require.Equal(t, trade.QualifierOver, series[1].Observations[0].Value.Qualifier())
}
