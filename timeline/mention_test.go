package timeline_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

type goldDate struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Value    string `json:"value"`
}

// TestExtractDatesGold measures ExtractDates against the hand-labelled
// dates of both source texts: a mention counts as correct when its offsets
// and value match the gold exactly.
func TestExtractDatesGold(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "gold", "dates.json"))
	require.NoError(t, err)
	var gold []goldDate
	require.NoError(t, json.Unmarshal(b, &gold))
	want := map[goldDate]bool{}
	docs := map[string]bool{}
	for _, g := range gold {
		want[g] = true
		docs[g.Document] = true
	}
	got := map[goldDate]bool{}
	for doc := range docs {
		text, err := os.ReadFile(filepath.Join("..", "testdata", "sources", doc))
		require.NoError(t, err)
		for _, g := range gold {
			if g.Document == doc {
				require.Equal(t, g.Text, string(text[g.Start:g.End]), "gold offsets")
			}
		}
		for m := range timeline.ExtractDates(string(text)) {
			got[goldDate{doc, m.Start, m.End, m.Text, m.Value.String()}] = true
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
	precision := float64(tp) / float64(len(got))
	recall := float64(tp) / float64(len(want))
	t.Logf("ExtractDates on gold: precision %.3f, recall %.3f (%d gold, %d found, %d correct)", precision, recall, len(want), len(got), tp)
	require.GreaterOrEqual(t, precision, 0.95)
	require.GreaterOrEqual(t, recall, 0.95)
}

func TestExtractDatesPhrasings(t *testing.T) {
	tests := []struct {
		text string
		want []string // "text=value"
	}{
		{"Talks were held on 14–15 January 2025 in Hanoi.", []string{"14–15 January 2025=2025-01-14/2025-01-15"}},
		{"signed on 30 January 1950", []string{"30 January 1950=1950-01-30"}},
		{"from June 30 – July 2, 2024", []string{"from June 30 – July 2, 2024=2024-06-30/2024-07-02"}},
		{"on Sept. 5, 2023 and Jan 3 2024", []string{"Sept. 5, 2023=2023-09-05", "Jan 3 2024=2024-01-03"}},
		{"since 1950, and since March 2001", []string{"1950=1950", "March 2001=2001-03"}},
		{"from 2021 to 2025; between 2010 and 2012", []string{"from 2021 to 2025=2021/2025", "between 2010 and 2012=2010/2012"}},
		{"growth in the 2020s", []string{"2020s=2020/2029"}},
		{"the first half of 2024 and the first 3 months of 2025", []string{"the first half of 2024=2024-01/2024-06", "the first 3 months of 2025=2025-01/2025-03"}},
		{"January–November 2024", []string{"January–November 2024=2024-01/2024-11"}},
		// Not dates:
		{"the 75th anniversary, $4.4 billion, 204,000 visitors, 2000 tonnes, 1,000 scholarships, 24%, 2024%", nil},
		{"Item 2001a, room 1950, 3.2024, 12:30, #2024, 1500 people, May 9, this year", nil},
		{"February 30, 2024 and 2023-02-29", nil},
		{"under Resolution 2231 (2015), Article 1975, No. 2001 and Decree 1999 of 2020", []string{"2015=2015", "2020=2020"}},
		{"ISO 2025-01-14, 2024-07 and 2021-2025", []string{"2025-01-14=2025-01-14", "2024-07=2024-07", "2021-2025=2021/2025"}},
		// Read as Russian (more Cyrillic than Latin letters): "в … году"
		// belongs to the year; "năm" is no Russian word.
		{"в 2024 году и năm 2024", []string{"в 2024 году=2024", "2024=2024"}},
	}
	for _, tt := range tests {
		var got []string
		for m := range timeline.ExtractDates(tt.text) {
			require.Equal(t, tt.text[m.Start:m.End], m.Text)
			got = append(got, m.Text+"="+m.Value.String())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ExtractDates(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func FuzzExtractDates(f *testing.F) {
	for _, s := range []string{"from January 14 to 15, 2025", "14–15 January 2025", "the first nine months of 2024", "\xff2024",
		"2024–", "January", "Между 1 и 2 января 2025 г.", "ngày 30 tháng 1 năm 1950", strings.Repeat("1", 1000), "\u200f2025\u200e",
		"from the 22nd to the 25th of November 2021", "early April 2018, mid-2025", "FY2024-25 and 1999-00", "the 2030 Agenda",
		"30 January – 2 February", "on October 31", "the late 1990s", strings.Repeat("the 22nd of ", 50),
		"27.07.06 2018.11.21 2015 09 18 December-29- 2018 29/7/1443 Hijri", "ngày 25, 26 và 27/10/2019 Chiều tối qua 26-11 2026-01-22T14:38+0300", "Сен. 6, 2017 February 3/ 2022", "4. 7. 2023 Ow-Yong07 October 2024", "from Thursday, 22 May to Friday, 23 May 2014 15-4-2024 4-5-2024 Thứ năm, 12 Tháng 6 2014 12 tháng 6, 2014"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for m := range timeline.ExtractDates(s) {
			if m.Start < last || m.End <= m.Start || m.End > len(s) || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v in %q", m, s)
			}
			if m.Value.IsZero() {
				t.Fatalf("mention without value: %+v", m)
			}
			last = m.End
		}
		last = 0
		for m := range timeline.ExtractDatesWith(s, timeline.ExtractOptions{Year: 2024}) {
			if m.Start < last || m.End <= m.Start || m.End > len(s) || s[m.Start:m.End] != m.Text {
				t.Fatalf("bad mention %+v in %q", m, s)
			}
			if m.Value.IsZero() || m.Inferred && m.Value.Start.Year() != 2024 {
				t.Fatalf("bad value: %+v", m)
			}
			last = m.End
		}
	})
}

func ExampleExtractDates() {
	text := "PM Mishustin paid an official visit from January 14 to 15, 2025, ahead of the 75th anniversary of relations (January 30, 1950)."
	for m := range timeline.ExtractDates(text) {
		fmt.Printf("%d-%d %q %s\n", m.Start, m.End, m.Text, m.Value)
	}
	// Output:
	// 36-63 "from January 14 to 15, 2025" 2025-01-14/2025-01-15
	// 109-125 "January 30, 1950" 1950-01-30
}

func ExampleExtractDatesWith() {
	text := "The forum opened on the 22nd of November and closed in late 2024; the next one is due by March 21st."
	for m := range timeline.ExtractDatesWith(text, timeline.ExtractOptions{Year: 2024}) {
		fmt.Printf("%d-%d %q %s inferred=%v\n", m.Start, m.End, m.Text, m.Value, m.Inferred)
	}
	// Output:
	// 20-40 "the 22nd of November" 2024-11-22 inferred=true
	// 55-64 "late 2024" 2024-09~/2024-12~ inferred=false
	// 89-99 "March 21st" 2024-03-21 inferred=true
}

func BenchmarkExtractDates(b *testing.B) {
	var text []byte
	for _, f := range []string{"000_0a5656f814c64368.txt", "002_a303d40a4328e215.txt"} {
		t, err := os.ReadFile(filepath.Join("..", "testdata", "sources", f))
		if err != nil {
			b.Fatal(err)
		}
		text = append(text, t...)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for range timeline.ExtractDates(s) {
			n++
		}
		if n == 0 {
			b.Fatal("no dates")
		}
	}
}
