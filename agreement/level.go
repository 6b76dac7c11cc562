package agreement

import (
	"strings"
	"sync"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
)

// Level is a framework of relations as named by the state whose Scheme
// ranks it: Vietnam's "comprehensive strategic partnership", for instance.
// A level has a rank within its scheme (1 lowest) or none, for relations
// outside the ladder such as the "special relationship". Level is a small
// comparable value whose text form is "SCHEME:ID"
// ("VN:comprehensive-strategic-partnership"). The zero Level means none.
type Level struct {
	scheme string
	id     string
	rank   int8
}

// Scheme is the ladder of partnership frameworks of one state, lowest
// first, with partner-specific names as aliases at a rank and relations
// outside the ladder. A Scheme is immutable after [NewScheme] and safe for
// concurrent use.
type Scheme struct {
	owner  Party
	levels map[string]Level
	order  []Level
}

// NewScheme returns the scheme of owner: ladder lists the level identifiers
// from the lowest rank up, each entry a set of identifiers of equal rank
// (the first is the canonical one; the others are aliases such as a
// partner-specific name); outside lists relations that are not ranked.
// Identifiers are lowercase words joined by hyphens.
func NewScheme(owner Party, ladder [][]string, outside []string) (*Scheme, error) {
	if owner.IsZero() {
		return nil, &ParseError{What: "scheme", Input: "", Reason: "no owner"}
	}
	s := &Scheme{owner: owner, levels: map[string]Level{}}
	add := func(id string, rank int) error {
		if id == "" || strings.ToLower(id) != id || strings.ContainsAny(id, " :") {
			return &ParseError{What: "level", Input: id, Reason: "want lowercase words joined by hyphens"}
		}
		if _, dup := s.levels[id]; dup {
			return &ParseError{What: "level", Input: id, Reason: "defined twice"}
		}
		l := Level{scheme: owner.code, id: id, rank: int8(rank)}
		s.levels[id] = l
		s.order = append(s.order, l)
		return nil
	}
	if len(ladder) > 100 {
		return nil, &ParseError{What: "scheme", Input: owner.code, Reason: "ladder too long"}
	}
	for i, ids := range ladder {
		for _, id := range ids {
			if err := add(id, i+1); err != nil {
				return nil, err
			}
		}
	}
	for _, id := range outside {
		if err := add(id, 0); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// VietnamScheme returns Vietnam's ladder of partnerships, as Vietnamese
// diplomacy names them (Ministry of Foreign Affairs of Viet Nam; Vietnam's
// comprehensive partnerships since 2009, strategic partnerships since 2001,
// comprehensive strategic partnerships since 2008):
//
//  1. comprehensive-partnership (quan hệ đối tác toàn diện)
//  2. strategic-partnership, and the partner-specific
//     extensive-strategic-partnership (Japan, 2014–2023) and
//     strategic-cooperative-partnership
//  3. comprehensive-strategic-partnership, and the partner-specific
//     comprehensive-strategic-cooperative-partnership (China, 2008)
//
// and outside the ladder special-relationship (Laos, Cambodia, Cuba).
//
// Each call returns a new Scheme; like every Scheme it cannot be changed
// ([Scheme.Levels] returns a copy), so it is safe to share.
func VietnamScheme() *Scheme {
	s, err := NewScheme(Party{"VN"}, [][]string{
		{"comprehensive-partnership"},
		{"strategic-partnership", "extensive-strategic-partnership", "strategic-cooperative-partnership"},
		{"comprehensive-strategic-partnership", "comprehensive-strategic-cooperative-partnership"},
	}, []string{"special-relationship"})
	if err != nil {
		panic("agreement: built-in scheme: " + err.Error()) // a bug in the table above, caught by tests
	}
	return s
}

// Owner returns the state whose scheme s is.
func (s *Scheme) Owner() Party { return s.owner }

// Level returns the level of s with identifier id.
func (s *Scheme) Level(id string) (Level, bool) {
	l, ok := s.levels[id]
	return l, ok
}

// Levels returns the levels of s, ranked ones from the lowest, then those
// outside the ladder.
func (s *Scheme) Levels() []Level { return append([]Level(nil), s.order...) }

// ParseLevel reads the text form "SCHEME:ID" of a level of s.
func (s *Scheme) ParseLevel(text string) (Level, error) {
	sc, id, ok := strings.Cut(text, ":")
	if !ok {
		id, sc = text, s.owner.code
	}
	if sc != s.owner.code {
		return Level{}, &ParseError{What: "level", Input: text, Reason: "not a level of the " + s.owner.code + " scheme"}
	}
	l, found := s.levels[id]
	if !found {
		return Level{}, &ParseError{What: "level", Input: text, Reason: "unknown level of the " + s.owner.code + " scheme"}
	}
	return l, nil
}

// IsZero reports whether l is the zero Level.
func (l Level) IsZero() bool { return l.id == "" }

// ID returns the identifier of l within its scheme.
func (l Level) ID() string { return l.id }

// Scheme returns the code of the state whose scheme l belongs to.
func (l Level) Scheme() string { return l.scheme }

// Rank returns the rank of l in its scheme (1 lowest), or 0 for a relation
// outside the ladder.
func (l Level) Rank() int { return int(l.rank) }

// Ranked reports whether l has a rank.
func (l Level) Ranked() bool { return l.rank > 0 }

// Compare returns -1, 0 or +1 as l ranks below, equal to or above m. It
// fails with an [*IncomparableError] wrapping [ErrIncomparable] when they
// belong to different schemes (a rank in one state's scheme says nothing
// about another's), when either is outside the ladder, or when either is
// the zero Level. Schemes are told apart by their owner: levels of two
// schemes built by [NewScheme] for one owner compare by rank. Aliases at
// one rank compare equal.
func (l Level) Compare(m Level) (int, error) {
	if l.scheme != m.scheme || !l.Ranked() || !m.Ranked() {
		return 0, &IncomparableError{Level: l, Other: m}
	}
	switch {
	case l.rank < m.rank:
		return -1, nil
	case l.rank > m.rank:
		return 1, nil
	}
	return 0, nil
}

// String returns "SCHEME:ID".
func (l Level) String() string {
	if l.IsZero() {
		return ""
	}
	return l.scheme + ":" + l.id
}

// MarshalText returns "SCHEME:ID".
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// Label returns the name of the level for people: "comprehensive
// strategic partnership", "đối tác chiến lược toàn diện", "всеобъемлющее
// стратегическое партнёрство". Newsrooms write levels as the foreign
// ministries do, so the "news" private-use subtag of tag (see the package
// doc, Labels) gives the same name.
func (l Level) Label(tag language.Tag) string { return label(l10n.Levels, tag, l.id) }

var builtinSchemes = sync.OnceValue(func() map[string]*Scheme {
	return map[string]*Scheme{"VN": VietnamScheme()}
})

// ParseLevel reads "SCHEME:ID" against the built-in schemes (today,
// Vietnam's: [VietnamScheme]). Levels of schemes built with NewScheme have
// the same text form, naming their owner; they are read with
// [Scheme.ParseLevel], and a [Relationship] holding them with
// [UnmarshalRelationship].
func ParseLevel(text string) (Level, error) {
	sc, _, ok := strings.Cut(text, ":")
	if !ok {
		return Level{}, &ParseError{What: "level", Input: text, Reason: "want SCHEME:ID"}
	}
	s, found := builtinSchemes()[sc]
	if !found {
		return Level{}, &ParseError{What: "level", Input: text, Reason: "no built-in scheme " + quoteInput(sc)}
	}
	return s.ParseLevel(text)
}

// UnmarshalText reads l with [ParseLevel]; empty text is the zero Level.
// It knows the built-in schemes only: see [UnmarshalRelationship] for
// others.
func (l *Level) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = Level{}
		return nil
	}
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
