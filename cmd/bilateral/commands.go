package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/corpus"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

// docCommand parses the flags of a document command (the shared ones, and
// those extra adds), checks them and its paths, and runs the processor that
// setup returns over the documents. setup runs after the flags are parsed and
// returns the processor, or a usage problem.
func docCommand(name, synopsis, examples string, args []string, stdin io.Reader, stdout, stderr io.Writer,
	extra func(fs *flag.FlagSet), setup func(o *inputOptions) (processor, string)) int {
	fs := flag.NewFlagSet("bilateral "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o inputOptions
	o.register(fs)
	if extra != nil {
		extra(fs)
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: bilateral %s [flags] PATH...\n\n%s\n\nA PATH is a file, a directory (the files matching -glob, recursively),\n- for standard input, or a .jsonl file of one document per line.\n\nFlags:\n", name, synopsis)
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nExamples:\n\n%s\nA document that cannot be read or parsed is reported as \"bilateral: PATH: reason\"\nand skipped. Exit status: 0 when every document succeeded, 1 when one did\nnot, 2 for a usage error.\n", examples)
	}
	if st := parseFlags(fs, args); st >= 0 {
		return st
	}
	if problem := o.check(); problem != "" {
		return usageError(stderr, name, "%s", problem)
	}
	if fs.NArg() == 0 {
		return usageError(stderr, name, "no input: give PATH..., or - for standard input")
	}
	proc, problem := setup(&o)
	if problem != "" {
		return usageError(stderr, name, "%s", problem)
	}
	return process(fs.Args(), &o, stdin, stdout, stderr, proc)
}

// communiqueLine is one line of parse -format json.
type communiqueLine struct {
	Doc        string                `json:"doc"`
	Communique *agreement.Communique `json:"communique"`
}

// clauseCodes gives the CAMEO code and PLOVER event type of a clause
// (corpus.ClauseCodes).
func clauseCodes(c agreement.Clause) (cameo, plover string) {
	return corpus.ClauseCodes(c)
}

// parseOptions are the agreement.ParseOptions of every document: the
// -max-bytes and -lang of the command (no -lang: each document's language
// is detected).
func parseOptions(o *inputOptions) agreement.ParseOptions {
	opts := corpus.ParseOptions(o.maxBytes)
	opts.Language = o.tag
	return opts
}

// newEncoder writes JSON lines to out, leaving "<", ">" and "&" of the
// texts as they are.
func newEncoder(out io.Writer) *json.Encoder {
	return corpus.NewEncoder(out)
}

func runParse(name string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var format string
	return docCommand(name,
		"parse reads each document as a joint communiqué and writes its clauses.\n"+
			"-format jsonl writes one line per clause: doc, start, end (byte offsets),\n"+
			"text, stance, negated, cameo, plover, actors, topics and mentions;\n"+
			"-format json one line per document: {\"doc\": …, \"communique\": …};\n"+
			"-format text a summary to read.",
		"\tbilateral parse testdata/sources > clauses.jsonl\n"+
			"\tbilateral parse -format text -glob '*.txt' testdata/communiques\n"+
			"\tbilateral parse -j 8 -jsonl-field body -id-field url articles.jsonl\n"+
			"\tbilateral parse -format json - < statement.txt\n",
		args, stdin, stdout, stderr,
		func(fs *flag.FlagSet) {
			fs.StringVar(&format, "format", "jsonl", "output: jsonl (one clause a line), json (one document a line) or text")
		},
		func(o *inputOptions) (processor, string) {
			opts := parseOptions(o)
			parse := func(d *document) (*agreement.Communique, error) {
				return agreement.ParseCommuniqueString(d.text, opts)
			}
			switch format {
			case "jsonl":
				return func(out *bytes.Buffer, d *document) error {
					c, err := parse(d)
					if err != nil {
						return err
					}
					return corpus.WriteClauses(out, d.name, c)
				}, ""
			case "json":
				return func(out *bytes.Buffer, d *document) error {
					c, err := parse(d)
					if err != nil {
						return err
					}
					return newEncoder(out).Encode(communiqueLine{d.name, c})
				}, ""
			case "text":
				return func(out *bytes.Buffer, d *document) error {
					c, err := parse(d)
					if err != nil {
						return err
					}
					writeSummary(out, d.name, c)
					return nil
				}, ""
			}
			return nil, fmt.Sprintf("-format %q: want jsonl, json or text", format)
		})
}

