package trade

import (
	"github.com/bilateral-go/bilateral/internal/decimal"
	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
)

// derivedDigits is how many significant digits labels show of a derived
// figure and of its bounds; newsDerivedDigits in the News style, where
// "about $3.55 billion" is what a reader can use.
const (
	derivedDigits     = 4
	newsDerivedDigits = 3
)

// Label returns the figure for people in the language that best matches
// tag. Money is written in compact notation with its CLDR symbol, to the
// digits it was reported with ("$4.4B", "4,4 T US$", "4,4 млрд $"); counts
// in full with their noun in the form the CLDR 48 plural rules select
// ("204,000 visitors", "204.000 lượt khách", "204 000 посетителей",
// "21 посетитель"). A qualifier comes first ("over $1B", "hơn 1 T US$",
// "более 1 млрд $"); the Russian "более", "менее" and "около" govern the
// genitive, so a count after them takes the genitive of its numeral phrase
// ("более 21 посетителя", "менее 3 проектов"), while "почти" does not
// ("почти 21 посетитель"). A range names the noun once, after its upper
// end, in the genitive "до" governs ("between 3 and 5 projects",
// "от 3 до 5 проектов"). A derived figure shows its point and bounds to
// four significant digits: "$3.548B (between $3.494B and $3.603B)".
//
// A tag with the private-use subtag "news" ("en-x-news", see the package
// doc, Labels) asks for the newsroom form: money with the scale word and
// the currency as AP, VnExpress and TASS write them ("$4.4 billion",
// "4,4 tỷ USD", "4,4 млрд долларов"; "1,2 triệu tỷ đồng"), large counts
// with a scale word when it is exact ("2.5 million visitors", "204 тыс.
// посетителей"), and a derived figure as "about" its point to three
// significant digits, trailing zeros kept: "about $3.55 billion (between
// $3.49 billion and $3.60 billion)".
func (f Figure) Label(tag language.Tag) string {
	lc := l10n.Resolve(tag)
	l := lc.Lang
	news := lc.Style == l10n.News
	var buf [160]byte
	b := buf[:0]
	if q := f.qual; q != QualifierAsReported {
		if s, ok := l10n.Qualifiers.Get(l, q.String()); ok {
			b = append(b, s...)
			b = append(b, ' ')
		}
	} else if f.derived && news {
		s, _ := l10n.Qualifiers.Get(l, QualifierAbout.String())
		b = append(b, s...)
		b = append(b, ' ')
	}
	governed := f.qual == QualifierOver || f.qual == QualifierUnder || f.qual == QualifierAbout
	if f.qual == QualifierBetween { // a range: "between $3B and $4B", "between 3 and 5 projects"
		var lb, hb [64]byte
		bare := f
		if !f.unit.IsCurrency() {
			bare.unit = Unit{}
		}
		lo := bare.appendAmount(lb[:0], lc, f.lo, significant(f.lo), false)
		hi := f.appendAmount(hb[:0], lc, f.hi, significant(f.hi), true)
		return string(l10n.AppendBetween(b, l, lo, hi))
	}
	digits := derivedDigits
	if news {
		digits = f.newsDigits()
		governed = governed || f.derived // "около 3,55 млрд долларов"
	}
	sig := significant(f.value)
	if f.derived {
		sig = digits
	}
	b = f.appendAmount(b, lc, f.value, sig, governed)
	if f.derived && !f.loOpen && !f.hiOpen {
		b = append(b, " ("...)
		bare := f
		bare.unit = Unit{} // counts: the noun once, after the point estimate
		if f.unit.IsCurrency() {
			bare.unit = f.unit
		}
		var lb, hb [64]byte
		lo := bare.appendAmount(lb[:0], lc, f.lo.Round(digits, decimal.HalfEven), digits, false)
		hi := bare.appendAmount(hb[:0], lc, f.hi.Round(digits, decimal.HalfEven), digits, false)
		b = l10n.AppendBetween(b, l, lo, hi)
		b = append(b, ')')
	}
	return string(b)
}

// newsDigits returns the significant digits the News style shows of a
// derived figure: three ("about $3.55 billion (between $3.49 billion and
// $3.60 billion)"), or as many more, up to derivedDigits, as it takes for
// the point and its bounds to read as three different numbers ("about
// 112,100 visitors (between 111,500 and 112,700)", not "112,000 (between
// 112,000 and 113,000)").
func (f Figure) newsDigits() int {
	for sig := newsDerivedDigits; sig < derivedDigits; sig++ {
		lo := f.lo.Round(sig, decimal.HalfEven)
		v := f.value.Round(sig, decimal.HalfEven)
		hi := f.hi.Round(sig, decimal.HalfEven)
		if lo.Cmp(v) != 0 && v.Cmp(hi) != 0 {
			return sig
		}
	}
	return derivedDigits
}

