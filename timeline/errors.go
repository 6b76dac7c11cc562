package timeline

import (
	"errors"
	"strconv"
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
