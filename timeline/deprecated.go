package timeline

import "iter"

// Names kept so that code written before the v0 API cleanup still builds;
// each is removed before v1.0.0. README.md's Changelog lists them.

// Round yields the round anniversaries of [Timeline.Anniversaries].
//
// Deprecated: use [Timeline.RoundAnniversaries]; Round is a query, not
// rounding.
func (t *Timeline) Round(window Span) iter.Seq[Occurrence] { return t.RoundAnniversaries(window) }

// Enum constants renamed so that they read without their type.
//
// Deprecated: use the name each is set to.
const (
	Feb28 = LeapPolicyFeb28 // Deprecated: use [LeapPolicyFeb28].
	Mar1  = LeapPolicyMar1  // Deprecated: use [LeapPolicyMar1].
	Year  = PrecisionYear   // Deprecated: use [PrecisionYear].
	Month = PrecisionMonth  // Deprecated: use [PrecisionMonth].
	Day   = PrecisionDay    // Deprecated: use [PrecisionDay].
)
