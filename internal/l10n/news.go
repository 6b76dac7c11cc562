package l10n

import (
	"strconv"
	"time"
)

// The News style writes what the newsrooms of each language print, not a
// CLDR pattern. Each group of forms cites the practice it follows:
//
//	vi  VnExpress, Nhân Dân, TTXVN (Vietnam News Agency)
//	ru  TASS, RIA Novosti; A. E. Milchin, L. K. Cheltsova, "Справочник
//	    издателя и автора" (abbreviations тыс., млн, млрд, трлн, no point
//	    after the last three)
//	en  The Associated Press Stylebook; Reuters Handbook of Journalism
//
// Spaces are U+0020 but for the Russian digit groups, which keep CLDR's
// U+00A0 ("204 000"); Russian numbers of four digits are not grouped
// ("1200").

// apMonths are the month names AP writes with a day: Jan., Feb., Aug.,
// Sept., Oct., Nov. and Dec. abbreviated, March to July spelled out (AP
// Stylebook, "months"). Alone or with a year only, months are spelled out.
var apMonths = [...]string{"", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
	"Nov.", "Dec."}

// AppendDate appends a date of the precision its zero fields leave, as
// [AppendDate] does in CLDR style. In News style:
//
//	en  "Jan. 30, 1950"     "January 1950"       "1950"       AP: abbreviated month with a day
//	vi  "30/1/1950"         "tháng 1/1950"       "năm 1950"   VnExpress, TTXVN: d/M/y without leading zeros
//	ru  "30 января 1950 года" "январь 1950 года" "1950 год"   TASS: the year written out, "года" in running text
func (lc Locale) AppendDate(b []byte, y int, m time.Month, d int) []byte {
	if lc.Style != News {
		return AppendDate(b, lc.Lang, y, m, d)
	}
	if y == 0 && m >= 1 && m <= 12 {
		return lc.appendMonthDay(b, m, d)
	}
	if m < 1 || m > 12 {
		switch lc.Lang {
		case VI:
			b = append(b, "năm "...)
			return appendYear(b, y)
		case RU:
			b = appendYear(b, y)
			return append(b, " год"...)
		}
		return appendYear(b, y)
	}
	switch lc.Lang {
	case VI:
		if d == 0 {
			b = append(b, "tháng "...)
		} else {
			b = strconv.AppendInt(b, int64(d), 10)
			b = append(b, '/')
		}
		b = strconv.AppendInt(b, int64(m), 10)
		b = append(b, '/')
		return appendYear(b, y)
	case RU:
		if d == 0 {
			b = append(b, ruMonthsNom[m]...)
		} else {
			b = strconv.AppendInt(b, int64(d), 10)
			b = append(b, ' ')
			b = append(b, ruMonthsGen[m]...)
		}
		b = append(b, ' ')
		b = appendYear(b, y)
		return append(b, " года"...)
	}
	if d == 0 {
		b = append(b, enMonths[m]...)
		b = append(b, ' ')
		return appendYear(b, y)
	}
	b = append(b, apMonths[m]...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(d), 10)
	b = append(b, ", "...)
	return appendYear(b, y)
}

// AppendApproxDate appends a date qualified as approximate: in CLDR style
// as [AppendApproxDate]; in News style "about Jan. 30, 1950" (AP writes
// "about", not "c."), "khoảng 30/1/1950", "около 30 января 1950 года",
// "около января 1950 года", "около 1950 года" (the genitive "около"
// governs).
func (lc Locale) AppendApproxDate(b []byte, y int, m time.Month, d int) []byte {
	if lc.Style != News {
		return AppendApproxDate(b, lc.Lang, y, m, d)
	}
	b, done := appendApprox(b, lc.Lang, y, m, d, "about ", " года")
	if done {
		return b
	}
	return lc.AppendDate(b, y, m, d)
}

// ApproxWord returns the word that precedes an approximate date or decade:
// "c. ", "khoảng ", "около " in both styles but English News, "about ".
func (lc Locale) ApproxWord() string {
	switch lc.Lang {
	case VI:
		return "khoảng "
	case RU:
		return "около "
	}
	if lc.Style == News {
		return "about "
	}
	return "c. "
}

// RangeSep returns the separator of two dates written in full: in CLDR
// style U+2009 EN DASH U+2009 (" – " in Russian); in News style a hyphen
// in English (AP: "Jan. 30-Feb. 2") and Vietnamese ("14-15/1/2025"), a
// spaced en dash in Russian ("30 января – 2 февраля").
func (lc Locale) RangeSep() string {
	switch {
	case lc.Lang == RU:
		return " " + endash + " "
	case lc.Style == News:
		return "-"
	}
	return thin + endash + thin
}

