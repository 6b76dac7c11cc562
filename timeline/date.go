package timeline

import (
	"cmp"
	"time"
)

// Precision says how much of a [Date] is known: a year, a month of a year,
// or a day. The zero value is no precision and belongs to the zero Date.
type Precision uint8

// The precisions, coarsest first.
const (
	PrecisionYear  Precision = iota + 1 // a calendar year: "1950"
	PrecisionMonth                      // a month of a year: "1950-01"
	PrecisionDay                        // a day: "1950-01-30"
)

var precisionNames = [...]string{"", "year", "month", "day"}

// String returns "year", "month" or "day", and "Precision(N)" for other values.
func (p Precision) String() string {
	if int(p) < len(precisionNames) && p != 0 {
		return precisionNames[p]
	}
	return "Precision(" + itoa(int(p)) + ")"
}

// flags of a Date: EDTF level 1 qualifiers and unspecified digits.
const (
	flagUncertain   = 1 << (iota + 2) // "?"; bits 0–1 hold the Precision
	flagApproximate                   // "~"
	flagYearX1                        // last digit of the year unspecified: "195X"
	flagYearX2                        // last two digits unspecified: "19XX"
	flagMonthX                        // month unspecified: "1950-XX"
	flagDayX                          // day unspecified: "1950-01-XX"

	// Both year flags: the whole year unspecified, "XXXX-08-08" (EDTF level
	// 2); y is then 0.
	yearless = flagYearX1 | flagYearX2

	unspecified = flagYearX1 | flagYearX2 | flagMonthX | flagDayX
	precMask    = 3 // the Precision bits of Date.pf
)

// Date is a civil date in the proleptic Gregorian calendar with a
// [Precision]: a year ("2001"), a month ("2012-07") or a day ("1950-01-30"),
// for years 1 to 9999. It carries no time of day and no time zone.
//
// A Date may carry the EDTF level 1 qualifiers uncertain ("2001?"),
// approximate ("2012-07~") or both ("1950%"), and unspecified digits
// ("195X" for some year of the 1950s, "1950-01-XX" for some day of January
// 1950). A date with unspecified digits stands for the whole range of days it
// could be; see [Date.Span].
//
// A day or month whose year is not known at all ("XXXX-08-08": an 8 August,
// as a report dated "on August 8" with no year anywhere gives it) is the one
// EDTF level 2 form a Date holds; [NewMonthDay] makes it, [Date.Year]
// returns 0 for it and [Date.InYear] gives it a year. It has no weekday,
// no anniversaries and no arithmetic.
//
// Date is a small comparable value: use == to test identity (same precision,
// qualifiers and digits) and [Date.Compare] to order. It can be a map key and
// is safe to share between goroutines. The zero value means "no date";
// [Date.IsZero] reports it.
type Date struct {
	y  uint16
	m  uint8 // 1..12; 0 for year precision
	d  uint8 // 1..31; 0 for coarser precision
	pf uint8 // Precision in bits 0–1, the flags above
}

// NewDate returns the day-precision date y-m-d. It fails for a year outside
// 1–9999, a month outside 1–12, or a day that does not exist in that month
// (2023-02-29).
func NewDate(y int, m time.Month, d int) (Date, error) {
	if err := checkYear(y); err != "" {
		return Date{}, &RangeError{What: "date", Reason: err}
	}
	if m < 1 || m > 12 {
		return Date{}, &RangeError{What: "date", Reason: "month " + itoa(int(m)) + " out of range"}
	}
	if d < 1 || d > daysIn(y, m) {
		return Date{}, &RangeError{What: "date", Reason: "day " + itoa(d) + " out of range for " + itoa4(y) + "-" + itoa2(int(m))}
	}
	return Date{y: uint16(y), m: uint8(m), d: uint8(d), pf: uint8(PrecisionDay)}, nil
}

// NewMonth returns the month-precision date y-m. It fails for a year outside
// 1–9999 or a month outside 1–12.
func NewMonth(y int, m time.Month) (Date, error) {
	if err := checkYear(y); err != "" {
		return Date{}, &RangeError{What: "month", Reason: err}
	}
	if m < 1 || m > 12 {
		return Date{}, &RangeError{What: "month", Reason: "month " + itoa(int(m)) + " out of range"}
	}
	return Date{y: uint16(y), m: uint8(m), pf: uint8(PrecisionMonth)}, nil
}

// NewYear returns the year-precision date y. It fails for a year outside 1–9999.
func NewYear(y int) (Date, error) {
	if err := checkYear(y); err != "" {
		return Date{}, &RangeError{What: "year", Reason: err}
	}
	return Date{y: uint16(y), pf: uint8(PrecisionYear)}, nil
}

func checkYear(y int) string {
	if y < 1 || y > 9999 {
		return "year " + itoa(y) + " out of range 1-9999"
	}
	return ""
}

