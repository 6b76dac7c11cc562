package trade_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
)

// TestCountUnit: singular lemmas by the rules of English plurals, checked
// against a dictionary by hand.
func TestCountUnit(t *testing.T) {
	for noun, want := range map[string]string{
		"companies": "company", "company": "company", "lives": "life", "memoranda": "memorandum", "visas": "visa",
		"agreements": "agreement", "households": "household", "consulates": "consulate", "nations": "nation",
		"businesses": "business", "taxes": "tax", "churches": "church", "bonuses": "bonus", "buses": "bus",
		"houses": "house", "archives": "archive", "crises": "crisis", "series": "series", "children": "child",
		"women": "woman", "embargoes": "embargo", "criteria": "criterion", "Companies": "company", "bus": "bus",
		"gas": "gas", "crisis": "crisis", "memorandum": "memorandum", "jobs": "job", "job": "job",
		"tonnes": "tonnes", "people": "persons", "citizens": "persons", "tourists": "visitors", "visitor": "visitors",
		"warehouses": "warehouse", "viruses": "virus", "cookies": "cookie", "well-wishers": "well-wisher",
	} {
		u, err := trade.CountUnit(noun)
		require.NoError(t, err, noun)
		require.Equal(t, want, u.String(), noun)
		back, err := trade.ParseUnit(u.String())
		require.NoError(t, err, noun)
		require.Equal(t, u, back, noun)
		again, err := trade.CountUnit(u.String()) // a lemma is its own lemma
		require.NoError(t, err, noun)
		require.Equal(t, u, again, noun)
	}
	for _, noun := range []string{"years", "days", "times", "dollars", "euros", "is", "this", "a", "", "4s", "-ab", "a--b",
		"percent", "won", "yen", "cups",
		// A figure's own words, whose count would label as that figure
		// ("0 pcs" as "0 pc", read back as a percentage): found by fuzzing.
		"pcs", "crs", "bns", "bn-a", "cr-x"} {
		_, err := trade.CountUnit(noun)
		require.EqualError(t, err, `trade: parsing "`+noun+`" as unit: not a count noun`, noun)
		require.ErrorIs(t, err, trade.ErrSyntax)
	}
	for _, s := range []string{"companies", "visitor", "usd", "Company"} {
		_, err := trade.ParseUnit(s)
		require.Error(t, err, s)
	}
}

func FuzzCountUnit(f *testing.F) {
	for _, s := range []string{"companies", "buses", "ies", "sses", "uses", "lives", "series", "xs"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := trade.CountUnit(s)
		if err != nil {
			return
		}
		again, err := trade.CountUnit(u.String())
		if err != nil || again != u {
			t.Fatalf("CountUnit(%q) = %q, but CountUnit(%q) = %q, %v", s, u, u, again, err)
		}
		back, err := trade.ParseUnit(u.String())
		if err != nil || back != u {
			t.Fatalf("ParseUnit(%q) = %q, %v", u, back, err)
		}
	})
}
