package trade

import (
	"bytes"
	"sync"

	"github.com/bilateral-go/bilateral/internal/textlang"
)

// maxNounLen bounds the nouns read as count units, in bytes.
const maxNounLen = 32

// namedNouns maps English nouns, singular and plural, to the named count
// units: they gather synonyms under one unit ("tourists" and "arrivals" are
// [Visitors]; "people" and "citizens" are [Persons]). They are the noun
// entries of words/en.txt.
var namedNouns = lexiconOf(textlang.English).noun.exact

// namedUnitOf maps the English lemma of a word file's noun entry to its
// named unit; any other lemma is its own unit.
var namedUnitOf = map[string]Unit{
	"person": Persons, "visitor": Visitors, "scholarship": Scholarships, "tonne": Tonnes, "barrel": Barrels,
	"project": Projects, "flight": Flights, "student": Students,
}

// irregularPlurals maps plurals that the regular rules of [lemma] get wrong
// to their singular.
var irregularPlurals = map[string]string{
	"men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth", "geese": "goose", "mice": "mouse",
	"lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf", "halves": "half", "shelves": "shelf",
	"wolves": "wolf", "thieves": "thief", "loaves": "loaf", "calves": "calf", "selves": "self",
	"memoranda": "memorandum", "curricula": "curriculum", "criteria": "criterion", "phenomena": "phenomenon",
	"bacteria": "bacterium", "strata": "stratum", "alumni": "alumnus", "stimuli": "stimulus", "nuclei": "nucleus",
	"fungi": "fungus", "radii": "radius", "indices": "index", "appendices": "appendix", "matrices": "matrix",
	"analyses": "analysis", "crises": "crisis", "theses": "thesis", "hypotheses": "hypothesis", "diagnoses": "diagnosis",
	"syntheses": "synthesis", "oases": "oasis", "axes": "axis",
	"heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "echoes": "echo", "vetoes": "veto",
	"embargoes": "embargo", "torpedoes": "torpedo", "volcanoes": "volcano",
	"buses": "bus", "gases": "gas", "aliases": "alias", "atlases": "atlas", "canvases": "canvas",
	"movies": "movie", "cookies": "cookie", "calories": "calorie", "ties": "tie", "lies": "lie", "pies": "pie",
	"sorties": "sortie", "prairies": "prairie", "rookies": "rookie", "zombies": "zombie", "selfies": "selfie",
	"uses": "use", "abuses": "abuse", "excuses": "excuse", "fuses": "fuse", "muses": "muse", "ruses": "ruse",
	"misuses": "misuse", "recluses": "recluse",
	"series": "series", "species": "species", "sheep": "sheep", "deer": "deer", "aircraft": "aircraft",
	"headquarters": "headquarters", "means": "means", "barracks": "barracks", "crossroads": "crossroads",
}

// irregularSingulars holds the singulars of irregularPlurals, which the
// regular rules must leave as they are ("gas", "bus", "crisis"), each
// mapped to itself so that a lookup yields a static string.
var irregularSingulars = func() map[string]string {
	m := make(map[string]string, len(irregularPlurals))
	for _, s := range irregularPlurals {
		m[s] = s
	}
	return m
}()

// notNouns are words ending in "s" that are not plural nouns, and nouns
// that measure time, repetition or money rather than count things: a number
// before them is not a count ("in 32 years", "3 times", "5 dollars" is
// money).
var notNouns = map[string]bool{
	"is": true, "was": true, "has": true, "its": true, "this": true, "us": true, "his": true, "as": true, "thus": true,
	"does": true, "yes": true, "less": true, "plus": true, "minus": true, "versus": true, "across": true,
	"always": true, "perhaps": true, "towards": true, "besides": true, "whereas": true, "afterwards": true,
	"unless": true, "hers": true, "ours": true, "yours": true, "theirs": true, "whose": true, "alas": true,
	"nevertheless": true, "regardless": true, "nonetheless": true, "sometimes": true, "otherwise": true,
	// time, repetition, age
	"year": true, "month": true, "week": true, "day": true, "hour": true, "minute": true, "second": true,
	"decade": true, "century": true, "millennium": true, "night": true, "time": true, "fold": true,
	"am": true, "pm": true, "percent": true, "cent": true, "point": true, "percentage": true,
	// currency names: money, not counts
	"dollar": true, "euro": true, "pound": true, "yen": true, "yuan": true, "renminbi": true, "ruble": true,
	"rouble": true, "dong": true, "won": true, "rupee": true, "rand": true, "franc": true, "peso": true,
	// scale words: part of the number
	"hundred": true, "thousand": true, "million": true, "billion": true, "trillion": true, "quadrillion": true,
	"lakh": true, "crore": true, "dozen": true, "bn": true, "mn": true, "tn": true,
}

// lemmaCache interns the lemmas that are not substrings of a static table,
// so that reading "300 companies" twice allocates "company" once. It is
// bounded: past maxLemmaCache entries, lemmas are allocated each time.
var lemmaCache = struct {
	sync.RWMutex
	m map[string]string
}{m: map[string]string{}}

const maxLemmaCache = 4096

func intern(b []byte) string {
	lemmaCache.RLock()
	s, ok := lemmaCache.m[string(b)]
	lemmaCache.RUnlock()
	if ok {
		return s
	}
	s = string(b)
	lemmaCache.Lock()
	if len(lemmaCache.m) < maxLemmaCache {
		lemmaCache.m[s] = s
	}
	lemmaCache.Unlock()
	return s
}

// nounWord reports whether w can be a noun the package reads: 2 to
// maxNounLen ASCII letters, with single inner hyphens.
func nounWord(w string) bool {
	if len(w) < 2 || len(w) > maxNounLen || w[0] == '-' || w[len(w)-1] == '-' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == '-' && w[i-1] != '-' {
			continue
		}
		if (c|0x20) < 'a' || (c|0x20) > 'z' {
			return false
		}
	}
	return true
}

