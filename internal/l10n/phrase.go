package l10n

import "strconv"

// AppendOrdinal appends the ordinal of n ≥ 1 as written before a noun:
// en "75th" by the CLDR 48 English ordinal plural rules (one → "st",
// two → "nd", few → "rd", other → "th"; 11–13 take "th"); vi "thứ 75";
// ru "75-й", "75-я" or "75-е" for masculine, feminine or neuter nouns.
func AppendOrdinal(b []byte, l Lang, n int, g Gender) []byte {
	switch l {
	case VI:
		b = append(b, "thứ "...)
		return strconv.AppendInt(b, int64(n), 10)
	case RU:
		b = strconv.AppendInt(b, int64(n), 10)
		switch g {
		case Feminine:
			return append(b, "-я"...)
		case Neuter:
			return append(b, "-е"...)
		}
		return append(b, "-й"...)
	}
	b = strconv.AppendInt(b, int64(n), 10)
	return append(b, englishOrdinalSuffix(n)...)
}

// englishOrdinalSuffix implements the CLDR 48 ordinal rules for English.
func englishOrdinalSuffix(n int) string {
	if n < 0 {
		n = -n
	}
	switch {
	case n%10 == 1 && n%100 != 11:
		return "st"
	case n%10 == 2 && n%100 != 12:
		return "nd"
	case n%10 == 3 && n%100 != 13:
		return "rd"
	}
	return "th"
}

// Gender is the grammatical gender of the noun an ordinal qualifies, for
// Russian; English and Vietnamese ignore it.
type Gender uint8

// The Russian genders.
const (
	Masculine Gender = iota
	Feminine
	Neuter
)

// AppendAnniversary appends the phrase for the n-th anniversary (n ≥ 1) of
// subject, which must be written to follow the phrase in l:
//
//	en "75th anniversary of diplomatic relations" (subject: "diplomatic relations")
//	vi "kỷ niệm 75 năm thiết lập quan hệ ngoại giao" (subject: "thiết lập quan hệ ngoại giao")
//	ru "75-летие установления дипломатических отношений" (subject in the genitive)
//
// Russian writes a round anniversary (n a multiple of 5) as one compound
// noun, the number joined to "-летие" ("10-летие", "75-летие",
// "100-летие"), and any other as the ordinal with "годовщина"
// ("24-я годовщина стратегического партнёрства"), the usage of the Russian
// Ministry of Foreign Affairs; the first is written out, "первая
// годовщина". Vietnamese uses "kỷ niệm N năm" ("commemoration of N years")
// for every n. An empty subject gives the phrase alone ("75th anniversary",
// "kỷ niệm 75 năm", "75-летие").
func AppendAnniversary(b []byte, l Lang, n int, subject string) []byte {
	switch l {
	case VI:
		b = append(b, "kỷ niệm "...)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, " năm"...)
	case RU:
		switch {
		case n == 1:
			b = append(b, "первая годовщина"...)
		case n%5 == 0:
			b = strconv.AppendInt(b, int64(n), 10)
			b = append(b, "-летие"...)
		default:
			b = AppendOrdinal(b, RU, n, Feminine)
			b = append(b, " годовщина"...)
		}
	default:
		b = AppendOrdinal(b, EN, n, Masculine)
		b = append(b, " anniversary"...)
		if subject != "" {
			b = append(b, " of"...)
		}
	}
	if subject != "" {
		b = append(b, ' ')
		b = append(b, subject...)
	}
	return b
}

// AppendAnniversaryTitled appends the phrase for the n-th anniversary (n ≥
// 1) of an event known only by its title, a name in the nominative that
// cannot follow "anniversary of" (nor, in Russian, stand where the genitive
// is due): the phrase alone, a colon and the title in the quotation marks
// of l (CLDR 48 delimiters quotationStart and quotationEnd):
//
//	en "5th anniversary: “State visit to Vietnam”"
//	vi "kỷ niệm 5 năm: “Chuyến thăm cấp Nhà nước tới Việt Nam”"
//	ru "5-летие: «Государственный визит во Вьетнам»"
//
// An empty title gives the phrase alone.
func AppendAnniversaryTitled(b []byte, l Lang, n int, title string) []byte {
	b = AppendAnniversary(b, l, n, "")
	if title == "" {
		return b
	}
	b = append(b, ": "...)
	return AppendQuoted(b, l, title)
}

// AppendQuoted appends s between the quotation marks of l, the CLDR 48
// delimiters quotationStart and quotationEnd: “s” in English and
// Vietnamese, «s» in Russian.
func AppendQuoted(b []byte, l Lang, s string) []byte {
	if l == RU {
		b = append(b, "«"...)
		b = append(b, s...)
		return append(b, "»"...)
	}
	b = append(b, "“"...)
	b = append(b, s...)
	return append(b, "”"...)
}

// AppendGrowth appends the phrase for a change of rate (a formatted
// percentage without sign, e.g. "24%") to a level (a formatted amount):
//
//	en "up 24% to $4.4B"        "down 3.2% to $1.1B"
//	vi "tăng 24% lên 4,4 T US$"  "giảm 3,2% xuống 1,1 T US$"
//	ru "рост на 24 % до 4,4 млрд $"  "снижение на 3,2 % до 1,1 млрд $"
//
// This is news-register wording (not CLDR): Vietnamese "tăng … lên" and
// "giảm … xuống", Russian "рост/снижение на … до" as in trade reports of the
// General Department of Customs of Viet Nam and the Federal Customs Service
// of Russia. An empty level gives the change alone ("up 24%").
func AppendGrowth(b []byte, l Lang, negative bool, rate, level string) []byte {
	var verb, to string
	switch l {
	case VI:
		verb, to = "tăng ", " lên "
		if negative {
			verb, to = "giảm ", " xuống "
		}
	case RU:
		verb, to = "рост на ", " до "
		if negative {
			verb = "снижение на "
		}
	default:
		verb, to = "up ", " to "
		if negative {
			verb = "down "
		}
	}
	b = append(b, verb...)
	b = append(b, rate...)
	if level != "" {
		b = append(b, to...)
		b = append(b, level...)
	}
	return b
}

// AppendBetween appends the phrase for an interval of two formatted
// amounts: "between $3.494B and $3.603B", "từ 3,494 T US$ đến 3,603 T US$",
// "от 3,494 млрд $ до 3,603 млрд $".
func AppendBetween[T string | []byte](b []byte, l Lang, lo, hi T) []byte {
	switch l {
	case VI:
		b = append(b, "từ "...)
		b = append(b, lo...)
		b = append(b, " đến "...)
	case RU:
		b = append(b, "от "...)
		b = append(b, lo...)
		b = append(b, " до "...)
	default:
		b = append(b, "between "...)
		b = append(b, lo...)
		b = append(b, " and "...)
	}
	return append(b, hi...)
}
