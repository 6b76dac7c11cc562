package l10n

import "golang.org/x/text/feature/plural"

// Noun is a countable noun in every form a number selects in the three
// languages. English takes the singular for CLDR plural category one and
// the plural otherwise ("1 clause", "2 clauses"); Vietnamese nouns do not
// change ("1 điều khoản", "2 điều khoản"). Russian takes, by CLDR category,
// the nominative singular for one ("1 положение", "21 положение"), the
// genitive singular for few ("22 положения"), the genitive plural for many
// ("25 положений") and the genitive singular for other, the fractions
// ("2,5 тонны"). After a preposition that governs the genitive ("около",
// "более", "менее", "от", "до") the whole numeral phrase is in the genitive:
// the genitive singular for one ("более 21 посетителя"), the genitive plural
// for few and many ("более 2 человек", "менее 3 проектов"), the genitive
// singular still for fractions ("около 2,5 тонны").
//
// The zero Noun is empty in every form.
type Noun struct {
	EnOne, EnOther       string // English singular and plural
	Vi                   string // Vietnamese, for every number
	RuOne, RuFew, RuMany string // Russian after one, few and many numbers: "1 положение", "2 положения", "5 положений"
	RuOther              string // Russian after fractions: the genitive singular
	RuGenOne, RuGenOther string // Russian genitive singular and plural, for governed phrases
}

// Form returns the form of n that follows the number dec (a plain decimal,
// "21" or "2.5") in l, chosen by the CLDR 48 cardinal plural rules; with
// governed the Russian form is that of a numeral phrase in the genitive
// (after "около", "более", "менее"). English and Vietnamese ignore governed.
func (n Noun) Form(l Lang, dec string, governed bool) string {
	f := PluralForm(l, dec)
	switch l {
	case VI:
		return n.Vi
	case RU:
		switch {
		case f == plural.One && governed:
			return n.RuGenOne
		case f == plural.One:
			return n.RuOne
		case f == plural.Few && governed, f == plural.Many && governed:
			return n.RuGenOther
		case f == plural.Few:
			return n.RuFew
		case f == plural.Many:
			return n.RuMany
		}
		return n.RuOther
	}
	if f == plural.One {
		return n.EnOne
	}
	return n.EnOther
}

// AppendCount appends the number dec with the separators of l and n in the
// form it selects: "21 clauses", "21 điều khoản", "21 положение"; with
// governed, the Russian genitive phrase ("21 положения", to follow "более").
func AppendCount(b []byte, l Lang, dec string, n Noun, governed bool) []byte {
	b = AppendDecimal(b, l, dec)
	b = append(b, ' ')
	return append(b, n.Form(l, dec, governed)...)
}
