package timeline_test

import (
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func ev(id string, kind timeline.Kind, when string) timeline.Event {
	return timeline.Event{ID: id, Kind: kind, Title: timeline.Text{EN: id}, When: timeline.MustParseSpan(when)}
}

func sample(t testing.TB) *timeline.Timeline {
	var tl timeline.Timeline
	for _, e := range []timeline.Event{
		ev("relations", timeline.KindEstablishment, "1950-01-30"),
		ev("strategic", timeline.KindUpgrade, "2001"),
		ev("comprehensive", timeline.KindUpgrade, "2012-07"),
		ev("leap", timeline.KindOther, "2000-02-29"),
		ev("visit", timeline.KindOfficialVisit, "2025-01-14/2025-01-15"),
		ev("liberation", timeline.KindLiberation, "1975-04-30"),
		ev("vague", timeline.KindOther, "195X"),
	} {
		require.NoError(t, tl.Add(e))
	}
	return &tl
}

type occ struct {
	ID  string
	N   int
	On  string
	Rnd bool
	Maj bool
}

func occs(seq func(func(timeline.Occurrence) bool)) []occ {
	var out []occ
	for o := range seq {
		out = append(out, occ{o.Event.ID, o.N, o.On.String(), o.Round, o.Major})
	}
	return out
}

func TestAnniversaries(t *testing.T) {
	tl := sample(t)
	tests := []struct {
		window string
		want   []occ
	}{
		{"2025-01", []occ{{"relations", 75, "2025-01-30", true, true}}},
		{"2025-01-01/2025-03-31", []occ{
			{"relations", 75, "2025-01-30", true, true},
			{"leap", 25, "2025-02-28", true, true},
		}},
		{"2025", []occ{
			{"strategic", 24, "2025", false, false},
			{"relations", 75, "2025-01-30", true, true},
			{"leap", 25, "2025-02-28", true, true},
			{"liberation", 50, "2025-04-30", true, true},
			{"comprehensive", 13, "2025-07", false, false},
		}},
		{"2024-02-29", []occ{{"leap", 24, "2024-02-29", false, false}}},
		{"2024-02-28", nil},
		{"2026-01-14/2026-01-15", []occ{{"visit", 1, "2026-01-14", false, false}}},
		{"2012-07-01/2012-07-31", nil}, // the origin itself is no anniversary
		{"2025-07-15/2025-08-14", nil}, // does not cover July 2025 whole
		// Longer than the index: walks the events.
		{"2025/2026", []occ{
			{"strategic", 24, "2025", false, false},
			{"relations", 75, "2025-01-30", true, true},
			{"leap", 25, "2025-02-28", true, true},
			{"liberation", 50, "2025-04-30", true, true},
			{"comprehensive", 13, "2025-07", false, false},
			{"strategic", 25, "2026", true, true},
			{"visit", 1, "2026-01-14", false, false},
			{"relations", 76, "2026-01-30", false, false},
			{"leap", 26, "2026-02-28", false, false},
			{"liberation", 51, "2026-04-30", false, false},
			{"comprehensive", 14, "2026-07", false, false},
		}},
	}
	for _, tt := range tests {
		got := occs(tl.Anniversaries(timeline.MustParseSpan(tt.window)))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Anniversaries(%s) (-want +got):\n%s", tt.window, diff)
		}
	}
	require.Empty(t, occs(tl.Anniversaries(timeline.MustParseSpan("2025/.."))))

	round := occs(tl.RoundAnniversaries(timeline.MustParseSpan("2025")))
	require.Len(t, round, 3)

	mar := timeline.Timeline{Policy: timeline.LeapPolicyMar1}
	require.NoError(t, mar.Add(ev("leap", timeline.KindOther, "2000-02-29")))
	require.Equal(t, []occ{{"leap", 25, "2025-03-01", true, true}}, occs(mar.Anniversaries(timeline.MustParseSpan("2025-02-15/2025-03-15"))))
}

// TestAnniversariesIndexAgreesWithScan compares the indexed path with the
// year-by-year walk on windows of every length up to the index limit.
func TestAnniversariesIndexAgreesWithScan(t *testing.T) {
	tl := sample(t)
	start := timeline.MustParseDate("2023-12-01")
	for days := 0; days < 400; days += 7 {
		end := start.AddDays(days)
		w, err := timeline.NewSpan(start, end)
		require.NoError(t, err)
		got := occs(tl.Anniversaries(w))
		var want []occ
		for e := range tl.Events() {
			o := e.When.Start
			for n := 1; n < 200; n++ {
				a := tl.Policy.Anniversary(o, n)
				if !a.IsZero() && w.Contains(a) {
					want = append(want, occ{e.ID, n, a.String(), timeline.IsRound(n), timeline.IsMajor(n)})
				}
			}
		}
		require.ElementsMatch(t, want, got, "window %s", w)
	}
}

