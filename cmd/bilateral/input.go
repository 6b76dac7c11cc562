package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"golang.org/x/text/language"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/corpus"
)

// inputOptions are the flags every document command shares.
type inputOptions struct {
	glob       string
	jsonl      bool
	jsonlField string
	idField    string
	maxBytes   int64
	jobs       int
	quiet      bool
	lang       string

	globs []string     // glob split at commas
	tag   language.Tag // lang parsed; the zero Tag detects each document's
}

func (o *inputOptions) register(fs *flag.FlagSet) {
	fs.StringVar(&o.glob, "glob", "*.txt,*.md", "comma-separated patterns (filepath.Match) of the file names read in directories; hidden ones never are")
	fs.BoolVar(&o.jsonl, "jsonl", false, "read every input as JSONL (a path ending in .jsonl always is)")
	fs.StringVar(&o.jsonlField, "jsonl-field", "text", "the JSONL field holding a document's text")
	fs.StringVar(&o.idField, "id-field", "id", "the JSONL field naming a document (PATH:LINE when absent)")
	fs.Int64Var(&o.maxBytes, "max-bytes", agreement.DefaultMaxBytes, "largest document read, in bytes")
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "number of documents processed at once")
	fs.BoolVar(&o.quiet, "q", false, "no progress line on a terminal")
	fs.StringVar(&o.lang, "lang", "", "language of the documents: en, vi or ru (BCP 47); empty detects each document's")
}

// check validates the options after parsing and returns a usage problem, or
// "".
func (o *inputOptions) check() string {
	switch {
	case o.jobs < 1:
		return fmt.Sprintf("-j %d: want at least 1", o.jobs)
	case o.maxBytes < 1:
		return fmt.Sprintf("-max-bytes %d: want at least 1", o.maxBytes)
	case o.jsonlField == "":
		return "-jsonl-field is empty"
	}
	o.tag = language.Tag{}
	if o.lang != "" {
		tag, err := language.Parse(o.lang)
		if err != nil {
			return fmt.Sprintf("-lang %q: %v", o.lang, err)
		}
		o.tag = tag
	}
	o.globs = nil
	for _, g := range strings.Split(o.glob, ",") {
		if g = strings.TrimSpace(g); g == "" {
			continue
		}
		if _, err := filepath.Match(g, ""); err != nil {
			return fmt.Sprintf("-glob %q: %v", g, err)
		}
		o.globs = append(o.globs, g)
	}
	if len(o.globs) == 0 {
		return fmt.Sprintf("-glob %q: no pattern", o.glob)
	}
	return ""
}

// isJSONL reports whether path is read as JSONL.
func (o *inputOptions) isJSONL(path string) bool {
	return o.jsonl || strings.HasSuffix(path, ".jsonl")
}

// matches reports whether a file met while walking a directory is read.
func (o *inputOptions) matches(name string) bool {
	for _, g := range o.globs {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
	}
	return false
}

// document is one input document on its way through the pipeline. The
// enumerator fills in where it comes from; load reads its text.
type document struct {
	name string // what output calls it: the path, the JSONL id, or PATH:LINE
	loc  string // where errors say it is: the path, or PATH:LINE
	path string // file to read, when text is not given
	raw  []byte // JSONL line, when the document is one
	text string // the text, once read
	size int64  // bytes of input it stands for, for the progress line
	err  error  // a problem found before processing
}

// errTooLarge is the reason given for a document over -max-bytes.
type errTooLarge = corpus.TooLargeError

// reason is the text of err for "bilateral: PATH: reason": file errors lose
// the path they repeat.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// enumerate yields the documents of paths, in order, to emit until emit
// returns false. Files under a directory come in lexical order (as
// filepath.WalkDir walks them). Standard input and JSONL files are read here,
// one document at a time; other files are left for load.
func enumerate(paths []string, o *inputOptions, stdin io.Reader, emit func(document) bool) {
	for _, p := range paths {
		if p == "-" {
			if o.isJSONL(p) {
				if !readJSONL(stdin, p, o, emit) {
					return
				}
				continue
			}
			d := document{name: p, loc: p}
			d.text, d.size, d.err = readLimited(stdin, o.maxBytes)
			if !emit(d) {
				return
			}
			continue
		}
		if !walk(p, o, func(path string, size int64, err error) bool {
			if err != nil {
				return emit(document{name: path, loc: path, err: err})
			}
			if !o.isJSONL(path) {
				return emit(document{name: path, loc: path, path: path, size: size})
			}
			f, err := os.Open(path)
			if err != nil {
				return emit(document{name: path, loc: path, err: err})
			}
			defer f.Close()
			return readJSONL(f, path, o, emit)
		}) {
			return
		}
	}
}

