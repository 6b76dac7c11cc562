package agreement

import (
	"github.com/bilateral-go/bilateral/internal/l10n"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

// SchemaVersion is the version of the JSON form of [Communique]. It changes
// only when a field changes meaning or disappears; new fields may be added
// within a version.
const SchemaVersion = 1

// CommuniqueKind says what kind of document a communiqué is.
type CommuniqueKind uint8

// The kinds of joint document.
const (
	CommuniqueUnknown CommuniqueKind = iota
	CommuniqueJointCommunique
	CommuniqueJointStatement
	CommuniqueJointDeclaration
	CommuniqueNewsReport // a news report of talks, not the joint text itself
	communiqueKindEnd
)

var communiqueKindNames = [...]string{"unknown", "joint-communique", "joint-statement", "joint-declaration", "news-report"}

// String returns the identifier of k.
func (k CommuniqueKind) String() string {
	if k < communiqueKindEnd {
		return communiqueKindNames[k]
	}
	return "CommuniqueKind(" + strconvItoa(int(k)) + ")"
}

// MarshalText returns the identifier of k; a kind out of range is an
// error, so that nothing is written that UnmarshalText cannot read.
func (k CommuniqueKind) MarshalText() ([]byte, error) {
	if k >= communiqueKindEnd {
		return nil, &ParseError{What: "communique kind", Input: k.String(), Reason: "out of range"}
	}
	return []byte(k.String()), nil
}

// ParseCommuniqueKind reads an identifier, the text form of String
// ("unknown" is the zero CommuniqueKind).
func ParseCommuniqueKind(s string) (CommuniqueKind, error) {
	i, err := parseID(communiqueKindNames[:], "communique kind", s)
	return CommuniqueKind(i), err
}

// UnmarshalText reads k with [ParseCommuniqueKind].
func (k *CommuniqueKind) UnmarshalText(b []byte) error {
	v, err := ParseCommuniqueKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Label returns the kind for people.
func (k CommuniqueKind) Label(tag language.Tag) string {
	return label(l10n.CommuniqueKinds, tag, k.String())
}

// Signatory is a person who signed or issued a communiqué for a party.
type Signatory struct {
	Name  string `json:"name"`
	Title string `json:"title,omitempty"`
	Party Party  `json:"party,omitzero"`
}

// Communique is a joint communiqué, joint statement or declaration: its
// kind, title, the span it was issued over (the visit; days of an unknown
// year, "XXXX-06-20", when the text names no year), place, parties,
// signatories, the language of the text, and its sections of clauses.
//
// Its JSON form is a stable schema: Version is [SchemaVersion]; enums are
// their identifiers; dates EDTF; offsets bytes of the source text. The zero
// Communique has no sections; ParseCommunique never returns one.
type Communique struct {
	Version     int            `json:"version"`
	Kind        CommuniqueKind `json:"kind"`
	Title       string         `json:"title,omitempty"`
	Issued      timeline.Span  `json:"issued,omitzero"`
	Place       string         `json:"place,omitempty"`
	Parties     []Party        `json:"parties,omitempty"`
	Signatories []Signatory    `json:"signatories,omitempty"`
	Language    string         `json:"language,omitempty"`
	Sections    []Section      `json:"sections"`
}

// Section is a part of a communiqué: numbered paragraphs, a heading and
// what follows it, or the whole text when it has no sections.
type Section struct {
	Heading string   `json:"heading,omitempty"`
	Clauses []Clause `json:"clauses"`
}

// Clause is one commitment or statement of a communiqué: its text and byte
// range [Start, End) in the source, the parties that take the stance (both
// for "the two sides"), the Stance, whether it is negated ("did not
// support"), its topics, and the mentions of dates, figures, instruments,
// parties and places inside it.
type Clause struct {
	Text     string    `json:"text"`
	Start    int       `json:"start"`
	End      int       `json:"end"`
	Actors   []Party   `json:"actors,omitempty"`
	Stance   Stance    `json:"stance"`
	Negated  bool      `json:"negated,omitempty"`
	Topics   []Topic   `json:"topics,omitempty"`
	Mentions []Mention `json:"mentions,omitempty"`
}

// Clauses returns every clause of c in order.
func (c *Communique) Clauses() []Clause {
	var out []Clause
	for _, s := range c.Sections {
		out = append(out, s.Clauses...)
	}
	return out
}

// MentionKind says what a mention refers to.
type MentionKind uint8

// The mention kinds.
const (
	MentionUnknown MentionKind = iota
	MentionDate
	MentionFigure
	MentionRate
	MentionInstrument
	MentionParty
	MentionPlace
	mentionKindEnd
)

var mentionKindNames = [...]string{"unknown", "date", "figure", "rate", "instrument", "party", "place"}

// String returns the identifier of k.
func (k MentionKind) String() string {
	if k < mentionKindEnd {
		return mentionKindNames[k]
	}
	return "MentionKind(" + strconvItoa(int(k)) + ")"
}

// MarshalText returns the identifier of k; a kind out of range is an
// error, so that nothing is written that UnmarshalText cannot read.
func (k MentionKind) MarshalText() ([]byte, error) {
	if k >= mentionKindEnd {
		return nil, &ParseError{What: "mention kind", Input: k.String(), Reason: "out of range"}
	}
	return []byte(k.String()), nil
}

// ParseMentionKind reads an identifier, the text form of String
// ("unknown" is the zero MentionKind).
func ParseMentionKind(s string) (MentionKind, error) {
	i, err := parseID(mentionKindNames[:], "mention kind", s)
	return MentionKind(i), err
}

// UnmarshalText reads k with [ParseMentionKind].
func (k *MentionKind) UnmarshalText(b []byte) error {
	v, err := ParseMentionKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Label returns the kind for people.
func (k MentionKind) Label(tag language.Tag) string {
	return label(l10n.MentionKinds, tag, k.String())
}

// Mention is a reference inside a clause, with its byte range in the source
// and the typed value of its kind: Date for dates, Figure for figures, Rate
// for rates, Instrument (a registry ID) and Year (as cited) for
// instruments, Party for parties, Place for places. A figure or rate whose
// clause names exactly one period of whole months ("$4.4 billion in the
// first nine months of 2024", "In 2023, trade grew 8.3%") carries it as
// Period; a clause that names none, several, or only days leaves it zero.
type Mention struct {
	Kind       MentionKind   `json:"kind"`
	Start      int           `json:"start"`
	End        int           `json:"end"`
	Text       string        `json:"text"`
	Date       timeline.Span `json:"date,omitzero"`
	Figure     *trade.Figure `json:"figure,omitempty"`
	Period     trade.Period  `json:"period,omitzero"` // of a figure: the one period its clause names
	Rate       *trade.Rate   `json:"rate,omitempty"`
	Instrument string        `json:"instrument,omitempty"`
	Year       int           `json:"year,omitempty"`
	Party      Party         `json:"party,omitzero"`
	// Inferred: a date written without its year ("on July 10"), given the
	// year of the communiqué's Issued.
	Inferred bool   `json:"inferred,omitempty"`
	Place    string `json:"place,omitempty"`
}
