package timeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mayStartDateSimple is mayStartDate without its table: each word
// compared in turn.
func mayStartDateSimple(w string) bool {
	if w[0] >= 'A' && w[0] <= 'Z' {
		if _, ok := monthOf(w); ok {
			return true
		}
		if weekdayOf(w) >= 0 {
			return true
		}
		if w == "Q" || w == "H" {
			return true
		}
	}
	return inList(w, dateStartWords)
}

// TestDateStarts: the table in front of mayStartDate loses no word, on
// every word of the test texts and every month, weekday and listed word
// in three cases, and on every word of up to two letters.
func TestDateStarts(t *testing.T) {
	var words []string
	forms := func(w string) {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, m := range monthNames {
		forms(m)
		forms(m[:3])
		forms(m[:min(4, len(m))])
	}
	for _, d := range weekdayNames {
		forms(d)
		forms(d[:3])
	}
	for _, w := range dateStartWords {
		forms(w)
		forms(w + "s")
		forms(w[:len(w)-1])
	}
	for a := 'A'; a <= 'z'; a++ {
		words = append(words, string(a))
		for b := 'A'; b <= 'z'; b++ {
			words = append(words, string([]rune{a, b}))
		}
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "sources", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.FieldsFunc(string(b), func(r rune) bool { return !isAlpha(byte(r)) || r > 'z' })...)
	}
	accepted := 0
	for _, w := range words {
		if w == "" || !isAlpha(w[0]) {
			continue
		}
		want := mayStartDateSimple(w)
		if got := mayStartDate(w); got != want {
			t.Errorf("mayStartDate(%q) = %v, want %v", w, got, want)
		}
		if want {
			accepted++
		}
	}
	if accepted < 100 {
		t.Errorf("only %d of %d test words may start a date", accepted, len(words))
	}
}

// TestMayFollowThe: the words that go on a date after "the" are let
// through to the patterns.
func TestMayFollowThe(t *testing.T) {
	for _, text := range []string{
		"the first half of 2024", "the second quarter of 2025", "the last six months of 2024", "the 2nd quarter 2025",
		"the end of 2025", "the late 1990s", "the beginning of 2024", "the middle of 2024", "the start of 2024",
		"the early 2000s", "the mid 1990s", "the 22nd of November 2021", "the 2020s", "the three months to September 2024",
		"the year ending June 2022", "The first nine months of 2024",
	} {
		sc := scanner{text: text}
		if t2, _ := sc.token(len("the")); !sc.mayFollowThe(t2) {
			t.Errorf("mayFollowThe after %q = false", text)
		}
	}
	for _, text := range []string{"the two sides", "the Russian side", "the May agreement", ""} {
		sc := scanner{text: "the " + text}
		if t2, _ := sc.token(len("the")); sc.mayFollowThe(t2) {
			t.Errorf("mayFollowThe after %q = true", text)
		}
	}
}

// TestMayFollowTheAt: the screen by length and first letter loses no
// word mayFollowThe accepts, after any spacing.
func TestMayFollowTheAt(t *testing.T) {
	var words []string
	forms := func(w string) {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"s", w[:len(w)-1]+"x")
	}
	for _, o := range partOrdinals {
		forms(o.w)
	}
	for _, q := range qualifierWords {
		forms(q.w)
	}
	for _, n := range numberWords[1:] {
		forms(n)
	}
	for _, m := range monthNames {
		forms(m)
	}
	forms("year")
	words = append(words, "", "2024", "22nd", "1990s", "-", ",", "–", "beginnings", "yearlong", "A", "Q1")
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "sources", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.Fields(string(b))...)
	}
	accepted := 0
	for _, w := range words {
		for _, sp := range []string{" ", "\n\t ", ""} {
			text := "the" + sp + w + " of 2024"
			sc := scanner{text: text}
			t2, _ := sc.token(3)
			want := sc.mayFollowThe(t2)
			if got := sc.mayFollowTheAt(3); got != want {
				t.Errorf("mayFollowTheAt in %q = %v, want %v", text, got, want)
			}
			if want {
				accepted++
			}
		}
	}
	if accepted < 100 {
		t.Errorf("only %d of %d test words may follow the", accepted, len(words))
	}
}
