package timeline

import "time"

// AddYears returns d moved by n years, keeping its precision and
// qualifiers: 1950-01-30 + 75 years = 2025-01-30, "2001" + 25 = "2026".
// February 29 moved to a common year becomes February 28 (use
// [LeapPolicy.AddYears] for March 1). The result is the zero Date when it
// falls outside years 1–9999, when d is zero, or when d has unspecified
// digits (which have no defined sum). It does not allocate.
func (d Date) AddYears(n int) Date {
	if r, ok := addYearsFast(d, n); ok {
		return r
	}
	return LeapPolicyFeb28.addYearsSlow(d, n)
}

// AddMonths returns d moved by n months. A day that does not exist in the
// target month is clamped to the month's last day: 2024-01-31 + 1 month =
// 2024-02-29, 2023-01-31 + 1 month = 2023-02-28. A month-precision date
// moves by months; a year-precision date moves only by whole years (n a
// multiple of 12). The result is the zero Date outside years 1–9999, for a
// year-precision date and n not a multiple of 12, and for dates with
// unspecified digits.
func (d Date) AddMonths(n int) Date {
	if d.IsZero() || d.Unspecified() {
		return Date{}
	}
	if d.prec() == PrecisionYear {
		if n%12 != 0 {
			return Date{}
		}
		return d.AddYears(n / 12)
	}
	if n > 12*10000 || n < -12*10000 {
		return Date{}
	}
	total := int(d.y)*12 + int(d.m) - 1 + n
	y, m := total/12, total%12+1
	if total < 0 || checkYear(y) != "" {
		return Date{}
	}
	d.y, d.m = uint16(y), uint8(m)
	if d.prec() == PrecisionDay {
		if last := daysIn(y, time.Month(m)); int(d.d) > last {
			d.d = uint8(last)
		}
	}
	return d
}

// AddDays returns the day-precision date d moved by n days (n may be
// negative). Only a day is moved by days: for a date of year or month
// precision, or with unspecified digits, AddDays returns the zero Date, as it
// does for results outside years 1–9999.
func (d Date) AddDays(n int) Date {
	if d.prec() != PrecisionDay || d.Unspecified() {
		return Date{}
	}
	if n > maxDay-minDay || n < minDay-maxDay {
		return Date{}
	}
	r := dayFromNumber(d.firstDay() + n)
	if r.IsZero() {
		return r
	}
	r.pf |= d.pf &^ precMask
	return r
}

// DaysUntil returns the number of days from the first day d covers to the
// first day e covers: 1950-01-30 to 2025-01-30 is 27,394 days. It is
// negative when e comes first and 0 when either date is zero or has no year
// ("XXXX-08-08").
func (d Date) DaysUntil(e Date) int {
	if !d.HasYear() || !e.HasYear() {
		return 0
	}
	return e.firstDay() - d.firstDay()
}

// Weekday returns the day of the week of the first day d covers (for a day,
// the day itself). The zero Date, and a date without a year, give
// time.Sunday; check HasYear first.
func (d Date) Weekday() time.Weekday {
	if !d.HasYear() {
		return time.Sunday
	}
	// Day 0 (1970-01-01) was a Thursday.
	w := (d.firstDay() + 4) % 7
	if w < 0 {
		w += 7
	}
	return time.Weekday(w)
}
