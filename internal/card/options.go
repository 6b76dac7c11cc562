package card

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
)

// Options are what a card is printed for: the flags -year, -lang, -format,
// -source and -data. The zero Options are not valid: Register sets the
// defaults (2025, en, text).
type Options struct {
	// Year is the year of the card, 1 to 9999.
	Year int
	// Lang is the language of the labels: en, vi or ru.
	Lang string
	// Style is the style of the labels: news (as newsrooms print them,
	// the default) or cldr (CLDR 48's forms).
	Style string
	// Format is the output: text, json or ics.
	Format string
	// Source is a communiqué text file to parse instead of the
	// Vietnam–Russia one; "" for that one.
	Source string
	// Data is the module's testdata directory; "" to find it (FindData).
	Data string
}

// Register defines the flags of o on fs, with their defaults.
func (o *Options) Register(fs *flag.FlagSet) {
	fs.IntVar(&o.Year, "year", 2025, "the year of the card")
	fs.StringVar(&o.Lang, "lang", "en", "language of the labels: en, vi or ru")
	fs.StringVar(&o.Style, "style", "news", "style of the labels: news (as newsrooms print them) or cldr")
	fs.StringVar(&o.Format, "format", "text", "output format: text, json or ics")
	fs.StringVar(&o.Source, "source", "", "a communiqué text file to parse instead of the Vietnam–Russia one")
	fs.StringVar(&o.Data, "data", "", "the module's testdata directory (found automatically)")
}

// Check reports the first option out of range, as a flag problem
// ("-lang \"fr\": want en, vi or ru"), or nil.
func (o Options) Check() error {
	switch o.Lang {
	case "en", "vi", "ru":
	default:
		return fmt.Errorf("-lang %q: want en, vi or ru", o.Lang)
	}
	switch o.Style {
	case "news", "cldr":
	default:
		return fmt.Errorf("-style %q: want news or cldr", o.Style)
	}
	if o.Year < 1 || o.Year > 9999 {
		return fmt.Errorf("-year %d: want a year from 1 to 9999", o.Year)
	}
	switch o.Format {
	case "text", "json", "ics":
	default:
		return fmt.Errorf("-format %q: want text, json or ics", o.Format)
	}
	return nil
}

// Write checks o, reads the data (from o.Data, or the directory FindData
// finds) and writes the card to w in o.Format.
func Write(w io.Writer, o Options) error {
	if err := o.Check(); err != nil {
		return err
	}
	if o.Data == "" {
		d, err := FindData()
		if err != nil {
			return err
		}
		o.Data = d
	}
	c, err := build(o)
	if err != nil {
		return err
	}
	switch o.Format {
	case "json":
		return c.writeJSON(w)
	case "ics":
		return c.writeICS(w)
	}
	return c.writeText(w)
}

// FindData locates the module's testdata directory, the one holding
// vietnam-russia/relationship.json: from the working directory upwards, then
// from this source file's directory (which go run compiles in).
func FindData() (string, error) {
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
