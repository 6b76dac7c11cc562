package timeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite golden files")

func icsTimeline(t *testing.T) *timeline.Timeline {
	var tl timeline.Timeline
	for _, e := range []timeline.Event{
		{ID: "relations", Kind: timeline.KindEstablishment, When: timeline.MustParseSpan("1950-01-30"),
			Title:   timeline.Text{EN: "Diplomatic relations established", VI: "Thiết lập quan hệ ngoại giao", RU: "Установление дипломатических отношений"},
			Subject: timeline.Text{EN: "diplomatic relations", VI: "thiết lập quan hệ ngoại giao", RU: "установления дипломатических отношений"}},
		{ID: "visit", Kind: timeline.KindOfficialVisit, When: timeline.MustParseSpan("2025-01-14/2025-01-15"), Place: "Hanoi, Viet Nam",
			Title: timeline.Text{EN: "Official visit; talks, a wreath, and a long title that must be folded because it is longer than seventy-five octets"}},
		{ID: "leap", Kind: timeline.KindOther, When: timeline.MustParseSpan("2000-02-29"), Title: timeline.Text{EN: "Leap\\day\nnote", RU: "Високосный день — очень длинное русское название, которое нужно перенести"}},
		{ID: "partnership", Kind: timeline.KindUpgrade, When: timeline.MustParseSpan("2001"), Title: timeline.Text{EN: "Strategic partnership"}},
	} {
		require.NoError(t, tl.Add(e))
	}
	return &tl
}

func TestWriteICSGolden(t *testing.T) {
	tl := icsTimeline(t)
	for _, lang := range []string{"en", "ru"} {
		var buf bytes.Buffer
		err := tl.WriteICS(&buf, timeline.ICSOptions{
			Stamp:     time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
			Lang:      language.MustParse(lang),
			Window:    timeline.MustParseSpan("2025"),
			Recurring: true,
		})
		require.NoError(t, err)
		golden := filepath.Join("testdata", "calendar."+lang+".ics")
		if *update {
			require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
		}
		want, err := os.ReadFile(golden)
		require.NoError(t, err)
		require.Equal(t, string(want), buf.String())
		checkICS(t, buf.Bytes())
	}
}

