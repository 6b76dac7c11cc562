package timeline

import (
	"bufio"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestFoldProgress: folding always moves on, whatever the bytes: lines stay
// within 75 octets, no valid UTF-8 sequence is split, and unfolding gives
// back the input.
func TestFoldProgress(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("\xff", 200),
		strings.Repeat("\x80", 200), // continuation bytes with no start
		strings.Repeat("\x80", 74) + "é",
		"X:" + strings.Repeat("é\xff", 80),
		strings.Repeat("\xe2\x82", 100), // truncated three-byte sequences
		strings.Repeat("€", 60) + strings.Repeat("\xf0\x9f\x98", 30),
		strings.Repeat("😀", 40),
		strings.Repeat("a", 75),
		strings.Repeat("a", 76),
	} {
		var b strings.Builder
		iw := icsWriter{w: bufio.NewWriter(&b)}
		done := make(chan struct{})
		go func() {
			iw.line(s)
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("line(%q) does not return", s)
		}
		if err := iw.w.Flush(); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if !strings.HasSuffix(out, "\r\n") {
			t.Fatalf("%q: no final CRLF", out)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
		var unfolded strings.Builder
		for i, l := range lines {
			if len(l) > 75 {
				t.Fatalf("line over 75 octets: %q", l)
			}
			if i > 0 {
				if !strings.HasPrefix(l, " ") {
					t.Fatalf("continuation without a space: %q", l)
				}
				l = l[1:]
			}
			// A cut splits a valid sequence when the line ends in a
			// prefix of one that the next line completes.
			if i+1 < len(lines) {
				next := lines[i+1][1:]
				for k := 1; k <= 3 && k <= len(l); k++ {
					tail := l[len(l)-k:]
					if utf8.RuneStart(tail[0]) && !utf8.FullRuneInString(tail) {
						joined := tail + next
						if r, n := utf8.DecodeRuneInString(joined); r != utf8.RuneError && n > k {
							t.Fatalf("fold splits %q between %q and %q", joined[:n], l, next)
						}
					}
				}
			}
			unfolded.WriteString(l)
		}
		if unfolded.String() != s {
			t.Fatalf("unfolding gives %q, want %q", unfolded.String(), s)
		}
	}
}
