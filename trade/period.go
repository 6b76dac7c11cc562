package trade

import (
	"cmp"
	"strings"
	"time"

	"github.com/bilateral-go/bilateral/timeline"
	"golang.org/x/text/language"
)

// Period is a statistical reference period: a year, a quarter, a month, the
// first N months of a year, or any range of whole months. Every period is a
// range of months, and each range has one canonical SDMX-style code:
//
//	2024                 the year 2024
//	2024-Q3              July to September 2024
//	2024-M09             September 2024
//	2024-M01/2024-M09    the first nine months of 2024
//	2023-M11/2024-M02    any other range of months
//
// Period is a small comparable value; the zero Period means "no period".
type Period struct {
	start, end uint32 // months since year 0: year*12 + month-1
}

// NewPeriod returns the months from (y1, m1) to (y2, m2) inclusive.
func NewPeriod(y1 int, m1 time.Month, y2 int, m2 time.Month) (Period, error) {
	fail := func(reason string) (Period, error) {
		given := periodArg(y1, m1) + "/" + periodArg(y2, m2)
		return Period{}, &ParseError{What: "period", Input: given, Reason: reason}
	}
	for _, y := range [2]int{y1, y2} {
		if y < 1 || y > 9999 {
			return fail("year " + itoa(y) + " out of range 1-9999")
		}
	}
	for _, m := range [2]time.Month{m1, m2} {
		if m < 1 || m > 12 {
			return fail("month " + itoa(int(m)) + " out of range 1-12")
		}
	}
	a, b := uint32(y1*12+int(m1)-1), uint32(y2*12+int(m2)-1)
	if b < a {
		return fail("end before start")
	}
	return Period{a, b}, nil
}

// periodArg writes a year and month given to NewPeriod in the form of a
// month code, "2024-M13", whatever their range, for error messages.
func periodArg(y int, m time.Month) string {
	ys, ms := itoa(y), itoa(int(m))
	if y >= 0 && len(ys) < 4 {
		ys = "0000"[len(ys):] + ys
	}
	if m >= 0 && len(ms) < 2 {
		ms = "0" + ms
	}
	return ys + "-M" + ms
}

// YearPeriod returns the period of year y.
func YearPeriod(y int) (Period, error) { return NewPeriod(y, 1, y, 12) }

// FirstMonths returns the first n months of year y (year to date):
// FirstMonths(2024, 9) is 2024-M01/2024-M09.
func FirstMonths(y, n int) (Period, error) {
	if n < 1 || n > 12 {
		return Period{}, &ParseError{What: "period", Input: "first " + itoa(n) + " months of " + itoa(y), Reason: "month count " + itoa(n) + " out of range 1-12"}
	}
	return NewPeriod(y, 1, y, time.Month(n))
}

// maxPeriodLen bounds the text ParsePeriod reads.
const maxPeriodLen = 17

// ParsePeriod reads a period code: "2024", "2024-Q3", "2024-M09",
// "2024-M01/2024-M09". A range whose ends are whole years or quarters may be
// written with them ("2021/2025", "2024-Q1/2024-Q2"). The result prints in
// canonical form, which may differ from the input ("2024-M01/2024-M12"
// prints "2024").
//
// It also reads a period as texts write it, in English, Vietnamese or
// Russian, when the whole of s names one period of whole months: "Q3 2024",
// "the third quarter of 2024", "H1 2025", "the first half of 2025",
// "2025-S1", "the first nine months of 2024", "January–September 2024",
// "2022-23", "quý III/2024", "9 tháng đầu năm 2024", "III квартал 2024 г.",
// "январь–сентябрь 2024 г." (the forms of [timeline.ExtractDates]). A text
// that names a day, an approximate period ("early 2024") or more than one
// period is an error. A fiscal year ("FY2022-23", "2022-23") reads as the
// calendar years it spans: which months a fiscal year holds depends on the
// country, and the text does not say.
func ParsePeriod(s string) (Period, error) {
	p, reason := parsePeriod(s)
	if reason != "" {
		if q, ok := periodOfText(s); ok {
			return q, nil
		}
		return Period{}, &ParseError{What: "period", Input: s, Reason: reason}
	}
	return p, nil
}