// AppendDateRange appends an inclusive range of dates of one precision:
// in CLDR style as [AppendDateRange]; in News style
//
//	en  "Jan. 14-15, 2025"  "Jan. 30-Feb. 2, 2025"  "January-September 2024"  "2021-2025"  AP: hyphen, no spaces
//	vi  "14-15/1/2025"      "30/1-2/2/2025"         "tháng 1-9/2024"          "2021-2025"  VnExpress, TTXVN
//	ru  "14–15 января 2025 года"  "30 января – 2 февраля 2025 года"  "январь – сентябрь 2024 года"  "2021–2025 годы"  TASS
//
// Across years both ends are written in full and joined by [Locale.RangeSep]
// ("Dec. 30, 2024-Jan. 2, 2025", "tháng 11/2023-tháng 2/2024",
// "ноябрь 2023 года – февраль 2024 года"); so are ends of different
// precisions. Equal ends give the single date.
func (lc Locale) AppendDateRange(b []byte, y1 int, m1 time.Month, d1 int, y2 int, m2 time.Month, d2 int) []byte {
	if lc.Style != News {
		return AppendDateRange(b, lc.Lang, y1, m1, d1, y2, m2, d2)
	}
	if y1 == y2 && m1 == m2 && d1 == d2 {
		return lc.AppendDate(b, y1, m1, d1)
	}
	if y1 == 0 && y2 == 0 && d1 > 0 && d2 > 0 && m1 >= 1 && m2 >= 1 && m1 <= 12 && m2 <= 12 {
		return lc.appendMonthDayRange(b, m1, d1, m2, d2)
	}
	l := lc.Lang
	valid := func(m time.Month) bool { return m >= 1 && m <= 12 }
	yearP := !valid(m1) && !valid(m2)
	monthP := valid(m1) && valid(m2) && d1 == 0 && d2 == 0
	dayP := valid(m1) && valid(m2) && d1 > 0 && d2 > 0
	switch {
	case yearP:
		b = appendYear(b, y1)
		if l == RU {
			b = append(b, endash...)
			b = appendYear(b, y2)
			return append(b, " годы"...)
		}
		b = append(b, '-')
		return appendYear(b, y2)
	case monthP && y1 == y2:
		switch l {
		case VI: // "tháng 1-9/2024"
			b = append(b, "tháng "...)
			b = strconv.AppendInt(b, int64(m1), 10)
			b = append(b, '-')
			b = strconv.AppendInt(b, int64(m2), 10)
			b = append(b, '/')
			return appendYear(b, y2)
		case RU:
			b = append(b, ruMonthsNom[m1]...)
			b = append(b, " "+endash+" "...)
			return lc.AppendDate(b, y2, m2, 0)
		}
		b = append(b, enMonths[m1]...)
		b = append(b, '-')
		return lc.AppendDate(b, y2, m2, 0)
	case dayP && y1 == y2:
		switch l {
		case VI: // "14-15/1/2025", "30/1-2/2/2025"
			b = strconv.AppendInt(b, int64(d1), 10)
			if m1 != m2 {
				b = append(b, '/')
				b = strconv.AppendInt(b, int64(m1), 10)
			}
			b = append(b, '-')
			return lc.AppendDate(b, y2, m2, d2)
		case RU: // "14–15 января 2025 года", "30 января – 2 февраля 2025 года"
			b = strconv.AppendInt(b, int64(d1), 10)
			if m1 != m2 {
				b = append(b, ' ')
				b = append(b, ruMonthsGen[m1]...)
				b = append(b, " "+endash+" "...)
			} else {
				b = append(b, endash...)
			}
			return lc.AppendDate(b, y2, m2, d2)
		}
		b = append(b, apMonths[m1]...) // "Jan. 14-15, 2025", "Jan. 30-Feb. 2, 2025"
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(d1), 10)
		b = append(b, '-')
		if m1 != m2 {
			b = append(b, apMonths[m2]...)
			b = append(b, ' ')
		}
		b = strconv.AppendInt(b, int64(d2), 10)
		b = append(b, ", "...)
		return appendYear(b, y2)
	}
	b = lc.AppendDate(b, y1, m1, d1)
	b = append(b, lc.RangeSep()...)
	return lc.AppendDate(b, y2, m2, d2)
}

