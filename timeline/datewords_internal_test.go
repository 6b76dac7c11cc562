package timeline

import (
	"io/fs"
	"strings"
	"testing"
)

// TestWordFiles checks that every embedded word file parses, and spot
// checks words each must hold: the case forms of Russian months, the
// Vietnamese date words, the English lists.
func TestWordFiles(t *testing.T) {
	names, err := fs.Glob(wordFiles, "words/*.txt")
	if err != nil || len(names) != 3 {
		t.Fatalf("word files %v, %v", names, err)
	}
	for _, n := range names {
		b, _ := wordFiles.ReadFile(n)
		if _, err := parseWords(n, string(b)); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
	tabs := wordTables()
	checks := []struct {
		lang int
		word string
		want wordInfo
	}{
		{1, "Ngày", wordInfo{roles: roleDay}},
		{1, "tháng", wordInfo{roles: roleMonth}},
		{1, "NĂM", wordInfo{roles: roleYear}},
		{1, "quý", wordInfo{roles: roleQuarter}},
		{1, "đầu", wordInfo{roles: roleFirst}},
		{1, "từ", wordInfo{roles: roleFrom}},
		{1, "đến", wordInfo{roles: roleTo}},
		{2, "января", wordInfo{month: 1}},
		{2, "Январь", wordInfo{month: 1}},
		{2, "январём", wordInfo{month: 1}},
		{2, "январем", wordInfo{month: 1}},
		{2, "мае", wordInfo{month: 5}},
		{2, "сентябре", wordInfo{month: 9}},
		{2, "декабря", wordInfo{month: 12}},
		{2, "года", wordInfo{roles: roleYear | roleYearAfter}},
		{2, "г", wordInfo{roles: roleYear | roleYearAfter}},
		{2, "квартале", wordInfo{roles: roleQuarter}},
		{2, "девяти", wordInfo{num: 9}},
		{2, "первые", wordInfo{roles: roleFirst, ord: 1}},
		{2, "третьем", wordInfo{ord: 3}},
		{2, "с", wordInfo{roles: roleFrom}},
		{2, "по", wordInfo{roles: roleTo}},
		{2, "в", wordInfo{roles: roleIn}},
	}
	for _, c := range checks {
		if got, ok := tabs[c.lang].lookup(c.word); !ok || got != c.want {
			t.Errorf("lang %d %q = %+v, %v; want %+v", c.lang, c.word, got, ok, c.want)
		}
	}
	// Every month of Russian has its nominative, genitive and
	// prepositional forms.
	forms := [12][3]string{{"январь", "января", "январе"}, {"февраль", "февраля", "феврале"}, {"март", "марта", "марте"},
		{"апрель", "апреля", "апреле"}, {"май", "мая", "мае"}, {"июнь", "июня", "июне"}, {"июль", "июля", "июле"},
		{"август", "августа", "августе"}, {"сентябрь", "сентября", "сентябре"}, {"октябрь", "октября", "октябре"},
		{"ноябрь", "ноября", "ноябре"}, {"декабрь", "декабря", "декабре"}}
	for i, f := range forms {
		for _, w := range f {
			if got, _ := tabs[2].lookup(w); int(got.month) != i+1 {
				t.Errorf("%q = month %d, want %d", w, got.month, i+1)
			}
		}
	}
	for _, w := range []string{"Vision", "tháng9", strings.Repeat("я", 40)} {
		if _, ok := tabs[2].lookup(w); ok {
			t.Errorf("%q found", w)
		}
	}
	if !inList("Treaty", datedNouns) || !inList("tonnes", notAfterYear) || !inList("In", beforeYear) || inList("Vision", beforeYear) {
		t.Error("English lists not loaded from words/en.txt")
	}
	for _, bad := range []string{"nocolon", "bogus: x", "year: Года", "month13: x", "num0: x"} {
		if _, err := parseWords("t", bad); err == nil {
			t.Errorf("parseWords(%q): no error", bad)
		}
	}
}