// MustParseDate is like [ParseDate] but panics, with the input in the
// message, if s is not a valid date. It is for tests and package-level
// variables only.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// FromTime returns the day-precision date of t's calendar day in t's own
// location. It returns the zero Date for years outside 1–9999.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{y: uint16(y), m: uint8(m), d: uint8(d), pf: uint8(PrecisionDay)}
}

// Time returns midnight at the start of the first day d covers, in loc
// (UTC when loc is nil). The zero Date gives the zero time.Time.
func (d Date) Time(loc *time.Location) time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	if loc == nil {
		loc = time.UTC
	}
	y, m, day := civil(d.firstDay())
	return time.Date(y, m, day, 0, 0, 0, 0, loc)
}

// IsZero reports whether d is the zero Date, which means no date.
func (d Date) IsZero() bool { return d.prec() == 0 }

// Year returns the year of d (for "195X", 1950; for "19XX", 1900), or 0 for
// the zero Date and for a date without a year ("XXXX-08-08").
func (d Date) Year() int { return int(d.y) }

// NewMonthDay returns day d of month m in an unknown year, "XXXX-08-08" in
// EDTF (level 2): the date a text gives when it names a day but no year,
// and nothing else dates it. It fails for a month outside 1–12 or a day
// that no year has in that month (February 30); February 29 is allowed.
func NewMonthDay(m time.Month, d int) (Date, error) {
	if m < 1 || m > 12 {
		return Date{}, &RangeError{What: "date", Reason: "month " + itoa(int(m)) + " out of range"}
	}
	if d < 1 || d > daysIn(2000, m) {
		return Date{}, &RangeError{What: "date", Reason: "day " + itoa(d) + " out of range for month " + itoa2(int(m))}
	}
	return Date{m: uint8(m), d: uint8(d), pf: uint8(PrecisionDay) | yearless}, nil
}

// HasYear reports whether the year of d is known: false for the zero Date
// and for "XXXX-08-08", true for "195X" (a year of the 1950s).
func (d Date) HasYear() bool { return d.prec() != 0 && d.pf&yearless != yearless }

// InYear returns d, a date without a year ("XXXX-08-08"), in year y, with
// its precision and qualifiers. It returns d unchanged when d has a year or
// is zero, and the zero Date when y is outside 1–9999 or d is February 29
// and y is no leap year.
func (d Date) InYear(y int) Date {
	if d.HasYear() || d.IsZero() {
		return d
	}
	if checkYear(y) != "" || d.prec() == PrecisionDay && d.pf&flagDayX == 0 && d.m == 2 && d.d == 29 && !isLeap(y) {
		return Date{}
	}
	d.y = uint16(y)
	d.pf &^= yearless
	return d
}

// Month returns the month of d, or 0 when d has year precision or its month
// is unspecified.
func (d Date) Month() time.Month {
	if d.pf&flagMonthX != 0 {
		return 0
	}
	return time.Month(d.m)
}

// Day returns the day of the month of d, or 0 when d is coarser than a day or
// its day is unspecified.
func (d Date) Day() int {
	if d.pf&flagDayX != 0 {
		return 0
	}
	return int(d.d)
}

// Precision returns the precision of d; 0 for the zero Date.
func (d Date) Precision() Precision { return d.prec() }

// prec returns the Precision bits of d.pf.
func (d Date) prec() Precision { return Precision(d.pf & precMask) }

// Uncertain reports whether d carries the EDTF qualifier "?" (or "%").
func (d Date) Uncertain() bool { return d.pf&flagUncertain != 0 }

// Approximate reports whether d carries the EDTF qualifier "~" (or "%").
func (d Date) Approximate() bool { return d.pf&flagApproximate != 0 }

// WithoutYear returns d with its year unknown ("2025-08-08" gives
// "XXXX-08-08"), keeping its month, day, precision and qualifiers; a date
// already without a year is returned as it is. A date
// of year precision, a year with unspecified digits, and the zero Date give
// the zero Date: nothing would be left.
func (d Date) WithoutYear() Date {
	if d.pf&yearless == yearless {
		return d
	}
	if d.prec() < PrecisionMonth || d.pf&flagMonthX != 0 || d.pf&(flagYearX1|flagYearX2) != 0 {
		return Date{}
	}
	d.y = 0
	d.pf |= yearless
	return d
}

// Unspecified reports whether any digit of d is unspecified ("195X",
// "1950-XX", "1950-01-XX", "XXXX-08-08").
func (d Date) Unspecified() bool {
	return d.pf&(flagYearX1|flagYearX2|flagMonthX|flagDayX) != 0
}

// Qualified returns d with the uncertain and approximate qualifiers set as
// given; other fields are unchanged. The zero Date stays zero.
func (d Date) Qualified(uncertain, approximate bool) Date {
	if d.IsZero() {
		return d
	}
	d.pf &^= flagUncertain | flagApproximate
	if uncertain {
		d.pf |= flagUncertain
	}
	if approximate {
		d.pf |= flagApproximate
	}
	return d
}