// romanQuarters are the quarters as Vietnamese and Russian newsrooms number
// them: "quý III/2024", "III квартал 2024 года".
var romanQuarters = [...]string{"", "I", "II", "III", "IV"}

// apNumbers are the numbers AP spells out (one to nine; AP Stylebook,
// "numerals").
var apNumbers = [...]string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

// AppendPeriod appends the months (y1, m1) to (y2, m2), a statistical
// reference period: in CLDR style as [AppendPeriod]; in News style
//
//	                    en                            vi                      ru
//	year                "2024"                        "năm 2024"              "2024 год"
//	quarter             "Q3 2024"                     "quý III/2024"          "III квартал 2024 года"
//	first half          "the first half of 2024"      "6 tháng đầu năm 2024"  "первое полугодие 2024 года"
//	second half         "the second half of 2024"     "6 tháng cuối năm 2024" "второе полугодие 2024 года"
//	first N months      "the first nine months of 2024" "9 tháng đầu năm 2024" "январь – сентябрь 2024 года"
//	one month           "September 2024"              "tháng 9/2024"          "сентябрь 2024 года"
//	other runs          as [Locale.AppendDateRange] of the months
//
// Vietnamese follows the General Statistics Office and the customs as
// VnExpress and TTXVN quote them ("9 tháng đầu năm", "quý III/2024");
// Russian the Federal Customs Service as TASS quotes it ("в январе –
// сентябре 2024 года", here in the nominative); English Reuters ("Q3") and
// AP (numbers under 10 spelled out: "the first 10 months of 2024").
func (lc Locale) AppendPeriod(b []byte, y1 int, m1 time.Month, y2 int, m2 time.Month) []byte {
	if lc.Style != News {
		return AppendPeriod(b, lc.Lang, y1, m1, y2, m2)
	}
	l := lc.Lang
	switch {
	case m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12, m1 == 1 && m2 == 12:
		return lc.AppendDateRange(b, y1, 0, 0, y2, 0, 0)
	case y1 == y2 && m1 == m2:
		return lc.AppendDate(b, y1, m1, 0)
	case y1 == y2 && m1%3 == 1 && m2 == m1+2:
		q := int(m1+2) / 3
		switch l {
		case VI:
			b = append(b, "quý "...)
			b = append(b, romanQuarters[q]...)
			b = append(b, '/')
			return appendYear(b, y1)
		case RU:
			b = append(b, romanQuarters[q]...)
			b = append(b, " квартал "...)
			b = appendYear(b, y1)
			return append(b, " года"...)
		}
		b = append(b, 'Q')
		b = strconv.AppendInt(b, int64(q), 10)
		b = append(b, ' ')
		return appendYear(b, y1)
	case y1 == y2 && (m1 == 1 && m2 == 6 || m1 == 7 && m2 == 12):
		first := m1 == 1
		switch l {
		case VI:
			if first {
				b = append(b, "6 tháng đầu năm "...)
			} else {
				b = append(b, "6 tháng cuối năm "...)
			}
			return appendYear(b, y1)
		case RU:
			if first {
				b = append(b, "первое полугодие "...)
			} else {
				b = append(b, "второе полугодие "...)
			}
			b = appendYear(b, y1)
			return append(b, " года"...)
		}
		if first {
			b = append(b, "the first half of "...)
		} else {
			b = append(b, "the second half of "...)
		}
		return appendYear(b, y1)
	case y1 == y2 && m1 == 1 && l != RU:
		n := int(m2)
		if l == VI {
			b = strconv.AppendInt(b, int64(n), 10)
			b = append(b, " tháng đầu năm "...)
			return appendYear(b, y1)
		}
		b = append(b, "the first "...)
		if n < len(apNumbers) {
			b = append(b, apNumbers[n]...)
		} else {
			b = strconv.AppendInt(b, int64(n), 10)
		}
		b = append(b, " months of "...)
		return appendYear(b, y1)
	}
	return lc.AppendDateRange(b, y1, m1, 0, y2, m2, 0)
}

// AppendPercent appends dec, a value in percent: in CLDR style as
// [AppendPercent]; in News style with no space before "%" in any language
// ("24%", "8,3%"), as TASS and RIA Novosti print it.
func (lc Locale) AppendPercent(b []byte, dec string) []byte {
	if lc.Style != News {
		return AppendPercent(b, lc.Lang, dec)
	}
	b = AppendDecimal(b, lc.Lang, dec)
	return append(b, '%')
}

