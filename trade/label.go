package trade

import (
	"github.com/bilateral-go/bilateral/internal/decimal"
	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// derivedDigits is how many significant digits labels show of a derived
// figure and of its bounds.
const derivedDigits = 4

// Label returns the figure for people in the language that best matches
// tag. Money is written in compact notation with its CLDR symbol, to the
// digits it was reported with ("$4.4B", "4,4 T US$", "4,4 млрд $"); counts
// in full with their noun in the right plural form ("204,000 visitors",
// "204.000 lượt khách", "204 000 посетителей"). A qualifier comes first
// ("over $1B", "hơn 1 T US$", "более 1 млрд $"). A derived figure shows its
// point and bounds to four significant digits: "$3.548B (between $3.494B
// and $3.603B)".
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
	if f.qual == QualifierBetween { // a range: "between $3B and $4B"
		var lb, hb [64]byte
		lo := f.appendAmount(lb[:0], l, f.lo, significant(f.lo))
		hi := f.appendAmount(hb[:0], l, f.hi, significant(f.hi))
		return string(l10n.AppendBetween(b, l, lo, hi))
	}
	sig := significant(f.value)
	if f.derived {
		sig = derivedDigits
	}
	b = f.appendAmount(b, l, f.value, sig)
	if f.derived && !f.loOpen && !f.hiOpen {
		b = append(b, " ("...)
		bare := f
		bare.unit = Unit{} // counts: the noun once, after the point estimate
		if f.unit.IsCurrency() {
			bare.unit = f.unit
		}
		var lb, hb [64]byte
		lo := bare.appendAmount(lb[:0], l, f.lo.Round(derivedDigits, decimal.HalfEven), derivedDigits)
		hi := bare.appendAmount(hb[:0], l, f.hi.Round(derivedDigits, decimal.HalfEven), derivedDigits)
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

func (f Figure) appendAmount(b []byte, l l10n.Lang, v decimal.D, sig int) []byte {
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
	return append(b, countNoun(l, f.unit.code, dec)...)
}

// countNoun returns the noun of a count unit for the number dec.
func countNoun(l l10n.Lang, unit string, dec []byte) string {
	forms, ok := l10n.CountForms[unit]
	switch {
	case !ok:
		return unit
	case l == l10n.VI:
		s, _ := l10n.Units.Get(l, unit)
		return s
	case l == l10n.RU:
		switch l10n.PluralForm(l, dec) {
		case plural.One:
			return forms.RuOne
		case plural.Few:
			return forms.RuFew
		case plural.Many:
			return forms.RuMany
		}
		return forms.RuOther
	}
	if len(dec) == 1 && dec[0] == '1' {
		return forms.EnOne
	}
	return forms.EnOther
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