// checkICS is a small independent reader of RFC 5545: it checks CRLF line
// ends and the 75-octet limit, unfolds, and checks the structure and the
// date values of every VEVENT.
func checkICS(t *testing.T, b []byte) {
	t.Helper()
	require.True(t, bytes.HasSuffix(b, []byte("\r\n")))
	raw := strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n")
	var lines []string
	for _, l := range raw {
		require.LessOrEqual(t, len(l), 75, "line over 75 octets: %q", l)
		for _, r := range l {
			require.False(t, unicode.IsControl(r) && r != '\t', "control character %U in %q", r, l)
		}
		require.True(t, utf8.ValidString(l), "fold split a UTF-8 sequence: %q", l)
		require.NotContains(t, l, "\n")
		if strings.HasPrefix(l, " ") {
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	require.Equal(t, "BEGIN:VCALENDAR", lines[0])
	require.Equal(t, "END:VCALENDAR", lines[len(lines)-1])
	var inEvent bool
	var props map[string]string
	uids := map[string]bool{}
	for _, l := range lines[1 : len(lines)-1] {
		switch l {
		case "BEGIN:VEVENT":
			require.False(t, inEvent)
			inEvent, props = true, map[string]string{}
			continue
		case "END:VEVENT":
			require.True(t, inEvent)
			inEvent = false
			for _, p := range []string{"UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"} {
				require.Contains(t, props, p)
			}
			require.False(t, uids[props["UID"]], "duplicate UID %s", props["UID"])
			uids[props["UID"]] = true
			start, err := time.Parse("20060102", props["DTSTART;VALUE=DATE"])
			require.NoError(t, err)
			end, err := time.Parse("20060102", props["DTEND;VALUE=DATE"])
			require.NoError(t, err)
			require.True(t, end.After(start), "DTEND is exclusive and after DTSTART")
			continue
		}
		name, value, ok := strings.Cut(l, ":")
		require.True(t, ok, "no colon in %q", l)
		if inEvent {
			props[name] = value
		}
	}
	require.False(t, inEvent)
	checkICalJS(t, b)
}

func TestWriteICSUnescape(t *testing.T) {
	tl := icsTimeline(t)
	var buf bytes.Buffer
	require.NoError(t, tl.WriteICS(&buf, timeline.ICSOptions{Stamp: time.Unix(0, 0)}))
	checkICS(t, buf.Bytes())
	unfolded := strings.ReplaceAll(buf.String(), "\r\n ", "")
	require.Contains(t, unfolded, `SUMMARY:Official visit\; talks\, a wreath\, and a long title`)
	require.Contains(t, unfolded, `SUMMARY:Leap\\day\nnote`)
	require.Contains(t, unfolded, "DTSTART;VALUE=DATE:20250114\r\nDTEND;VALUE=DATE:20250116\r\n")
	require.Contains(t, unfolded, "DTSTART;VALUE=DATE:20010101\r\nDTEND;VALUE=DATE:20020101\r\n")
	require.Contains(t, unfolded, "DTSTAMP:19700101T000000Z")
}

// TestWriteICSZeroOptions: the zero ICSOptions writes a deterministic
// calendar, with DTSTAMP 1970-01-01T00:00:00Z.
func TestWriteICSZeroOptions(t *testing.T) {
	tl := icsTimeline(t)
	var a, b bytes.Buffer
	require.NoError(t, tl.WriteICS(&a, timeline.ICSOptions{}))
	require.NoError(t, tl.WriteICS(&b, timeline.ICSOptions{}))
	require.Equal(t, a.String(), b.String())
	checkICS(t, a.Bytes())
	require.Equal(t, 4, strings.Count(a.String(), "\r\nDTSTAMP:19700101T000000Z\r\n"))
	var c bytes.Buffer
	require.NoError(t, tl.WriteICS(&c, timeline.ICSOptions{Stamp: time.Unix(0, 0)}))
	require.Equal(t, a.String(), c.String())
}

// vevents reads the VEVENTs of an iCalendar object: unfolded, each as a map
// from property name (with parameters) to its values in order.
func vevents(t *testing.T, b []byte) []map[string][]string {
	t.Helper()
	unfolded := strings.ReplaceAll(string(b), "\r\n ", "")
	var out []map[string][]string
	var cur map[string][]string
	for _, l := range strings.Split(strings.TrimSuffix(unfolded, "\r\n"), "\r\n") {
		switch l {
		case "BEGIN:VEVENT":
			cur = map[string][]string{}
		case "END:VEVENT":
			out = append(out, cur)
			cur = nil
		default:
			if cur != nil {
				name, value, ok := strings.Cut(l, ":")
				require.True(t, ok, l)
				cur[name] = append(cur[name], value)
			}
		}
	}
	return out
}

// instances expands the VEVENTs of an iCalendar object into the dates they
// fall on in the years from, to, keyed by UID. It knows the yearly rules
// WriteICS writes, read as RFC 5545 §3.3.10 defines them, and EXDATE.
func instances(t *testing.T, b []byte, from, to int) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, ev := range vevents(t, b) {
		require.Len(t, ev["UID"], 1)
		uid := ev["UID"][0]
		start, err := time.Parse("20060102", ev["DTSTART;VALUE=DATE"][0])
		require.NoError(t, err)
		rule := ev["RRULE"]
		if rule == nil {
			if start.Year() >= from && start.Year() <= to {
				out[uid] = append(out[uid], start.Format("2006-01-02"))
			}
			continue
		}
		excluded := map[string]bool{}
		for _, x := range ev["EXDATE;VALUE=DATE"] {
			for _, d := range strings.Split(x, ",") {
				excluded[d] = true
			}
		}
		for y := max(from, start.Year()); y <= to; y++ {
			var d time.Time
			switch rule[0] {
			case "FREQ=YEARLY":
				d = time.Date(y, start.Month(), start.Day(), 0, 0, 0, 0, time.UTC)
				if d.Day() != start.Day() {
					continue // no such day this year
				}
			case "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1":
				d = time.Date(y, 3, 0, 0, 0, 0, 0, time.UTC)
			case "FREQ=YEARLY;BYYEARDAY=60":
				d = time.Date(y, 1, 60, 0, 0, 0, 0, time.UTC)
			default:
				t.Fatalf("unknown rule %q", rule[0])
			}
			if !excluded[d.Format("20060102")] {
				out[uid] = append(out[uid], d.Format("2006-01-02"))
			}
		}
	}
	return out
}

// TestWriteICSWindowAndRecurring: with a window and yearly series both,
// every anniversary in the window is listed once: the series leave out the
// days the window lists (EXDATE). Each UID is one VEVENT.
func TestWriteICSWindowAndRecurring(t *testing.T) {
	for _, policy := range []timeline.LeapPolicy{timeline.LeapPolicyFeb28, timeline.LeapPolicyMar1} {
		tl := icsTimeline(t)
		tl.Policy = policy
		var buf bytes.Buffer
		require.NoError(t, tl.WriteICS(&buf, timeline.ICSOptions{Stamp: time.Unix(0, 0), Window: timeline.MustParseSpan("2024-06/2026"), Recurring: true}))
		checkICS(t, buf.Bytes())
		perUID := map[string]int{}
		for _, ev := range vevents(t, buf.Bytes()) {
			perUID[ev["UID"][0]]++
		}
		for uid, n := range perUID {
			require.Equal(t, 1, n, uid)
		}
		// Per event, the days of 2024–2026 the calendar shows: the event
		// itself, the window's anniversaries (from 2024-06), the series.
		leap2025 := "2025-02-28"
		if policy == timeline.LeapPolicyMar1 {
			leap2025 = "2025-03-01"
		}
		want := map[string][]string{
			"relations":   {"2024-01-30", "2025-01-30", "2026-01-30"}, // series in 2024, window after
			"visit":       {"2025-01-14", "2026-01-14"},               // the visit, then its 1st anniversary
			"leap":        {"2024-02-29", leap2025, "2026-" + leap2025[5:]},
			"partnership": {"2025-01-01", "2026-01-01"}, // year precision: window only, on January 1
		}
		if d := cmp.Diff(want, byEvent(instances(t, buf.Bytes(), 2024, 2026))); d != "" {
			t.Errorf("policy %s: days per event (-want +got):\n%s", policy, d)
		}
		t.Run("ical.js expansion", func(t *testing.T) {
			got := map[string][]string{}
			for _, ev := range icalJS(t, buf.Bytes(), 2024, 2026).Events {
				got[ev.UID] = append(got[ev.UID], ev.Days...)
			}
			if d := cmp.Diff(want, byEvent(got)); d != "" {
				t.Errorf("policy %s: days per event as ical.js expands them (-want +got):\n%s", policy, d)
			}
		})
	}
}

// byEvent groups the days of the VEVENTs WriteICS writes, keyed by UID,
// by the ID of the event they come from (IDs without "-"), sorted.
func byEvent(days map[string][]string) map[string][]string {
	out := map[string][]string{}
	for uid, ds := range days {
		id, _, _ := strings.Cut(strings.TrimSuffix(uid, "@bilateral.invalid"), "-")
		out[id] = append(out[id], ds...)
	}
	for id := range out {
		slices.Sort(out[id])
	}
	return out
}

// TestAddInvalidUTF8: Add refuses an event with invalid UTF-8 in any of
// its strings, naming the field, so that no writer meets such bytes.
func TestAddInvalidUTF8(t *testing.T) {
	bad := strings.Repeat("\x80", 80)
	base := timeline.Event{ID: "e", Kind: timeline.KindVisit, When: timeline.MustParseSpan("2025-01-14"), Title: timeline.Text{EN: "Visit"}}
	for field, change := range map[string]func(*timeline.Event){
		"title.en":        func(e *timeline.Event) { e.Title.EN = bad },
		"title.vi":        func(e *timeline.Event) { e.Title.VI = "Thăm\xff" },
		"subject.ru":      func(e *timeline.Event) { e.Subject.RU = bad },
		"place":           func(e *timeline.Event) { e.Place = "Ha\xc3noi" },
		"participant":     func(e *timeline.Event) { e.Participants = []string{"Viet Nam", "\xe2\x82"} },
		"source.document": func(e *timeline.Event) { e.Source = timeline.Source{Document: "d\xff.txt", End: 1, Quote: "x"} },
		"source.quote":    func(e *timeline.Event) { e.Source = timeline.Source{Document: "d.txt", End: 1, Quote: "\xff"} },
	} {
		e := base
		change(&e)
		var tl timeline.Timeline
		err := tl.Add(e)
		var ee *timeline.EventError
		require.True(t, errors.As(err, &ee), "%s: %v", field, err)
		require.EqualError(t, err, `timeline: event "e": `+field+` is not valid UTF-8`)
		require.Equal(t, 0, tl.Len())
	}
	var tl timeline.Timeline
	e := base
	e.ID = "e\xff"
	require.EqualError(t, tl.Add(e), `timeline: event "e\xff": id is not valid UTF-8`)
}

// TestWriteICSInvalidUTF8Options: caller-supplied options with invalid
// UTF-8 do not stop WriteICS from returning; each bad byte is written as
// U+FFFD.
func TestWriteICSInvalidUTF8Options(t *testing.T) {
	tl := icsTimeline(t)
	done := make(chan error, 1)
	var buf bytes.Buffer
	go func() {
		done <- tl.WriteICS(&buf, timeline.ICSOptions{Stamp: time.Unix(0, 0), UIDDomain: strings.Repeat("\x80", 100)})
	}()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(5 * time.Second):
		t.Fatal("WriteICS does not return")
	}
	checkICS(t, buf.Bytes())
	unfolded := strings.ReplaceAll(buf.String(), "\r\n ", "")
	require.Contains(t, unfolded, "UID:visit@"+strings.Repeat("\uFFFD", 100)+"\r\n")
}

