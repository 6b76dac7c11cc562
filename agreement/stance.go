package agreement

import (
	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
)

// Stance is the position a clause takes: what its actors do with its
// content — agree, welcome, support, oppose, note… The zero value,
// [StanceUnknown], means no stance verb governs the clause; the parser never
// guesses one.
//
// Every other enum constant of the module begins with its type's name
// ([TopicTrade], [PartyState], [InstrumentTreaty]); stances do not, as they
// are the verbs of a clause ([Agree], [CallOn]), which read as stances on
// their own and as nothing else.
type Stance uint8

// The stances, in a fixed order; their identifiers are in parentheses.
const (
	StanceUnknown       Stance = iota
	Agree                      // (agree) agreed to, agreed on, it was agreed that
	Welcome                    // (welcome)
	Support                    // (support) supported, expressed support for
	Oppose                     // (oppose)
	Note                       // (note) noted, took note of
	Acknowledge                // (acknowledge)
	Emphasise                  // (emphasise) emphasised/emphasized, stressed, underlined, highlighted
	Reaffirm                   // (reaffirm) reaffirmed, reiterated
	Commit                     // (commit) committed to
	Consent                    // (consent) consented to
	ExpressSatisfaction        // (express-satisfaction)
	Recognise                  // (recognise) recognised/recognized
	CallOn                     // (call-on) called on, called for, urged
	Condemn                    // (condemn)
	Pledge                     // (pledge)
	Decide                     // (decide)
	Discuss                    // (discuss) discussed, exchanged views, touched upon
	ShareView                  // (share-view) shared the view, concurred
	Believe                    // (believe) believed, considered, affirmed the view
	AttachImportance           // (attach-importance) attached importance to
	ExpressWillingness         // (express-willingness) expressed willingness/readiness
	Intend                     // (intend) will continue, will coordinate, is ready to
	ExpressConcern             // (express-concern) expressed (deep, serious, grave) concern
	ExpressAppreciation        // (express-appreciation) thanked, appreciated, expressed gratitude
	Congratulate               // (congratulate) congratulated
	Encourage                  // (encourage) encouraged, will encourage
	ExpressHope                // (express-hope) hoped, looked forward to, expressed the hope
	Instruct                   // (instruct) instructed, directed, tasked officials
	stanceEnd
)

var stanceNames = [...]string{"unknown", "agree", "welcome", "support", "oppose", "note", "acknowledge", "emphasise",
	"reaffirm", "commit", "consent", "express-satisfaction", "recognise", "call-on", "condemn", "pledge", "decide",
	"discuss", "share-view", "believe", "attach-importance", "express-willingness", "intend",
	"express-concern", "express-appreciation", "congratulate", "encourage", "express-hope", "instruct"}

// joint reports whether s is an act two sides do together (agree,
// discuss, share a view, decide): said by one speaker as "we", it is still
// every party's.
func (s Stance) joint() bool {
	return s == Agree || s == Discuss || s == ShareView || s == Decide
}

// expressive reports whether s is a speaker's statement or feeling
// (emphasise, reaffirm, note, express satisfaction, concern, appreciation
// or hope) rather than a position on a matter (support, oppose, call on):
// after the complement of a verb of saying, such a verb is the speaker's
// again ("khẳng định Ai Cập coi trọng …, bày tỏ sự khâm phục …"), where
// "khẳng định Hungary luôn ủng hộ Việt Nam, phản đối …" goes on with
// Hungary's positions.
func (s Stance) expressive() bool {
	switch s {
	case Emphasise, Reaffirm, Note, ExpressSatisfaction, ExpressConcern, ExpressAppreciation, ExpressHope:
		return true
	}
	return false
}

// Stances returns every defined stance, without StanceUnknown.
func Stances() []Stance {
	out := make([]Stance, 0, stanceEnd-1)
	for s := Agree; s < stanceEnd; s++ {
		out = append(out, s)
	}
	return out
}

// String returns the identifier of s ("express-satisfaction"), or
// "Stance(N)" out of range.
func (s Stance) String() string {
	if s < stanceEnd {
		return stanceNames[s]
	}
	return "Stance(" + strconvItoa(int(s)) + ")"
}

// ParseStance reads a stance identifier.
func ParseStance(text string) (Stance, error) {
	for s := StanceUnknown; s < stanceEnd; s++ {
		if stanceNames[s] == text {
			return s, nil
		}
	}
	return 0, &ParseError{What: "stance", Input: text, Reason: "unknown stance"}
}

// MarshalText returns the identifier of s.
func (s Stance) MarshalText() ([]byte, error) {
	if s >= stanceEnd {
		return nil, &ParseError{What: "stance", Input: s.String(), Reason: "out of range"}
	}
	return []byte(stanceNames[s]), nil
}