// writeSummary writes c, read from the document named doc, for people: a
// header, then each clause with its actors, stance, CAMEO code, topics and
// mentions.
func writeSummary(b *bytes.Buffer, doc string, c *agreement.Communique) {
	tag := language.English
	fmt.Fprintf(b, "== %s\n%s", doc, c.Kind.Label(tag))
	if c.Title != "" {
		fmt.Fprintf(b, ": %s", c.Title)
	}
	b.WriteByte('\n')
	var head []string
	if !c.Issued.IsZero() {
		head = append(head, c.Issued.Label(tag))
	}
	if c.Place != "" {
		head = append(head, c.Place)
	}
	var parties []string
	for _, p := range c.Parties {
		parties = append(parties, p.Label(tag))
	}
	if len(parties) > 0 {
		head = append(head, strings.Join(parties, " – "))
	}
	if len(head) > 0 {
		fmt.Fprintf(b, "%s\n", strings.Join(head, " · "))
	}
	for i, cl := range c.Clauses() {
		var actors, topics []string
		for _, a := range cl.Actors {
			actors = append(actors, a.String())
		}
		for _, t := range cl.Topics {
			topics = append(topics, t.Label(tag))
		}
		fmt.Fprintf(b, "\n%d. [%s] %s", i+1, strings.Join(actors, "+"), cl.Stance.Label(tag))
		if cl.Negated {
			b.WriteString(" (negated)")
		}
		if cameo, _ := clauseCodes(cl); cameo != "" {
			fmt.Fprintf(b, " · CAMEO %s", cameo)
		}
		if len(topics) > 0 {
			fmt.Fprintf(b, " · %s", strings.Join(topics, ", "))
		}
		fmt.Fprintf(b, "\n   %s\n", cl.Text)
		for _, m := range cl.Mentions {
			fmt.Fprintf(b, "   · %s: %s\n", m.Kind.Label(tag), m.Text)
		}
	}
	b.WriteByte('\n')
}

// mentionLine is one line of dates, figures, citations and check: where the
// mention is in the document, its text, and its value in text form.
type mentionLine struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Value string `json:"value"`
	// Precision is the precision of a date: day, month or year.
	Precision string `json:"precision,omitempty"`
	// Kind is the kind of a figure: money, count or percent.
	Kind string `json:"kind,omitempty"`
	// Year is the year an instrument is cited with.
	Year int `json:"year,omitempty"`
	// Severity, Message and Clause describe a finding of check, whose Value
	// is its code.
	Severity string `json:"severity,omitempty"`
	Message  string `json:"message,omitempty"`
	Clause   *int   `json:"clause,omitempty"`
}

// mentionCommand is a document command that writes one mentionLine per
// mention each document yields.
func mentionCommand(name, synopsis, examples string, args []string, stdin io.Reader, stdout, stderr io.Writer,
	mentions func(o *inputOptions, d *document, emit func(mentionLine)) error) int {
	return docCommand(name, synopsis, examples, args, stdin, stdout, stderr, nil, func(o *inputOptions) (processor, string) {
		return func(out *bytes.Buffer, d *document) error {
			enc := newEncoder(out)
			var err error
			merr := mentions(o, d, func(m mentionLine) {
				m.Doc = d.name
				if err == nil {
					err = enc.Encode(m)
				}
			})
			if merr != nil {
				return merr
			}
			return err
		}, ""
	})
}

