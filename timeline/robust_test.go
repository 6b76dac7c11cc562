package timeline_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/internal/texttest"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// randomDate draws a date of any precision, with or without qualifiers and
// unspecified digits, from a fixed-seed source.
func randomDate(r *rand.Rand) timeline.Date {
	y := 1 + r.IntN(9999)
	var d timeline.Date
	var err error
	switch r.IntN(3) {
	case 0:
		d, err = timeline.NewYear(y)
	case 1:
		d, err = timeline.NewMonth(y, time.Month(1+r.IntN(12)))
	default:
		m := time.Month(1 + r.IntN(12))
		d, err = timeline.NewDate(y, m, 1+r.IntN(28))
	}
	if err != nil {
		panic(err)
	}
	if r.IntN(4) == 0 {
		d = d.Qualified(r.IntN(2) == 0, r.IntN(2) == 0)
	}
	return d
}

// TestOrderProperties checks with a fixed seed that Compare is a total
// order consistent with == and with the days each date covers: a date that
// starts on an earlier day sorts first.
func TestOrderProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	ds := make([]timeline.Date, 400)
	for i := range ds {
		ds[i] = randomDate(r)
	}
	for _, a := range ds {
		require.Equal(t, 0, a.Compare(a))
		for _, b := range ds {
			ab, ba := a.Compare(b), b.Compare(a)
			require.Equal(t, -ab, ba, "%s %s antisymmetric", a, b)
			require.Equal(t, ab == 0, a == b, "%s %s consistent with ==", a, b)
			if a.Span().Start.Compare(b.Span().Start) < 0 {
				require.Equal(t, -1, ab, "%s starts before %s", a, b)
			}
		}
	}
	for i := 0; i < 2000; i++ {
		a, b, c := ds[r.IntN(len(ds))], ds[r.IntN(len(ds))], ds[r.IntN(len(ds))]
		if a.Compare(b) <= 0 && b.Compare(c) <= 0 {
			require.LessOrEqual(t, a.Compare(c), 0, "transitive: %s %s %s", a, b, c)
		}
	}
}

// TestAddYearsInverse: AddYears(n).AddYears(-n) is the date itself, except
// February 29 which comes back as February 28 when it passed a common year.
func TestAddYearsInverse(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20000; i++ {
		d := randomDate(r)
		if r.IntN(10) == 0 {
			d = timeline.MustParseDate("2024-02-29")
		}
		n := r.IntN(200) - 100
		there := d.AddYears(n)
		if there.IsZero() {
			continue
		}
		back := there.AddYears(-n)
		if d.Month() == time.February && d.Day() == 29 && there.Day() == 28 {
			require.Equal(t, 28, back.Day())
			continue
		}
		require.Equal(t, d, back, "%s + %d years", d, n)
	}
}

func TestUnmarshalErrors(t *testing.T) {
	var d timeline.Date
	err := json.Unmarshal([]byte(`"1950-1-30"`), &d)
	var pe *timeline.ParseError
	require.True(t, errors.As(err, &pe))
	require.Error(t, json.Unmarshal([]byte(`1950`), &d))
	var s timeline.Span
	require.ErrorIs(t, json.Unmarshal([]byte(`"2025/2024"`), &s), timeline.ErrSyntax)
	var k timeline.Kind
	require.Error(t, json.Unmarshal([]byte(`"parade"`), &k))
	var tl timeline.Timeline
	require.Error(t, json.Unmarshal([]byte(`{"id":"x"}`), &tl))
	require.Error(t, json.Unmarshal([]byte(`[{"id":"x","kind":"visit","when":"2025-02-30"}]`), &tl))
}

