package trade

import (
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/bilateral-go/bilateral/internal/decimal"
	"github.com/bilateral-go/bilateral/internal/jsonpath"
)

// ErrUnitMismatch is wrapped by every [*UnitMismatchError].
var ErrUnitMismatch = errors.New("trade: unit mismatch")

// ErrOverflow reports a result that does not fit the exact decimal
// representation (18 significant digits, exponents within ±40).
var ErrOverflow = errors.New("trade: decimal overflow")

// ErrDivisionByZero reports a ratio whose denominator is zero or an interval
// that contains zero, such as a growth rate from a base of 0 or a change of
// −100%.
var ErrDivisionByZero = errors.New("trade: division by zero")

// ErrUnbounded reports an operation that needs both bounds of a figure
// reported with only one ("over $1 billion").
var ErrUnbounded = errors.New("trade: figure has an open bound")

// ErrSyntax is wrapped by every [*ParseError].
var ErrSyntax = errors.New("trade: invalid syntax")

// UnitMismatchError reports arithmetic on figures of different units.
type UnitMismatchError struct {
	Op   string // "add", "growth", …
	A, B Unit
}

// Error implements the error interface.
func (e *UnitMismatchError) Error() string {
	return "trade: " + e.Op + ": unit mismatch: " + e.A.String() + " and " + e.B.String()
}

// Unwrap returns [ErrUnitMismatch].
func (e *UnitMismatchError) Unwrap() error { return ErrUnitMismatch }

// maxQuoted is how many bytes of an input a [ParseError] message quotes.
const maxQuoted = 64

// ParseError reports text that could not be read as a figure, rate, period,
// unit or CSV cell. The message quotes at most 64 bytes of the input:
//
//	trade: parsing "4.4 bilion USD" as figure: unknown unit "bilion USD"
type ParseError struct {
	What   string // "figure", "rate", "period", "unit", …
	Input  string
	Reason string
	Line   int // 1-based CSV line, 0 outside CSV
	Column int // 1-based CSV column, 0 outside CSV
}

// Error implements the error interface.
func (e *ParseError) Error() string {
	s := "trade: "
	if e.Line > 0 {
		s += "line " + strconv.Itoa(e.Line) + ", column " + strconv.Itoa(e.Column) + ": "
	}
	return s + "parsing " + quoteInput(e.Input) + " as " + e.What + ": " + e.Reason
}

// Unwrap returns [ErrSyntax].
func (e *ParseError) Unwrap() error { return ErrSyntax }

func quoteInput(s string) string {
	if len(s) <= maxQuoted {
		return strconv.Quote(s)
	}
	cut := maxQuoted
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return strconv.Quote(s[:cut]) + "…"
}

// mapErr turns internal decimal errors into this package's sentinels.
func mapErr(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, decimal.ErrOverflow):
		return ErrOverflow
	case errors.Is(err, decimal.ErrDivisionByZero):
		return ErrDivisionByZero
	}
	return err
}

// ErrUnwritable is wrapped by every [*WriteError].
var ErrUnwritable = errors.New("trade: cannot write as CSV")

// WriteError reports a series [WriteCSV] refuses to write because
// [ReadCSV] would not read it back equal:
//
//	trade: writing CSV: series 0, observation 1: zero period
type WriteError struct {
	Series      int    // index in the slice given to WriteCSV
	Observation int    // index in the series' Observations; -1 for the series as a whole
	Reason      string // what is wrong
}

// Error implements the error interface.
func (e *WriteError) Error() string {
	s := "trade: writing CSV: series " + strconv.Itoa(e.Series)
	if e.Observation >= 0 {
		s += ", observation " + strconv.Itoa(e.Observation)
	}
	return s + ": " + e.Reason
}

// Unwrap returns [ErrUnwritable].
func (e *WriteError) Unwrap() error { return ErrUnwritable }

// JSONError reports a value of a JSON document that does not decode, by
// its path from the document's root, as [Series] names it:
//
//	trade: series.observations[1].value: "lots": no number
//
// Err is the error of that value, often a [*ParseError]; a [*ParseError]
// is written as its input and its reason.
type JSONError struct {
	Path string // "series.observations[1].value"
	Err  error
}

// Error implements the error interface.
func (e *JSONError) Error() string {
	var pe *ParseError
	if errors.As(e.Err, &pe) {
		return "trade: " + e.Path + ": " + quoteInput(pe.Input) + ": " + pe.Reason
	}
	return "trade: " + e.Path + ": " + strings.TrimPrefix(e.Err.Error(), "trade: ")
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
