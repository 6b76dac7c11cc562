package trade

import (
	"github.com/bilateral-go/bilateral/internal/decimal"
	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
)

// derivedDigits is how many significant digits labels show of a derived
// figure and of its bounds.
const derivedDigits = 4

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
func (f Figure) Label(tag language.Tag) string {
	l := l10n.Match(tag)
	var buf [160]byte
	b := buf[:0]
	if q := f.qual; q != QualifierAsReported {
		if s, ok := l10n.Qualifiers.Get(l, q.String()); ok {
			b = append(b, s...)
			b = append(b, ' ')
		}
	}
	governed := f.qual == QualifierOver || f.qual == QualifierUnder || f.qual == QualifierAbout
	if f.qual == QualifierBetween { // a range: "between $3B and $4B", "between 3 and 5 projects"
		var lb, hb [64]byte
		bare := f
		if !f.unit.IsCurrency() {
			bare.unit = Unit{}
		}
		lo := bare.appendAmount(lb[:0], l, f.lo, significant(f.lo), false)
		hi := f.appendAmount(hb[:0], l, f.hi, significant(f.hi), true)
		return string(l10n.AppendBetween(b, l, lo, hi))
	}
	sig := significant(f.value)
	if f.derived {
		sig = derivedDigits
	}
	b = f.appendAmount(b, l, f.value, sig, governed)
	if f.derived && !f.loOpen && !f.hiOpen {
		b = append(b, " ("...)
		bare := f
		bare.unit = Unit{} // counts: the noun once, after the point estimate
		if f.unit.IsCurrency() {
			bare.unit = f.unit
		}
		var lb, hb [64]byte
		lo := bare.appendAmount(lb[:0], l, f.lo.Round(derivedDigits, decimal.HalfEven), derivedDigits, false)
		hi := bare.appendAmount(hb[:0], l, f.hi.Round(derivedDigits, decimal.HalfEven), derivedDigits, false)
		b = l10n.AppendBetween(b, l, lo, hi)
		b = append(b, ')')
	}
	return string(b)
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
func (f Figure) appendAmount(b []byte, l l10n.Lang, v decimal.D, sig int, governed bool) []byte {
	var db [48]byte
	if f.derived && !f.unit.IsCurrency() {
		v = v.Round(sig, decimal.HalfEven)
	}
	dec := v.Append(db[:0])
	if f.unit.IsCurrency() {
		return l10n.AppendMoneyDigits(b, l, dec, f.unit.code, sig)
	}
	b = l10n.AppendDecimal(b, l, dec)
	if f.unit.IsZero() {
		return b
	}
	b = append(b, ' ')
	if n, ok := l10n.CountForms[f.unit.code]; ok {
		return append(b, n.Form(l, string(dec), governed)...)
	}
	return append(b, f.unit.code...)
}

// Label returns the rate for people as a percentage with the decimals it
// was reported with, or one decimal for derived rates: "8.3%", "8,3%",
// "8,3 %".
func (r Rate) Label(tag language.Tag) string {
	l := l10n.Match(tag)
	v := r.value
	if r.derived {
		v = v.RoundExp(-1, decimal.HalfEven)
	}
	return string(l10n.AppendPercent(make([]byte, 0, 16), l, v.String()))
}

// GrowthLabel returns the phrase for a change r to the level f: "up 24% to
// $4.4B", "tăng 24% lên 4,4 T US$", "рост на 24 % до 4,4 млрд $"; a zero
// Figure gives the change alone.
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
func (p Period) Label(tag language.Tag) string {
	if p.IsZero() {
		return ""
	}
	y1, m1 := p.Start()
	y2, m2 := p.End()
	var buf [96]byte
	return string(l10n.AppendPeriod(buf[:0], l10n.Match(tag), y1, m1, y2, m2))
}