func TestSourceParse(t *testing.T) {
	s, err := timeline.ParseSource("002_a303d40a4328e215.txt:1005-1021")
	require.NoError(t, err)
	require.Equal(t, timeline.Source{Document: "002_a303d40a4328e215.txt", Start: 1005, End: 1021}, s)
	require.Equal(t, "002_a303d40a4328e215.txt:1005-1021", s.String())
	for in, msg := range map[string]string{
		"":                     `timeline: parsing "" as source: empty input`,
		"doc":                  `timeline: parsing "doc" as source: want DOCUMENT:START-END`,
		":1-2":                 `timeline: parsing ":1-2" as source: want DOCUMENT:START-END`,
		"doc:1":                `timeline: parsing "doc:1" as source: want START-END after the colon`,
		"doc:5-2":              `timeline: parsing "doc:5-2" as source: end offset 2 before start 5`,
		"doc:a-2":              `timeline: parsing "doc:a-2" as source: start offset "a" is not a decimal number`,
		"doc:1-":               `timeline: parsing "doc:1-" as source: end offset missing`,
		"doc:-1-2":             `timeline: parsing "doc:-1-2" as source: start offset missing`,
		"doc:1-99999999999999": `timeline: parsing "doc:1-99999999999999" as source: end offset too large`,
	} {
		_, err := timeline.ParseSource(in)
		require.EqualError(t, err, msg)
		require.ErrorIs(t, err, timeline.ErrSyntax)
	}
	bad := timeline.Source{Document: "d", Start: 2, End: 40, Quote: "x"}
	var se *timeline.SourceError
	require.True(t, errors.As(bad.Verify([]byte("short")), &se))
	require.EqualError(t, timeline.Source{Document: "d", Start: 0, End: 2, Quote: "ab"}.Verify([]byte("xy")), `timeline: source d:0-2: quote "ab" does not match "xy"`)
}

// TestConcurrentLabels reads label tables and formats from many goroutines.
func TestConcurrentLabels(t *testing.T) {
	d := timeline.MustParseDate("1950-01-30")
	s := timeline.MustParseSpan("2025-01-14/2025-01-15")
	tags := []language.Tag{language.English, language.Vietnamese, language.Russian, language.MustParse("fr")}
	want := make([]string, len(tags))
	for i, tag := range tags {
		want[i] = d.Label(tag) + s.Label(tag) + timeline.KindSummit.Label(tag)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				k := i % len(tags)
				if got := d.Label(tags[k]) + s.Label(tags[k]) + timeline.KindSummit.Label(tags[k]); got != want[k] {
					t.Errorf("got %q", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzUnmarshalTimeline(f *testing.F) {
	f.Add(`[{"id":"a","kind":"visit","when":"2025-01-14/2025-01-15","title":{"en":"x"}}]`)
	f.Add(`[{"id":"a","kind":"visit","when":"2025"},{"id":"a"}]`)
	f.Add(`[[[[[[[[[[[[`)
	f.Add(strings.Repeat(`[`, 10000))
	f.Fuzz(func(t *testing.T, s string) { texttest.JSONFixpoint[timeline.Timeline](t, []byte(s)) })
}

func TestParseSpanMoreErrors(t *testing.T) {
	for _, in := range []string{"/", "//", "..", "../", "/..", "2025/..x", "x/2025", "2025-01-32/2025-02", "2025 / 2026", "2025/2026 ",
		"2025-01-15/2025-01-14", "2025-13/..", "../2025-00", "2025?/2024", "2025/2025/2025", "\xff/2025", "2025/\x00", "202/2025",
		"+2025/2026", "2025-01-01T00/2025-01-02"} {
		_, err := timeline.ParseSpan(in)
		require.Error(t, err, "%q", in)
		var pe *timeline.ParseError
		require.True(t, errors.As(err, &pe), "%q", in)
		require.Equal(t, "span", pe.What)
		require.ErrorIs(t, err, timeline.ErrSyntax)
	}
}

// TestParseKindErrors: an event kind names the input and the reason, and
// an out-of-range kind has no text form.
func TestParseKindErrors(t *testing.T) {
	for _, in := range []string{"", " ", "Visit", "visit ", "visits", "Kind(3)", "meeting?", "\xff", "0", "state visit",
		"official_visit", "anniversary ", "ESTABLISHMENT", "signing\x00", "national-day-", "-", "other1", "unknown ", "vi", "ru"} {
		_, err := timeline.ParseKind(in)
		require.EqualError(t, err, "timeline: parsing "+strconv.Quote(in)+" as event kind: unknown kind", "%q", in)
		require.ErrorIs(t, err, timeline.ErrSyntax)
	}
}
