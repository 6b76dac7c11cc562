package trade

// MustParseFlow is like [ParseFlow] but panics on error, with the input in
// the message; for tests and package-level variables only.
func MustParseFlow(s string) Flow { return must(ParseFlow(s)) }

// MustParseSeverity is like [ParseSeverity] but panics on error, with the
// input in the message; for tests and package-level variables only.
func MustParseSeverity(s string) Severity { return must(ParseSeverity(s)) }

// ParseMentionKind reads a mention kind identifier, the text
// [MentionKind.String] gives: "money", "count", "percent", "points", or
// "unknown" for [MentionUnknown].
func ParseMentionKind(s string) (MentionKind, error) {
	for k, name := range mentionKindNames {
		if name == s {
			return MentionKind(k), nil
		}
	}
	return 0, &ParseError{What: "mention kind", Input: s, Reason: "want money, count, percent or points"}
}

// MustParseMentionKind is like [ParseMentionKind] but panics on error,
// with the input in the message; for tests and package-level variables
// only.
func MustParseMentionKind(s string) MentionKind { return must(ParseMentionKind(s)) }

// MarshalText returns the identifier of k; a kind out of range is an
// error.
func (k MentionKind) MarshalText() ([]byte, error) {
	if int(k) >= len(mentionKindNames) {
		return nil, &ParseError{What: "mention kind", Input: k.String(), Reason: "out of range"}
	}
	return []byte(mentionKindNames[k]), nil
}

// UnmarshalText reads k with [ParseMentionKind].
func (k *MentionKind) UnmarshalText(b []byte) error {
	v, err := ParseMentionKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseQualifier reads a qualifier identifier, the text
// [Qualifier.String] gives: "as-reported", "over", "under", "about",
// "nearly" or "between". The English words a figure is written with
// ("more than", "almost") are [ParseFigure]'s.
func ParseQualifier(s string) (Qualifier, error) {
	for q, name := range qualifierNames {
		if name == s {
			return Qualifier(q), nil
		}
	}
	return 0, &ParseError{What: "qualifier", Input: s, Reason: "want as-reported, over, under, about, nearly or between"}
}

// MustParseQualifier is like [ParseQualifier] but panics on error, with
// the input in the message; for tests and package-level variables only.
func MustParseQualifier(s string) Qualifier { return must(ParseQualifier(s)) }

// MarshalText returns the identifier of q; a qualifier out of range is an
// error.
func (q Qualifier) MarshalText() ([]byte, error) {
	if q >= qualifierEnd {
		return nil, &ParseError{What: "qualifier", Input: q.String(), Reason: "out of range"}
	}
	return []byte(qualifierNames[q]), nil
}

// UnmarshalText reads q with [ParseQualifier].
func (q *Qualifier) UnmarshalText(b []byte) error {
	v, err := ParseQualifier(string(b))
	if err != nil {
		return err
	}
	*q = v
	return nil
}

// must panics with err, whose message quotes the input, or returns v.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
