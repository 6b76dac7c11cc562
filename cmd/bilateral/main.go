// Command bilateral reads joint communiqués, joint statements and news
// reports of talks, in bulk, and writes what the bilateral packages find in
// them as JSON lines: the clauses of each document with their stance, CAMEO
// and PLOVER codes, actors, topics and mentions; the dates, figures and
// instrument citations; and the cross-checks. It also turns a timeline of
// events into an iCalendar file.
//
// Install it with
//
//	go install github.com/bilateral-go/bilateral/cmd/bilateral@latest
//
// Usage:
//
//	bilateral parse     [flags] PATH...   clauses (-format jsonl, json or text)
//	bilateral dates     [flags] PATH...   date mentions (timeline.ExtractDates)
//	bilateral figures   [flags] PATH...   money, counts and percentages (trade.ExtractFigures)
//	bilateral citations [flags] PATH...   instrument citations (agreement.Registry.Citations)
//	bilateral check     [flags] PATH...   findings of agreement.Check
//	bilateral ics       [flags] FILE      a timeline JSON file as iCalendar (RFC 5545)
//	bilateral card      [flags]           the Vietnam–Russia relationship card (-year -lang -format text|json|ics)
//	bilateral -version
//
// A PATH is a file, a directory (read recursively: the files matching -glob,
// "*.txt,*.md" by default, hidden files and directories skipped), "-" for
// standard input, or a JSONL file of one document per line (a path ending in
// ".jsonl", or every input with -jsonl): the text is the string field named by
// -jsonl-field ("text") and the document is named by -id-field ("id"), or by
// PATH:LINE when it has none.
//
// Documents are processed by -j worker goroutines (the number of CPUs by
// default) and written in input order whatever -j is; only a few documents
// per worker are held in memory at once.
//
// A document that cannot be read, is not valid UTF-8, is larger than
// -max-bytes or that the parser refuses is reported on standard error as
// "bilateral: PATH: reason" and skipped; the others are still processed.
// The exit status is 0 when every document succeeded, 1 when one did not,
// and 2 for a usage error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

// Exit statuses.
const (
	exitOK    = 0 // every document succeeded
	exitFail  = 1 // some document or the output failed
	exitUsage = 2 // bad command line
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command is one subcommand: its name, a one-line summary and how it runs.
type command struct {
	name    string
	summary string
	run     func(name string, args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

var commands = []command{
	{"parse", "clauses with stance, CAMEO and PLOVER codes, actors, topics and mentions", runParse},
	{"dates", "date mentions (timeline.ExtractDates)", runDates},
	{"figures", "money amounts, counts and percentages (trade.ExtractFigures)", runFigures},
	{"citations", "citations of well-known instruments (agreement.Builtin)", runCitations},
	{"check", "findings of agreement.Check: instruments cited with the wrong year, wrong anniversary ordinals", runCheck},
	{"ics", "a timeline JSON file (an array of timeline.Event) as an iCalendar file", runICS},
	{"card", "the Vietnam–Russia relationship card of a year, as text, JSON or iCalendar", runCard},
}

// run is the command: it reads its documents from the paths in args or
// from stdin, writes to stdout and reports to stderr, and returns the exit
// status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(stderr)
		return exitOK
	case "-version", "--version", "version":
		fmt.Fprintln(stdout, "bilateral", version())
		return exitOK
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(c.name, args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "bilateral: unknown command %q\n\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	var b strings.Builder
	b.WriteString(`bilateral reads joint communiqués and reports of talks in bulk.

Usage:

	bilateral COMMAND [flags] PATH...
	bilateral -version

Commands:

`)
	for _, c := range commands {
		fmt.Fprintf(&b, "\t%-10s %s\n", c.name, c.summary)
	}
	b.WriteString(`
A PATH is a file, a directory (its *.txt and *.md files, recursively), - for
standard input, or a .jsonl file of one document per line. Run
"bilateral COMMAND -h" for the flags of a command.

Examples:

	bilateral parse testdata/sources > clauses.jsonl
	bilateral parse -format text statement.txt
	bilateral parse -j 8 -jsonl-field body -id-field url articles.jsonl
	curl -s https://example.org/statement.txt | bilateral dates -
	bilateral check -glob '*.txt' corpus/
	bilateral ics -year 2025 testdata/vietnam-russia/events.json > events.ics
	bilateral card -year 2025 -lang vi
`)
	io.WriteString(w, b.String())
}

// version is the module version the binary was built from: "v1.2.0" when
// installed with go install …@v1.2.0, "(devel)" when unknown.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}

// parseFlags parses args with fs, whose output is stderr, and returns the exit
// status to return at once: exitOK for -h, exitUsage for a bad flag, or -1
// to go on.
func parseFlags(fs *flag.FlagSet, args []string) int {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	return -1
}

// usageError reports a bad command line of the named command and returns
// exitUsage.
func usageError(stderr io.Writer, name, format string, args ...any) int {
	fmt.Fprintf(stderr, "bilateral %s: %s\n", name, fmt.Sprintf(format, args...))
	fmt.Fprintf(stderr, "run \"bilateral %s -h\" for usage\n", name)
	return exitUsage
}
