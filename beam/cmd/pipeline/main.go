// Command pipeline runs the bilateral corpus pipeline (package
// github.com/bilateral-go/bilateral/beam/pipeline) on a Beam runner: prism,
// in process, by default; Flink, Spark or Dataflow with --runner and their
// flags (see beam/README.md).
//
// Usage:
//
//	go run ./beam/cmd/pipeline --input 'corpus/*.txt' --output out/
//	go run ./beam/cmd/pipeline --input 'articles/*.jsonl' --jsonl-field body --id-field url --output out/
//
// It writes out/clauses.jsonl (the lines of bilateral parse -format jsonl, in
// any order), out/stances.jsonl, out/figures.jsonl and out/dead-letter.jsonl.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/beam/pipeline"
)

var (
	input      = flag.String("input", "", "comma-separated globs of the files read (local paths, gs://…)")
	output     = flag.String("output", "", "directory the outputs are written in")
	jsonl      = flag.Bool("jsonl", false, "read every input as JSONL (a path ending in .jsonl always is)")
	jsonlField = flag.String("jsonl-field", "text", "the JSONL field holding a document's text")
	idField    = flag.String("id-field", "id", "the JSONL field naming a document (PATH:LINE when absent)")
	maxBytes   = flag.Int64("max-bytes", agreement.DefaultMaxBytes, "largest document read, in bytes")
)

func main() {
	flag.Parse()
	beam.Init()
	if err := run(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "pipeline:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context) error {
	var inputs []string
	for _, g := range strings.Split(*input, ",") {
		if g = strings.TrimSpace(g); g != "" {
			inputs = append(inputs, g)
		}
	}
	p, s := beam.NewPipelineWithRoot()
	if err := pipeline.Build(s, pipeline.Options{Inputs: inputs, Output: *output, JSONL: *jsonl,
		JSONLField: *jsonlField, IDField: *idField, MaxBytes: *maxBytes}); err != nil {
		return err
	}
	return beamx.Run(ctx, p)
}
