package timeline

import (
	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
)

// Label returns the date for people in the language that best matches tag,
// in the CLDR 48 long form of its precision: "January 30, 1950",
// "30 tháng 1, 1950", "30 января 1950 г."; "January 1950", "tháng 1 năm
// 1950", "январь 1950 г."; "2001". An approximate date is preceded by
// "c." / "khoảng" / "около", Russian then in the genitive the preposition
// governs ("около января 1950 г.", "около 1950 г.", "около 1950-х годов");
// an uncertain one is followed by " (?)"; a decade with unspecified digits
// reads "the 1950s" / "thập niên 1950" / "1950-е годы"; an unspecified
// month or day is left out. A date without a year ("XXXX-08-08") reads as
// ICU writes the skeleton MMMMd: "August 8", "8 tháng 8", "8 августа"
// (News: "Aug. 8", "8/8"); a month alone "August", "Tháng 8", "август".
// The zero Date
// gives "". Label allocates once, for the result.
//
// A tag with the private-use subtag "news" ("vi-x-news", see the package
// doc, Labels) asks for the newsroom form: "Jan. 30, 1950" (AP),
// "30/1/1950" (VnExpress, TTXVN), "30 января 1950 года" (TASS); "January
// 1950", "tháng 1/1950", "январь 1950 года"; "1950", "năm 1950", "1950
// год"; approximate dates with "about" in English.
func (d Date) Label(tag language.Tag) string {
	if d.IsZero() {
		return ""
	}
	var buf [64]byte
	return string(d.appendLabel(buf[:0], l10n.Resolve(tag)))
}

func (d Date) appendLabel(b []byte, lc l10n.Locale) []byte {
	l := lc.Lang
	approx := d.Approximate()
	switch {
	case d.pf&yearless == yearless && approx:
		b = lc.AppendApproxDate(b, 0, d.Month(), d.Day())
	case d.pf&yearless == yearless:
		b = lc.AppendDate(b, 0, d.Month(), d.Day()) // "August 8"
	case d.pf&flagYearX1 != 0:
		switch l {
		case l10n.VI:
			if approx {
				b = append(b, "khoảng "...)
			}
			b = append(b, "thập niên "...)
			b = appendPadded(b, int(d.y), 4)
		case l10n.RU:
			// "около" governs the genitive: "около 1950-х годов".
			if approx {
				b = append(b, "около "...)
				b = appendPadded(b, int(d.y), 4)
				b = append(b, "-х годов"...)
			} else {
				b = appendPadded(b, int(d.y), 4)
				b = append(b, "-е годы"...)
			}
		default:
			if approx {
				b = append(b, lc.ApproxWord()...)
			}
			b = append(b, "the "...)
			b = appendPadded(b, int(d.y), 4)
			b = append(b, 's')
		}
	case d.pf&flagYearX2 != 0:
		if approx {
			b = append(b, lc.ApproxWord()...)
		}
		b = appendPadded(b, int(d.y), 4)
		if lc.Style == l10n.News && l != l10n.RU {
			b = append(b, '-')
		} else {
			b = append(b, "–"...)
		}
		b = appendPadded(b, int(d.y)+99, 4)
	case approx:
		b = lc.AppendApproxDate(b, int(d.y), d.Month(), d.Day())
	default:
		b = lc.AppendDate(b, int(d.y), d.Month(), d.Day())
	}
	if d.Uncertain() {
		b = append(b, " (?)"...)
	}
	return b
}

// Label returns the span for people: a range in the ICU interval format of
// its ends' precision ("January 14 – 15, 2025", "14 – 15 tháng 1, 2025",
// "14–15 января 2025 г.", "2021–2025"), a single date when both ends are
// equal, and an open end as "…" ("July 2012 – …"). The zero Span gives "".
//
// With the private-use subtag "news" in tag the range is written as
// newsrooms do: "Jan. 14-15, 2025" (AP), "14-15/1/2025" (VnExpress),
// "14–15 января 2025 года" (TASS).
func (s Span) Label(tag language.Tag) string {
	if s.IsZero() {
		return ""
	}
	l := l10n.Resolve(tag)
	var buf [96]byte
	b := buf[:0]
	switch {
	case s.Start == s.End:
		b = s.Start.appendLabel(b, l)
	case s.Start.IsZero() || s.End.IsZero() || s.Start.pf&^(precMask|yearless) != 0 || s.End.pf&^(precMask|yearless) != 0 ||
		s.Start.HasYear() != s.End.HasYear():
		sep := l.RangeSep()
		if s.Start.IsZero() {
			b = append(b, "…"...)
		} else {
			b = s.Start.appendLabel(b, l)
		}
		b = append(b, sep...)
		if s.End.IsZero() {
			b = append(b, "…"...)
		} else {
			b = s.End.appendLabel(b, l)
		}
	default:
		b = l.AppendDateRange(b, s.Start.Year(), s.Start.Month(), s.Start.Day(), s.End.Year(), s.End.Month(), s.End.Day())
	}
	return string(b)
}

// Label returns the anniversary for people: "75th anniversary of
// diplomatic relations between Vietnam and Russia", "kỷ niệm 75 năm thiết
// lập quan hệ ngoại giao Việt Nam – Nga", "75-летие установления
// дипломатических отношений между Вьетнамом и Россией", using the event's
// Subject, which is written to follow the phrase.
//
// An event without a Subject in any language is named by its Title, which
// is a name in the nominative and cannot follow "anniversary of" (nor take
// the Russian genitive): the label is then the phrase, a colon and the
// title in the language's quotation marks, "5th anniversary: “State visit
// to Vietnam”", "kỷ niệm 5 năm: “Chuyến thăm cấp Nhà nước tới Việt Nam”",
// "5-летие: «Государственный визит во Вьетнам»". The zero Occurrence, and
// any with N < 1, is no anniversary and has the empty label.
//
// Newsrooms write anniversaries as the foreign ministries do, so the
// "news" private-use subtag changes nothing here: "kỷ niệm 75 năm thiết
// lập quan hệ ngoại giao" is VnExpress's form too.
func (o Occurrence) Label(tag language.Tag) string {
	if o.N < 1 {
		return ""
	}
	return string(appendAnniversary(make([]byte, 0, 96), l10n.Match(tag), o.N, o.Event, tag))
}
