package l10n

import (
	"strings"

	"golang.org/x/text/currency"
	"golang.org/x/text/feature/plural"
)

// Numbers follow CLDR 48 as ICU 78 formats them (ECMA-402 defaults):
//
//	      decimal     percent   compact short        compact long
//	en    1,234.5     8.3%      4.4B  204K  2.5M     4.4 billion
//	vi    1.234,5     8,3%      4,4 T  204 N  2,5 Tr 4,4 tỷ
//	ru    1 234,5     8,3 %     4,4 млрд  204 тыс.   4,4 миллиарда
//
// Russian groups with U+00A0, and separates "%" and compact short units
// with U+00A0; Vietnamese compact short units too. Negative numbers use
// U+002D HYPHEN-MINUS in all three.

// num is a parsed plain decimal: sign, integer digits (no leading zeros but
// "0"), fraction digits.
type num struct {
	neg       bool
	ipart     string
	fpart     string
	malformed bool
}

func parseNum(dec string) num {
	var n num
	if strings.HasPrefix(dec, "-") {
		n.neg, dec = true, dec[1:]
	} else if strings.HasPrefix(dec, "+") {
		dec = dec[1:]
	}
	n.ipart, n.fpart, _ = strings.Cut(dec, ".")
	for _, s := range []string{n.ipart, n.fpart} {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				n.malformed = true
			}
		}
	}
	n.ipart = strings.TrimLeft(n.ipart, "0")
	if n.ipart == "" {
		n.ipart = "0"
	}
	n.fpart = strings.TrimRight(n.fpart, "0")
	if n.ipart == "0" && n.fpart == "" {
		n.neg = false
	}
	return n
}

func groupSep(l Lang) string {
	switch l {
	case VI:
		return "."
	case RU:
		return nbsp
	}
	return ","
}

func decimalSep(l Lang) byte {
	if l == EN {
		return '.'
	}
	return ','
}

// appendNum writes n with the separators of l.
func appendNum(b []byte, l Lang, n num) []byte { return appendNumGroup(b, l, n, true) }

// appendNumGroup writes n, grouping its integer digits or not (CLDR compact
// patterns do not group: "1000T").
func appendNumGroup(b []byte, l Lang, n num, group bool) []byte {
	if n.neg {
		b = append(b, '-')
	}
	g := groupSep(l)
	ip := n.ipart
	for i := 0; i < len(ip); i++ {
		if group && i > 0 && (len(ip)-i)%3 == 0 {
			b = append(b, g...)
		}
		b = append(b, ip[i])
	}
	if n.fpart != "" {
		b = append(b, decimalSep(l))
		b = append(b, n.fpart...)
	}
	return b
}

// AppendDecimal appends the plain decimal dec ("-1234.5") with the grouping
// and decimal separators of l: "-1,234.5", "-1.234,5", "-1 234,5". Every
// digit given is written; round first. A malformed dec is appended as is.
func AppendDecimal(b []byte, l Lang, dec string) []byte {
	n := parseNum(dec)
	if n.malformed {
		return append(b, dec...)
	}
	return appendNum(b, l, n)
}

// AppendPercent appends dec, a value in percent ("8.3"), as a percentage:
// "8.3%", "8,3%", "8,3 %" (U+00A0 in Russian).
func AppendPercent(b []byte, l Lang, dec string) []byte {
	b = AppendDecimal(b, l, dec)
	if l == RU {
		b = append(b, nbsp...)
	}
	return append(b, '%')
}

// roundSig rounds n to keep at least minSig significant digits and no
// fraction digits beyond what is needed for them (ECMA-402 compact
// rounding: "morePrecision" of 0 fraction digits and 2 significant
// digits), half away from zero.
func roundSig(n num, minSig int) num {
	keep := 0 // fraction digits to keep
	if n.ipart == "0" {
		// leading zeros of the fraction do not count
		z := len(n.fpart) - len(strings.TrimLeft(n.fpart, "0"))
		keep = z + minSig
	} else if len(n.ipart) < minSig {
		keep = minSig - len(n.ipart)
	}
	if len(n.fpart) <= keep {
		return n
	}
	up := n.fpart[keep] >= '5'
	digits := []byte(n.ipart + n.fpart[:keep])
	if up {
		digits = incDigits(digits)
	}
	ilen := len(digits) - keep
	r := num{neg: n.neg, ipart: strings.TrimLeft(string(digits[:ilen]), "0"), fpart: strings.TrimRight(string(digits[ilen:]), "0")}
	if r.ipart == "" {
		r.ipart = "0"
	}
	return r
}

