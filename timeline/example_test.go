package timeline_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/bilateral-go/bilateral/timeline"
	"golang.org/x/text/language"
)

func ExampleParseDate() {
	for _, s := range []string{"1950-01-30", "2012-07~", "195X", "2024-13-01"} {
		d, err := timeline.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d, d.Precision(), d.Span())
	}
	// Output:
	// 1950-01-30 day 1950-01-30
	// 2012-07~ month 2012-07-01/2012-07-31
	// 195X year 1950-01-01/1959-12-31
	// timeline: parsing "2024-13-01" as date: month 13 out of range
}

// February 29 moves to February 28 in common years, or to March 1 under
// the Mar1 policy (which is what time.Time.AddDate does).
func ExampleDate_AddYears() {
	leap := timeline.MustParseDate("2024-02-29")
	fmt.Println(leap.AddYears(1), timeline.LeapPolicyMar1.AddYears(leap, 1), leap.AddYears(4))
	fmt.Println(timeline.MustParseDate("2024-01-31").AddMonths(1))
	// Output:
	// 2025-02-28 2025-03-01 2028-02-29
	// 2024-02-29
}

func ExampleAnniversary() {
	fmt.Println(timeline.Anniversary(timeline.MustParseDate("1950-01-30"), 75))
	fmt.Println(timeline.Anniversary(timeline.MustParseDate("2001"), 25))
	n, on := timeline.Next(timeline.MustParseDate("1950-01-30"), timeline.MustParseDate("2025-06-01"), timeline.LeapPolicyFeb28)
	fmt.Println(n, on, timeline.IsRound(n), timeline.IsMajor(75))
	// Output:
	// 2025-01-30
	// 2026
	// 76 2026-01-30 false true
}

func ExampleSpan() {
	s := timeline.MustParseSpan("2025-01-14/2025-01-15")
	fmt.Println(s.Days(), s.Contains(timeline.MustParseDate("2025-01-15")), s.Label(language.Russian))
	// Output: 2 true 14–15 января 2025 г.
}

func ExampleText() {
	t := timeline.Text{EN: "state visit", VI: "chuyến thăm cấp Nhà nước", RU: "государственный визит"}
	fmt.Println(t.Label(language.MustParse("vi-VN")), "|", t.Label(language.French))
	// Output: chuyến thăm cấp Nhà nước | state visit
}

func ExampleSource() {
	doc := []byte("established on January 30, 1950")
	s := timeline.Source{Document: "article.txt", Start: 15, End: 31, Quote: "January 30, 1950"}
	fmt.Println(s, s.Verify(doc))
	// Output: article.txt:15-31 <nil>
}

func ExampleTimeline_Anniversaries() {
	var tl timeline.Timeline
	_ = tl.Add(timeline.Event{ID: "relations", Kind: timeline.KindEstablishment, When: timeline.MustParseSpan("1950-01-30"),
		Subject: timeline.Text{EN: "diplomatic relations", RU: "установления дипломатических отношений"}})
	_ = tl.Add(timeline.Event{ID: "fta", Kind: timeline.KindSigning, When: timeline.MustParseSpan("2015-05-29"),
		Subject: timeline.Text{EN: "the signing of the FTA"}})
	for o := range tl.Anniversaries(timeline.MustParseSpan("2025-01/2025-06")) {
		fmt.Println(o.On, o.N, o.Round, o.Label(language.English))
	}
	// Output:
	// 2025-01-30 75 true 75th anniversary of diplomatic relations
	// 2025-05-29 10 true 10th anniversary of the signing of the FTA
}

