package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/corpus"

	// File systems the inputs and outputs may be on.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
)

// The names of the output files under Options.Output.
const (
	ClausesFile    = "clauses.jsonl"
	StancesFile    = "stances.jsonl"
	FiguresFile    = "figures.jsonl"
	DeadLetterFile = "dead-letter.jsonl"
)

// Options are what the pipeline reads and where it writes.
type Options struct {
	// Inputs are the globs of the files read (filesystem.List patterns:
	// "corpus/*.txt", "gs://bucket/corpus/*.jsonl").
	Inputs []string
	// Output is the directory, or prefix ending in "/", the outputs are
	// written under.
	Output string
	// JSONL reads every input as JSONL; a path ending in ".jsonl" always is.
	JSONL bool
	// JSONLField is the JSONL field holding a document's text ("text" when
	// empty).
	JSONLField string
	// IDField is the JSONL field naming a document; the document is
	// PATH:LINE when it has none. "" names every document PATH:LINE.
	IDField string
	// MaxBytes is the largest document read (agreement.DefaultMaxBytes when
	// 0).
	MaxBytes int64
}

// Doc is one document on its way through the pipeline: its name (the file's
// path, the JSONL id, or PATH:LINE), its text, and the reason it could not
// be read, if any.
type Doc struct {
	ID     string
	Text   string
	Reason string
}

// DeadLetter is one line of the dead-letter output: a document and why it
// has no clauses.
type DeadLetter struct {
	Doc    string `json:"doc"`
	Reason string `json:"reason"`
}

func init() {
	beam.RegisterType(reflect.TypeOf((*Doc)(nil)).Elem())
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Doc), error](&readFn{})
	register.DoFn6x0[context.Context, Doc, func(string), func(string), func(string), func(string)](&parseFn{})
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&writeFn{})
	register.Function2x2(formatStance)
	register.Function2x2(formatFigure)
	register.Emitter1[Doc]()
	register.Emitter1[string]()
	register.Iter1[string]()
}

// Build adds the pipeline to s: it reads the inputs of o, parses each
// document and writes the four outputs under o.Output.
func Build(s beam.Scope, o Options) error {
	if len(o.Inputs) == 0 {
		return errors.New("pipeline: no input")
	}
	if o.Output == "" {
		return errors.New("pipeline: no output")
	}
	if o.JSONLField == "" {
		o.JSONLField = "text"
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = agreement.DefaultMaxBytes
	}
	var files []beam.PCollection
	for _, glob := range o.Inputs {
		m := fileio.MatchFiles(s, glob, fileio.MatchEmptyAllowIfWildcard())
		files = append(files, fileio.ReadMatches(s, m, fileio.ReadUncompressed(), fileio.ReadDirectorySkip()))
	}
	docs := beam.ParDo(s, &readFn{JSONL: o.JSONL, JSONLField: o.JSONLField, IDField: o.IDField, MaxBytes: o.MaxBytes},
		beam.Flatten(s, files...))
	docs = beam.Reshuffle(s, docs)
	clauses, stances, figures, dead := beam.ParDo4(s, &parseFn{MaxBytes: o.MaxBytes}, docs)

	write(s, join(o.Output, ClausesFile), clauses)
	write(s, join(o.Output, StancesFile), beam.ParDo(s, formatStance, stats.Count(s, stances)))
	write(s, join(o.Output, FiguresFile), beam.ParDo(s, formatFigure, stats.Count(s, figures)))
	write(s, join(o.Output, DeadLetterFile), dead)
	return nil
}

// join is the file name under dir, a directory or a prefix ending in "/".
func join(dir, name string) string {
	if strings.HasSuffix(dir, "/") {
		return dir + name
	}
	return dir + "/" + name
}

// readFn reads a file into its documents: the whole file, or each non-blank
// line of a JSONL file.
type readFn struct {
	JSONL      bool
	JSONLField string
	IDField    string
	MaxBytes   int64
}

