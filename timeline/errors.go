package timeline

import (
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/bilateral-go/bilateral/internal/jsonpath"
)

// ErrSyntax is wrapped by every [ParseError]: errors.Is(err, ErrSyntax)
// reports a malformed text form.
var ErrSyntax = errors.New("timeline: invalid syntax")

// ErrRange is wrapped by every [RangeError]: errors.Is(err, ErrRange) reports
// a value outside what the calendar or the type allows.
var ErrRange = errors.New("timeline: value out of range")

// maxQuoted is how many bytes of an input a [ParseError] message quotes.
const maxQuoted = 64

// ParseError reports text that could not be read as a date, span, source or
// other value of this package. Its message names the input (at most 64
// bytes of it, then "…") and the reason:
//
//	timeline: parsing "2024-13-01" as date: month 13 out of range
type ParseError struct {
	What   string // what was being parsed: "date", "span", "source", …
	Input  string // the whole input
	Reason string // why it failed, lowercase, no trailing period
}

// Error implements the error interface.
func (e *ParseError) Error() string {
	return "timeline: parsing " + quoteInput(e.Input) + " as " + e.What + ": " + e.Reason
}

// Unwrap returns [ErrSyntax].
func (e *ParseError) Unwrap() error { return ErrSyntax }

// RangeError reports a constructor argument or an arithmetic result outside
// the range the calendar or the type allows, such as month 13, 2023-02-29 or
// year 10000.
//
//	timeline: invalid date: day 29 out of range for 2023-02
type RangeError struct {
	What   string // what was being built: "date", "month", "year", "span"
	Reason string
}

// Error implements the error interface.
func (e *RangeError) Error() string { return "timeline: invalid " + e.What + ": " + e.Reason }

// Unwrap returns [ErrRange].
func (e *RangeError) Unwrap() error { return ErrRange }

func quoteInput(s string) string {
	if len(s) <= maxQuoted {
		return strconv.Quote(s)
	}
	cut := maxQuoted
	for cut > 0 && s[cut]&0xC0 == 0x80 { // do not split a UTF-8 sequence
		cut--
	}
	return strconv.Quote(s[:cut]) + "…"
}

func itoa(n int) string { return strconv.Itoa(n) }

// itoa4 formats a year with at least four digits, as ISO 8601 does.
func itoa4(n int) string { return string(appendPadded(nil, n, 4)) }

func itoa2(n int) string { return string(appendPadded(nil, n, 2)) }

// appendPadded appends the decimal form of n ≥ 0, left-padded with zeros to
// width digits.
func appendPadded(b []byte, n, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for n >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	i--
	buf[i] = byte('0' + n)
	return append(b, buf[i:]...)
}

// JSONError reports a value of a JSON document that does not decode, by
// its path from the document's root, as [Timeline] names it:
//
//	timeline: timeline.events[1].when: "2001-13-01": month 13 out of range
//
// Err is the error of that value, often a [*ParseError]; a [*ParseError]
// is written as its input and its reason.
type JSONError struct {
	Path string // "timeline.events[1].when"
	Err  error
}

// Error implements the error interface.
func (e *JSONError) Error() string {
	var pe *ParseError
	if errors.As(e.Err, &pe) {
		return "timeline: " + e.Path + ": " + quoteInput(pe.Input) + ": " + pe.Reason
	}
	return "timeline: " + e.Path + ": " + strings.TrimPrefix(e.Err.Error(), "timeline: ")
}

// Unwrap returns Err.
func (e *JSONError) Unwrap() error { return e.Err }

// jsonError returns err, an error of decoding data as a value of type t
// with decode, as a [*JSONError] at the path of the value that fails,
// from root.
func jsonError(root string, data []byte, t reflect.Type, decode jsonpath.Decode, err error) error {
	path, perr := jsonpath.Locate(data, t, decode)
	if perr == nil {
		perr = err
	}
	return &JSONError{Path: root + path, Err: perr}
}
