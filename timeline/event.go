package timeline

import (
	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
)

// Kind classifies an [Event]. The zero value is [KindUnknown].
type Kind uint8

// The kinds of event a bilateral timeline records.
const (
	KindUnknown       Kind = iota
	KindEstablishment      // establishment of diplomatic relations
	KindSigning            // signing of a treaty, agreement or other instrument
	KindUpgrade            // upgrade of a partnership framework
	KindStateVisit         // state visit by a head of state
	KindOfficialVisit      // official visit by a head of government or minister
	KindVisit              // other visits (working, delegation, courtesy)
	KindTalks              // talks between counterparts, on the sidelines too, phone calls
	KindSummit             // summit of several states or an organisation
	KindVictory            // anniversary-bearing victory day
	KindLiberation         // liberation or reunification day
	KindNationalDay        // national day, independence day
	KindOther              // anything else worth a date
	KindMeeting            // a meeting of leaders of different rank, such as a prime minister received by a president
	kindEnd
)

var kindNames = [...]string{"unknown", "establishment", "signing", "upgrade", "state-visit", "official-visit",
	"visit", "talks", "summit", "victory", "liberation", "national-day", "other", "meeting"}

// Kinds returns every defined Kind, in order, without KindUnknown.
func Kinds() []Kind {
	ks := make([]Kind, 0, kindEnd-1)
	for k := KindEstablishment; k < kindEnd; k++ {
		ks = append(ks, k)
	}
	return ks
}

// String returns the stable identifier of k ("state-visit"), or "Kind(N)"
// for values outside the defined range.
func (k Kind) String() string {
	if k < kindEnd {
		return kindNames[k]
	}
	return "Kind(" + itoa(int(k)) + ")"
}

// ParseKind returns the Kind whose identifier is s ("unknown" is
// KindUnknown).
func ParseKind(s string) (Kind, error) {
	for k := KindUnknown; k < kindEnd; k++ {
		if kindNames[k] == s {
			return k, nil
		}
	}
	return 0, &ParseError{What: "event kind", Input: s, Reason: "unknown kind"}
}

// MarshalText returns the identifier of k; out-of-range kinds are an error.
func (k Kind) MarshalText() ([]byte, error) {
	if k >= kindEnd {
		return nil, &RangeError{What: "event kind", Reason: k.String() + " has no text form"}
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText sets k from its identifier; see [ParseKind].
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Label returns the name of k for people in the language that best matches
// tag: "state visit", "chuyến thăm cấp Nhà nước", "государственный визит".
func (k Kind) Label(tag language.Tag) string {
	if s, ok := l10n.EventKinds.Get(l10n.Match(tag), k.String()); ok {
		return s
	}
	return k.String()
}

// Label returns the name of p for people: "day", "ngày", "день".
func (p Precision) Label(tag language.Tag) string {
	if s, ok := l10n.Precisions.Get(l10n.Match(tag), p.String()); ok {
		return s
	}
	return p.String()
}

// Label returns a short description of the policy for people.
func (p LeapPolicy) Label(tag language.Tag) string {
	if s, ok := l10n.LeapPolicies.Get(l10n.Match(tag), p.String()); ok {
		return s
	}
	return p.String()
}

// Event is something that happened on a day or over a span of days and that
// a bilateral timeline records: the establishment of relations, a visit, a
// signing, a national day. Its anniversaries are counted from When.Start.
//
// Subject is what an anniversary of the event is "of", written to follow
// "anniversary of" in each language (Russian in the genitive:
// "установления дипломатических отношений"); when empty, anniversary
// labels quote the Title after the phrase ("5-летие: «Государственный
// визит…»"; see [Occurrence.Label]).
// Source says where the event was read. The JSON form uses the lowercase
// field names below.
type Event struct {
	ID           string   `json:"id"`
	Kind         Kind     `json:"kind"`
	Title        Text     `json:"title"`
	Subject      Text     `json:"subject,omitzero"`
	When         Span     `json:"when"`
	Place        string   `json:"place,omitempty"`
	Participants []string `json:"participants,omitempty"`
	Source       Source   `json:"source,omitzero"`
}

// Occurrence is the N-th anniversary of an event, falling On a date of the
// event's precision. Round and Major tell whether N is round ([IsRound]) or
// major ([IsMajor]).
//
// Event points at the timeline's own copy of the event, shared by every
// occurrence of it, so that a query yields small values without copying
// events: read through it, and copy it (e := *o.Event) before changing
// anything. Occurrence is comparable; two occurrences are equal when they
// are the same anniversary of the same event of the same timeline.
type Occurrence struct {
	Event *Event
	N     int
	On    Date
	Round bool
	Major bool
}

func newOccurrence(e *Event, n int, on Date) Occurrence {
	return Occurrence{Event: e, N: n, On: on, Round: IsRound(n), Major: IsMajor(n)}
}
