package trade

import (
	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// Unit is what a [Figure] counts: an ISO 4217 currency ("USD", "VND",
// "RUB") or one of a closed set of count units ("persons", "visitors",
// "scholarships", "tonnes", "barrels", "projects"). Unit is a small
// comparable value whose text form is the code or the count unit's name.
// The zero Unit means "no unit" (a pure number).
type Unit struct {
	code string
}

// The count units. Currencies come from [ParseUnit] or [Currency].
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

// CountUnits returns every count unit, in a fixed order.
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
// case, or the name of a count unit ("visitors"). The empty string is the
// zero Unit.
func ParseUnit(s string) (Unit, error) {
	if s == "" {
		return Unit{}, nil
	}
	for _, u := range countUnits {
		if u.code == s {
			return u, nil
		}
	}
	if len(s) == 3 {
		return Currency(s)
	}
	return Unit{}, &ParseError{What: "unit", Input: s, Reason: "neither an ISO 4217 code nor a count unit"}
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
