package agreement

import (
	"errors"
	"strconv"
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
