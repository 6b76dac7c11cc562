package trade_test

import (
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

func extractIn(tag language.Tag) func(string) []trade.Mention {
	return func(s string) []trade.Mention {
		var ms []trade.Mention
		for m := range trade.ExtractFiguresWith(s, trade.FigureOptions{Language: tag}) {
			ms = append(ms, m)
		}
		return ms
	}
}

// TestExtractFiguresVietnamese: sentences written for this test; values by
// hand: "4,4" is 4.4 and "204.000" is 204000; tỷ 10^9, triệu 10^6, nghìn
// 10^3; the step is the place of the last written digit (of the last
// non-zero digit of an integer) × the scale; whole percentages step 1.
func TestExtractFiguresVietnamese(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Kim ngạch thương mại đạt 4,4 tỷ USD.", []string{"4,4 tỷ USD=4400000000 USD step 100000000"}},
		{"Xuất khẩu đạt 4,4 tỷ đô la Mỹ.", []string{"4,4 tỷ đô la Mỹ=4400000000 USD step 100000000"}},
		{"Dự án trị giá 1,2 triệu tỷ đồng.", []string{"1,2 triệu tỷ đồng=1200000000000000 VND step 100000000000000"}},
		{"Vốn đầu tư là 312,5 triệu USD.", []string{"312,5 triệu USD=312500000 USD step 100000"}},
		{"Hai nước đạt hơn 1 tỷ USD.", []string{"hơn 1 tỷ USD=over 1000000000 USD step 1000000000 (over)"}},
		{"Hai bên phấn đấu đạt 15 tỷ USD hoặc cao hơn, giải ngân 200 triệu USD trở lên.", []string{"15 tỷ USD hoặc cao hơn=over 15000000000 USD step 1000000000 (over)", "200 triệu USD trở lên=over 200000000 USD step 100000000 (over)"}},
		{"Con số này gần 3 tỷ USD.", []string{"gần 3 tỷ USD=nearly 3000000000 USD step 1000000000 (nearly)"}},
		{"Có khoảng 200 nghìn người tham dự.", []string{"khoảng 200 nghìn người=about 200000 persons step 100000 (about)"}},
		{"Nga đón 204.000 lượt khách Việt Nam.", []string{"204.000 lượt khách=204000 visitors step 1000"}},
		{"Chính phủ cấp 1.000 suất học bổng.", []string{"1.000 suất học bổng=1000 scholarships step 1000"}},
		{"Thương mại tăng 24% so với năm trước.", []string{"24%=24% step 1"}},
		{"Nhập khẩu giảm 3,2% trong quý.", []string{"giảm 3,2%=-3.2% step 0.1"}},
		{"Hai bên ký 11 văn kiện hợp tác.", []string{"11 văn kiện=11 document step 1"}},
		{"Năm 2024 có 300 sinh viên sang học.", []string{"300 sinh viên=300 students step 100"}},
		{"Tổng vốn 5 Tỷ Usd được giải ngân.", []string{"5 Tỷ Usd=5000000000 USD step 1000000000"}},
		{"Khoảng 15 dự án đã hoàn thành.", []string{"Khoảng 15 dự án=about 15 projects step 1 (about)"}},
		{"Hãng khai thác 04 chuyến bay mỗi tuần.", []string{"04 chuyến bay=4 flights step 1"}},
		{"Lượng khách đạt hơn 746.000 lượt năm 2019.", []string{"hơn 746.000 lượt=over 746000 visitors step 1000 (over)"}},
		{"Doanh thu đạt 2,5 triệu euro.", []string{"2,5 triệu euro=2500000 EUR step 100000"}},
		{"Khoản vay 500 tỷ đồng được ký.", []string{"500 tỷ đồng=500000000000 VND step 100000000000"}},
		{"Giá trị 10 nghìn tỷ đồng.", []string{"10 nghìn tỷ đồng=10000000000000 VND step 10000000000000"}},
		{"Xuất khẩu đạt 3,75 tỷ USD, tăng 12,5%.", []string{"3,75 tỷ USD=3750000000 USD step 10000000", "12,5%=12.5% step 0.1"}},
		{"Nhập khẩu giảm 2% và 5% ở hai quý.", []string{"giảm 2%=-2% step 1", "5%=-5% step 1"}},
		{"Hiện có ít nhất 20 doanh nghiệp Nga.", []string{"ít nhất 20 doanh nghiệp=over 20 enterprise step 10 (over)"}},
		{"Dưới 5% hàng hóa bị trả lại.", []string{"Dưới 5%=5% step 1 (under)"}},
		{"Trao 50 học bổng và ký 3 hiệp định.", []string{"50 học bổng=50 scholarships step 10", "3 hiệp định=3 agreement step 1"}},
		{"Khoảng 1,5 triệu lượt khách quốc tế.", []string{"Khoảng 1,5 triệu lượt khách quốc tế=about 1500000 visitors step 100000 (about)"}},
		{"Ngân sách 7,5 tỷ rúp.", []string{"7,5 tỷ rúp=7500000000 RUB step 100000000"}},
		{"Tăng trưởng 3-4% mỗi năm.", []string{"3-4%=between 3% and 4% step 1 (between)"}},
		{"Giá trị đạt 4.4 tỷ USD theo cách viết Anh.", []string{"4.4 tỷ USD=4400000000 USD step 100000000"}},
		{"Diện tích 300 ha đất.", []string{"300 ha=300 hectare step 100"}},
		{"Kỷ niệm 80 năm quan hệ; ngày 1/9; 7 tháng đầu năm 2025.", nil},
		{"Vietnam Airlines có 12 chuyến bay.", []string{"12 chuyến bay=12 flights step 1"}},
		{"Thâm hụt giảm còn 1,1 tỷ USD.", []string{"1,1 tỷ USD=1100000000 USD step 100000000"}},
		// Number words before a scale word; alone they are no figure.
		{"Hai nước phấn đấu đạt hai tỷ USD.", []string{"hai tỷ USD=2000000000 USD step 1000000000"}},
		{"Mục tiêu hai mươi tỷ USD vào năm 2030.", []string{"hai mươi tỷ USD=20000000000 USD step 1000000000"}},
		{"Hai bên ký ba văn kiện.", nil},
		{"Việt Nam có 14 thị trường xuất khẩu và 5 nhà máy.", []string{"14 thị trường=14 market step 1", "5 nhà máy=5 factory step 1"}},
		{"Hãng sẽ mua 210 máy bay.", []string{"210 máy bay=210 aircraft step 10"}},
		{"Hà Nội có 20 thành phố kết nghĩa.", []string{"20 thành phố=20 city step 10"}},
	}
	for _, tt := range tests {
		checkMentions(t, extractIn(language.Vietnamese), tt.text, tt.want)
	}
}

