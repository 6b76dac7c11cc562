package l10n_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

// TestPeriodLabel pins the examples of the brief, read off cldr-dates-full
// 48.2.0 ca-gregorian.json by hand: availableFormats yQQQQ is "QQQQ y",
// "QQQQ 'năm' y" and "QQQQ y\u202f'г'."; quarters.format.wide[3] is "3rd
// quarter", "Quý 3" and "3-й квартал"; intervalFormats y.y is
// "y\u2009–\u2009y" in English, "y–y" in Vietnamese and Russian.
func TestPeriodLabel(t *testing.T) {
	en, vi, ru := language.English, language.Vietnamese, language.Russian
	tests := []struct {
		code string
		tag  language.Tag
		want string
	}{
		{"2024-Q3", en, "3rd quarter 2024"},
		{"2024-Q3", vi, "Quý 3 năm 2024"},
		{"2024-Q3", ru, "3-й квартал 2024\u202fг."},
		{"2021/2025", en, "2021\u2009–\u20092025"},
		{"2021/2025", vi, "2021–2025"},
		{"2021/2025", ru, "2021–2025"},
		{"2024", ru, "2024"},
		{"2024-M09", ru, "сентябрь 2024\u202fг."},
		{"2024-M01/2024-M09", ru, "январь – сентябрь 2024\u202fг."},
		{"2024-M01/2024-M09", vi, "tháng 1\u2009–\u2009tháng 9 năm 2024"},
		{"2024-M01/2024-M09", en, "January\u2009–\u2009September 2024"},
		{"2023-M11/2024-M02", ru, "ноябрь 2023\u202fг. – февраль 2024\u202fг."},
	}
	for _, tt := range tests {
		if got := trade.MustParsePeriod(tt.code).Label(tt.tag); got != tt.want {
			t.Errorf("Period(%s).Label(%v) = %q, want %q", tt.code, tt.tag, got, tt.want)
		}
	}
	if got := (trade.Period{}).Label(en); got != "" {
		t.Errorf("zero Period label = %q, want empty", got)
	}
	if got := string(l10n.AppendQuarter(nil, l10n.RU, 2024, 5)); got != "2024" {
		t.Errorf("quarter 5 = %q, want the year alone", got)
	}
	if got := string(l10n.AppendQuarter(nil, l10n.Lang(7), 2024, 1)); got != "1st quarter 2024" {
		t.Errorf("unknown Lang = %q, want English", got)
	}
}
