package l10n

import (
	"strconv"
	"time"
)

// Dates are written with the CLDR 48 Gregorian "long" patterns and the
// interval formats ICU 78 applies to them, carried here because
// golang.org/x/text does not format dates:
//
//	en  MMMM d, y          MMMM y              y
//	vi  d 'tháng' M, y     'tháng' M 'năm' y   y
//	ru  d MMMM y 'г.'      LLLL y 'г.'         y
//
// Spaces are those of the CLDR 48 data: U+2009 THIN SPACE around the en
// dash of English and Vietnamese ranges, U+202F NARROW NO-BREAK SPACE before
// "г." in Russian ranges, U+00A0 nowhere in dates. Single Russian dates
// (AppendDate) still write U+0020 before "г." as V8's Intl.DateTimeFormat
// does (it replaces U+202F for web compatibility), where the CLDR pattern
// "d MMMM y 'г'." has U+202F; the statistical periods of AppendPeriod follow
// the CLDR data.

const (
	thin   = "\u2009"
	nnbsp  = "\u202f"
	nbsp   = "\u00a0"
	endash = "–"
)

var enMonths = [...]string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December"}

// ruMonthsGen are the Russian month names in the genitive ("30 января"),
// ruMonthsNom the standalone nominative ("январь 1950 г.").
var ruMonthsGen = [...]string{"", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
	"октября", "ноября", "декабря"}

var ruMonthsNom = [...]string{"", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
	"октябрь", "ноябрь", "декабрь"}

func appendYear(b []byte, y int) []byte { return strconv.AppendInt(b, int64(y), 10) }

// AppendDate appends the long form of a date: with d == 0 a month ("January
// 1950", "tháng 1 năm 1950", "январь 1950 г."), with m == 0 a year ("1950"),
// else a day ("January 30, 1950", "30 tháng 1, 1950", "30 января 1950 г.").
// Months outside 1–12 are written as the year alone. With y == 0, a day or
// month whose year is unknown, see [AppendMonthDay].
func AppendDate(b []byte, l Lang, y int, m time.Month, d int) []byte {
	if m < 1 || m > 12 {
		return appendYear(b, y)
	}
	if y == 0 {
		return AppendMonthDay(b, l, m, d)
	}
	switch l {
	case VI:
		if d == 0 {
			b = append(b, "tháng "...)
			b = strconv.AppendInt(b, int64(m), 10)
			b = append(b, " năm "...)
			return appendYear(b, y)
		}
		b = strconv.AppendInt(b, int64(d), 10)
		b = append(b, " tháng "...)
		b = strconv.AppendInt(b, int64(m), 10)
		b = append(b, ", "...)
		return appendYear(b, y)
	case RU:
		if d == 0 {
			b = append(b, ruMonthsNom[m]...)
			b = append(b, ' ')
			b = appendYear(b, y)
			return append(b, " г."...)
		}
		b = strconv.AppendInt(b, int64(d), 10)
		b = append(b, ' ')
		b = append(b, ruMonthsGen[m]...)
		b = append(b, ' ')
		b = appendYear(b, y)
		return append(b, " г."...)
	}
	if d == 0 {
		b = append(b, enMonths[m]...)
		b = append(b, ' ')
		return appendYear(b, y)
	}
	b = append(b, enMonths[m]...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(d), 10)
	b = append(b, ", "...)
	return appendYear(b, y)
}

// rangeSep is the separator of two full dates in a range.
func rangeSep(l Lang) string {
	if l == RU {
		return " " + endash + " "
	}
	return thin + endash + thin
}