// lemma writes the lower-case singular of the English noun w into buf and
// returns it, and whether w was written as a plural. Irregular plurals come
// from a table; the regular rules are: "-ies" → "-y" (companies), "-sses",
// "-xes", "-ches", "-shes", "-zzes" lose "-es" (businesses, taxes), a
// consonant before "-uses" loses "-es" (bonuses, viruses), other "-s" is
// dropped unless the word ends in "-ss", "-us" or "-is" (visas, tonnes,
// archives). The result is a fixed point: lemma of a lemma is itself. w
// must satisfy nounWord.
func lemma(w string, buf *[maxNounLen]byte) (out []byte, plural bool) {
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	if s, ok := irregularPluralIndex.lookupBytes(b); ok {
		return append(buf[:0], s...), true // "series" is plural too
	}
	if _, ok := irregularSingularIndex.lookupBytes(b); ok {
		return b, false
	}
	n := len(b)
	if n < 3 || b[n-1] != 's' {
		return b, false
	}
	switch b[n-2] {
	case 's', 'u', 'i':
		return b, false // business, bus, crisis: singular
	}
	if n >= 5 && b[n-3] == 'i' && b[n-2] == 'e' {
		b = b[:n-2]
		b[n-3] = 'y'
		return b, true
	}
	if n >= 4 && b[n-2] == 'e' {
		switch p := b[n-3]; {
		case p == 'x' || p == 's' && b[n-4] == 's' || p == 'h' && (b[n-4] == 'c' || b[n-4] == 's') || p == 'z' && b[n-4] == 'z':
			return b[:n-2], true
		case p == 's' && b[n-4] == 'u' && n >= 6 && !isVowel(b[n-5]) && b[n-5] != 'e':
			return b[:n-2], true // bonuses, viruses, campuses
		}
	}
	return b[:n-1], true
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// countNounUnit returns the count unit of the noun w and whether w is a
// plural, or ok false when w is no count noun (a function word, a unit of
// time, a currency name).
func countNounUnit(w string) (u Unit, plural, ok bool) {
	return countNounUnitOf(w, false)
}

// pluralNounUnit is countNounUnit for the plurals only: ok is false for
// a singular, whose unit is not sought.
func pluralNounUnit(w string) (u Unit, ok bool) {
	u, _, ok = countNounUnitOf(w, true)
	return u, ok
}

func countNounUnitOf(w string, pluralOnly bool) (u Unit, plural, ok bool) {
	if !nounWord(w) {
		return Unit{}, false, false
	}
	if e, ok := namedNounIndex.lookup(w); ok {
		plural = w == "people" || w[len(w)-1] == 's'
		if pluralOnly && !plural {
			return Unit{}, false, false
		}
		return e.unit, plural, true
	}
	var buf [maxNounLen]byte
	b, plural := lemma(w, &buf)
	if pluralOnly && !plural {
		return Unit{}, false, false
	}
	if !nounWord(string(b)) || notNoun(b) || notNounIndex.has(w) || len(b) == 3 && isCurrencyLower(string(b)) {
		return Unit{}, false, false
	}
	if figureWordEn(b) {
		return Unit{}, false, false // "cr", "pc": a figure's own word reads back as itself
	}
	if i := bytes.IndexByte(b, '-'); i > 0 && (notNoun(b[:i]) || figureWordEn(b[:i]) || i == 3 && isCurrencyLower(string(b[:i]))) {
		return Unit{}, false, false // "bn-a": a scale word first would read back as the scale
	}
	if e, ok := namedNounIndex.lookupBytes(b); ok {
		return e.unit, plural, true
	}
	if s, ok := irregularSingularIndex.lookupBytes(b); ok {
		return Unit{s}, plural, true // a static string: life, series
	}
	return Unit{intern(b)}, plural, true
}

var (
	namedNounIndex         = newExactIndex(namedNouns)
	notNounIndex           = newExactSet(notNouns)
	irregularPluralIndex   = newExactIndex(irregularPlurals)
	irregularSingularIndex = newExactIndex(irregularSingulars)
)

// CountUnit returns the count unit of an English noun, singular or plural:
// the named units gather their synonyms ("tourists" → [Visitors],
// "people" → [Persons]); any other noun gives the unit of its singular
// lemma ("companies" → "company", "lives" → "life", "memoranda" →
// "memorandum", "visas" → "visa"). Nouns of time ("years"), currency names
// and function words are refused, as are three-letter lemmas that are
// ISO 4217 codes in lower case ("cups": CUP is the Cuban peso), and words that are not 2 to 32 ASCII
// letters with inner hyphens.
func CountUnit(noun string) (Unit, error) {
	u, _, ok := countNounUnit(noun)
	if !ok {
		return Unit{}, &ParseError{What: "unit", Input: noun, Reason: "not a count noun"}
	}
	return u, nil
}

// figureWordEn reports whether the lower-case word b is a word of an
// English figure in words/en.txt — a scale word or its abbreviation, a
// currency name, a percent or points word ("cr", "bn", "pc", "pp"): a
// count of it would write a label that reads back as that figure.
func figureWordEn(b []byte) bool {
	lx := lexiconOf(textlang.English)
	for _, t := range [...]*phraseTable{&lx.scale, &lx.abbr, &lx.currency, &lx.percent, &lx.points} {
		if _, ok := t.exact[string(b)]; ok { // no allocation: a map index by string(b)
			return true
		}
	}
	return false
}

// notNoun reports whether the lemma b is one of notNouns.
func notNoun(b []byte) bool {
	_, ok := notNounIndex.lookupBytes(b)
	return ok
}