// Span returns the inclusive range of days d covers: a day covers itself,
// "1950-01" covers 1950-01-01 to 1950-01-31, "2001" covers the whole year,
// "195X" covers 1950-01-01 to 1959-12-31 and "1950-01-XX" the whole month;
// "XXXX-08-08" covers 0001-08-08 to 9999-08-08 (the days between are not
// all 8 August: a Span is the range a date could fall in).
// The qualifiers are dropped. The zero Date gives the zero (open) Span.
func (d Date) Span() Span {
	if d.IsZero() {
		return Span{}
	}
	return Span{Start: dayFromNumber(d.firstDay()), End: dayFromNumber(d.lastDay())}
}

// firstDay returns the day number of the first day d covers.
func (d Date) firstDay() int {
	y := int(d.y)
	if d.pf&yearless == yearless {
		y = 1
		if d.m == 2 && d.d == 29 && d.pf&flagDayX == 0 {
			y = 4 // the first year with a February 29
		}
	}
	m := time.January
	day := 1
	if d.prec() >= PrecisionMonth && d.pf&flagMonthX == 0 {
		m = time.Month(d.m)
		if d.prec() == PrecisionDay && d.pf&flagDayX == 0 {
			day = int(d.d)
		}
	}
	return dayNumber(y, m, day)
}

// lastDay returns the day number of the last day d covers.
func (d Date) lastDay() int {
	y := int(d.y)
	switch {
	case d.pf&yearless == yearless:
		y = 9999
		if d.m == 2 && d.d == 29 && d.pf&flagDayX == 0 {
			y = 9996 // the last year with a February 29
		}
	case d.pf&flagYearX2 != 0:
		y += 99
	case d.pf&flagYearX1 != 0:
		y += 9
	}
	m := time.December
	if d.prec() >= PrecisionMonth && d.pf&flagMonthX == 0 {
		m = time.Month(d.m)
		if d.prec() == PrecisionDay && d.pf&flagDayX == 0 {
			return dayNumber(y, m, int(d.d))
		}
	}
	return dayNumber(y, m, daysIn(y, m))
}

// Compare returns -1, 0 or +1 as d sorts before, with or after e.
//
// The order is total and consistent with ==: dates sort by the first day
// they cover; at the same first day the one covering more days comes first,
// so "1950" < "1950-01" < "1950-01-01" and "195X" < "1950"; then dates
// without qualifiers precede uncertain, approximate, and uncertain and
// approximate ones. The zero Date sorts before every other date; a date
// without a year ("XXXX-08-08") sorts by the first day it could be, in
// year 1 (year 4 for February 29), before any dated day after it.
func (d Date) Compare(e Date) int {
	if d == e {
		return 0
	}
	if d.IsZero() || e.IsZero() {
		if d.IsZero() {
			return -1
		}
		return 1
	}
	if c := cmpInt(d.firstDay(), e.firstDay()); c != 0 {
		return c
	}
	if c := cmpInt(e.lastDay(), d.lastDay()); c != 0 { // longer first
		return c
	}
	if c := cmpInt(int(d.prec()), int(e.prec())); c != 0 {
		return c
	}
	if c := cmpInt(int(d.pf&^(flagUncertain|flagApproximate)), int(e.pf&^(flagUncertain|flagApproximate))); c != 0 {
		return c
	}
	return cmpInt(int(d.pf), int(e.pf))
}

// Before reports whether d sorts before e by [Date.Compare].
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d sorts after e by [Date.Compare].
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Equal reports whether d and e are the same date with the same precision,
// qualifiers and unspecified digits; it is the same as d == e.
func (d Date) Equal(e Date) bool { return d == e }

func cmpInt(a, b int) int { return cmp.Compare(a, b) }

// isLeap reports whether y is a leap year of the Gregorian calendar.
func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

var monthDays = [13]uint8{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// daysIn returns the number of days of month m in year y.
func daysIn(y int, m time.Month) int {
	if m == time.February && isLeap(y) {
		return 29
	}
	return int(monthDays[m])
}

// dayNumber returns the number of days from 1970-01-01 to y-m-d in the
// proleptic Gregorian calendar (days_from_civil, H. Hinnant,
// "chrono-Compatible Low-Level Date Algorithms").
func dayNumber(y int, m time.Month, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400 // y >= 0 here for years 1..9999
	yoe := y - era*400
	mp := (int(m) + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil is the inverse of dayNumber.
func civil(n int) (int, time.Month, int) {
	n += 719468
	era := n / 146097
	if n < 0 {
		era = (n - 146096) / 146097
	}
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, time.Month(m), d
}

// minDay and maxDay are the day numbers of 0001-01-01 and 9999-12-31.
var (
	minDay = dayNumber(1, time.January, 1)
	maxDay = dayNumber(9999, time.December, 31)
)

// dayFromNumber returns the day-precision Date of day number n, or the zero
// Date when n lies outside years 1–9999.
func dayFromNumber(n int) Date {
	if n < minDay || n > maxDay {
		return Date{}
	}
	y, m, d := civil(n)
	return Date{y: uint16(y), m: uint8(m), d: uint8(d), pf: uint8(PrecisionDay)}
}
