package agreement

import (
	"strings"
	"sync"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Party is a side of a relation: a state, identified by its ISO 3166-1
// alpha-2 code ("VN", "RU"), or an international organisation, identified by
// its usual abbreviation ("ASEAN", "EAEU", "UN"). The text form is the code.
// Party is a small comparable value; the zero Party means "no party".
type Party struct {
	code string
}

// PartyKind says whether a party is a state or an organisation.
type PartyKind uint8

// The party kinds.
const (
	PartyUnknown      PartyKind = iota
	PartyState                  // a sovereign state (ISO 3166-1)
	PartyOrganisation           // an international organisation or forum
	partyKindEnd
)

var partyKindNames = [...]string{"unknown", "state", "organisation"}

// String returns "state" or "organisation".
func (k PartyKind) String() string {
	if k < partyKindEnd {
		return partyKindNames[k]
	}
	return "PartyKind(" + strconvItoa(int(k)) + ")"
}

// MarshalText returns the identifier of k; a kind out of range is an
// error, so that nothing is written that UnmarshalText cannot read.
func (k PartyKind) MarshalText() ([]byte, error) {
	if k >= partyKindEnd {
		return nil, &ParseError{What: "party kind", Input: k.String(), Reason: "out of range"}
	}
	return []byte(k.String()), nil
}

// ParsePartyKind reads an identifier, the text form of String
// ("unknown" is the zero PartyKind).
func ParsePartyKind(s string) (PartyKind, error) {
	i, err := parseID(partyKindNames[:], "party kind", s)
	return PartyKind(i), err
}

// UnmarshalText reads k with [ParsePartyKind].
func (k *PartyKind) UnmarshalText(b []byte) error {
	v, err := ParsePartyKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Label returns the kind for people.
func (k PartyKind) Label(tag language.Tag) string {
	return label(l10n.PartyKinds, tag, k.String())
}

// organisations are the organisations ParseParty knows, with their English
// names and aliases. Names in Vietnamese and Russian live in l10n.Organisations.
var organisations = []struct {
	code  string
	names []string
}{
	{"ASEAN", []string{"Association of Southeast Asian Nations", "Association of South East Asian Nations"}},
	{"EAEU", []string{"Eurasian Economic Union", "EAEU", "EEU"}},
	{"EEC", []string{"Eurasian Economic Commission"}},
	{"SCO", []string{"Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"}},
	{"BRICS", []string{"BRICS"}},
	{"APEC", []string{"Asia-Pacific Economic Cooperation", "Asia-Pacific Economic Cooperation forum"}},
	{"EAS", []string{"East Asia Summit"}},
	{"ARF", []string{"ASEAN Regional Forum"}},
	{"ADMM-Plus", []string{"ASEAN Defence Ministers' Meeting Plus", "ASEAN Defense Ministers' Meeting-Plus", "ASEAN Defence Ministers’ Meeting Plus"}},
	{"UN", []string{"United Nations", "UN"}},
	{"EU", []string{"European Union"}},
	{"CIS", []string{"Commonwealth of Independent States"}},
	{"WTO", []string{"World Trade Organization", "World Trade Organisation"}},
	{"G20", []string{"Group of Twenty", "G20"}},
}

// partyFirst screens candidate names before a lookup in partyNames: for
// the first one or two characters of a name (see prefixKey), bit n is set
// when a name may end its first word at byte n — at its end or at any byte
// that is not a letter or digit (63 stands for 63 and beyond).
var partyFirst = sync.OnceValue(func() *[prefixKeys]uint64 {
	var f [prefixKeys]uint64
	for name := range partyNames() {
		key, ok := namePrefixKey(name)
		if !ok {
			continue // a first byte no candidate starts with
		}
		f[key] |= lenBit(len(name))
		for i := 0; i < len(name); i++ {
			if !isWordByte(name[i]) {
				f[key] |= lenBit(i)
			}
		}
	}
	return &f
})

// partyWhole screens candidate names of two bytes or more as a whole:
// for the prefix key of a name (see namePrefixKey), lens has the bit of
// its length and last the bit of its last byte (see lastBit).
var partyWhole = sync.OnceValue(func() *[prefixKeys]struct{ lens, last uint64 } {
	var f [prefixKeys]struct{ lens, last uint64 }
	for name := range partyNames() {
		if key, ok := namePrefixKey(name); ok && len(name) >= 2 {
			f[key].lens |= lenBit(len(name))
			f[key].last |= lastBit(name)
		}
	}
	return &f
})

// namePrefixKey is prefixKey for a name: two characters when both are
// lowercase ASCII letters or digits, else the first alone.
func namePrefixKey(s string) (int, bool) {
	if len(s) >= 2 {
		if _, ok := char36(s[1]); ok {
			return prefixKey(s[:2])
		}
	}
	return prefixKey(s[:1])
}

var partyNames = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	en := display.Regions(language.English)
	// CLDR's names in the languages the reader reads ("Việt Nam",
	// "Россия"); English last, so it wins where two languages share a
	// spelling.
	vi, ru := display.Regions(language.Vietnamese), display.Regions(language.Russian)
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			if _, ok := partyFromCode(code); !ok {
				continue
			}
			r := language.MustParseRegion(code)
			for _, n := range []string{vi.Name(r), ru.Name(r)} {
				if n == "" {
					continue
				}
				m[lowerKeepOffsets(n)] = code
				// "Мьянма (Бирма)", "Myanmar (Miến Điện)": the name and
				// the other name in parentheses, each alone.
				if name, other, ok := strings.Cut(n, " ("); ok && strings.HasSuffix(other, ")") {
					m[lowerKeepOffsets(name)] = code
					m[lowerKeepOffsets(strings.TrimSuffix(other, ")"))] = code
				}
			}
		}
	}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			// Only codes in use: deprecated ("BU", "ZR") and exceptionally
			// reserved ones ("FX", "UK") canonicalise to another code;
			// "UN" and "EZ" are not states.
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || r.Canonicalize().String() != code ||
				code == "UN" || code == "EZ" {
				continue
			}
			if name := en.Name(r); name != "" {
				for _, n := range englishForms(strings.ToLower(name)) {
					m[n] = code
				}
				if n, other, ok := strings.Cut(name, " ("); ok && strings.HasSuffix(other, ")") {
					m[strings.ToLower(n)] = code // "Myanmar (Burma)"
				}
			}
		}
	}
	// Official forms of every state's name ("Islamic Republic of
	// Pakistan", "Kingdom of Thailand"), from the lexicon's [state-form]
	// section; the lexicon's own [state] names, read next, win over them.
	var states [][2]string
	for name, code := range m {
		if len(code) == 2 {
			states = append(states, [2]string{name, code})
		}
	}
	// The lexicons' official forms and [state] names: long forms, the
	// names CLDR's data in golang.org/x/text lacks ("Türkiye", "Eswatini",
	// "North Macedonia"), and inflected forms ("России"). A lexicon that
	// does not load fails every parse with its error; here it adds nothing.
	if all, err := lexicons(); err == nil {
		for _, lang := range lexiconLanguages {
			for _, f := range all[lang].stateForms {
				for _, st := range states {
					m[f+" "+st[0]] = st[1]
				}
			}
		}
		for _, lang := range lexiconLanguages {
			for k, v := range all[lang].states {
				m[k] = v
			}
		}
		// A CLDR name the lexicon lists as a state only when capitalised
		// outside a person's name ("Đức": "Thủ tướng Đức", not "Lê Đức
		// Anh") is read by that rule alone (see capitalisedState).
		for _, lang := range lexiconLanguages {
			for name, cs := range all[lang].capStates {
				if low := lowerWord(name); m[low] == cs.code {
					delete(m, low)
				}
			}
		}
	}
	// CLDR writes "Côte d’Ivoire" with a typographic apostrophe; texts
	// write both.
	for k, v := range m {
		if strings.Contains(k, "’") {
			m[strings.ReplaceAll(k, "’", "'")] = v
		}
	}
	for _, o := range organisations {
		for _, n := range o.names {
			m[strings.ToLower(n)] = o.code
		}
		m[strings.ToLower(o.code)] = o.code
	}
	return m
})

