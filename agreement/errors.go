package agreement

import (
	"errors"
	"strconv"
)

// ErrSyntax is wrapped by every [*ParseError].
var ErrSyntax = errors.New("agreement: invalid syntax")

// ErrIncomparable reports a comparison of partnership levels of different
// schemes: each state ranks its own frameworks, and a rank in one scheme
// says nothing about another.
var ErrIncomparable = errors.New("agreement: levels of different schemes are not comparable")

// ErrTooLarge reports input over a reader's size limit.
var ErrTooLarge = errors.New("agreement: input too large")

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