// UnmarshalText reads s with ParseStance.
func (s *Stance) UnmarshalText(b []byte) error {
	v, err := ParseStance(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Label returns the stance for people, as a verb in the past tense:
// "agreed", "nhất trí", "договорились". The "news" private-use subtag of
// tag gives the same verb: newsrooms quote the communiqués' own.
func (s Stance) Label(tag language.Tag) string { return label(l10n.Stances, tag, s.String()) }

// eventCodes maps each stance to its CAMEO code (CAMEO codebook 1.1b3,
// Schrodt 2012) and PLOVER event type (PLOVER, Halterman et al. 2023).
// Statements with no event type in PLOVER (note, emphasise…) have "".
var eventCodes = [stanceEnd]struct{ cameo, plover string }{
	StanceUnknown:       {"", ""},
	Agree:               {"030", "AGREE"},     // 030 Express intent to cooperate
	Welcome:             {"051", "SUPPORT"},   // 051 Praise or endorse
	Support:             {"032", "SUPPORT"},   // 032 Express intent to provide diplomatic cooperation
	Oppose:              {"120", "REJECT"},    // 120 Reject (a policy or action)
	Note:                {"010", ""},          // 010 Make statement
	Acknowledge:         {"010", ""},          // 010 Make statement
	Emphasise:           {"010", ""},          // 010 Make statement
	Reaffirm:            {"010", ""},          // 010 Make statement (of a standing position)
	Commit:              {"030", "COOPERATE"}, // 030 Express intent to cooperate
	Consent:             {"019", "AGREE"},     // 019 Express accord
	ExpressSatisfaction: {"051", "SUPPORT"},   // 051 Praise or endorse
	Recognise:           {"010", ""},          // 010 (not 054, which is diplomatic recognition)
	CallOn:              {"020", "REQUEST"},   // 020 Make an appeal or request
	Condemn:             {"111", "ACCUSE"},    // 111 Criticize or denounce
	Pledge:              {"030", "COOPERATE"}, // 030 Express intent to cooperate
	Decide:              {"030", "COOPERATE"}, // 030 Express intent to cooperate
	Discuss:             {"040", "CONSULT"},   // 040 Consult
	ShareView:           {"019", "AGREE"},     // 019 Express accord
	Believe:             {"010", ""},          // 010 Make statement
	AttachImportance:    {"010", ""},          // 010 Make statement
	ExpressWillingness:  {"030", "COOPERATE"}, // 030 Express intent to cooperate
	Intend:              {"030", "COOPERATE"}, // 030 Express intent to cooperate
	ExpressConcern:      {"012", ""},          // 012 Make pessimistic comment
	ExpressAppreciation: {"051", "SUPPORT"},   // 051 Praise or endorse (thank)
	Congratulate:        {"051", "SUPPORT"},   // 051 Praise or endorse (congratulate)
	Encourage:           {"020", "REQUEST"},   // 020 Make an appeal or request
	ExpressHope:         {"013", ""},          // 013 Make optimistic comment
	Instruct:            {"030", "COOPERATE"}, // 030 Express intent to cooperate (a directive to one's own officials)
}

// negatedCodes maps each stance, negated ("did not support"), to the code
// of what the clause then does. Refusing what cooperation a stance would
// express is a rejection (CAMEO 120 Reject, PLOVER REJECT); refusing to
// oppose, condemn or worry, or negating a plain statement, is a statement
// (CAMEO 010, no PLOVER event); a negated appeal is a statement too.
var negatedCodes = [stanceEnd]struct{ cameo, plover string }{
	StanceUnknown:       {"", ""},
	Agree:               {"120", "REJECT"},
	Welcome:             {"120", "REJECT"},
	Support:             {"120", "REJECT"},
	Oppose:              {"010", ""},
	Note:                {"010", ""},
	Acknowledge:         {"010", ""},
	Emphasise:           {"010", ""},
	Reaffirm:            {"010", ""},
	Commit:              {"120", "REJECT"},
	Consent:             {"120", "REJECT"},
	ExpressSatisfaction: {"010", ""},
	Recognise:           {"010", ""},
	CallOn:              {"010", ""},
	Condemn:             {"010", ""},
	Pledge:              {"120", "REJECT"},
	Decide:              {"120", "REJECT"},
	Discuss:             {"010", ""},
	ShareView:           {"120", "REJECT"},
	Believe:             {"010", ""},
	AttachImportance:    {"010", ""},
	ExpressWillingness:  {"120", "REJECT"},
	Intend:              {"120", "REJECT"},
	ExpressConcern:      {"010", ""},
	ExpressAppreciation: {"010", ""},
	Congratulate:        {"010", ""},
	Encourage:           {"010", ""},
	ExpressHope:         {"010", ""},
	Instruct:            {"010", ""},
}

// CAMEO returns the CAMEO event code of the stance (CAMEO 1.1b3): "030"
// for agree, "051" for welcome, "032" for support, "120" for oppose, "010"
// for statements such as note and emphasise; "" for StanceUnknown.
func (s Stance) CAMEO() string {
	if s < stanceEnd {
		return eventCodes[s].cameo
	}
	return ""
}

// PLOVER returns the PLOVER event type of the stance ("AGREE", "SUPPORT",
// "REJECT", …), or "" for statements PLOVER does not code as events.
func (s Stance) PLOVER() string {
	if s < stanceEnd {
		return eventCodes[s].plover
	}
	return ""
}

// CAMEO returns the CAMEO code of what the clause does: its stance's code
// ([Stance.CAMEO]), or, when the clause is negated, the code of the
// negation — "did not support" is 120 Reject, not 032; "did not oppose" is
// 010 Make statement. The full mapping is the negatedCodes table of
// stance.go.
func (c Clause) CAMEO() string {
	if c.Negated && c.Stance < stanceEnd {
		return negatedCodes[c.Stance].cameo
	}
	return c.Stance.CAMEO()
}

// PLOVER returns the PLOVER event type of what the clause does, negation
// taken into account as for [Clause.CAMEO]; "" when PLOVER codes no event.
func (c Clause) PLOVER() string {
	if c.Negated && c.Stance < stanceEnd {
		return negatedCodes[c.Stance].plover
	}
	return c.Stance.PLOVER()
}
