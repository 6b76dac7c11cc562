package agreement

import (
	"encoding/json"
	"iter"
	"reflect"
	"strconv"
	"strings"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"github.com/bilateral-go/bilateral/timeline"
	"golang.org/x/text/language"
)

// Upgrade is a step in a relationship's history: the Level adopted, the
// date On it was adopted with its precision ("2001", "2012-07-27"), the
// instrument that adopted it (a registry ID or a title), and where this was
// read.
type Upgrade struct {
	Level      Level           `json:"level"`
	On         timeline.Date   `json:"on"`
	Instrument string          `json:"instrument,omitempty"`
	Source     timeline.Source `json:"source,omitzero"`
}

// Relationship is the bilateral relation of two parties: when diplomatic
// relations were established and the history of its frameworks, oldest
// first. Levels may be skipped (a relation can go straight to a
// comprehensive strategic partnership).
//
// In JSON each level is its text form "SCHEME:ID". [json.Unmarshal] reads
// the levels of the built-in schemes only ([ParseLevel]); a relationship
// whose levels come from a scheme built with [NewScheme] is read back with
// [UnmarshalRelationship], given that scheme.
type Relationship struct {
	Parties           [2]Party        `json:"parties"`
	Established       timeline.Date   `json:"established"`
	EstablishedSource timeline.Source `json:"established_source,omitzero"`
	History           []Upgrade       `json:"history"`
}