// newsScales are the words of large numbers in News style, by power of
// 1000: AP and Reuters "million", "billion", "trillion"; Vietnamese
// "triệu", "tỷ", "nghìn tỷ", "triệu tỷ" (VnExpress: "1,2 triệu tỷ đồng"),
// never the CLDR short "T", which readers take for "triệu"; Russian the
// abbreviations of Milchin and TASS, "тыс.", "млн", "млрд", "трлн".
var newsScales = [3][6]string{
	EN: {"", "", " million", " billion", " trillion"},
	VI: {"", "", " triệu", " tỷ", " nghìn tỷ", " triệu tỷ"},
	RU: {"", " тыс.", " млн", " млрд", " трлн"},
}

// newsMinScale is the first power of 1000 written with a word: AP writes
// "$204,000" and "2.5 million", VnExpress "204.000 USD", TASS "204 тыс."
// (but "1000", a number of four digits, in full).
var newsMinScale = [3]int{EN: 2, VI: 2, RU: 1}

// newsMoney are the currencies in News style, as nouns after the number
// (English after a scale word too: "4.4 billion euros"); USD and GBP are
// written in English with their symbol before the number ("$4.4 billion",
// AP and Reuters). Vietnamese writes "USD" and "đồng" (VnExpress); Russian
// the nouns in full, "долларов", "рублей" (TASS).
var newsMoney = map[string]Noun{
	"USD": {"", "", "USD", "доллар", "доллара", "долларов", "доллара", "доллара", "долларов"},
	"GBP": {"", "", "bảng Anh", "фунт стерлингов", "фунта стерлингов", "фунтов стерлингов", "фунта стерлингов", "фунта стерлингов", "фунтов стерлингов"},
	"EUR": {"euro", "euros", "euro", "евро", "евро", "евро", "евро", "евро", "евро"},
	"RUB": {"ruble", "rubles", "rúp", "рубль", "рубля", "рублей", "рубля", "рубля", "рублей"},
	"VND": {"dong", "dong", "đồng", "донг", "донга", "донгов", "донга", "донга", "донгов"},
	"CNY": {"yuan", "yuan", "nhân dân tệ", "юань", "юаня", "юаней", "юаня", "юаня", "юаней"},
	"JPY": {"yen", "yen", "yên", "иена", "иены", "иен", "иены", "иены", "иен"},
}

var newsSymbols = map[string]string{"USD": "$", "GBP": "£"}

// AppendMoney appends an amount of a currency (ISO 4217 code) to at most
// sig significant digits: in CLDR style as [AppendMoneyDigits]; in News
// style with the scale word and currency as newsrooms write them:
//
//	en  "$4.4 billion"   "$204,000"      "4.4 billion euros"  AP, Reuters
//	vi  "4,4 tỷ USD"     "204.000 USD"   "1,2 triệu tỷ đồng"  VnExpress, TTXVN
//	ru  "4,4 млрд долларов"  "204 тыс. долларов"  "2 доллара"  TASS
//
// With pad the number keeps sig significant digits, trailing zeros too
// ("$3.60 billion"), as derived figures are given. Currencies without a
// News name are written with their code after the number. governed asks for
// the Russian genitive of the numeral phrase (after "более", "около").
func (lc Locale) AppendMoney(b []byte, dec, code string, sig int, pad, governed bool) []byte {
	if lc.Style != News {
		return AppendMoneyDigits(b, lc.Lang, dec, code, sig)
	}
	n, ok := newsMoney[code]
	if !ok {
		n = Noun{code, code, code, code, code, code, code, code, code}
	}
	return lc.appendNews(b, dec, sig, pad, n, newsSymbols[code], governed)
}

// AppendCount appends the number dec and the noun n in the form the
// number selects: in CLDR style as [AppendCount]; in News style large
// numbers take a scale word when it writes them exactly ("2.5 million
// visitors", "2,5 triệu lượt khách", "204 тыс. посетителей", Russian
// nouns in the genitive plural after it) and are written in full otherwise
// ("1,234,567 visitors").
func (lc Locale) AppendCount(b []byte, dec string, n Noun, governed bool) []byte {
	if lc.Style != News {
		return AppendCount(b, lc.Lang, dec, n, governed)
	}
	return lc.appendNews(b, dec, 0, false, n, "", governed)
}

