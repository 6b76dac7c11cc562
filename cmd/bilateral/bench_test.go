package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusBytes is the size of the corpus BenchmarkParseCorpus parses: big
// enough for the workers to matter, small enough for -benchtime=1x in CI.
const corpusBytes = 8 << 20

// communiqueCorpus writes documents of four testdata/communiques texts each,
// in rotating order, into dir until they hold about size bytes, and returns
// the bytes written.
func communiqueCorpus(tb testing.TB, dir string, size int64) int64 {
	paths, err := filepath.Glob("../../testdata/communiques/*.txt")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no communiqués: %v", err)
	}
	var src []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		src = append(src, strings.TrimSpace(string(b)))
	}
	var total int64
	for i := 0; total < size; i++ {
		var doc strings.Builder
		for k := range 4 {
			doc.WriteString(src[(i+k)%len(src)])
			doc.WriteString("\n\n")
		}
		p := filepath.Join(dir, fmt.Sprintf("%03d", i/1000), fmt.Sprintf("doc%06d.txt", i))
		if i%1000 == 0 {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				tb.Fatal(err)
			}
		}
		if err := os.WriteFile(p, []byte(doc.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
		total += int64(doc.Len())
	}
	return total
}

// BenchmarkParseCorpus runs "bilateral parse" over a directory of about
// 8 MB of communiqués with one and two workers; MB/s is of input text.
func BenchmarkParseCorpus(b *testing.B) {
	dir := b.TempDir()
	size := communiqueCorpus(b, dir, corpusBytes)
	for _, j := range []string{"1", "2"} {
		b.Run("j"+j, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if code := run([]string{"parse", "-q", "-j", j, dir}, nil, io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit status %d", code)
				}
			}
		})
	}
}
