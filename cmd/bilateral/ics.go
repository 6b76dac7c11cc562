package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/bilateral-go/bilateral/timeline"
	"golang.org/x/text/language"
)

// maxTimelineBytes bounds the timeline JSON ics reads.
const maxTimelineBytes = 64 << 20

func runICS(name string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bilateral "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "en", "language of the event titles: en, vi or ru (timeline.Text)")
	stamp := fs.String("stamp", "", "DTSTAMP of every event, RFC 3339 (default: $SOURCE_DATE_EPOCH, else now)")
	year := fs.Int("year", 0, "add the anniversaries of the events in this year")
	window := fs.String("window", "", "add the anniversaries in this EDTF span (\"2025-01/2025-06\")")
	recurring := fs.Bool("recurring", false, "add a yearly recurring event (RRULE) for each event with a day")
	uidDomain := fs.String("uid-domain", "", "domain of the event UIDs (default bilateral.invalid)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, `Usage: bilateral ics [flags] FILE

ics reads a timeline JSON file (an array of timeline.Event, as in
testdata/vietnam-russia/events.json), or standard input for -, and writes it
as an iCalendar file (RFC 5545) on standard output: one all-day event per
event, and the anniversaries of -year or -window.

Flags:
`)
		fs.PrintDefaults()
		fmt.Fprint(stderr, `
Examples:

	bilateral ics testdata/vietnam-russia/events.json > events.ics
	bilateral ics -year 2025 -lang vi -stamp 2025-01-01T00:00:00Z events.json
`)
	}
	if st := parseFlags(fs, args); st >= 0 {
		return st
	}
	if fs.NArg() != 1 {
		return usageError(stderr, name, "want one FILE, or - for standard input")
	}
	opts := timeline.ICSOptions{Recurring: *recurring, UIDDomain: *uidDomain}
	var err error
	if opts.Lang, err = language.Parse(*lang); err != nil {
		return usageError(stderr, name, "-lang %q: %v", *lang, err)
	}
	if opts.Stamp, err = icsStamp(*stamp); err != nil {
		return usageError(stderr, name, "%v", err)
	}
	switch {
	case *year != 0 && *window != "":
		return usageError(stderr, name, "-year and -window: give one")
	case *year != 0:
		y, err := timeline.NewYear(*year)
		if err != nil {
			return usageError(stderr, name, "-year %d: %v", *year, err)
		}
		opts.Window = y.Span()
	case *window != "":
		if opts.Window, err = timeline.ParseSpan(*window); err != nil {
			return usageError(stderr, name, "-window: %v", err)
		}
	}

	path := fs.Arg(0)
	in := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintf(stderr, "bilateral: %s: %s\n", path, reason(err))
			return exitFail
		}
		defer f.Close()
		in = f
	}
	b, err := io.ReadAll(io.LimitReader(in, maxTimelineBytes+1))
	if err == nil && len(b) > maxTimelineBytes {
		err = fmt.Errorf("larger than %d bytes", maxTimelineBytes)
	}
	var t timeline.Timeline
	if err == nil {
		err = json.Unmarshal(b, &t)
	}
	if err != nil {
		fmt.Fprintf(stderr, "bilateral: %s: %s\n", path, reason(err))
		return exitFail
	}
	w := bufio.NewWriter(stdout)
	if err = t.WriteICS(w, opts); err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "bilateral: writing output: %v\n", err)
		return exitFail
	}
	return exitOK
}

// icsStamp is the DTSTAMP of the calendar: flag, an RFC 3339 time, when
// given; else $SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
// convention), when set; else the current time, to the second.
func icsStamp(flag string) (time.Time, error) {
	if flag != "" {
		t, err := time.Parse(time.RFC3339, flag)
		if err != nil {
			return time.Time{}, fmt.Errorf("-stamp %q: want an RFC 3339 time such as 2025-01-01T00:00:00Z", flag)
		}
		return t.UTC(), nil
	}
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		sec, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %q: want seconds since 1970", s)
		}
		return time.Unix(sec, 0).UTC(), nil
	}
	return time.Now().UTC().Truncate(time.Second), nil
}