// AppendNumber appends the plain decimal dec: in CLDR style as
// [AppendDecimal]; in News style with the scale word [Locale.AppendCount]
// would give it, without a noun ("111,5 тыс.", "2.5 million"), for the
// lower end of a range whose noun follows the upper end.
func (lc Locale) AppendNumber(b []byte, dec string) []byte {
	if lc.Style != News {
		return AppendDecimal(b, lc.Lang, dec)
	}
	return lc.appendNews(b, dec, 0, false, Noun{}, "", false)
}

// appendNews writes dec with a News scale word and the noun n (none when n
// is zero), or after the symbol sym in English. sig 0 scales only when the scaled number has
// at most two decimals.
func (lc Locale) appendNews(b []byte, dec string, sig int, pad bool, n Noun, sym string, governed bool) []byte {
	l := lc.Lang
	if l > RU {
		l = EN
	}
	x := parseNum(dec)
	if x.malformed {
		return append(b, dec...)
	}
	neg := x.neg
	x.neg = false
	top := 4
	if l == VI {
		top = 5
	}
	unit := 0
	if !x.intZero() {
		unit = min((x.ip-1)/3, top)
	}
	if unit < newsMinScale[l] || l == RU && unit == 1 && x.ip < 5 { // "1000 стипендий", "12 тыс."
		unit = 0
	}
	round := func(u int) num {
		s := x.shift(u * 3)
		if sig > 0 {
			s = s.roundMaxSig(sig)
		}
		return s
	}
	s := round(unit)
	if unit > 0 && unit < top && s.ip > 3 { // 999.95 million rounds to 1000 million
		unit++
		s = round(unit)
	}
	if sig == 0 && unit > 0 && s.n-s.ip > 2 { // not exact in two decimals: in full
		unit, s = 0, x
	}
	if pad && sig > s.ip {
		s = s.pad(sig - s.ip)
	}
	if neg {
		b = append(b, '-')
	}
	if l == EN && sym != "" {
		b = append(b, sym...)
	}
	// Russian writes numbers of four digits unspaced ("1200 трлн"; Milchin,
	// "Справочник издателя и автора", 5.1.2).
	b = appendNum(b, l, &s, l != RU || s.ip > 4)
	b = append(b, newsScales[l][unit]...)
	if l == EN && sym != "" || n == (Noun{}) {
		return b
	}
	b = append(b, ' ')
	switch {
	case unit > 0 && l == RU:
		return append(b, n.RuMany...)
	case unit > 0 && l == EN:
		return append(b, n.EnOther...)
	}
	var db [maxDigits + 2]byte
	return append(b, n.Form(l, string(appendNum(db[:0], EN, &s, false)), governed)...)
}

// appendMonthDay writes a day or month of an unknown year in News style:
// "Aug. 8", "August" (AP); "8/8", "tháng 8" (VnExpress, TTXVN); "8 августа",
// "август" (TASS).
func (lc Locale) appendMonthDay(b []byte, m time.Month, d int) []byte {
	switch {
	case lc.Lang == VI && d == 0:
		b = append(b, "tháng "...)
		return strconv.AppendInt(b, int64(m), 10)
	case lc.Lang == VI:
		b = strconv.AppendInt(b, int64(d), 10)
		b = append(b, '/')
		return strconv.AppendInt(b, int64(m), 10)
	case lc.Lang == EN && d > 0:
		b = append(b, apMonths[m]...)
		b = append(b, ' ')
		return strconv.AppendInt(b, int64(d), 10)
	}
	return AppendMonthDay(b, lc.Lang, m, d)
}

// appendMonthDayRange writes days of an unknown year in News style:
// "July 25-27", "July 30-Aug. 2"; "25-27/7", "30/7-2/8"; "25–27 июля",
// "30 июля – 2 августа".
func (lc Locale) appendMonthDayRange(b []byte, m1 time.Month, d1 int, m2 time.Month, d2 int) []byte {
	switch lc.Lang {
	case VI:
		b = strconv.AppendInt(b, int64(d1), 10)
		if m1 != m2 {
			b = append(b, '/')
			b = strconv.AppendInt(b, int64(m1), 10)
		}
		b = append(b, '-')
		return lc.appendMonthDay(b, m2, d2)
	case RU:
		return AppendMonthDayRange(b, RU, m1, d1, m2, d2)
	}
	b = lc.appendMonthDay(b, m1, d1)
	b = append(b, '-')
	if m1 != m2 {
		return lc.appendMonthDay(b, m2, d2)
	}
	return strconv.AppendInt(b, int64(d2), 10)
}
