package l10n

import (
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

// maxDigits bounds the digits of a number the formatters handle; longer
// decimals are written back unformatted.
const maxDigits = 64

// num is a parsed plain decimal held in a fixed array, so that formatting
// does not allocate: digits d[:n], the first ip of them the integer part
// (no leading zeros but a single "0"), the rest the fraction (no trailing
// zeros).
type num struct {
	neg       bool
	malformed bool
	ip, n     int
	d         [maxDigits]byte
}

// parseNum reads a plain decimal from a string or a byte slice.
func parseNum[T string | []byte](dec T) num {
	var x num
	i := 0
	if len(dec) > 0 && (dec[0] == '-' || dec[0] == '+') {
		x.neg = dec[0] == '-'
		i = 1
	}
	// Integer digits, skipping leading zeros.
	for i < len(dec)-1 && dec[i] == '0' && dec[i+1] != '.' {
		i++
	}
	seenDot := false
	for ; i < len(dec); i++ {
		c := dec[i]
		switch {
		case c >= '0' && c <= '9':
			if x.n == maxDigits {
				x.malformed = true
				return x
			}
			x.d[x.n] = c
			x.n++
			if !seenDot {
				x.ip++
			}
		case c == '.' && !seenDot:
			seenDot = true
		default:
			x.malformed = true
			return x
		}
	}
	if x.ip == 0 { // ".5" or ""
		if x.n == maxDigits {
			x.malformed = true
			return x
		}
		copy(x.d[1:], x.d[:x.n])
		x.d[0] = '0'
		x.ip, x.n = 1, x.n+1
	}
	x.normalize()
	return x
}

func (x *num) isZero() bool { return x.n == 1 && x.d[0] == '0' }

// intZero reports whether the integer part is 0.
func (x *num) intZero() bool { return x.ip == 1 && x.d[0] == '0' }

// normalize drops leading zeros of the integer part and trailing zeros of
// the fraction.
func (x *num) normalize() {
	lead := 0
	for lead < x.ip-1 && x.d[lead] == '0' {
		lead++
	}
	if lead > 0 {
		copy(x.d[:], x.d[lead:x.n])
		x.ip -= lead
		x.n -= lead
	}
	for x.n > x.ip && x.d[x.n-1] == '0' {
		x.n--
	}
	if x.isZero() {
		x.neg = false
	}
}

// increment adds one unit in the last place of d[:k], carrying; it reports
// whether a carry came out of the first digit.
func increment(d []byte) bool {
	for i := len(d) - 1; i >= 0; i-- {
		if d[i] == '9' {
			d[i] = '0'
			continue
		}
		d[i]++
		return false
	}
	return true
}

// carryOut makes room for a leading "1" after a carry out of the first
// digit.
func (x *num) carryOut() {
	if x.n+1 > maxDigits {
		x.malformed = true
		return
	}
	copy(x.d[1:], x.d[:x.n])
	x.d[0] = '1'
	x.ip++
	x.n++
}

// roundFrac keeps at most keep fraction digits, rounding half away from
// zero.
func (x num) roundFrac(keep int) num {
	if x.n-x.ip <= keep {
		return x
	}
	up := x.d[x.ip+keep] >= '5'
	x.n = x.ip + keep
	if up && increment(x.d[:x.n]) {
		x.carryOut()
	}
	x.normalize()
	return x
}

// roundSig rounds to at least minSig significant digits and no fraction
// digits beyond them (ECMA-402 compact rounding: "morePrecision" of 0
// fraction digits and 2 significant digits), half away from zero.
func (x num) roundSig(minSig int) num {
	keep := 0
	if x.intZero() {
		z := 0
		for x.ip+z < x.n && x.d[x.ip+z] == '0' {
			z++
		}
		keep = z + minSig
	} else if x.ip < minSig {
		keep = minSig - x.ip
	}
	return x.roundFrac(keep)
}

// roundMaxSig rounds to at most sig significant digits, half away from
// zero (ECMA-402 maximumSignificantDigits).
func (x num) roundMaxSig(sig int) num {
	if x.intZero() || x.ip < sig {
		return x.roundSig(sig)
	}
	up := x.n > sig && x.d[sig] >= '5'
	for i := sig; i < x.ip; i++ {
		x.d[i] = '0'
	}
	x.n = x.ip
	if up && increment(x.d[:sig]) {
		x.carryOut()
	}
	x.normalize()
	return x
}

// shift divides x by 10^k.
func (x num) shift(k int) num {
	if k <= 0 {
		return x
	}
	if k < x.ip {
		x.ip -= k
		x.normalize()
		return x
	}
	zeros := k - x.ip + 1
	if x.n+zeros > maxDigits {
		x.malformed = true
		return x
	}
	copy(x.d[zeros:], x.d[:x.n])
	for i := 0; i < zeros; i++ {
		x.d[i] = '0'
	}
	x.n += zeros
	x.ip = 1
	x.normalize()
	return x
}

// pad writes exactly scale fraction digits, rounding or adding zeros.
func (x num) pad(scale int) num {
	x = x.roundFrac(scale)
	for x.n-x.ip < scale && x.n < maxDigits {
		x.d[x.n] = '0'
		x.n++
	}
	return x
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

// appendNum writes x with the separators of l; group says whether to
// group the integer digits (CLDR compact patterns do not: "1000T").
func appendNum(b []byte, l Lang, x *num, group bool) []byte {
	if x.neg {
		b = append(b, '-')
	}
	g := groupSep(l)
	for i := 0; i < x.ip; i++ {
		if group && i > 0 && (x.ip-i)%3 == 0 {
			b = append(b, g...)
		}
		b = append(b, x.d[i])
	}
	if x.n > x.ip {
		b = append(b, decimalSep(l))
		b = append(b, x.d[x.ip:x.n]...)
	}
	return b
}

// AppendDecimal appends the plain decimal dec ("-1234.5") with the grouping
// and decimal separators of l: "-1,234.5", "-1.234,5", "-1 234,5". Every
// digit given is written; round first. A malformed dec is appended as is.
func AppendDecimal[T string | []byte](b []byte, l Lang, dec T) []byte {
	x := parseNum(dec)
	if x.malformed {
		return append(b, dec...)
	}
	return appendNum(b, l, &x, true)
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

// compact picks the compact unit of x (0 none, 1 thousand … 4 trillion)
// and returns x scaled to it and rounded: with sig 0 as ICU rounds by
// default (at least two significant digits), else to at most sig digits.
func compact(x num, sig int) (num, int) {
	round := func(y num) num {
		if sig > 0 {
			return y.roundMaxSig(sig)
		}
		return y.roundSig(2)
	}
	unit := 0
	if !x.intZero() {
		unit = min((x.ip-1)/3, 4)
	}
	s := round(x.shift(unit * 3))
	if unit < 4 && s.ip > 3 { // 999.95K rounds to 1000K: move up a unit
		unit++
		s = round(x.shift(unit * 3))
	}
	return s, unit
}

// appendCompact writes x in compact notation.
func appendCompact(b []byte, l Lang, x num, long bool, sig int) []byte {
	s, unit := compact(x, sig)
	b = appendNum(b, l, &s, unit == 0)
	switch {
	case unit == 0:
		return b
	case !long:
		return append(b, compactShort[l][unit]...)
	case l == RU:
		return append(b, ruCompactLong[unit][ruFormIndex(&s)]...)
	}
	return append(b, compactLong[l][unit]...)
}

// AppendCompact appends dec in compact notation, short ("4.4B", "4,4 T",
// "4,4 млрд") or long ("4.4 billion", "4,4 tỷ", "4,4 миллиарда"), rounded
// as ICU rounds by default: to whole units, but to at least two significant
// digits, half away from zero ("3.5B" for 3,548,387,096; "204K").
func AppendCompact(b []byte, l Lang, dec string, long bool) []byte {
	x := parseNum(dec)
	if x.malformed {
		return append(b, dec...)
	}
	return appendCompact(b, l, x, long, 0)
}

// AppendCompactDigits is AppendCompact keeping at most sig significant
// digits instead of ICU's default (like ECMA-402 maximumSignificantDigits):
// with sig 4, 3,493,975,903 is "3.494B", "3,494 T", "3,494 млрд". It serves
// bounds, which the default rounding would make equal.
func AppendCompactDigits(b []byte, l Lang, dec string, long bool, sig int) []byte {
	x := parseNum(dec)
	if x.malformed || sig < 1 {
		return append(b, dec...)
	}
	return appendCompact(b, l, x, long, sig)
}

// ruFormIndex maps the plural form of x in Russian to 0 one, 1 few, 2 many,
// 3 other.
func ruFormIndex(x *num) int {
	switch pluralOf(RU, x) {
	case plural.One:
		return 0
	case plural.Few:
		return 1
	case plural.Many:
		return 2
	}
	return 3
}

// PluralForm returns the CLDR cardinal plural category of dec in l, by
// golang.org/x/text/feature/plural: Russian 1 → One, 2 → Few, 5 → Many,
// 21 → One, 4.4 → Other; English 1 → One, else Other; Vietnamese Other.
func PluralForm[T string | []byte](l Lang, dec T) plural.Form {
	x := parseNum(dec)
	if x.malformed {
		return plural.Other
	}
	return pluralOf(l, &x)
}

func pluralOf(l Lang, x *num) plural.Form {
	// The rules look at the last digits of the integer part only.
	i := 0
	for k := max(0, x.ip-9); k < x.ip; k++ {
		i = i*10 + int(x.d[k]-'0')
	}
	if x.ip > 9 {
		i = i%1000000 + 1000000
	}
	f := 0
	v := x.n - x.ip
	for k := x.ip; k < x.n && k < x.ip+9; k++ {
		f = f*10 + int(x.d[k]-'0')
	}
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
	x := parseNum(dec)
	if x.malformed {
		return append(b, dec...)
	}
	neg := x.neg
	x.neg = false
	var buf [96]byte
	var body []byte
	if compact {
		body = appendCompact(buf[:0], l, x, false, 0)
	} else {
		scale := 2
		if cu, err := currency.ParseISO(code); err == nil {
			scale, _ = currency.Standard.Rounding(cu)
		}
		y := x.pad(scale)
		body = appendNum(buf[:0], l, &y, true)
	}
	return appendWithSymbol(b, l, neg, body, code)
}

// AppendMoneyDigits is AppendMoney in compact notation with at most sig
// significant digits: "$3.494B", "3,494 T US$", "3,494 млрд $".
func AppendMoneyDigits[T string | []byte](b []byte, l Lang, dec T, code string, sig int) []byte {
	x := parseNum(dec)
	if x.malformed || sig < 1 {
		return append(b, dec...)
	}
	neg := x.neg
	x.neg = false
	var buf [96]byte
	return appendWithSymbol(b, l, neg, appendCompact(buf[:0], l, x, false, sig), code)
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
