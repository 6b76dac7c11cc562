package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// TooLargeError is the reason a document larger than the most bytes read
// (-max-bytes, its value) is refused.
type TooLargeError int64

// Error gives the reason, naming the limit.
func (e TooLargeError) Error() string {
	return fmt.Sprintf("larger than -max-bytes (%d bytes)", int64(e))
}

// Check reports why text cannot be parsed as a document: it is not valid
// UTF-8 ("invalid UTF-8 at byte N"), or it is larger than maxBytes (a
// TooLargeError). It returns nil for a text that can.
func Check(text string, maxBytes int64) error {
	if !utf8.ValidString(text) {
		return fmt.Errorf("invalid UTF-8 at byte %d", InvalidAt(text))
	}
	if int64(len(text)) > maxBytes {
		return TooLargeError(maxBytes)
	}
	return nil
}

// InvalidAt is the offset of the first byte of s that is not valid UTF-8,
// or len(s) when s is valid.
func InvalidAt(s string) int {
	off := 0
	for off < len(s) {
		r, n := utf8.DecodeRuneInString(s[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	return off
}

// JSONLLimit is the longest line of a JSONL file that can hold a document of
// maxBytes bytes: six bytes per byte once escaped ("\u0000"), and room for
// the other fields.
func JSONLLimit(maxBytes int64) int64 {
	return 6*maxBytes + 4096
}

// ErrLineTooLong is returned by ReadLine for a line longer than its limit.
var ErrLineTooLong = errors.New("line too long")

// ReadLine reads one line of br without its "\n" (nor a "\r" before it), in
// a fresh slice, and the number of bytes it consumed. A line over limit bytes
// is consumed but not kept: ReadLine returns ErrLineTooLong. At the end of
// the input it returns io.EOF with the last line, if any.
func ReadLine(br *bufio.Reader, limit int64) ([]byte, int64, error) {
	var line []byte
	var n int64
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		n += int64(len(chunk))
		if !tooLong {
			if int64(len(line)+len(bytes.TrimSuffix(chunk, []byte("\n")))) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong && (err == nil || err == io.EOF) {
			return nil, n, ErrLineTooLong
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		return line, n, err
	}
}

// DecodeLine reads a document from raw, one line of a JSONL file: its text
// is the string field textField, and its id the field idField (a string, or
// any other JSON value as written), or "" when idField is "" or the line has
// none. The line must be valid UTF-8: encoding/json would silently replace
// bad bytes.
func DecodeLine(raw []byte, textField, idField string) (text, id string, err error) {
	if !utf8.Valid(raw) {
		return "", "", fmt.Errorf("invalid UTF-8 at byte %d", InvalidAt(string(raw)))
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return "", "", fmt.Errorf("not a JSON object: %v", err)
	}
	t, ok := fields[textField]
	if !ok {
		return "", "", fmt.Errorf("no field %q", textField)
	}
	if err := json.Unmarshal(t, &text); err != nil || bytes.Equal(t, []byte("null")) {
		return "", "", fmt.Errorf("field %q is not a string", textField)
	}
	if v, ok := fields[idField]; ok && idField != "" {
		if json.Unmarshal(v, &id) != nil {
			id = string(v) // a number or other value, as written
		}
	}
	return text, id, nil
}
