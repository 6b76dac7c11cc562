package main

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzReadLine checks readLine against strings.Split: every line comes back
// without its "\n", or as errLineTooLong when longer than the limit, through
// a buffer smaller than the lines, and every byte is counted.
func FuzzReadLine(f *testing.F) {
	f.Add("a\nbb\r\n\nccc", uint8(2))
	f.Add(strings.Repeat("x", 40)+"\n"+strings.Repeat("y", 17), uint8(17))
	f.Add("\n\n", uint8(0))
	f.Add("", uint8(3))
	f.Fuzz(func(t *testing.T, data string, limit uint8) {
		want := strings.Split(data, "\n")
		if data == "" || strings.HasSuffix(data, "\n") {
			want = want[:len(want)-1] // no line after the last newline
		}
		br := bufio.NewReaderSize(strings.NewReader(data), 16)
		var total int64
		for i := 0; ; i++ {
			line, n, err := readLine(br, int64(limit))
			total += n
			if n == 0 && err == io.EOF {
				require.Equal(t, len(want), i, "lines")
				break
			}
			require.Less(t, i, len(want))
			if len(want[i]) > int(limit) {
				require.Equal(t, errLineTooLong, err, "line %d", i)
				continue
			}
			require.True(t, err == nil || err == io.EOF, "line %d: %v", i, err)
			require.Equal(t, strings.TrimSuffix(want[i], "\r"), string(line), "line %d", i)
		}
		require.Equal(t, int64(len(data)), total, "bytes counted")
	})
}

// TestReadJSONLBlank checks that blank lines are skipped and a last line
// without a newline is read.
func TestReadJSONLBlank(t *testing.T) {
	o := &inputOptions{maxBytes: 100}
	var got []string
	readJSONL(strings.NewReader("\n  \n{\"a\":1}\r\n\n{\"b\":2}"), "f", o, func(d document) bool {
		require.NoError(t, d.err)
		got = append(got, d.loc+" "+string(bytes.TrimSpace(d.raw)))
		return true
	})
	require.Equal(t, []string{`f:3 {"a":1}`, `f:5 {"b":2}`}, got)
}