// significant returns the number of significant digits of d, at least 2.
func significant(d decimal.D) int {
	c := d.Coef()
	if c < 0 {
		c = -c
	}
	n := 0
	for ; c > 0; c /= 10 {
		n++
	}
	return max(n, 2)
}

// appendAmount writes v in the unit of f; governed asks for the Russian
// genitive of a count's numeral phrase.
// In the News style, the amounts of derived figures keep sig digits,
// trailing zeros too.
func (f Figure) appendAmount(b []byte, lc l10n.Locale, v decimal.D, sig int, governed bool) []byte {
	l := lc.Lang
	var db [48]byte
	if f.derived && !f.unit.IsCurrency() {
		v = v.Round(sig, decimal.HalfEven)
	}
	dec := v.Append(db[:0])
	if f.unit.IsCurrency() {
		if lc.Style == l10n.News {
			return lc.AppendMoney(b, string(dec), f.unit.code, sig, f.derived, governed)
		}
		return l10n.AppendMoneyDigits(b, l, dec, f.unit.code, sig)
	}
	n, ok := l10n.CountForms[f.unit.code]
	if ok && lc.Style == l10n.News {
		return lc.AppendCount(b, string(dec), n, governed)
	}
	if f.unit.IsZero() {
		return lc.AppendNumber(b, string(dec))
	}
	b = l10n.AppendDecimal(b, l, dec)
	b = append(b, ' ')
	if ok {
		return append(b, n.Form(l, string(dec), governed)...)
	}
	return append(b, f.unit.code...)
}

// Label returns the rate for people as a percentage with the decimals it
// was reported with, or one decimal for derived rates: "8.3%", "8,3%",
// "8,3 %". With the private-use subtag "news" in tag no language puts a
// space before "%" ("8,3%", as TASS prints it); a rate does not know
// whether it is a change or a share, so the verb of a change ("tăng 24%",
// "рост на 24%") is [GrowthLabel]'s.
func (r Rate) Label(tag language.Tag) string {
	v := r.value
	if r.derived {
		v = v.RoundExp(-1, decimal.HalfEven)
	}
	return string(l10n.Resolve(tag).AppendPercent(make([]byte, 0, 16), v.String()))
}

// GrowthLabel returns the phrase for a change r to the level f: "up 24% to
// $4.4B", "tăng 24% lên 4,4 T US$", "рост на 24 % до 4,4 млрд $"; a zero
// Figure gives the change alone. With the private-use subtag "news" in
// tag: "up 24% to $4.4 billion", "tăng 24% lên 4,4 tỷ USD", "рост на 24% до
// 4,4 млрд долларов".
func GrowthLabel(tag language.Tag, r Rate, f Figure) string {
	l := l10n.Match(tag)
	neg := r.value.Sign() < 0
	abs := r
	abs.value = r.value.Abs()
	level := ""
	if f != (Figure{}) {
		level = f.Label(tag)
	}
	return string(l10n.AppendGrowth(nil, l, neg, abs.Label(tag), level))
}

// Label returns the period for people in the language that best matches
// tag, by the CLDR 48 patterns of its shape: a year "2024"; whole years by
// the y interval ("2021 – 2025" with U+2009 in English, "2021–2025"); a
// quarter by yQQQQ ("3rd quarter 2024", "Quý 3 năm 2024", "3-й квартал
// 2024 г."); a month by yMMMM ("September 2024", "tháng 9 năm 2024",
// "сентябрь 2024 г."); the first N months and any other range as the
// yMMMM interval of its months ("January – September 2024", "tháng 1 –
// tháng 9 năm 2024", "январь – сентябрь 2024 г."). Russian writes U+202F
// before "г.". The zero Period gives "".
//
// With the private-use subtag "news" in tag the period is written as
// statistical offices are quoted in the news: "Q3 2024", "quý III/2024",
// "III квартал 2024 года"; "the first nine months of 2024", "9 tháng đầu
// năm 2024", "январь – сентябрь 2024 года"; "the first half of 2024", "6
// tháng đầu năm 2024", "первое полугодие 2024 года"; "2024", "năm 2024",
// "2024 год".
func (p Period) Label(tag language.Tag) string {
	if p.IsZero() {
		return ""
	}
	y1, m1 := p.Start()
	y2, m2 := p.End()
	var buf [96]byte
	return string(l10n.Resolve(tag).AppendPeriod(buf[:0], y1, m1, y2, m2))
}