// englishForms returns a CLDR English name (lowercased) and the forms
// texts write it in: "and" for CLDR's "&" ("Trinidad and Tobago", "Bosnia
// and Herzegovina", ISO 3166-1's short names), "Saint" for "St."
// ("Saint Kitts and Nevis"), a space for a hyphen ("Guinea Bissau"), and
// the name without diacritics ("Sao Tome and Principe", "Cote d'Ivoire").
func englishForms(name string) []string {
	out := []string{name}
	add := func(n string) {
		for _, o := range out {
			if o == n {
				return
			}
		}
		out = append(out, n)
	}
	for _, n := range out {
		add(strings.ReplaceAll(n, " & ", " and "))
	}
	for _, n := range out {
		if rest, ok := strings.CutPrefix(n, "st. "); ok {
			add("saint " + rest)
		}
	}
	for _, n := range out {
		add(strings.ReplaceAll(n, "-", " ")) // "Guinea Bissau", "Timor Leste"
	}
	for _, n := range out {
		add(plainLatin.Replace(n))
	}
	return out
}

// plainLatin writes the accented Latin letters of CLDR's English region
// names without their accents.
var plainLatin = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ã", "a", "ä", "a", "å", "a", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "î", "i", "ï", "i", "ó", "o", "ô", "o", "õ", "o", "ö", "o", "ú", "u", "ü", "u", "ç", "c", "ñ", "n")