func TestBetweenAndAdd(t *testing.T) {
	tl := sample(t)
	var ids []string
	for e := range tl.Between(timeline.MustParseSpan("2012/2025-01-14")) {
		ids = append(ids, e.ID)
	}
	require.Equal(t, []string{"comprehensive", "visit"}, ids)
	require.Equal(t, 7, tl.Len())
	e, ok := tl.Event("visit")
	require.True(t, ok)
	require.Equal(t, timeline.KindOfficialVisit, e.Kind)

	require.EqualError(t, tl.Add(ev("visit", timeline.KindVisit, "2025")), `timeline: event "visit": duplicate id`)
	require.EqualError(t, tl.Add(timeline.Event{ID: "x"}), `timeline: event "x": no start date`)
	require.EqualError(t, tl.Add(timeline.Event{When: timeline.MustParseSpan("2025")}), `timeline: event "": empty id`)
	require.EqualError(t, tl.Add(ev("k", timeline.Kind(99), "2025")), `timeline: event "k": kind Kind(99) out of range`)
}

func TestTimelineJSON(t *testing.T) {
	tl := sample(t)
	b, err := json.Marshal(tl)
	require.NoError(t, err)
	var back timeline.Timeline
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, collect(tl), collect(&back))
	err = json.Unmarshal([]byte(`[{"id":"a","kind":"visit","when":"2025"},{"id":"a","kind":"visit","when":"2025"}]`), &back)
	require.Error(t, err)
	err = json.Unmarshal([]byte(`[{"id":"a","kind":"parade","when":"2025"}]`), &timeline.Timeline{})
	require.EqualError(t, err, `timeline: timeline[0].kind: "parade": unknown kind`)
}

func collect(tl *timeline.Timeline) []timeline.Event {
	var out []timeline.Event
	for e := range tl.Events() {
		out = append(out, e)
	}
	return out
}

func TestKinds(t *testing.T) {
	for _, k := range timeline.Kinds() {
		back, err := timeline.ParseKind(k.String())
		require.NoError(t, err)
		require.Equal(t, k, back)
	}
	require.Equal(t, "Kind(99)", timeline.Kind(99).String())
	b, err := timeline.KindUnknown.MarshalText()
	require.NoError(t, err)
	require.Equal(t, "unknown", string(b))
	_, err = timeline.Kind(99).MarshalText()
	require.Error(t, err)
}

func TestConcurrentReads(t *testing.T) {
	tl := sample(t)
	w := timeline.MustParseSpan("2025")
	want := occs(tl.Anniversaries(w))
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if got := occs(tl.Anniversaries(w)); !cmp.Equal(want, got) {
					t.Error("concurrent read differs")
					return
				}
				for range tl.Between(w) {
				}
			}
		}()
	}
	wg.Wait()
}

var (
	bigOnce sync.Once
	big     *timeline.Timeline
	bigAll  []timeline.Event
)

// bigTimeline has 1,000,000 day-precision events spread over every day of
// the years 1900–2024.
func bigTimeline(b *testing.B) (*timeline.Timeline, []timeline.Event) {
	bigOnce.Do(func() {
		big = &timeline.Timeline{}
		start := timeline.MustParseDate("1900-01-01")
		for i := 0; i < 1_000_000; i++ {
			d := start.AddDays(i % 45656)
			e := timeline.Event{ID: fmt.Sprint(i), Kind: timeline.KindOther, When: timeline.Span{Start: d, End: d}}
			if err := big.Add(e); err != nil {
				panic(err)
			}
			bigAll = append(bigAll, e)
		}
	})
	return big, bigAll
}

func BenchmarkAnniversaries(b *testing.B) {
	tl, _ := bigTimeline(b)
	w := timeline.MustParseSpan("2025-01")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for range tl.Anniversaries(w) {
			n++
		}
		if n == 0 {
			b.Fatal("no anniversaries")
		}
	}
}

// BenchmarkAnniversariesLinearScan is the baseline for BenchmarkAnniversaries:
// the same query by looking at every event.
func BenchmarkAnniversariesLinearScan(b *testing.B) {
	_, all := bigTimeline(b)
	w := timeline.MustParseSpan("2025-01")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for _, e := range all {
			a := timeline.Anniversary(e.When.Start, timeline.OrdinalIn(e.When.Start, 2025))
			if !a.IsZero() && w.Contains(a) {
				n++
			}
		}
		if n == 0 {
			b.Fatal("no anniversaries")
		}
	}
}

