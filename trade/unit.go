package trade

import (
	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Unit is what a [Figure] counts: an ISO 4217 currency ("USD", "VND",
// "RUB") or a count unit. Count units are open: one of the named units
// below ("persons", "visitors", "tonnes", …, which gather their synonyms),
// or the singular lemma of any other English noun ("company", "life",
// "visa", "memorandum"; see [CountUnit]). Unit is a small comparable value
// whose text form is the code or the count unit's name. The zero Unit
// means "no unit" (a pure number).
type Unit struct {
	code string
}

// The named count units. Other count units come from [CountUnit] or
// [ParseUnit], currencies from [ParseUnit] or [Currency].
var (
	Persons      = Unit{"persons"}
	Visitors     = Unit{"visitors"}
	Scholarships = Unit{"scholarships"}
	Tonnes       = Unit{"tonnes"}
	Barrels      = Unit{"barrels"}
	Projects     = Unit{"projects"}
	Flights      = Unit{"flights"}
	Students     = Unit{"students"}
)

var countUnits = []Unit{Persons, Visitors, Scholarships, Tonnes, Barrels, Projects, Flights, Students}

// CountUnits returns the named count units, in a fixed order.
func CountUnits() []Unit { return append([]Unit(nil), countUnits...) }

// Currency returns the Unit of an ISO 4217 currency code, validated against
// the currency list of golang.org/x/text/currency (CLDR).
func Currency(code string) (Unit, error) {
	if len(code) != 3 {
		return Unit{}, &ParseError{What: "unit", Input: code, Reason: "not an ISO 4217 currency code"}
	}
	for i := 0; i < 3; i++ {
		if code[i] < 'A' || code[i] > 'Z' {
			return Unit{}, &ParseError{What: "unit", Input: code, Reason: "not an ISO 4217 currency code"}
		}
	}
	cu, err := currency.ParseISO(code)
	if err != nil {
		return Unit{}, &ParseError{What: "unit", Input: code, Reason: "unknown ISO 4217 currency"}
	}
	return Unit{cu.String()}, nil
}

// ParseUnit reads a unit's text form: a three-letter ISO 4217 code in upper
// case, the name of a named count unit ("visitors"), or the lower-case
// singular lemma of a count noun ("company"; a form [CountUnit] would
// change, such as "companies" or "visitor", is refused). The empty string
// is the zero Unit.
func ParseUnit(s string) (Unit, error) {
	if s == "" {
		return Unit{}, nil
	}
	for _, u := range countUnits {
		if u.code == s {
			return u, nil
		}
	}
	u, _, ok := countNounUnit(s)
	ok = ok && u.code == s
	if len(s) == 3 && !ok {
		return Currency(s) // "usd": a misspelt code, not a noun
	}
	if ok {
		return u, nil
	}
	return Unit{}, &ParseError{What: "unit", Input: s, Reason: "neither an ISO 4217 code nor a count unit"}
}

// isCurrencyLower reports whether s is an ISO 4217 code in lower case.
func isCurrencyLower(s string) bool {
	var b [3]byte
	for i := 0; i < 3; i++ {
		b[i] = s[i] &^ 0x20
	}
	_, err := currency.ParseISO(string(b[:]))
	return err == nil
}

// IsCurrency reports whether u is a currency.
func (u Unit) IsCurrency() bool { return len(u.code) == 3 && u.code[0] >= 'A' && u.code[0] <= 'Z' }

// IsZero reports whether u is the zero Unit.
func (u Unit) IsZero() bool { return u.code == "" }

// String returns the ISO code or the count unit's name; "" for the zero Unit.
func (u Unit) String() string { return u.code }

// MarshalText returns the text form of u.
func (u Unit) MarshalText() ([]byte, error) { return []byte(u.code), nil }

// UnmarshalText reads u with [ParseUnit].
func (u *Unit) UnmarshalText(b []byte) error {
	v, err := ParseUnit(string(b))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// Label returns the name of u for people: for a currency its CLDR display
// name is not carried, so the ISO code is returned ("USD" in every
// language, as Vietnamese and Russian news write it); for a count unit the
// plural noun ("visitors", "lượt khách", "посетителей" — the Russian form
// used after numbers ending in 5–20).
func (u Unit) Label(tag language.Tag) string {
	if u.IsCurrency() {
		return u.code
	}
	if s, ok := l10n.Units.Get(l10n.Match(tag), u.code); ok {
		return s
	}
	return u.code
}
