package bilateral_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

// readBuiltinTables reads every built-in table of the module — the
// instrument registry, the partnership schemes, the lexicons and party
// names (through ParseCommuniqueString), the count nouns and currencies,
// the date and figure words, and the l10n tables (through Label) — and
// returns a digest of what it read.
func readBuiltinTables() string {
	var b strings.Builder
	w := func(a ...any) { fmt.Fprintln(&b, a...) }
	tags := []language.Tag{language.English, language.Vietnamese, language.Russian}

	reg := agreement.Builtin()
	for in := range reg.All() {
		w(in.ID, in.Kind, in.Signed)
		got, ok := reg.Lookup(in.ID)
		w(got.ID, ok)
	}
	const text = "The two sides welcomed the 30th anniversary of the UNCLOS and the DOC (2002), " +
		"and agreed that trade rose 24% to $4.4 billion in the first nine months of 2024."
	in, cit, ok := reg.Resolve(text)
	w(in.ID, cit, ok)
	for in, c := range reg.Citations(text) {
		w(in.ID, c)
	}
	clone := reg.Clone()
	w(clone.Add(agreement.Instrument{ID: "x-test", Kind: agreement.InstrumentTreaty}))

	vn := agreement.VietnamScheme()
	for _, l := range vn.Levels() {
		back, err := agreement.ParseLevel(l.String())
		w(l, l.Rank(), back == l, err)
		for _, tag := range tags {
			w(l.Label(tag))
		}
	}

	c, err := agreement.ParseCommuniqueString("JOINT STATEMENT\n\nHanoi, 15 January 2025\n\n"+
		"1. At the invitation of President Luong Cuong, President Vladimir Putin of the Russian Federation paid a state visit to Viet Nam.\n"+
		"2. "+text+"\n3. The Parties did not support unilateral sanctions.\n", agreement.ParseOptions{})
	w(err)
	if c != nil {
		w(c.Kind, c.Title, c.Issued, c.Place, c.Parties)
		for _, cl := range c.Clauses() {
			w(cl.Stance, cl.Negated, cl.Topics, cl.Actors, len(cl.Mentions), cl.CAMEO(), cl.PLOVER())
		}
	}
	for _, s := range []string{"Viet Nam", "Russia", "the Russian Federation", "ASEAN", "VN", "Laos"} {
		p, err := agreement.ParseParty(s)
		w(p, err)
		for _, tag := range tags {
			w(p.Label(tag))
		}
	}

	for _, tag := range tags {
		for v := range 32 {
			w(timeline.Kind(v).Label(tag), timeline.LeapPolicy(v).Label(tag), timeline.Precision(v).Label(tag))
			w(trade.Flow(v).Label(tag), trade.Severity(v).Label(tag))
			w(agreement.CommuniqueKind(v).Label(tag), agreement.InstrumentKind(v).Label(tag),
				agreement.MentionKind(v).Label(tag), agreement.MilestoneKind(v).Label(tag),
				agreement.PartyKind(v).Label(tag), agreement.Stance(v).Label(tag), agreement.Topic(v).Label(tag))
		}
		for _, s := range []string{"1950-01-30", "2024-02-29", "195X", "2001?"} {
			w(timeline.MustParseDate(s).Label(tag))
		}
		w(timeline.MustParseSpan("2024-01/2024-09").Label(tag))
		for _, s := range []string{"$4.4 billion", "over 204,000 visitors", "nearly 5,000 tonnes", "between $3 and $4 billion"} {
			w(trade.MustParseFigure(s).Label(tag))
		}
		g := trade.MustParseRate("24%")
		w(g.Label(tag), trade.GrowthLabel(tag, g, trade.MustParseFigure("$4.4 billion")))
		w(trade.MustParsePeriod("2024-M01/2024-M09").Label(tag))
		for _, u := range trade.CountUnits() {
			w(u.Label(tag))
		}
	}
	for _, n := range []string{"company", "companies", "visa", "memoranda", "lives", "ship"} {
		u, err := trade.CountUnit(n)
		w(u, err)
	}
	for _, code := range []string{"USD", "VND", "RUB", "XXX", "ABC"} {
		u, err := trade.Currency(code)
		w(u, err)
	}
	for m := range timeline.ExtractDates("on 30 January 1950, in the 1990s, from March to May 2024, ngày 2 tháng 9 năm 1945") {
		w(m.Start, m.End, m.Value, m.Precision)
	}
	for m := range trade.ExtractFigures("trade reached $4.4 billion, up 24%, with 204,000 Russian visitors and twenty percent more") {
		w(m.Start, m.End, m.Kind, m.Figure, m.Rate)
	}
	return b.String()
}

// TestBuiltinTablesConcurrently reads every built-in table from 8
// goroutines at once, started together, as the first test of this binary
// so that the tables built on first use are built under contention; run
// with -race (as CI does), it fails on a data race, and without, on any
// goroutine reading something else than the others.
func TestBuiltinTablesConcurrently(t *testing.T) {
	const n = 8
	var (
		wg    sync.WaitGroup
		start = make(chan struct{})
		out   [n]string
	)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			out[i] = readBuiltinTables()
		}()
	}
	close(start)
	wg.Wait()
	if len(out[0]) < 2000 {
		t.Fatalf("the tables read as only %d bytes:\n%s", len(out[0]), out[0])
	}
	for i := 1; i < n; i++ {
		if out[i] != out[0] {
			t.Errorf("goroutine %d read differently from goroutine 0:\n%s\n---\n%s", i, out[i], out[0])
		}
	}
}
