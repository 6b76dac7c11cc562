package timeline_test

import (
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// langCase is a sentence, the reference year (0: none) and the mentions
// ExtractDatesWith must find, each found by strings.Index after the last.
type langCase struct {
	sentence string
	year     int
	want     []formMention
}

// checkLang runs the cases with the language detected and with the tag.
func checkLang(t *testing.T, tag language.Tag, tests []langCase) {
	t.Helper()
	for _, tt := range tests {
		want := wantMentions(t, tt.sentence, tt.want)
		for _, l := range []language.Tag{language.Und, tag} {
			var got []timeline.Mention
			for m := range timeline.ExtractDatesWith(tt.sentence, timeline.ExtractOptions{Year: tt.year, Language: l}) {
				got = append(got, m)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("ExtractDatesWith(%q, Year %d, %v) (-want +got):\n%s", tt.sentence, tt.year, l, diff)
			}
		}
	}
}

// TestExtractDatesVietnamese checks the forms Vietnamese writes. Days come
// before months ("30/1/1950" is 30 January); "N tháng đầu năm" are the
// first N months. Every value was worked out by hand.
func TestExtractDatesVietnamese(t *testing.T) {
	checkLang(t, language.Vietnamese, []langCase{
		{"Hai nước lập quan hệ ngoại giao ngày 30/1/1950.", 0, []formMention{{"ngày 30/1/1950", "1950-01-30", false}}},
		{"Cập nhật 2026-01-22T14:38:00Z", 0, []formMention{{"2026-01-22", "2026-01-22", false}}},
		// Days in a row, listed; days not in a row are not one span.
		{"Chuyến thăm diễn ra trong hai ngày 25 và 26-10-2019 tại Baku.", 0, []formMention{{"ngày 25 và 26-10-2019", "2019-10-25/2019-10-26", false}}},
		{"Chuyến thăm diễn ra ngày 30/11 và 1/12/2022 tại Tunis.", 0, []formMention{{"ngày 30/11 và 1/12/2022", "2022-11-30/2022-12-01", false}}},
		{"Hội chợ mở cửa ngày 25, 26 và 27/10/2019.", 0, []formMention{{"ngày 25, 26 và 27/10/2019", "2019-10-25/2019-10-27", false}}},
		{"Hai đoàn gặp nhau ngày 5 và 12/10/2019.", 0, []formMention{{"12/10/2019", "2019-10-12", false}}},
		// A weekday goes with the day it names, only when it is that day
		// (30 October 2024 was a Wednesday).
		{"Thứ Tư 30/10/2024, Thủ tướng hội đàm với Thủ tướng Pakistan.", 0, []formMention{{"Thứ Tư 30/10/2024", "2024-10-30", false}}},
		// A weekday in digits (27 October 2022 was a Thursday, "thứ 5");
		// one that names another day is left out.
		{"Thứ 5, 27/10/2022 - Tổng thống Pháp hội đàm với Thủ tướng Đức.", 0, []formMention{{"Thứ 5, 27/10/2022", "2022-10-27", false}}},
		{"Thứ 2, 27/10/2022 - hội đàm.", 0, []formMention{{"27/10/2022", "2022-10-27", false}}},
		{"Thứ Năm 30/10/2024, Thủ tướng hội đàm với Thủ tướng Pakistan.", 0, []formMention{{"30/10/2024", "2024-10-30", false}}},
		// A page's date stamp without "năm" before the year (12 June 2014
		// was a Thursday), and a comma before it.
		{"Thứ năm, 12 Tháng 6 2014 Chủ tịch nước tiếp Đại sứ.", 0, []formMention{{"Thứ năm, 12 Tháng 6 2014", "2014-06-12", false}}},
		{"Hai bên gặp nhau ngày 12 tháng 6, 2014 tại Hà Nội.", 0, []formMention{{"ngày 12 tháng 6, 2014", "2014-06-12", false}}},
		{"Ngày 12 tháng 6 2014 người đã đến.", 0, nil},
		{"Quan hệ được thiết lập 30/1/1950 tại Mát-xcơ-va.", 0, []formMention{{"30/1/1950", "1950-01-30", false}}},
		{"Hiệp định ký ngày 30 tháng 1 năm 1950 có hiệu lực ngay.", 0, []formMention{{"ngày 30 tháng 1 năm 1950", "1950-01-30", false}}},
		{"Thủ tướng thăm chính thức từ ngày 14 đến 15/1/2025.", 0, []formMention{{"từ ngày 14 đến 15/1/2025", "2025-01-14/2025-01-15", false}}},
		{"Đoàn làm việc từ ngày 14-15/1/2025 tại Hà Nội.", 0, []formMention{{"từ ngày 14-15/1/2025", "2025-01-14/2025-01-15", false}}},
		{"Hội chợ diễn ra ngày 14 đến ngày 17/4/2025.", 0, []formMention{{"ngày 14 đến ngày 17/4/2025", "2025-04-14/2025-04-17", false}}},
		{"Chuyến thăm kéo dài từ ngày 25/11 đến 2/12/2021.", 0, []formMention{{"từ ngày 25/11 đến 2/12/2021", "2021-11-25/2021-12-02", false}}},
		{"Lễ kỷ niệm (30/1/1950 - 30/1/2025) được tổ chức long trọng.", 0, []formMention{{"30/1/1950 - 30/1/2025", "1950-01-30/2025-01-30", false}}},
		{"Ngày chiến thắng 30/4/1975-30/4/2025 là dịp lớn.", 0, []formMention{{"30/4/1975-30/4/2025", "1975-04-30/2025-04-30", false}}},
		{"Hội nghị họp ngày 18 đến 22-7-2005 tại Viêng Chăn.", 0, []formMention{{"ngày 18 đến 22-7-2005", "2005-07-18/2005-07-22", false}}},
		{"Kim ngạch tháng 9/2024 tăng mạnh.", 0, []formMention{{"tháng 9/2024", "2024-09", false}}},
		{"Trong tháng 9 năm 2024, xuất khẩu tăng.", 0, []formMention{{"tháng 9 năm 2024", "2024-09", false}}},
		{"Số liệu tháng 12-2023 đã được công bố.", 0, []formMention{{"tháng 12-2023", "2023-12", false}}},
		{"Từ tháng 1 đến tháng 9/2024, thương mại tăng 15%.", 0, []formMention{{"Từ tháng 1 đến tháng 9/2024", "2024-01/2024-09", false}}},
		{"Năm 2024 là năm bản lề.", 0, []formMention{{"Năm 2024", "2024", false}}},
		{"Kế hoạch đến năm 2030 đã được thông qua.", 0, []formMention{{"năm 2030", "2030", false}}},
		{"Trong 9 tháng đầu năm 2024, kim ngạch đạt 10 tỷ USD.", 0, []formMention{{"9 tháng đầu năm 2024", "2024-01/2024-09", false}}},
		{"Sau 7 tháng đầu 2025, lượng khách tăng.", 0, []formMention{{"7 tháng đầu 2025", "2025-01/2025-07", false}}},
		{"Trong 6 tháng cuối năm 2024, giá giảm.", 0, []formMention{{"6 tháng cuối năm 2024", "2024-07/2024-12", false}}},
		{"Trong 6 tháng đầu năm, kim ngạch tăng.", 2025, []formMention{{"6 tháng đầu năm", "2025-01/2025-06", true}}},
		{"Trong 6 tháng đầu năm, kim ngạch tăng.", 0, nil},
		{"Tăng trưởng quý III/2024 đạt 7,4%.", 0, []formMention{{"quý III/2024", "2024-07/2024-09", false}}},
		{"Trong quý 1 năm 2025, đầu tư tăng.", 0, []formMention{{"quý 1 năm 2025", "2025-01/2025-03", false}}},
		// Halves of a year: "nửa" and "đầu" (first) or "cuối" (last).
		{"Áo giữ chức Chủ tịch EU nửa cuối năm 2018 và Ba Lan nửa đầu 2025.", 0, []formMention{
			{"nửa cuối năm 2018", "2018-07/2018-12", false}, {"nửa đầu 2025", "2025-01/2025-06", false}}},
		{"Kế hoạch cho nửa đầu năm đã xong.", 0, nil},
		// A month and year as two numbers, in brackets after a visit, and a
		// range of them; a document's number ("số 3/2012/NĐ-CP", "số
		// 4/2013") and a month number over 12 are no dates.
		{"Chuyến thăm của Thái tử (3/2012) và của Tổng Bí thư (01/2013) thành công.", 0, []formMention{
			{"3/2012", "2012-03", false}, {"01/2013", "2013-01", false}}},
		{"Ông là Đại sứ (12/1989 - 12/2019) tại Hà Nội.", 0, []formMention{{"12/1989 - 12/2019", "1989-12/2019-12", false}}},
		{"Theo Nghị định số 3/2012/NĐ-CP và Thông tư số 4/2013, tỷ lệ 13/2012 không đổi.", 0, nil},
		{"Kế hoạch giai đoạn 2021-2025 hoàn thành.", 0, []formMention{{"2021-2025", "2021/2025", false}}},
		{"Từ năm 2021 đến năm 2025, hai bên hợp tác.", 0, []formMention{{"Từ năm 2021 đến năm 2025", "2021/2025", false}}},
		{"Từ năm 2014, hai nước là đối tác.", 0, []formMention{{"năm 2014", "2014", false}}},
		{"Sáng 15/10, hai bên đã hội đàm về hợp tác kinh tế.", 2011, []formMention{{"15/10", "2011-10-15", true}}},
		{"Sáng 15/10, hai bên đã hội đàm về hợp tác kinh tế.", 0, nil},
		{"Đoàn thăm ngày 08-11/5 tại Mát-xcơ-va.", 2025, []formMention{{"ngày 08-11/5", "2025-05-08/2025-05-11", true}}},
		{"Văn bản được ký ngày 11/05/2025 và ngày 2.9.1945 ở thủ đô.", 0, []formMention{{"ngày 11/05/2025", "2025-05-11", false}, {"ngày 2.9.1945", "1945-09-02", false}}},
		// Not dates: quantities, decimals, identifiers, impossible days.
		{"Có 2000 người, 1.500 lượt khách, 10,1 tỷ USD, Nghị định 15/2020/NĐ-CP, ngày 31/2/2024, số 2001.", 0, nil},
		{"Năm 2024 và ngày 5/6/2024 được ghi nhận, cùng ISO 2025-01-14.", 0, []formMention{
			{"Năm 2024", "2024", false}, {"ngày 5/6/2024", "2024-06-05", false}, {"2025-01-14", "2025-01-14", false}}},
	})
}

// TestExtractDatesRussian checks the forms Russian writes: month names in
// every case, "года" and "г." after a year, "в" and "за" before a date,
// quarters and halves with Roman numerals or ordinals. Every value was
// worked out by hand.
func TestExtractDatesRussian(t *testing.T) {
	checkLang(t, language.Russian, []langCase{
		{"Отношения установлены 30 января 1950 года.", 0, []formMention{{"30 января 1950 года", "1950-01-30", false}}},
		// The date of an ISO 8601 date-time, as in English.
		{"Опубликовано 2026-01-22T14:38+0300 в Москве.", 0, []formMention{{"2026-01-22", "2026-01-22", false}}},
		{"Форум прошел 25 и 26 октября 2019 года в Сочи.", 0, []formMention{{"25 и 26 октября 2019 года", "2019-10-25/2019-10-26", false}}},
		// Two days in a row across a month's end are one span; not in a
		// row, only the second is dated.
		{"Визит прошел 30 ноября и 1 декабря 2022 года в Тунисе.", 0, []formMention{{"30 ноября и 1 декабря 2022 года", "2022-11-30/2022-12-01", false}}},
		{"Встречи прошли 30 ноября и 3 декабря 2022 года.", 0, []formMention{{"3 декабря 2022 года", "2022-12-03", false}}},
		// An event named with its year by a hyphen: no date.
		{"Казахстан провел выставку ЭКСПО-2017 в Астане.", 0, nil},
		// A number before a counted noun is no year.
		{"Россия выделила 1000 стипендий и 1200 мест для студентов.", 0, nil},
		// 3 March 2026 was a Tuesday.
		{"Переговоры прошли во вторник, 3 марта 2026 года, в Кремле.", 0, []formMention{{"вторник, 3 марта 2026 года", "2026-03-03", false}}},
		{"Договор подписан 30 января 1950 г. в Москве.", 0, []formMention{{"30 января 1950 г.", "1950-01-30", false}}},
		{"Визит прошёл 14–15 января 2025 года.", 0, []formMention{{"14–15 января 2025 года", "2025-01-14/2025-01-15", false}}},
		{"Переговоры шли с 14 по 15 января 2025 г. в Ханое.", 0, []formMention{{"с 14 по 15 января 2025 г.", "2025-01-14/2025-01-15", false}}},
		{"Выставка работала с 28 февраля по 3 марта 2024 года.", 0, []formMention{{"с 28 февраля по 3 марта 2024 года", "2024-02-28/2024-03-03", false}}},
		// A day with its ordinal ending: "4-го" (genitive), "14-е".
		{"С 4-го по 5 ноября 2007 года премьер посетил Минск.", 0, []formMention{{"С 4-го по 5 ноября 2007 года", "2007-11-04/2007-11-05", false}}},
		{"Встреча прошла 4-го ноября 2007 года.", 0, []formMention{{"4-го ноября 2007 года", "2007-11-04", false}}},
		{"Форум прошёл с 14-е по 15-е января 2025 г.", 0, []formMention{{"с 14-е по 15-е января 2025 г.", "2025-01-14/2025-01-15", false}}},
		{"Соглашение вступило в силу в январе 2025 года.", 0, []formMention{{"в январе 2025 года", "2025-01", false}}},
		{"Цены выросли в 2024 году.", 0, []formMention{{"в 2024 году", "2024", false}}},
		{"Товарооборот за девять месяцев 2024 года вырос.", 0, []formMention{{"девять месяцев 2024 года", "2024-01/2024-09", false}}},
		{"За первые шесть месяцев 2023 года экспорт упал.", 0, []formMention{{"первые шесть месяцев 2023 года", "2023-01/2023-06", false}}},
		{"В период январь–сентябрь 2024 г. импорт рос.", 0, []formMention{{"январь–сентябрь 2024 г.", "2024-01/2024-09", false}}},
		{"Рост ускорился в III квартале 2024 г.", 0, []formMention{{"в III квартале 2024 г.", "2024-07/2024-09", false}}},
		{"Во втором квартале 2025 года спрос упал.", 0, []formMention{{"Во втором квартале 2025 года", "2025-04/2025-06", false}}},
		{"Первое полугодие 2024 года было удачным.", 0, []formMention{{"Первое полугодие 2024 года", "2024-01/2024-06", false}}},
		{"Программа рассчитана на период в 2021–2025 годах.", 0, []formMention{{"в 2021–2025 годах", "2021/2025", false}}},
		{"План на 2021–2025 гг. утверждён.", 0, []formMention{{"2021–2025 гг.", "2021/2025", false}}},
		// A year word only follows its year; a run of four numbers joined
		// by dashes is a release's number, no date.
		{"Сантьяго, 30 апреля 2014 года 1073-01-05-2014 Уважаемые дамы и господа!", 0, []formMention{{"30 апреля 2014 года", "2014-04-30", false}}},
		// A page stamp in the English order: month, day, comma, year.
		{"Опубликовано: Сен. 6, 2017 Президенты встретились.", 0, []formMention{{"Сен. 6, 2017", "2017-09-06", false}}},
		{"Обновлено окт. 12, 2019 г.", 0, []formMention{{"окт. 12, 2019 г.", "2019-10-12", false}}},
		{"Он прибыл сентября 6 и уехал.", 0, nil},
		{"Дата основания: 30.01.1950.", 0, []formMention{{"30.01.1950", "1950-01-30", false}}},
		{"Компания работает с 2014 года.", 0, []formMention{{"2014 года", "2014", false}}},
		{"С 2014 по 2020 год стороны провели пять встреч.", 0, []formMention{{"С 2014 по 2020 год", "2014/2020", false}}},
		{"Он приехал в феврале 2023 г. и уехал в марте 2023 г.", 0, []formMention{{"в феврале 2023 г.", "2023-02", false}, {"в марте 2023 г.", "2023-03", false}}},
		{"Встреча состоялась 8 декабря 1999 года в Москве.", 0, []formMention{{"8 декабря 1999 года", "1999-12-08", false}}},
		{"Саммит назначен на 1 мая 2026 г.", 0, []formMention{{"1 мая 2026 г.", "2026-05-01", false}}},
		{"Доклад опубликован 5 сент. 2024 г.", 0, []formMention{{"5 сент. 2024 г.", "2024-09-05", false}}},
		{"Май 2024 года выдался тёплым.", 0, []formMention{{"Май 2024 года", "2024-05", false}}},
		{"Переговоры начнутся 16 мая.", 2024, []formMention{{"16 мая", "2024-05-16", true}}},
		{"Переговоры начнутся 16 мая.", 0, nil},
		{"Форум прошёл 28−29 марта в Казани.", 2025, []formMention{{"28−29 марта", "2025-03-28/2025-03-29", true}}},
		{"Делегации встретились в декабре 2019 года и в 2020 году.", 0, []formMention{{"в декабре 2019 года", "2019-12", false}, {"в 2020 году", "2020", false}}},
		{"Рост в IV квартале 2023 года составил 3%.", 0, []formMention{{"в IV квартале 2023 года", "2023-10/2023-12", false}}},
		{"За последние три месяца 2024 года цены выросли.", 0, []formMention{{"последние три месяца 2024 года", "2024-10/2024-12", false}}},
		// "последние" opens the last months without a preposition before it.
		{"Цены росли последние три месяца 2024 года.", 0, []formMention{{"последние три месяца 2024 года", "2024-10/2024-12", false}}},
		{"Объём торговли в 2023 году достиг $200 млрд.", 0, []formMention{{"в 2023 году", "2023", false}}},
		// Not dates: quantities, decimals, numbered items, impossible days.
		{"Прибыло 2000 человек, 1500 тонн груза, резолюция 2231, № 2001, 30 февраля 2024 года и 2,5 млрд долларов.", 0, nil},
		{"Сделка на 1950 млн рублей закрыта 12 апреля 2022 года.", 0, []formMention{{"12 апреля 2022 года", "2022-04-12", false}}},
		{"Встреча прошла 4 сентября, 2024 года во Владивостоке.", 0, []formMention{{"4 сентября, 2024 года", "2024-09-04", false}}},
		{"Стороны сослались на резолюцию Генеральной Ассамблеи ООН 1514 от 14 декабря 1960 года.", 0, []formMention{{"14 декабря 1960 года", "1960-12-14", false}}},
		{"Это закреплено в статье Конституции 1993 года.", 0, []formMention{{"1993 года", "1993", false}}},
	})
}

// TestExtractDatesLanguageOption checks that the tag overrides detection:
// a Russian date in a text tagged English is read by the English rules
// (only its year), and a tag with a region reads its language.
func TestExtractDatesLanguageOption(t *testing.T) {
	text := "Встреча 30 января 1950 года."
	n := 0
	for m := range timeline.ExtractDatesWith(text, timeline.ExtractOptions{Language: language.English}) {
		if m.Text != "1950" {
			t.Errorf("English tag: got %q", m.Text)
		}
	}
	n = 0
	for m := range timeline.ExtractDatesWith(text, timeline.ExtractOptions{Language: language.MustParse("ru-RU")}) {
		if m.Text != "30 января 1950 года" || m.Value.String() != "1950-01-30" {
			t.Errorf("ru-RU: got %q %v", m.Text, m.Value)
		}
		n++
	}
	if n != 1 {
		t.Errorf("ru-RU: %d mentions, want 1", n)
	}
}

// BenchmarkExtractDatesLanguages measures Vietnamese and Russian text made
// of running prose with dates in one sentence of three, detected per run.
func BenchmarkExtractDatesLanguages(b *testing.B) {
	texts := map[string]string{
		"vi": "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư trong thời gian tới. " +
			"Thủ tướng thăm chính thức từ ngày 14 đến 15/1/2025 theo lời mời của phía bạn. " +
			"Kim ngạch thương mại song phương đạt 10,1 tỷ USD, tăng 17,5% so với cùng kỳ. ",
		"ru": "Стороны договорились развивать торговлю, инвестиции и гуманитарные связи в ближайшие годы. " +
			"Визит прошёл с 14 по 15 января 2025 г. по приглашению российской стороны. " +
			"Товарооборот за девять месяцев 2024 года вырос на 17 процентов до 4,5 млрд долларов. ",
	}
	for _, lang := range []string{"vi", "ru"} {
		s := strings.Repeat(texts[lang], (64<<10)/len(texts[lang]))
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				n := 0
				for range timeline.ExtractDates(s) {
					n++
				}
				if n == 0 {
					b.Fatal("no dates")
				}
			}
		})
	}
}
