package timeline

import (
	"golang.org/x/text/language"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestMonthOf checks the month words against time.Month's own names, in
// the capitalisations running text uses, and their abbreviations.
func TestMonthOf(t *testing.T) {
	for m := time.January; m <= time.December; m++ {
		name := m.String()
		for _, w := range []string{name, strings.ToUpper(name), name[:3], strings.ToUpper(name[:3])} {
			got, ok := monthOf(w)
			if !ok || got != int(m) {
				t.Errorf("monthOf(%q) = %d, %v; want %d", w, got, ok, m)
			}
		}
	}
	if got, ok := monthOf("Sept"); !ok || got != 9 {
		t.Errorf("monthOf(Sept) = %d, %v", got, ok)
	}
	for _, w := range []string{"january", "Ja", "Janu", "Mayday", "Sep.", "Octo", "Junes", "Marc", "", "Dece", "Fe", "Sun", "Sat"} {
		if got, ok := monthOf(w); ok {
			t.Errorf("monthOf(%q) = %d, want none", w, got)
		}
	}
}

// TestNumberWord checks "one" to "twelve" in any case and rejects others.
func TestNumberWord(t *testing.T) {
	words := []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	for i, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if got := numberWord(v); got != i+1 {
				t.Errorf("numberWord(%q) = %d, want %d", v, got, i+1)
			}
		}
	}
	for _, w := range []string{"", "on", "thirteen", "twenty", "first", "nine1", "ones", "zero", "hundred"} {
		if got := numberWord(w); got != 0 {
			t.Errorf("numberWord(%q) = %d, want 0", w, got)
		}
	}
}

// extractDatesTokenwise is ExtractDates without the fast skip: every
// token is built and offered to match. The fast skip must not change what
// is found.
func extractDatesTokenwise(text string, year int) []Mention {
	var out []Mention
	sc := scanner{text: text, year: year}
	pos := 0
	for pos < len(text) {
		t, next := sc.token(pos)
		if t.kind == tokEnd {
			break
		}
		if t.start > 0 && isAlnum(text[t.start-1]) && !sc.lostSpace(t) {
			pos = next
			continue
		}
		m, ok := sc.match(t)
		if ok {
			out = append(out, m)
		}
		if m.End > pos {
			pos = m.End
			continue
		}
		pos = next
	}
	return out
}

func TestExtractDatesFastSkip(t *testing.T) {
	pieces := []string{"January", "Jan.", "jan", "MAY", "May", "Sept", "14", "15", "30", "2025", "1950", "2001", "199", "2020s",
		"-", "–", " – ", ", ", " ", " ", " ", "from", "From", "between", "and", "to", "since", "Since", "the", "The", "first",
		"nine", "Nine", "months", "of", "in", "half", "quarter", "$", "2,000", "4.4", "%", "tonnes", "Resolution", "No.",
		"x", "th", "é", "Ngày", "(", ")", "\n", "2024-07", "2025-01-14", "/",
		"1st", "22nd", "3rd", "st", "early", "Early", "mid", "late", "end", "-", "FY", "2022-23", "23", "second",
		"last", "six", "Vision", "Agenda", "Treaty", "UNCLOS", "1990s", "beginning", "In",
		"Monday", "Mon", "Q", "H", "fiscal", "year", "ending", " / ", "21", "12", "U.S.", "Games"}
	r := rand.New(rand.NewPCG(13, 14))
	found := 0
	for n := 0; n < 30000; n++ {
		var b strings.Builder
		for range 1 + r.IntN(14) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		text := b.String()
		year := 0
		if n%2 == 1 {
			year = 2024
		}
		want := extractDatesTokenwise(text, year)
		var got []Mention
		// The English scanner, whatever language a short piece looks like.
		for m := range ExtractDatesWith(text, ExtractOptions{Year: year, Language: language.English}) {
			got = append(got, m)
		}
		if !slices.Equal(want, got) {
			t.Fatalf("%q:\ntokenwise %+v\nfast      %+v", text, want, got)
		}
		found += len(got)
	}
	if found < 1000 {
		t.Fatalf("only %d dates in the generated texts", found)
	}
}
