package l10n_test

import (
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
)

// TestStyleOf checks that the private-use subtag "news" selects the News
// style wherever it stands among the private-use subtags, that it survives
// the ways golang.org/x/text builds and matches tags, and that reading it
// does not allocate.
func TestStyleOf(t *testing.T) {
	ext, err := language.ParseExtension("x-news")
	if err != nil {
		t.Fatal(err)
	}
	composed, err := language.Compose(language.Vietnamese, ext)
	if err != nil {
		t.Fatal(err)
	}
	matched, _, _ := language.NewMatcher([]language.Tag{language.English, language.Russian}).Match(language.MustParse("ru-RU-x-news"))
	accept, _, err := language.ParseAcceptLanguage("vi-x-news;q=0.9, en")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		tag  language.Tag
		want l10n.Locale
	}{
		{language.Vietnamese, l10n.Locale{Lang: l10n.VI, Style: l10n.CLDR}},
		{language.MustParse("vi-x-news"), l10n.Locale{Lang: l10n.VI, Style: l10n.News}},
		{language.MustParse("VI-X-NEWS"), l10n.Locale{Lang: l10n.VI, Style: l10n.News}},
		{language.MustParse("ru-RU-x-news"), l10n.Locale{Lang: l10n.RU, Style: l10n.News}},
		{language.MustParse("en-u-nu-latn-x-foo-news"), l10n.Locale{Lang: l10n.EN, Style: l10n.News}},
		{language.MustParse("en-x-newsroom"), l10n.Locale{Lang: l10n.EN, Style: l10n.CLDR}},
		{language.MustParse("en-x-cldr"), l10n.Locale{Lang: l10n.EN, Style: l10n.CLDR}},
		{language.MustParse("fr-x-news"), l10n.Locale{Lang: l10n.EN, Style: l10n.News}},
		{composed, l10n.Locale{Lang: l10n.VI, Style: l10n.News}},
		{matched, l10n.Locale{Lang: l10n.RU, Style: l10n.News}},
		{accept[1], l10n.Locale{Lang: l10n.VI, Style: l10n.News}},
	}
	for _, tt := range tests {
		if got := l10n.Resolve(tt.tag); got != tt.want {
			t.Errorf("Resolve(%v) = %+v, want %+v", tt.tag, got, tt.want)
		}
	}
	tag := language.MustParse("vi-x-news")
	if n := testing.AllocsPerRun(100, func() { _ = l10n.Resolve(tag) }); n != 0 {
		t.Errorf("Resolve allocates %v times", n)
	}
	if l10n.News.String() != "news" || l10n.CLDR.String() != "cldr" {
		t.Errorf("Style strings: %q, %q", l10n.News, l10n.CLDR)
	}
}

var (
	enNews = l10n.Locale{Lang: l10n.EN, Style: l10n.News}
	viNews = l10n.Locale{Lang: l10n.VI, Style: l10n.News}
	ruNews = l10n.Locale{Lang: l10n.RU, Style: l10n.News}
)