// maxPeriodText bounds the text of a period as written ("the first nine
// months of 2024").
const maxPeriodText = 64

var periodLanguages = []language.Tag{language.English, language.Vietnamese, language.Russian}

// periodOfText reads s as one period written in words.
func periodOfText(s string) (Period, bool) {
	// Codes stay strict ("2024-09", "2024 " are no codes): only a text
	// with a word in it, and no space around it, is read as written.
	t := s
	if t == "" || len(t) > maxPeriodText || trimSpace(t) != t || !hasLetter(t) && !strings.Contains(t, " ") {
		return Period{}, false
	}
	// A short text may not show its language: each is tried, English
	// first, and the first that reads all of it as one date wins.
	var found timeline.Mention
	whole := false
	for _, lang := range periodLanguages {
		n := 0
		for m := range timeline.ExtractDatesWith(t, timeline.ExtractOptions{Language: lang}) {
			found = m
			n++
		}
		if n == 1 && found.Start == 0 && found.End == len(t) {
			whole = true
			break
		}
	}
	if !whole {
		return Period{}, false
	}
	return PeriodOf(found.Value)
}

// PeriodOf returns the period of whole months a span of dates names: a
// year, a month, a quarter or any run of months ("2024", "2024-01/2024-09",
// the spans ExtractDates gives for "Q3 2024" or "the first nine months of
// 2024"). A span with a day, an approximate or uncertain end, or an open
// end names no period: ok is false.
func PeriodOf(s timeline.Span) (p Period, ok bool) {
	a, b := s.Start, s.End
	if a.IsZero() || b.IsZero() || a.Approximate() || b.Approximate() || a.Uncertain() || b.Uncertain() ||
		a.Precision() == timeline.PrecisionDay || b.Precision() == timeline.PrecisionDay {
		return Period{}, false
	}
	p, err := NewPeriod(a.Year(), firstMonth(a), b.Year(), lastMonth(b))
	return p, err == nil
}

func firstMonth(d timeline.Date) time.Month {
	if d.Precision() == timeline.PrecisionYear {
		return time.January
	}
	return d.Month()
}

func lastMonth(d timeline.Date) time.Month {
	if d.Precision() == timeline.PrecisionYear {
		return time.December
	}
	return d.Month()
}

// hasLetter reports whether s holds a letter other than the Q, M and S of
// period codes, or a byte of another script.
func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c|0x20 >= 'a' && c|0x20 <= 'z' && c != 'Q' && c != 'M' && c != 'S') {
			return true
		}
	}
	return false
}

func trimSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\n') {
		s = s[:len(s)-1]
	}
	return s
}

// MustParsePeriod is like ParsePeriod but panics on error; for tests and
// package-level variables only.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

func parsePeriod(s string) (Period, string) {
	if s == "" {
		return Period{}, "empty input"
	}
	if len(s) > maxPeriodLen {
		return Period{}, "too long for a period (" + itoa(len(s)) + " bytes)"
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			a, ra := parsePart(s[:i])
			if ra != "" {
				return Period{}, "start: " + ra
			}
			b, rb := parsePart(s[i+1:])
			if rb != "" {
				return Period{}, "end: " + rb
			}
			if b.end < a.start {
				return Period{}, "end before start"
			}
			return Period{a.start, b.end}, ""
		}
	}
	return parsePart(s)
}

func parsePart(s string) (Period, string) {
	if len(s) < 4 {
		return Period{}, "year must have four digits"
	}
	y := 0
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return Period{}, "year must have four digits"
		}
		y = y*10 + int(s[i]-'0')
	}
	if y == 0 {
		return Period{}, "year 0 out of range"
	}
	base := y * 12
	switch {
	case len(s) == 4:
		return Period{uint32(base), uint32(base + 11)}, ""
	case len(s) == 7 && s[4] == '-' && s[5] == 'Q':
		q := int(s[6] - '0')
		if q < 1 || q > 4 {
			return Period{}, "quarter " + s[6:] + " out of range 1-4"
		}
		return Period{uint32(base + 3*(q-1)), uint32(base + 3*q - 1)}, ""
	case len(s) == 7 && s[4] == '-' && s[5] == 'S':
		// SDMX semesters: 2025-S1 is January to June.
		h := int(s[6] - '0')
		if h < 1 || h > 2 {
			return Period{}, "semester " + s[6:] + " out of range 1-2"
		}
		return Period{uint32(base + 6*(h-1)), uint32(base + 6*h - 1)}, ""
	case len(s) == 8 && s[4] == '-' && s[5] == 'M' && s[6] >= '0' && s[6] <= '9' && s[7] >= '0' && s[7] <= '9':
		m := int(s[6]-'0')*10 + int(s[7]-'0')
		if m < 1 || m > 12 {
			return Period{}, "month " + s[6:] + " out of range 01-12"
		}
		return Period{uint32(base + m - 1), uint32(base + m - 1)}, ""
	}
	return Period{}, "want YYYY, YYYY-Qn or YYYY-Mnn"
}