// shift divides n by 10^k.
func shift(n num, k int) num {
	ip, fp := n.ipart, n.fpart
	for ; k > 0; k-- {
		if len(ip) > 0 {
			fp = ip[len(ip)-1:] + fp
			ip = ip[:len(ip)-1]
		} else {
			fp = "0" + fp
		}
	}
	ip = strings.TrimLeft(ip, "0")
	if ip == "" {
		ip = "0"
	}
	return num{neg: n.neg, ipart: ip, fpart: strings.TrimRight(fp, "0")}
}

var compactShort = [3][5]string{
	EN: {"", "K", "M", "B", "T"},
	VI: {"", nbsp + "N", nbsp + "Tr", nbsp + "T", nbsp + "NT"},
	RU: {"", nbsp + "тыс.", nbsp + "млн", nbsp + "млрд", nbsp + "трлн"},
}

var compactLong = [3][5]string{
	EN: {"", " thousand", " million", " billion", " trillion"},
	VI: {"", " nghìn", " triệu", " tỷ", " nghìn tỷ"},
}

// ruCompactLong are the Russian long units by plural form: one, few, many, other.
var ruCompactLong = [5][4]string{
	1: {" тысяча", " тысячи", " тысяч", " тысячи"},
	2: {" миллион", " миллиона", " миллионов", " миллиона"},
	3: {" миллиард", " миллиарда", " миллиардов", " миллиарда"},
	4: {" триллион", " триллиона", " триллионов", " триллиона"},
}

// compactNum picks the compact unit of n (0 none, 1 thousand … 4 trillion)
// and returns the scaled, rounded number.
func compactNum(n num) (num, int) {
	unit := (len(n.ipart) - 1) / 3
	if n.ipart == "0" {
		unit = 0
	}
	if unit > 4 {
		unit = 4
	}
	s := roundSig(shift(n, unit*3), 2)
	if unit < 4 && len(s.ipart) > 3 { // 999.95K rounds to 1000K: move up
		unit++
		s = roundSig(shift(n, unit*3), 2)
	}
	return s, unit
}

// AppendCompact appends dec in compact notation, short ("4.4B", "4,4 T",
// "4,4 млрд") or long ("4.4 billion", "4,4 tỷ", "4,4 миллиарда"), rounded
// as ICU rounds by default: to whole units, but to at least two significant
// digits, half away from zero ("3.5B" for 3,548,387,096; "204K").
func AppendCompact(b []byte, l Lang, dec string, long bool) []byte {
	n := parseNum(dec)
	if n.malformed {
		return append(b, dec...)
	}
	s, unit := compactNum(n)
	b = appendNumGroup(b, l, s, unit == 0)
	if unit == 0 {
		return b
	}
	if !long {
		return append(b, compactShort[l][unit]...)
	}
	if l == RU {
		return append(b, ruCompactLong[unit][ruFormIndex(s)]...)
	}
	return append(b, compactLong[l][unit]...)
}

// ruFormIndex maps the plural form of s in Russian to 0 one, 1 few, 2 many,
// 3 other.
func ruFormIndex(s num) int {
	switch PluralForm(RU, numString(s)) {
	case plural.One:
		return 0
	case plural.Few:
		return 1
	case plural.Many:
		return 2
	}
	return 3
}

func numString(n num) string {
	s := n.ipart
	if n.fpart != "" {
		s += "." + n.fpart
	}
	return s
}

