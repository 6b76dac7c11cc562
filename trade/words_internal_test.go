package trade

import (
	"errors"
	"testing"

	"github.com/bilateral-go/bilateral/internal/textlang"
	"github.com/stretchr/testify/require"
)

// TestWordFiles: every embedded word file reads, has the kinds a reader
// needs, and maps the nouns and words the package documents.
func TestWordFiles(t *testing.T) {
	for _, l := range []textlang.Lang{textlang.English, textlang.Vietnamese, textlang.Russian} {
		lx := lexiconOf(l)
		require.NotNil(t, lx, l.String())
		require.NotEmpty(t, lx.scale.exact, "%s: scale", l)
		require.NotEmpty(t, lx.currency.exact, "%s: currency", l)
		require.NotEmpty(t, lx.qual.exact, "%s: qualifier", l)
		require.NotEmpty(t, lx.percent.exact, "%s: percent", l)
		require.NotEmpty(t, lx.noun.exact, "%s: noun", l)
		require.NotZero(t, len(lx.fall.exact)+len(lx.fall.stems), "%s: fall", l)
		for p, e := range lx.noun.exact {
			require.False(t, e.unit.IsZero(), "%s: noun %q", l, p)
		}
	}
	vi, ru := lexiconOf(textlang.Vietnamese), lexiconOf(textlang.Russian)
	require.Equal(t, byte(','), vi.decimal)
	require.Equal(t, byte('.'), vi.group)
	require.Equal(t, byte(','), ru.decimal)
	require.Equal(t, byte(' '), ru.group)
	for p, want := range map[string]string{"lượt khách": "visitors", "học bổng": "scholarships", "văn kiện": "document"} {
		require.Equal(t, want, vi.noun.exact[p].unit.String(), p)
	}
	for p, want := range map[string]string{"туристов": "visitors", "человек": "persons", "стипендий": "scholarships",
		"документов": "document", "туристами": "visitors", "документа": "document"} {
		require.Equal(t, want, ru.noun.exact[p].unit.String(), p)
	}
	require.Equal(t, 9, vi.scale.exact["tỷ"].exp)
	require.Equal(t, 9, ru.scale.exact["млрд"].exp)
	require.True(t, ru.scale.exact["тыс."].abbr)
	require.Equal(t, "USD", ru.currency.exact["долл. сша"].unit.String())
	require.Equal(t, Nearly, ru.qual.exact["почти"].qual)
	require.Equal(t, Over, vi.qual.exact["hơn"].qual)
	// Phrases are unique across one kind: "listed twice" is an error.
	_, err := parseLexicon(textlang.English, "scale 3: k | k\n")
	var pe *ParseError
	require.True(t, errors.As(err, &pe))
	require.Equal(t, `trade: parsing "line 1" as word file: phrase "k" listed twice`, err.Error())
	for _, bad := range []string{"scale x: k", "currency QQQ: q", "noun: x", "qualifier maybe: x", "what: x", "no colon",
		"scale 3: K", "decimal: ,,"} {
		_, err := parseLexicon(textlang.English, bad)
		require.Error(t, err, bad)
	}
}

func TestExpand(t *testing.T) {
	require.Equal(t, []string{"турист", "туристы", "туристов"}, expand("турист{,ы,ов}"))
	require.Equal(t, []string{"a c", "a d", "b c", "b d"}, expand("{a,b} {c,d}"))
}

// TestScaleOfShortcut: the words scaleOf knows without a lookup have the
// scale words/en.txt gives them.
func TestScaleOfShortcut(t *testing.T) {
	for _, w := range []string{"billion", "million", "trillion", "bn"} {
		exp, long := scaleOf(w)
		sc, ok := scaleIndex.lookup(w)
		if !ok || sc.exp != exp || sc.long != long {
			t.Errorf("scaleOf(%q) = %d, %v; words/en.txt: %+v, %v", w, exp, long, sc, ok)
		}
	}
}