// UnmarshalRelationship reads the JSON form of a [Relationship] as
// [json.Unmarshal] does, but reads each level "SCHEME:ID" against the given
// schemes first: the first scheme whose owner's code is SCHEME rules, and
// only a level of no given owner is read with [ParseLevel] against the
// built-in schemes. This is how a relationship in a scheme built with
// [NewScheme], such as one between two states other than Vietnam, is read
// back: store the scheme's definition with the data, or rebuild it in code.
// A level that its scheme does not define is a [*ParseError], and every
// error names the path of the value that fails in a [*JSONError]:
// "relationship.history[1].level".
func UnmarshalRelationship(data []byte, schemes ...*Scheme) (Relationship, error) {
	type relationship Relationship // without Relationship's methods
	type upgrade Upgrade
	var raw struct {
		relationship
		History []struct {
			upgrade
			Level string `json:"level"` // shadows upgrade.Level
		} `json:"history"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return Relationship{}, jsonError("relationship", data, reflect.TypeOf(raw), json.Unmarshal, err)
	}
	r := Relationship(raw.relationship)
	r.History = nil
	if raw.History != nil {
		r.History = make([]Upgrade, len(raw.History))
	}
	for i, h := range raw.History {
		u := Upgrade(h.upgrade)
		l, err := parseLevelIn(h.Level, schemes)
		if err != nil {
			return Relationship{}, &JSONError{Path: "relationship.history[" + strconv.Itoa(i) + "].level", Err: err}
		}
		u.Level = l
		r.History[i] = u
	}
	return r, nil
}

// parseLevelIn reads a level against the first of schemes whose owner is
// the level's scheme, or else the built-in schemes; empty text is the zero
// Level.
func parseLevelIn(text string, schemes []*Scheme) (Level, error) {
	if text == "" {
		return Level{}, nil
	}
	if sc, _, ok := strings.Cut(text, ":"); ok {
		for _, s := range schemes {
			if s != nil && s.owner.code == sc {
				return s.ParseLevel(text)
			}
		}
	}
	return ParseLevel(text)
}

// LevelAt returns the framework in force at d: the latest upgrade certainly
// adopted by the end of d, that is, whose last day is on or before d's last
// day. With the upgrades "2001" and "2012", LevelAt("2012") and
// LevelAt("2025-01-14") give the 2012 level, LevelAt("2012-03-01") the 2001
// level (the 2012 upgrade may have come later in the year) and
// LevelAt("2000") none.
func (r Relationship) LevelAt(d timeline.Date) (Level, bool) {
	var best Upgrade
	found := false
	end := d.Span().End
	for _, u := range r.History {
		if u.On.IsZero() || end.IsZero() {
			continue
		}
		if u.On.Span().End.Compare(end) <= 0 && (!found || best.On.Compare(u.On) <= 0) {
			best, found = u, true
		}
	}
	return best.Level, found
}

// MilestoneKind says what a milestone marks.
type MilestoneKind uint8

// The milestone kinds.
const (
	MilestoneUnknown             MilestoneKind = iota
	MilestoneDiplomaticRelations               // establishment of diplomatic relations
	MilestonePartnershipUpgrade                // adoption of a partnership level
	milestoneKindEnd
)

var milestoneKindNames = [...]string{"unknown", "diplomatic-relations", "upgrade"}

// String returns "diplomatic-relations" or "upgrade".
func (k MilestoneKind) String() string {
	if k < milestoneKindEnd {
		return milestoneKindNames[k]
	}
	return "MilestoneKind(" + strconvItoa(int(k)) + ")"
}

// MarshalText returns the identifier of k; a kind out of range is an
// error, so that nothing is written that UnmarshalText cannot read.
func (k MilestoneKind) MarshalText() ([]byte, error) {
	if k >= milestoneKindEnd {
		return nil, &ParseError{What: "milestone kind", Input: k.String(), Reason: "out of range"}
	}
	return []byte(k.String()), nil
}

// ParseMilestoneKind reads an identifier, the text form of String
// ("unknown" is the zero MilestoneKind).
func ParseMilestoneKind(s string) (MilestoneKind, error) {
	i, err := parseID(milestoneKindNames[:], "milestone kind", s)
	return MilestoneKind(i), err
}

// UnmarshalText reads k with [ParseMilestoneKind].
func (k *MilestoneKind) UnmarshalText(b []byte) error {
	v, err := ParseMilestoneKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Label returns the kind for people.
func (k MilestoneKind) Label(tag language.Tag) string {
	return label(l10n.MilestoneKinds, tag, k.String())
}

// Milestone is a dated step of a relationship.
type Milestone struct {
	Kind   MilestoneKind
	Level  Level // for upgrades
	On     timeline.Date
	Source timeline.Source
}

// Milestones yields the establishment of diplomatic relations (when known)
// and then every upgrade, in the order of History.
func (r Relationship) Milestones() iter.Seq[Milestone] {
	return func(yield func(Milestone) bool) {
		if !r.Established.IsZero() {
			if !yield(Milestone{Kind: MilestoneDiplomaticRelations, On: r.Established, Source: r.EstablishedSource}) {
				return
			}
		}
		for _, u := range r.History {
			if !yield(Milestone{Kind: MilestonePartnershipUpgrade, Level: u.Level, On: u.On, Source: u.Source}) {
				return
			}
		}
	}
}

// MilestoneAnniversary is the N-th anniversary of a milestone, falling On a
// date of the milestone's precision.
type MilestoneAnniversary struct {
	Milestone Milestone
	N         int
	On        timeline.Date
	Round     bool // N is a multiple of 5 (timeline.IsRound)
	Major     bool // N is a multiple of 25 (timeline.IsMajor)
}

// AnniversariesIn returns the anniversaries of every milestone that fall in
// year, in milestone order: for Vietnam–Russia in 2025, the 75th of
// diplomatic relations (1950-01-30 → 2025-01-30), the 24th of the
// strategic partnership ("2001" → "2025") and the 13th of the comprehensive
// strategic partnership. Milestones of year or later have none.
func (r Relationship) AnniversariesIn(year int) []MilestoneAnniversary {
	var out []MilestoneAnniversary
	for m := range r.Milestones() {
		n := timeline.OrdinalIn(m.On, year)
		if n < 1 {
			continue
		}
		on := timeline.Anniversary(m.On, n)
		if on.IsZero() {
			continue
		}
		out = append(out, MilestoneAnniversary{Milestone: m, N: n, On: on, Round: timeline.IsRound(n), Major: timeline.IsMajor(n)})
	}
	return out
}
