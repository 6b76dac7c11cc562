package timeline

import "time"

// maxDateLen is the length of the longest valid date text, "1950-XX-XX%".
const maxDateLen = 11

// ParseDate reads a date in its EDTF form (Extended Date/Time Format,
// ISO 8601-2:2019, levels 0 and 1, years 1–9999):
//
//	1950          year
//	1950-01       month
//	1950-01-30    day
//	2001?         uncertain (level 1)
//	2012-07~      approximate (level 1)
//	1950-01-30%   uncertain and approximate (level 1)
//	195X  19XX    unspecified digits of the year (level 1)
//	1950-XX       unspecified month (level 1)
//	1950-01-XX    unspecified day; also 1950-XX-XX (level 1)
//	XXXX-08-08    a day in an unknown year; also XXXX-08 (level 2)
//
// It rejects everything else with a [*ParseError], among them single-digit
// months or days ("1950-1-30"), surrounding space, signs ("+1950"), years
// of more or fewer than four digits, seasons ("2001-21"), times, and days
// that do not exist ("2023-02-29"):
//
//	timeline: parsing "2024-13-01" as date: month 13 out of range
//
// Inputs longer than 11 bytes are refused without being read further.
func ParseDate(s string) (Date, error) {
	d, reason := parseDate(s)
	if reason != "" {
		return Date{}, &ParseError{What: "date", Input: s, Reason: reason}
	}
	return d, nil
}

// parseDate returns the date or the reason s is not one.
func parseDate(s string) (Date, string) {
	// Fast path for the common YYYY-MM-DD with a real day.
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y := digit4(s)
		m := digit2(s[5:])
		d := digit2(s[8:])
		if y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, time.Month(m)) {
			return Date{y: uint16(y), m: uint8(m), d: uint8(d), pf: uint8(PrecisionDay)}, ""
		}
	}
	if s == "" {
		return Date{}, "empty input"
	}
	if len(s) > maxDateLen {
		return Date{}, "too long for a date (" + itoa(len(s)) + " bytes)"
	}
	var d Date
	switch s[len(s)-1] {
	case '?':
		d.pf |= flagUncertain
		s = s[:len(s)-1]
	case '~':
		d.pf |= flagApproximate
		s = s[:len(s)-1]
	case '%':
		d.pf |= flagUncertain | flagApproximate
		s = s[:len(s)-1]
	}
	if len(s) < 4 {
		return Date{}, "year must have four digits"
	}
	// Year: four digits, the last one or two of which may be X, or XXXX.
	y := 0
	if s[:4] == "XXXX" {
		d.pf |= yearless
	}
	for i := 0; i < 4 && d.pf&yearless != yearless; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if d.pf&(flagYearX1|flagYearX2) != 0 {
				return Date{}, "unspecified year digits must be the last ones"
			}
			y = y*10 + int(c-'0')
		case c == 'X' && i >= 2:
			if i == 2 {
				d.pf |= flagYearX2
			} else if d.pf&flagYearX2 == 0 {
				d.pf |= flagYearX1
			}
			y *= 10
		case c == '-' || c == '+':
			return Date{}, "signed years are not supported"
		default:
			return Date{}, "invalid character " + quoteByte(c) + " in year"
		}
	}
	if y == 0 && d.pf&yearless != yearless { // also "00XX", "000X": the range includes year 0
		return Date{}, "year 0 out of range 1-9999"
	}
	d.y = uint16(y)
	d.pf = d.pf&^precMask | uint8(PrecisionYear)
	s = s[4:]
	if d.pf&yearless == yearless && (len(s) < 3 || s[1:3] == "XX") {
		return Date{}, "a date without a year must name its month"
	}
	if s == "" {
		return d, ""
	}
	if s[0] != '-' {
		return Date{}, "invalid character " + quoteByte(s[0]) + " after year"
	}
	if x := d.pf & yearless; x == flagYearX1 || x == flagYearX2 {
		return Date{}, "a year with unspecified digits cannot have a month"
	}
	m, unspec, reason := twoDigits(s[1:], "month")
	if reason != "" {
		return Date{}, reason
	}
	d.pf = d.pf&^precMask | uint8(PrecisionMonth)
	if unspec {
		d.pf |= flagMonthX
		m = 1
	} else if m < 1 || m > 12 {
		if m >= 21 && m <= 41 {
			return Date{}, "season or sub-year grouping " + itoa(m) + " not supported"
		}
		return Date{}, "month " + itoa(m) + " out of range"
	}
	d.m = uint8(m)
	s = s[3:]
	if s == "" {
		return d, ""
	}
	if s[0] != '-' {
		return Date{}, "invalid character " + quoteByte(s[0]) + " after month"
	}
	day, dunspec, reason := twoDigits(s[1:], "day")
	if reason != "" {
		return Date{}, reason
	}
	if len(s) != 3 {
		return Date{}, "unexpected text after day"
	}
	d.pf = d.pf&^precMask | uint8(PrecisionDay)
	switch {
	case dunspec:
		d.pf |= flagDayX
		day = 1
	case d.pf&flagMonthX != 0:
		return Date{}, "a day cannot follow an unspecified month"
	case d.pf&yearless == yearless && (day < 1 || day > daysIn(2000, time.Month(m))):
		return Date{}, "day " + itoa(day) + " out of range for month " + itoa2(m)
	case day < 1 || day > daysIn(y, time.Month(m)):
		return Date{}, "day " + itoa(day) + " out of range for " + itoa4(y) + "-" + itoa2(m)
	}
	d.d = uint8(day)
	return d, ""
}