// TestExtractFiguresRussian: sentences written for this test; values by
// hand: "4,4" is 4.4 and "204 000" is 204000; тыс. 10^3, млн 10^6, млрд
// 10^9, трлн 10^12.
func TestExtractFiguresRussian(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Товарооборот составил 4,4 млрд долларов.", []string{"4,4 млрд долларов=4400000000 USD step 100000000"}},
		{"Товарооборот составил $4,4 млрд.", []string{"$4,4 млрд=4400000000 USD step 100000000"}},
		{"Экспорт достиг 4,4 млрд долл. США.", []string{"4,4 млрд долл. США=4400000000 USD step 100000000"}},
		{"Инвестиции составили 1,2 трлн рублей.", []string{"1,2 трлн рублей=1200000000000 RUB step 100000000000"}},
		{"Объём превысил более 1 млрд долларов.", []string{"более 1 млрд долларов=over 1000000000 USD step 1000000000 (over)"}},
		{"Сумма составила почти 3 млрд.", []string{"почти 3 млрд=nearly 3000000000 step 1000000000 (nearly)"}},
		{"Приехали около 200 тыс. туристов.", []string{"около 200 тыс. туристов=about 200000 visitors step 100000 (about)"}},
		{"Страну посетили 204 тыс. человек.", []string{"204 тыс. человек=204000 persons step 1000"}},
		{"Страну посетили 204 000 туристов.", []string{"204 000 туристов=204000 visitors step 1000"}},
		{"Страну посетили 204\u00a0000 туристов.", []string{"204\u00a0000 туристов=204000 visitors step 1000"}},
		{"Страну посетили 204\u202f000 туристов.", []string{"204\u202f000 туристов=204000 visitors step 1000"}},
		{"Вьетнам выделил 1000 стипендий.", []string{"1000 стипендий=1000 scholarships step 1000"}},
		{"Торговля выросла на 24%.", []string{"24%=24% step 1"}},
		{"Торговля выросла на 24 %.", []string{"24 %=24% step 1"}},
		{"Импорт снизился на 3,2%.", []string{"снизился на 3,2%=-3.2% step 0.1"}},
		{"Стороны подписали 11 документов.", []string{"11 документов=11 document step 1"}},
		{"Подписано 2 документа и 5 соглашений.", []string{"2 документа=2 document step 1", "5 соглашений=5 agreement step 1"}},
		{"Рост составил 17 с лишним процентов.", []string{"17 с лишним процентов=17% step 1 (over)"}},
		{"Доля выросла до больше 38%.", []string{"больше 38%=38% step 1 (over)"}},
		{"Товарооборот приближается к 30 млрд долларов, инвестиции — 5 млрд долларов и более.", []string{"приближается к 30 млрд долларов=nearly 30000000000 USD step 10000000000 (nearly)", "5 млрд долларов и более=over 5000000000 USD step 1000000000 (over)"}},
		{"Оборот вырос почти на 30 процентов, вложения — более 60 миллиардов российских рублей.", []string{"почти на 30 процентов=30% step 1 (nearly)", "более 60 миллиардов российских рублей=over 60000000000 RUB step 10000000000 (over)"}},
		{"Сегодня оно где-то на уровне 3,5 млрд долларов.", []string{"где-то на уровне 3,5 млрд долларов=about 3500000000 USD step 100000000 (about)"}},
		{"Оборот приблизился к $190 млрд.", []string{"приблизился к $190 млрд=nearly 190000000000 USD step 10000000000 (nearly)"}},
		{"Цель — 10 миллиардов долларов.", []string{"10 миллиардов долларов=10000000000 USD step 10000000000"}},
		{"Оборот 2,5 миллиардов долларов США.", []string{"2,5 миллиардов долларов США=2500000000 USD step 100000000"}},
		{"Экспорт сократился на 5,5% и 2%.", []string{"сократился на 5,5%=-5.5% step 0.1", "2%=-2% step 1"}},
		{"Туристов стало на 15 процентов больше.", []string{"15 процентов=15% step 1"}},
		{"Ставка выросла на 2 процентных пункта.", []string{"2 процентных пункта=2% step 1 pp"}},
		{"Компания вложила 300 млн евро.", []string{"300 млн евро=300000000 EUR step 100000000"}},
		{"Кредит 50 млрд юаней.", []string{"50 млрд юаней=50000000000 CNY step 10000000000"}},
		{"Приняли 204 тыс. российских туристов.", []string{"204 тыс. российских туристов=204000 visitors step 1000"}},
		{"Работают свыше 150 компаний.", []string{"свыше 150 компаний=over 150 company step 10 (over)"}},
		{"Менее 10% сделок.", []string{"Менее 10%=10% step 1 (under)"}},
		{"Оборот 3–4 млрд долларов.", []string{"3–4 млрд долларов=between 3000000000 and 4000000000 USD step 1000000000 (between)"}},
		{"В 2024 году компании открыли 16 мая 30-й офис.", nil},
		{"Приехали 1 500 студентов.", []string{"1 500 студентов=1500 students step 100"}},
		{"Сумма 4.4 млрд рублей.", []string{"4.4 млрд рублей=4400000000 RUB step 100000000"}},
		// Number words before a scale word; alone they are no figure.
		{"Товарооборот составил более двух миллиардов долларов.", []string{"более двух миллиардов долларов=over 2000000000 USD step 1000000000 (over)"}},
		{"Приехали полтора миллиона туристов.", []string{"полтора миллиона туристов=1500000 visitors step 100000"}},
		{"Две страны подписали пять соглашений.", nil},
		{"Создано 300 рабочих мест на 12 заводах.", []string{"300 рабочих мест=300 job step 100", "12 заводах=12 factory step 1"}},
		// A compound count noun: the city's sister and partner cities.
		{"У города 20 городов-побратимов и 3 города-партнера.", []string{"20 городов-побратимов=20 city step 10", "3 города-партнера=3 city step 1"}},
		{"Катар купит 210 самолетов и 2 самолета.", []string{"210 самолетов=210 aircraft step 10", "2 самолета=2 aircraft step 1"}},
	}
	for _, tt := range tests {
		checkMentions(t, extractIn(language.Russian), tt.text, tt.want)
	}
}