// failAfter accepts n bytes, then fails every write, counting the writes
// it was asked for after the first failure.
type failAfter struct {
	n, late int
	failed  bool
}

var errDiskFull = errors.New("disk full")

func (w *failAfter) Write(p []byte) (int, error) {
	if w.failed {
		w.late++
		return 0, errDiskFull
	}
	if len(p) <= w.n {
		w.n -= len(p)
		return len(p), nil
	}
	k := w.n
	w.n, w.failed = 0, true
	return k, errDiskFull
}

// TestWriteICSWriteError: WriteICS returns the first write error and does
// not write again after it, wherever the failure falls.
func TestWriteICSWriteError(t *testing.T) {
	var tl timeline.Timeline
	for i := range 300 {
		require.NoError(t, tl.Add(timeline.Event{ID: "e" + strconv.Itoa(i), Kind: timeline.KindVisit,
			When: timeline.MustParseSpan("2001-03-04"), Title: timeline.Text{EN: strings.Repeat("long title ", 10)}}))
	}
	opts := timeline.ICSOptions{Stamp: time.Unix(0, 0), Window: timeline.MustParseSpan("2025"), Recurring: true}
	var full bytes.Buffer
	require.NoError(t, tl.WriteICS(&full, opts))
	for _, n := range []int{0, 1, 100, 4095, 4096, 4097, 50000, full.Len() / 2, full.Len() - 1} {
		w := &failAfter{n: n}
		err := tl.WriteICS(w, opts)
		require.ErrorIs(t, err, errDiskFull, "n=%d", n)
		require.True(t, w.failed)
		require.Equal(t, 0, w.late, "n=%d: writes after the first error", n)
	}
}