func runDates(name string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return mentionCommand(name,
		"dates writes one line per date mention (timeline.ExtractDates): doc,\n"+
			"start, end (byte offsets), text, value (EDTF day, month or year, or a\n"+
			"span start/end) and precision.",
		"\tbilateral dates testdata/sources\n"+
			"\techo 'Talks were held from January 14 to 15, 2025.' | bilateral dates -\n",
		args, stdin, stdout, stderr,
		func(o *inputOptions, d *document, emit func(mentionLine)) error {
			for m := range timeline.ExtractDatesWith(d.text, timeline.ExtractOptions{Language: o.tag}) {
				emit(mentionLine{Start: m.Start, End: m.End, Text: m.Text, Value: m.Value.String(), Precision: m.Precision.String()})
			}
			return nil
		})
}

func runFigures(name string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return mentionCommand(name,
		"figures writes one line per money amount, count or percentage\n"+
			"(trade.ExtractFigures): doc, start, end (byte offsets), text, value (the\n"+
			"canonical form of the trade.Figure or trade.Rate, with its rounding step)\n"+
			"and kind.",
		"\tbilateral figures testdata/sources\n"+
			"\techo 'Trade rose 24% to $4.4 billion.' | bilateral figures -\n",
		args, stdin, stdout, stderr,
		func(o *inputOptions, d *document, emit func(mentionLine)) error {
			for m := range trade.ExtractFiguresWith(d.text, trade.FigureOptions{Language: o.tag}) {
				value := m.Figure.String()
				if m.Kind == trade.MentionPercent {
					value = m.Rate.String()
				}
				emit(mentionLine{Start: m.Start, End: m.End, Text: m.Text, Value: value, Kind: m.Kind.String()})
			}
			return nil
		})
}

// citationsMax is the longest text agreement.Registry.Citations reads: it
// yields nothing for longer ones, so citations reports them instead.
const citationsMax = 1 << 20

func runCitations(name string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	reg := agreement.Builtin()
	return mentionCommand(name,
		"citations writes one line per citation of a well-known instrument\n"+
			"(agreement.Builtin, agreement.Registry.Citations): doc, start, end (byte\n"+
			"offsets), text, value (the instrument's ID) and year (as cited).\n"+
			"Documents over 1 MiB are refused.",
		"\tbilateral citations testdata/sources\n"+
			"\techo 'They reaffirmed the 1982 UNCLOS.' | bilateral citations -\n",
		args, stdin, stdout, stderr,
		func(_ *inputOptions, d *document, emit func(mentionLine)) error {
			if len(d.text) > citationsMax {
				return fmt.Errorf("larger than %d bytes, the most agreement.Registry.Citations reads", citationsMax)
			}
			for in, c := range reg.Citations(d.text) {
				emit(mentionLine{Start: c.Start, End: c.End, Text: c.Text, Value: in.ID, Year: c.Year})
			}
			return nil
		})
}

func runCheck(name string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return mentionCommand(name,
		"check parses each document as a joint communiqué and writes one line per\n"+
			"finding of agreement.Check: doc, start, end (byte offsets) and text of\n"+
			"the mention involved, value (the finding's code), severity, message and\n"+
			"clause (its index in the document).",
		"\tbilateral check testdata/sources\n"+
			"\tbilateral check -glob '*.txt' corpus/ | jq -r .message\n",
		args, stdin, stdout, stderr,
		func(o *inputOptions, d *document, emit func(mentionLine)) error {
			opts := parseOptions(o)
			c, err := agreement.ParseCommuniqueString(d.text, opts)
			if err != nil {
				return err
			}
			for _, f := range agreement.Check(c, opts.Registry) {
				emit(mentionLine{Start: f.Mention.Start, End: f.Mention.End, Text: f.Mention.Text, Value: f.Code,
					Severity: f.Severity.String(), Message: f.Label(language.English), Clause: &f.Clause})
			}
			return nil
		})
}
