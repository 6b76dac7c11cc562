package timeline

// LeapPolicy says where the anniversary of February 29 falls in a common
// year. The zero value is [LeapPolicyFeb28], the default of every function that takes
// no policy.
type LeapPolicy uint8

// The leap-day conventions.
const (
	// LeapPolicyFeb28 keeps the anniversary in February: 2024-02-29 + 1 year =
	// 2025-02-28. This is the default, the reading of "the same date next
	// year" in most legal and diplomatic usage.
	LeapPolicyFeb28 LeapPolicy = iota
	// LeapPolicyMar1 moves it to the day after February 28: 2024-02-29 + 1 year =
	// 2025-03-01, as time.Time.AddDate normalises it.
	LeapPolicyMar1
)

var leapPolicyNames = [...]string{"feb28", "mar1"}

// String returns "feb28" or "mar1", and "LeapPolicy(N)" for other values.
func (p LeapPolicy) String() string {
	if int(p) < len(leapPolicyNames) {
		return leapPolicyNames[p]
	}
	return "LeapPolicy(" + itoa(int(p)) + ")"
}

// ParseLeapPolicy returns the LeapPolicy whose identifier ([LeapPolicy.String])
// is s: "feb28" or "mar1".
func ParseLeapPolicy(s string) (LeapPolicy, error) {
	for p, name := range leapPolicyNames {
		if name == s {
			return LeapPolicy(p), nil
		}
	}
	return 0, &ParseError{What: "leap policy", Input: s, Reason: "unknown policy"}
}

// MarshalText returns the identifier of p; out-of-range policies are an
// error.
func (p LeapPolicy) MarshalText() ([]byte, error) {
	if int(p) >= len(leapPolicyNames) {
		return nil, &RangeError{What: "leap policy", Reason: p.String() + " has no text form"}
	}
	return []byte(leapPolicyNames[p]), nil
}

// UnmarshalText sets p from its identifier; see [ParseLeapPolicy].
func (p *LeapPolicy) UnmarshalText(b []byte) error {
	v, err := ParseLeapPolicy(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// AddYears is [Date.AddYears] under policy p: it differs only for
// February 29 moved to a common year, which becomes February 28 under
// [LeapPolicyFeb28] and March 1 under [LeapPolicyMar1].
func (p LeapPolicy) AddYears(d Date, n int) Date {
	if r, ok := addYearsFast(d, n); ok {
		return r
	}
	return p.addYearsSlow(d, n)
}

// addYearsFast is AddYears for the common case, small enough to inline: a
// plain date whose day is not the 29th and whose year stays in range.
// int(d.y)+n cannot wrap into range: d.y ≤ 9999, so only an n near
// math.MaxInt overflows, to a negative sum.
func addYearsFast(d Date, n int) (Date, bool) {
	y := int(d.y) + n
	if uint(y-1) < 9999 && d.pf&unspecified == 0 && d.prec() != 0 && d.d != 29 {
		d.y = uint16(y)
		return d, true
	}
	return Date{}, false
}

// addYearsSlow is AddYears for the zero Date, unspecified digits, years out
// of range and February 29.
func (p LeapPolicy) addYearsSlow(d Date, n int) Date {
	y := int(d.y) + n
	if d.prec() == 0 || d.pf&unspecified != 0 || n > 9999 || n < -9999 || y < 1 || y > 9999 {
		return Date{}
	}
	d.y = uint16(y)
	if d.d == 29 && d.m == 2 && !isLeap(y) {
		return p.leapDay(d)
	}
	return d
}

// leapDay places February 29 in the common year of d.
func (p LeapPolicy) leapDay(d Date) Date {
	if p == LeapPolicyMar1 {
		d.m, d.d = 3, 1
	} else {
		d.d = 28
	}
	return d
}

// Anniversary returns the n-th anniversary of origin under policy p; see
// [Anniversary].
func (p LeapPolicy) Anniversary(origin Date, n int) Date {
	if n < 1 {
		return Date{}
	}
	return p.AddYears(origin, n)
}

// Anniversary returns the n-th anniversary (n ≥ 1) of origin with the
// origin's precision: the 75th of 1950-01-30 is 2025-01-30, the 25th of
// "2001" is "2026", the 10th of "2015-05" is "2025-05". An origin of
// February 29 has its anniversaries in common years on February 28 (see
// [LeapPolicy.Anniversary] for March 1). The result is the zero Date for
// n < 1, a zero origin, an origin with unspecified digits, or a year beyond
// 9999.
func Anniversary(origin Date, n int) Date {
	// The fast path is repeated here so that the common case is one call.
	if r, ok := addYearsFast(origin, n); ok && n >= 1 {
		return r
	}
	return LeapPolicyFeb28.Anniversary(origin, n)
}

// OrdinalIn returns which anniversary of origin falls in year: 75 for an
// origin in 1950 and the year 2025. The result is year minus the origin's
// year, so it is 0 in the origin's own year and negative before it; it is 0
// for the zero Date.
func OrdinalIn(origin Date, year int) int {
	if origin.IsZero() {
		return 0
	}
	return year - origin.Year()
}

// Next returns the first anniversary of origin that begins after after ends:
// the smallest n ≥ 1 whose [Anniversary] (under policy) starts on a day later
// than the last day after covers, and that anniversary. For origin 1950-01-30
// and after 2025-01-29 it returns 75 and 2025-01-30; after 2025-01-30 it
// returns 76. It returns 0 and the zero Date when there is none within years
// 1–9999 or either date is zero.
func Next(origin, after Date, policy LeapPolicy) (n int, on Date) {
	if origin.IsZero() || after.IsZero() || origin.Unspecified() {
		return 0, Date{}
	}
	limit := after.lastDay()
	n = after.Year() - origin.Year() - 1
	if n < 1 {
		n = 1
	}
	for ; ; n++ {
		a := policy.Anniversary(origin, n)
		if a.IsZero() {
			return 0, Date{}
		}
		if a.firstDay() > limit {
			return n, a
		}
	}
}

// IsRound reports whether the n-th anniversary is a round one: every fifth
// (5, 10, 15, …), as jubilees are marked in diplomatic practice.
func IsRound(n int) bool { return n > 0 && n%5 == 0 }

// IsMajor reports whether the n-th anniversary is a major one: every 25th
// (25, 50, 75, 100, …) — the silver, golden, diamond and centenary
// jubilees.
func IsMajor(n int) bool { return n > 0 && n%25 == 0 }
