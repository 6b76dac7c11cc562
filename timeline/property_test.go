package timeline_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/internal/texttest"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
)

// genDate returns a random valid date of any precision, with qualifiers
// and unspecified digits; the last day of a month comes from package time.
func genDate(r *rand.Rand) timeline.Date {
	y := 1 + r.IntN(9999)
	m := time.Month(1 + r.IntN(12))
	var d timeline.Date
	var err error
	switch r.IntN(4) {
	case 0:
		d, err = timeline.NewYear(y)
	case 1:
		d, err = timeline.NewMonth(y, m)
	case 2:
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
		d, err = timeline.NewDate(y, m, 1+r.IntN(last))
	default:
		ys := fmt.Sprintf("%04d", max(y, 100))
		if r.IntN(2) == 0 {
			ys = ys[:3] + "X" // a decade
		} else {
			ys = ys[:2] + "XX" // a century
		}
		d, err = timeline.ParseDate(ys)
	}
	if err != nil {
		panic(err)
	}
	return d.Qualified(r.IntN(4) == 0, r.IntN(4) == 0)
}

// genSpan returns a random span, open at one end or neither.
func genSpan(r *rand.Rand) timeline.Span {
	for {
		a, b := genDate(r), genDate(r)
		switch r.IntN(5) {
		case 0:
			a = timeline.Date{}
		case 1:
			b = timeline.Date{}
		case 2:
			b = a
		}
		if s, err := timeline.NewSpan(a, b); err == nil {
			return s
		}
	}
}

// genString returns random valid UTF-8 of up to n runes, in the scripts
// the module reads, with punctuation that text forms use.
func genString(r *rand.Rand, n int) string {
	const alphabet = "abcxyzABCXYZ019 :/-.,'\"\\ăâđêôơưạảấầẩẫậĐàáабвгдежзийклмнопрстуфхцчшщыэюяЁ—…"
	runes := []rune(alphabet)
	var b strings.Builder
	for range r.IntN(n + 1) {
		b.WriteRune(runes[r.IntN(len(runes))])
	}
	return b.String()
}

func genSource(r *rand.Rand) timeline.Source {
	doc := genString(r, 12)
	if strings.TrimSpace(doc) == "" || strings.HasSuffix(doc, ":") {
		doc = "doc" + doc + ".txt"
	}
	start := r.IntN(100000)
	return timeline.Source{Document: doc, Start: start, End: start + r.IntN(5000)}
}

func genText(r *rand.Rand) timeline.Text {
	return timeline.Text{EN: genString(r, 20), VI: genString(r, 20), RU: genString(r, 20)}
}

func genEvent(r *rand.Rand, id string) timeline.Event {
	e := timeline.Event{
		ID:    id,
		Kind:  timeline.Kinds()[r.IntN(len(timeline.Kinds()))],
		Title: genText(r),
		Place: genString(r, 10),
	}
	if r.IntN(2) == 0 {
		e.Subject = genText(r)
	}
	for e.When.Start.IsZero() {
		e.When = genSpan(r)
	}
	for range r.IntN(3) {
		e.Participants = append(e.Participants, genString(r, 8))
	}
	if r.IntN(2) == 0 {
		e.Source = genSource(r)
		e.Source.Quote = genString(r, 30)
	}
	return e
}

// TestPropertyRoundTrip: every type of the package with a text or JSON
// form reads back equal what it writes, for generated values (fixed seed).
func TestPropertyRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(2026, 1))
	for range 3000 {
		texttest.ValueRoundTrip(t, genDate(r), timeline.ParseDate)
		texttest.ValueRoundTrip(t, genSpan(r), timeline.ParseSpan)
		src := genSource(r)
		back, err := timeline.ParseSource(src.String())
		require.NoError(t, err, "%q", src.String())
		require.Equal(t, src, back)
		src.Quote = genString(r, 30)
		texttest.JSONRoundTrip(t, src)
		texttest.JSONRoundTrip(t, genText(r))
		texttest.JSONRoundTrip(t, genEvent(r, genString(r, 6)+"x"))
	}
	// Every enum value writes a text that reads back; a value out of
	// range writes none.
	enums := 0
	for v := range 256 {
		if k := timeline.Kind(v); k.String() != fmt.Sprintf("Kind(%d)", v) {
			texttest.ValueRoundTrip(t, k, timeline.ParseKind)
			enums++
		} else {
			_, err := k.MarshalText()
			require.Error(t, err)
		}
		if p := timeline.LeapPolicy(v); p.String() != fmt.Sprintf("LeapPolicy(%d)", v) {
			texttest.ValueRoundTrip(t, p, timeline.ParseLeapPolicy)
			enums++
		}
		if p := timeline.Precision(v); p.String() != fmt.Sprintf("Precision(%d)", v) {
			texttest.ValueRoundTrip(t, p, timeline.ParsePrecision)
			enums++
		}
	}
	require.Equal(t, len(timeline.Kinds())+1+2+3, enums)

	// Timelines: events added in order, under either policy.
	for range 200 {
		var tl timeline.Timeline
		tl.Policy = timeline.LeapPolicy(r.IntN(2))
		for i := range r.IntN(8) {
			require.NoError(t, tl.Add(genEvent(r, fmt.Sprint("e", i))))
		}
		b, err := json.Marshal(tl)
		require.NoError(t, err)
		var back timeline.Timeline
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		require.Equal(t, tl.Policy, back.Policy)
		require.Equal(t, slices.Collect(tl.Events()), slices.Collect(back.Events()), "%s", b)
	}
}
