package timeline

// The date reader for languages whose words come from a word file
// (Vietnamese, Russian): the grammar is written once over the roles of
// words (datewords.go) and the numeric forms every language shares.

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// rtok is a token of roleScanner.
type rtok struct {
	kind       rkind
	start, end int
	val        int // a number's value; a Roman numeral's
	ndigits    int
	info       wordInfo
}

type rkind uint8

const (
	rEnd rkind = iota
	rWord
	rNum
	rRoman // I to XII in capitals
	rSlash
	rDot
	rDash // - – — −
	rComma
	rOther
)

// roleScanner reads dates in a language of a word table.
type roleScanner struct {
	text string
	year int
	w    *wordTable
}

func isSpaceRune(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xA0 }

// token reads the token at or after pos and returns it with the offset
// after it.
func (sc roleScanner) token(pos int) (rtok, int) {
	s := sc.text
	for pos < len(s) {
		if s[pos] < utf8.RuneSelf {
			if s[pos] != ' ' && s[pos] != '\t' && s[pos] != '\n' && s[pos] != '\r' {
				break
			}
			pos++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[pos:])
		if r != 0xA0 {
			break
		}
		pos += n
	}
	if pos >= len(s) {
		return rtok{kind: rEnd, start: pos, end: pos}, pos
	}
	c := s[pos]
	if isDigit(c) {
		e, v := pos, 0
		for e < len(s) && isDigit(s[e]) {
			if e-pos < 9 {
				v = v*10 + int(s[e]-'0')
			}
			e++
		}
		return rtok{kind: rNum, start: pos, end: e, val: v, ndigits: e - pos}, e
	}
	r, n := utf8.DecodeRuneInString(s[pos:])
	if unicode.IsLetter(r) {
		e := pos
		for e < len(s) {
			r, n := utf8.DecodeRuneInString(s[e:])
			if r >= 'А' && r <= 'я' || r < utf8.RuneSelf && isAlpha(byte(r)) {
				e += n
				continue
			}
			if !unicode.IsLetter(r) && r != '\u0300' && r != '\u0301' && r != '\u0303' && r != '\u0309' && r != '\u0323' {
				break
			}
			e += n
		}
		w := s[pos:e]
		if v := romanOf(w); v > 0 {
			return rtok{kind: rRoman, start: pos, end: e, val: v}, e
		}
		info, _ := sc.w.lookup(w)
		return rtok{kind: rWord, start: pos, end: e, info: info}, e
	}
	t := rtok{kind: rOther, start: pos, end: pos + n}
	switch {
	case c == '/':
		t.kind = rSlash
	case c == '.':
		t.kind = rDot
	case c == ',':
		t.kind = rComma
	case c == '-' || r == '–' || r == '—' || r == '−':
		t.kind = rDash
	}
	return t, t.end
}

// romanOf returns the value of a Roman numeral from I to XII written in
// capitals, else 0.
func romanOf(w string) int {
	switch w {
	case "I":
		return 1
	case "II":
		return 2
	case "III":
		return 3
	case "IV":
		return 4
	case "V":
		return 5
	case "VI":
		return 6
	case "VII":
		return 7
	case "VIII":
		return 8
	case "IX":
		return 9
	case "X":
		return 10
	case "XI":
		return 11
	case "XII":
		return 12
	}
	return 0
}

// mayStart reports whether t can begin a date: a number, a Roman numeral,
// or a word with a role that opens one.
func (t rtok) mayStart() bool {
	switch t.kind {
	case rNum, rRoman:
		return true
	case rWord:
		return t.info.roles&(roleDay|roleMonth|roleYear|roleQuarter|roleHalf|roleFirst|roleLast|roleFrom|roleIn) != 0 ||
			t.info.month > 0 || t.info.num > 0 || t.info.ord > 0
	}
	return false
}

func (t rtok) has(r role) bool { return t.kind == rWord && t.info.roles&r != 0 }

// isRange reports whether t joins the ends of a range: a dash or a "to"
// word.
func (t rtok) isRange() bool { return t.kind == rDash || t.has(roleTo) }

// glued reports whether t starts where u ends.
func glued(u, t rtok) bool { return u.end == t.start }