// maxPartyLen bounds the text ParseParty reads.
const maxPartyLen = 128

// ParseParty reads a party from its code ("VN", "ASEAN", "ADMM-Plus") or a
// common English name: CLDR's English name of any country ("Vietnam",
// "Russia", "Malaysia"), official forms ("Viet Nam", "the Russian
// Federation", "the Socialist Republic of Vietnam"), and the names of the
// known organisations ("the Eurasian Economic Union", "the United
// Nations"). A leading "the" and letter case are ignored for names (codes
// are case-sensitive). Unknown names are an error, never a guess.
func ParseParty(s string) (Party, error) {
	if s == "" {
		return Party{}, &ParseError{What: "party", Input: s, Reason: "empty input"}
	}
	if len(s) > maxPartyLen {
		return Party{}, &ParseError{What: "party", Input: s, Reason: "too long for a party name"}
	}
	if p, ok := partyFromCode(s); ok {
		return p, nil
	}
	name := strings.ToLower(strings.TrimSpace(s))
	name = strings.TrimPrefix(name, "the ")
	if code, ok := partyNames()[name]; ok {
		return Party{code}, nil
	}
	if all, err := lexicons(); err == nil {
		// A name alone is no person's: "Đức", which the reader takes for
		// Germany only capitalised in running text, is Germany here.
		for _, lang := range lexiconLanguages {
			for n, cs := range all[lang].capStates {
				if lowerWord(n) == name {
					return Party{cs.code}, nil
				}
			}
		}
	}
	return Party{}, &ParseError{What: "party", Input: s, Reason: "unknown party"}
}

// MustParseParty is like ParseParty but panics on error; for tests and
// package-level variables only.
func MustParseParty(s string) Party {
	p, err := ParseParty(s)
	if err != nil {
		panic(err)
	}
	return p
}

func partyFromCode(s string) (Party, bool) {
	for _, o := range organisations {
		if o.code == s {
			return Party{s}, true
		}
	}
	if len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' {
		r, err := language.ParseRegion(s)
		// Codes in use only: deprecated and reserved codes canonicalise
		// to another ("FX" → "FR") or have no name ("YU", "SU").
		if err == nil && r.IsCountry() && r.String() == s && r.Canonicalize().String() == s && s != "UN" && s != "EZ" &&
			display.Regions(language.English).Name(r) != "" {
			return Party{s}, true
		}
	}
	return Party{}, false
}

// IsZero reports whether p is the zero Party.
func (p Party) IsZero() bool { return p.code == "" }

// Kind returns whether p is a state or an organisation.
func (p Party) Kind() PartyKind {
	switch {
	case p.code == "":
		return PartyUnknown
	case len(p.code) == 2 && p.code != "UN" && p.code != "EU":
		return PartyState
	}
	return PartyOrganisation
}

// String returns the code of p.
func (p Party) String() string { return p.code }

// MarshalText returns the code of p.
func (p Party) MarshalText() ([]byte, error) { return []byte(p.code), nil }

// UnmarshalText reads p with ParseParty; empty text is the zero Party.
func (p *Party) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Party{}
		return nil
	}
	v, err := ParseParty(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// Label returns the name of p for people: for a state CLDR's name in the
// language of tag (golang.org/x/text/language/display: "Việt Nam",
// "Россия", "Vietnam"), for an organisation the module's table ("Liên minh
// Kinh tế Á-Âu", "Евразийский экономический союз"). The "news"
// private-use subtag of tag gives the same names, which AP, VnExpress and
// TASS use too.
func (p Party) Label(tag language.Tag) string {
	if p.Kind() == PartyState {
		l := l10n.Match(tag)
		r, err := language.ParseRegion(p.code)
		if err == nil {
			if n := display.Regions(l.Tag()).Name(r); n != "" {
				return n
			}
		}
		return p.code
	}
	return label(l10n.Organisations, tag, p.code)
}

// parseID returns the index of id in names, the identifiers of an enum by
// value, or a *ParseError reading it as what.
func parseID(names []string, what, id string) (int, error) {
	for i, n := range names {
		if n == id {
			return i, nil
		}
	}
	return 0, &ParseError{What: what, Input: id, Reason: "unknown kind"}
}

func label(t l10n.Table, tag language.Tag, id string) string {
	if s, ok := t.Get(l10n.Match(tag), id); ok {
		return s
	}
	return id
}

func strconvItoa(n int) string {
	if n < 0 {
		return "-" + strconvItoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return strconvItoa(n/10) + string(rune('0'+n%10))
}
