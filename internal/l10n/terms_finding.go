package l10n

import "strconv"

// Wording of the findings of agreement.Check and trade.Check. Each function
// takes its arguments already formatted (dates, figures and rates by their
// Label methods) and writes the sentence in l; none is a CLDR pattern.

// AppendInstrumentYear words an instrument cited with a year that is not its
// own:
//
//	en "the DOC is cited as 2022; it was signed on November 4, 2002"
//	vi "DOC được dẫn là văn kiện năm 2022, nhưng thực tế được ký ngày 4 tháng 11, 2002"
//	ru "DOC указан как документ 2022 года, однако подписан 4 ноября 2002 г."
func AppendInstrumentYear(b []byte, l Lang, name string, cited int, signed string) []byte {
	switch l {
	case VI:
		b = append(b, name...)
		b = append(b, " được dẫn là văn kiện năm "...)
		b = strconv.AppendInt(b, int64(cited), 10)
		b = append(b, ", nhưng thực tế được ký ngày "...)
	case RU:
		b = append(b, name...)
		b = append(b, " указан как документ "...)
		b = strconv.AppendInt(b, int64(cited), 10)
		b = append(b, " года, однако подписан "...)
	default:
		b = append(b, "the "...)
		b = append(b, name...)
		b = append(b, " is cited as "...)
		b = strconv.AppendInt(b, int64(cited), 10)
		b = append(b, "; it was signed on "...)
	}
	return append(b, signed...)
}

// AppendAnniversaryCount words an anniversary ordinal that does not match
// its origin: the stated n-th anniversary of origin falls in the year
// falls, not in year, where it is the want-th. The ordinals are those of
// [AppendAnniversary]:
//
//	en "the 60th anniversary of January 30, 1973 falls in 2033, not 2028 (it is the 55th)"
//	vi "kỷ niệm 60 năm của mốc 30 tháng 1, 1973 rơi vào năm 2033, không phải năm 2028 (năm 2028 là kỷ niệm 55 năm)"
//	ru "60-летие события 30 января 1973 г. приходится на 2033 год, а не на 2028 год (в 2028 году — 55-летие)"
func AppendAnniversaryCount(b []byte, l Lang, n int, origin string, falls, year, want int) []byte {
	switch l {
	case VI:
		b = AppendAnniversary(b, l, n, "")
		b = append(b, " của mốc "...)
		b = append(b, origin...)
		b = append(b, " rơi vào năm "...)
		b = strconv.AppendInt(b, int64(falls), 10)
		b = append(b, ", không phải năm "...)
		b = strconv.AppendInt(b, int64(year), 10)
		b = append(b, " (năm "...)
		b = strconv.AppendInt(b, int64(year), 10)
		b = append(b, " là "...)
		b = AppendAnniversary(b, l, want, "")
	case RU:
		b = AppendAnniversary(b, l, n, "")
		b = append(b, " события "...)
		b = append(b, origin...)
		b = append(b, " приходится на "...)
		b = strconv.AppendInt(b, int64(falls), 10)
		b = append(b, " год, а не на "...)
		b = strconv.AppendInt(b, int64(year), 10)
		b = append(b, " год (в "...)
		b = strconv.AppendInt(b, int64(year), 10)
		b = append(b, " году — "...)
		b = AppendAnniversary(b, l, want, "")
	default:
		b = append(b, "the "...)
		b = AppendAnniversary(b, l, n, "")
		b = append(b, " of "...)
		b = append(b, origin...)
		b = append(b, " falls in "...)
		b = strconv.AppendInt(b, int64(falls), 10)
		b = append(b, ", not "...)
		b = strconv.AppendInt(b, int64(year), 10)
		b = append(b, " (it is the "...)
		b = AppendOrdinal(b, l, want, Masculine)
	}
	return append(b, ')')
}

