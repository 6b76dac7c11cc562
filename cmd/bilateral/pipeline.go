package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"sync"
)

// processor turns one loaded document into its output: JSON lines or text,
// appended to out. It runs on several goroutines at once.
type processor func(out *bytes.Buffer, d *document) error

// job is the document numbered seq in input order.
type job struct {
	seq int
	d   document
}

// result is the output of the document numbered seq, or why it has none.
type result struct {
	seq  int
	loc  string
	size int64
	out  *bytes.Buffer
	err  error
}

// process runs proc over the documents of paths on o.jobs goroutines and
// writes their outputs to stdout in input order, reporting bad documents to
// stderr. At most 4 documents per worker are between being read and being
// written, so memory does not grow with the input. It returns the exit
// status.
func process(paths []string, o *inputOptions, stdin io.Reader, stdout, stderr io.Writer, proc processor) int {
	window := 4 * o.jobs
	slots := make(chan struct{}, window) // one per document in flight
	jobs := make(chan job)
	results := make(chan result, window)
	done := make(chan struct{}) // closed when output fails: stop reading

	prog := newProgress(stderr, o.quiet)
	if prog.enabled() {
		go func() {
			total, ok := totalBytes(paths, o)
			prog.setTotal(total, ok)
		}()
	}
	defer prog.stop()

	go func() {
		defer close(jobs)
		seq := 0
		enumerate(paths, o, stdin, func(d document) bool {
			select {
			case <-done:
				return false
			default:
			}
			select {
			case slots <- struct{}{}:
			case <-done:
				return false
			}
			jobs <- job{seq, d}
			seq++
			return true
		})
	}()

	pool := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	var wg sync.WaitGroup
	for range o.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := result{seq: j.seq, loc: j.d.loc}
				d := j.d
				r.err = load(&d, o)
				r.size = d.size
				if r.err == nil {
					r.out = pool.Get().(*bytes.Buffer)
					r.out.Reset()
					if r.err = proc(r.out, &d); r.err != nil {
						pool.Put(r.out)
						r.out = nil
					}
				}
				results <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	w := bufio.NewWriterSize(stdout, 64<<10)
	status := exitOK
	var writeErr error
	pending := make(map[int]result, window)
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if r.err != nil {
				status = exitFail
				prog.report(fmt.Sprintf("bilateral: %s: %s\n", r.loc, reason(r.err)))
			} else if writeErr == nil {
				if _, writeErr = w.Write(r.out.Bytes()); writeErr != nil {
					close(done)
				}
			}
			if r.out != nil {
				pool.Put(r.out)
			}
			prog.add(r.size, r.err != nil)
			<-slots
		}
	}
	if writeErr == nil {
		writeErr = w.Flush()
	}
	if writeErr != nil {
		prog.report(fmt.Sprintf("bilateral: writing output: %v\n", writeErr))
		return exitFail
	}
	return status
}