// TestWriteICSInjection: no caller-supplied string can start a line of its
// own: a CRLF in the PRODID, the UID domain, an ID or a title is escaped,
// and control characters other than the newline (escaped as \n) and the tab
// (written as a space) are dropped.
func TestWriteICSInjection(t *testing.T) {
	var tl timeline.Timeline
	require.NoError(t, tl.Add(timeline.Event{ID: "a\r\nBEGIN:VEVENT", Kind: timeline.KindVisit, When: timeline.MustParseSpan("2025-01-14"),
		Title: timeline.Text{EN: "a\x00b\x1bc\x7fd\u0085e\rf\tg\nh\r\nEND:VCALENDAR"}, Place: "Hanoi\r\nBEGIN:VALARM"}))
	var buf bytes.Buffer
	require.NoError(t, tl.WriteICS(&buf, timeline.ICSOptions{
		Stamp:     time.Unix(0, 0),
		ProdID:    "x\r\nBEGIN:VEVENT",
		UIDDomain: "example.org\r\nBEGIN:VEVENT",
	}))
	checkICS(t, buf.Bytes())
	out := buf.String()
	require.Equal(t, 1, strings.Count(out, "\r\nBEGIN:VEVENT\r\n"), out)
	require.Equal(t, 1, strings.Count(out, "\r\nBEGIN:"+"VEVENT"), out)
	require.NotContains(t, out, "\r\nBEGIN:VALARM")
	require.Equal(t, 1, strings.Count(out, "\r\nEND:VCALENDAR"), out)
	unfolded := strings.ReplaceAll(out, "\r\n ", "")
	require.Contains(t, unfolded, "\r\nPRODID:x\\nBEGIN:VEVENT\r\n")
	require.Contains(t, unfolded, "\r\nUID:a\\nBEGIN:VEVENT@example.org\\nBEGIN:VEVENT\r\n")
	require.Contains(t, unfolded, "\r\nSUMMARY:abcdef g\\nh\\nEND:VCALENDAR\r\n")
	require.Contains(t, unfolded, "\r\nLOCATION:Hanoi\\nBEGIN:VALARM\r\n")
	t.Run("ical.js values", func(t *testing.T) {
		cal := icalJS(t, buf.Bytes(), 0, 0)
		require.Equal(t, "x\nBEGIN:VEVENT", cal.ProdID)
		require.Len(t, cal.Events, 1)
		require.Equal(t, "a\nBEGIN:VEVENT@example.org\nBEGIN:VEVENT", cal.Events[0].UID)
		require.Equal(t, "abcdef g\nh\nEND:VCALENDAR", cal.Events[0].Summary)
	})
}