// PluralForm returns the CLDR cardinal plural category of dec in l, by
// golang.org/x/text/feature/plural: Russian 1 → One, 2 → Few, 5 → Many,
// 21 → One, 4.4 → Other; English 1 → One, else Other; Vietnamese Other.
func PluralForm(l Lang, dec string) plural.Form {
	n := parseNum(dec)
	if n.malformed {
		return plural.Other
	}
	i := 0
	for k := 0; k < len(n.ipart) && k < 9; k++ {
		i = i*10 + int(n.ipart[k]-'0')
	}
	if len(n.ipart) > 9 {
		i = i%1000000 + 1000000 // the rules look at the last digits only
	}
	f := 0
	for k := 0; k < len(n.fpart) && k < 9; k++ {
		f = f*10 + int(n.fpart[k]-'0')
	}
	v := len(n.fpart)
	return plural.Cardinal.MatchPlural(l.Tag(), i, v, v, f, f)
}

// currencySymbols are the CLDR 48 symbols of the common currencies in each
// language; others are written with their ISO code.
var currencySymbols = [3]map[string]string{
	EN: {"USD": "$", "EUR": "€", "VND": "₫", "RUB": "RUB", "CNY": "CN¥", "GBP": "£", "JPY": "¥", "AUD": "A$", "KRW": "₩", "INR": "₹"},
	VI: {"USD": "US$", "EUR": "€", "VND": "₫", "RUB": "RUB", "CNY": "CN¥", "GBP": "£", "JPY": "JP¥", "AUD": "AU$", "KRW": "₩", "INR": "₹"},
	RU: {"USD": "$", "EUR": "€", "VND": "₫", "RUB": "₽", "CNY": "CN¥", "GBP": "£", "JPY": "¥", "AUD": "A$", "KRW": "₩", "INR": "₹"},
}

// CurrencySymbol returns the symbol of an ISO 4217 code in l, or the code.
func CurrencySymbol(l Lang, code string) string {
	if s, ok := currencySymbols[l][code]; ok {
		return s
	}
	return code
}

// AppendMoney appends an amount of a currency the way CLDR places the
// symbol: before the number in English ("$4,400,000,000.00", "RUB 12.50"
// with U+00A0 when the symbol is letters), after it with U+00A0 in
// Vietnamese and Russian ("4.400.000.000,00 US$", "12,50 ₽"). Without
// compact the amount is rounded to the currency's minor unit (ISO 4217:
// 2 digits for USD, 0 for VND); with compact it is written in compact short
// notation ("$4.4B", "4,4 T US$", "4,4 млрд $").
func AppendMoney(b []byte, l Lang, dec, code string, compact bool) []byte {
	n := parseNum(dec)
	if n.malformed {
		return append(b, dec...)
	}
	var body []byte
	if compact {
		s, unit := compactNum(num{ipart: n.ipart, fpart: n.fpart})
		body = appendNumGroup(nil, l, s, unit == 0)
		if unit > 0 {
			body = append(body, compactShort[l][unit]...)
		}
	} else {
		scale := 2
		if cu, err := currency.ParseISO(code); err == nil {
			scale, _ = currency.Standard.Rounding(cu)
		}
		body = appendNum(nil, l, fixed(num{ipart: n.ipart, fpart: n.fpart}, scale))
	}
	return appendWithSymbol(b, l, n.neg, body, code)
}

// appendWithSymbol places the currency symbol of code around the formatted
// amount body as CLDR does: before it in English (with U+00A0 after a
// symbol of letters), after it with U+00A0 in Vietnamese and Russian.
func appendWithSymbol(b []byte, l Lang, neg bool, body []byte, code string) []byte {
	sym := CurrencySymbol(l, code)
	if neg {
		b = append(b, '-')
	}
	if l == EN {
		b = append(b, sym...)
		if last := sym[len(sym)-1]; last >= 'A' && last <= 'Z' {
			b = append(b, nbsp...)
		}
		return append(b, body...)
	}
	b = append(b, body...)
	b = append(b, nbsp...)
	return append(b, sym...)
}

