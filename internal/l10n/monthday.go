package l10n

import (
	"strconv"
	"time"
)

// Days and months whose year is unknown ("XXXX-08-08": a text that says
// "on August 8" and nothing else dates) are written as ICU 78 writes the
// skeletons MMMMd and MMMM (CLDR 48 availableFormats MMMMd: "MMMM d",
// "d MMMM", "d MMMM"; a month alone takes the stand-alone wide name, as
// ICU resolves MMMM to LLLL):
//
//	en  August 8     August
//	vi  8 tháng 8    Tháng 8
//	ru  8 августа    август
//
// and their ranges as ICU's formatRange writes MMMMd ("July 25 – 27",
// "25 – 27 tháng 7", "25–27 июля"; across months "July 25 – August 2",
// "25 tháng 7 – 2 tháng 8", "25 июля – 2 августа"), U+2009 around the en
// dash in English and Vietnamese as in the dated ranges.

// viMonthsStandalone are the CLDR 48 vi stand-alone wide month names.
var viMonthsStandalone = [...]string{"", "Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7",
	"Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"}

// AppendMonthDay appends day d of month m of an unknown year, or the month
// alone when d == 0 (see the table above). A month outside 1–12 appends
// nothing.
func AppendMonthDay(b []byte, l Lang, m time.Month, d int) []byte {
	if m < 1 || m > 12 {
		return b
	}
	if d == 0 {
		switch l {
		case VI:
			return append(b, viMonthsStandalone[m]...)
		case RU:
			return append(b, ruMonthsNom[m]...)
		}
		return append(b, enMonths[m]...)
	}
	switch l {
	case VI:
		b = strconv.AppendInt(b, int64(d), 10)
		b = append(b, " tháng "...)
		return strconv.AppendInt(b, int64(m), 10)
	case RU:
		b = strconv.AppendInt(b, int64(d), 10)
		b = append(b, ' ')
		return append(b, ruMonthsGen[m]...)
	}
	b = append(b, enMonths[m]...)
	b = append(b, ' ')
	return strconv.AppendInt(b, int64(d), 10)
}

// AppendMonthDayRange appends the days m1-d1 to m2-d2 of an unknown year
// (see the table above); equal ends give the single day.
func AppendMonthDayRange(b []byte, l Lang, m1 time.Month, d1 int, m2 time.Month, d2 int) []byte {
	if m1 == m2 && d1 == d2 {
		return AppendMonthDay(b, l, m1, d1)
	}
	if m1 != m2 {
		b = AppendMonthDay(b, l, m1, d1)
		if l == RU {
			b = append(b, " "+endash+" "...)
		} else {
			b = append(b, thin+endash+thin...)
		}
		return AppendMonthDay(b, l, m2, d2)
	}
	switch l {
	case VI:
		b = strconv.AppendInt(b, int64(d1), 10)
		b = append(b, thin+endash+thin...)
		return AppendMonthDay(b, l, m2, d2)
	case RU:
		b = strconv.AppendInt(b, int64(d1), 10)
		b = append(b, endash...)
		return AppendMonthDay(b, l, m2, d2)
	}
	b = AppendMonthDay(b, l, m1, d1)
	b = append(b, thin+endash+thin...)
	return strconv.AppendInt(b, int64(d2), 10)
}
