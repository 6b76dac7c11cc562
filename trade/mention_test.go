package trade_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/trade"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

type goldFigure struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Kind     string `json:"kind"`
	Value    string `json:"value"`
	Unit     string `json:"unit"`
}

func mentionValue(m trade.Mention) (string, string) {
	if m.Kind == trade.MentionPercent {
		return m.Rate.String(), ""
	}
	return m.Figure.String(), m.Figure.Unit().String()
}

func TestExtractFiguresGold(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "gold", "figures.json"))
	require.NoError(t, err)
	var gold []goldFigure
	require.NoError(t, json.Unmarshal(b, &gold))
	want := map[goldFigure]bool{}
	for _, g := range gold {
		want[g] = true
	}
	got := map[goldFigure]bool{}
	for _, doc := range []string{"000_0a5656f814c64368.txt", "002_a303d40a4328e215.txt"} {
		text, err := os.ReadFile(filepath.Join("..", "testdata", "sources", doc))
		require.NoError(t, err)
		for m := range trade.ExtractFigures(string(text)) {
			v, u := mentionValue(m)
			got[goldFigure{doc, m.Start, m.End, m.Text, m.Kind.String(), v, u}] = true
		}
	}
	tp := 0
	for g := range got {
		if want[g] {
			tp++
		} else {
			t.Logf("false positive: %+v", g)
		}
	}
	for g := range want {
		if !got[g] {
			t.Logf("missed: %+v", g)
		}
	}
	p, r := float64(tp)/float64(len(got)), float64(tp)/float64(len(want))
	t.Logf("ExtractFigures on gold: precision %.3f, recall %.3f (%d gold, %d found)", p, r, len(want), len(got))
	require.GreaterOrEqual(t, p, 0.95)
	require.GreaterOrEqual(t, r, 0.95)
}

func TestExtractFiguresPhrasings(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Trade reached US$4.4bn, or USD 4.4 billion, or 4.4 billion USD.", []string{"US$4.4bn=4400000000 USD step 100000000", "USD 4.4 billion=4400000000 USD step 100000000", "4.4 billion USD=4400000000 USD step 100000000"}},
		{"more than 5,000 tonnes and nearly 300 projects", []string{"more than 5,000 tonnes=over 5000 tonnes step 1000", "nearly 300 projects=nearly 300 projects step 100"}},
		{"fell -3.2% or rose 24 percent or 82 per cent", []string{"-3.2%=-3.2% step 0.1", "24 percent=24% step 1", "82 per cent=82% step 1"}},
		{"VND 1.25 trillion and 2 million US dollars", []string{"VND 1.25 trillion=1250000000000 VND step 10000000000", "2 million US dollars=2000000 USD step 1000000"}},
		// Not figures:
		{"the 75th anniversary in 2025 over 75 years; January 30, 1950; the two countries; item 3.2", nil},
		{"two new consulates", []string{"two new consulates=2 consulate step 1"}},
		// Mostly Cyrillic: read as Russian, where "tỷ" is no scale word.
		{"Số liệu 4,4 tỷ USD и 4,4 млрд долларов", []string{"4,4 млрд долларов=4400000000 USD step 100000000"}},
	}
	for _, tt := range tests {
		var got []string
		for m := range trade.ExtractFigures(tt.text) {
			require.Equal(t, tt.text[m.Start:m.End], m.Text)
			v, _ := mentionValue(m)
			got = append(got, m.Text+"="+v)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ExtractFigures(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func FuzzExtractFigures(f *testing.F) {
	for _, s := range []string{"$4.4 billion", "over $1 billion", "204,000 Russian citizens", "8.3%", "$", "1,", "\xff$1",
		strings.Repeat("9", 500), "4,4 tỷ USD", "US$", "exceeded $", "đạt hai mươi tỷ USD", "более двух миллиардов долларов", "hai hai tỷ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for m := range trade.ExtractFigures(s) {
			if m.Start < last || m.End <= m.Start || m.End > len(s) || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v in %q", m, s)
			}
			last = m.End
		}
	})
}

func ExampleExtractFigures() {
	text := "In the first nine months of 2024 alone, trade surged by 24%, reaching $4.4 billion."
	for m := range trade.ExtractFigures(text) {
		fmt.Println(m.Kind, m.Text)
	}
	// Output:
	// percent 24%
	// money $4.4 billion
}

func BenchmarkExtractFigures(b *testing.B) {
	text, err := os.ReadFile(filepath.Join("..", "testdata", "sources", "000_0a5656f814c64368.txt"))
	if err != nil {
		b.Fatal(err)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		for range trade.ExtractFigures(s) {
		}
	}
}
