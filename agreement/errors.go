package agreement

import (
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/bilateral-go/bilateral/internal/jsonpath"
)

// ErrSyntax is wrapped by every [*ParseError].
var ErrSyntax = errors.New("agreement: invalid syntax")

// ErrIncomparable reports a comparison of partnership levels that have no
// order: levels of different schemes (each state ranks its own frameworks,
// and a rank in one scheme says nothing about another), a level outside
// its scheme's ladder, or the zero Level. It is wrapped by
// [*IncomparableError], which says which.
var ErrIncomparable = errors.New("agreement: levels are not comparable")

// IncomparableError reports a [Level.Compare] of Level with Other that has
// no answer, and why:
//
//	agreement: comparing AU:x with VN:y: levels of different schemes (AU, VN)
//	agreement: comparing VN:special-relationship with VN:strategic-partnership: VN:special-relationship is outside the VN ladder
type IncomparableError struct {
	Level, Other Level
}

// Error implements the error interface.
func (e *IncomparableError) Error() string {
	return "agreement: comparing " + levelText(e.Level) + " with " + levelText(e.Other) + ": " + e.reason()
}

func (e *IncomparableError) reason() string {
	switch {
	case e.Level.IsZero() || e.Other.IsZero():
		return "the zero Level has no rank"
	case e.Level.scheme != e.Other.scheme:
		return "levels of different schemes (" + e.Level.scheme + ", " + e.Other.scheme + ")"
	case !e.Level.Ranked():
		return e.Level.String() + " is outside the " + e.Level.scheme + " ladder"
	case !e.Other.Ranked():
		return e.Other.String() + " is outside the " + e.Other.scheme + " ladder"
	}
	return "no order"
}

func levelText(l Level) string {
	if l.IsZero() {
		return `""`
	}
	return l.String()
}

// Unwrap returns [ErrIncomparable].
func (e *IncomparableError) Unwrap() error { return ErrIncomparable }

// ErrTooLarge reports input over a reader's size limit. It is wrapped by
// [*TooLargeError], which names the limit.
var ErrTooLarge = errors.New("agreement: input too large")

// TooLargeError reports input over a reader's size limit
// ([ParseOptions.MaxBytes]), and names the limit:
//
//	agreement: input too large: over the limit of 1048576 bytes
type TooLargeError struct {
	Limit int64 // bytes
}

// Error implements the error interface.
func (e *TooLargeError) Error() string {
	return ErrTooLarge.Error() + ": over the limit of " + strconv.FormatInt(e.Limit, 10) + " bytes"
}

// Unwrap returns [ErrTooLarge].
func (e *TooLargeError) Unwrap() error { return ErrTooLarge }

// ErrFrozen reports an [Registry.Add] to a frozen registry, such as the
// one [Builtin] returns. It is wrapped by [*FrozenError]; [Registry.Clone]
// gives a copy that accepts additions.
var ErrFrozen = errors.New("agreement: registry is frozen")

// FrozenError reports an attempt to add the instrument ID to a frozen
// registry:
//
//	agreement: adding instrument "x": registry is frozen
type FrozenError struct {
	ID string
}

// Error implements the error interface.
func (e *FrozenError) Error() string {
	return "agreement: adding instrument " + quoteInput(e.ID) + ": registry is frozen"
}

// Unwrap returns [ErrFrozen].
func (e *FrozenError) Unwrap() error { return ErrFrozen }

// ParseError reports text that could not be read as a party, level, stance
// or other value of this package, quoting at most 64 bytes of it:
//
//	agreement: parsing "Atlantis" as party: unknown party
type ParseError struct {
	What   string
	Input  string
	Reason string
}

// Error implements the error interface.
func (e *ParseError) Error() string {
	return "agreement: parsing " + quoteInput(e.Input) + " as " + e.What + ": " + e.Reason
}

// Unwrap returns [ErrSyntax].
func (e *ParseError) Unwrap() error { return ErrSyntax }

func quoteInput(s string) string {
	const max = 64
	if len(s) <= max {
		return strconv.Quote(s)
	}
	cut := max
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return strconv.Quote(s[:cut]) + "…"
}

// JSONError reports a value of a JSON document that does not decode, by
// its path from the document's root, as [Communique] and [Relationship] name it:
//
//	agreement: communique.sections[2].clauses[0].stance: "x": unknown stance
//
// Err is the error of that value, often a [*ParseError]; a [*ParseError]
// is written as its input and its reason.
type JSONError struct {
	Path string // "communique.sections[2].clauses[0].stance"
	Err  error
}

// Error implements the error interface.
func (e *JSONError) Error() string {
	var pe *ParseError
	if errors.As(e.Err, &pe) {
		return "agreement: " + e.Path + ": " + quoteInput(pe.Input) + ": " + pe.Reason
	}
	return "agreement: " + e.Path + ": " + strings.TrimPrefix(e.Err.Error(), "agreement: ")
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