// fixed rounds n half away from zero to exactly scale fraction digits.
func fixed(n num, scale int) num {
	if len(n.fpart) > scale {
		r := roundSig(num{ipart: n.ipart, fpart: n.fpart}, len(strings.TrimLeft(n.ipart, "0"))+scale)
		if n.ipart == "0" {
			r = roundFrac(n, scale)
		}
		n = r
	}
	for len(n.fpart) < scale {
		n.fpart += "0"
	}
	return n
}

func roundFrac(n num, scale int) num {
	digits := []byte(n.ipart + n.fpart[:scale])
	if n.fpart[scale] >= '5' {
		digits = incDigits(digits)
	}
	ilen := len(digits) - scale
	ip := strings.TrimLeft(string(digits[:ilen]), "0")
	if ip == "" {
		ip = "0"
	}
	return num{ipart: ip, fpart: string(digits[ilen:])}
}

// roundMaxSig rounds n to at most sig significant digits, half away from
// zero (ECMA-402 maximumSignificantDigits).
func roundMaxSig(n num, sig int) num {
	if n.ipart != "0" {
		if len(n.ipart) >= sig {
			// round the integer part itself
			digits := []byte(n.ipart)
			up := digits[sig] >= '5'
			for k := sig; k < len(digits); k++ {
				digits[k] = '0'
			}
			r := num{neg: n.neg, ipart: string(digits)}
			if up {
				r = addUlp(r, len(digits)-sig)
			}
			if len(n.ipart) == sig && n.fpart != "" && n.fpart[0] >= '5' {
				r = addUlp(num{neg: n.neg, ipart: n.ipart}, 0)
			} else if len(n.ipart) == sig {
				r = num{neg: n.neg, ipart: n.ipart}
			}
			return r
		}
		return roundSig(n, sig)
	}
	return roundSig(n, sig)
}

// addUlp adds 10^k to the integer n.
func addUlp(n num, k int) num {
	digits := []byte(n.ipart)
	head := incDigits(digits[:len(digits)-k])
	return num{neg: n.neg, ipart: string(head) + string(digits[len(digits)-k:])}
}

// AppendCompactDigits is AppendCompact keeping at most sig significant
// digits instead of ICU's default (like ECMA-402 maximumSignificantDigits):
// with sig 4, 3,493,975,903 is "3.494B", "3,494 T", "3,494 млрд". It serves
// bounds, which the default rounding would make equal.
func AppendCompactDigits(b []byte, l Lang, dec string, long bool, sig int) []byte {
	n := parseNum(dec)
	if n.malformed || sig < 1 {
		return append(b, dec...)
	}
	unit := (len(n.ipart) - 1) / 3
	if n.ipart == "0" {
		unit = 0
	}
	unit = min(unit, 4)
	s := roundMaxSig(shift(n, unit*3), sig)
	if unit < 4 && len(s.ipart) > 3 {
		unit++
		s = roundMaxSig(shift(n, unit*3), sig)
	}
	b = appendNumGroup(b, l, s, unit == 0)
	switch {
	case unit == 0:
		return b
	case !long:
		return append(b, compactShort[l][unit]...)
	case l == RU:
		return append(b, ruCompactLong[unit][ruFormIndex(s)]...)
	}
	return append(b, compactLong[l][unit]...)
}

// AppendMoneyDigits is AppendMoney in compact notation with at most sig
// significant digits: "$3.494B", "3,494 T US$", "3,494 млрд $".
func AppendMoneyDigits(b []byte, l Lang, dec, code string, sig int) []byte {
	n := parseNum(dec)
	if n.malformed {
		return append(b, dec...)
	}
	neg := n.neg
	n.neg = false
	body := AppendCompactDigits(nil, l, numString(n), false, sig)
	return appendWithSymbol(b, l, neg, body, code)
}

// incDigits adds one to the decimal digits in d, carrying, and returns the
// result (one digit longer when every digit was 9).
func incDigits(d []byte) []byte {
	i := len(d) - 1
	for ; i >= 0; i-- {
		if d[i] == '9' {
			d[i] = '0'
			continue
		}
		d[i]++
		break
	}
	if i < 0 {
		d = append([]byte{'1'}, d...)
	}
	return d
}
