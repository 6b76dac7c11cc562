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
