package l10n_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		tag  string
		want l10n.Lang
	}{
		{"en", l10n.EN}, {"en-GB", l10n.EN}, {"en-US", l10n.EN},
		{"vi", l10n.VI}, {"vi-VN", l10n.VI},
		{"ru", l10n.RU}, {"ru-RU", l10n.RU}, {"ru-UA", l10n.RU},
		{"fr", l10n.EN}, {"und", l10n.EN}, {"zh-Hans", l10n.EN}, {"de-CH", l10n.EN},
	}
	for _, tt := range tests {
		if got := l10n.Match(language.MustParse(tt.tag)); got != tt.want {
			t.Errorf("Match(%q) = %v, want %v", tt.tag, got, tt.want)
		}
	}
}

func TestLangString(t *testing.T) {
	for l, want := range map[l10n.Lang]string{l10n.EN: "en", l10n.VI: "vi", l10n.RU: "ru"} {
		if got := l.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", l, got, want)
		}
		if got := l.Tag().String(); got != want {
			t.Errorf("%d.Tag() = %q, want %q", l, got, want)
		}
	}
}

func TestTableGet(t *testing.T) {
	tab := l10n.Table{"agree": {"agree", "nhất trí", ""}}
	if got, ok := tab.Get(l10n.VI, "agree"); !ok || got != "nhất trí" {
		t.Errorf(`Get(VI, "agree") = %q, %v`, got, ok)
	}
	if _, ok := tab.Get(l10n.RU, "agree"); ok {
		t.Error(`Get(RU, "agree") reported an empty label as present`)
	}
	if _, ok := tab.Get(l10n.EN, "missing"); ok {
		t.Error(`Get(EN, "missing") reported a missing id as present`)
	}
}

func TestMatchAllocs(t *testing.T) {
	tags := []language.Tag{language.MustParse("ru-RU"), language.MustParse("vi-VN"), language.MustParse("en-GB"), language.English}
	if a := testing.AllocsPerRun(100, func() {
		for _, tag := range tags {
			_ = l10n.Match(tag)
		}
	}); a != 0 {
		t.Errorf("Match allocates %v times for common tags", a)
	}
}

func BenchmarkMatch(b *testing.B) {
	tag := language.MustParse("vi-VN")
	b.ReportAllocs()
	for b.Loop() {
		_ = l10n.Match(tag)
	}
}
