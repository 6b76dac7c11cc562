// Command trade reads trade series from CSV (trade.CSVHeader) and prints,
// for every observation, its level, its stated change, the growth computed
// from the levels of the same period a year earlier, and the base a stated
// change implies, each with the interval the reported rounding allows, and
// the consistency findings of trade.Check.
//
// Usage:
//
//	go run ./examples/trade [-lang en|vi|ru] [-style news|cldr] [FILE.csv]
//
// -style news (the default) writes figures and periods as newsrooms print
// them ("$4.4 billion", "4,4 tỷ USD", "4,4 млрд долларов"; "Q3 2024",
// "quý III/2024") by labelling with the tag "LANG-x-news"; -style cldr
// writes the CLDR 48 form ("$4.4B", "4,4 T US$").
//
// The default file is testdata/vietnam-russia/trade.csv of this module.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "trade:", err)
		}
		os.Exit(1)
	}
}

var heads = map[string][3]string{
	"stated":  {"stated change", "mức tăng công bố", "заявленный рост"},
	"implied": {"implied base", "mức cùng kỳ suy ra", "расчётная база"},
	"growth":  {"growth from levels", "tăng trưởng tính từ số liệu", "рост по уровням"},
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("trade", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "en", "language: en, vi or ru")
	style := fs.String("style", "news", "style of the labels: news (as newsrooms print them) or cldr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	li := map[string]int{"en": 0, "vi": 1, "ru": 2}
	i, ok := li[*lang]
	if !ok {
		return fmt.Errorf("-lang %q: want en, vi or ru", *lang)
	}
	tag := language.MustParse(*lang)
	switch *style {
	case "news":
		tag = language.MustParse(*lang + "-x-news")
	case "cldr":
	default:
		return fmt.Errorf("-style %q: want news or cldr", *style)
	}
	path := fs.Arg(0)
	if path == "" {
		_, file, _, _ := runtime.Caller(0)
		path = filepath.Join(filepath.Dir(file), "..", "..", "testdata", "vietnam-russia", "trade.csv")
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	series, err := trade.ReadCSV(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	var b strings.Builder
	for _, s := range series {
		fmt.Fprintf(&b, "%s → %s · %s · %s\n", s.Reporter, s.Partner, s.Indicator, s.Flow.Label(tag))
		levels := map[trade.Period]trade.Figure{}
		for _, o := range s.Observations {
			if o.Value != nil {
				levels[o.Period] = *o.Value
			}
		}
		for _, o := range s.Observations {
			fmt.Fprintf(&b, "  %-10s", o.Period.Label(tag))
			if o.Value != nil {
				fmt.Fprintf(&b, "  %s", o.Value.Label(tag))
			}
			if o.Change != nil {
				fmt.Fprintf(&b, "  %s: %s", heads["stated"][i], o.Change.Label(tag))
			}
			b.WriteString("\n")
			if prev, ok := levels[o.Period.Previous()]; ok && o.Value != nil {
				if g, err := trade.Growth(prev, *o.Value); err == nil {
					lo, hi := g.Round(1).Bounds()
					fmt.Fprintf(&b, "      %s: %s [%s, %s]\n", heads["growth"][i], g.Label(tag), lo.Decimal(), hi.Decimal())
				}
			}
			if o.Value != nil && o.Change != nil {
				if base, err := trade.ImpliedBase(*o.Value, *o.Change); err == nil {
					fmt.Fprintf(&b, "      %s (%s): %s\n", heads["implied"][i], o.Period.Previous().Label(tag), base.Label(tag))
				}
			}
		}
		for _, fd := range trade.Check(s) {
			fmt.Fprintf(&b, "  ! %s: %s\n", fd.Severity.Label(tag), fd.Label(tag))
		}
	}
	_, err = io.WriteString(stdout, b.String())
	return err
}
