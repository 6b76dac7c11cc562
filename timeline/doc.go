// Package timeline models civil dates with a precision, inclusive spans of
// days, anniversaries, events and timelines of events, with the EDTF text
// form (ISO 8601-2, levels 0 and 1), iCalendar export (RFC 5545) and date
// mentions in English, Vietnamese and Russian text.
//
// # Dates
//
// A [Date] is a day ("1950-01-30"), a month ("2012-07") or a year ("2001"),
// years 1 to 9999, optionally uncertain ("2001?"), approximate ("2012-07~")
// or with unspecified digits ("195X", "1950-01-XX"). It is a comparable
// value of 6 bytes with one text form, EDTF, read by [ParseDate] and written
// by [Date.String]. [Date.Compare] orders mixed precisions: "1950" <
// "1950-01" < "1950-01-01". Arithmetic ([Date.AddYears], [Date.AddMonths],
// [Date.AddDays]) keeps the precision, clamps to month ends, and moves
// February 29 to February 28 in common years unless a [LeapPolicy] says
// March 1.
//
// # Spans
//
// A [Span] is an inclusive range of days between two dates of any
// precision, possibly open ("2012-07/..", "../1975"); a date covers the span
// [Date.Span] returns.
//
// # Anniversaries
//
// [Anniversary] keeps the origin's precision: the 75th anniversary of
// 1950-01-30 is 2025-01-30, the 25th of "2001" is "2026". [OrdinalIn],
// [Next], [IsRound] and [IsMajor] answer the usual questions.
//
//	origin := timeline.MustParseDate("1950-01-30")
//	timeline.Anniversary(origin, 75) // 2025-01-30
//	timeline.OrdinalIn(origin, 2025) // 75
//
// # Events and timelines
//
// An [Event] has a [Kind], a multilingual [Text] title, a [Span], a place,
// participants and the [Source] it was read from. A [Timeline] answers
// [Timeline.Between] and [Timeline.Anniversaries] from an index by month and
// day, and writes iCalendar with [Timeline.WriteICS]. An [Occurrence] points
// at the timeline's own event instead of copying it, so a query over a
// million events costs what it yields, not what it holds.
//
// # Mentions
//
// [ExtractDates] finds date expressions in English, Vietnamese and Russian
// text, with byte offsets: "from January 14 to 15, 2025", "the first nine
// months of 2024", "in 2001"; "từ ngày 14 đến 15/1/2025", "9 tháng đầu năm
// 2024", "quý III/2024"; "с 14 по 15 января 2025 г.", "девять месяцев
// 2024 года", "в 2024 году". The language is detected per document, or
// given as [ExtractOptions.Language]. The words each language dates with
// (month names in every case, "tháng", "năm", "года", "квартал", …) are
// data, in the files words/en.txt, words/vi.txt and words/ru.txt embedded
// in the package: one line per role, read once.
//
//	for m := range timeline.ExtractDates("Hai bên hội đàm ngày 30/1/1950 và trong quý III/2024.") {
//		fmt.Println(m.Text, m.Value) // ngày 30/1/1950 1950-01-30, then quý III/2024 2024-07/2024-09
//	}
//
// # Labels
//
// [Date.Label], [Span.Label] and [Occurrence.Label] write Vietnamese,
// Russian or English as CLDR 48 formats dates: "30 tháng 1, 1950",
// "14–15 января 2025 г.", "January 14 – 15, 2025". This form is stable:
// machines and tests compare it.
//
// A tag whose BCP 47 private-use extension (RFC 5646 section 2.2.7) holds
// the subtag "news" asks for the form newsrooms print instead, with no
// other change to the call:
//
//	d.Label(language.MustParse("vi-x-news")) // 30/1/1950 (VnExpress, TTXVN)
//	d.Label(language.MustParse("ru-x-news")) // 30 января 1950 года (TASS)
//	d.Label(language.MustParse("en-x-news")) // Jan. 30, 1950 (AP)
//
// Spans follow ("14-15/1/2025", "14–15 января 2025 года", "Jan. 14-15,
// 2025"); anniversaries read as in CLDR style. golang.org/x/text keeps the
// extension through Parse, Compose and Matcher.Match, so a tag matched
// from Accept-Language keeps the style: add it with
// language.Compose(tag, ext) where ext is language.ParseExtension("x-news").
package timeline
