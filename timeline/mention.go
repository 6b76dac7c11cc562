package timeline

import (
	"iter"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/bilateral-go/bilateral/internal/textlang"
)

// Mention is a date expression found in text: its byte range [Start, End),
// the exact Text, the days it denotes as a Span, and the precision of its
// finest end. The zero Mention is no mention.
type Mention struct {
	Start     int
	End       int
	Text      string
	Value     Span
	Precision Precision
	// Inferred reports that Text names a month and day but no year, and the
	// year of Value is [ExtractOptions.Year] ("on October 31"). Only
	// [ExtractDatesWith] with a Year reports such mentions.
	Inferred bool
}

// ExtractOptions tunes [ExtractDatesWith]. The zero value extracts what
// [ExtractDates] does.
type ExtractOptions struct {
	// Year is the year of a month and day written without one, usually the
	// year the document was issued: with Year 2025, "on October 31" yields
	// 2025-10-31 marked [Mention.Inferred]. Zero, or a year outside 1–9999,
	// leaves such expressions out.
	Year int
	// Language is the language of the text: English, Vietnamese or
	// Russian (any region). The zero Tag (language.Und) has it detected
	// from the text's script and Vietnamese letters; any other language
	// is read as English.
	Language language.Tag
}

// maxExtractLen bounds the text ExtractDates reads; longer text yields
// nothing.
const maxExtractLen = 64 << 20

// ExtractDates yields the date expressions of text in order, with byte
// offsets. In English:
//
//	January 30, 1950      Jan. 30, 1950      30 January 1950      Jan 30th, 2025
//	30 Jan. 1950          30 January, 1950   30-Jan-1950
//	1st January 2024      the 22nd of November 2021       March 21st, 2024
//	January 14-15, 2025   from January 14 to 15, 2025     14–15 January 2025
//	from the 22nd to the 25th of November 2021            from 8 to 11 May 2025
//	June 30 – July 2, 2024          30 January – 2 February 2025
//	1 December 2024 – 31 January 2025 (two full dates of one precision)
//	January 2025          between January and November 2024
//	the first nine months of 2024, the second half of 2024, the third quarter
//	of 2025, the 2nd quarter 2025, the last six months of 2024, the first
//	three quarters of 2024, the first 20 days of January 2019
//	early April 2018, mid-2025, late 2024, the late 1990s, the end of 2025
//	in 2001, since 1950 (the mentions are "2001" and "1950")
//	2021-2025, from 2021 to 2025 (year ranges)   the 2020s (a decade)
//	the 1980s and 90s, the 1980s–90s (a run of decades, 1980/1999)
//	2022-23, FY2024-25 (fiscal and split years: 2022/2023, 2024/2025)
//	2025-01-14, 2024-07 (ISO 8601 / EDTF level 0; "2025-01-14T09:30" gives its day)
//	2025/01/14 (year, month and day with slashes)
//	Monday, 4 December 2023 (a weekday goes with the day it names, if it is that day)
//	from Thursday, 22 May to Friday, 23 May 2014 (each day of a range may carry its weekday)
//	November 13 and 14, 2010 (two days in a row)   6-9 of September 2009
//	October of 2004      Q1 2025, Q3 of 2024, H2 2024, Q1-Q3 2024
//	the year ending June 2022      the three months to September 2024
//	21/12/2023, 12/21/2023, 15-4-2024 (numbers with slashes or hyphens, when only one order reads)
//	05.07.2023, 27.07.06 (with dots, day first; two-digit years by the POSIX rule)
//	2015 09 18, 2018.11.21 (year, month and day with spaces or dots)   December-29-2018
//	29/7/1443 Hijri, 1443 AH (another calendar's era: no mention)
//
// "from", "between" and a leading "the" are part of the mention, because
// they make it a range or a period; "in", "on", "by" and "since" are not:
// "since 1950" mentions the year 1950, the start of what the sentence says
// (as most labels of our measurement sets of real statements read it; a
// Span open at its end is [ParseSpan]'s "1950/..").
//
// Early, mid and late name a third of a period, as an approximate span
// (EDTF "~" on both ends): of a month, days 1–10, 11–20 and 21 to its end
// ("early April 2018" is 2018-04-01~/2018-04-10~); of a year, January–April,
// May–August and September–December ("mid-2025" is 2025-05~/2025-08~); of
// a decade, its years 0–3, 4–6 and 7–9. "The beginning (start) of", "the
// middle of" and "the end of" are read as early, mid and late.
//
// A split year joins a year and the last two digits of a later one of the
// same century, or of the next year ("1999-00"). With a hyphen and a second
// part from 01 to 12 it is read as ISO 8601 year and month ("2011-12" is
// December 2011) unless "FY" comes first; with an en dash it is a split year.
// "FY", "fiscal" or "financial" alone before a year is not read: a fiscal
// year is no calendar year, and its months differ from country to country.
// "fiscal 2022-23" is read as the split year.
//
// A bare year is a four-digit number from 1000 to 2999 standing alone: not
// glued to letters ("G2020", "COP2024"), not after "$" or a digit group, not
// before "%", a decimal part or a counted noun ("2000 tonnes"), not after a
// word that numbers items ("Resolution 2231", "Article 1975", "No. 2001",
// "pp. 1998-2001"), not after a group of three or more digits ("0243 825
// 2024", a telephone number), and not as a street number or postcode (a
// number that opens a line or follows a comma, before capitalised words
// ending in "Street", "Road", "City" and the like: "2627 Harbour Road").
// After a day and a month, a year glued to the next word, as copies of
// PDFs write it, is the date's ("10 October 2017in Brdo" mentions "10
// October 2017"); days listed in a row after their month are a range
// ("August 4, 5 and 6, 2022"), and so are two days in a row joined by
// "and" across a month's end ("November 30 and December 1, 2022"; not
// "November 30 and December 2, 2022", two dates).
// A year is part of a name, and no date, after a capitalised word other than
// a month, a preposition, a determiner or a season ("Vision 2045", "Expo
// 2020", "Expo-2020", "ЭКСПО-2017", "Agenda 2063", but "In 2030"), and
// between a determiner and a capitalised word ("the 2030 Agenda"); so is a
// year range after such a word ("Strategy 2021–2030"). An acronym before a
// year ("UNCLOS 1982", "APEC 2017") and a name that holds a legal
// instrument or a meeting ("the 1976 Treaty of Amity", "the 2005 MoU", "the
// Law of the Sea 1982", "the 2024 APEC Summit") keep the year as a date: it
// is when that was adopted or held.
//
// Month and day without a year ("May 9") and relative expressions ("this
// year", "next month") are not reported, since they need a reference date;
// [ExtractDatesWith] reports the first when given the year. Ordinals other
// than days ("75th"), money, counts ("204,000") and times are never dates.
//
// Vietnamese and Russian text (detected, see [ExtractOptions.Language])
// is read by the same rules written over the roles of its words
// (words/vi.txt, words/ru.txt). Numbers give the day first, then the month:
//
//	ngày 30/1/1950    30/1/1950    ngày 30 tháng 1 năm 1950    2.9.1945
//	từ ngày 14 đến 15/1/2025    từ ngày 14-15/1/2025    ngày 18 đến 22-7-2005
//	từ ngày 25/11 đến 2/12/2021    (30/1/1950 - 30/1/2025)
//	tháng 9/2024    tháng 9 năm 2024    tháng 12-2023    từ tháng 1 đến tháng 9/2024
//	năm 2024    9 tháng đầu năm 2024 (January–September)    6 tháng cuối năm 2024
//	quý III/2024    quý 1 năm 2025    nửa cuối năm 2018 (July–December)    2021-2025
//	(3/2012) and 12/1989 - 12/2019 (month and year, the slash glued)    từ năm 2014 (the mention is "năm 2014")
//	Thứ năm, 12 Tháng 6 2014    12 tháng 6, 2014 (a page's stamp, no "năm" before the year)
//	ngày 25 và 26-10-2019 (days in a row, listed)    25 и 26 октября 2019 года
//	30 января 1950 года    30 января 1950 г.    14–15 января 2025 года
//	с 14 по 15 января 2025 г.    с 28 февраля по 3 марта 2024 года    30.01.1950
//	в январе 2025 года    январь–сентябрь 2024 г.    в 2024 году    с 2014 года (the mention is "2014 года")
//	за девять месяцев 2024 года    в III квартале 2024 г.    первое полугодие 2024 года
//	в 2021–2025 годах    2021–2025 гг.
//
// As "from" in English, "từ" and "с" before a range belong to the mention
// (before a single date they do not, as "since" does not); so
// do the Russian "в" and "во" of the date they govern ("в 2024 году"; "за",
// "over", does not: "за девять месяцев 2024 года" mentions "девять месяцев
// 2024 года"),
// and the Vietnamese "ngày", "tháng", "năm" and "quý" before their numbers.
// A day and month without a year ("ngày 15/10", "16 мая") and "6 tháng đầu
// năm" take [ExtractOptions.Year], as English does.
//
// ExtractDates does not allocate per token; text over 64 MiB yields nothing.
func ExtractDates(text string) iter.Seq[Mention] {
	return ExtractDatesWith(text, ExtractOptions{})
}

