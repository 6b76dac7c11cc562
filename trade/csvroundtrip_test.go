package trade_test

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
)

// TestCSVKeepsQuotedCRLF: a quote with a CRLF inside comes back byte for
// byte, so that Source.Verify still finds it in its document.
func TestCSVKeepsQuotedCRLF(t *testing.T) {
	doc := "Hà Nội, 15 March\r\nTrade grew 24%.\r\n"
	quote := doc[:len("Hà Nội, 15 March\r\nTrade grew 24%.")]
	in := strings.TrimSuffix(header, "\n") + ",quote\r\n" +
		"VN,RU,total,trade,2024,,USD,,24%,doc.txt:0-" + strconv.Itoa(len(quote)) + ",\"" + quote + "\"\r\n"
	series, err := trade.ReadCSV(strings.NewReader(in))
	require.NoError(t, err)
	src := series[0].Observations[0].Source
	require.Equal(t, quote, src.Quote)
	require.NoError(t, src.Verify([]byte(doc)))

	var buf bytes.Buffer
	require.NoError(t, trade.WriteCSV(&buf, series))
	back, err := trade.ReadCSV(&buf)
	require.NoError(t, err)
	require.Equal(t, series, back)
}

// TestCSVSkipsByteOrderMark: Excel's "CSV UTF-8" starts with U+FEFF.
func TestCSVSkipsByteOrderMark(t *testing.T) {
	row := "VN,RU,total,trade,2024,4400000000,USD,100000000,,\r\n"
	series, err := trade.ReadCSV(strings.NewReader("\uFEFF" + strings.ReplaceAll(header, "\n", "\r\n") + row))
	require.NoError(t, err)
	require.Len(t, series, 1)
	require.Equal(t, "VN", series[0].Reporter)
}

// TestWriteCSVRefuses: what ReadCSV could not read back equal is refused
// with a *WriteError, before anything is written.
func TestWriteCSVRefuses(t *testing.T) {
	v := trade.MustParseFigure("$4.4 billion")
	visitors := trade.MustParseFigure("204,000 visitors")
	derived, err := v.Scale("1.1")
	require.NoError(t, err)
	p := trade.MustParsePeriod("2024")
	ok := trade.Observation{Period: p, Value: &v}
	series := func(mod func(*trade.Series)) []trade.Series {
		s := trade.Series{Reporter: "VN", Partner: "RU", Flow: trade.FlowTotal, Indicator: "trade", Unit: v.Unit(),
			Observations: []trade.Observation{ok, ok}}
		mod(&s)
		return []trade.Series{s}
	}
	tests := []struct {
		in  []trade.Series
		msg string
	}{
		{series(func(s *trade.Series) { s.Indicator = "" }), `trade: writing CSV: series 0, observation 0: indicator "": empty`},
		{series(func(s *trade.Series) { s.Observations[1].Period = trade.Period{} }), `trade: writing CSV: series 0, observation 1: zero period`},
		{series(func(s *trade.Series) { s.Observations[1].Source = timeline.Source{Start: 1, End: 5} }),
			`trade: writing CSV: series 0, observation 1: source ":1-5" has no document`},
		{series(func(s *trade.Series) { s.Observations = nil }), `trade: writing CSV: series 0: no observations`},
		{append(series(func(*trade.Series) {}), series(func(*trade.Series) {})...),
			`trade: writing CSV: series 1: same reporter, partner, flow, indicator and unit as series 0, which ReadCSV would merge`},
		{series(func(s *trade.Series) { s.Observations[0].Value = nil }), `trade: writing CSV: series 0, observation 0: neither a value nor a change`},
		{series(func(s *trade.Series) { s.Observations[0].Value = &derived }),
			`trade: writing CSV: series 0, observation 0: derived value "4840000000 USD in [4785000000, 4895000000]" has no CSV form`},
		{series(func(s *trade.Series) { s.Observations[0].Value = &visitors }),
			`trade: writing CSV: series 0, observation 0: value unit visitors differs from the series unit USD`},
		{series(func(s *trade.Series) { s.Partner = "XX" }),
			`trade: writing CSV: series 0, observation 0: economy "XX": not an ISO 3166-1 alpha-2 code or a known grouping`},
		{series(func(s *trade.Series) { s.Flow = 9 }),
			`trade: writing CSV: series 0, observation 0: flow "Flow(9)": want export, import, total or balance`},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		err := trade.WriteCSV(&buf, tt.in)
		require.EqualError(t, err, tt.msg)
		require.ErrorIs(t, err, trade.ErrUnwritable)
		var we *trade.WriteError
		require.ErrorAs(t, err, &we)
		require.Zero(t, buf.Len(), "nothing is written")
	}
}