// icalEvent is a VEVENT as ical.js reads it; Days are the days its
// recurrence set falls on in the years asked for.
type icalEvent struct {
	UID     string   `json:"uid"`
	DTStart string   `json:"dtstart"`
	IsDate  bool     `json:"isDate"`
	Summary string   `json:"summary"`
	Days    []string `json:"days"`
}

// icalCalendar is a VCALENDAR as ical.js reads it.
type icalCalendar struct {
	ProdID string      `json:"prodid"`
	Events []icalEvent `json:"events"`
}

// icalJS reads b with ical.js, an independent parser (testdata/icaljs,
// installed there with npm ci), expanding recurrences over the years from,
// to (none when to is 0). It skips the test when node is not on PATH or
// ical.js is not installed.
func icalJS(t *testing.T, b []byte, from, to int) icalCalendar {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node not on PATH")
	}
	dir := filepath.Join("testdata", "icaljs")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "ical.js", "package.json")); err != nil {
		t.Skip("ical.js not installed: cd timeline/testdata/icaljs && npm ci")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "parse.js", strconv.Itoa(from), strconv.Itoa(to))
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(b)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "ical.js: %s", stderr.String())
	var cal icalCalendar
	require.NoError(t, json.Unmarshal(out, &cal))
	return cal
}

// checkICalJS checks that ical.js reads b as the same VEVENTs, with the
// same UIDs and all-day DTSTART values, as the lines of b say.
func checkICalJS(t *testing.T, b []byte) {
	t.Helper()
	t.Run("ical.js", func(t *testing.T) {
		cal := icalJS(t, b, 0, 0)
		var want, got []string
		for _, ev := range vevents(t, b) {
			d := ev["DTSTART;VALUE=DATE"][0]
			want = append(want, unescapeText(ev["UID"][0])+" "+d[:4]+"-"+d[4:6]+"-"+d[6:])
		}
		for _, ev := range cal.Events {
			require.True(t, ev.IsDate, ev.UID)
			got = append(got, ev.UID+" "+ev.DTStart)
		}
		require.Equal(t, want, got)
	})
}

// unescapeText reads a TEXT value as RFC 5545 §3.3.11 defines it.
func unescapeText(s string) string {
	return strings.NewReplacer(`\\`, `\`, `\n`, "\n", `\N`, "\n", `\;`, ";", `\,`, ",").Replace(s)
}
