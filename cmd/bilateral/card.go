package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/bilateral-go/bilateral/internal/card"
)

// runCard prints the Vietnam–Russia relationship card, as the
// vietnam-russia example does, with the same flags.
func runCard(name string, args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bilateral "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o card.Options
	o.Register(fs)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: bilateral %s [-year 2025] [-lang en|vi|ru] [-format text|json|ics] [-source FILE] [-data DIR]\n\n"+
			"card prints the Vietnam–Russia relationship card of a year: the level of the\n"+
			"relationship, the anniversaries, visits, trade and people-to-people figures,\n"+
			"the joint communiqué's clauses by stance and topic, and the cross-checks,\n"+
			"from the curated data in the module's testdata directory.\n\nFlags:\n", name)
		fs.PrintDefaults()
	}
	if st := parseFlags(fs, args); st >= 0 {
		return st
	}
	if fs.NArg() > 0 {
		return usageError(stderr, name, "unexpected argument %q", fs.Arg(0))
	}
	if err := o.Check(); err != nil {
		return usageError(stderr, name, "%v", err)
	}
	if err := card.Write(stdout, o); err != nil {
		fmt.Fprintf(stderr, "bilateral %s: %v\n", name, err)
		return exitFail
	}
	return exitOK
}
