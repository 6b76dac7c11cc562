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
		{l10n.RU, 1, "подписания", "первая годовщина подписания"},
		{l10n.EN, 1, "", "1st anniversary"},
		{l10n.VI, 50, "", "kỷ niệm 50 năm"},
	}
	for _, tt := range tests {
		if got := string(l10n.AppendAnniversary(nil, tt.l, tt.n, tt.subject)); got != tt.want {
			t.Errorf("AppendAnniversary(%v, %d, %q) = %q, want %q", tt.l, tt.n, tt.subject, got, tt.want)
		}
	}
}

func TestGrowthAndBetween(t *testing.T) {
	nb := "\u00a0"
	tests := []struct{ got, want string }{
		{string(l10n.AppendGrowth(nil, l10n.EN, false, "24%", "$4.4B")), "up 24% to $4.4B"},
		{string(l10n.AppendGrowth(nil, l10n.VI, false, "24%", "4,4"+nb+"T"+nb+"US$")), "tăng 24% lên 4,4" + nb + "T" + nb + "US$"},
		{string(l10n.AppendGrowth(nil, l10n.RU, true, "3,2"+nb+"%", "")), "снижение на 3,2" + nb + "%"},
		{string(l10n.AppendGrowth(nil, l10n.VI, true, "3,2%", "1 tỷ")), "giảm 3,2% xuống 1 tỷ"},
		{string(l10n.AppendBetween(nil, l10n.EN, "$3.494B", "$3.603B")), "between $3.494B and $3.603B"},
		{string(l10n.AppendBetween(nil, l10n.VI, "a", "b")), "từ a đến b"},
		{string(l10n.AppendBetween(nil, l10n.RU, "a", "b")), "от a до b"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestAppendAllocs(t *testing.T) {
	buf := make([]byte, 0, 256)
	a := testing.AllocsPerRun(100, func() {
		b := l10n.AppendDate(buf[:0], l10n.RU, 1950, 1, 30)
		b = l10n.AppendDateRange(b, l10n.VI, 2025, 1, 14, 2025, 1, 15)
		b = l10n.AppendPercent(b, l10n.RU, "8.3")
		b = l10n.AppendDecimal(b, l10n.VI, "204000")
		_ = l10n.AppendOrdinal(b, l10n.EN, 75, l10n.Masculine)
	})
	if a != 0 {
		t.Errorf("date and number appends allocate %v times, want 0", a)
	}
}

func BenchmarkAppendDate(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = l10n.AppendDate(buf[:0], l10n.RU, 1950, 1, 30)
	}
}

func BenchmarkAppendDateRange(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = l10n.AppendDateRange(buf[:0], l10n.EN, 2025, 1, 14, 2025, 1, 15)
	}
}

func BenchmarkAppendCompact(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = l10n.AppendCompact(buf[:0], l10n.RU, "4400000000", true)
	}
}

func BenchmarkAppendMoney(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = l10n.AppendMoney(buf[:0], l10n.VI, "4400000000", "USD", false)
	}
}

func BenchmarkTableGet(b *testing.B) {
	t := l10n.Table{"agree": {"agreed", "nhất trí", "договорились"}}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = t.Get(l10n.VI, "agree")
	}
}
