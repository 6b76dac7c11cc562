// Package timeline models civil dates with a precision (year, month or day),
// inclusive day spans, anniversaries, events and timelines of events, with
// EDTF text forms (ISO 8601-2 / Library of Congress EDTF level 0 and 1),
// iCalendar export (RFC 5545) and date mentions found in English text.
package timeline
