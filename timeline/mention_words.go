package timeline

import "github.com/bilateral-go/bilateral/internal/textlang"

// The tokens and words of date expressions: the scanner that reads numbers,
// ordinals, words, dashes and punctuation without allocating, the month and
// number words, and the rules that tell a year from a quantity or a name.

type tokKind uint8

const (
	tokEnd tokKind = iota
	tokWord
	tokNum   // a plain integer, or an ordinal day ("22nd")
	tokOther // a number with groups or decimals, or any other character
	tokDash  // "-", "–", "—"
	tokComma
	tokPeriod
)

type token struct {
	kind       tokKind
	start, end int
	val        int // for tokNum; month for month words (1–12); small numbers for number words
	month      bool
	ord        bool // tokNum written as an English ordinal: "1st", "22nd", "3rd", "25th"
	ndigits    int
}

// scanner reads tokens of text. year, when not zero, is the year given to
// a month and day written without one.
type scanner struct {
	text string
	year int
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool { return isAlpha(c) || isDigit(c) }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// token reads the token at or after pos (skipping spaces) and returns it
// with the position after it.
func (sc scanner) token(pos int) (token, int) {
	s := sc.text
	for pos < len(s) && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r') {
		pos++
	}
	if pos >= len(s) {
		return token{kind: tokEnd, start: pos, end: pos}, pos
	}
	c := s[pos]
	switch {
	case isAlpha(c):
		e := pos
		for e < len(s) && isAlpha(s[e]) {
			e++
		}
		t := token{kind: tokWord, start: pos, end: e}
		t.val, t.month = monthOf(s[pos:e])
		if !t.month {
			t.val = numberWord(s[pos:e])
		}
		return t, e
	case isDigit(c):
		e := pos
		v := 0
		for e < len(s) && isDigit(s[e]) {
			if e-pos < 9 {
				v = v*10 + int(s[e]-'0')
			}
			e++
		}
		t := token{kind: tokNum, start: pos, end: e, val: v, ndigits: e - pos}
		// An ordinal of one or two digits with its English suffix: "1st",
		// "22nd", "13th". The suffix must fit the number and end the word.
		if e-pos <= 2 && e+2 <= len(s) && (e+2 == len(s) || !isAlpha(s[e+2])) && equalFold(s[e:e+2], ordinalSuffix(v)) {
			t.ord, t.end = true, e+2
			return t, t.end
		}
		// A digit group or a decimal part makes it a quantity, not a date,
		// but for the day and month of a dotted date ("05.07.2023").
		if e+1 < len(s) && (s[e] == ',' || s[e] == '.') && isDigit(s[e+1]) && !inDottedDate(s, pos, e) {
			if s[e] == '.' || groupOf3(s, e+1) {
				e++
				for e < len(s) && (isDigit(s[e]) || ((s[e] == ',' || s[e] == '.') && e+1 < len(s) && isDigit(s[e+1]))) {
					e++
				}
				t.kind, t.end = tokOther, e
			}
		}
		return t, t.end
	case c == '-':
		return token{kind: tokDash, start: pos, end: pos + 1}, pos + 1
	case c == 0xE2 && pos+2 < len(s) && s[pos+1] == 0x80 && (s[pos+2] == 0x93 || s[pos+2] == 0x94): // – —
		return token{kind: tokDash, start: pos, end: pos + 3}, pos + 3
	case c == ',':
		return token{kind: tokComma, start: pos, end: pos + 1}, pos + 1
	case c == '.':
		return token{kind: tokPeriod, start: pos, end: pos + 1}, pos + 1
	}
	e := pos + 1
	for e < len(s) && s[e]&0xC0 == 0x80 {
		e++
	}
	return token{kind: tokOther, start: pos, end: e}, e
}

