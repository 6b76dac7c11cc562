package trade

import (
	"encoding/binary"
	"strings"

	"github.com/bilateral-go/bilateral/internal/textlang"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// FigureOptions changes how [ExtractFiguresWith] and [ParseFigureWith]
// read figures. The zero FigureOptions is the default of [ExtractFigures]
// and [ParseFigure].
type FigureOptions struct {
	// Dollar is the currency of a bare "$" and of "dollars" without a
	// country: USD when zero (currency.XXX). Australian, Canadian,
	// Singaporean, … writers mean their own dollar: pass currency.AUD,
	// currency.CAD, currency.SGD. "US$", "US dollars", "A$" and the other
	// prefixed forms are not affected.
	Dollar currency.Unit

	// Language is the language of the text ExtractFiguresWith reads:
	// English, Vietnamese or Russian (by its base language; any other
	// reads as English). The zero Tag (language.Und) means: detect it from
	// the text, once for the whole text. It sets the words of figures and
	// the number conventions: Vietnamese "4,4" and "204.000", Russian "4,4"
	// and "204 000". ParseFigureWith reads English only.
	Language language.Tag
}

// detectSample is how much of a text tells its language.
const detectSample = 16 << 10

// mayBeForeign reports whether s has a byte that starts a Cyrillic letter
// (U+0400–U+04FF) or a letter only Vietnamese writes (ă, đ, ơ, ư and
// U+1EA0–U+1EF9): without one, [textlang.Detect] says English.
func mayBeForeign(s string) bool {
	i := 0
	// Eight bytes at a time while they are ASCII: most English text is.
	for ; i+8 <= len(s); i += 8 {
		if binary.LittleEndian.Uint64([]byte(s[i:i+8]))&0x8080808080808080 == 0 {
			continue
		}
		for _, c := range []byte(s[i : i+8]) {
			if foreignLead(c) {
				return true
			}
		}
	}
	for ; i < len(s); i++ {
		if foreignLead(s[i]) {
			return true
		}
	}
	return false
}

// foreignLead reports whether c is a byte mayBeForeign looks for.
func foreignLead(c byte) bool {
	switch c {
	case 0xC4, 0xC6, 0xD0, 0xD1, 0xD2, 0xD3, 0xE1:
		return true
	}
	return false
}

// textLang returns the language o names, or detects that of text.
func (o *FigureOptions) textLang(text string) textlang.Lang {
	if o.Language == language.Und {
		if len(text) > detectSample {
			text = text[:detectSample]
		}
		if !mayBeForeign(text) {
			return textlang.English
		}
		return textlang.Detect(text)
	}
	b, _ := o.Language.Base()
	l, _ := textlang.Parse(b.String())
	return l
}

// dollar returns the unit of a bare "$".
func (o *FigureOptions) dollar() Unit {
	if o == nil || o.Dollar == currency.XXX {
		return usd
	}
	return Unit{o.Dollar.String()}
}

var usd = Unit{"USD"}

// currencySymbols are the prefixes read as a currency, longest first where
// one is a prefix of another. "¥" is read as JPY, its CLDR symbol in
// English (CNY writes "CN¥" or "RMB"); "$" is the caller's dollar
// ([FigureOptions]). "Rs" and "R" are read only before a number, "R" only
// directly before a digit ("R5 billion", rand).
var currencySymbols = []struct{ sym, code string }{
	{"US$", "USD"}, {"AU$", "AUD"}, {"A$", "AUD"}, {"C$", "CAD"}, {"S$", "SGD"}, {"HK$", "HKD"}, {"NZ$", "NZD"},
	{"CN¥", "CNY"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₩", "KRW"}, {"₹", "INR"}, {"₫", "VND"}, {"₽", "RUB"},
	{"Rs.", "INR"}, {"Rs", "INR"},
}

// dollarAfterSign are the letters written after "$" that name whose
// dollar it is ("$NZ", "$A", "$US"), read only directly before a digit.
var dollarAfterSign = []struct{ sym, code string }{
	{"US", "USD"}, {"NZ", "NZD"}, {"AU", "AUD"}, {"A", "AUD"}, {"C", "CAD"}, {"HK", "HKD"}, {"S", "SGD"},
}

// currencyPrefix returns the currency unit of the symbol s starts with and
// the symbol's length in bytes, or n 0. A bare "$" is the caller's dollar.
func currencyPrefix(s string, o *FigureOptions) (u Unit, n int) {
	if s == "" {
		return Unit{}, 0
	}
	switch s[0] {
	case '$':
		// "$NZ750 million ($A685 million)", "$US20 million": Australian and
		// New Zealand copies write the country after the sign, directly
		// before the number.
		for _, c := range dollarAfterSign {
			if strings.HasPrefix(s[1:], c.sym) && len(s) > 1+len(c.sym) && isDigitB(s[1+len(c.sym)]) {
				return Unit{c.code}, 1 + len(c.sym)
			}
		}
		return o.dollar(), 1
	case 'R':
		if len(s) > 1 && isDigitB(s[1]) {
			return Unit{"ZAR"}, 1
		}
		fallthrough
	case 'U', 'A', 'C', 'S', 'H', 'N', 0xE2, 0xC2:
		for _, c := range currencySymbols {
			if strings.HasPrefix(s, c.sym) {
				return Unit{c.code}, len(c.sym)
			}
		}
	}
	return Unit{}, 0
}

// codeUnit returns the unit of an upper-case three-letter currency code:
// any ISO 4217 code golang.org/x/text/currency knows, and "RMB" for CNY.
func codeUnit(w string) (Unit, bool) {
	if !isUpper3(w) {
		return Unit{}, false
	}
	if w == "RMB" {
		return Unit{"CNY"}, true
	}
	u, err := Currency(w)
	return u, err == nil
}

// The currency names read after a number ("4.4 billion dollars", "500
// crore rupees", in any case but all capitals: "13.8 Trillion Won") are
// the currency entries of words/en.txt; "dollars" alone is the caller's
// dollar; "pounds" is sterling. dollarCountries are the words before
// "dollars" that name the country.
var dollarCountries = map[string]string{
	"US": "USD", "U.S.": "USD", "American": "USD", "Australian": "AUD", "Canadian": "CAD", "Singapore": "SGD",
	"Singaporean": "SGD", "Kong": "HKD", "Zealand": "NZD", "Taiwan": "TWD", "Taiwanese": "TWD",
}

// pesoCountries name the peso: "pesos" alone is the Philippine peso, the
// one of the region the package's texts come from.
var pesoCountries = map[string]string{
	"Philippine": "PHP", "Mexican": "MXN", "Argentine": "ARS", "Chilean": "CLP", "Colombian": "COP",
}

// currencyNameAt reads a currency name at s[i:] (after the space that
// follows a number): "dollars", "US dollars", "Hong Kong dollars",
// "pounds sterling". It returns the unit and the end of the name, or end
// 0.
func currencyNameAt(s string, i int, o *FigureOptions) (Unit, int) {
	if hasPrefixAt(s, i, "U.S. dollars") {
		return usd, i + len("U.S. dollars")
	}
	e := letterEnd(s, i)
	if e == i || e < len(s) && isAlnumB(s[e]) {
		return Unit{}, 0
	}
	w := s[i:e]
	if en, ok := currencyNameIndex.lookup(w); ok && (w[0] >= 'a' || e-i < 2 || w[1] >= 'a') {
		// Any case but all capitals: "Won", "won", not "WON".
		if en.dollar {
			return o.dollar(), e
		}
		if (w == "pounds" || w == "Pounds") && hasPrefixAt(s, e, " sterling") {
			e += len(" sterling")
		}
		return en.unit, e
	}
	if w == "Hong" || w == "New" {
		w2, e2 := wordAt(s, e)
		if w == "Hong" && w2 != "Kong" || w == "New" && w2 != "Zealand" {
			return Unit{}, 0
		}
		w, e = w2, e2
	} else if w == "Kong" || w == "Zealand" {
		return Unit{}, 0
	}
	if code, ok := dollarCountries[w]; ok {
		if w2, e2 := wordAt(s, e); w2 == "dollars" || w2 == "dollar" {
			return Unit{code}, e2
		}
	}
	if code, ok := pesoCountries[w]; ok {
		if w2, e2 := wordAt(s, e); w2 == "pesos" || w2 == "peso" {
			return Unit{code}, e2
		}
	}
	return Unit{}, 0
}

// currencyNameIndex holds the currency names of words/en.txt.
var currencyNameIndex = newFoldIndex(enLexicon.currency.exact)

// wordAt returns the word of letters after one space at pos, and its end.
func wordAt(s string, pos int) (string, int) {
	if pos >= len(s) || s[pos] != ' ' {
		return "", pos
	}
	e := letterEnd(s, pos+1)
	if e == pos+1 || e < len(s) && isDigitB(s[e]) {
		return "", pos
	}
	return s[pos+1 : e], e
}
