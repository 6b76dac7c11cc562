package agreement_test

import (
	"encoding"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/texttest"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
)

// genParty returns a random party: a state whose ISO 3166-1 code the
// package knows, or an organisation.
func genParty(r *rand.Rand) agreement.Party {
	for {
		s := []string{"ASEAN", "EAEU", "EU", "APEC", "UN"}[r.IntN(5)]
		if r.IntN(3) > 0 {
			s = string([]byte{byte('A' + r.IntN(26)), byte('A' + r.IntN(26))})
		}
		if p, err := agreement.ParseParty(s); err == nil {
			return p
		}
	}
}

func genLevel(r *rand.Rand) agreement.Level {
	ls := agreement.VietnamScheme().Levels()
	return ls[r.IntN(len(ls))]
}

func genDate(r *rand.Rand) timeline.Date {
	y, m := 1+r.IntN(9999), time.Month(1+r.IntN(12))
	d, err := timeline.NewDate(y, m, 1+r.IntN(28))
	if r.IntN(3) == 0 {
		d, err = timeline.NewMonth(y, m)
	}
	if err != nil {
		panic(err)
	}
	return d
}

func genString(r *rand.Rand, n int) string {
	runes := []rune("abcXYZ09 ,.:'\"\\-—ăđêôơưạБвгдёЖ…")
	var b strings.Builder
	for range r.IntN(n + 1) {
		b.WriteRune(runes[r.IntN(len(runes))])
	}
	return b.String()
}

func genMention(r *rand.Rand) agreement.Mention {
	m := agreement.Mention{Start: r.IntN(1000), Text: genString(r, 20)}
	m.End = m.Start + len(m.Text)
	kinds := []agreement.MentionKind{agreement.MentionDate, agreement.MentionFigure, agreement.MentionRate,
		agreement.MentionInstrument, agreement.MentionParty, agreement.MentionPlace}
	m.Kind = kinds[r.IntN(len(kinds))]
	switch m.Kind {
	case agreement.MentionDate:
		a := genDate(r)
		s, err := timeline.NewSpan(a, a.AddDays(r.IntN(30)))
		if err != nil {
			panic(err)
		}
		m.Date = s
	case agreement.MentionFigure:
		f, err := trade.ParseFigure(strconv.Itoa(r.IntN(1000000)) + "." + strconv.Itoa(r.IntN(10)) + " billion USD")
		if err != nil {
			panic(err)
		}
		m.Figure = &f
	case agreement.MentionRate:
		g, err := trade.ParseRate(strconv.Itoa(r.IntN(200)-50) + "." + strconv.Itoa(r.IntN(10)) + "%")
		if err != nil {
			panic(err)
		}
		m.Rate = &g
	case agreement.MentionInstrument:
		m.Instrument, m.Year = "id-"+strconv.Itoa(r.IntN(100)), 1900+r.IntN(130)
	case agreement.MentionParty:
		m.Party = genParty(r)
	default:
		m.Place = genString(r, 10)
	}
	return m
}

func genCommunique(r *rand.Rand) agreement.Communique {
	c := agreement.Communique{
		Version:  agreement.SchemaVersion,
		Kind:     agreement.CommuniqueKind(1 + r.IntN(4)),
		Title:    genString(r, 30),
		Place:    genString(r, 10),
		Language: []string{"", "en", "vi", "ru"}[r.IntN(4)],
		Sections: []agreement.Section{},
	}
	if r.IntN(2) == 0 {
		c.Issued = genDate(r).Span()
	}
	for range r.IntN(3) {
		c.Parties = append(c.Parties, genParty(r))
	}
	for range r.IntN(3) {
		c.Signatories = append(c.Signatories, agreement.Signatory{Name: genString(r, 12), Title: genString(r, 12), Party: genParty(r)})
	}
	for range r.IntN(4) {
		sec := agreement.Section{Heading: genString(r, 10), Clauses: []agreement.Clause{}}
		for range r.IntN(4) {
			cl := agreement.Clause{Text: genString(r, 40), Start: r.IntN(5000), Negated: r.IntN(4) == 0}
			cl.End = cl.Start + len(cl.Text)
			cl.Stance = agreement.Stances()[r.IntN(len(agreement.Stances()))]
			for range r.IntN(3) {
				cl.Actors = append(cl.Actors, genParty(r))
			}
			for range r.IntN(3) {
				cl.Topics = append(cl.Topics, agreement.Topics()[r.IntN(len(agreement.Topics()))])
			}
			for range r.IntN(3) {
				cl.Mentions = append(cl.Mentions, genMention(r))
			}
			sec.Clauses = append(sec.Clauses, cl)
		}
		c.Sections = append(c.Sections, sec)
	}
	return c
}