// inDottedDate reports whether the number s[pos:e] is the day or the month
// of a date written D.M.YYYY ("05.07.2023", "5.7.2023"): one or two digits,
// dots between, four digits of the year, nothing numeric after.
func inDottedDate(s string, pos, e int) bool {
	digits := func(i, lo, hi int) int { // the end of a run of lo–hi digits at i, or -1
		j := i
		for j < len(s) && isDigit(s[j]) && j-i < hi {
			j++
		}
		if j-i < lo || j < len(s) && isDigit(s[j]) {
			return -1
		}
		return j
	}
	yearAt := func(i int) bool {
		j := digits(i, 4, 4)
		return j > 0 && (j == len(s) || !isAlnum(s[j]) && !(s[j] == '.' || s[j] == ',') || (s[j] == '.' || s[j] == ',') && (j+1 == len(s) || !isDigit(s[j+1])))
	}
	// A year of two digits, in a date of three two-digit numbers
	// ("27.07.06"): not inside a longer dotted number.
	shortYearAt := func(i int) bool {
		j := digits(i, 2, 2)
		return j > 0 && (j == len(s) || !isAlnum(s[j]) && !((s[j] == '.' || s[j] == ',') && j+1 < len(s) && isDigit(s[j+1])))
	}
	if e-pos == 4 && e+6 <= len(s) && s[e] == '.' && s[e+3] == '.' && digits(e+1, 2, 2) == e+3 && digits(e+4, 2, 2) == e+6 &&
		(e+6 == len(s) || !isAlnum(s[e+6]) && !(s[e+6] == '.' && e+7 < len(s) && isDigit(s[e+7]))) && (pos == 0 || !isDigit(s[pos-1]) && s[pos-1] != '.') {
		return true // the year of "2018.11.21"
	}
	if e-pos > 2 || e >= len(s) || s[e] != '.' {
		return false
	}
	// The day: "05" of "05.07.2023", "27" of "27.07.06".
	if j := digits(e+1, 1, 2); j > 0 && j+1 < len(s) && s[j] == '.' && (yearAt(j+1) ||
		e-pos == 2 && j-e == 3 && shortYearAt(j+1) && (pos == 0 || s[pos-1] != '.' && !isAlnum(s[pos-1]))) {
		return true
	}
	// The month: "07" of "05.07.2023", "07" of "27.07.06".
	if pos >= 2 && s[pos-1] == '.' && isDigit(s[pos-2]) && (yearAt(e+1) || e-pos == 2 && shortYearAt(e+1) && pos >= 3 && isDigit(s[pos-3]) && (pos == 3 || s[pos-4] != '.' && !isAlnum(s[pos-4]))) {
		k := pos - 2
		for k > 0 && isDigit(s[k-1]) && pos-1-k < 2 {
			k--
		}
		return pos-1-k <= 2 && (k == 0 || !isDigit(s[k-1]) && s[k-1] != '.')
	}
	return false
}

// ordinalSuffix returns the English ordinal suffix of n: "st" for 1, 21,
// 31; "nd" for 2, 22; "rd" for 3, 23; "th" otherwise, and for 11 to 13.
func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

// groupOf3 reports whether s[i:] starts with exactly three digits.
func groupOf3(s string, i int) bool {
	return i+3 <= len(s) && isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+2]) && (i+3 == len(s) || !isDigit(s[i+3]))
}

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december"}

// monthOf recognises a month name or its abbreviation (Jan, Feb, Mar, Apr,
// Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec), case-insensitively but
// capitalised as in running text ("January", "JANUARY").
func monthOf(w string) (int, bool) {
	if len(w) < 3 || len(w) > 9 || !(w[0] >= 'A' && w[0] <= 'Z') {
		return 0, false
	}
	// Only the months that start with w's letter are compared.
	var cand []int8
	switch w[0] {
	case 'J':
		cand = []int8{1, 6, 7}
	case 'F':
		cand = []int8{2}
	case 'M':
		cand = []int8{3, 5}
	case 'A':
		cand = []int8{4, 8}
	case 'S':
		cand = []int8{9}
	case 'O':
		cand = []int8{10}
	case 'N':
		cand = []int8{11}
	case 'D':
		cand = []int8{12}
	}
	for _, c := range cand {
		m := monthNames[c-1]
		if equalFold(w, m) || len(w) == 3 && m != "may" && equalFold(w, m[:3]) || c == 9 && equalFold(w, "sept") {
			return int(c), true
		}
	}
	return 0, false
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		c := a[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != b[i] {
			return false
		}
	}
	return true
}

