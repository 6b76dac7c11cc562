// Package bilateral models bilateral relations between states as typed,
// exact, multilingual values: partnerships and their upgrades,
// anniversaries, trade series with growth, and the clauses of joint
// communiqués. This package holds no code; it is the overview of the module.
//
// # Packages
//
// The module has three packages, each importing only those before it:
//
//   - [github.com/bilateral-go/bilateral/timeline]: civil dates with a
//     precision (year, month or day), spans, EDTF text forms, anniversaries,
//     events and timelines, iCalendar export, date mentions in English,
//     Vietnamese and Russian text.
//   - [github.com/bilateral-go/bilateral/trade]: exact figures with the
//     rounding step they were reported with, rates, SDMX-style periods,
//     series, growth with bounds, consistency checks, figure mentions.
//   - [github.com/bilateral-go/bilateral/agreement]: parties, partnership
//     levels ranked within a scheme, relationships and their history,
//     international instruments, joint communiqués and their clauses, the
//     communiqué parser, and cross-checks.
//
// # Dates and anniversaries
//
// A [github.com/bilateral-go/bilateral/timeline.Date] keeps the precision it
// was reported with: "1950-01-30" is a day, "2001" a year. Anniversaries keep
// it too, so the 75th anniversary of diplomatic relations established on
// 30 January 1950 falls on 30 January 2025, and the 25th anniversary of a
// partnership of "2001" falls in "2026":
//
//	origin := timeline.MustParseDate("1950-01-30")
//	fmt.Println(timeline.Anniversary(origin, 75)) // 2025-01-30
//	fmt.Println(timeline.OrdinalIn(origin, 2025)) // 75
//
// # Trade figures
//
// A [github.com/bilateral-go/bilateral/trade.Figure] is an exact decimal with
// a unit and the step it was rounded to: "$4.4 billion" means anything from
// $4.35 to $4.45 billion. Everything derived from figures carries the interval
// their rounding allows, so "up 24% to $4.4 billion" implies a base between
// $3.494 and $3.603 billion:
//
//	cur, _ := trade.ParseFigure("$4.4 billion")
//	g, _ := trade.ParseRate("24%")
//	base, _ := trade.ImpliedBase(cur, g)
//	lo, hi := base.Bounds()
//
// # Agreements and communiqués
//
// [github.com/bilateral-go/bilateral/agreement.ParseCommunique] reads the
// English, Vietnamese or Russian text of a joint communiqué, statement or news
// report into sections and clauses, each with its byte range, actors, stance
// (agree, welcome, support, oppose, express-concern, …), topics and mentions
// of dates, figures, instruments and parties; clauses map to CAMEO and PLOVER
// codes for event-data pipelines, negation included.
// [github.com/bilateral-go/bilateral/agreement.Check] cross-checks a
// communiqué against a registry of instruments with their real dates, and
// reports, for instance, the Declaration on the Conduct of Parties cited as
// "2022" when it was signed in 2002.
//
// # Labels
//
// Every enum and every value shown to people has a Label(language.Tag)
// method that writes Vietnamese, Russian or English; other tags fall back
// through a [golang.org/x/text/language.Matcher] ("vi-VN" → Vietnamese,
// "fr" → English). Dates, numbers, percentages, compact numbers, plurals and
// ordinals follow CLDR 48 byte for byte: "30 tháng 1, 1950",
// "30 января 1950 г.", "4,4 tỷ", "8,3 %". That form is stable: machines and
// tests compare it.
//
// Newsrooms write otherwise, and one mechanism serves every label: a tag
// whose BCP 47 private-use extension (RFC 5646 section 2.2.7) holds the
// subtag "news" asks the same Label methods for the form an editor of
// VnExpress, Nhân Dân or TTXVN, of TASS or RIA Novosti, of AP or Reuters
// would accept:
//
//	vi := language.MustParse("vi-x-news")
//	date.Label(vi)   // 30/1/1950            (CLDR: 30 tháng 1, 1950)
//	figure.Label(vi) // 4,4 tỷ USD           (CLDR: 4,4 T US$, read as "triệu")
//	period.Label(vi) // 9 tháng đầu năm 2024 (CLDR: tháng 1 – tháng 9 năm 2024)
//	ru := language.MustParse("ru-x-news")
//	date.Label(ru)   // 30 января 1950 года
//	figure.Label(ru) // 4,4 млрд долларов
//	en := language.MustParse("en-x-news")
//	date.Label(en)   // Jan. 30, 1950
//	figure.Label(en) // $4.4 billion
//
// The extension travels with the tag through golang.org/x/text (Parse,
// Compose, ParseAcceptLanguage, Matcher.Match); to add it to a tag matched
// from a request, compose it with language.ParseExtension("x-news"). Labels
// whose wording newsrooms share with the ministries (parties, levels,
// stances, topics, anniversaries) read the same in both styles. The package
// docs list every form under Labels.
//
// # Data sources
//
// The worked example, Vietnam–Russia, comes from two English texts of
// January 2025 kept byte for byte in testdata/sources with their SHA-256 in
// PROVENANCE.md: a news article on the Russian Prime Minister's official
// visit to Vietnam and the full joint communiqué of 14–15 January 2025. The
// curated facts in testdata/vietnam-russia point into them by byte offset,
// and the packages themselves know no fact of either text. Run the card with
//
//	go run ./examples/vietnam-russia -year 2025 -lang vi
package bilateral
