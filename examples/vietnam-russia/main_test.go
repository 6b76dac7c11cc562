package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGolden runs the card in every format and language and compares it
// with the reviewed goldens in testdata/ (go test -update rewrites them).
func TestGolden(t *testing.T) {
	for _, format := range []string{"text", "json", "ics"} {
		for _, lang := range []string{"en", "vi", "ru"} {
			var out, errb bytes.Buffer
			require.NoError(t, run([]string{"-year", "2025", "-lang", lang, "-format", format}, &out, &errb))
			golden := filepath.Join("testdata", "card."+lang+"."+format)
			if *update {
				require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			require.Equal(t, string(want), out.String(), golden)
		}
	}
}

// TestFacts checks facts of the card against the source texts and
// arithmetic done by hand, independently of the goldens.
func TestFacts(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-year", "2025"}, &out, &out))
	s := out.String()
	for _, want := range []string{
		"Level in 2025: comprehensive strategic partnership",
		"January 30, 2025 — 75th anniversary of diplomatic relations between Vietnam and Russia [jubilee]",
		"May 29, 2025 — 10th anniversary of the signing of the Vietnam–EAEU Free Trade Agreement [round]",
		"January 14\u2009–\u200915, 2025 — Official visit to Vietnam by Russian Prime Minister Mikhail Mishustin",
		"up 24% to $4.4B",
		// 4.4/1.24 = 3.548…, 4.35/1.245 = 3.4939…, 4.45/1.235 = 3.6032… billion.
		"$3.548B (between $3.494B and $3.603B)",
		// 204,000/1.82 = 112,088; 203,500/1.825 = 111,507; 204,500/1.815 = 112,672.
		"112,100 visitors (between 111,500 and 112,700)",
		"the DOC is cited as 2022; it was signed on November 4, 2002",
		// "…when Vietnam assumes the role of Chair of this forum in 2027".
		"Ahead:\n  2027 — Vietnam chairs APEC\n",
	} {
		require.Contains(t, s, want)
	}
	// In 2012 the comprehensive strategic partnership is in force by year end.
	out.Reset()
	require.NoError(t, run([]string{"-year", "2012"}, &out, &out))
	require.Contains(t, out.String(), "Level in 2012: comprehensive strategic partnership")
	out.Reset()
	require.NoError(t, run([]string{"-year", "2005"}, &out, &out))
	require.Contains(t, out.String(), "Level in 2005: strategic partnership")
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-lang", "fr"}, {"-format", "pdf"}, {"-year", "0"}, {"-source", "no-such-file.txt"}, {"extra"}} {
		var out, errb bytes.Buffer
		err := run(args, &out, &errb)
		require.Error(t, err, strings.Join(args, " "))
	}
	var out, errb bytes.Buffer
	err := run([]string{"-lang", "fr"}, &out, &errb)
	require.EqualError(t, err, `-lang "fr": want en, vi or ru`)
}

func TestOtherSource(t *testing.T) {
	var out, errb bytes.Buffer
	src := filepath.Join("..", "..", "testdata", "communiques", "kz-kr-2026.txt")
	require.NoError(t, run([]string{"-source", src}, &out, &errb))
	require.Contains(t, out.String(), "Joint communiqué: 9 clauses")
}