// ExtractDatesWith is [ExtractDates] with options. With a non-zero
// [ExtractOptions.Year] it also yields months and days written without a
// year ("on October 31", "March 21st", "3–5 February", "the 22nd of
// November"), in that year and with [Mention.Inferred] set.
func ExtractDatesWith(text string, opts ExtractOptions) iter.Seq[Mention] {
	year := opts.Year
	if year < 1 || year > 9999 {
		year = 0
	}
	return func(yield func(Mention) bool) {
		if len(text) > maxExtractLen {
			return
		}
		if l := languageOf(text, opts.Language); l != textlang.English {
			roleScanner{text: text, year: year, w: wordTables()[l]}.extract(yield)
			return
		}
		sc := scanner{text: text, year: year}
		pos := 0
		for pos < len(text) {
			// Fast skip: most bytes start no date. A date starts at a digit,
			// a capitalised month name, or one of the few words
			// mayStartDate knows; any other word or byte is passed over
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
				if equalFold(text[pos:e], "the") && !sc.mayFollowTheAt(e) {
					// The commonest word: most often no date goes on
					// after it, and the word after says so.
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
			if t.start > 0 && isAlnum(text[t.start-1]) && !sc.lostSpace(t) {
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

// lostSpace reports whether the day t, glued to the lowercase letter
// before it, opens a date whose space a copy lost ("by Karen
// Ow-Yong07 October 2024"): two digits, then a month. A capital before
// the digits ("G20 October", "COP29 November") keeps them a name.
func (sc scanner) lostSpace(t token) bool {
	if c := sc.text[t.start-1]; c < 'a' || c > 'z' || t.end-t.start != 2 || !sc.isDay(t) {
		return false
	}
	n, _ := sc.token(t.end)
	return n.kind == tokWord && n.month && n.start == t.end+1 && sc.text[t.end] == ' '
}

// mayStartDate reports whether a word can begin a date expression: a
// capitalised month name or abbreviation, or one of the words that lead a
// range or a period ([scanner.match] decides the rest).
func mayStartDate(w string) bool {
	if len(w) >= len(dateStarts) || dateStarts[len(w)].letters&(1<<((w[0]|0x20)-'a')) == 0 {
		return false // no word below has w's length and first letter
	}
	if inList(w, dateStarts[len(w)].words) {
		return true
	}
	if w[0] >= 'A' && w[0] <= 'Z' {
		if _, ok := monthOf(w); ok {
			return true
		}
		if weekdayOf(w) >= 0 {
			return true
		}
		if w == "Q" || w == "H" {
			return true // "Q1 2025", "H1 2025"
		}
	}
	return false
}

// dateStartWords are the words other than months and weekdays, in any
// case, that may lead a date.
var dateStartWords = []string{"fy", "the", "mid", "end", "from", "late", "last", "first",
	"early", "third", "start", "second", "fourth", "middle", "fiscal", "between", "beginning"}

// dateStarts files, by length, the words mayStartDate accepts: a bit
// for the first letter (either case) of each, and the dateStartWords of
// that length. Besides these, the months and their abbreviations, the
// weekdays and theirs, "Q" and "H" have their bits. TestDateStarts checks
// that no word mayStartDate accepts lacks its bit.
var dateStarts = func() (t [10]struct {
	letters uint32
	words   []string
}) {
	add := func(w string) { t[len(w)].letters |= 1 << (w[0] | 0x20 - 'a') }
	for _, m := range monthNames {
		add(m)
		add(m[:3])
	}
	add("sept")
	for _, d := range weekdayNames {
		add(d)
		add(d[:3])
	}
	add("q")
	add("h")
	for _, w := range dateStartWords {
		add(w)
		t[len(w)].words = append(t[len(w)].words, w)
	}
	return t
}()

// mayFollowTheAt is mayFollowThe of the token at or after pos. Most
// words are told from their length and first letter, without reading
// the token.
func (sc scanner) mayFollowTheAt(pos int) bool {
	s := sc.text
	for pos < len(s) && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r') {
		pos++ // as token does
	}
	if pos < len(s) && isAlpha(s[pos]) {
		e := pos + 1
		for e < len(s) && isAlpha(s[e]) && e-pos < len(theFollowers) {
			e++
		}
		if e-pos >= len(theFollowers) || theFollowers[e-pos]&(1<<(s[pos]|0x20-'a')) == 0 {
			return false
		}
	}
	t, _ := sc.token(pos)
	return sc.mayFollowThe(t)
}

// theFollowers holds, for each length, a bit for the first letter (either
// case) of each word mayFollowThe accepts: the partOrdinals, the
// qualifierWords, the numberWords and "year". TestMayFollowThe checks it.
var theFollowers = func() (t [10]uint32) {
	add := func(w string) { t[len(w)] |= 1 << (w[0] - 'a') }
	for _, o := range partOrdinals {
		add(o.w)
	}
	for _, q := range qualifierWords {
		add(q.w)
	}
	for _, n := range numberWords[1:] {
		add(n)
	}
	add("year")
	return t
}()

// mayFollowThe reports whether t, the token after "the", may go on a
// date (core reads which): a number ("the 22nd of November 2021", "the
// 1990s"), an ordinal of a part of a year ("the first half"), a
// qualifier ("the end of"), a count ("the three months to") or "year"
// ("the year ending June 2022").
func (sc scanner) mayFollowThe(t token) bool {
	switch t.kind {
	case tokNum:
		return true
	case tokWord:
		w := sc.text[t.start:t.end]
		part, _ := qualifierOf(w)
		return partOrdinal(w) != 0 || part != 0 || sc.count(t) > 0 || equalFold(w, "year")
	}
	return false
}

// match tries every date pattern at token t.
func (sc scanner) match(t token) (Mention, bool) {
	// Most tokens cannot start a date: reject them before any lookahead.
	switch t.kind {
	case tokNum:
	case tokWord:
		if !t.month && !mayStartDate(sc.text[t.start:t.end]) {
			return Mention{}, false
		}
	default:
		return Mention{}, false
	}
	s := sc.text
	if wd := weekdayOf(s[t.start:t.end]); t.kind == tokWord && wd >= 0 {
		// "Monday, 4 December 2023", "Tuesday 19 October 2021": the
		// weekday goes with a day it names.
		n, _ := sc.token(t.end)
		if n.kind == tokComma {
			n, _ = sc.token(n.end)
		}
		m, ok := sc.core(n, false)
		if ok {
			m = sc.tail(m, false)
		}
		if !ok || m.Precision != Day || m.Value.Start.weekday() != wd {
			return Mention{}, false // "Thursday, 22 May to Friday, 23 May 2014" opens a range
		}
		m.Start = t.start
		m.Text = s[m.Start:m.End]
		return m, true
	}
	if sc.word(t, "from") || sc.word(t, "between") {
		t2, _ := sc.token(t.end)
		t2 = sc.pastWeekday(t2) // "from Thursday, 22 May to …"
		between := sc.word(t, "between")
		m, ok := sc.core(t2, between)
		if !ok {
			return Mention{}, false
		}
		m = sc.tail(m, between)
		m.Start = t.start
		m.Text = s[m.Start:m.End]
		if !sc.weekdaysAgree(m) {
			return Mention{}, false
		}
		return m, true
	}
	m, ok := sc.core(t, false)
	if !ok {
		return m, false
	}
	m = sc.tail(m, false)
	m.Text = s[m.Start:m.End]
	if !sc.weekdaysAgree(m) {
		return Mention{}, false
	}
	return m, true
}

// weekdaysAgree reports whether every weekday a mention of days holds
// names its first or its last day: "from Thursday, 22 May to Friday, 23
// May 2014" is a range, "from Monday, 22 May …" no date of 2014.
func (sc scanner) weekdaysAgree(m Mention) bool {
	if m.Precision != Day {
		return true
	}
	for p := m.Start; p < m.End; {
		t, next := sc.token(p)
		if t.end > m.End || next <= p {
			break
		}
		if wd := weekdayOf(sc.text[t.start:t.end]); t.kind == tokWord && wd >= 0 && wd != m.Value.Start.weekday() && wd != m.Value.End.weekday() {
			return false
		}
		p = next
	}
	return true
}

// pastWeekday returns the token after t when t is the name of a weekday
// (and after the comma that follows it): the second date of a range may
// carry its weekday, "from Thursday, 22 May to Friday, 23 May 2014".
func (sc scanner) pastWeekday(t token) token {
	if t.kind != tokWord || weekdayOf(sc.text[t.start:t.end]) < 0 {
		return t
	}
	n, _ := sc.token(t.end)
	if n.kind == tokComma {
		n, _ = sc.token(n.end)
	}
	return n
}

// tail extends a mention of one day or one month by a range word and a
// later date of the same precision: "1 December 2024 – 31 January 2025",
// "from January 2024 to March 2025".
func (sc scanner) tail(m Mention, between bool) Mention {
	if m.Value.Start != m.Value.End || m.Precision < PrecisionMonth || m.Inferred {
		return m
	}
	r, _ := sc.token(m.End)
	if !sc.isRangeWord(r, between) {
		return m
	}
	n, _ := sc.token(r.end)
	m2, ok := sc.core(sc.pastWeekday(n), false)
	if !ok || m2.Value.Start != m2.Value.End || m2.Precision != m.Precision || m2.Inferred ||
		m2.Value.Start.Compare(m.Value.Start) <= 0 {
		return m
	}
	m.End, m.Value.End = m2.End, m2.Value.End
	return m
}

// core matches a date or range starting at t. The mention's Text is set
// by match.
func (sc scanner) core(t token, between bool) (Mention, bool) {
	if sc.word(t, "the") {
		// "the first half of 2024", "the end of 2025", "the 22nd of November 2021"
		t2, _ := sc.token(t.end)
		if !sc.mayFollowThe(t2) {
			return Mention{}, false
		}
		if m, ok := sc.partOfYear(t.start, t2); ok {
			return m, true
		}
		if m, ok := sc.qualified(t.start, t2); ok {
			return m, true
		}
		if n := sc.count(t2); n > 0 {
			if t3, _ := sc.token(t2.end); sc.word(t3, "months") { // "the three months to September 2024"
				return sc.yearEnding(t.start, t3, n)
			}
		}
		if sc.isDay(t2) {
			return sc.dayFirst(t.start, t2, between)
		}
		if sc.word(t2, "year") {
			return sc.yearEnding(t.start, t2, 12)
		}
		return Mention{}, false
	}
	if m, ok := sc.partOfYear(t.start, t); ok {
		return m, true
	}
	if m, ok := sc.qualified(t.start, t); ok {
		return m, true
	}
	s := sc.text
	n1, _ := sc.token(t.end)
	switch {
	case sc.word(t, "fy") || sc.word(t, "fiscal"):
		return sc.fiscal(t)
	case t.kind == tokWord && (s[t.start:t.end] == "Q" || s[t.start:t.end] == "H"):
		return sc.quarterCode(t)
	case t.kind == tokWord && t.month:
		return sc.monthFirst(t, between)
	case sc.isDay(t):
		if m, ok := sc.numeric(t); ok || m.End > 0 {
			return m, ok
		}
		return sc.dayFirst(t.start, t, between)
	case sc.isDecade(t):
		return sc.decades(t)
	case n1.kind == tokOther && n1.start == t.end && s[n1.start] == '/' && sc.yearShape(t, n1, false):
		// Year, month and day with slashes: "2024/08/08". No order but
		// this one starts with the year.
		return sc.yearFirst(t)
	case sc.yearShape(t, n1, false) && sc.inName(t, n1) && !isoDay(s, t.end) || t.kind == tokNum && sc.numbersItem(t):
		// Part of a name: "Vision 2045", "Strategy 2021–2030", but not
		// a whole ISO 8601 day ("Signed 2024-08-08"); or the
		// number of an item: "pp. 1998-2001". A range or split year glued
		// to it goes with it.
		end := t.end
		if n1.kind == tokDash && n1.start == t.end {
			if n2, _ := sc.token(n1.end); n2.kind == tokNum && n2.start == n1.end {
				end = n2.end
			}
		}
		return Mention{End: end}, false
	}
	if y2, end, ok := sc.splitYear(t, false); ok && sc.isYear(t, n1) {
		// A split year: "2022-23", "2022–23".
		return sc.span(t.start, end, t.val, 0, 0, y2, 0, 0, PrecisionYear)
	}
	if m, ok := sc.yearMonthDay(t); ok {
		return m, true
	}
	switch {
	case t.kind == tokNum && t.ndigits == 4 && t.end+2 < len(s) && s[t.end] == '-' && isDigit(s[t.end+1]) && isDigit(s[t.end+2]) && (t.end+3 == len(s) || !isDigit(s[t.end+3])):
		// An ISO 8601 / EDTF date: "2025-01-14", "2024-07".
		e := t.end
		for e < len(s) && e-t.start < maxDateLen && (isDigit(s[e]) || s[e] == '-') {
			e++
		}
		if e < len(s) && isAlnum(s[e]) && !(s[e] == 'T' && e-t.start == 10 && e+1 < len(s) && isDigit(s[e+1])) {
			return Mention{}, false // "2025-01-14T09:30" gives its date
		}
		d, err := ParseDate(s[t.start:e])
		if err != nil {
			return Mention{End: e}, false
		}
		return Mention{Start: t.start, End: e, Value: Span{Start: d, End: d}, Precision: d.Precision()}, true
	case sc.isYear(t, n1):
		// Year | Year–Year | Year to Year
		if sc.isRangeWord(n1, between) {
			n2, p2 := sc.token(n1.end)
			n3, _ := sc.token(p2)
			if sc.yearShape(n2, n3, false) && n2.val >= t.val {
				if sc.inName(t, n3) { // "the 2021–2030 Strategy"
					return Mention{End: n2.end}, false
				}
				return sc.span(t.start, n2.end, t.val, 0, 0, n2.val, 0, 0, PrecisionYear)
			}
		}
		return sc.span(t.start, t.end, t.val, 0, 0, t.val, 0, 0, PrecisionYear)
	}
	return Mention{}, false
}

// yearMonthDay matches year, month and day of two digits each, joined by
// single spaces or by dots, as some governments and Korean and Chinese
// pages date them: "2015 09 18", "2018.11.21". The month and day must be in
// range, and no digit may go on the numbers before or after it (a
// telephone number, "1.2018.11.21").
func (sc scanner) yearMonthDay(t token) (Mention, bool) {
	s := sc.text
	i := t.start
	if t.kind != tokNum || t.ndigits != 4 || t.val < 1000 || i+10 > len(s) {
		return Mention{}, false
	}
	sep := s[i+4]
	if sep != ' ' && sep != '.' || s[i+7] != sep || !isDigit(s[i+5]) || !isDigit(s[i+6]) || !isDigit(s[i+8]) || !isDigit(s[i+9]) ||
		i+10 < len(s) && (isAlnum(s[i+10]) || s[i+10] == sep && i+11 < len(s) && isDigit(s[i+11])) ||
		i > 0 && (isDigit(s[i-1]) || s[i-1] == sep && (sep == '.' || i > 1 && isDigit(s[i-2]))) {
		return Mention{}, false
	}
	mo := int(s[i+5]-'0')*10 + int(s[i+6]-'0')
	d := int(s[i+8]-'0')*10 + int(s[i+9]-'0')
	if mo < 1 || mo > 12 || d < 1 {
		return Mention{}, false
	}
	return sc.span(i, i+10, t.val, time.Month(mo), d, t.val, time.Month(mo), d, Day)
}

// monthFirst matches the dates that start with a month word at t:
// Month Day[, Year] | Month Day–Day[, Year] | Month D, D+1 and D+2[, Year] |
// Month Day – Month Day[, Year] |
// Month Year | Month–Month Year. Without a year, the scanner's year is used.
func (sc scanner) monthFirst(t token, between bool) (Mention, bool) {
	mo := time.Month(t.val)
	n1, p1 := sc.token(t.end)
	if n1.kind == tokPeriod && n1.start == t.end && t.end-t.start < len(monthNames[mo-1]) { // "Jan.", not "June."
		n1, p1 = sc.token(n1.end)
	}
	if n1.kind == tokDash && n1.start == t.end {
		// "December-29- 2018": month, day and year joined by dashes.
		if d, pd := sc.token(n1.end); sc.isDay(d) && d.start == n1.end && !d.ord {
			if dash, pe := sc.token(pd); dash.kind == tokDash && dash.start == d.end {
				if y, _ := sc.token(pe); sc.isYear(y, token{}) && y.start-dash.end <= 1 {
					return sc.span(t.start, y.end, y.val, mo, d.val, y.val, mo, d.val, PrecisionDay)
				}
			}
		}
	}
	if sc.isDay(n1) {
		d1 := n1.val
		n2, _ := sc.token(p1)
		// "August 4, 5 and 6, 2022": consecutive days listed, a range.
		last, tok := d1, n2
		for tok.kind == tokComma {
			n, _ := sc.token(tok.end)
			if !sc.isDay(n) || n.val != last+1 {
				break
			}
			last = n.val
			tok, _ = sc.token(n.end)
		}
		if last > d1 && sc.nextDay(tok, last) {
			n3, p3 := sc.token(tok.end)
			if y, end, inferred, ok := sc.yearAfter(p3, true); ok {
				return sc.daySpan(inferred, t.start, end, y, mo, d1, y, mo, n3.val, PrecisionDay)
			}
		}
		if sc.isRangeWord(n2, between) || sc.nextDay(n2, d1) {
			n3, p3 := sc.token(n2.end)
			if sc.isDay(n3) && (!sc.word(n2, "and") || between || n3.val == d1+1) { // Month D1–D2, Year
				if y, end, inferred, ok := sc.yearAfter(p3, true); ok {
					return sc.daySpan(inferred, t.start, end, y, mo, d1, y, mo, n3.val, PrecisionDay)
				}
			}
			if n3 = sc.pastWeekday(n3); n3.kind == tokWord && n3.month { // Month D1 – Month D2, Year
				n4, p4 := sc.token(n3.end)
				if sc.isDay(n4) {
					if y, end, inferred, ok := sc.yearAfter(p4, true); ok {
						return sc.daySpan(inferred, t.start, end, y, mo, d1, y, time.Month(n3.val), n4.val, PrecisionDay)
					}
				}
			}
		}
		if sc.word(n2, "and") { // "November 30 and December 1, 2022": two days in a row
			if n3, p3 := sc.token(n2.end); n3.kind == tokWord && n3.month {
				if n4, p4 := sc.token(p3); sc.isDay(n4) {
					if y, end, inferred, ok := sc.yearAfter(p4, true); ok && dayAfterDay(y, mo, d1, time.Month(n3.val), n4.val) {
						return sc.daySpan(inferred, t.start, end, y, mo, d1, y, time.Month(n3.val), n4.val, PrecisionDay)
					}
				}
			}
		}
		if y, end, inferred, ok := sc.yearAfter(p1, true); ok {
			return sc.daySpan(inferred, t.start, end, y, mo, d1, y, mo, d1, PrecisionDay)
		}
		return Mention{}, false
	}
	if sc.isRangeWord(n1, between) { // Month–Month Year
		n2, p2 := sc.token(n1.end)
		if n2.kind == tokWord && n2.month {
			n3, p3 := sc.token(p2)
			n4, _ := sc.token(p3)
			if sc.isYear(n3, n4) {
				return sc.span(t.start, n3.end, n3.val, mo, 0, n3.val, time.Month(n2.val), 0, PrecisionMonth)
			}
		}
		return Mention{}, false
	}
	if sc.word(n1, "of") { // "October of 2004"
		n1, p1 = sc.token(n1.end)
	} else if n1.kind == tokComma { // "January, 2006"
		if n, p := sc.token(p1); sc.isYear(n, token{}) {
			n1, p1 = n, p
		}
	}
	n2, _ := sc.token(p1)
	if sc.isYear(n1, n2) { // Month Year
		return sc.span(t.start, n1.end, n1.val, mo, 0, n1.val, mo, 0, PrecisionMonth)
	}
	return Mention{}, false
}

// dayAfterDay reports whether m2-d2 is the day after m1-d1 in year y, in
// another month: the first of the next month after a month's last day
// ("November 30 and December 1, 2022"; "28 February and 1 March" only in a
// year that is no leap year). December's last day has its next day in
// another year, which one year written for both cannot be.
func dayAfterDay(y int, m1 time.Month, d1 int, m2 time.Month, d2 int) bool {
	return m1 >= time.January && m1 < time.December && d1 == daysIn(y, m1) && m2 == m1+1 && d2 == 1
}

// nextDay reports whether t is "and" before the day after d ("November
// 13 and 14, 2010"): two days in a row are one span.
func (sc scanner) nextDay(t token, d int) bool {
	if !sc.word(t, "and") {
		return false
	}
	n, _ := sc.token(t.end)
	return sc.isDay(n) && n.val == d+1
}

// dayFirst matches the dates that start with a day at t (an ordinal day
// may follow "the", which then starts the mention at start):
// D Month Year | D–D Month Year | D, D+1 and D+2 Month Year | D Month – D
// Month Year, where an ordinal
// day may take "of" before the month ("the 22nd of November 2021") and the
// second day may take "the" ("from the 22nd to the 25th of November").
// Without a year, the scanner's year is used.
func (sc scanner) dayFirst(start int, t token, between bool) (Mention, bool) {
	d1 := t.val
	n1, _ := sc.token(t.end)
	// "12, 13 and 14 January 2025": consecutive days listed, a range.
	for last, tok := d1, n1; tok.kind == tokComma; {
		n, _ := sc.token(tok.end)
		if !sc.isDay(n) || n.val != last+1 {
			break
		}
		last = n.val
		a, _ := sc.token(n.end)
		if sc.nextDay(a, last) {
			if n2, ok := sc.dayAfter(a.end); ok {
				if mo, e, ok := sc.monthOfDay(n2, true); ok {
					if y, end, inferred, ok := sc.yearAfter(e, true); ok {
						return sc.daySpan(inferred, start, end, y, mo, d1, y, mo, n2.val, PrecisionDay)
					}
				}
			}
			break
		}
		tok = a
	}
	if sc.isRangeWord(n1, between) || sc.nextDay(n1, d1) { // D1–D2 Month Year
		if n2, ok := sc.dayAfter(n1.end); ok {
			if mo, e, ok := sc.monthOfDay(n2, true); ok {
				if y, end, inferred, ok := sc.yearAfter(e, true); ok { // "6th to 7th May, 2018"
					return sc.daySpan(inferred, start, end, y, mo, d1, y, mo, n2.val, PrecisionDay)
				}
			}
		}
	}
	mo1, e1, ok := sc.monthOfDay(t, false)
	if !ok {
		return Mention{}, false
	}
	if r, _ := sc.token(e1); sc.isRangeWord(r, between) || sc.word(r, "and") { // D1 Month1 – D2 Month2 Year
		if n2, ok := sc.dayAfter(r.end); ok {
			if mo2, e2, ok := sc.monthOfDay(n2, false); ok {
				// Joined by "and", only the day after: "30 November
				// and 1 December 2022".
				if y, end, inferred, ok := sc.yearAfter(e2, true); ok && (sc.isRangeWord(r, between) || dayAfterDay(y, mo1, d1, mo2, n2.val)) {
					return sc.daySpan(inferred, start, end, y, mo1, d1, y, mo2, n2.val, PrecisionDay)
				}
			}
		}
	}
	if y, end, inferred, ok := sc.yearAfter(e1, true); ok { // "8 August, 2024"
		return sc.daySpan(inferred, start, end, y, mo1, d1, y, mo1, d1, PrecisionDay)
	}
	return Mention{}, false
}

// decades matches a decade at t, "the 2020s", or a run of decades from
// it: "the 1980s and 90s", "the 1980s–90s", "the 1970s to the 1990s". A
// later decade written with two digits is of t's century, or the next
// decade ("the 1990s and 00s"); joined by "and", only such a short
// decade continues the run, since "the 1980s and the 1990s" names two.
func (sc scanner) decades(t token) (Mention, bool) {
	end, last := t.end+1, t.val
	if r, _ := sc.token(t.end + 1); sc.isRangeWord(r, true) {
		n, p := sc.token(r.end)
		if sc.word(n, "the") && !sc.word(r, "and") {
			n, p = sc.token(p)
		}
		if n.kind == tokOther && p < len(sc.text) && isDigit(sc.text[p]) && (sc.text[n.start] == '\'' || sc.text[n.start:n.end] == "’") {
			n, _ = sc.token(p) // "the 1980s and ’90s"
		}
		short := n.kind == tokNum && n.ndigits == 2 && n.val%10 == 0 && n.end < len(sc.text) && sc.text[n.end] == 's' &&
			(n.end+1 == len(sc.text) || !isAlpha(sc.text[n.end+1]))
		switch {
		case short:
			y := t.val/100*100 + n.val
			if y <= t.val && n.val == (t.val+10)%100 {
				y = t.val + 10 // "the 1990s and 00s"
			}
			if y > t.val {
				end, last = n.end+1, y
			}
		case !sc.word(r, "and") && sc.isDecade(n) && n.val > t.val:
			end, last = n.end+1, n.val
		}
	}
	return sc.span(t.start, end, t.val, 0, 0, last+9, 0, 0, PrecisionYear)
}

// dayAfter reads a day at pos, after an optional "the" ("to the 25th").
func (sc scanner) dayAfter(pos int) (token, bool) {
	t, p := sc.token(pos)
	if w := sc.pastWeekday(t); w != t {
		t, p = w, w.end // "22 May to Friday, 23 May 2014"
	}
	if sc.word(t, "the") {
		t, _ = sc.token(p)
	}
	return t, sc.isDay(t)
}

// monthOfDay reads the month after day d: "22 November", "22nd November",
// "22nd of November", "22 Nov.", "24 February of 2022" (the "of" before
// the year is read with the month), and after the last day of a range (last
// set) also "6-9 of September". A month abbreviation joined by hyphens
// ("22-Nov-2021") takes its year's hyphen with it. It returns the month
// and the offset after it (and after the abbreviation's period or the
// hyphen before the year).
func (sc scanner) monthOfDay(d token, last bool) (time.Month, int, bool) {
	t, p := sc.token(d.end)
	if (d.ord || last) && sc.word(t, "of") {
		t, p = sc.token(p)
	}
	if t.kind == tokPeriod && t.start == d.end && !d.ord {
		// "21. June 2011": a day written with a period, as German does.
		if m, pm := sc.token(t.end); m.kind == tokWord && m.month && m.start == t.end+1 {
			t, p = m, pm
		}
	}
	hyphen := false
	if t.kind == tokDash && t.start == d.end && sc.text[t.start] == '-' {
		hyphen = true
		t, p = sc.token(p)
		if t.start != d.end+1 || t.end-t.start > 4 {
			return 0, 0, false // only "22-Nov", never "22 - November"
		}
	}
	if t.kind != tokWord || !t.month {
		return 0, 0, false
	}
	n, p2 := sc.token(p)
	switch {
	case hyphen:
		if n.kind != tokDash || n.start != t.end || sc.text[n.start] != '-' {
			return 0, 0, false
		}
		if y, _ := sc.token(p2); y.kind != tokNum || y.start != n.end {
			return 0, 0, false
		}
		p = p2
	case n.kind == tokPeriod && n.start == t.end && t.end-t.start < len(monthNames[t.val-1]): // "22 Nov. 2021"
		p = p2
	case sc.word(n, "of"): // "24 February of 2022"
		if y, py := sc.token(p2); y.kind == tokNum {
			if after, _ := sc.token(py); sc.isYear(y, after) {
				p = p2
			}
		}
	}
	return time.Month(t.val), p, true
}

// yearAfter reads the year at pos, after a comma if comma is set. Without
// one, it returns the scanner's year, if any, ending at pos, with inferred
// set.
func (sc scanner) yearAfter(pos int, comma bool) (y, end int, inferred, ok bool) {
	if y, end, ok := sc.shortYear(pos); ok {
		return y, end, false, true
	}
	t, p := sc.token(pos)
	if comma && (t.kind == tokComma || t.kind == tokOther && t.start == pos && sc.text[t.start] == '/') {
		// "January 5, 2022"; "February 3/ 2022", a slash glued to the day.
		t, p = sc.token(p)
	}
	n, _ := sc.token(p)
	if sc.isYear(t, n) {
		return t.val, t.end, false, true
	}
	if y, end, ok := sc.gluedYear(t); ok {
		return y, end, false, true
	}
	if sc.year != 0 {
		return sc.year, pos, true, true
	}
	return 0, 0, false, false
}

// gluedYear reads a year of four digits glued to the letters of the next
// word, as copies of PDFs lose the space ("10 October 2017in Brdo", "22
// December 2021PID"): only where a day and a month stand before it, which
// yearAfter's callers have read. The mention ends with the digits.
func (sc scanner) gluedYear(t token) (y, end int, ok bool) {
	s := sc.text
	if t.kind != tokNum || t.ndigits != 4 || t.val < 1000 || t.val > 2999 || t.end >= len(s) || !isAlpha(s[t.end]) {
		return 0, 0, false
	}
	if t.start > 0 && s[t.start-1] != ' ' || s[t.end] == 's' && (t.end+1 == len(s) || !isAlpha(s[t.end+1])) {
		return 0, 0, false // "2017s", a decade
	}
	return t.val, t.end, true
}

// shortYear reads a year of two digits after an apostrophe at pos, past
// spaces ("5 Nov.'15", "Nov '98"), by the POSIX rule for two-digit years
// (strptime %y): 69–99 are 1969–1999, 00–68 are 2000–2068.
func (sc scanner) shortYear(pos int) (y, end int, ok bool) {
	s := sc.text
	for pos < len(s) && s[pos] == ' ' {
		pos++
	}
	n := 0
	switch {
	case strings.HasPrefix(s[pos:], "'"):
		n = 1
	case strings.HasPrefix(s[pos:], "’"):
		n = len("’")
	default:
		return 0, 0, false
	}
	d := pos + n
	if d+2 > len(s) || !isDigit(s[d]) || !isDigit(s[d+1]) || d+2 < len(s) && (isDigit(s[d+2]) || s[d+2]|0x20 >= 'a' && s[d+2]|0x20 <= 'z') {
		return 0, 0, false
	}
	y = int(s[d]-'0')*10 + int(s[d+1]-'0')
	if y >= 69 {
		return 1900 + y, d + 2, true
	}
	return 2000 + y, d + 2, true
}

// daySpan is span for day precision, with Mention.Inferred set as given.
func (sc scanner) daySpan(inferred bool, start, end, y1 int, m1 time.Month, d1, y2 int, m2 time.Month, d2 int, p Precision) (Mention, bool) {
	m, ok := sc.span(start, end, y1, m1, d1, y2, m2, d2, p)
	m.Inferred = inferred && ok
	return m, ok
}

// partOrdinal returns 1 to 4 for "first" to "fourth" and -1 for "last",
// in any case: the words that count parts of a year; 0 for other words.
func partOrdinal(w string) int {
	for _, o := range partOrdinals {
		if equalFold(w, o.w) {
			return o.ord
		}
	}
	return 0
}

// partOrdinals are the words partOrdinal knows.
var partOrdinals = [...]struct {
	w   string
	ord int
}{{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"last", -1}}

// partOfYear matches, at t, "first|second|third|fourth|last half|quarter
// [of] Year" (also with a numbered ordinal: "the 2nd quarter of 2024"),
// "first|last N months|quarters of Year" and "first|last N days of Month
// Year"; the mention starts at start.
func (sc scanner) partOfYear(start int, t token) (Mention, bool) {
	ord := 0
	switch {
	case t.kind == tokNum && t.ord && t.val >= 1 && t.val <= 4:
		ord = t.val // "2nd quarter"
	case t.kind != tokWord:
		return Mention{}, false
	default:
		if ord = partOrdinal(sc.text[t.start:t.end]); ord == 0 {
			return Mention{}, false
		}
	}
	n1, p1 := sc.token(t.end)
	months, needOf := 0, false
	switch {
	case sc.word(n1, "half"):
		months = 6
	case sc.word(n1, "quarter"):
		months = 3
	case ord == 1 || ord == -1:
		n := sc.count(n1)
		n2, p2 := sc.token(p1)
		switch {
		case n == 0:
			return Mention{}, false
		case sc.word(n2, "months"):
			months = n
		case sc.word(n2, "quarters") && n <= 4:
			months = 3 * n
		case sc.word(n2, "days"):
			return sc.daysOfMonth(start, ord, n, p2)
		default:
			return Mention{}, false
		}
		p1, needOf = p2, true
	default:
		return Mention{}, false
	}
	// The months from m1 to m2: the ord-th block of that many months, or
	// the last one.
	m1, m2 := (ord-1)*months+1, ord*months
	if ord == -1 {
		m1, m2 = 13-months, 12
	}
	if m2 > 12 {
		return Mention{}, false // "the third half"
	}
	of, p := sc.token(p1)
	switch {
	case sc.word(of, "of"):
		if mo, pm := sc.token(p); months == 6 && ord != 0 && mo.kind == tokWord && mo.month {
			return sc.halfOfMonth(start, ord, mo, pm) // "the first half of August 2018"
		}
	case needOf:
		return Mention{}, false
	default:
		p = p1 // "the second quarter 2024"
	}
	y, p2 := sc.token(p)
	n, _ := sc.token(p2)
	if !sc.isYear(y, n) {
		return Mention{}, false
	}
	return sc.span(start, y.end, y.val, time.Month(m1), 0, y.val, time.Month(m2), 0, PrecisionMonth)
}

// halfOfMonth matches the year after "first|second|last half of Month"
// at pos: the first half of a month is its days 1–15, the second (or
// last) half the rest ("the first half of August 2018" is
// 2018-08-01/2018-08-15).
func (sc scanner) halfOfMonth(start, ord int, mo token, pos int) (Mention, bool) {
	y, p := sc.token(pos)
	after, _ := sc.token(p)
	if ord > 2 || !sc.isYear(y, after) {
		return Mention{}, false
	}
	d1, d2 := 1, 15
	if ord != 1 {
		d1, d2 = 16, daysIn(y.val, time.Month(mo.val))
	}
	return sc.span(start, y.end, y.val, time.Month(mo.val), d1, y.val, time.Month(mo.val), d2, PrecisionDay)
}

// count returns the number t writes as a count of months or days: a
// number word ("seven") or a plain number from 1 to 99; else 0.
func (sc scanner) count(t token) int {
	switch {
	case t.kind == tokWord && t.val > 0 && !t.month:
		return t.val
	case t.kind == tokNum && !t.ord && t.ndigits <= 2 && t.val >= 1:
		return t.val
	}
	return 0
}

// daysOfMonth matches "of Month Year" at pos after "first|last N days"
// (ord 1 or -1): the first or last n days of that month ("the first 20
// days of January 2019" is 2019-01-01/2019-01-20).
func (sc scanner) daysOfMonth(start, ord, n, pos int) (Mention, bool) {
	of, p := sc.token(pos)
	mo, p2 := sc.token(p)
	if !sc.word(of, "of") || mo.kind != tokWord || !mo.month {
		return Mention{}, false
	}
	y, p3 := sc.token(p2)
	after, _ := sc.token(p3)
	if !sc.isYear(y, after) {
		return Mention{}, false
	}
	last := daysIn(y.val, time.Month(mo.val))
	if n > last {
		return Mention{}, false
	}
	d1, d2 := 1, n
	if ord == -1 {
		d1, d2 = last-n+1, last
	}
	return sc.span(start, y.end, y.val, time.Month(mo.val), d1, y.val, time.Month(mo.val), d2, PrecisionDay)
}

// qualifierOf returns 1, 2 or 3 for a word naming the early, middle or
// late part of a period, and whether "of" must follow it ("the end of
// 2025"); 0 for other words.
func qualifierOf(w string) (part int, of bool) {
	for _, q := range qualifierWords {
		if equalFold(w, q.w) {
			return q.part, q.of
		}
	}
	return 0, false
}

// qualifierWords are the words qualifierOf knows.
var qualifierWords = [...]struct {
	w    string
	part int
	of   bool
}{{"early", 1, false}, {"mid", 2, false}, {"late", 3, false}, {"beginning", 1, true}, {"start", 1, true}, {"middle", 2, true}, {"end", 3, true}}

// qualified matches a third of a month, year or decade at t, as an
// approximate span: "early April 2018", "mid-2025", "late 2024", "the late
// 1990s", "end of 2025", "end-2025"; the mention starts at start.
func (sc scanner) qualified(start int, t token) (Mention, bool) {
	if t.kind != tokWord {
		return Mention{}, false
	}
	part, needOf := qualifierOf(sc.text[t.start:t.end])
	if part == 0 {
		return Mention{}, false
	}
	n, p := sc.token(t.end)
	switch {
	case n.kind == tokDash && n.start == t.end: // "mid-2025", "end-2025"
		n, p = sc.token(n.end)
	case needOf:
		if !sc.word(n, "of") {
			return Mention{}, false
		}
		n, p = sc.token(p)
	}
	var m Mention
	var ok bool
	switch n2, _ := sc.token(p); {
	case n.kind == tokWord && n.month:
		mo := time.Month(n.val)
		if n2.kind == tokPeriod { // "early Jan. 2025"
			p = n2.end
		}
		y, p3 := sc.token(p)
		n3, _ := sc.token(p3)
		if !sc.isYear(y, n3) {
			return Mention{}, false
		}
		d1, d2 := [3]int{1, 11, 21}[part-1], [3]int{10, 20, daysIn(y.val, mo)}[part-1]
		m, ok = sc.span(start, y.end, y.val, mo, d1, y.val, mo, d2, PrecisionDay)
	case sc.isDecade(n):
		y1, y2 := [3]int{0, 4, 7}[part-1], [3]int{3, 6, 9}[part-1]
		m, ok = sc.span(start, n.end+1, n.val+y1, 0, 0, n.val+y2, 0, 0, PrecisionYear)
	case sc.isYear(n, n2):
		m1, m2 := time.Month(part*4-3), time.Month(part*4)
		m, ok = sc.span(start, n.end, n.val, m1, 0, n.val, m2, 0, PrecisionMonth)
	default:
		return Mention{}, false
	}
	if ok {
		m.Value.Start = m.Value.Start.Qualified(false, true)
		m.Value.End = m.Value.End.Qualified(false, true)
	}
	return m, ok
}

// fiscal matches a fiscal year written as a split year after "FY":
// "FY2024-25", "FY 2024–25", "FY2024-2025".
func (sc scanner) fiscal(t token) (Mention, bool) {
	y, p := sc.token(t.end)
	if y.start > t.end+1 {
		return Mention{}, false
	}
	n, _ := sc.token(p)
	if !sc.yearShape(y, n, true) {
		return Mention{}, false
	}
	y2, end, ok := sc.splitYear(y, true)
	if !ok {
		return Mention{}, false
	}
	return sc.span(t.start, end, y.val, 0, 0, y2, 0, 0, PrecisionYear)
}

// splitYear reads a split year after the year t: a dash glued to it and
// the last two digits of a later year of the same century, or of the next
// year ("2022-23", "1999–00"); after "FY" (fy set), also a full later year
// ("FY2024-2025"). A hyphen and two digits from 01 to 12 are an ISO 8601
// month ("2011-12"), unless fy is set. It returns the second year and the
// offset after it.
func (sc scanner) splitYear(t token, fy bool) (int, int, bool) {
	s := sc.text
	if t.kind != tokNum || t.ndigits != 4 {
		return 0, 0, false
	}
	d, _ := sc.token(t.end)
	if d.kind != tokDash || d.start != t.end {
		return 0, 0, false
	}
	n, _ := sc.token(d.end)
	if n.kind != tokNum || n.start != d.end || n.ord || n.end < len(s) && (isAlpha(s[n.end]) || s[n.end] == '-') {
		return 0, 0, false
	}
	switch {
	case n.ndigits == 4 && fy && n.val > t.val && n.val <= 2999:
		return n.val, n.end, true
	case n.ndigits != 2:
		return 0, 0, false
	case s[t.end] == '-' && n.val >= 1 && n.val <= 12 && !fy:
		return 0, 0, false // ISO 8601 year and month
	}
	y2 := t.val/100*100 + n.val
	if y2 <= t.val {
		if n.val != (t.val+1)%100 {
			return 0, 0, false
		}
		y2 = t.val + 1
	}
	return y2, n.end, true
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
	return Mention{Start: start, End: end, Value: sp, Precision: p}, true
}

// weekday returns the day of the week of a day-precision date.
func (d Date) weekday() time.Weekday {
	return time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, time.UTC).Weekday()
}

// weekdayOf returns the weekday a capitalised English weekday name or
// abbreviation ("Monday", "Mon") names, or -1.
func weekdayOf(w string) time.Weekday {
	if len(w) < 3 || !isUpper(w[0]) {
		return -1
	}
	for d, n := range weekdayNames {
		if equalFold(w, n) || len(w) == 3 && equalFold(w, n[:3]) {
			return time.Weekday(d)
		}
	}
	return -1
}

var weekdayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// quarterCode matches a quarter or half written as a code before its
// year: "Q1 2025", "Q3 of 2024", "H1 2025", "Q4, 2024"; and a
// range of such codes of one kind: "Q1-Q3 2024" (January–September).
func (sc scanner) quarterCode(t token) (Mention, bool) {
	first, months, p, ok := sc.code(t)
	if !ok {
		return Mention{}, false
	}
	last := first
	if r, pr := sc.token(p); sc.isRangeWord(r, false) {
		if c, _ := sc.token(pr); c.kind == tokWord && sc.text[c.start:c.end] == sc.text[t.start:t.end] {
			if l, m2, p2, ok := sc.code(c); ok && m2 == months && l > first {
				last, p = l, p2
			}
		}
	}
	y, p2 := sc.token(p)
	if sc.word(y, "of") || y.kind == tokComma {
		y, p2 = sc.token(p2)
	}
	after, _ := sc.token(p2)
	if !sc.isYear(y, after) {
		return Mention{}, false
	}
	return sc.span(t.start, y.end, y.val, time.Month((first-1)*months+1), 0, y.val, time.Month(last*months), 0, Month)
}

// code reads the number of a quarter or half code at t, "Q" or "H" glued
// to one digit ("Q3", "H1"): the number, the months of the part (3 or 6)
// and the offset after it.
func (sc scanner) code(t token) (n, months, end int, ok bool) {
	d, p := sc.token(t.end)
	if d.kind != tokNum || d.start != t.end || d.ord || d.ndigits != 1 {
		return 0, 0, 0, false
	}
	months = 3
	if sc.text[t.start] == 'H' {
		months = 6
	}
	if d.val < 1 || d.val*months > 12 || d.end < len(sc.text) && isAlnum(sc.text[d.end]) {
		return 0, 0, 0, false
	}
	return d.val, months, p, true
}

// yearEnding matches "year ending|ended|to Month Year" after "the" at
// start, the twelve months that end with that month ("the year ending June
// 2022" is 2021-07/2022-06), and likewise "N months ending|ended|to Month
// Year" (months set, t at "months"): "the three months to September 2024"
// is 2024-07/2024-09.
func (sc scanner) yearEnding(start int, t token, months int) (Mention, bool) {
	w, _ := sc.token(t.end)
	if !(sc.word(w, "ending") || sc.word(w, "ended") || sc.word(w, "to")) {
		return Mention{}, false
	}
	mo, p := sc.token(w.end)
	if mo.kind != tokWord || !mo.month {
		return Mention{}, false
	}
	y, p2 := sc.token(p)
	after, _ := sc.token(p2)
	if !sc.isYear(y, after) || months < 1 || months > 12 {
		return Mention{}, false
	}
	// The first month, counted back from the last: months-1 before it.
	first := y.val*12 + mo.val - 1 - (months - 1)
	return sc.span(start, y.end, first/12, time.Month(first%12+1), 0, y.val, time.Month(mo.val), 0, Month)
}

// numeric matches a date written in numbers, day or month first, with
// slashes, optionally spaced ("21/12/2023", "21 / 12 / 2023"), or glued
// hyphens before a year of four digits ("15-4-2024"), or day
// first with dots ("05.07.2023", "27.07.06"). English
// text writes both orders, so only a date one order alone can read is
// reported: the first number over 12 is a day ("21/12/2023"), the second
// over 12 a day after its month ("12/21/2023"); "5/6/2024" is consumed and
// not reported.
func (sc scanner) numeric(t token) (Mention, bool) {
	// D/M/Y or M/D/Y with slashes, read when one order alone is a date;
	// D.M.Y with dots, day first.
	s := sc.text
	sep, p := sc.token(t.end)
	dot := sep.kind == tokPeriod
	// "15-4-2024": hyphens glued to the numbers read as slashes do.
	hyphen := sep.kind == tokDash && s[sep.start] == '-' && sep.start == t.end && sep.end-sep.start == 1
	if !dot && !hyphen && (sep.kind != tokOther || s[sep.start] != '/') {
		return Mention{}, false
	}
	if hyphen {
		b, p2 := sc.token(p)
		sep2, p3 := sc.token(p2)
		y, _ := sc.token(p3)
		if b.kind != tokNum || b.ndigits > 2 || b.start != sep.end || sep2.kind != tokDash || s[sep2.start] != '-' || sep2.start != b.end ||
			y.kind != tokNum || y.ndigits != 4 || y.start != sep2.end || y.end < len(s) && (isAlnum(s[y.end]) || s[y.end] == '-') ||
			t.start > 0 && (isAlnum(s[t.start-1]) || s[t.start-1] == '-') {
			return Mention{}, false
		}
	}
	if dot && (sep.start != t.end || t.ndigits > 2) {
		return Mention{}, false
	}
	b, p := sc.token(p)
	// "4. 7. 2023": dots with one space after each, as Czech and Slovak
	// write a date, with a year of four digits.
	spaced := dot && b.start == sep.end+1 && s[sep.end] == ' '
	if b.kind != tokNum || b.ndigits > 2 || b.ord || dot && b.start != sep.end && !spaced {
		return Mention{}, false
	}
	sep2, p := sc.token(p)
	if sep2.kind != sep.kind || s[sep2.start] != s[sep.start] || (sep2.start == b.end) != (sep.start == t.end) {
		return Mention{}, false
	}
	if spaced {
		y, _ := sc.token(p)
		if y.kind != tokNum || y.ndigits != 4 || y.val < 1000 || y.start != sep2.end+1 || s[sep2.end] != ' ' || y.end < len(s) && (isAlnum(s[y.end]) || s[y.end] == '.' && y.end+1 < len(s) && isDigit(s[y.end+1])) {
			return Mention{}, false
		}
		return sc.span(t.start, y.end, y.val, time.Month(b.val), t.val, y.val, time.Month(b.val), t.val, Day)
	}
	if dot {
		// "05.07.2023": with dots, the day first (DIN 5008, GOST R
		// 7.0.97 and most of Europe write dates so).
		y, _ := sc.token(p)
		if y.kind != tokNum || y.ndigits != 4 && y.ndigits != 2 || y.ndigits == 4 && y.val < 1000 || y.start != sep2.end || y.end < len(s) && (isAlnum(s[y.end]) || s[y.end] == '.' && y.end+1 < len(s) && isDigit(s[y.end+1])) {
			return Mention{}, false
		}
		year := y.val
		if y.ndigits == 2 {
			// "27.07.06": a year of two digits, all three numbers of two
			// digits, not inside a longer dotted number ("1.27.07.06"), by
			// the POSIX rule (strptime %y), as shortYear reads one.
			if t.ndigits != 2 || b.ndigits != 2 || t.start > 0 && (s[t.start-1] == '.' || isAlnum(s[t.start-1])) {
				return Mention{}, false
			}
			year = 2000 + y.val
			if y.val >= 69 {
				year = 1900 + y.val
			}
		}
		return sc.span(t.start, y.end, year, time.Month(b.val), t.val, year, time.Month(b.val), t.val, Day)
	}
	y, _ := sc.token(p)
	if y.kind != tokNum || y.ndigits != 4 || y.val < 1000 || y.end < len(s) && (isAlnum(s[y.end]) || s[y.end] == '/') {
		return Mention{}, false
	}
	if sc.otherEra(y.end) {
		return Mention{End: y.end}, false // "22/11/1443 H": a Hijri date
	}
	d, mo := t.val, b.val
	switch {
	case t.val > 12 && b.val <= 12:
	case b.val > 12 && t.val <= 12:
		d, mo = b.val, t.val
	default:
		return Mention{End: y.end}, false
	}
	return sc.span(t.start, y.end, y.val, time.Month(mo), d, y.val, time.Month(mo), d, Day)
}

// otherEra reports whether a year ending at i is marked as a year of
// another calendar's era ("1443 H", "1443 AH"): the words of the role
// "era" in words/en.txt.
func (sc scanner) otherEra(i int) bool {
	t, _ := sc.token(i)
	return t.kind == tokWord && t.start == i+1 && sc.text[i] == ' ' && inList(sc.text[t.start:t.end], eraMarks) &&
		(t.end == len(sc.text) || !isAlnum(sc.text[t.end]))
}

// eraMarks are the marks of a year of another calendar's era.
var eraMarks = englishList("era")

// isoDay reports whether s continues at i, after four digits, with the
// month and day of an ISO 8601 date: "-08-08".
func isoDay(s string, i int) bool {
	return i+6 <= len(s) && s[i] == '-' && isDigit(s[i+1]) && isDigit(s[i+2]) && s[i+3] == '-' && isDigit(s[i+4]) && isDigit(s[i+5])
}

// yearFirst matches a date written year, month and day with slashes and
// no spaces at the year t: "2024/08/08", "2024/8/8". A month or day out of
// range is consumed and not reported; "2024/25" is not read.
func (sc scanner) yearFirst(t token) (Mention, bool) {
	s := sc.text
	var v [2]int
	p := t.end
	for i := range v {
		if p+1 >= len(s) || s[p] != '/' || !isDigit(s[p+1]) {
			return Mention{}, false
		}
		n, e := sc.token(p + 1)
		if n.kind != tokNum || n.ndigits > 2 || n.ord {
			return Mention{}, false
		}
		v[i], p = n.val, e
	}
	if p < len(s) && (isAlnum(s[p]) || s[p] == '/') {
		return Mention{}, false
	}
	return sc.span(t.start, p, t.val, time.Month(v[0]), v[1], t.val, time.Month(v[0]), v[1], Day)
}

// languageOf returns the language ExtractDatesWith reads text in: tag's,
// or the detected one for the zero tag.
func languageOf(text string, tag language.Tag) textlang.Lang {
	if tag == language.Und {
		return textlang.Detect(text)
	}
	base, _ := tag.Base()
	l, _ := textlang.Parse(base.String())
	return l
}