// inList reports whether w is one of the lowercase words of list, in any case.
func inList(w string, list []string) bool {
	for _, x := range list {
		if equalFold(w, x) {
			return true
		}
	}
	return false
}

var numberWords = [...]string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

func numberWord(w string) int {
	if len(w) < 3 || len(w) > 6 {
		return 0 // "one" to "twelve"
	}
	switch w[0] | 0x20 {
	case 'o', 't', 'f', 's', 'e', 'n':
		for i := 1; i < len(numberWords); i++ {
			if equalFold(w, numberWords[i]) {
				return i
			}
		}
	}
	return 0
}

// notAfterYear are words that make a preceding four-digit number a
// quantity rather than a year.
var notAfterYear = englishList("unit")

// numberedItems are words after which a number names an item.
var numberedItems = englishList("item")

// beforeYear are the capitalised words a year may follow and still be a
// date: prepositions and conjunctions that open a sentence ("In 2030"),
// determiners, the qualifiers of a period, seasons and "FY". Any other
// capitalised word before a year makes the year part of a name ("Vision
// 2045", "Expo 2020", "Agenda 2063"); months are allowed separately.
var beforeYear = englishList("before")

// determiners are the words after which a year followed by a capitalised
// word is the first word of a name: "the 2030 Agenda".
var determiners = englishList("determiner")

// datedNouns name things that happen or are adopted on a date: legal
// instruments and meetings. A year in a name with one of them is that
// date ("the 1976 Treaty of Amity", "the Law of the Sea 1982", "the 2024
// APEC Summit"), not part of the name as in "the 2030 Agenda".
var datedNouns = englishList("dated")

// nameLinks are the lowercase words a name may contain: "Treaty of Amity
// and Cooperation", "Law of the Sea".
var nameLinks = englishList("link")

// maxNameWords bounds how many words of a name are read for a dated noun.
const maxNameWords = 8

// yearShape reports whether t is a four-digit number from 1000 to 2999
// that reads as a year where it stands: not a money amount, percentage,
// count of things or numbered item. A year glued to letters ("G2020",
// "COP2024") is not one unless glued is set (after "FY").
func (sc scanner) yearShape(t token, next token, glued bool) bool {
	if t.kind != tokNum || t.ndigits != 4 || t.val < 1000 || t.val > 2999 {
		return false
	}
	s := sc.text
	if digitsBeforeDash(s, t.start) {
		return false // "PR#99–2010": a number of an identifier
	}
	if t.start > 0 {
		switch p := s[t.start-1]; {
		case p == '$' || p == '#' || p == '+' || p == '/' || p == ':':
			return false
		case isAlnum(p) && !glued:
			return false
		}
	}
	if t.end < len(s) {
		switch n := s[t.end]; {
		case n == '%' || isAlpha(n) && n != 's':
			return false
		case n == 's' && (t.end+1 == len(s) || !isAlpha(s[t.end+1])):
			return false // a decade: handled by the decade rule
		}
	}
	if next.kind == tokWord && inList(s[next.start:next.end], notAfterYear) {
		return false
	}
	// A number after "Resolution", "Article", "No." and the like is the
	// number of an item, not a year ("Resolution 2231", "No. 1975").
	if sc.numbersItem(t) {
		return false
	}
	w, _ := wordBefore(s, t.start)
	if afterDigitGroup(s, t.start) {
		return false // "+84 24 3825 2024": a group of a telephone number
	}
	if w == "" && sc.addressAt(next) {
		return false // "2627 Main Street", ", 1300 Quezon City"
	}
	return true
}