// TestNewsDates pins the News forms of dates, written by hand from the
// style rules cited beside each group.
func TestNewsDates(t *testing.T) {
	type c struct {
		lc         l10n.Locale
		y1, m1, d1 int
		y2, m2, d2 int
		want       string
	}
	tests := []c{
		// AP Stylebook "months": Jan., Feb., Aug., Sept., Oct., Nov., Dec.
		// abbreviated with a date, March–July spelled out; a month with a
		// year only is spelled out, no comma; ranges with a hyphen.
		{enNews, 1950, 1, 30, 1950, 1, 30, "Jan. 30, 1950"},
		{enNews, 2024, 9, 3, 2024, 9, 3, "Sept. 3, 2024"},
		{enNews, 2024, 3, 8, 2024, 3, 8, "March 8, 2024"},
		{enNews, 1950, 1, 0, 1950, 1, 0, "January 1950"},
		{enNews, 1950, 0, 0, 1950, 0, 0, "1950"},
		{enNews, 2025, 1, 14, 2025, 1, 15, "Jan. 14-15, 2025"},
		{enNews, 2025, 1, 30, 2025, 2, 2, "Jan. 30-Feb. 2, 2025"},
		{enNews, 2024, 12, 30, 2025, 1, 2, "Dec. 30, 2024-Jan. 2, 2025"},
		{enNews, 2024, 1, 0, 2024, 9, 0, "January-September 2024"},
		{enNews, 2021, 0, 0, 2025, 0, 0, "2021-2025"},
		// VnExpress, TTXVN: d/M/y without leading zeros, "tháng M/y", "năm
		// y"; day ranges "14-15/1/2025", month ranges "tháng 1-9/2024".
		{viNews, 1950, 1, 30, 1950, 1, 30, "30/1/1950"},
		{viNews, 2024, 9, 0, 2024, 9, 0, "tháng 9/2024"},
		{viNews, 1950, 0, 0, 1950, 0, 0, "năm 1950"},
		{viNews, 2025, 1, 14, 2025, 1, 15, "14-15/1/2025"},
		{viNews, 2025, 1, 30, 2025, 2, 2, "30/1-2/2/2025"},
		{viNews, 2024, 12, 30, 2025, 1, 2, "30/12/2024-2/1/2025"},
		{viNews, 2024, 1, 0, 2024, 9, 0, "tháng 1-9/2024"},
		{viNews, 2023, 11, 0, 2024, 2, 0, "tháng 11/2023-tháng 2/2024"},
		{viNews, 2021, 0, 0, 2025, 0, 0, "2021-2025"},
		// TASS: the year written out with "года" in running text, a day
		// range with an unspaced en dash, months with a spaced one.
		{ruNews, 1950, 1, 30, 1950, 1, 30, "30 января 1950 года"},
		{ruNews, 1950, 1, 0, 1950, 1, 0, "январь 1950 года"},
		{ruNews, 1950, 0, 0, 1950, 0, 0, "1950 год"},
		{ruNews, 2025, 1, 14, 2025, 1, 15, "14–15 января 2025 года"},
		{ruNews, 2025, 1, 30, 2025, 2, 2, "30 января – 2 февраля 2025 года"},
		{ruNews, 2024, 12, 30, 2025, 1, 2, "30 декабря 2024 года – 2 января 2025 года"},
		{ruNews, 2024, 1, 0, 2024, 9, 0, "январь – сентябрь 2024 года"},
		{ruNews, 2021, 0, 0, 2025, 0, 0, "2021–2025 годы"},
	}
	for _, tt := range tests {
		got := string(tt.lc.AppendDateRange(nil, tt.y1, time.Month(tt.m1), tt.d1, tt.y2, time.Month(tt.m2), tt.d2))
		if got != tt.want {
			t.Errorf("%v %v/%v/%v–%v/%v/%v = %q, want %q", tt.lc.Lang, tt.y1, tt.m1, tt.d1, tt.y2, tt.m2, tt.d2, got, tt.want)
		}
	}
	approx := []struct {
		lc      l10n.Locale
		y, m, d int
		want    string
	}{
		{enNews, 1950, 1, 30, "about Jan. 30, 1950"},
		{viNews, 1950, 1, 0, "khoảng tháng 1/1950"},
		{ruNews, 1950, 1, 0, "около января 1950 года"},
		{ruNews, 1950, 0, 0, "около 1950 года"},
		{ruNews, 1950, 1, 30, "около 30 января 1950 года"},
	}
	for _, tt := range approx {
		if got := string(tt.lc.AppendApproxDate(nil, tt.y, time.Month(tt.m), tt.d)); got != tt.want {
			t.Errorf("%v approx %v-%v-%v = %q, want %q", tt.lc.Lang, tt.y, tt.m, tt.d, got, tt.want)
		}
	}
}