// TestCSVGeneratedRoundTrip: whatever WriteCSV writes, ReadCSV reads back
// equal; what it cannot write is a *WriteError (fixed seed).
func TestCSVGeneratedRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	rare := func() bool { return r.IntN(25) == 0 } // a value WriteCSV must refuse
	written := 0
	for i := range 3000 {
		var in []trade.Series
		for range r.IntN(3) + 1 {
			u := genUnits[r.IntN(len(genUnits))]
			s := trade.Series{
				Reporter:  pick("VN", "RU", "EAEU"),
				Partner:   pick("RU", "ASEAN", "WLD", "VN"),
				Flow:      trade.Flow(r.IntN(5)),
				Indicator: pick("trade", "agri-food", "a,b", "two\r\nlines", " spaced \"", "ends\r"),
				Unit:      u,
			}
			switch {
			case rare():
				s.Reporter = pick("XX", "", "vn")
			case rare():
				s.Indicator = ""
			case rare():
				s.Flow = 5
			}
			n := 1 + r.IntN(3)
			if rare() {
				n = 0
			}
			for range n {
				var o trade.Observation
				if !rare() {
					y := 1 + r.IntN(9998)
					p, err := trade.NewPeriod(y, time.Month(1+r.IntN(12)), y+1, time.Month(1+r.IntN(12)))
					require.NoError(t, err)
					o.Period = p
				}
				if r.IntN(4) > 0 {
					uu := u
					if rare() {
						uu = trade.Tonnes
					}
					if f, err := genFigure(r, uu); err == nil {
						if rare() {
							f, _ = f.Scale("1.1")
						}
						o.Value = &f
					}
				}
				if o.Value == nil && !rare() || r.IntN(2) == 0 {
					if g, err := genRate(r); err == nil {
						if r.IntN(4) == 0 {
							g = g.Round(r.IntN(3))
						}
						o.Change = &g
					}
				}
				if o.Value == nil && o.Change == nil && !rare() {
					g := trade.MustParseRate("8.3%")
					o.Change = &g
				}
				if r.IntN(2) == 0 {
					o.Source = timeline.Source{
						Document: pick("doc.txt", "a:b.txt", "dir/x y.txt", "line\r\nbreak"),
						Start:    r.IntN(100),
						Quote:    pick("", "", "a\r\nb", "x\"y, z", "\r", "ends\r\n", "\xff\xfe", "\n\n", "\r\n\r\n"),
					}
					o.Source.End = o.Source.Start + r.IntN(50)
					switch {
					case rare():
						o.Source.Document = ""
					case rare():
						o.Source.Start = -1
					}
				}
				s.Observations = append(s.Observations, o)
			}
			in = append(in, s)
		}
		var buf bytes.Buffer
		err := trade.WriteCSV(&buf, in)
		if err != nil {
			var we *trade.WriteError
			require.True(t, errors.As(err, &we), "case %d: %v is not a *WriteError", i, err)
			continue
		}
		written++
		text := buf.String()
		back, err := trade.ReadCSV(&buf)
		require.NoError(t, err, "case %d:\n%s", i, text)
		require.Equal(t, in, back, "case %d:\n%s", i, text)
	}
	require.Greater(t, written, 1000, "too few generated series were writable")
}
