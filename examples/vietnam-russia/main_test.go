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
// arithmetic done by hand, independently of the goldens, in CLDR style.
func TestFacts(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run([]string{"-year", "2025", "-style", "cldr"}, &out, &out))
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

// TestNewsFacts checks the default, newsroom style of the card against
// the forms of the style books, written by hand: AP and Reuters in
// English, VnExpress and TTXVN in Vietnamese, TASS in Russian.
func TestNewsFacts(t *testing.T) {
	want := map[string][]string{
		"en": {
			"Diplomatic relations established: Jan. 30, 1950\n", // AP: Jan. with a date
			"  Sept. 2, 2025 — 80th anniversary",                // AP: Sept.
			"  Jan. 14-15, 2025 — Official visit",               // AP: hyphen in ranges
			"Bilateral trade, the first nine months of 2024: up 24% to $4.4 billion\n",
			// 4.4/1.24 = 3.548…, 4.35/1.245 = 3.4939…, 4.45/1.235 = 3.6032… billion.
			"about $3.55 billion (between $3.49 billion and $3.60 billion)",
			// 204,000/1.82 = 112,088; three digits would make 112,000 the point and the lower bound.
			"about 112,100 visitors (between 111,500 and 112,700)",
			"it was signed on Nov. 4, 2002",
		},
		"vi": {
			"Thiết lập quan hệ ngoại giao: 30/1/1950\n",
			"  14-15/1/2025 — Chuyến thăm chính thức",
			"9 tháng đầu năm 2024: tăng 24% lên 4,4 tỷ USD\n",
			"khoảng 3,55 tỷ USD (từ 3,49 tỷ USD đến 3,60 tỷ USD)",
			"năm 2024: hơn 1 tỷ USD\n",
			"được ký ngày 4/11/2002",
		},
		"ru": {
			"Дипломатические отношения установлены: 30 января 1950 года\n",
			"  14–15 января 2025 года — Официальный визит",
			"январь – сентябрь 2024 года: рост на 24% до 4,4 млрд долларов\n",
			"около 3,55 млрд долларов (от 3,49 млрд долларов до 3,60 млрд долларов)",
			"рост на 82% до 204 тыс. посетителей\n",
			"2025 год: 1000 стипендий\n", // four digits unspaced (Milchin)
			"подписан 4 ноября 2002 года",
		},
	}
	for lang, lines := range want {
		var out, errb bytes.Buffer
		require.NoError(t, run([]string{"-lang", lang}, &out, &errb))
		for _, w := range lines {
			require.Contains(t, out.String(), w, lang)
		}
		require.NotContains(t, out.String(), " T US$", lang) // CLDR's "T" reads as triệu
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-style", "ap"}, {"-lang", "fr"}, {"-format", "pdf"}, {"-year", "0"}, {"-source", "no-such-file.txt"}, {"extra"}} {
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

// TestVietnameseAndRussianSources: the card reads a communiqué written in
// Vietnamese or Russian and quotes its clauses in that language.
func TestVietnameseAndRussianSources(t *testing.T) {
	for _, c := range []struct{ file, lang, want string }{
		{"thong-cao-vn-ru-2026.txt", "vi", "  - [nhất trí · CAMEO 030] Hai bên nhất trí tăng cường hợp tác"},
		{"thong-cao-vn-ru-2026.txt", "vi", "  Một số điều khoản (nguyên văn):\n"},
		{"kommyunike-ru-vn-2026.txt", "ru", "  - [договорились · CAMEO 030] Стороны договорились расширять сотрудничество"},
		{"kommyunike-ru-vn-2026.txt", "ru", "  Избранные положения (оригинал):\n"},
		{"kommyunike-ru-vn-2026.txt", "en", "  Selected clauses (Russian original):\n"},
	} {
		var out, errb bytes.Buffer
		src := filepath.Join("..", "..", "testdata", "reader", c.file)
		require.NoError(t, run([]string{"-year", "2026", "-lang", c.lang, "-source", src}, &out, &errb))
		require.Contains(t, out.String(), c.want, c.file)
	}
}