func ExampleTimeline_WriteICS() {
	var tl timeline.Timeline
	_ = tl.Add(timeline.Event{ID: "visit", Kind: timeline.KindOfficialVisit, When: timeline.MustParseSpan("2025-01-14/2025-01-15"),
		Title: timeline.Text{EN: "Official visit, Hanoi"}})
	var b strings.Builder
	_ = tl.WriteICS(&b, timeline.ICSOptions{Stamp: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
	fmt.Print(strings.ReplaceAll(b.String(), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//bilateral-go//bilateral//EN
	// CALSCALE:GREGORIAN
	// BEGIN:VEVENT
	// UID:visit@bilateral.invalid
	// DTSTAMP:20250101T000000Z
	// DTSTART;VALUE=DATE:20250114
	// DTEND;VALUE=DATE:20250116
	// SUMMARY:Official visit\, Hanoi
	// DESCRIPTION:official visit. 2025-01-14/2025-01-15
	// END:VEVENT
	// END:VCALENDAR
}

func ExampleEvent() {
	e := timeline.Event{ID: "visit", Kind: timeline.KindStateVisit, When: timeline.MustParseSpan("2024-06-19/2024-06-20"),
		Title: timeline.Text{EN: "State visit"}}
	b, _ := json.Marshal(e)
	fmt.Println(string(b))
	// Output: {"id":"visit","kind":"state-visit","title":{"en":"State visit"},"when":"2024-06-19/2024-06-20"}
}

// Example_vietnamRussia reads the curated Vietnam–Russia events and lists
// the round anniversaries of 2025.
func Example_vietnamRussia() {
	b, err := os.ReadFile("../testdata/vietnam-russia/events.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		fmt.Println(err)
		return
	}
	for o := range tl.RoundAnniversaries(timeline.MustParseSpan("2025")) {
		fmt.Println(o.On.Label(language.Vietnamese), "—", o.Label(language.Vietnamese))
	}
	// Output:
	// 2025 — kỷ niệm 20 năm Hội nghị Cấp cao ASEAN – Nga lần thứ nhất
	// 30 tháng 1, 2025 — kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Nga
	// 30 tháng 4, 2025 — kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước
	// 9 tháng 5, 2025 — kỷ niệm 80 năm Chiến thắng trong Chiến tranh Vệ quốc vĩ đại
	// 29 tháng 5, 2025 — kỷ niệm 10 năm ký Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á-Âu
	// 2 tháng 9, 2025 — kỷ niệm 80 năm Quốc khánh Việt Nam
}

func ExampleKind() {
	for _, k := range []timeline.Kind{timeline.KindStateVisit, timeline.KindNationalDay} {
		fmt.Println(k, "|", k.Label(language.English), "|", k.Label(language.Vietnamese), "|", k.Label(language.Russian))
	}
	// Output:
	// state-visit | state visit | chuyến thăm cấp Nhà nước | государственный визит
	// national-day | National Day | Quốc khánh | национальный праздник
}

func ExamplePrecision() {
	d := timeline.MustParseDate("2012-07")
	fmt.Println(d.Precision(), d.Precision().Label(language.Russian), d.Label(language.Russian))
	// Output: month месяц июль 2012 г.
}

// The private-use subtag "news" asks Label for the form newsrooms print:
// AP abbreviates months with a day, VnExpress writes d/M/y, TASS writes
// the year out with "года".
func ExampleDate_Label_news() {
	d := timeline.MustParseDate("1950-01-30")
	talks := timeline.MustParseSpan("2025-01-14/2025-01-15")
	m := timeline.MustParseDate("2024-09")
	for _, s := range []string{"en-x-news", "vi-x-news", "ru-x-news", "ru"} {
		tag := language.MustParse(s)
		fmt.Println(d.Label(tag), "|", talks.Label(tag), "|", m.Label(tag))
	}
	// Output:
	// Jan. 30, 1950 | Jan. 14-15, 2025 | September 2024
	// 30/1/1950 | 14-15/1/2025 | tháng 9/2024
	// 30 января 1950 года | 14–15 января 2025 года | сентябрь 2024 года
	// 30 января 1950 г. | 14–15 января 2025 г. | сентябрь 2024 г.
}

// A report that says "on August 8" and names no year anywhere dates its
// event on a day of an unknown year.
func ExampleNewMonthDay() {
	d, err := timeline.NewMonthDay(time.August, 8)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d, d.HasYear(), d.Label(language.English), d.Label(language.Russian))
	fmt.Println(d.InYear(2025), timeline.MustParseDate("2025-08-08").WithoutYear())
	_, err = timeline.NewMonthDay(time.February, 30)
	fmt.Println(err)
	// Output:
	// XXXX-08-08 false August 8 8 августа
	// 2025-08-08 XXXX-08-08
	// timeline: invalid date: day 30 out of range for month 02
}