// TestNewsPeriods pins the News forms of statistical periods.
func TestNewsPeriods(t *testing.T) {
	tests := []struct {
		lc             l10n.Locale
		y1, m1, y2, m2 int
		want           string
	}{
		// Reuters "Q3"; AP spells out numbers under 10.
		{enNews, 2024, 1, 2024, 12, "2024"},
		{enNews, 2024, 7, 2024, 9, "Q3 2024"},
		{enNews, 2024, 1, 2024, 9, "the first nine months of 2024"},
		{enNews, 2024, 1, 2024, 10, "the first 10 months of 2024"},
		{enNews, 2024, 1, 2024, 6, "the first half of 2024"},
		{enNews, 2024, 7, 2024, 12, "the second half of 2024"},
		{enNews, 2024, 9, 2024, 9, "September 2024"},
		{enNews, 2024, 3, 2024, 5, "March-May 2024"},
		// General Statistics Office wording as VnExpress and TTXVN print it.
		{viNews, 2024, 1, 2024, 12, "năm 2024"},
		{viNews, 2024, 7, 2024, 9, "quý III/2024"},
		{viNews, 2024, 1, 2024, 9, "9 tháng đầu năm 2024"},
		{viNews, 2024, 1, 2024, 6, "6 tháng đầu năm 2024"},
		{viNews, 2024, 7, 2024, 12, "6 tháng cuối năm 2024"},
		{viNews, 2024, 9, 2024, 9, "tháng 9/2024"},
		{viNews, 2021, 1, 2025, 12, "2021-2025"},
		// Federal Customs Service wording as TASS prints it, nominative.
		{ruNews, 2024, 1, 2024, 12, "2024 год"},
		{ruNews, 2024, 7, 2024, 9, "III квартал 2024 года"},
		{ruNews, 2024, 1, 2024, 9, "январь – сентябрь 2024 года"},
		{ruNews, 2024, 1, 2024, 6, "первое полугодие 2024 года"},
		{ruNews, 2024, 9, 2024, 9, "сентябрь 2024 года"},
	}
	for _, tt := range tests {
		got := string(tt.lc.AppendPeriod(nil, tt.y1, time.Month(tt.m1), tt.y2, time.Month(tt.m2)))
		if got != tt.want {
			t.Errorf("%v period %v-%v/%v-%v = %q, want %q", tt.lc.Lang, tt.y1, tt.m1, tt.y2, tt.m2, got, tt.want)
		}
	}
}

