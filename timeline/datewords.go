package timeline

// The words of dates by language, kept as data in words/*.txt and read once:
// what the scanners know of each language beyond digits and punctuation.

import (
	"embed"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/internal/textlang"
)

//go:embed words/*.txt
var wordFiles embed.FS

// role is what a word does in a date expression; a word may have several.
type role uint32

const (
	roleDay       role = 1 << iota // before a day: vi "ngày"
	roleMonth                      // before a month number, or after a count of months: vi "tháng"
	roleYear                       // next to a year: vi "năm" before it, ru "года", "г." after it
	roleQuarter                    // a quarter of a year: vi "quý", ru "квартал"
	roleHalf                       // a half of a year: vi "nửa", ru "полугодие"
	roleMonths                     // after a count of months: ru "месяцев"
	roleFirst                      // the first months of a year: vi "đầu", ru "первые"
	roleLast                       // the last months of a year: vi "cuối", ru "последние"
	roleFrom                       // opens a range, or a period since a date: vi "từ", ru "с"
	roleTo                         // joins the ends of a range: vi "đến", ru "по"
	roleIn                         // a preposition that belongs to the date it governs: ru "в 2024 году"
	roleUnit                       // a counted noun: the number before it is no year
	roleItem                       // numbers items: the number after it is no year
	roleDayPart                    // a part of a day before its date: vi "chiều" ("Chiều 12-12")
	roleDayRef                     // a day relative to the page after a part of a day: vi "qua" ("Chiều tối qua 26-11")
	roleAnd                        // joins two days in a row: vi "và", ru "и" ("25 và 26-10-2019")
	roleYearAfter                  // a year word that only follows its year: ru "года" ("2014 года 1073-…" holds no year 1073)
)

// roleNames are the roles as the word files name them. Besides these, a
// file may give month1–month12 (month names), num1–num12 (number words
// counting months) and ord1–ord4 (ordinals of quarters and halves).
var roleNames = map[string]role{"day": roleDay, "month": roleMonth, "year": roleYear, "quarter": roleQuarter,
	"half": roleHalf, "months": roleMonths, "first": roleFirst, "last": roleLast, "from": roleFrom, "to": roleTo,
	"in": roleIn, "unit": roleUnit, "item": roleItem, "daypart": roleDayPart, "dayref": roleDayRef, "and": roleAnd, "yearafter": roleYearAfter}

// wordInfo is what a word file says of one word.
type wordInfo struct {
	roles role
	month int8 // 1–12 for a month name
	num   int8 // 1–12 for a number word
	ord   int8 // 1–4 for an ordinal
}

// wordTable is one language's word file: its words by lowercase form, and
// every role's words in file order.
type wordTable struct {
	words  map[string]wordInfo
	lists  map[string][]string
	maxLen int // bytes of the longest word
}

// maxWordLen bounds the bytes of a word looked up in a table; longer words
// are no date words.
const maxWordLen = 48

// parseWords reads a word file: lines "role: word word …", blank lines
// and "#" comments. English roles (before, determiner, dated, link,
// fiscal) only fill lists; it reports an unknown role, a word with
// upper-case letters or longer than maxWordLen, and a line without a colon.
func parseWords(name, data string) (*wordTable, error) {
	t := &wordTable{words: map[string]wordInfo{}, lists: map[string][]string{}}
	for n, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		name2, words, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("timeline: word file %s line %d: no colon", name, n+1)
		}
		name2 = strings.TrimSpace(name2)
		var info wordInfo
		switch {
		case roleNames[name2] != 0:
			info.roles = roleNames[name2]
		case numbered(name2, "month", 12) > 0:
			info.month = numbered(name2, "month", 12)
		case numbered(name2, "num", 12) > 0:
			info.num = numbered(name2, "num", 12)
		case numbered(name2, "ord", 4) > 0:
			info.ord = numbered(name2, "ord", 4)
		case name2 == "before" || name2 == "determiner" || name2 == "dated" || name2 == "link" || name2 == "fiscal" ||
			name2 == "address" || name2 == "era" || name2 == "weekday":
		default:
			return nil, fmt.Errorf("timeline: word file %s line %d: unknown role %q", name, n+1, name2)
		}
		for _, w := range strings.Fields(words) {
			if w != strings.ToLower(w) || len(w) > maxWordLen {
				return nil, fmt.Errorf("timeline: word file %s line %d: word %q not lowercase or too long", name, n+1, w)
			}
			if name2 == "weekday" {
				// A list of phrases: "_" stands for the space ("thứ_tư").
				t.lists[name2] = append(t.lists[name2], strings.ReplaceAll(w, "_", " "))
				continue
			}
			t.lists[name2] = append(t.lists[name2], w)
			t.maxLen = max(t.maxLen, len(w))
			old := t.words[w]
			old.roles |= info.roles
			old.month = max(old.month, info.month)
			old.num = max(old.num, info.num)
			old.ord = max(old.ord, info.ord)
			t.words[w] = old
		}
	}
	return t, nil
}

// numbered returns n for a role name prefix+n with n from 1 to hi, else 0.
func numbered(name, prefix string, hi int) int8 {
	rest, ok := strings.CutPrefix(name, prefix)
	if !ok || rest == "" || len(rest) > 2 || rest[0] == '0' {
		return 0
	}
	n := 0
	for i := 0; i < len(rest); i++ {
		if !isDigit(rest[i]) {
			return 0
		}
		n = n*10 + int(rest[i]-'0')
	}
	if n > hi {
		return 0
	}
	return int8(n)
}

// wordTables reads the embedded word files once. A file that does not
// parse yields an empty table (a test checks that every file parses).
var wordTables = sync.OnceValue(func() [3]*wordTable {
	var out [3]*wordTable
	for _, l := range []textlang.Lang{textlang.English, textlang.Vietnamese, textlang.Russian} {
		name := "words/" + l.String() + ".txt"
		b, err := wordFiles.ReadFile(name)
		t, err2 := parseWords(name, string(b))
		if err != nil || err2 != nil {
			t = &wordTable{words: map[string]wordInfo{}, lists: map[string][]string{}}
		}
		out[l] = t
	}
	return out
})

// lookup returns what the table says of word w, matched in lower case.
// It does not allocate.
func (t *wordTable) lookup(w string) (wordInfo, bool) {
	if len(w) > t.maxLen+4 { // a capital may be a byte shorter or longer
		return wordInfo{}, false
	}
	var buf [maxWordLen + 8]byte
	b := buf[:0]
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z', r >= 'А' && r <= 'Я':
			r += 'a' - 'A' // the same offset in ASCII and Cyrillic
		case r < 'А' || r > 'я':
			r = unicode.ToLower(r)
		}
		if len(b)+utf8.RuneLen(r) > len(buf) {
			return wordInfo{}, false
		}
		b = utf8.AppendRune(b, r)
	}
	info, ok := t.words[string(b)]
	return info, ok
}
