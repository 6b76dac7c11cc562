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
// code, the indexes of the observations involved and the arguments of its
// message, which [Finding.Label] words in each language. Periods are the
// periods of the observations, in the order of Observations. Values are,
// for unit-mismatch, the observation's value and, for growth-inconsistent,
// the two levels, earlier first; Unit is the series' unit (unit-mismatch);
// Stated is the stated change and Consistent the interval of changes the
// levels allow (growth-inconsistent).
type Finding struct {
	Severity     Severity `json:"severity"`
	Code         string   `json:"code"`
	Observations []int    `json:"observations"`
	Periods      []Period `json:"periods,omitempty"`
	Values       []Figure `json:"values,omitempty"`
	Unit         Unit     `json:"unit,omitzero"`
	Stated       *Rate    `json:"stated,omitempty"`
	Consistent   *Rate    `json:"consistent,omitempty"`
}

// Label returns the message of f for people in the language that best
// matches tag, its figures, rates and periods by their own Labels:
//
//	growth-inconsistent  "the stated change of 35% for 2024 is outside 22.53% to 28.99%, the change the levels $3.5B and $4.4B allow"
//	overlapping-periods  "the periods 2024 and January – September 2024 overlap"
//	unit-mismatch        "the value for 2024 is in VND, the series in USD"
//
// The bounds of the consistent interval are written to two decimals. A
// Finding whose arguments do not fit its code (built by hand) gives its
// code. With the private-use subtag "news" in tag its figures, rates and
// periods are in the News style ("the periods 2024 and the first nine
// months of 2024 overlap").
func (f Finding) Label(tag language.Tag) string {
	lc := l10n.Resolve(tag)
	l := lc.Lang
	switch f.Code {
	case CodeUnitMismatch:
		if len(f.Periods) == 1 && len(f.Values) == 1 {
			return string(l10n.AppendUnitMismatch(nil, l, f.Periods[0].Label(tag), f.Values[0].Unit().Label(tag), f.Unit.Label(tag)))
		}
	case CodeOverlappingPeriods:
		if len(f.Periods) == 2 {
			return string(l10n.AppendOverlap(nil, l, f.Periods[0].Label(tag), f.Periods[1].Label(tag)))
		}
	case CodeGrowthInconsistent:
		if len(f.Periods) == 2 && len(f.Values) == 2 && f.Stated != nil && f.Consistent != nil {
			lo, hi := f.Consistent.Round(2).Bounds()
			return string(l10n.AppendGrowthInconsistent(nil, l, f.Stated.Label(tag), f.Periods[1].Label(tag),
				string(lc.AppendPercent(nil, lo.Decimal())), string(lc.AppendPercent(nil, hi.Decimal())),
				f.Values[0].Label(tag), f.Values[1].Label(tag)))
		}
	}
	return f.Code
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
				Periods: []Period{o.Period}, Values: []Figure{*o.Value}, Unit: s.Unit})
			continue
		}
		for j := 0; j < i; j++ {
			p := s.Observations[j]
			if p.Value != nil && p.Period.Overlaps(o.Period) {
				out = append(out, Finding{Severity: SeverityWarning, Code: CodeOverlappingPeriods, Observations: []int{j, i},
					Periods: []Period{p.Period, o.Period}})
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
		stated := *o.Change
		out = append(out, Finding{Severity: SeverityError, Code: CodeGrowthInconsistent, Observations: []int{j, i},
			Periods: []Period{s.Observations[j].Period, o.Period}, Values: []Figure{*s.Observations[j].Value, *o.Value},
			Stated: &stated, Consistent: &g})
	}
	return out
}