// numbersItem reports whether t follows one of [numberedItems].
func (sc scanner) numbersItem(t token) bool {
	w, _ := wordBefore(sc.text, t.start)
	return w != "" && inList(w, numberedItems)
}

// afterDigitGroup reports whether offset i follows one space and a group
// of three or more digits that is no year ("0243 825 2024", "3825 2024"):
// the number at i is then a further group of a telephone or other number.
// A day (one or two digits) or a year before it does not count ("Jan 3
// 2024", "2023 2024").
func afterDigitGroup(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' || !isDigit(s[i-2]) {
		return false
	}
	k := i - 2
	for k > 0 && isDigit(s[k-1]) {
		k--
	}
	if k > 0 && (isAlpha(s[k-1]) || s[k-1] == ',' || s[k-1] == '.') && k+1 < i-1 {
		return false // "Q1", "G20", "1,500" end in digits but are no group
	}
	n := i - 1 - k
	if n < 3 {
		return false
	}
	return n != 4 || s[k] < '1' || s[k] > '2'
}

// addressWords are the capitalised words that end a street or place name
// after a street number or postcode: "Street", "Boulevard", "City".
var addressWords = englishList("address")

// addressAt reports whether the capitalised words from t, at most three,
// end in one of [addressWords]: the number before t is then a street
// number or a postcode.
func (sc scanner) addressAt(t token) bool {
	s := sc.text
	for range 3 {
		if t.kind != tokWord || !isUpper(s[t.start]) || t.month {
			return false
		}
		if inList(s[t.start:t.end], addressWords) {
			return true
		}
		t, _ = sc.token(t.end)
	}
	return false
}

// inName reports whether the year-shaped number t, followed by the token
// after, is part of a name: it follows a capitalised word that is neither
// a month nor one of [beforeYear] ("Vision 2045", "Expo 2020"), or it
// stands between a determiner and a capitalised word ("the 2030 Agenda").
// A hyphen may join the word and the year ("Expo-2020").
// A word before a sentence's full stop does not count ("in Hanoi. 2024"),
// nor an acronym ("UNCLOS 1982", "APEC 2017"), nor a name with one of
// [datedNouns] ("the 1976 Treaty", "Law of the Sea 1982").
func (sc scanner) inName(t token, after token) bool {
	s := sc.text
	w, dotted := wordBefore(s, t.start)
	if w == "" && t.start > 1 && s[t.start-1] == '-' && isAlpha(s[t.start-2]) {
		w, dotted = wordBefore(s, t.start-1) // "Expo-2020"
	}
	if w == "" {
		return false
	}
	if isUpper(w[0]) && !dotted {
		if _, ok := monthOf(w); !ok && !inList(w, beforeYear) {
			return !isAcronym(w) && !sc.datedNameBefore(t.start)
		}
	}
	if after.kind == tokWord && isUpper(s[after.start]) && !after.month && inList(w, determiners) {
		return !sc.datedNameFrom(after)
	}
	return false
}

// isAcronym reports whether w is two or more capital letters: "UNCLOS".
func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) {
			return false
		}
	}
	return true
}

// datedNameBefore reports whether the name that ends before offset i, read
// back over at most maxNameWords capitalised words and [nameLinks],
// contains one of [datedNouns].
func (sc scanner) datedNameBefore(i int) bool {
	s := sc.text
	for range maxNameWords {
		j := i
		if j > 0 && s[j-1] == ' ' {
			j--
		}
		k := j
		for k > 0 && isAlpha(s[k-1]) {
			k--
		}
		w := s[k:j]
		switch {
		case w == "":
			return false
		case isUpper(w[0]) && inList(w, datedNouns):
			return true
		case !isUpper(w[0]) && !inList(w, nameLinks):
			return false
		}
		i = k
	}
	return false
}

