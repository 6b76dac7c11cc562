package trade_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestParsePeriodText: periods as texts write them, in three languages;
// values checked by the calendar (Q3 = July–September, H1 = January–June).
func TestParsePeriodText(t *testing.T) {
	for in, want := range map[string]string{
		"Q3 2024": "2024-Q3", "the third quarter of 2024": "2024-Q3", "H1 2025": "2025-M01/2025-M06",
		"the first half of 2025": "2025-M01/2025-M06", "2025-S1": "2025-M01/2025-M06", "2025-S2": "2025-M07/2025-M12",
		"the first nine months of 2024": "2024-M01/2024-M09", "January–September 2024": "2024-M01/2024-M09",
		"FY2022-23": "2022-M01/2023-M12", "quý III/2024": "2024-Q3", "9 tháng đầu năm 2024": "2024-M01/2024-M09",
		"III квартал 2024 г.": "2024-Q3", "январь–сентябрь 2024 г.": "2024-M01/2024-M09", "September 2024": "2024-M09",
	} {
		p, err := trade.ParsePeriod(in)
		require.NoError(t, err, in)
		require.Equal(t, want, p.String(), in)
	}
	for _, in := range []string{"2022-23", "2024-09", "early 2024", "14 January 2025", "2024 and 2025", "2025-S3", "the first half"} {
		_, err := trade.ParsePeriod(in)
		require.Error(t, err, in)
	}
}

// TestParseFigureReadsNewsLabels: ParseFigure reads back the newsroom
// labels of the three languages.
func TestParseFigureReadsNewsLabels(t *testing.T) {
	for _, s := range []string{"$4.4 billion", "over $1 billion", "204,000 visitors", "1,000 scholarships"} {
		f := trade.MustParseFigure(s)
		for _, tag := range []string{"en-x-news", "vi-x-news", "ru-x-news"} {
			l := f.Label(language.MustParse(tag))
			g, err := trade.ParseFigure(l)
			require.NoError(t, err, "%s %q", tag, l)
			require.Equal(t, f.Decimal(), g.Decimal(), "%s %q", tag, l)
			require.Equal(t, f.Unit(), g.Unit(), "%s %q", tag, l)
			require.Equal(t, f.Qualifier(), g.Qualifier(), "%s %q", tag, l)
		}
	}
}
