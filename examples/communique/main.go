// Command communique parses the English text of a joint communiqué, joint
// statement or news report of talks into clauses, with their actors,
// stance, topics, mentions and event codes.
//
// Usage:
//
//	go run ./examples/communique [-format text|json|jsonl] [-lang en|vi|ru] [-style news|cldr] [FILE]
//
// With no FILE it reads standard input. json prints the agreement.Communique
// (schema version agreement.SchemaVersion); jsonl prints one clause per line
// with its CAMEO and PLOVER codes, for event-data pipelines. Bad input exits
// with status 1 and a message naming the problem.
//
// -style news (the default) labels with the tag "LANG-x-news", which writes
// the issue date as newsrooms print it ("Jan. 14-15, 2025", "14-15/1/2025",
// "14–15 января 2025 года"); -style cldr writes the CLDR 48 form ("January
// 14 – 15, 2025"). The json and jsonl outputs carry no labels and are the
// same in both.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bilateral-go/bilateral/agreement"
	"golang.org/x/text/language"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "communique:", err)
		}
		os.Exit(1)
	}
}

// clauseLine is one jsonl record.
type clauseLine struct {
	Index    int                 `json:"index"`
	Start    int                 `json:"start"`
	End      int                 `json:"end"`
	Actors   []agreement.Party   `json:"actors"`
	Stance   agreement.Stance    `json:"stance"`
	Negated  bool                `json:"negated,omitempty"`
	CAMEO    string              `json:"cameo,omitempty"`
	PLOVER   string              `json:"plover,omitempty"`
	Topics   []agreement.Topic   `json:"topics"`
	Mentions []agreement.Mention `json:"mentions"`
	Text     string              `json:"text"`
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("communique", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text, json or jsonl")
	lang := fs.String("lang", "en", "language of the labels: en, vi or ru")
	style := fs.String("style", "news", "style of the labels: news (as newsrooms print them) or cldr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch *lang {
	case "en", "vi", "ru":
	default:
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
	in := stdin
	name := "standard input"
	switch fs.NArg() {
	case 0:
	case 1:
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, fs.Arg(0)
	default:
		return errors.New("at most one file")
	}
	c, err := agreement.ParseCommunique(in, agreement.ParseOptions{})
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(c)
	case "jsonl":
		enc := json.NewEncoder(stdout)
		for i, cl := range c.Clauses() {
			line := clauseLine{i, cl.Start, cl.End, cl.Actors, cl.Stance, cl.Negated, cl.Stance.CAMEO(), cl.Stance.PLOVER(), cl.Topics, cl.Mentions, cl.Text}
			if err := enc.Encode(line); err != nil {
				return err
			}
		}
		return nil
	case "text":
		var b strings.Builder
		fmt.Fprintf(&b, "%s: %s\n", c.Kind.Label(tag), c.Title)
		if !c.Issued.IsZero() {
			fmt.Fprintf(&b, "%s", c.Issued.Label(tag))
		}
		if c.Place != "" {
			fmt.Fprintf(&b, ", %s", c.Place)
		}
		var parties []string
		for _, p := range c.Parties {
			parties = append(parties, p.Label(tag))
		}
		fmt.Fprintf(&b, " · %s\n", strings.Join(parties, " – "))
		for i, cl := range c.Clauses() {
			var actors, topics []string
			for _, a := range cl.Actors {
				actors = append(actors, a.String())
			}
			for _, t := range cl.Topics {
				topics = append(topics, t.Label(tag))
			}
			neg := ""
			if cl.Negated {
				neg = " (negated)"
			}
			fmt.Fprintf(&b, "\n%d. [%s] %s%s · CAMEO %s · %s\n   %s\n", i+1, strings.Join(actors, "+"), cl.Stance.Label(tag), neg,
				cl.Stance.CAMEO(), strings.Join(topics, ", "), cl.Text)
			for _, m := range cl.Mentions {
				fmt.Fprintf(&b, "   · %s: %s\n", m.Kind.Label(tag), m.Text)
			}
		}
		_, err := io.WriteString(stdout, b.String())
		return err
	}
	return fmt.Errorf("-format %q: want text, json or jsonl", *format)
}