// ProcessElement emits the documents of f. A file that cannot be read is
// one document with a reason.
func (fn *readFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Doc)) error {
	path := f.Metadata.Path
	rc, err := f.Open(ctx)
	if err != nil {
		emit(Doc{ID: path, Reason: reason(err)})
		return nil
	}
	defer rc.Close()
	if !fn.JSONL && !strings.HasSuffix(path, ".jsonl") {
		d := Doc{ID: path}
		if d.Text, err = readLimited(rc, fn.MaxBytes); err != nil {
			d.Reason = reason(err)
		}
		emit(d)
		return nil
	}
	br := bufio.NewReaderSize(rc, 64<<10)
	limit := corpus.JSONLLimit(fn.MaxBytes)
	for line := 1; ; line++ {
		raw, n, err := corpus.ReadLine(br, limit)
		if n == 0 && err == io.EOF {
			return nil
		}
		loc := fmt.Sprintf("%s:%d", path, line)
		switch {
		case err == corpus.ErrLineTooLong:
			emit(Doc{ID: loc, Reason: corpus.TooLargeError(fn.MaxBytes).Error()})
		case err != nil && err != io.EOF:
			emit(Doc{ID: loc, Reason: reason(err)})
			return nil
		case len(strings.TrimSpace(string(raw))) == 0:
		default:
			d := Doc{ID: loc}
			text, id, derr := corpus.DecodeLine(raw, fn.JSONLField, fn.IDField)
			if derr != nil {
				d.Reason = derr.Error()
			} else {
				d.Text = text
				if id != "" {
					d.ID = id
				}
			}
			emit(d)
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLimited reads r whole, failing when it holds more than max bytes.
func readLimited(r io.Reader, max int64) (string, error) {
	var sb strings.Builder
	n, err := io.Copy(&sb, io.LimitReader(r, max+1))
	if err != nil {
		return "", err
	}
	if n > max {
		return "", corpus.TooLargeError(max)
	}
	return sb.String(), nil
}

// reason is the text of err for the dead-letter output: file errors lose
// the path they repeat, as bilateral's messages do.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// parseFn parses a document and emits its clause lines, the keys of its
// clauses and figures (JSON), and its dead letter if it has no clauses to
// give.
type parseFn struct {
	MaxBytes int64
}

// ProcessElement parses d; it never fails: a bad document is a dead letter.
func (fn *parseFn) ProcessElement(_ context.Context, d Doc, clauses, stances, figures, dead func(string)) {
	deadLetter := func(why string) {
		line, _ := json.Marshal(DeadLetter{d.ID, why})
		dead(string(line))
	}
	if d.Reason != "" {
		deadLetter(d.Reason)
		return
	}
	if err := corpus.Check(d.Text, fn.MaxBytes); err != nil {
		deadLetter(err.Error())
		return
	}
	c, err := agreement.ParseCommuniqueString(d.Text, corpus.ParseOptions(fn.MaxBytes))
	if err != nil {
		deadLetter(err.Error())
		return
	}
	lines, err := corpus.MarshalClauses(d.ID, c)
	if err != nil {
		deadLetter(err.Error())
		return
	}
	for _, l := range lines {
		clauses(l)
	}
	for _, k := range corpus.StanceKeys(c) {
		b, _ := json.Marshal(k)
		stances(string(b))
	}
	for _, k := range corpus.FigureKeys(d.Text, c) {
		b, _ := json.Marshal(k)
		figures(string(b))
	}
}

// formatStance turns a counted StanceKey into its StanceCount line.
func formatStance(key string, n int) (string, error) {
	var k corpus.StanceKey
	if err := json.Unmarshal([]byte(key), &k); err != nil {
		return "", err
	}
	return k.Count(n).Line()
}

// formatFigure turns a counted FigureKey into its FigureCount line.
func formatFigure(key string, n int) (string, error) {
	var k corpus.FigureKey
	if err := json.Unmarshal([]byte(key), &k); err != nil {
		return "", err
	}
	return k.Count(n).Line()
}

// write writes the lines of col, strings, to the file filename, one line
// each, in one call: the file is written even when col is empty.
func write(s beam.Scope, filename string, col beam.PCollection) {
	s = s.Scope("write " + filename)
	filesystem.ValidateScheme(filename)
	beam.ParDo0(s, &writeFn{Filename: filename}, beam.Impulse(s), beam.SideInput{Input: col})
}

// writeFn writes the lines of its side input to Filename.
type writeFn struct {
	Filename string
}

// ProcessElement writes every line, then closes the file.
func (fn *writeFn) ProcessElement(ctx context.Context, _ []byte, lines func(*string) bool) error {
	fsys, err := filesystem.New(ctx, fn.Filename)
	if err != nil {
		return err
	}
	defer fsys.Close()
	w, err := fsys.OpenWrite(ctx, fn.Filename)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
