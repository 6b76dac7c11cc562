package timeline

import (
	"iter"
	"time"
)

// Mention is a date expression found in text: its byte range [Start, End),
// the exact Text, the days it denotes as a Span, and the precision of its
// finest end.
type Mention struct {
	Start     int
	End       int
	Text      string
	Value     Span
	Precision Precision
}

// maxExtractLen bounds the text ExtractDates reads; longer text yields
// nothing.
const maxExtractLen = 64 << 20

// ExtractDates yields the date expressions of English text in order, with
// byte offsets:
//
//	January 30, 1950             Jan. 30, 1950          30 January 1950
//	January 14-15, 2025          from January 14 to 15, 2025
//	14–15 January 2025           June 30 – July 2, 2024
//	January 2025                 between January and November 2024
//	the first nine months of 2024 (and first N months, first half/quarter)
//	in 2001 (the mention is "2001")   since 1950 (an open span, 1950/..)
//	2021-2025, from 2021 to 2025 (year ranges)   the 2020s (a decade)
//	2025-01-14, 2024-07 (ISO 8601 / EDTF level 0)
//
// "from", "between" and "since" are part of the mention, because they make
// it a range; "in", "on" and "by" are not. A bare year is a four-digit
// number from 1000 to 2999 standing alone: not after "$" or a digit group,
// not before "%", a decimal part or a counted noun ("2000 tonnes"), not
// after a word that numbers items ("Resolution 2231", "Article 1975",
// "No. 2001"). Month
// and day without a year ("May 9") and relative expressions ("this year",
// "next month") are not reported, since they need a reference date.
// Ordinals ("75th"), money, counts ("204,000") and times are never dates.
//
// ExtractDates does not allocate per token; text over 64 MiB yields nothing.
func ExtractDates(text string) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		if len(text) > maxExtractLen {
			return
		}
		sc := scanner{text: text}
		pos := 0
		for pos < len(text) {
			// Fast skip: most bytes start no date. A date starts at a digit,
			// a capitalised month name, or "from", "between", "since",
			// "the" or "first"; any other word or byte is passed over
			// without building a token.
			switch c := text[pos]; {
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				e := pos + 1
				for e < len(text) && isAlpha(text[e]) {
					e++
				}
				if !mayStartDate(text[pos:e]) {
					pos = e
					continue
				}
			case c >= '0' && c <= '9':
			default:
				pos++
				continue
			}
			t, next := sc.token(pos)
			if t.kind == tokEnd {
				return
			}
			if t.start > 0 && isAlnum(text[t.start-1]) {
				pos = next
				continue
			}
			m, ok := sc.match(t)
			if ok {
				if !yield(m) {
					return
				}
			}
			if m.End > pos {
				pos = m.End // a match, or a date expression that names no real day
				continue
			}
			pos = next
		}
	}
}

// mayStartDate reports whether a word can begin a date expression: a
// capitalised month name or abbreviation, or one of the words that lead a
// range or a period ([scanner.match] decides the rest).
func mayStartDate(w string) bool {
	if w[0] >= 'A' && w[0] <= 'Z' {
		if _, ok := monthOf(w); ok {
			return true
		}
	}
	switch len(w) {
	case 3:
		return equalFold(w, "the")
	case 4:
		return equalFold(w, "from")
	case 5:
		return equalFold(w, "since") || equalFold(w, "first")
	case 7:
		return equalFold(w, "between")
	}
	return false
}

type tokKind uint8

const (
	tokEnd tokKind = iota
	tokWord
	tokNum   // a plain integer
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
	ndigits    int
}