// TestNewsNumbers pins the News forms of money, counts and percentages.
func TestNewsNumbers(t *testing.T) {
	visitors := l10n.CountForms["visitors"]
	tests := []struct {
		got, want string
	}{
		// AP and Reuters: "$" before, "million/billion" from a million,
		// full figures below; other currencies as nouns after.
		{string(enNews.AppendMoney(nil, "4400000000", "USD", 2, false, false)), "$4.4 billion"},
		{string(enNews.AppendMoney(nil, "204000", "USD", 3, false, false)), "$204,000"},
		{string(enNews.AppendMoney(nil, "3548387096", "USD", 3, true, false)), "$3.55 billion"},
		{string(enNews.AppendMoney(nil, "3600000000", "USD", 3, true, false)), "$3.60 billion"},
		{string(enNews.AppendMoney(nil, "4400000000", "EUR", 2, false, false)), "4.4 billion euros"},
		{string(enNews.AppendMoney(nil, "1", "EUR", 1, false, false)), "1 euro"},
		{string(enNews.AppendMoney(nil, "1200000000000000", "VND", 2, false, false)), "1,200 trillion dong"},
		{string(enNews.AppendMoney(nil, "-1100000000", "USD", 2, false, false)), "-$1.1 billion"},
		{string(enNews.AppendMoney(nil, "5000000", "KRW", 1, false, false)), "5 million KRW"},
		// VnExpress: "4,4 tỷ USD", "1,2 triệu tỷ đồng", never "4,4 T US$".
		{string(viNews.AppendMoney(nil, "4400000000", "USD", 2, false, false)), "4,4 tỷ USD"},
		{string(viNews.AppendMoney(nil, "1200000000000000", "VND", 2, false, false)), "1,2 triệu tỷ đồng"},
		{string(viNews.AppendMoney(nil, "5000000000000", "VND", 1, false, false)), "5 nghìn tỷ đồng"},
		{string(viNews.AppendMoney(nil, "204000", "USD", 3, false, false)), "204.000 USD"},
		{string(viNews.AppendMoney(nil, "2000000", "RUB", 1, false, false)), "2 triệu rúp"},
		// TASS: "4,4 млрд долларов", "204 тыс. долларов"; nouns by number
		// without a scale word.
		{string(ruNews.AppendMoney(nil, "4400000000", "USD", 2, false, false)), "4,4 млрд долларов"},
		{string(ruNews.AppendMoney(nil, "204000", "USD", 3, false, false)), "204 тыс. долларов"},
		{string(ruNews.AppendMoney(nil, "2", "USD", 1, false, false)), "2 доллара"},
		{string(ruNews.AppendMoney(nil, "21", "RUB", 2, false, false)), "21 рубль"},
		{string(ruNews.AppendMoney(nil, "21", "RUB", 2, false, true)), "21 рубля"},
		{string(ruNews.AppendMoney(nil, "1500000000000", "RUB", 2, false, false)), "1,5 трлн рублей"},
		// Counts: a scale word when it is exact, else in full.
		{string(enNews.AppendCount(nil, "2500000", visitors, false)), "2.5 million visitors"},
		{string(enNews.AppendCount(nil, "204000", visitors, false)), "204,000 visitors"},
		{string(enNews.AppendCount(nil, "1234567", visitors, false)), "1,234,567 visitors"},
		{string(enNews.AppendCount(nil, "1", visitors, false)), "1 visitor"},
		{string(viNews.AppendCount(nil, "2500000", visitors, false)), "2,5 triệu lượt khách"},
		{string(ruNews.AppendCount(nil, "204000", visitors, false)), "204 тыс. посетителей"},
		{string(ruNews.AppendCount(nil, "21345", visitors, false)), "21\u00a0345 посетителей"},
		{string(ruNews.AppendCount(nil, "21", visitors, false)), "21 посетитель"},
		// No space before "%" (TASS, RIA Novosti).
		{string(enNews.AppendPercent(nil, "24")), "24%"},
		{string(viNews.AppendPercent(nil, "8.3")), "8,3%"},
		{string(ruNews.AppendPercent(nil, "8.3")), "8,3%"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// TestCLDRStyleUnchanged checks that a Locale of CLDR style writes what
// the CLDR functions write.
func TestCLDRStyleUnchanged(t *testing.T) {
	for _, l := range []l10n.Lang{l10n.EN, l10n.VI, l10n.RU} {
		lc := l10n.Locale{Lang: l}
		pairs := [][2]string{
			{string(lc.AppendDate(nil, 1950, 1, 30)), string(l10n.AppendDate(nil, l, 1950, 1, 30))},
			{string(lc.AppendDateRange(nil, 2025, 1, 14, 2025, 1, 15)), string(l10n.AppendDateRange(nil, l, 2025, 1, 14, 2025, 1, 15))},
			{string(lc.AppendPeriod(nil, 2024, 7, 2024, 9)), string(l10n.AppendPeriod(nil, l, 2024, 7, 2024, 9))},
			{string(lc.AppendPercent(nil, "8.3")), string(l10n.AppendPercent(nil, l, "8.3"))},
			{string(lc.AppendMoney(nil, "4400000000", "USD", 2, false, false)), string(l10n.AppendMoneyDigits(nil, l, "4400000000", "USD", 2))},
			{string(lc.AppendApproxDate(nil, 1950, 1, 0)), string(l10n.AppendApproxDate(nil, l, 1950, 1, 0))},
		}
		for _, p := range pairs {
			if p[0] != p[1] {
				t.Errorf("%v: CLDR locale %q, CLDR function %q", l, p[0], p[1])
			}
		}
	}
}

// TestNewsRussianFourDigits: Russian writes four-digit numbers unspaced
// (Milchin), five and more in groups or with "тыс." when exact.
func TestNewsRussianFourDigits(t *testing.T) {
	visitors := l10n.CountForms["visitors"]
	for _, tt := range []struct{ got, want string }{
		{string(ruNews.AppendMoney(nil, "1200000000000000", "VND", 2, false, false)), "1200 трлн донгов"},
		{string(ruNews.AppendCount(nil, "1500", visitors, false)), "1500 посетителей"},
		{string(ruNews.AppendCount(nil, "1000", visitors, false)), "1000 посетителей"},
		{string(ruNews.AppendCount(nil, "15000", visitors, false)), "15 тыс. посетителей"},
		{string(ruNews.AppendNumber(nil, "111500")), "111,5 тыс."},
		{string(enNews.AppendNumber(nil, "111500")), "111,500"},
		{string(enNews.AppendNumber(nil, "2500000")), "2.5 million"},
		{string(l10n.Locale{Lang: l10n.RU}.AppendNumber(nil, "111500")), "111\u00a0500"},
		{string(ruNews.AppendCount(nil, "1234", visitors, false)), "1234 посетителя"},
		{string(ruNews.AppendCount(nil, "12345", visitors, false)), "12\u00a0345 посетителей"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