// walk calls fn for root, when it is not a directory, or for each file under
// root the globs match, skipping hidden files and directories below root;
// err is what made a file or directory unreadable. walk stops and returns
// false as soon as fn does.
func walk(root string, o *inputOptions, fn func(path string, size int64, err error) bool) bool {
	info, err := os.Stat(root)
	if err != nil {
		return fn(root, 0, err)
	}
	if !info.IsDir() {
		return fn(root, info.Size(), nil)
	}
	stopped := false
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if !fn(path, 0, err) {
				stopped = true
				return filepath.SkipAll
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !o.matches(d.Name()) {
			return nil
		}
		var size int64
		if info, err := d.Info(); err == nil {
			size = info.Size()
		}
		if !fn(path, size, nil) {
			stopped = true
			return filepath.SkipAll
		}
		return nil
	})
	return !stopped
}

// readLimited reads r whole, failing when it holds more than max bytes.
func readLimited(r io.Reader, max int64) (string, int64, error) {
	var sb strings.Builder
	n, err := io.Copy(&sb, io.LimitReader(r, max+1))
	if err != nil {
		return "", n, err
	}
	if n > max {
		return "", n, errTooLarge(max)
	}
	return sb.String(), n, nil
}

// readJSONL emits one document per non-blank line of r, the JSONL file
// named name, undecoded: load decodes it. A line longer than a document of
// -max-bytes can be once escaped (six bytes per byte, for "\u0000") is
// reported and skipped without being held in memory.
func readJSONL(r io.Reader, name string, o *inputOptions, emit func(document) bool) bool {
	limit := corpus.JSONLLimit(o.maxBytes)
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		raw, n, err := readLine(br, limit)
		if n == 0 && err == io.EOF {
			return true
		}
		loc := fmt.Sprintf("%s:%d", name, line)
		d := document{name: loc, loc: loc, raw: raw, size: n}
		switch {
		case err == errLineTooLong:
			d.raw, d.err = nil, errTooLarge(o.maxBytes)
		case err != nil && err != io.EOF:
			d.raw, d.err = nil, err
		case len(bytes.TrimSpace(raw)) == 0:
			if err == io.EOF {
				return true
			}
			continue
		}
		if !emit(d) {
			return false
		}
		if err != nil && err != errLineTooLong {
			return true // the end of the input, or a read error reported above
		}
	}
}

var errLineTooLong = corpus.ErrLineTooLong

// readLine reads one line of br (corpus.ReadLine).
func readLine(br *bufio.Reader, limit int64) ([]byte, int64, error) {
	return corpus.ReadLine(br, limit)
}

// load reads the text of d: its file, or its JSONL line, checking size and
// encoding.
func load(d *document, o *inputOptions) error {
	if d.err != nil {
		return d.err
	}
	switch {
	case d.path != "":
		f, err := os.Open(d.path)
		if err != nil {
			return err
		}
		defer f.Close()
		if d.text, d.size, err = readLimited(f, o.maxBytes); err != nil {
			return err
		}
	case d.raw != nil:
		if err := decodeLine(d, o); err != nil {
			return err
		}
	}
	return corpus.Check(d.text, o.maxBytes)
}

// decodeLine reads the text and the name of d from its JSONL line
// (corpus.DecodeLine).
func decodeLine(d *document, o *inputOptions) error {
	raw := d.raw
	d.raw = nil
	text, id, err := corpus.DecodeLine(raw, o.jsonlField, o.idField)
	if err != nil {
		return err
	}
	d.text = text
	if id != "" {
		d.name = id
	}
	return nil
}

// totalBytes is the size of the inputs paths name, and whether it is known:
// it is not when standard input is one of them.
func totalBytes(paths []string, o *inputOptions) (int64, bool) {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0, false
		}
		walk(p, o, func(_ string, size int64, _ error) bool {
			total += size
			return true
		})
	}
	return total, true
}