// AppendDateRange appends an inclusive range of dates of one precision in
// the CLDR 48 interval formats: days ("January 14 – 15, 2025",
// "14 – 15 tháng 1, 2025", "14–15 января 2025 г.", across months and years
// too), months by the yMMMM intervals ("January – September 2024",
// "tháng 1 – tháng 9 năm 2024", "январь – сентябрь 2024 г."; across years
// "ноябрь 2023 г. – февраль 2024 г.") and years by the y interval
// ("2021 – 2025", "2021–2025"). Equal ends give the single date. Ends of
// different precisions are written in full and joined by the range
// separator (a form CLDR does not define).
//
// Russian month ranges within a year follow CLDR (intervalFormats yMMMM,
// greatest difference M: "LLLL – LLLL y 'г'."), not ICU 78 as called by V8,
// which misses that entry and writes both months in full.
//
// Ends without a year (y1 == y2 == 0) are written by [AppendMonthDayRange].
func AppendDateRange(b []byte, l Lang, y1 int, m1 time.Month, d1 int, y2 int, m2 time.Month, d2 int) []byte {
	if y1 == y2 && m1 == m2 && d1 == d2 {
		return AppendDate(b, l, y1, m1, d1)
	}
	if y1 == 0 && y2 == 0 && d1 > 0 && d2 > 0 && m1 >= 1 && m2 >= 1 && m1 <= 12 && m2 <= 12 {
		return AppendMonthDayRange(b, l, m1, d1, m2, d2)
	}
	yearP := (m1 < 1 || m1 > 12) && (m2 < 1 || m2 > 12)
	monthP := !yearP && d1 == 0 && d2 == 0 && m1 >= 1 && m2 >= 1 && m1 <= 12 && m2 <= 12
	dayP := d1 > 0 && d2 > 0 && m1 >= 1 && m2 >= 1 && m1 <= 12 && m2 <= 12
	switch {
	case yearP:
		b = appendYear(b, y1)
		if l == EN {
			b = append(b, thin+endash+thin...)
		} else {
			b = append(b, endash...)
		}
		return appendYear(b, y2)
	case monthP && y1 == y2:
		// CLDR yMMMM interval, greatest difference M:
		// "MMMM – MMMM y", "MMMM – MMMM 'năm' y", "LLLL – LLLL y 'г'.".
		switch l {
		case VI:
			b = append(b, "tháng "...)
			b = strconv.AppendInt(b, int64(m1), 10)
			b = append(b, thin+endash+thin...)
			return AppendDate(b, l, y2, m2, 0)
		case RU:
			b = append(b, ruMonthsNom[m1]...)
			b = append(b, " "+endash+" "...)
			return appendFull(b, l, y2, m2, 0)
		}
		b = append(b, enMonths[m1]...)
		b = append(b, thin+endash+thin...)
		return AppendDate(b, l, y2, m2, 0)
	case dayP && y1 == y2 && m1 == m2:
		switch l {
		case VI:
			b = strconv.AppendInt(b, int64(d1), 10)
			b = append(b, thin+endash+thin...)
			return AppendDate(b, l, y2, m2, d2)
		case RU:
			b = strconv.AppendInt(b, int64(d1), 10)
			b = append(b, endash...)
			b = strconv.AppendInt(b, int64(d2), 10)
			b = append(b, ' ')
			b = append(b, ruMonthsGen[m2]...)
			b = append(b, ' ')
			b = appendYear(b, y2)
			return append(b, nnbsp+"г."...)
		}
		b = append(b, enMonths[m1]...)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(d1), 10)
		b = append(b, thin+endash+thin...)
		b = strconv.AppendInt(b, int64(d2), 10)
		b = append(b, ", "...)
		return appendYear(b, y2)
	case dayP && y1 == y2:
		switch l {
		case VI:
			b = strconv.AppendInt(b, int64(d1), 10)
			b = append(b, " tháng "...)
			b = strconv.AppendInt(b, int64(m1), 10)
			b = append(b, thin+endash+thin...)
			return AppendDate(b, l, y2, m2, d2)
		case RU:
			b = strconv.AppendInt(b, int64(d1), 10)
			b = append(b, ' ')
			b = append(b, ruMonthsGen[m1]...)
			b = append(b, " "+endash+" "...)
			b = strconv.AppendInt(b, int64(d2), 10)
			b = append(b, ' ')
			b = append(b, ruMonthsGen[m2]...)
			b = append(b, ' ')
			b = appendYear(b, y2)
			return append(b, nnbsp+"г."...)
		}
		b = append(b, enMonths[m1]...)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(d1), 10)
		b = append(b, thin+endash+thin...)
		return AppendDate(b, l, y2, m2, d2)
	}
	// Across years: both ends in full (CLDR intervalFormats, greatest
	// difference y). Russian interval formats use U+202F before "г." in every
	// part.
	b = appendFull(b, l, y1, m1, d1)
	b = append(b, rangeSep(l)...)
	return appendFull(b, l, y2, m2, d2)
}

// appendFull is AppendDate with the NNBSP Russian interval formats use.
func appendFull(b []byte, l Lang, y int, m time.Month, d int) []byte {
	if l != RU || m < 1 || m > 12 {
		return AppendDate(b, l, y, m, d)
	}
	if d > 0 {
		b = strconv.AppendInt(b, int64(d), 10)
		b = append(b, ' ')
		b = append(b, ruMonthsGen[m]...)
	} else {
		b = append(b, ruMonthsNom[m]...)
	}
	b = append(b, ' ')
	b = appendYear(b, y)
	return append(b, nnbsp+"г."...)
}

