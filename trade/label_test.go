package trade_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// Money and number forms are CLDR 48 as ICU 78 writes them (U+00A0 in
// "4,4 T US$", "204 000", "8,3 %").
func TestFigureLabels(t *testing.T) {
	en, vi, ru := language.English, language.Vietnamese, language.Russian
	nb := "\u00a0"
	f := trade.MustParseFigure
	base, err := trade.ImpliedBase(f("$4.4 billion"), trade.MustParseRate("24%"))
	require.NoError(t, err)
	tests := []struct{ got, want string }{
		{f("$4.4 billion").Label(en), "$4.4B"},
		{f("$4.4 billion").Label(vi), "4,4" + nb + "T" + nb + "US$"},
		{f("$4.4 billion").Label(ru), "4,4" + nb + "млрд" + nb + "$"},
		{f("over $1 billion").Label(en), "over $1B"},
		{f("over $1 billion").Label(vi), "hơn 1" + nb + "T" + nb + "US$"},
		{f("over $1 billion").Label(ru), "более 1" + nb + "млрд" + nb + "$"},
		{f("204,000 visitors").Label(en), "204,000 visitors"},
		{f("204,000 visitors").Label(vi), "204.000 lượt khách"},
		{f("204,000 visitors").Label(ru), "204" + nb + "000 посетителей"},
		{f("1,000 scholarships").Label(ru), "1" + nb + "000 стипендий"},
		{f("21 scholarships").Label(ru), "21 стипендия"},
		{f("2 scholarships").Label(ru), "2 стипендии"},
		{f("1 person").Label(en), "1 person"},
		// Russian "более", "менее", "около" govern the genitive of the whole
		// numeral phrase: genitive singular after 21 (CLDR one), genitive
		// plural after 3 and 22 (few); "почти" governs nothing. "от … до"
		// puts the noun once, in the genitive, after the upper end.
		{f("more than 21 visitors").Label(ru), "более 21 посетителя"},
		{f("less than 3 projects").Label(ru), "менее 3 проектов"},
		{f("about 1 person").Label(ru), "около 1 человека"},
		{f("some 22 students").Label(ru), "около 22 студентов"},
		{f("over 2.5 tonnes").Label(ru), "более 2,5 тонны"},
		{f("nearly 21 visitors").Label(ru), "почти 21 посетитель"},
		{f("21 visitors").Label(ru), "21 посетитель"},
		// CountForms: 1 самолет, 2 самолета, 5 самолетов; Vietnamese does
		// not inflect.
		{f("21 aircraft").Label(ru), "21 самолет"},
		{f("2 aircraft").Label(ru), "2 самолета"},
		{f("210 aircraft").Label(ru), "210 самолетов"},
		{f("210 aircraft").Label(vi), "210 máy bay"},
		{f("between 3 and 5 projects").Label(ru), "от 3 до 5 проектов"},
		{f("between 3 and 21 projects").Label(ru), "от 3 до 21 проекта"},
		{f("between 3 and 5 projects").Label(en), "between 3 and 5 projects"},
		{f("more than 21 visitors").Label(en), "over 21 visitors"},
		{base.Label(en), "$3.548B (between $3.494B and $3.603B)"},
		{base.Label(vi), "3,548" + nb + "T" + nb + "US$ (từ 3,494" + nb + "T" + nb + "US$ đến 3,603" + nb + "T" + nb + "US$)"},
		{base.Label(ru), "3,548" + nb + "млрд" + nb + "$ (от 3,494" + nb + "млрд" + nb + "$ до 3,603" + nb + "млрд" + nb + "$)"},
		{trade.MustParseRate("8.3%").Label(en), "8.3%"},
		{trade.MustParseRate("8.3%").Label(vi), "8,3%"},
		{trade.MustParseRate("8.3%").Label(ru), "8,3" + nb + "%"},
		{trade.GrowthLabel(en, trade.MustParseRate("24%"), f("$4.4 billion")), "up 24% to $4.4B"},
		{trade.GrowthLabel(vi, trade.MustParseRate("24%"), f("$4.4 billion")), "tăng 24% lên 4,4" + nb + "T" + nb + "US$"},
		{trade.GrowthLabel(ru, trade.MustParseRate("-3.2%"), trade.Figure{}), "снижение на 3,2" + nb + "%"},
		{trade.FlowExport.Label(vi), "xuất khẩu"},
		{trade.Visitors.Label(ru), "посетителей"},
		{f("nearly $3 billion").Label(en), "nearly $3B"},
		{f("$3–4 billion").Label(en), "between $3B and $4B"},
		{trade.MustParseFigure("USD 12").Unit().Label(vi), "USD"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, tt.got)
	}
	fig, base4 := f("$4.4 billion"), base
	require.LessOrEqual(t, testing.AllocsPerRun(100, func() { _ = fig.Label(ru) }), 1.0)
	require.LessOrEqual(t, testing.AllocsPerRun(100, func() { _ = base4.Label(vi) }), 1.0)
	for _, fl := range trade.Flows() {
		require.NotEqual(t, fl.Label(en), fl.Label(vi))
		require.NotEqual(t, fl.Label(en), fl.Label(ru))
	}
	for _, u := range trade.CountUnits() {
		require.NotEqual(t, u.Label(en), u.Label(vi), u.String())
		require.NotEqual(t, u.Label(en), u.Label(ru), u.String())
	}
}

func BenchmarkFigureLabel(b *testing.B) {
	fig := trade.MustParseFigure("$4.4 billion")
	b.ReportAllocs()
	for b.Loop() {
		_ = fig.Label(language.Vietnamese)
	}
}