// IsZero reports whether p is the zero Period.
func (p Period) IsZero() bool { return p == Period{} }

// Months returns the number of months p covers: 12 for a year, 9 for
// 2024-M01/2024-M09.
func (p Period) Months() int {
	if p.IsZero() {
		return 0
	}
	return int(p.end-p.start) + 1
}

// Start returns the year and month p begins with.
func (p Period) Start() (int, time.Month) { return int(p.start) / 12, time.Month(p.start%12 + 1) }

// End returns the year and month p ends with.
func (p Period) End() (int, time.Month) { return int(p.end) / 12, time.Month(p.end%12 + 1) }

// Previous returns the same period one year earlier: 2023-M01/2023-M09 for
// 2024-M01/2024-M09. It returns the zero Period before year 1.
func (p Period) Previous() Period {
	if p.IsZero() || p.start < 24 {
		return Period{}
	}
	return Period{p.start - 12, p.end - 12}
}

// Span returns the days p covers as a timeline span with the precision of
// its code: the year 2024 for "2024", 2024-01/2024-09 for the first nine
// months.
func (p Period) Span() timeline.Span {
	if p.IsZero() {
		return timeline.Span{}
	}
	y1, m1 := p.Start()
	y2, m2 := p.End()
	if y1 == y2 && m1 == 1 && m2 == 12 {
		d, _ := timeline.NewYear(y1)
		return timeline.Span{Start: d, End: d}
	}
	a, _ := timeline.NewMonth(y1, m1)
	b, _ := timeline.NewMonth(y2, m2)
	return timeline.Span{Start: a, End: b}
}

// Compare orders periods by their first month and then by their last, so
// that among periods starting together the shorter sorts first.
func (p Period) Compare(q Period) int {
	if c := cmp.Compare(p.start, q.start); c != 0 {
		return c
	}
	return cmp.Compare(p.end, q.end)
}

// Overlaps reports whether p and q share a month.
func (p Period) Overlaps(q Period) bool {
	return !p.IsZero() && !q.IsZero() && p.start <= q.end && q.start <= p.end
}

// AppendText appends the canonical code of p.
func (p Period) AppendText(b []byte) ([]byte, error) {
	if p.IsZero() {
		return b, nil
	}
	y1, m1 := p.Start()
	y2, m2 := p.End()
	switch {
	case y1 == y2 && m1 == 1 && m2 == 12:
		return appendYear(b, y1), nil
	case y1 == y2 && m1%3 == 1 && m2 == m1+2:
		b = appendYear(b, y1)
		return append(b, '-', 'Q', byte('0'+(int(m1)+2)/3)), nil
	case y1 == y2 && m1 == m2:
		return appendMonth(b, y1, m1), nil
	}
	b = appendMonth(b, y1, m1)
	b = append(b, '/')
	return appendMonth(b, y2, m2), nil
}

func appendYear(b []byte, y int) []byte {
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
}

func appendMonth(b []byte, y int, m time.Month) []byte {
	b = appendYear(b, y)
	return append(b, '-', 'M', byte('0'+m/10), byte('0'+m%10))
}

// String returns the canonical code of p; "" for the zero Period.
func (p Period) String() string {
	b, _ := p.AppendText(nil)
	return string(b)
}

// MarshalText returns the canonical code of p.
func (p Period) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText reads p with ParsePeriod; empty text is the zero Period.
func (p *Period) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
