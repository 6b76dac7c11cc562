package timeline_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/timeline"
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
}

func TestWriteICSUnescape(t *testing.T) {
	tl := icsTimeline(t)
	var buf bytes.Buffer
	require.NoError(t, tl.WriteICS(&buf, timeline.ICSOptions{Stamp: time.Unix(0, 0)}))
	unfolded := strings.ReplaceAll(buf.String(), "\r\n ", "")
	require.Contains(t, unfolded, `SUMMARY:Official visit\; talks\, a wreath\, and a long title`)
	require.Contains(t, unfolded, `SUMMARY:Leap\\day\nnote`)
	require.Contains(t, unfolded, "DTSTART;VALUE=DATE:20250114\r\nDTEND;VALUE=DATE:20250116\r\n")
	require.Contains(t, unfolded, "DTSTART;VALUE=DATE:20010101\r\nDTEND;VALUE=DATE:20020101\r\n")
	require.Contains(t, unfolded, "DTSTAMP:19700101T000000Z")

	err := tl.WriteICS(&buf, timeline.ICSOptions{})
	require.ErrorIs(t, err, timeline.ErrNoStamp)
}
