package timeline

import "iter"

// Names kept so that code written before the v0 API cleanup still builds;
// each is removed before v1.0.0. README.md's Changelog lists them.

// Round yields the round anniversaries of [Timeline.Anniversaries].
//
// Deprecated: use [Timeline.RoundAnniversaries]; Round is a query, not
// rounding.
func (t *Timeline) Round(window Span) iter.Seq[Occurrence] { return t.RoundAnniversaries(window) }
