// Command vietnam-russia prints the Vietnam–Russia relationship card for a
// year: the level of the relationship and its history, the anniversaries of
// the year, the visits, the events ahead, the trade and people-to-people figures with their
// growth and implied bases, the joint communiqué's clauses by stance and
// topic, and the cross-checks — every figure computed by the bilateral
// packages from the curated data in testdata/vietnam-russia and the source
// texts in testdata/sources.
//
// Usage:
//
//	go run ./examples/vietnam-russia [-year 2025] [-lang en|vi|ru] [-style news|cldr] [-format text|json|ics] [-source FILE] [-data DIR]
//
// -style news (the default) writes dates, figures and periods as newsrooms
// print them ("30/1/1950", "4,4 tỷ USD", "9 tháng đầu năm 2024"), by
// labelling with the tag "vi-x-news"; -style cldr writes the CLDR 48 form
// ("30 tháng 1, 1950", "4,4 T US$").
//
// The JSON output is one object, schema version 1:
//
//	{"version":1, "year":2025, "lang":"en", "style":"news",
//	 "relationship": {"parties":["VN","RU"], "level":"VN:…", "level_label":"…",
//	                  "established":"1950-01-30", "history":[{"level","label","on"}]},
//	 "anniversaries": [{"event","n","on","label","round","major"}],
//	 "visits": [{"event","kind","when","label","title"}],
//	 "ahead": [{"event","kind","when","label","title"}],
//	 "figures": [{"indicator","period","value","change","implied_base","label"}],
//	 "communique": {"clauses":N, "by_stance":[{"stance","label","count"}], "by_topic":[…]},
//	 "findings": [{"code","message","label"}]}
//
// The ics output is an RFC 5545 calendar of the events and of their
// anniversaries in the year.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "vietnam-russia:", err)
		}
		os.Exit(2)
	}
}

type options struct {
	year   int
	lang   string
	style  string
	format string
	source string
	data   string
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("vietnam-russia", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.IntVar(&o.year, "year", 2025, "the year of the card")
	fs.StringVar(&o.lang, "lang", "en", "language of the labels: en, vi or ru")
	fs.StringVar(&o.style, "style", "news", "style of the labels: news (as newsrooms print them) or cldr")
	fs.StringVar(&o.format, "format", "text", "output format: text, json or ics")
	fs.StringVar(&o.source, "source", "", "a communiqué text file to parse instead of the Vietnam–Russia one")
	fs.StringVar(&o.data, "data", "", "the module's testdata directory (found automatically)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	switch o.lang {
	case "en", "vi", "ru":
	default:
		return fmt.Errorf("-lang %q: want en, vi or ru", o.lang)
	}
	switch o.style {
	case "news", "cldr":
	default:
		return fmt.Errorf("-style %q: want news or cldr", o.style)
	}
	if o.year < 1 || o.year > 9999 {
		return fmt.Errorf("-year %d: want a year from 1 to 9999", o.year)
	}
	if o.data == "" {
		d, err := findData()
		if err != nil {
			return err
		}
		o.data = d
	}
	c, err := build(o)
	if err != nil {
		return err
	}
	switch o.format {
	case "text":
		return c.writeText(stdout)
	case "json":
		return c.writeJSON(stdout)
	case "ics":
		return c.writeICS(stdout)
	}
	return fmt.Errorf("-format %q: want text, json or ics", o.format)
}

// findData locates testdata: from the working directory upwards, then from
// this source file's directory (which go run compiles in).
func findData() (string, error) {
	var starts []string
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	if _, file, _, ok := runtime.Caller(0); ok {
		starts = append(starts, filepath.Dir(file))
	}
	for _, dir := range starts {
		for {
			cand := filepath.Join(dir, "testdata")
			if _, err := os.Stat(filepath.Join(cand, "vietnam-russia", "relationship.json")); err == nil {
				return cand, nil
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	return "", errors.New("cannot find testdata/vietnam-russia; run from the module root or pass -data")
}