// TestOccurrenceSharesEvent: occurrences point at the timeline's copy of
// the event (equal pointers across queries, so occurrences compare with ==),
// and the zero Occurrence has an empty label instead of a panic.
func TestOccurrenceSharesEvent(t *testing.T) {
	var tl timeline.Timeline
	require.NoError(t, tl.Add(ev("relations", timeline.KindEstablishment, "1950-01-30")))
	var got []timeline.Occurrence
	for range 2 {
		for o := range tl.Anniversaries(timeline.MustParseSpan("2025")) {
			got = append(got, o)
		}
	}
	require.Len(t, got, 2)
	require.True(t, got[0] == got[1], "the same anniversary twice compares equal")
	require.Equal(t, "relations", got[0].Event.ID)
	e, _ := tl.Event("relations")
	require.Equal(t, e, *got[0].Event)
	require.Equal(t, "75th anniversary: “relations”", got[0].Label(language.English), "no Subject: the title quoted")
	require.Equal(t, "", timeline.Occurrence{}.Label(language.Russian))
	require.NotPanics(t, func() { _ = timeline.Occurrence{N: 3}.Label(language.Russian) }, "no event")
}

// TestTimelineJSONByValue: a Timeline held by value in a struct marshals
// its events, not an empty shell.
func TestTimelineJSONByValue(t *testing.T) {
	type holder struct {
		TL timeline.Timeline `json:"tl"`
	}
	h := holder{TL: *sample(t)}
	b, err := json.Marshal(h)
	require.NoError(t, err)
	var back holder
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, 7, back.TL.Len())
	require.Equal(t, collect(sample(t)), collect(&back.TL))
}

// TestTimelineJSONPolicy: the leap policy survives a JSON round trip, and
// changes where the anniversary of February 29 falls in the timeline read
// back.
func TestTimelineJSONPolicy(t *testing.T) {
	tl := sample(t)
	tl.Policy = timeline.LeapPolicyMar1
	b, err := json.Marshal(tl)
	require.NoError(t, err)
	var back timeline.Timeline
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, timeline.LeapPolicyMar1, back.Policy)
	require.Equal(t, collect(tl), collect(&back))
	var on []string
	for o := range back.Anniversaries(timeline.MustParseSpan("2025-02-28/2025-03-01")) {
		if o.Event.ID == "leap" {
			on = append(on, o.On.String())
		}
	}
	require.Equal(t, []string{"2025-03-01"}, on) // Mar1: 2000-02-29 + 25 years

	// A JSON text that names no policy keeps the receiver's.
	keep := timeline.Timeline{Policy: timeline.LeapPolicyMar1}
	require.NoError(t, json.Unmarshal([]byte(`[{"id":"a","kind":"visit","when":"2025"}]`), &keep))
	require.Equal(t, timeline.LeapPolicyMar1, keep.Policy)
	require.Equal(t, 1, keep.Len())

	err = json.Unmarshal([]byte(`{"policy":"mar2","events":[]}`), &back)
	require.EqualError(t, err, `timeline: timeline.policy: "mar2": unknown policy`)
	_, err = json.Marshal(timeline.Timeline{Policy: 7})
	require.ErrorContains(t, err, "timeline: invalid leap policy: LeapPolicy(7) has no text form")
}

// TestTimelineJSONAllOrNothing: an UnmarshalJSON that fails leaves the
// timeline as it was, and one that succeeds replaces its contents.
func TestTimelineJSONAllOrNothing(t *testing.T) {
	tl := sample(t)
	before := collect(tl)
	for _, in := range []string{
		`[{"id":"new","kind":"visit","when":"2025"},{"id":"new","kind":"visit","when":"2025"}]`,       // second is a duplicate
		`[{"id":"new","kind":"visit","when":"2025"},{"id":"bad","kind":"visit"}]`,                     // second has no date
		`{"policy":"mar1","events":[{"id":"new","kind":"visit","when":"2025"},{"id":""}]}`,            // second has no id
		`[{"id":"new","kind":"visit","when":"2025"},{"id":"bad","kind":"visit","when":"2025-02-30"}]`, // second does not parse
	} {
		require.Error(t, json.Unmarshal([]byte(in), tl), in)
		require.Equal(t, before, collect(tl), in)
		require.Equal(t, timeline.LeapPolicyFeb28, tl.Policy, in)
		_, found := tl.Event("new")
		require.False(t, found, in)
	}
	require.ErrorContains(t, json.Unmarshal([]byte(`{"policy":"mar1","id":"x"}`), tl), `unknown field "id"`)
	require.Equal(t, before, collect(tl))
	require.NoError(t, json.Unmarshal([]byte(`null`), tl))
	require.Equal(t, before, collect(tl))
	require.NoError(t, json.Unmarshal([]byte(`[{"id":"new","kind":"visit","when":"2025"}]`), tl))
	require.Equal(t, 1, tl.Len())
	_, found := tl.Event("relations")
	require.False(t, found)
}