// twoDigits reads exactly two digits, or "XX", at the start of s.
func twoDigits(s, what string) (n int, unspecified bool, reason string) {
	if len(s) < 2 {
		return 0, false, what + " must have two digits"
	}
	if s[0] == 'X' && s[1] == 'X' {
		return 0, true, ""
	}
	for i := 0; i < 2; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			if c == '-' || c == '?' || c == '~' || c == '%' {
				return 0, false, what + " must have two digits"
			}
			return 0, false, "invalid character " + quoteByte(c) + " in " + what
		}
		n = n*10 + int(c-'0')
	}
	if len(s) > 2 && s[2] >= '0' && s[2] <= '9' {
		return 0, false, what + " must have two digits"
	}
	return n, false, ""
}

func quoteByte(c byte) string {
	if c < 0x20 || c >= 0x7f {
		return "0x" + string("0123456789abcdef"[c>>4]) + string("0123456789abcdef"[c&15])
	}
	return "'" + string(rune(c)) + "'"
}

// AppendText appends the EDTF form of d to b, as [Date.String] writes it.
// The zero Date appends nothing. It implements [encoding.TextAppender].
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	return d.appendEDTF(b), nil
}

func (d Date) appendEDTF(b []byte) []byte {
	switch {
	case d.pf&yearless == yearless:
		b = append(b, "XXXX"...)
	case d.pf&flagYearX2 != 0:
		b = appendPadded(b, int(d.y)/100, 2)
		b = append(b, "XX"...)
	case d.pf&flagYearX1 != 0:
		b = appendPadded(b, int(d.y)/10, 3)
		b = append(b, 'X')
	default:
		b = appendPadded(b, int(d.y), 4)
	}
	if d.prec() >= PrecisionMonth {
		b = append(b, '-')
		if d.pf&flagMonthX != 0 {
			b = append(b, "XX"...)
		} else {
			b = appendPadded(b, int(d.m), 2)
		}
	}
	if d.prec() == PrecisionDay {
		b = append(b, '-')
		if d.pf&flagDayX != 0 {
			b = append(b, "XX"...)
		} else {
			b = appendPadded(b, int(d.d), 2)
		}
	}
	switch d.pf & (flagUncertain | flagApproximate) {
	case flagUncertain:
		b = append(b, '?')
	case flagApproximate:
		b = append(b, '~')
	case flagUncertain | flagApproximate:
		b = append(b, '%')
	}
	return b
}

// String returns the EDTF form of d ("1950-01-30", "2001?", "195X"), or ""
// for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	var buf [maxDateLen]byte
	return string(d.appendEDTF(buf[:0]))
}

// MarshalText returns the EDTF form of d; see [Date.String].
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, maxDateLen))
}

// UnmarshalText sets d to the date read by [ParseDate]. Empty text sets
// the zero Date, so that an absent date round-trips through JSON as "".
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// digit4 reads four ASCII digits, or returns -1.
func digit4(s string) int {
	n := 0
	for i := 0; i < 4; i++ {
		c := s[i] - '0'
		if c > 9 {
			return -1
		}
		n = n*10 + int(c)
	}
	return n
}

// digit2 reads two ASCII digits, or returns -1.
func digit2(s string) int {
	a, b := s[0]-'0', s[1]-'0'
	if a > 9 || b > 9 {
		return -1
	}
	return int(a)*10 + int(b)
}
