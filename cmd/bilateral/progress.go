package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// progress reports bad documents on stderr and, when stderr is a terminal
// and the run takes more than a second, keeps a progress line there:
// documents, megabytes, throughput, errors and, once the total size is known,
// the time left.
type progress struct {
	w  io.Writer
	on bool // stderr is a terminal and -q is not set

	mu         sync.Mutex
	start      time.Time
	docs, errs int
	bytes      int64
	total      int64
	totalKnown bool
	shown      bool // a progress line is on screen
	quit       chan struct{}
	finished   chan struct{}
}

// progressDelay is how long a run goes before the progress line appears.
const progressDelay = time.Second

func newProgress(stderr io.Writer, quiet bool) *progress {
	p := &progress{w: stderr, start: time.Now()}
	if f, ok := stderr.(*os.File); ok && !quiet {
		if info, err := f.Stat(); err == nil && info.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	if p.on {
		p.quit, p.finished = make(chan struct{}), make(chan struct{})
		go p.tick()
	}
	return p
}

func (p *progress) enabled() bool { return p.on }

func (p *progress) tick() {
	defer close(p.finished)
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-p.quit:
			return
		case <-t.C:
			p.mu.Lock()
			if time.Since(p.start) >= progressDelay {
				p.draw()
			}
			p.mu.Unlock()
		}
	}
}

// draw writes the progress line over the previous one; p.mu is held.
func (p *progress) draw() {
	elapsed := time.Since(p.start).Seconds()
	mb := float64(p.bytes) / 1e6
	line := fmt.Sprintf("\r%d documents · %.1f MB · %.1f MB/s · %d errors", p.docs, mb, mb/elapsed, p.errs)
	if p.totalKnown && p.bytes > 0 && p.total >= p.bytes {
		left := time.Duration(float64(p.total-p.bytes) / float64(p.bytes) * elapsed * float64(time.Second))
		line += " · ETA " + left.Round(time.Second).String()
	}
	io.WriteString(p.w, line+"\x1b[K")
	p.shown = true
}

// setTotal records the size of the whole input, when known.
func (p *progress) setTotal(total int64, known bool) {
	p.mu.Lock()
	p.total, p.totalKnown = total, known
	p.mu.Unlock()
}

// add counts one document of size bytes, bad or not.
func (p *progress) add(size int64, bad bool) {
	p.mu.Lock()
	p.docs++
	p.bytes += size
	if bad {
		p.errs++
	}
	p.mu.Unlock()
}

// report writes msg, a whole line, to stderr, clearing the progress line
// first.
func (p *progress) report(msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		io.WriteString(p.w, "\r\x1b[K")
		p.shown = false
	}
	io.WriteString(p.w, msg)
}

// stop ends the progress line, leaving its final state on screen when it
// was shown.
func (p *progress) stop() {
	if !p.on {
		return
	}
	close(p.quit)
	<-p.finished
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.start) >= progressDelay {
		p.draw()
		io.WriteString(p.w, "\n")
	}
}
