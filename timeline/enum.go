package timeline

// MustParseKind is like [ParseKind] but panics on error, with the input in
// the message; for tests and package-level variables only.
func MustParseKind(s string) Kind { return must(ParseKind(s)) }

// MustParseLeapPolicy is like [ParseLeapPolicy] but panics on error, with
// the input in the message; for tests and package-level variables only.
func MustParseLeapPolicy(s string) LeapPolicy { return must(ParseLeapPolicy(s)) }

// ParsePrecision reads a precision identifier: "year", "month" or "day",
// the text [Precision.String] gives.
func ParsePrecision(s string) (Precision, error) {
	for p := PrecisionYear; int(p) < len(precisionNames); p++ {
		if precisionNames[p] == s {
			return p, nil
		}
	}
	return 0, &ParseError{What: "precision", Input: s, Reason: "want year, month or day"}
}

// MustParsePrecision is like [ParsePrecision] but panics on error, with
// the input in the message; for tests and package-level variables only.
func MustParsePrecision(s string) Precision { return must(ParsePrecision(s)) }

// MarshalText returns the identifier of p; the zero Precision and values
// out of range have none and are an error.
func (p Precision) MarshalText() ([]byte, error) {
	if p == 0 || int(p) >= len(precisionNames) {
		return nil, &RangeError{What: "precision", Reason: p.String() + " has no text form"}
	}
	return []byte(precisionNames[p]), nil
}

// UnmarshalText reads p with [ParsePrecision].
func (p *Precision) UnmarshalText(b []byte) error {
	v, err := ParsePrecision(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// must panics with err, whose message quotes the input, or returns v.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