// datedNameFrom reports whether the name that starts at t, read over at
// most maxNameWords capitalised words and [nameLinks], contains one of
// [datedNouns].
func (sc scanner) datedNameFrom(t token) bool {
	s := sc.text
	for range maxNameWords {
		for range maxNameWords {
			// Periods and dashes inside a word of a name: "U.S.-Philippines".
			n, _ := sc.token(t.end)
			if (t.kind != tokPeriod && t.kind != tokDash) || n.start != t.end {
				break
			}
			t = n
		}
		if t.kind != tokWord {
			return false
		}
		w := s[t.start:t.end]
		switch {
		case isUpper(w[0]) && inList(w, datedNouns):
			return true
		case !isUpper(w[0]) && !inList(w, nameLinks):
			return false
		}
		t, _ = sc.token(t.end)
	}
	return false
}

// isYear reports whether t is a year standing alone as a date: year-shaped
// ([scanner.yearShape]) and not part of a name ([scanner.inName]).
func (sc scanner) isYear(t token, next token) bool {
	if w, _ := wordBefore(sc.text, t.start); w != "" && inList(w, fiscalWords) {
		return false // "fiscal 2022": a fiscal year is no calendar year
	}
	return sc.yearShape(t, next, false) && !sc.inName(t, next)
}

// fiscalWords are the words after which a year is a fiscal year, whose
// months differ from country to country.
var fiscalWords = englishList("fiscal")

// wordBefore returns the word that ends just before offset i, skipping one
// space and an abbreviation's period ("No. 2001"), and whether it skipped
// the period.
func wordBefore(s string, i int) (string, bool) {
	j := i
	if j > 0 && s[j-1] == ' ' {
		j--
	}
	dotted := false
	if j > 0 && s[j-1] == '.' {
		j--
		dotted = true
	}
	k := j
	for k > 0 && isAlpha(s[k-1]) {
		k--
	}
	return s[k:j], dotted
}

func (sc scanner) word(t token, w string) bool {
	return t.kind == tokWord && equalFold(sc.text[t.start:t.end], w)
}

// isDay reports whether t is a day number (1–31) written alone or as an
// ordinal ("22nd").
func (sc scanner) isDay(t token) bool {
	if t.kind != tokNum || t.ndigits > 2 || t.val < 1 || t.val > 31 {
		return false
	}
	if !t.ord && t.end < len(sc.text) && isAlpha(sc.text[t.end]) {
		return false // "10am"
	}
	return true
}

// isDecade reports whether t is a decade: "1990s", "2020s".
func (sc scanner) isDecade(t token) bool {
	s := sc.text
	return t.kind == tokNum && t.ndigits == 4 && t.val >= 1000 && t.val%10 == 0 && t.end < len(s) && s[t.end] == 's' &&
		(t.end+1 == len(s) || !isAlpha(s[t.end+1]))
}

// isRangeWord reports whether t joins the ends of a range: a dash, "to",
// "through", "until", "till" or "and" (after "between").
func (sc scanner) isRangeWord(t token, and bool) bool {
	return t.kind == tokDash || sc.word(t, "to") || sc.word(t, "through") || sc.word(t, "until") || sc.word(t, "till") ||
		(and && sc.word(t, "and"))
}

// digitsBeforeDash reports whether a dash glued to offset i follows a run
// of digits other than a four-digit year ("99–2010", "551-5710"): the
// number at i is then the rest of an identifier, not a year ("2016–2020"
// is a range, read from its first year).
func digitsBeforeDash(s string, i int) bool {
	j := i
	switch {
	case j > 0 && s[j-1] == '-':
		j--
	case j >= 3 && s[j-3] == 0xE2 && s[j-2] == 0x80 && (s[j-1] == 0x93 || s[j-1] == 0x94):
		j -= 3
	default:
		return false
	}
	k := j
	for k > 0 && isDigit(s[k-1]) {
		k--
	}
	return k < j && j-k != 4
}

// englishList returns the words of a role of words/en.txt.
func englishList(role string) []string { return wordTables()[textlang.English].lists[role] }
