// Package l10n is the one place that knows how the module speaks to people:
// the Vietnamese, Russian and English wording of every enum, and the CLDR
// rules for dates, numbers, plurals and ordinals.
//
// Callers pick a [Lang] with [Match] once per call and then read tables; no
// function here allocates except those that build a new string.
//
// # Numbers and nouns
//
// Wherever a number meets a noun the form of the noun comes from the CLDR 48
// cardinal plural rules through [PluralForm] (golang.org/x/text/feature/plural):
// counts by [Noun.Form] and [AppendCount] ("1 clause", "21 положение",
// "22 положения", "25 положений"; Vietnamese has no plural), the long
// compact units of [AppendCompact] ("21 тысяча", "22 миллиона"). Numbers
// before calendar words (days, months, years, quarters) and ordinals
// ([AppendOrdinal], [AppendAnniversary]) do not inflect the noun.
//
// # Styles
//
// The package functions write CLDR 48. A tag can ask for the form
// newsrooms print instead with the BCP 47 private-use subtag "news"
// ("vi-x-news"): [Resolve] reads the language and the [Style] of a tag
// without allocating, and the methods of the [Locale] it returns write
// dates, ranges, periods, money, counts and percentages in that style,
// each citing the style book or newsroom practice it follows (news.go).
// Tables of enum wording are the same in both styles.
package l10n

import "golang.org/x/text/language"

// Lang is one of the three languages the module writes. The zero value is
// English, the fallback for every tag that matches neither Vietnamese nor
// Russian.
type Lang uint8

// The supported languages, in the order of the columns of a [Table].
const (
	EN Lang = iota // English (en)
	VI             // Vietnamese (vi)
	RU             // Russian (ru)
)

// String returns the BCP 47 code of l: "en", "vi" or "ru".
func (l Lang) String() string {
	switch l {
	case VI:
		return "vi"
	case RU:
		return "ru"
	}
	return "en"
}

// Tag returns the language tag of l.
func (l Lang) Tag() language.Tag { return supported[l] }

var supported = []language.Tag{language.English, language.Vietnamese, language.Russian}

var matcher = language.NewMatcher(supported)

var (
	baseEN = language.MustParseBase("en")
	baseVI = language.MustParseBase("vi")
	baseRU = language.MustParseBase("ru")
)

// Match returns the supported language that best serves tag, by
// [language.Matcher]: "vi-VN" gives VI, "ru-RU" gives RU, and tags that match
// neither with at least high confidence ("fr", "und", "zh") give EN.
// Match does not allocate for the common tags.
func Match(tag language.Tag) Lang {
	switch tag {
	case language.English, language.AmericanEnglish, language.BritishEnglish, language.Und:
		return EN
	case language.Vietnamese:
		return VI
	case language.Russian:
		return RU
	}
	// Any tag whose language is Vietnamese, Russian or English, whatever its
	// region or script, is that language: no matcher call, no allocation.
	base, conf := tag.Base()
	switch {
	case conf != language.Exact:
	case base == baseVI:
		return VI
	case base == baseRU:
		return RU
	case base == baseEN:
		return EN
	}
	_, i, conf := matcher.Match(tag)
	if conf < language.High {
		return EN
	}
	return Lang(i)
}

// Table maps a stable English identifier (the String form of an enum value)
// to its label in each [Lang], indexed by Lang.
type Table map[string][3]string

// Get returns the label of id in l. It reports false when the table has no
// entry for id or the entry is empty in l, so that callers can fall back to
// the identifier and tests can find gaps.
func (t Table) Get(l Lang, id string) (string, bool) {
	e, ok := t[id]
	if !ok || int(l) >= len(e) || e[l] == "" {
		return "", false
	}
	return e[l], true
}