// AppendUnitMismatch words an observation in another unit than its series:
//
//	en "the value for 2024 is in VND, the series in USD"
//	vi "số liệu kỳ 2024 tính bằng VND, trong khi chuỗi số liệu tính bằng USD"
//	ru "значение за период 2024 выражено в VND, а ряд — в USD"
func AppendUnitMismatch(b []byte, l Lang, period, unit, seriesUnit string) []byte {
	switch l {
	case VI:
		b = append(b, "số liệu kỳ "...)
		b = append(b, period...)
		b = append(b, " tính bằng "...)
		b = append(b, unit...)
		b = append(b, ", trong khi chuỗi số liệu tính bằng "...)
	case RU:
		b = append(b, "значение за период "...)
		b = append(b, period...)
		b = append(b, " выражено в "...)
		b = append(b, unit...)
		b = append(b, ", а ряд — в "...)
	default:
		b = append(b, "the value for "...)
		b = append(b, period...)
		b = append(b, " is in "...)
		b = append(b, unit...)
		b = append(b, ", the series in "...)
	}
	return append(b, seriesUnit...)
}

// AppendOverlap words two observations of overlapping periods:
//
//	en "the periods 2024 and January – September 2024 overlap"
//	vi "kỳ 2024 và kỳ tháng 1 – tháng 9 năm 2024 trùng nhau"
//	ru "периоды 2024 и январь – сентябрь 2024 г. пересекаются"
func AppendOverlap(b []byte, l Lang, p1, p2 string) []byte {
	switch l {
	case VI:
		b = append(b, "kỳ "...)
		b = append(b, p1...)
		b = append(b, " và kỳ "...)
		b = append(b, p2...)
		return append(b, " trùng nhau"...)
	case RU:
		b = append(b, "периоды "...)
		b = append(b, p1...)
		b = append(b, " и "...)
		b = append(b, p2...)
		return append(b, " пересекаются"...)
	}
	b = append(b, "the periods "...)
	b = append(b, p1...)
	b = append(b, " and "...)
	b = append(b, p2...)
	return append(b, " overlap"...)
}

// AppendGrowthInconsistent words a stated change that the stated levels
// rule out: the change stated for period lies outside lo to hi, the
// changes the levels prev and cur allow:
//
//	en "the stated change of 35% for 2024 is outside 22.53% to 28.99%, the change the levels $3.5B and $4.4B allow"
//	vi "mức thay đổi 35% nêu cho kỳ 2024 nằm ngoài khoảng 22,53% – 28,99% mà hai mức 3,5 T US$ và 4,4 T US$ cho phép"
//	ru "указанное изменение на 35 % за период 2024 выходит за пределы от 22,53 % до 28,99 %, допустимые при уровнях 3,5 млрд $ и 4,4 млрд $"
func AppendGrowthInconsistent(b []byte, l Lang, stated, period, lo, hi, prev, cur string) []byte {
	switch l {
	case VI:
		b = append(b, "mức thay đổi "...)
		b = append(b, stated...)
		b = append(b, " nêu cho kỳ "...)
		b = append(b, period...)
		b = append(b, " nằm ngoài khoảng "...)
		b = append(b, lo...)
		b = append(b, " – "...)
		b = append(b, hi...)
		b = append(b, " mà hai mức "...)
		b = append(b, prev...)
		b = append(b, " và "...)
		b = append(b, cur...)
		return append(b, " cho phép"...)
	case RU:
		b = append(b, "указанное изменение на "...)
		b = append(b, stated...)
		b = append(b, " за период "...)
		b = append(b, period...)
		b = append(b, " выходит за пределы от "...)
		b = append(b, lo...)
		b = append(b, " до "...)
		b = append(b, hi...)
		b = append(b, ", допустимые при уровнях "...)
		b = append(b, prev...)
		b = append(b, " и "...)
		return append(b, cur...)
	}
	b = append(b, "the stated change of "...)
	b = append(b, stated...)
	b = append(b, " for "...)
	b = append(b, period...)
	b = append(b, " is outside "...)
	b = append(b, lo...)
	b = append(b, " to "...)
	b = append(b, hi...)
	b = append(b, ", the change the levels "...)
	b = append(b, prev...)
	b = append(b, " and "...)
	b = append(b, cur...)
	return append(b, " allow"...)
}
