package timeline

import "strings"

// Span is an inclusive range of days from the first day of Start to the last
// day of End. Either end may be open: a zero Start means "from any time" and
// a zero End "until any time" (EDTF "../1975", "2012-07/.."). Start and End
// keep their precision and qualifiers, so "2024-01/2024-09" is the first
// nine months of 2024.
//
// Span is a small comparable value. The zero Span is open at both ends and
// contains every date.
type Span struct {
	Start Date
	End   Date
}

// maxSpanLen bounds the text [ParseSpan] reads: two dates and a slash.
const maxSpanLen = 2*maxDateLen + 1

// NewSpan returns the span from start to end. Either may be the zero Date
// for an open end. It fails with a [*RangeError] when the last day of end
// lies before the first day of start.
func NewSpan(start, end Date) (Span, error) {
	s := Span{Start: start, End: end}
	if !start.IsZero() && !end.IsZero() && end.lastDay() < start.firstDay() {
		return Span{}, &RangeError{What: "span", Reason: "end " + end.String() + " before start " + start.String()}
	}
	return s, nil
}

// ParseSpan reads an EDTF level 1 interval, "START/END", where each side is
// a date [ParseDate] accepts or ".." for an open end: "2025-01-14/2025-01-15",
// "2012-07/..", "../1975", "2024-01/2024-09". A single date is read as the
// span of that date alone ("1950-01-30" → 1950-01-30/1950-01-30). The unknown
// end of EDTF (an empty side, "1985/") is not supported: write ".." for an
// open end. End before start is an error.
func ParseSpan(s string) (Span, error) {
	if len(s) > maxSpanLen {
		return Span{}, &ParseError{What: "span", Input: s, Reason: "too long for a span (" + itoa(len(s)) + " bytes)"}
	}
	i := strings.IndexByte(s, '/')
	if i < 0 {
		d, reason := parseDate(s)
		if reason != "" {
			return Span{}, &ParseError{What: "span", Input: s, Reason: reason}
		}
		return Span{Start: d, End: d}, nil
	}
	a, b := s[:i], s[i+1:]
	if strings.IndexByte(b, '/') >= 0 {
		return Span{}, &ParseError{What: "span", Input: s, Reason: "more than one '/'"}
	}
	var sp Span
	for k, part := range [2]string{a, b} {
		var d Date
		switch part {
		case "..":
		case "":
			return Span{}, &ParseError{What: "span", Input: s, Reason: "unknown interval end not supported; use \"..\" for an open end"}
		default:
			var reason string
			d, reason = parseDate(part)
			if reason != "" {
				side := "start"
				if k == 1 {
					side = "end"
				}
				return Span{}, &ParseError{What: "span", Input: s, Reason: side + ": " + reason}
			}
		}
		if k == 0 {
			sp.Start = d
		} else {
			sp.End = d
		}
	}
	if sp.Start.IsZero() && sp.End.IsZero() {
		return Span{}, &ParseError{What: "span", Input: s, Reason: "both ends open"}
	}
	if _, err := NewSpan(sp.Start, sp.End); err != nil {
		return Span{}, &ParseError{What: "span", Input: s, Reason: "end before start"}
	}
	return sp, nil
}

// MustParseSpan is like [ParseSpan] but panics on error. It is for tests and
// package-level variables only.
func MustParseSpan(s string) Span {
	sp, err := ParseSpan(s)
	if err != nil {
		panic(err)
	}
	return sp
}

// IsZero reports whether s is the zero Span, open at both ends.
func (s Span) IsZero() bool { return s.Start.IsZero() && s.End.IsZero() }

// IsOpen reports whether s is open at either end.
func (s Span) IsOpen() bool { return s.Start.IsZero() || s.End.IsZero() }

// Days returns the number of days s covers, ends included: 2 for
// 2025-01-14/2025-01-15, 366 for 2024, 273 for 2024-01/2024-09. It returns 0
// for a span open at either end.
func (s Span) Days() int {
	if s.IsOpen() {
		return 0
	}
	return s.End.lastDay() - s.Start.firstDay() + 1
}

// Contains reports whether every day d covers lies within s: 2025-01-14 and
// 2025-01 are in 2025, but 2025-01 is not in 2025-01-14/2025-01-15. An open
// end contains everything on its side; the zero Date is contained in no span.
func (s Span) Contains(d Date) bool {
	if d.IsZero() {
		return false
	}
	if !s.Start.IsZero() && d.firstDay() < s.Start.firstDay() {
		return false
	}
	if !s.End.IsZero() && d.lastDay() > s.End.lastDay() {
		return false
	}
	return true
}

// Overlaps reports whether s and t share at least one day.
func (s Span) Overlaps(t Span) bool {
	if !s.End.IsZero() && !t.Start.IsZero() && s.End.lastDay() < t.Start.firstDay() {
		return false
	}
	if !t.End.IsZero() && !s.Start.IsZero() && t.End.lastDay() < s.Start.firstDay() {
		return false
	}
	return true
}

// Compare orders spans by Start, then by End ([Date.Compare]); an open start
// sorts first and an open end last.
func (s Span) Compare(t Span) int {
	if c := s.Start.Compare(t.Start); c != 0 {
		return c
	}
	switch {
	case s.End == t.End:
		return 0
	case s.End.IsZero():
		return 1
	case t.End.IsZero():
		return -1
	}
	return s.End.Compare(t.End)
}

// AppendText appends the EDTF form of s to b, as [Span.String] writes it.
func (s Span) AppendText(b []byte) ([]byte, error) {
	if s.IsZero() {
		return b, nil
	}
	if s.Start == s.End {
		return s.Start.appendEDTF(b), nil
	}
	if s.Start.IsZero() {
		b = append(b, ".."...)
	} else {
		b = s.Start.appendEDTF(b)
	}
	b = append(b, '/')
	if s.End.IsZero() {
		return append(b, ".."...), nil
	}
	return s.End.appendEDTF(b), nil
}

// String returns the EDTF interval form of s: "2025-01-14/2025-01-15",
// "2012-07/..", or a single date when Start == End ("1950-01-30"). The zero
// Span gives "".
func (s Span) String() string {
	var buf [maxSpanLen]byte
	b, _ := s.AppendText(buf[:0])
	return string(b)
}

// MarshalText returns the EDTF form of s; see [Span.String].
func (s Span) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText sets s to the span read by [ParseSpan]; empty text sets the
// zero Span.
func (s *Span) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*s = Span{}
		return nil
	}
	v, err := ParseSpan(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