func genRelationship(r *rand.Rand) agreement.Relationship {
	rel := agreement.Relationship{Parties: [2]agreement.Party{genParty(r), genParty(r)}, Established: genDate(r)}
	if r.IntN(2) == 0 {
		start := r.IntN(1000)
		rel.EstablishedSource = timeline.Source{Document: "doc.txt", Start: start, End: start + 10, Quote: genString(r, 10)}
	}
	for range r.IntN(4) {
		rel.History = append(rel.History, agreement.Upgrade{Level: genLevel(r), On: genDate(r), Instrument: genString(r, 10)})
	}
	return rel
}

// TestPropertyRoundTrip: every type of the package with a text or JSON
// form reads back equal what it writes, for generated values (fixed seed).
func TestPropertyRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 3))
	for range 1000 {
		texttest.ValueRoundTrip(t, genParty(r), agreement.ParseParty)
		texttest.ValueRoundTrip(t, genLevel(r), agreement.ParseLevel)
	}
	for range 300 {
		texttest.JSONRoundTrip(t, genCommunique(r))
		texttest.JSONRoundTrip(t, genRelationship(r))
	}
	// The built-in instruments, and generated ones.
	for in := range agreement.Builtin().All() {
		texttest.JSONRoundTrip(t, in)
	}
	for i := range 300 {
		in := agreement.Instrument{ID: fmt.Sprint("x", i), Kind: agreement.InstrumentKinds()[r.IntN(len(agreement.InstrumentKinds()))],
			Name: timeline.Text{EN: genString(r, 20)}, Abbrev: genString(r, 5), Signed: genDate(r), Place: genString(r, 8)}
		for range r.IntN(3) {
			in.Parties = append(in.Parties, genParty(r))
			in.Aliases = append(in.Aliases, genString(r, 10))
		}
		texttest.JSONRoundTrip(t, in)
	}
	// Every enum value writes a text that reads back; a value out of range
	// writes none.
	enums := 0
	for v := range 256 {
		check := func(s fmt.Stringer, m encoding.TextMarshaler, rt func()) {
			if _, err := m.MarshalText(); err != nil {
				require.Contains(t, s.String(), fmt.Sprintf("(%d)", v))
				return
			}
			rt()
			enums++
		}
		ck, ik, mk := agreement.CommuniqueKind(v), agreement.InstrumentKind(v), agreement.MentionKind(v)
		ms, pk, st, tp := agreement.MilestoneKind(v), agreement.PartyKind(v), agreement.Stance(v), agreement.Topic(v)
		check(ck, ck, func() { texttest.ValueRoundTrip(t, ck, agreement.ParseCommuniqueKind) })
		check(ik, ik, func() { texttest.ValueRoundTrip(t, ik, agreement.ParseInstrumentKind) })
		check(mk, mk, func() { texttest.ValueRoundTrip(t, mk, agreement.ParseMentionKind) })
		check(ms, ms, func() { texttest.ValueRoundTrip(t, ms, agreement.ParseMilestoneKind) })
		check(pk, pk, func() { texttest.ValueRoundTrip(t, pk, agreement.ParsePartyKind) })
		check(st, st, func() { texttest.ValueRoundTrip(t, st, agreement.ParseStance) })
		check(tp, tp, func() { texttest.ValueRoundTrip(t, tp, agreement.ParseTopic) })
	}
	require.Equal(t, 5+len(agreement.InstrumentKinds())+1+7+3+3+len(agreement.Stances())+1+len(agreement.Topics())+1, enums)
}