type scanner struct{ text string }

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlnum(c byte) bool { return isAlpha(c) || isDigit(c) }

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
		// A digit group or a decimal part makes it a quantity, not a date.
		if e+1 < len(s) && (s[e] == ',' || s[e] == '.') && isDigit(s[e+1]) {
			if s[e] == '.' || (e+3 < len(s)+0 && groupOf3(s, e+1)) {
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
var notAfterYear = [...]string{"people", "persons", "tonnes", "tons", "barrels", "visitors", "tourists", "students",
	"scholarships", "projects", "flights", "percent", "per", "million", "billion", "thousand", "trillion", "km",
	"kilometres", "kilometers", "metres", "meters", "units", "cars", "vehicles", "households", "companies",
	"enterprises", "delegations", "employees", "workers", "troops", "soldiers", "hours", "days", "years", "hectares"}

func (sc scanner) isYear(t token, next token) bool {
	if t.kind != tokNum || t.ndigits != 4 || t.val < 1000 || t.val > 2999 {
		return false
	}
	s := sc.text
	if t.start > 0 {
		switch p := s[t.start-1]; {
		case p == '$' || p == '#' || p == '+' || p == '/' || p == ':' || isAlnum(p):
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
	if next.kind == tokWord {
		w := s[next.start:next.end]
		for _, x := range notAfterYear {
			if equalFold(w, x) {
				return false
			}
		}
	}
	// A number after "Resolution", "Article", "No." and the like is the
	// number of an item, not a year ("Resolution 2231", "No. 1975").
	if w := wordBefore(s, t.start); w != "" {
		for _, x := range numberedItems {
			if equalFold(w, x) {
				return false
			}
		}
	}
	return true
}

// numberedItems are words after which a number names an item.
var numberedItems = [...]string{"resolution", "article", "articles", "no", "nos", "number", "paragraph", "section", "chapter",
	"item", "items", "room", "flight", "route", "decree", "decision", "circular", "order", "clause", "annex", "rule",
	"point", "page", "pages", "vol", "volume", "model", "version", "code", "platform", "gate", "terminal", "unit"}

// wordBefore returns the word that ends just before offset i, skipping one
// space and an abbreviation's period ("No. 2001").
func wordBefore(s string, i int) string {
	j := i
	if j > 0 && s[j-1] == ' ' {
		j--
	}
	if j > 0 && s[j-1] == '.' {
		j--
	}
	k := j
	for k > 0 && isAlpha(s[k-1]) {
		k--
	}
	return s[k:j]
}

func (sc scanner) word(t token, w string) bool {
	return t.kind == tokWord && equalFold(sc.text[t.start:t.end], w)
}

// isDay reports whether t is a day number (1–31) written alone.
func (sc scanner) isDay(t token) bool {
	if t.kind != tokNum || t.ndigits > 2 || t.val < 1 || t.val > 31 {
		return false
	}
	if t.end < len(sc.text) && isAlpha(sc.text[t.end]) {
		return false // "15th", "3rd", "10am"
	}
	return true
}

// isRangeWord reports whether t joins the ends of a range: a dash, "to",
// "through", "until", "till" or "and" (after "between").
func (sc scanner) isRangeWord(t token, and bool) bool {
	return t.kind == tokDash || sc.word(t, "to") || sc.word(t, "through") || sc.word(t, "until") || sc.word(t, "till") ||
		(and && sc.word(t, "and"))
}

// match tries every date pattern at token t.
func (sc scanner) match(t token) (Mention, bool) {
	// Most tokens cannot start a date: reject them before any lookahead.
	switch t.kind {
	case tokNum:
	case tokWord:
		if !t.month && !sc.word(t, "from") && !sc.word(t, "between") && !sc.word(t, "since") &&
			!sc.word(t, "the") && !sc.word(t, "first") {
			return Mention{}, false
		}
	default:
		return Mention{}, false
	}
	s := sc.text
	start := t.start
	lead := ""
	if sc.word(t, "from") || sc.word(t, "between") || sc.word(t, "since") {
		lead = s[t.start:t.end]
		t2, _ := sc.token(t.end)
		m, ok := sc.core(t2, equalFold(lead, "between"))
		if !ok {
			return Mention{}, false
		}
		m.Start = start
		if equalFold(lead, "since") {
			if m.Value.End != m.Value.Start {
				return Mention{}, false
			}
			m.Value.End = Date{}
		}
		m.Text = s[m.Start:m.End]
		return m, true
	}
	if sc.word(t, "the") {
		t2, _ := sc.token(t.end)
		if m, ok := sc.firstMonths(t2); ok {
			m.Start = start
			m.Text = s[m.Start:m.End]
			return m, true
		}
	}
	return sc.core(t, false)
}

// core matches a date or range starting at t.
func (sc scanner) core(t token, between bool) (Mention, bool) {
	if m, ok := sc.firstMonths(t); ok {
		return m, true
	}
	s := sc.text
	n1, p1 := sc.token(t.end)
	switch {
	case t.kind == tokWord && t.month:
		// Month Day[, Year] | Month Day–Day, Year | Month Day – Month Day, Year | Month Year | Month–Month Year
		mo := time.Month(t.val)
		if t.kind == tokWord && n1.kind == tokPeriod { // "Jan."
			n1, p1 = sc.token(n1.end)
		}
		if sc.isDay(n1) {
			d1 := n1.val
			n2, _ := sc.token(p1)
			if sc.isRangeWord(n2, between) {
				n3, p3 := sc.token(n2.end)
				if sc.isDay(n3) { // Month D1–D2, Year
					if y, end, ok := sc.commaYear(p3); ok {
						return sc.span(t.start, end, y, mo, d1, y, mo, n3.val, Day)
					}
				}
				if n3.kind == tokWord && n3.month { // Month D1 – Month D2, Year
					n4, p4 := sc.token(n3.end)
					if sc.isDay(n4) {
						if y, end, ok := sc.commaYear(p4); ok {
							return sc.span(t.start, end, y, mo, d1, y, time.Month(n3.val), n4.val, Day)
						}
					}
				}
			}
			if y, end, ok := sc.commaYear(p1); ok {
				return sc.span(t.start, end, y, mo, d1, y, mo, d1, Day)
			}
			return Mention{}, false
		}
		if sc.isRangeWord(n1, between) { // Month–Month Year
			n2, p2 := sc.token(n1.end)
			if n2.kind == tokWord && n2.month {
				n3, p3 := sc.token(p2)
				n4, _ := sc.token(p3)
				if sc.isYear(n3, n4) {
					return sc.span(t.start, n3.end, n3.val, mo, 0, n3.val, time.Month(n2.val), 0, Month)
				}
			}
			return Mention{}, false
		}
		n2, _ := sc.token(p1)
		if sc.isYear(n1, n2) { // Month Year
			return sc.span(t.start, n1.end, n1.val, mo, 0, n1.val, mo, 0, Month)
		}
	case sc.isDay(t):
		// D Month Year | D–D Month Year
		d1 := t.val
		if sc.isRangeWord(n1, between) {
			n2, p2 := sc.token(n1.end)
			if sc.isDay(n2) {
				n3, p3 := sc.token(p2)
				if n3.kind == tokWord && n3.month {
					n4, p4 := sc.token(p3)
					n5, _ := sc.token(p4)
					if sc.isYear(n4, n5) {
						return sc.span(t.start, n4.end, n4.val, time.Month(n3.val), d1, n4.val, time.Month(n3.val), n2.val, Day)
					}
				}
			}
		}
		if n1.kind == tokWord && n1.month {
			n2, p2 := sc.token(p1)
			n3, _ := sc.token(p2)
			if sc.isYear(n2, n3) {
				return sc.span(t.start, n2.end, n2.val, time.Month(n1.val), d1, n2.val, time.Month(n1.val), d1, Day)
			}
		}
	case t.kind == tokNum && t.ndigits == 4 && t.end < len(s) && s[t.end] == 's' && (t.end+1 == len(s) || !isAlpha(s[t.end+1])) && t.val%10 == 0 && t.val >= 1000:
		// A decade: "the 2020s".
		return sc.span(t.start, t.end+1, t.val, 0, 0, t.val+9, 0, 0, Year)
	case t.kind == tokNum && t.ndigits == 4 && t.end+2 < len(s) && s[t.end] == '-' && isDigit(s[t.end+1]) && isDigit(s[t.end+2]) && (t.end+3 == len(s) || !isDigit(s[t.end+3])):
		// An ISO 8601 / EDTF date: "2025-01-14", "2024-07".
		e := t.end
		for e < len(s) && e-t.start < maxDateLen && (isDigit(s[e]) || s[e] == '-') {
			e++
		}
		if e < len(s) && isAlnum(s[e]) {
			return Mention{}, false
		}
		d, err := ParseDate(s[t.start:e])
		if err != nil {
			return Mention{End: e}, false
		}
		return Mention{Start: t.start, End: e, Text: s[t.start:e], Value: Span{Start: d, End: d}, Precision: d.Precision()}, true
	case sc.isYear(t, n1):
		// Year | Year–Year | Year to Year
		if sc.isRangeWord(n1, between) {
			n2, p2 := sc.token(n1.end)
			n3, _ := sc.token(p2)
			if sc.isYear(n2, n3) && n2.val >= t.val {
				return sc.span(t.start, n2.end, t.val, 0, 0, n2.val, 0, 0, Year)
			}
		}
		return sc.span(t.start, t.end, t.val, 0, 0, t.val, 0, 0, Year)
	}
	return Mention{}, false
}

// commaYear reads ", Year" or " Year" at pos.
func (sc scanner) commaYear(pos int) (int, int, bool) {
	t, p := sc.token(pos)
	if t.kind == tokComma {
		t, p = sc.token(p)
	}
	n, _ := sc.token(p)
	if sc.isYear(t, n) {
		return t.val, t.end, true
	}
	return 0, 0, false
}

// firstMonths matches "first N months of Year", "first half of Year",
// "first quarter of Year".
func (sc scanner) firstMonths(t token) (Mention, bool) {
	if !sc.word(t, "first") {
		return Mention{}, false
	}
	n1, p1 := sc.token(t.end)
	months := 0
	switch {
	case sc.word(n1, "half"):
		months = 6
	case sc.word(n1, "quarter"):
		months = 3
	case n1.kind == tokWord && n1.val > 0 && !n1.month, n1.kind == tokNum && n1.val >= 1 && n1.val <= 12:
		n2, p2 := sc.token(p1)
		if !sc.word(n2, "months") {
			return Mention{}, false
		}
		months, p1 = n1.val, p2
	default:
		return Mention{}, false
	}
	of, p := sc.token(p1)
	if !sc.word(of, "of") {
		return Mention{}, false
	}
	y, p2 := sc.token(p)
	n, _ := sc.token(p2)
	if !sc.isYear(y, n) {
		return Mention{}, false
	}
	return sc.span(t.start, y.end, y.val, 1, 0, y.val, time.Month(months), 0, Month)
}

// span builds a mention; d == 0 means month precision, m == 0 year.
func (sc scanner) span(start, end, y1 int, m1 time.Month, d1, y2 int, m2 time.Month, d2 int, p Precision) (Mention, bool) {
	mk := func(y int, m time.Month, d int) (Date, bool) {
		var dt Date
		var err error
		switch {
		case m == 0:
			dt, err = NewYear(y)
		case d == 0:
			dt, err = NewMonth(y, m)
		default:
			dt, err = NewDate(y, m, d)
		}
		return dt, err == nil
	}
	a, ok1 := mk(y1, m1, d1)
	b, ok2 := mk(y2, m2, d2)
	if !ok1 || !ok2 {
		return Mention{End: end}, false // "February 30, 2024": consumed, not reported
	}
	sp, err := NewSpan(a, b)
	if err != nil {
		return Mention{End: end}, false
	}
	return Mention{Start: start, End: end, Text: sc.text[start:end], Value: sp, Precision: p}, true
}