// TestExtractFiguresDetectsLanguage: the zero Language detects the
// language of the whole text.
func TestExtractFiguresDetectsLanguage(t *testing.T) {
	checkMentions(t, extractAll, "Năm 2024, kim ngạch thương mại Việt Nam – Nga đạt 4,4 tỷ USD, tăng 24%.",
		[]string{"4,4 tỷ USD=4400000000 USD step 100000000", "24%=24% step 1"})
	checkMentions(t, extractAll, "Товарооборот России и Вьетнама составил 4,4 млрд долларов.",
		[]string{"4,4 млрд долларов=4400000000 USD step 100000000"})
	// An English text with a Russian name stays English: "4,400" groups.
	checkMentions(t, extractAll, "Mr Lavrov said 4,400 tourists came.", []string{"4,400 tourists=4400 visitors step 100"})
	// An explicit language overrides detection.
	checkMentions(t, extractIn(language.English), "đạt 4,4 tỷ USD", nil)
}

// benchText is a paragraph written for the benchmark in each language.
var benchText = map[string]string{
	"en": "In the first nine months, trade between the two countries rose 24% to $4.4 billion, while more than 204,000 tourists visited; exports of rice fell 3.2 percent and 1,000 scholarships were granted. The ministers signed 11 documents and pledged about ₹2 lakh crore. ",
	"vi": "Trong 9 tháng đầu năm, kim ngạch thương mại hai nước tăng 24%, đạt 4,4 tỷ USD, trong khi hơn 204.000 lượt khách Nga đến Việt Nam; xuất khẩu gạo giảm 3,2% và 1.000 suất học bổng được trao. Hai bên ký 11 văn kiện và cam kết khoảng 1,2 triệu tỷ đồng. ",
	"ru": "За девять месяцев товарооборот двух стран вырос на 24% и достиг 4,4 млрд долларов, страну посетили более 204 000 туристов; экспорт риса снизился на 3,2%, выделено 1000 стипендий. Министры подписали 11 документов и выделили около 1,2 трлн рублей. ",
}

func BenchmarkExtractFiguresLanguages(b *testing.B) {
	for _, lang := range []string{"en", "vi", "ru"} {
		s := strings.Repeat(benchText[lang], 200)
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				for range trade.ExtractFigures(s) {
				}
			}
		})
	}
}

// TestCountNounLabels: the units the Vietnamese and Russian readers give
// are labelled in those languages.
func TestCountNounLabels(t *testing.T) {
	for _, tt := range []struct {
		text string
		tag  language.Tag
		want string
	}{
		{"Hai bên ký 11 văn kiện.", language.Vietnamese, "văn kiện"},
		{"Подписано 11 документов.", language.Russian, "документов"},
		{"Подписано 5 соглашений.", language.Russian, "соглашений"},
	} {
		ms := extractIn(tt.tag)(tt.text)
		if len(ms) != 1 || ms[0].Figure.Unit().Label(tt.tag) != tt.want {
			t.Errorf("%q: %v", tt.text, ms)
		}
	}
}
