package trade_test

import (
	"encoding"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/internal/texttest"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
)

// genPeriod returns a random period: a run of months, a year, or the
// first months of a year.
func genPeriod(r *rand.Rand) trade.Period {
	y := 1 + r.IntN(9999)
	var p trade.Period
	var err error
	switch r.IntN(3) {
	case 0:
		p, err = trade.YearPeriod(y)
	case 1:
		p, err = trade.FirstMonths(y, 1+r.IntN(12))
	default:
		a := y*12 + r.IntN(12)
		b := min(a+r.IntN(40), 9999*12+11)
		p, err = trade.NewPeriod(a/12, time.Month(a%12+1), b/12, time.Month(b%12+1))
	}
	if err != nil {
		panic(err)
	}
	return p
}

// genUnit returns a random unit: a currency code that ISO 4217 has, a
// named count unit, a noun, or none.
func genUnit(r *rand.Rand) trade.Unit {
	for {
		switch r.IntN(4) {
		case 0:
			code := string([]byte{byte('A' + r.IntN(26)), byte('A' + r.IntN(26)), byte('A' + r.IntN(26))})
			if u, err := trade.Currency(code); err == nil {
				return u
			}
		case 1:
			us := trade.CountUnits()
			return us[r.IntN(len(us))]
		case 2:
			nouns := []string{"company", "visa", "memorandum", "ship", "doctor", "engineer"}
			if u, err := trade.CountUnit(nouns[r.IntN(len(nouns))]); err == nil {
				return u
			}
		default:
			return trade.Unit{}
		}
	}
}

func genSeries(r *rand.Rand) trade.Series {
	s := trade.Series{
		Reporter:  []string{"VN", "RU", "CN", "EU"}[r.IntN(4)],
		Partner:   []string{"VN", "RU", "US", "WLD"}[r.IntN(4)],
		Flow:      trade.Flows()[r.IntN(len(trade.Flows()))],
		Indicator: []string{"trade", "visitor-arrivals", "x"}[r.IntN(3)],
		Unit:      genUnit(r),
	}
	for range r.IntN(5) {
		o := trade.Observation{Period: genPeriod(r)}
		if f, err := genFigure(r, s.Unit); err == nil && r.IntN(4) > 0 {
			o.Value = &f
		}
		if g, err := genRate(r); err == nil && r.IntN(2) == 0 {
			o.Change = &g
		}
		if r.IntN(2) == 0 {
			start := r.IntN(10000)
			o.Source = timeline.Source{Document: "doc.txt", Start: start, End: start + r.IntN(100), Quote: "q"}
		}
		s.Observations = append(s.Observations, o)
	}
	return s
}

// TestPropertyRoundTrip: every type of the package with a text or JSON
// form reads back equal what it writes, for generated values (fixed seed).
func TestPropertyRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 2))
	for range 3000 {
		u := genUnit(r)
		texttest.ValueRoundTrip(t, u, trade.ParseUnit)
		if f, err := genFigure(r, u); err == nil {
			texttest.ValueRoundTrip(t, f, trade.ParseFigure)
			texttest.ValueRoundTrip(t, f.Round(1+r.IntN(18)), trade.ParseFigure)
			lo, hi := f.Bounds()
			texttest.ValueRoundTrip(t, lo, trade.ParseFigure)
			texttest.ValueRoundTrip(t, hi, trade.ParseFigure)
		}
		if g, err := genRate(r); err == nil {
			texttest.ValueRoundTrip(t, g, trade.ParseRate)
			texttest.ValueRoundTrip(t, g.Round(r.IntN(19)), trade.ParseRate)
			lo, hi := g.Bounds()
			texttest.ValueRoundTrip(t, lo, trade.ParseRate)
			texttest.ValueRoundTrip(t, hi, trade.ParseRate)
		}
		texttest.ValueRoundTrip(t, genPeriod(r), trade.ParsePeriod)
	}
	for range 500 {
		s := genSeries(r)
		texttest.JSONRoundTrip(t, s)
		for _, f := range trade.Check(s) {
			texttest.JSONRoundTrip(t, f)
		}
	}
	// Every enum value writes a text that reads back; a value out of range
	// writes none.
	enums := 0
	for v := range 256 {
		check := func(s fmt.Stringer, m encoding.TextMarshaler, name string, rt func()) {
			if s.String() == fmt.Sprintf("%s(%d)", name, v) {
				_, err := m.MarshalText()
				require.Error(t, err, "%s(%d)", name, v)
				return
			}
			rt()
			enums++
		}
		fl, sv, mk, q := trade.Flow(v), trade.Severity(v), trade.MentionKind(v), trade.Qualifier(v)
		check(fl, fl, "Flow", func() { texttest.ValueRoundTrip(t, fl, trade.ParseFlow) })
		check(sv, sv, "Severity", func() { texttest.ValueRoundTrip(t, sv, trade.ParseSeverity) })
		check(mk, mk, "MentionKind", func() { texttest.ValueRoundTrip(t, mk, trade.ParseMentionKind) })
		check(q, q, "Qualifier", func() { texttest.ValueRoundTrip(t, q, trade.ParseQualifier) })
	}
	require.Equal(t, 5+4+5+6, enums)
}
