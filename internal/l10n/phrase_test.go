package l10n_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/internal/l10n"
)

func TestOrdinal(t *testing.T) {
	tests := []struct {
		l    l10n.Lang
		n    int
		g    l10n.Gender
		want string
	}{
		{l10n.EN, 1, 0, "1st"}, {l10n.EN, 2, 0, "2nd"}, {l10n.EN, 3, 0, "3rd"}, {l10n.EN, 4, 0, "4th"},
		{l10n.EN, 11, 0, "11th"}, {l10n.EN, 12, 0, "12th"}, {l10n.EN, 13, 0, "13th"}, {l10n.EN, 21, 0, "21st"},
		{l10n.EN, 22, 0, "22nd"}, {l10n.EN, 75, 0, "75th"}, {l10n.EN, 101, 0, "101st"}, {l10n.EN, 111, 0, "111th"},
		{l10n.EN, 112, 0, "112th"}, {l10n.EN, 123, 0, "123rd"},
		{l10n.VI, 75, 0, "thứ 75"},
		{l10n.RU, 75, l10n.Masculine, "75-й"}, {l10n.RU, 75, l10n.Feminine, "75-я"}, {l10n.RU, 75, l10n.Neuter, "75-е"},
	}
	for _, tt := range tests {
		if got := string(l10n.AppendOrdinal(nil, tt.l, tt.n, tt.g)); got != tt.want {
			t.Errorf("AppendOrdinal(%v, %d, %d) = %q, want %q", tt.l, tt.n, tt.g, got, tt.want)
		}
	}
}

func TestAnniversaryPhrase(t *testing.T) {
	tests := []struct {
		l       l10n.Lang
		n       int
		subject string
		want    string
	}{
		{l10n.EN, 75, "diplomatic relations", "75th anniversary of diplomatic relations"},
		{l10n.VI, 75, "thiết lập quan hệ ngoại giao", "kỷ niệm 75 năm thiết lập quan hệ ngoại giao"},
		{l10n.RU, 75, "установления дипломатических отношений", "75-летие установления дипломатических отношений"},
		{l10n.RU, 10, "", "10-летие"},
		{l10n.RU, 1, "подписания", "1-я годовщина подписания"},
		{l10n.EN, 1, "", "1st anniversary"},
		{l10n.VI, 50, "", "kỷ niệm 50 năm"},
	}
	for _, tt := range tests {
		if got := string(l10n.AppendAnniversary(nil, tt.l, tt.n, tt.subject)); got != tt.want {
			t.Errorf("AppendAnniversary(%v, %d, %q) = %q, want %q", tt.l, tt.n, tt.subject, got, tt.want)
		}
	}
}
