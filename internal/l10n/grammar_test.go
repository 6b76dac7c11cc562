package l10n_test

import (
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/internal/l10n"
)

// TestAnniversaryRussian: a round anniversary (a multiple of 5) is the
// compound "N-летие"; any other is the feminine ordinal with "годовщина"
// ("24-я годовщина"), the first written out ("первая годовщина"), as the
// Russian Ministry of Foreign Affairs writes them.
func TestAnniversaryRussian(t *testing.T) {
	tests := []struct {
		n       int
		subject string
		want    string
	}{
		{1, "подписания", "первая годовщина подписания"},
		{2, "", "2-я годовщина"},
		{5, "", "5-летие"},
		{13, "", "13-я годовщина"},
		{24, "стратегического партнёрства", "24-я годовщина стратегического партнёрства"},
		{25, "", "25-летие"},
		{75, "установления дипломатических отношений", "75-летие установления дипломатических отношений"},
		{100, "", "100-летие"},
		{101, "", "101-я годовщина"},
	}
	for _, tt := range tests {
		if got := string(l10n.AppendAnniversary(nil, l10n.RU, tt.n, tt.subject)); got != tt.want {
			t.Errorf("AppendAnniversary(ru, %d, %q) = %q, want %q", tt.n, tt.subject, got, tt.want)
		}
	}
}

// TestApproxDate: Russian "около" governs the genitive, so a month takes
// its genitive (CLDR 48 ru months.format.wide: "января") and a year reads
// "1950 г." (genitive of "год"); the English "c." and the Vietnamese
// "khoảng" leave the date as it is.
func TestApproxDate(t *testing.T) {
	tests := []struct {
		l    l10n.Lang
		y    int
		m    time.Month
		d    int
		want string
	}{
		{l10n.RU, 1950, 1, 0, "около января 1950 г."},
		{l10n.RU, 1950, 0, 0, "около 1950 г."},
		{l10n.RU, 1950, 1, 30, "около 30 января 1950 г."},
		{l10n.RU, 2012, 7, 0, "около июля 2012 г."},
		{l10n.EN, 1950, 1, 0, "c. January 1950"},
		{l10n.EN, 1950, 0, 0, "c. 1950"},
		{l10n.VI, 1950, 1, 0, "khoảng tháng 1 năm 1950"},
		{l10n.VI, 1950, 1, 30, "khoảng 30 tháng 1, 1950"},
	}
	for _, tt := range tests {
		if got := string(l10n.AppendApproxDate(nil, tt.l, tt.y, tt.m, tt.d)); got != tt.want {
			t.Errorf("AppendApproxDate(%v, %d, %d, %d) = %q, want %q", tt.l, tt.y, tt.m, tt.d, got, tt.want)
		}
	}
}

// TestCountForms: the noun after a number by the CLDR 48 cardinal plural
// rules. Russian (ru: one = v=0 and i%10=1 and i%100!=11; few = v=0 and
// i%10=2..4 and i%100!=12..14; many = v=0 and the rest; other = fractions)
// takes the nominative singular after one, the genitive singular after few
// and after fractions, the genitive plural after many. Governed by
// "около", "более", "менее", the whole numeral phrase is genitive: the
// genitive singular for one and for fractions, the genitive plural for few
// and many (Rosenthal, "Справочник по правописанию и литературной
// правке", the agreement of nouns with numerals).
func TestCountForms(t *testing.T) {
	visitors := l10n.CountForms["visitors"]
	persons := l10n.CountForms["persons"]
	projects := l10n.CountForms["projects"]
	tonnes := l10n.CountForms["tonnes"]
	tests := []struct {
		l        l10n.Lang
		dec      string
		n        l10n.Noun
		governed bool
		want     string
	}{
		{l10n.RU, "1", l10n.Clauses, false, "1 положение"},
		{l10n.RU, "21", l10n.Clauses, false, "21 положение"},
		{l10n.RU, "22", l10n.Clauses, false, "22 положения"},
		{l10n.RU, "25", l10n.Clauses, false, "25 положений"},
		{l10n.RU, "11", l10n.Clauses, false, "11 положений"},
		{l10n.RU, "56", l10n.Clauses, false, "56 положений"},
		{l10n.RU, "101", l10n.Clauses, false, "101 положение"},
		{l10n.EN, "1", l10n.Clauses, false, "1 clause"},
		{l10n.EN, "2", l10n.Clauses, false, "2 clauses"},
		{l10n.EN, "21", l10n.Clauses, false, "21 clauses"},
		{l10n.VI, "1", l10n.Clauses, false, "1 điều khoản"},
		{l10n.VI, "56", l10n.Clauses, false, "56 điều khoản"},
		// Governed by a preposition: the numeral phrase in the genitive.
		{l10n.RU, "2", persons, true, "2 человек"},
		{l10n.RU, "21", visitors, true, "21 посетителя"},
		{l10n.RU, "1", visitors, true, "1 посетителя"},
		{l10n.RU, "3", projects, true, "3 проектов"},
		{l10n.RU, "5", projects, true, "5 проектов"},
		{l10n.RU, "204000", visitors, true, "204\u00a0000 посетителей"},
		{l10n.RU, "2.5", tonnes, true, "2,5 тонны"},
		{l10n.RU, "2.5", tonnes, false, "2,5 тонны"},
		{l10n.RU, "21", visitors, false, "21 посетитель"},
		{l10n.RU, "2", persons, false, "2 человека"},
		{l10n.EN, "1", visitors, true, "1 visitor"},
	}
	for _, tt := range tests {
		if got := string(l10n.AppendCount(nil, tt.l, tt.dec, tt.n, tt.governed)); got != tt.want {
			t.Errorf("AppendCount(%v, %q, %q, governed %v) = %q, want %q", tt.l, tt.dec, tt.n.EnOther, tt.governed, got, tt.want)
		}
	}
}

// TestCountFormsComplete: every trade count unit has all its forms, and
// its Vietnamese form is the Units label.
func TestCountFormsComplete(t *testing.T) {
	for id, n := range l10n.CountForms {
		for _, f := range []string{n.EnOne, n.EnOther, n.Vi, n.RuOne, n.RuFew, n.RuMany, n.RuOther, n.RuGenOne, n.RuGenOther} {
			if f == "" {
				t.Errorf("%s: empty form in %+v", id, n)
			}
		}
		if vi, _ := l10n.Units.Get(l10n.VI, id); vi != n.Vi {
			t.Errorf("%s: Vi %q, Units %q", id, n.Vi, vi)
		}
		if ru, _ := l10n.Units.Get(l10n.RU, id); ru != n.RuMany {
			t.Errorf("%s: RuMany %q, Units %q", id, n.RuMany, ru)
		}
	}
}
