// Command anniversaries lists the round anniversaries (every fifth year)
// of the events of a timeline over the next years, as a table or an
// iCalendar file.
//
// Usage:
//
//	go run ./examples/anniversaries [-events FILE] [-from 2025-01-01] [-years 5] [-format table|ics] [-lang en|vi|ru] [-style news|cldr]
//
// -style news (the default) writes dates as newsrooms print them ("Jan. 30,
// 2025", "30/1/2025", "30 января 2025 года") by labelling with the tag
// "LANG-x-news"; -style cldr writes the CLDR 48 form ("January 30, 2025").
//
// FILE is a timeline in its JSON form (a JSON array of timeline.Event); the
// default is testdata/vietnam-russia/events.json of this module.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/bilateral-go/bilateral/timeline"
	"golang.org/x/text/language"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "anniversaries:", err)
		}
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("anniversaries", flag.ContinueOnError)
	fs.SetOutput(stderr)
	events := fs.String("events", "", "timeline JSON file (default: the Vietnam–Russia events)")
	from := fs.String("from", "2025-01-01", "first day, EDTF")
	years := fs.Int("years", 5, "number of years to cover, 1 to 100")
	format := fs.String("format", "table", "output format: table or ics")
	lang := fs.String("lang", "en", "language: en, vi or ru")
	style := fs.String("style", "news", "style of the labels: news (as newsrooms print them) or cldr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *years < 1 || *years > 100 {
		return fmt.Errorf("-years %d: want 1 to 100", *years)
	}
	start, err := timeline.ParseDate(*from)
	if err != nil {
		return fmt.Errorf("-from: %w", err)
	}
	if start.Precision() != timeline.PrecisionDay {
		return fmt.Errorf("-from %q: want a day (YYYY-MM-DD)", *from)
	}
	end := start.AddYears(*years).AddDays(-1)
	if end.IsZero() {
		return fmt.Errorf("-from %s plus %d years is beyond 9999", start, *years)
	}
	window := timeline.Span{Start: start, End: end}
	path := *events
	if path == "" {
		_, file, _, _ := runtime.Caller(0)
		path = filepath.Join(filepath.Dir(file), "..", "..", "testdata", "vietnam-russia", "events.json")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	tag, err := language.Parse(*lang)
	if err != nil || (*lang != "en" && *lang != "vi" && *lang != "ru") {
		return fmt.Errorf("-lang %q: want en, vi or ru", *lang)
	}
	switch *style {
	case "news":
		tag = language.MustParse(*lang + "-x-news")
	case "cldr":
	default:
		return fmt.Errorf("-style %q: want news or cldr", *style)
	}
	switch *format {
	case "ics":
		// Only the round anniversaries: a timeline of those occurrences.
		var round timeline.Timeline
		for o := range tl.RoundAnniversaries(window) {
			e := *o.Event // a copy: the timeline's event stays as it is
			e.ID = fmt.Sprintf("%s-%d", e.ID, o.N)
			e.Title = timeline.Text{EN: o.Label(language.English), VI: o.Label(language.Vietnamese), RU: o.Label(language.Russian)}
			e.When = o.On.Span()
			if err := round.Add(e); err != nil {
				return err
			}
		}
		return round.WriteICS(stdout, timeline.ICSOptions{Stamp: start.Time(time.UTC), Lang: tag})
	case "table":
		var sb strings.Builder
		for o := range tl.RoundAnniversaries(window) {
			mark := ""
			if o.Major {
				mark = " *"
			}
			fmt.Fprintf(&sb, "%-22s %4d  %s%s\n", o.On.Label(tag), o.N, o.Label(tag), mark)
		}
		_, err := io.WriteString(stdout, sb.String())
		return err
	}
	return fmt.Errorf("-format %q: want table or ics", *format)
}