// extract yields the dates of text in order.
func (sc roleScanner) extract(yield func(Mention) bool) {
	s := sc.text
	pos := 0
	for pos < len(s) {
		t, next := sc.token(pos)
		if t.kind == rEnd {
			return
		}
		if !t.mayStart() || sc.gluedBefore(t.start) {
			pos = next
			continue
		}
		if e := numberChain(s, t); e > 0 {
			pos = e // "1073-01-05-2014": an identifier, no date
			continue
		}
		m, ok := sc.match(t)
		if ok {
			if m.Precision == PrecisionDay && m.Value.Start == m.Value.End {
				m.Start = sc.weekdayBefore(m.Start, m.Value.Start)
			}
			m.Text = s[m.Start:m.End]
			if !yield(m) {
				return
			}
		}
		if m.End > pos {
			pos = m.End
			continue
		}
		pos = next
	}
}

// weekdayBefore returns where a day of the week that opens the date d at
// i starts ("Thứ Tư 30/10/2024", "вторник, 3 марта 2026 года"), or i: only
// the day d falls on (the word file lists them from Monday to Sunday).
func (sc roleScanner) weekdayBefore(i int, d Date) int {
	j := i
	for j > 0 && i-j < 3 && (sc.text[j-1] == ' ' || sc.text[j-1] == ',') {
		j--
	}
	if j == i {
		return i
	}
	for n, w := range sc.w.lists["weekday"] {
		k := j - len(w)
		if k >= 0 && strings.EqualFold(sc.text[k:j], w) && !sc.gluedBefore(k) {
			if time.Weekday((n+1)%7) != d.Weekday() {
				return i
			}
			return k
		}
	}
	return i
}

// chainGroups is the number of groups of digits joined by dashes from
// which a run of them is an identifier, not a date: a date or a range
// has three at most ("30-4-2014", "2014-2019").
const chainGroups = 4

// numberChain returns the end of a run of at least chainGroups groups of
// digits joined by single dashes that starts at the number t
// ("1073-01-05-2014", a release's number), or 0.
func numberChain(s string, t rtok) int {
	if t.kind != rNum {
		return 0
	}
	n, e := 1, t.end
	for e+1 < len(s) && s[e] == '-' && isDigit(s[e+1]) {
		e++
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		n++
	}
	if n < chainGroups {
		return 0
	}
	return e
}

