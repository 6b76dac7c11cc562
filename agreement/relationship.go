package agreement

import (
	"iter"

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
type Relationship struct {
	Parties           [2]Party        `json:"parties"`
	Established       timeline.Date   `json:"established"`
	EstablishedSource timeline.Source `json:"established_source,omitzero"`
	History           []Upgrade       `json:"history"`
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
	MilestoneUnknown    MilestoneKind = iota
	DiplomaticRelations               // establishment of diplomatic relations
	PartnershipUpgrade                // adoption of a partnership level
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
			if !yield(Milestone{Kind: DiplomaticRelations, On: r.Established, Source: r.EstablishedSource}) {
				return
			}
		}
		for _, u := range r.History {
			if !yield(Milestone{Kind: PartnershipUpgrade, Level: u.Level, On: u.On, Source: u.Source}) {
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
