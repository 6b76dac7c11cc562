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
// The card is that of package internal/card, which "bilateral card" prints
// too; its doc gives the JSON schema. The ics output is an RFC 5545
// calendar of the events and of their anniversaries in the year.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/bilateral-go/bilateral/internal/card"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "vietnam-russia:", err)
		}
		os.Exit(2)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("vietnam-russia", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o card.Options
	o.Register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	return card.Write(stdout, o)
}
