package l10n_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
)

type goldenCase struct {
	Fn   string `json:"fn"`
	Args []any  `json:"args"`
	Want string `json:"want"`
}

// TestGoldens compares every formatter with the output of ICU 78 (CLDR 48)
// or, for month and year ranges, quarters and trade.Period labels, with the
// CLDR 48 data formatted by UTS #35, committed in testdata/golden by
// testdata/golden/gen/gen.mjs.
func TestGoldens(t *testing.T) {
	for _, l := range []l10n.Lang{l10n.EN, l10n.VI, l10n.RU} {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "golden", "labels."+l.String()+".json"))
		require.NoError(t, err)
		var g struct {
			CLDR  string       `json:"cldr"`
			Cases []goldenCase `json:"cases"`
		}
		require.NoError(t, json.Unmarshal(b, &g))
		require.Equal(t, "48.0", g.CLDR)
		require.Greater(t, len(g.Cases), 300)
		fails := 0
		for _, c := range g.Cases {
			var got string
			num := func(i int) int { return int(c.Args[i].(float64)) }
			str := func(i int) string { return c.Args[i].(string) }
			switch c.Fn {
			case "date":
				got = string(l10n.AppendDate(nil, l, num(0), time.Month(num(1)), num(2)))
			case "range":
				got = string(l10n.AppendDateRange(nil, l, num(0), time.Month(num(1)), num(2), num(3), time.Month(num(4)), num(5)))
			case "quarter":
				got = string(l10n.AppendQuarter(nil, l, num(0), num(1)))
			case "period":
				got = trade.MustParsePeriod(str(0)).Label(l.Tag())
			case "decimal":
				got = string(l10n.AppendDecimal(nil, l, str(0)))
			case "compact":
				got = string(l10n.AppendCompact(nil, l, str(0), false))
			case "compactLong":
				got = string(l10n.AppendCompact(nil, l, str(0), true))
			case "compact4":
				got = string(l10n.AppendCompactDigits(nil, l, str(0), false, 4))
			case "compact4Long":
				got = string(l10n.AppendCompactDigits(nil, l, str(0), true, 4))
			case "money4":
				got = string(l10n.AppendMoneyDigits(nil, l, str(0), str(1), 4))
			case "percent":
				got = string(l10n.AppendPercent(nil, l, str(0)))
			case "money":
				got = string(l10n.AppendMoney(nil, l, str(0), str(1), false))
			case "moneyCompact":
				got = string(l10n.AppendMoney(nil, l, str(0), str(1), true))
			case "plural":
				got = strings.ToLower(pluralName(l10n.PluralForm(l, str(0))))
			case "ordinal":
				got = string(l10n.AppendOrdinal(nil, l, num(0), l10n.Masculine))
			default:
				t.Fatalf("unknown golden function %q", c.Fn)
			}
			if got != c.Want {
				fails++
				if fails <= 30 {
					t.Errorf("%s %s%v = %q, ICU %q", l, c.Fn, c.Args, got, c.Want)
				}
			}
		}
		t.Logf("%s: %d cases, %d mismatches", l, len(g.Cases), fails)
	}
}
