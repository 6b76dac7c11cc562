package trade

import (
	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
)

// Severity grades a [Finding].
type Severity uint8

// The severities.
const (
	SeverityUnknown Severity = iota
	SeverityInfo             // worth a reader's attention
	SeverityWarning          // probably a mistake
	SeverityError            // cannot all be true
)

var severityNames = [...]string{"unknown", "info", "warning", "error"}

// String returns "info", "warning" or "error", and "Severity(N)" out of range.
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return "Severity(" + itoa(int(s)) + ")"
}

// Label returns the severity for people.
func (s Severity) Label(tag language.Tag) string {
	if v, ok := l10n.Severities.Get(l10n.Match(tag), s.String()); ok {
		return v
	}
	return s.String()
}

// ParseSeverity reads "info", "warning", "error" or "unknown".
func ParseSeverity(text string) (Severity, error) {
	for i, name := range severityNames {
		if name == text {
			return Severity(i), nil
		}
	}
	return 0, &ParseError{What: "severity", Input: text, Reason: "unknown severity"}
}

// MarshalText returns the identifier of s; an out-of-range s is an error,
// so that no text is written that [ParseSeverity] cannot read.
func (s Severity) MarshalText() ([]byte, error) {
	if int(s) >= len(severityNames) {
		return nil, &ParseError{What: "severity", Input: s.String(), Reason: "out of range"}
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads s with [ParseSeverity], so a [Finding] written as
// JSON reads back.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// The finding codes [Check] reports.
const (
	CodeGrowthInconsistent = "growth-inconsistent" // a stated change that the stated levels rule out
	CodeOverlappingPeriods = "overlapping-periods" // two observations of overlapping periods
	CodeUnitMismatch       = "unit-mismatch"       // an observation in another unit than its series
)

// Finding is a problem [Check] found in a series: its severity, a stable
// code, an English message with the figures, and the indexes of the
// observations involved. Consistent is, for growth findings, the interval of
// changes the levels allow.
type Finding struct {
	Severity     Severity `json:"severity"`
	Code         string   `json:"code"`
	Message      string   `json:"message"`
	Observations []int    `json:"observations"`
	Consistent   *Rate    `json:"consistent,omitempty"`
}

// Check reports what cannot all be true in s, given the rounding of every
// figure:
//
//   - growth-inconsistent (error): an observation states a level and a
//     change, the series has the level of the same period a year earlier,
//     and no change allowed by both levels' rounding lies within the stated
//     change's rounding. The finding carries the consistent interval.
//   - overlapping-periods (warning): two observations with values cover a
//     common month, so a total would count it twice.
//   - unit-mismatch (error): an observation's value is in another unit than
//     the series.
//
// Findings come in the order of the observations.
func Check(s Series) []Finding {
	var out []Finding
	byPeriod := map[Period]int{}
	for i, o := range s.Observations {
		if o.Value == nil {
			continue
		}
		if o.Value.Unit() != s.Unit {
			out = append(out, Finding{Severity: SeverityError, Code: CodeUnitMismatch, Observations: []int{i},
				Message: "observation " + o.Period.String() + " is in " + o.Value.Unit().String() + ", the series in " + s.Unit.String()})
			continue
		}
		for j := 0; j < i; j++ {
			p := s.Observations[j]
			if p.Value != nil && p.Period.Overlaps(o.Period) {
				out = append(out, Finding{Severity: SeverityWarning, Code: CodeOverlappingPeriods, Observations: []int{j, i},
					Message: "periods " + p.Period.String() + " and " + o.Period.String() + " overlap"})
			}
		}
		if _, dup := byPeriod[o.Period]; !dup {
			byPeriod[o.Period] = i
		}
	}
	for i, o := range s.Observations {
		if o.Value == nil || o.Change == nil || o.Value.Unit() != s.Unit {
			continue
		}
		j, ok := byPeriod[o.Period.Previous()]
		if !ok {
			continue
		}
		g, err := Growth(*s.Observations[j].Value, *o.Value)
		if err != nil || g.Overlaps(*o.Change) {
			continue
		}
		lo, hi := g.Round(2).Bounds()
		out = append(out, Finding{Severity: SeverityError, Code: CodeGrowthInconsistent, Observations: []int{j, i}, Consistent: &g,
			Message: "stated change " + o.Change.Decimal() + "% for " + o.Period.String() + " is outside " + lo.Decimal() + "% to " + hi.Decimal() +
				"%, the change the levels " + s.Observations[j].Value.Decimal() + " and " + o.Value.Decimal() + " allow"})
	}
	return out
}
