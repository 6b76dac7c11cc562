package decimal

import (
	"errors"
	"strconv"
)

// ErrSyntax reports text that is not a decimal number.
var ErrSyntax = errors.New("invalid decimal syntax")

// MaxLen bounds the text Parse reads.
const MaxLen = 64

// Parse reads a plain decimal ("-1234.5", "0.05", "4400000000") or one in
// E notation ("4.4e9"). At most 18 significant digits are accepted; leading
// and trailing zeros do not count.
func Parse(s string) (D, error) {
	if s == "" || len(s) > MaxLen {
		return D{}, ErrSyntax
	}
	i := 0
	neg := false
	if s[0] == '-' || s[0] == '+' {
		neg = s[0] == '-'
		i++
	}
	var coef uint64
	exp := 0
	nd := 0      // significant digits taken into coef
	pending := 0 // zeros seen after a non-zero digit, not yet in coef
	seenDigit, seenDot := false, false
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			seenDigit = true
			if seenDot {
				exp--
			}
			if c == '0' {
				if coef != 0 {
					pending++
				}
				continue
			}
			// Flush the zeros before this digit into the coefficient.
			if nd+pending+1 > 19 {
				return D{}, ErrOverflow
			}
			for ; pending > 0; pending-- {
				coef *= 10
				nd++
			}
			coef = coef*10 + uint64(c-'0')
			nd++
		case c == '.' && !seenDot:
			seenDot = true
		case c == 'e' || c == 'E':
			if !seenDigit {
				return D{}, ErrSyntax
			}
			e, err := strconv.Atoi(s[i+1:])
			if err != nil || e > 100 || e < -100 {
				return D{}, ErrSyntax
			}
			exp += e
			i = len(s)
		default:
			return D{}, ErrSyntax
		}
	}
	// Trailing zeros stay out of the coefficient: they scale the exponent.
	exp += pending
	if !seenDigit {
		return D{}, ErrSyntax
	}
	if coef > 1<<63-1 || nd > Digits {
		return D{}, ErrOverflow
	}
	c := int64(coef)
	if neg {
		c = -c
	}
	return New(c, exp)
}

// Append appends the plain decimal form of d (no exponent): "4400000000",
// "-8.3", "0.05".
func (d D) Append(b []byte) []byte {
	if d.coef < 0 {
		b = append(b, '-')
	}
	var buf [20]byte
	ds := strconv.AppendUint(buf[:0], uabs(d.coef), 10)
	switch {
	case d.exp >= 0:
		b = append(b, ds...)
		for i := int32(0); i < d.exp; i++ {
			b = append(b, '0')
		}
	case int(-d.exp) >= len(ds):
		b = append(b, '0', '.')
		for i := len(ds); i < int(-d.exp); i++ {
			b = append(b, '0')
		}
		b = append(b, ds...)
	default:
		p := len(ds) + int(d.exp)
		b = append(b, ds[:p]...)
		b = append(b, '.')
		b = append(b, ds[p:]...)
	}
	return b
}

// String returns the plain decimal form of d.
func (d D) String() string { return string(d.Append(nil)) }