// quarterNames are the CLDR 48 format-wide quarter names (ca-gregorian
// quarters.format.wide).
var quarterNames = [3][5]string{
	EN: {"", "1st quarter", "2nd quarter", "3rd quarter", "4th quarter"},
	VI: {"", "Quý 1", "Quý 2", "Quý 3", "Quý 4"},
	RU: {"", "1-й квартал", "2-й квартал", "3-й квартал", "4-й квартал"},
}

// AppendQuarter appends quarter q (1–4) of year y by the CLDR 48 yQQQQ
// pattern: "QQQQ y" ("3rd quarter 2024"), "QQQQ 'năm' y" ("Quý 3 năm
// 2024"), "QQQQ y 'г'." ("3-й квартал 2024 г.", U+202F before "г."). A
// quarter outside 1–4 is written as the year alone.
func AppendQuarter(b []byte, l Lang, y, q int) []byte {
	if q < 1 || q > 4 {
		return appendYear(b, y)
	}
	if l > RU {
		l = EN
	}
	b = append(b, quarterNames[l][q]...)
	switch l {
	case VI:
		b = append(b, " năm "...)
		return appendYear(b, y)
	case RU:
		b = append(b, ' ')
		b = appendYear(b, y)
		return append(b, nnbsp+"г."...)
	}
	b = append(b, ' ')
	return appendYear(b, y)
}

// AppendPeriod appends the months (y1, m1) to (y2, m2), a statistical
// reference period, by the CLDR 48 patterns of its shape:
//
//	whole year              y               "2024"
//	whole years             y interval      "2021 – 2025", "2021–2025"
//	calendar quarter        yQQQQ           "3rd quarter 2024", "Quý 3 năm 2024", "3-й квартал 2024 г."
//	one month               yMMMM           "September 2024", "tháng 9 năm 2024", "сентябрь 2024 г."
//	other runs of months    yMMMM interval  "January – September 2024", "январь – сентябрь 2024 г."
//
// The first N months of a year are the interval of their months. Russian
// writes U+202F before "г." as the CLDR data has it, in single months too
// (AppendDate writes U+0020 there, as V8 does). Months outside 1–12 give
// the years alone.
func AppendPeriod(b []byte, l Lang, y1 int, m1 time.Month, y2 int, m2 time.Month) []byte {
	switch {
	case m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12, m1 == 1 && m2 == 12:
		return AppendDateRange(b, l, y1, 0, 0, y2, 0, 0)
	case y1 == y2 && m1%3 == 1 && m2 == m1+2:
		return AppendQuarter(b, l, y1, int(m1+2)/3)
	case y1 == y2 && m1 == m2:
		return appendFull(b, l, y1, m1, 0)
	}
	return AppendDateRange(b, l, y1, m1, 0, y2, m2, 0)
}

// AppendApproxDate appends a date qualified as approximate, of the
// precision AppendDate gives it: en "c. January 1950", vi "khoảng tháng 1
// năm 1950", ru "около января 1950 г.". The Russian preposition "около"
// governs the genitive, so a month takes its CLDR format-wide (genitive)
// name, "января" rather than the standalone "январь", and a year reads
// "около 1950 г." (genitive of "год", abbreviated "г."); a day is already
// genitive ("около 30 января 1950 г."). The space before "г." is U+0020 as
// in AppendDate.
func AppendApproxDate(b []byte, l Lang, y int, m time.Month, d int) []byte {
	b, done := appendApprox(b, l, y, m, d, "c. ", " г.")
	if done {
		return b
	}
	return AppendDate(b, l, y, m, d)
}

// appendApprox appends "about" in l (en: the word given); in Russian, for
// a month or a year, also the genitive month and the year followed by
// ruYear ("около января 1950 г."), and then done is true. Otherwise the
// caller appends the date.
func appendApprox(b []byte, l Lang, y int, m time.Month, d int, en, ruYear string) (_ []byte, done bool) {
	switch l {
	case VI:
		b = append(b, "khoảng "...)
		if y == 0 && d == 0 && m >= 1 && m <= 12 {
			b = append(b, "tháng "...) // in running text, not the stand-alone "Tháng 8"
			return strconv.AppendInt(b, int64(m), 10), true
		}
	case RU:
		b = append(b, "около "...)
		if y == 0 && d == 0 && m >= 1 && m <= 12 {
			return append(b, ruMonthsGen[m]...), true // "около августа"
		}
		if d == 0 || m < 1 || m > 12 {
			if m >= 1 && m <= 12 {
				b = append(b, ruMonthsGen[m]...)
				b = append(b, ' ')
			}
			b = appendYear(b, y)
			return append(b, ruYear...), true
		}
	default:
		b = append(b, en...)
	}
	return b, false
}