// gluedBefore reports whether a letter or digit ends just before offset i:
// a token there is inside a word ("COP2024", "tháng9" reads as a word).
func (sc roleScanner) gluedBefore(i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(sc.text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// match reads a date at t, after a "from" or "in" word that then belongs
// to it. After "from", a single date, month or year is that date, and the
// word is not the mention's ("с 2014 года" mentions "2014 года", as
// "since 1950" does "1950").
func (sc roleScanner) match(t rtok) (Mention, bool) {
	if t.has(roleFrom) || t.has(roleIn) {
		n, _ := sc.token(t.end)
		m, ok := sc.expr(n)
		if !ok {
			return Mention{}, false
		}
		if t.has(roleFrom) && m.Value.Start == m.Value.End {
			return m, true // "с 2014 года", "từ năm 2014": the date, as after "since"
		}
		m.Start = t.start
		return m, true
	}
	return sc.expr(t)
}

// expr reads a date expression at t.
func (sc roleScanner) expr(t rtok) (Mention, bool) {
	switch {
	case t.has(roleDay): // "ngày 30/1/1950", "ngày 30 tháng 1 năm 1950"
		n, _ := sc.token(t.end)
		if sc.isDay(n) {
			return sc.days(t.start, n)
		}
	case t.has(roleQuarter): // "quý III/2024", "quý 3 năm 2024"
		return sc.quarterAfter(t)
	case t.has(roleMonth): // "tháng 9/2024", "tháng 9 năm 2024"
		return sc.monthNumber(t)
	case t.has(roleHalf): // "nửa đầu năm 2018", "nửa cuối năm 2018"
		return sc.halfAfter(t)
	case t.has(roleFirst) || t.has(roleLast): // "первые девять месяцев 2024 года"
		n, _ := sc.token(t.end)
		if m, ok := sc.monthCount(t.start, n, t.has(roleLast)); ok {
			return m, true
		}
	}
	if t.kind == rWord && t.info.month > 0 { // "январь 2025 г.", "январь–сентябрь 2024 г."
		return sc.monthName(t)
	}
	if t.kind == rRoman || t.kind == rWord && t.info.ord > 0 { // "III квартал 2024", "первом квартале 2024 года"
		if m, ok := sc.partBefore(t); ok {
			return m, true
		}
	}
	if t.kind == rWord && t.info.num > 0 || t.kind == rNum && t.ndigits <= 2 { // "девять месяцев 2024 года", "9 tháng đầu năm 2024"
		if m, ok := sc.monthCount(t.start, t, false); ok {
			return m, true
		}
	}
	if t.has(roleYear) && !t.has(roleYearAfter) { // "năm 2024"
		n, _ := sc.token(t.end)
		if sc.isYear(n) {
			return sc.years(t.start, n)
		}
		return Mention{}, false
	}
	if sc.isDay(t) {
		if m, ok := sc.days(t.start, t); ok || m.End > 0 {
			return m, ok // a date, or an impossible one ("30 февраля 2024 года") to pass over
		}
		return sc.monthSlashYear(t)
	}
	if t.kind == rNum && t.ndigits == 4 {
		if m, ok := sc.iso(t); ok || m.End > 0 {
			return m, ok
		}
		if sc.isYear(t) {
			return sc.years(t.start, t)
		}
	}
	return Mention{}, false
}

func (sc roleScanner) isDay(t rtok) bool {
	return t.kind == rNum && t.ndigits <= 2 && t.val >= 1 && t.val <= 31
}

// dayTail reads what follows the day d: a month and maybe a year, as
// "/1/1950", "/1", "-7-2005", ".01.1950", " января 1950 года", " tháng 1
// năm 1950". It returns the month, the year (0 if none) and the offset
// after the expression. A dash or a dot joins a day and month without a
// year only when dayWord is set (see dayWordBefore): "Ngày 5.6", "Chiều
// 12-12".
func (sc roleScanner) dayTail(d rtok, dayWord bool) (mo, y, end int, ok bool) {
	sep, p := sc.token(d.end)
	switch sep.kind {
	case rSlash, rDash, rDot:
		// Numbers: day, month, year. A slash may be spaced; a dash or a dot
		// must be glued, and needs the year.
		slash := sep.kind == rSlash
		m, p2 := sc.token(p)
		if m.kind != rNum || m.ndigits > 2 || m.val < 1 || m.val > 12 || !slash && !(glued(d, sep) && glued(sep, m)) {
			return 0, 0, 0, false
		}
		sep2, p3 := sc.token(p2)
		if sep2.kind == sep.kind && (slash || glued(m, sep2)) {
			if yt, _ := sc.token(p3); yt.kind == rNum && yt.ndigits == 4 && (slash || glued(sep2, yt)) && yt.val >= 1000 &&
				!sc.gluedAfter(yt.end) {
				return m.val, yt.val, yt.end, true
			}
		}
		if sep.kind != rSlash && !dayWord || sc.gluedAfter(m.end) {
			return 0, 0, 0, false
		}
		return m.val, 0, m.end, true
	case rWord:
		if sep.info.month > 0 { // "30 января 1950 года"
			e := sep.end
			if dot, _ := sc.token(e); dot.kind == rDot && glued(sep, dot) && len(sc.text[sep.start:sep.end]) <= 10 {
				e = dot.end // "30 янв. 2025"
			}
			if yt, _ := sc.token(e); sc.isYear(yt) {
				return int(sep.info.month), yt.val, sc.yearWord(yt.end), true
			} else if c, pc := sc.token(e); c.kind == rComma && c.start == e {
				// "4 сентября, 2024": a comma before the year.
				if yt, _ := sc.token(pc); sc.isYear(yt) {
					return int(sep.info.month), yt.val, sc.yearWord(yt.end), true
				}
			}
			return int(sep.info.month), 0, sep.end, true
		}
		if sep.has(roleMonth) { // "30 tháng 1 năm 1950"
			m, p2 := sc.token(p)
			if m.kind != rNum || m.val < 1 || m.val > 12 || m.ndigits > 2 {
				return 0, 0, 0, false
			}
			if yw, p3 := sc.token(p2); yw.has(roleYear) {
				if yt, _ := sc.token(p3); sc.isYear(yt) {
					return m.val, yt.val, yt.end, true
				}
			} else if sc.isYear(yw) && !sc.gluedAfter(yw.end) {
				// "Thứ năm, 12 Tháng 6 2014": a page's date stamp writes
				// the year without "năm".
				return m.val, yw.val, yw.end, true
			} else if yw.kind == rComma && yw.start == m.end {
				if yt, _ := sc.token(p3); sc.isYear(yt) && !sc.gluedAfter(yt.end) {
					return m.val, yt.val, yt.end, true // "12 tháng 6, 2014"
				}
			}
			return m.val, 0, m.end, true
		}
	}
	return 0, 0, 0, false
}

// gluedAfter reports whether a letter, a digit or a separator that goes on
// a number follows offset i: "1/9/2025/QĐ" and "2.024,5" hold no date. A
// dash may follow: it opens a range ("2014-2019", "30/4/1975-30/4/2025").
func (sc roleScanner) gluedAfter(i int) bool {
	if i >= len(sc.text) {
		return false
	}
	c := sc.text[i]
	if c == '/' || c == '%' || (c == '.' || c == ',') && i+1 < len(sc.text) && isDigit(sc.text[i+1]) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(sc.text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// days reads a day or a range of days from the day d; the mention starts
// at start: D/M/Y, D1–D2/M/Y, D1 to D2/M/Y, D1/M1 to D2/M2/Y, D1/M1/Y1 –
// D2/M2/Y2, and their word forms ("14–15 января 2025 года").
func (sc roleScanner) days(start int, d rtok) (Mention, bool) {
	wb := sc.wordBefore(d.start)
	dayWord := start < d.start || wb.has(roleDayPart) || wb.has(roleDayRef) && sc.wordBefore(wb.start).has(roleDayPart)
	d = sc.ordinalEnding(d)
	if mo, y, end, ok := sc.dayTail(d, dayWord); ok {
		if r, _ := sc.token(end); r.isRange() || y == 0 && r.has(roleAnd) { // to a later day with its month
			if d2, ok := sc.dayAfter(r.end); ok {
				if mo2, y2, end2, ok := sc.dayTail(d2, dayWord); ok && (y2 != 0 || y == 0) {
					y1 := y
					if y1 == 0 {
						y1 = y2
					}
					// Joined by "and", two days make one span only when
					// the second is the day after the first, across a
					// month's end: "30 ноября и 1 декабря 2022 года".
					if r.isRange() || y1 != 0 && dayAfterDay(y1, time.Month(mo), d.val, time.Month(mo2), d2.val) {
						if m, ok := sc.daySpan(start, end2, y1, mo, d.val, y2, mo2, d2.val); ok {
							return m, true
						}
					}
				}
			}
		}
		return sc.daySpan(start, end, y, mo, d.val, y, mo, d.val)
	}
	r, _ := sc.token(d.end)
	// "25 và 26-10-2019", "25, 26 и 27 октября": days in a row, listed.
	last := d.val
	for r.kind == rComma {
		n, _ := sc.token(r.end)
		if n.kind != rNum || n.val != last+1 {
			break
		}
		last = n.val
		r, _ = sc.token(n.end)
	}
	next := r.kind == rWord && r.has(roleAnd)
	if !r.isRange() && !next {
		return Mention{}, false
	}
	d2, ok := sc.dayAfter(r.end)
	if !ok || d2.val <= d.val || next && d2.val != last+1 {
		return Mention{}, false
	}
	mo, y, end, ok := sc.dayTail(d2, dayWord)
	if !ok {
		return Mention{}, false
	}
	return sc.daySpan(start, end, y, mo, d.val, y, mo, d2.val)
}

// dayAfter reads a day at pos, after an optional day word ("đến ngày 15").
func (sc roleScanner) dayAfter(pos int) (rtok, bool) {
	t, p := sc.token(pos)
	if t.has(roleDay) {
		t, _ = sc.token(p)
	}
	return sc.ordinalEnding(t), sc.isDay(t)
}

// ordinalEnding returns the day d with a Russian ordinal ending glued to
// it by a hyphen ("с 4-го по 5 ноября", "4-е") as part of it.
func (sc roleScanner) ordinalEnding(d rtok) rtok {
	s := sc.text[d.end:]
	for _, e := range [...]string{"-го", "-е", "-ое", "-ого"} {
		if strings.HasPrefix(s, e) && !sc.gluedAfter(d.end+len(e)) {
			d.end += len(e)
			return d
		}
	}
	return d
}

// daySpan builds a mention of days from y1-m1-d1 to y2-m2-d2; a zero year
// is the scanner's year, inferred, and without one nothing is reported.
func (sc roleScanner) daySpan(start, end, y1, m1, d1, y2, m2, d2 int) (Mention, bool) {
	inferred := false
	if y1 == 0 || y2 == 0 {
		if sc.year == 0 {
			return Mention{End: end}, false
		}
		y1, y2, inferred = sc.year, sc.year, true
	}
	m, ok := scanner{}.span(start, end, y1, time.Month(m1), d1, y2, time.Month(m2), d2, Day)
	m.Inferred = ok && inferred
	return m, ok
}

// isYear reports whether t is a four-digit number from 1000 to 2999 that
// reads as a year: not inside a number, an identifier or a name joined
// by a hyphen ("ЭКСПО-2017"), not before "%",
// a counted noun or after a word that numbers items.
func (sc roleScanner) isYear(t rtok) bool {
	if t.kind != rNum || t.ndigits != 4 || t.val < 1000 || t.val > 2999 {
		return false
	}
	s := sc.text
	if t.start > 0 {
		switch p := s[t.start-1]; {
		case p == '$' || p == '#' || p == '+' || p == ':' || p == '.' || p == ',' || p == '/':
			return false
		}
		if digitsBeforeDash(s, t.start) || sc.gluedBefore(t.start) || sc.nameBeforeHyphen(t.start) {
			return false
		}
		j := t.start
		for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
			j--
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:j]); r == '№' {
			return false // "№ 2001"
		}
	}
	if sc.gluedAfter(t.end) {
		return false
	}
	n, _ := sc.token(t.end)
	if n.has(roleUnit) {
		return false
	}
	if sc.itemBefore(t.start) && !n.has(roleYear) {
		return false
	}
	return true
}

// nameBeforeHyphen reports whether a capitalised word that is no month
// ends at a hyphen just before offset i: the number at i is then part of
// a name, as events are named with their year ("ЭКСПО-2017",
// "Иннопром-2025"), not a date.
func (sc roleScanner) nameBeforeHyphen(i int) bool {
	if i < 2 || sc.text[i-1] != '-' {
		return false
	}
	w := sc.wordBefore(i - 1)
	if w.kind != rWord || w.end != i-1 || w.info.month > 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(sc.text[w.start:])
	return unicode.IsUpper(r)
}

// itemNameWords bounds the capitalised words between an item word and its
// number ("резолюции Совета Безопасности ООН 2231").
const itemNameWords = 4

// itemBefore reports whether the number at i numbers an item: an item word
// stands before it, directly or before up to itemNameWords capitalised
// words of the item's issuer ("resolution 2231", "резолюции Совета
// Безопасности ООН 2231"). A year word after the number keeps it a year
// ("статье Конституции 1993 года"), which the caller checks.
func (sc roleScanner) itemBefore(i int) bool {
	for n := 0; n <= itemNameWords; n++ {
		b := sc.wordBefore(i)
		if b.kind != rWord {
			return false
		}
		if b.has(roleItem) {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(sc.text[b.start:]); !unicode.IsUpper(r) {
			return false
		}
		i = b.start
	}
	return false
}

// wordBefore returns the word token that ends before offset i, across
// spaces and a "№".
func (sc roleScanner) wordBefore(i int) rtok {
	s := sc.text
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !isSpaceRune(r) && r != '№' {
			break
		}
		j -= n
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	if k == j || j-k > maxWordLen {
		return rtok{}
	}
	info, _ := sc.w.lookup(s[k:j])
	return rtok{kind: rWord, start: k, end: j, info: info}
}

// yearWord returns the offset after a year word following a year that
// ends at end ("года", "г.", "гг."), or end.
func (sc roleScanner) yearWord(end int) int {
	w, _ := sc.token(end)
	if n, _ := sc.token(w.end); !w.has(roleYear) || n.kind == rNum && !w.has(roleYearAfter) {
		return end // a year word before a number opens the next date: "2024, năm 2025"
	}
	if dot, _ := sc.token(w.end); dot.kind == rDot && glued(w, dot) && w.end-w.start <= 4 {
		return dot.end // "г.", "гг."
	}
	return w.end
}

// years reads a year at y, a range of years, and a year word after them:
// "2024", "năm 2024", "в 2024 году", "2021–2025", "в 2021–2025 годах",
// "с 2014 по 2020 год", "từ năm 2021 đến năm 2025"; the mention starts at
// start.
func (sc roleScanner) years(start int, y rtok) (Mention, bool) {
	if r, _ := sc.token(y.end); r.isRange() {
		y2, p := sc.token(r.end)
		if y2.has(roleYear) { // "đến năm 2025"
			y2, _ = sc.token(p)
		}
		if sc.isYear(y2) && y2.val > y.val {
			return scanner{}.span(start, sc.yearWord(y2.end), y.val, 0, 0, y2.val, 0, 0, Year)
		}
	}
	return scanner{}.span(start, sc.yearWord(y.end), y.val, 0, 0, y.val, 0, 0, Year)
}

// yearOf reads the year of a month, a quarter or a count of months at
// pos: after a slash or a glued dash ("9/2024", "III/2024"), a year word
// ("năm 2024"), or alone ("января 2025 года"). It returns the year and
// the offset after it, with its year word.
func (sc roleScanner) yearOf(prev rtok, pos int) (int, int, bool) {
	t, p := sc.token(pos)
	switch {
	case t.kind == rSlash || t.kind == rDash && glued(prev, t):
		t, _ = sc.token(p)
		if t.kind != rNum || t.ndigits != 4 || t.val < 1000 || sc.gluedAfter(t.end) {
			return 0, 0, false
		}
		return t.val, t.end, true
	case t.has(roleYear):
		t, _ = sc.token(p)
	}
	if !sc.isYear(t) {
		return 0, 0, false
	}
	return t.val, sc.yearWord(t.end), true
}

// monthNumber reads a month written as a number after a month word t:
// "tháng 9/2024", "tháng 9 năm 2024", "tháng 1 đến tháng 9/2024", "tháng
// 1-9/2024".
func (sc roleScanner) monthNumber(t rtok) (Mention, bool) {
	m, _ := sc.token(t.end)
	if m.kind != rNum || m.ndigits > 2 || m.val < 1 || m.val > 12 {
		return Mention{}, false
	}
	if r, _ := sc.token(m.end); r.isRange() && !(r.kind == rDash && glued(m, r) && sc.yearFollows(r.end)) {
		m2, p := sc.token(r.end)
		if m2.has(roleMonth) {
			m2, p = sc.token(m2.end)
		}
		if m2.kind == rNum && m2.ndigits <= 2 && m2.val > m.val && m2.val <= 12 {
			if y, end, ok := sc.yearOf(m2, p); ok {
				return scanner{}.span(t.start, end, y, time.Month(m.val), 0, y, time.Month(m2.val), 0, Month)
			}
		}
	}
	y, end, ok := sc.yearOf(m, m.end)
	if !ok {
		return Mention{}, false
	}
	return scanner{}.span(t.start, end, y, time.Month(m.val), 0, y, time.Month(m.val), 0, Month)
}

// yearFollows reports whether four digits start at pos.
func (sc roleScanner) yearFollows(pos int) bool {
	t, _ := sc.token(pos)
	return t.kind == rNum && t.ndigits == 4 && t.start == pos
}

// monthName reads a date that starts with a month name t: "январь 2025
// г.", "январе 2025 года", "январь–сентябрь 2024 г.".
func (sc roleScanner) monthName(t rtok) (Mention, bool) {
	mo := int(t.info.month)
	e := t.end
	if r, p := sc.token(e); r.isRange() {
		if m2, _ := sc.token(p); m2.kind == rWord && int(m2.info.month) > mo {
			if y, end, ok := sc.yearOf(m2, m2.end); ok {
				return scanner{}.span(t.start, end, y, time.Month(mo), 0, y, time.Month(m2.info.month), 0, Month)
			}
		}
		return Mention{}, false
	}
	if m, ok := sc.monthDayYear(t); ok {
		return m, true
	}
	y, end, ok := sc.yearOf(t, e)
	if !ok {
		return Mention{}, false
	}
	return scanner{}.span(t.start, end, y, time.Month(mo), 0, y, time.Month(mo), 0, Month)
}

// monthDayYear reads a day in the English order, month first, then the
// day, a comma and the year ("Сен. 6, 2017", as page stamps write it):
// only with all three, so "сентября 6" stays no date.
func (sc roleScanner) monthDayYear(t rtok) (Mention, bool) {
	p := t.end
	if r, q := sc.token(p); r.kind == rDot && r.start == t.end {
		p = q
	}
	d, q := sc.token(p)
	if !sc.isDay(d) || sc.gluedAfter(d.end) {
		return Mention{}, false
	}
	c, q := sc.token(q)
	if c.kind != rComma {
		return Mention{}, false
	}
	yt, _ := sc.token(q)
	if !sc.isYear(yt) {
		return Mention{}, false
	}
	mo := int(t.info.month)
	return sc.daySpan(t.start, sc.yearWord(yt.end), yt.val, mo, d.val, yt.val, mo, d.val)
}

// quarterAfter reads a quarter whose numeral follows the quarter word t:
// "quý III/2024", "quý 3 năm 2024".
func (sc roleScanner) quarterAfter(t rtok) (Mention, bool) {
	q, _ := sc.token(t.end)
	if !(q.kind == rRoman || q.kind == rNum && q.ndigits == 1) || q.val < 1 || q.val > 4 {
		return Mention{}, false
	}
	y, end, ok := sc.yearOf(q, q.end)
	if !ok {
		return Mention{}, false
	}
	return scanner{}.span(t.start, end, y, time.Month(q.val*3-2), 0, y, time.Month(q.val*3), 0, Month)
}

// halfAfter reads a half of a year whose "first" or "last" word follows
// the half word t: "nửa đầu năm 2025", "nửa cuối năm 2018".
func (sc roleScanner) halfAfter(t rtok) (Mention, bool) {
	f, p := sc.token(t.end)
	if !f.has(roleFirst) && !f.has(roleLast) {
		return Mention{}, false
	}
	y, end, ok := sc.yearOf(f, p)
	if !ok {
		return Mention{}, false
	}
	m1 := 1
	if f.has(roleLast) {
		m1 = 7
	}
	return scanner{}.span(t.start, end, y, time.Month(m1), 0, y, time.Month(m1+5), 0, Month)
}

// monthSlashYear reads a month and year written as two numbers at t,
// joined by a glued slash ("3/2012", "(01/2013)"), and a range of them
// ("12/1989 - 12/2019"). A number after a word that numbers items ("số
// 3/2012") is no date.
func (sc roleScanner) monthSlashYear(t rtok) (Mention, bool) {
	mo, y, end, ok := sc.monthYearAt(t)
	if !ok || sc.itemBefore(t.start) || sc.gluedBefore(t.start) {
		return Mention{}, false
	}
	if r, _ := sc.token(end); r.isRange() {
		if t2, _ := sc.token(r.end); t2.kind == rNum {
			if mo2, y2, end2, ok := sc.monthYearAt(t2); ok && (y2 > y || y2 == y && mo2 > mo) {
				return scanner{}.span(t.start, end2, y, time.Month(mo), 0, y2, time.Month(mo2), 0, Month)
			}
		}
	}
	return scanner{}.span(t.start, end, y, time.Month(mo), 0, y, time.Month(mo), 0, Month)
}

// monthYearAt reads "M/YYYY" at the number t, the slash and the year glued
// to it.
func (sc roleScanner) monthYearAt(t rtok) (mo, y, end int, ok bool) {
	if t.kind != rNum || t.ndigits > 2 || t.val < 1 || t.val > 12 {
		return 0, 0, 0, false
	}
	sl, p := sc.token(t.end)
	if sl.kind != rSlash || !glued(t, sl) {
		return 0, 0, 0, false
	}
	yt, _ := sc.token(p)
	if !glued(sl, yt) || yt.kind != rNum || yt.ndigits != 4 || yt.val < 1000 || yt.val > 2999 || sc.gluedAfter(yt.end) {
		return 0, 0, 0, false
	}
	return t.val, yt.val, yt.end, true
}

// partBefore reads a quarter or half whose numeral or ordinal t comes
// first: "III квартал 2024 года", "в первом квартале 2024 г.", "второе
// полугодие 2024 года".
func (sc roleScanner) partBefore(t rtok) (Mention, bool) {
	n := t.val
	if t.kind == rWord {
		n = int(t.info.ord)
	}
	w, _ := sc.token(t.end)
	months := 3
	switch {
	case w.has(roleQuarter):
	case w.has(roleHalf):
		months = 6
	default:
		return Mention{}, false
	}
	if n < 1 || n*months > 12 {
		return Mention{}, false
	}
	y, end, ok := sc.yearOf(w, w.end)
	if !ok {
		return Mention{}, false
	}
	return scanner{}.span(t.start, end, y, time.Month((n-1)*months+1), 0, y, time.Month(n*months), 0, Month)
}

// monthCount reads the first or last months of a year from the count c:
// "9 tháng đầu năm 2024", "7 tháng đầu 2025", "6 tháng cuối năm 2024",
// "девять месяцев 2024 года" (a count with no "first" is the first months).
// Without a year, the scanner's year is used ("6 tháng đầu năm").
func (sc roleScanner) monthCount(start int, c rtok, last bool) (Mention, bool) {
	n := c.val
	if c.kind == rWord {
		n = int(c.info.num)
	} else if c.kind != rNum {
		return Mention{}, false
	}
	if n < 1 || n > 12 {
		return Mention{}, false
	}
	w, _ := sc.token(c.end)
	if !w.has(roleMonth | roleMonths) {
		return Mention{}, false
	}
	prev, pos := w, w.end
	if f, p := sc.token(pos); f.has(roleFirst) || f.has(roleLast) {
		last = f.has(roleLast)
		prev, pos = f, p
	}
	m1, m2 := 1, n
	if last {
		m1, m2 = 13-n, 12
	}
	y, end, ok := sc.yearOf(prev, pos)
	if !ok {
		if sc.year == 0 || prev == w {
			return Mention{}, false
		}
		// "6 tháng đầu năm": the year word, if any, closes it.
		end = prev.end
		if yw, _ := sc.token(end); yw.has(roleYear) {
			end = yw.end
		}
		m, ok := scanner{}.span(start, end, sc.year, time.Month(m1), 0, sc.year, time.Month(m2), 0, Month)
		m.Inferred = ok
		return m, ok
	}
	return scanner{}.span(start, end, y, time.Month(m1), 0, y, time.Month(m2), 0, Month)
}

// iso reads an ISO 8601 date at the four digits t: "2025-01-14",
// "2024-07", and the date of a date-time ("2026-01-22T14:38+0300").
func (sc roleScanner) iso(t rtok) (Mention, bool) {
	s := sc.text
	if !(t.end+2 < len(s) && s[t.end] == '-' && isDigit(s[t.end+1]) && isDigit(s[t.end+2]) && (t.end+3 == len(s) || !isDigit(s[t.end+3]))) {
		return Mention{}, false
	}
	e := t.end
	for e < len(s) && e-t.start < maxDateLen && (isDigit(s[e]) || s[e] == '-') {
		e++
	}
	if sc.gluedAfter(e) && !(e+1 < len(s) && s[e] == 'T' && isDigit(s[e+1])) { // "2026-01-22T14:38+0300": a time follows
		return Mention{}, false
	}
	d, err := ParseDate(s[t.start:e])
	if err != nil {
		return Mention{End: e}, false
	}
	return Mention{Start: t.start, End: e, Value: Span{Start: d, End: d}, Precision: d.Precision()}, true
}
