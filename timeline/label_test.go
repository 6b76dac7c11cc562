package timeline_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The expected strings are ICU 78 / CLDR 48 output (see testdata/golden):
// U+2009 around the en dash in English and Vietnamese ranges, U+202F before
// "г." in Russian ranges.
func TestLabels(t *testing.T) {
	en, vi, ru := language.English, language.MustParse("vi-VN"), language.MustParse("ru-RU")
	d := timeline.MustParseDate
	s := timeline.MustParseSpan
	tests := []struct {
		got, want string
	}{
		{d("1950-01-30").Label(en), "January 30, 1950"},
		{d("1950-01-30").Label(vi), "30 tháng 1, 1950"},
		{d("1950-01-30").Label(ru), "30 января 1950 г."},
		{d("1950-01").Label(en), "January 1950"},
		{d("1950-01").Label(vi), "tháng 1 năm 1950"},
		{d("1950-01").Label(ru), "январь 1950 г."},
		{d("2001").Label(ru), "2001"},
		{d("2012-07~").Label(en), "c. July 2012"},
		{d("2001?").Label(vi), "2001 (?)"},
		// "около" governs the genitive: the month's genitive name, "г." for
		// the genitive "года", "-х годов" for a decade.
		{d("1950-01~").Label(ru), "около января 1950 г."},
		{d("1950~").Label(ru), "около 1950 г."},
		{d("1950-01-30~").Label(ru), "около 30 января 1950 г."},
		{d("195X~").Label(ru), "около 1950-х годов"},
		{d("1950-01~").Label(vi), "khoảng tháng 1 năm 1950"},
		{d("195X~").Label(en), "c. the 1950s"},
		{d("195X").Label(ru), "1950-е годы"},
		{d("195X").Label(en), "the 1950s"},
		{d("1950-01").Label(language.French), "January 1950"},
		{s("2025-01-14/2025-01-15").Label(en), "January 14\u2009–\u200915, 2025"},
		{s("2025-01-14/2025-01-15").Label(vi), "14\u2009–\u200915 tháng 1, 2025"},
		{s("2025-01-14/2025-01-15").Label(ru), "14–15 января 2025\u202fг."},
		{s("2024-01/2024-09").Label(en), "January\u2009–\u2009September 2024"},
		{s("2021/2025").Label(vi), "2021–2025"},
		{s("2012-07/..").Label(en), "July 2012\u2009–\u2009…"},
		{s("1950-01-30").Label(ru), "30 января 1950 г."},
		{timeline.Span{}.Label(en), ""},
		// Without a year: ICU's MMMMd and MMMM (stand-alone) forms.
		{d("XXXX-08-08").Label(en), "August 8"},
		{d("XXXX-08-08").Label(vi), "8 tháng 8"},
		{d("XXXX-08-08").Label(ru), "8 августа"},
		{d("XXXX-08").Label(vi), "Tháng 8"},
		{d("XXXX-08").Label(ru), "август"},
		{d("XXXX-08~").Label(ru), "около августа"},
		{d("XXXX-08~").Label(vi), "khoảng tháng 8"},
		{d("XXXX-08-08").Label(language.MustParse("en-x-news")), "Aug. 8"},
		{d("XXXX-08-08").Label(language.MustParse("vi-x-news")), "8/8"},
		{s("XXXX-07-25/XXXX-07-27").Label(en), "July 25 – 27"},
		{s("XXXX-07-25/XXXX-07-27").Label(vi), "25 – 27 tháng 7"},
		{s("XXXX-07-25/XXXX-07-27").Label(ru), "25–27 июля"},
		{s("XXXX-07-30/XXXX-08-02").Label(ru), "30 июля – 2 августа"},
		{s("XXXX-07-25/XXXX-07-27").Label(language.MustParse("vi-x-news")), "25-27/7"},
		{timeline.KindStateVisit.Label(vi), "chuyến thăm cấp Nhà nước"},
		{timeline.PrecisionDay.Label(ru), "день"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, tt.got)
	}
	for _, k := range timeline.Kinds() {
		for _, tag := range []language.Tag{vi, ru} {
			require.NotEqual(t, k.Label(en), k.Label(tag), k.String())
			require.NotEqual(t, k.String(), k.Label(tag))
		}
	}
	for _, p := range []timeline.Precision{timeline.PrecisionYear, timeline.PrecisionMonth, timeline.PrecisionDay} {
		require.NotEqual(t, p.Label(en), p.Label(vi))
		require.NotEqual(t, p.Label(en), p.Label(ru))
	}
	dd := d("1950-01-30")
	require.LessOrEqual(t, testing.AllocsPerRun(100, func() { _ = dd.Label(ru) }), 1.0)
}

func BenchmarkDateLabel(b *testing.B) {
	d := timeline.MustParseDate("1950-01-30")
	tag := language.Russian
	b.ReportAllocs()
	for b.Loop() {
		_ = d.Label(tag)
	}
}

// TestOccurrenceLabelSubject: a Subject follows the phrase; without one the
// Title, a nominative name, is quoted after a colon in the language's
// quotation marks (CLDR delimiters: “ ” en and vi, « » ru), so that no label
// reads "5-летие Государственный визит…".
func TestOccurrenceLabelSubject(t *testing.T) {
	en, vi, ru := language.English, language.Vietnamese, language.Russian
	visit := &timeline.Event{ID: "v", Kind: timeline.KindStateVisit, When: timeline.MustParseSpan("2024-06-19/2024-06-20"),
		Title: timeline.Text{EN: "State visit to Vietnam", VI: "Chuyến thăm cấp Nhà nước tới Việt Nam", RU: "Государственный визит во Вьетнам"}}
	withSubject := *visit
	withSubject.Subject = timeline.Text{EN: "the state visit to Vietnam", VI: "chuyến thăm cấp Nhà nước tới Việt Nam",
		RU: "государственного визита во Вьетнам"}
	tests := []struct {
		e    *timeline.Event
		n    int
		tag  language.Tag
		want string
	}{
		{visit, 5, en, "5th anniversary: “State visit to Vietnam”"},
		{visit, 5, vi, "kỷ niệm 5 năm: “Chuyến thăm cấp Nhà nước tới Việt Nam”"},
		{visit, 5, ru, "5-летие: «Государственный визит во Вьетнам»"},
		{visit, 1, ru, "первая годовщина: «Государственный визит во Вьетнам»"},
		{visit, 24, ru, "24-я годовщина: «Государственный визит во Вьетнам»"},
		{&withSubject, 5, en, "5th anniversary of the state visit to Vietnam"},
		{&withSubject, 5, vi, "kỷ niệm 5 năm chuyến thăm cấp Nhà nước tới Việt Nam"},
		{&withSubject, 5, ru, "5-летие государственного визита во Вьетнам"},
		{&withSubject, 1, ru, "первая годовщина государственного визита во Вьетнам"},
	}
	for _, tt := range tests {
		o := timeline.Occurrence{Event: tt.e, N: tt.n}
		require.Equal(t, tt.want, o.Label(tt.tag))
	}
}
