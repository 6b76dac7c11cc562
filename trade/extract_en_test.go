package trade_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/trade"
	"github.com/google/go-cmp/cmp"
)

// qualString is a mention's "TEXT=VALUE" with its qualifier when it has
// one: "more than 30%=30% step 1 (over)".
func qualString(m trade.Mention) string {
	s := mentionString(m)
	if m.Qualifier != trade.QualifierAsReported {
		s += " (" + m.Qualifier.String() + ")"
	}
	return s
}

func checkMentions(t *testing.T, extract func(string) []trade.Mention, text string, want []string) {
	t.Helper()
	var got []string
	for _, m := range extract(text) {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("%q: text %q is not [%d, %d)", text, m.Text, m.Start, m.End)
		}
		got = append(got, qualString(m))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ExtractFigures(%q) (-want +got):\n%s", text, diff)
	}
}

func extractAll(s string) []trade.Mention {
	var ms []trade.Mention
	for m := range trade.ExtractFigures(s) {
		ms = append(ms, m)
	}
	return ms
}

// TestExtractFiguresEnglishForms: sentences written for this test, one or
// two per form; values by hand (value = number × scale, step = place of
// the last written digit × scale; whole percentages step 1).
func TestExtractFiguresEnglishForms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// Qualifiers before percentages are the mention's.
		{"Prices rose more than 30% in May.", []string{"more than 30%=30% step 1 (over)"}},
		{"Some 10% of firms export.", []string{"Some 10%=10% step 1 (about)"}},
		{"Output fell by about 3.5 per cent.", []string{"fell by about 3.5 per cent=-3.5% step 0.1 (about)"}},
		{"a rise of more\nthan 20 per cent", []string{"more\nthan 20 per cent=20% step 1 (over)"}},
		{"Sales topped $5 million and more\nthan $2 billion.", []string{"$5 million=over 5000000 USD step 1000000 (over)", "more\nthan $2 billion=over 2000000000 USD step 1000000000 (over)"}},
		// Verbs of falling, and lists after them.
		{"Imports narrowed 30.6 percent.", []string{"narrowed 30.6 percent=-30.6% step 0.1"}},
		{"Chip sales nosedived 28.8 percent.", []string{"nosedived 28.8 percent=-28.8% step 0.1"}},
		{"Exports fall 14.6% in January.", []string{"fall 14.6%=-14.6% step 0.1"}},
		{"Steel and cars dropped 22.5 percent and 15.1 percent, respectively.", []string{"dropped 22.5 percent=-22.5% step 0.1", "15.1 percent=-15.1% step 0.1"}},
		{"Ships plunged 39 percent and about ten percent.", []string{"plunged 39 percent=-39% step 1", "about ten percent=-10% step 1 (about)"}},
		{"Tea fell 2% while coffee rose 4% and rice 1%.", []string{"fell 2%=-2% step 1", "4%=4% step 1", "1%=1% step 1"}},
		{"GDP rose 20.1 pct and a 14.2-percent gain followed.", []string{"20.1 pct=20.1% step 0.1", "14.2-percent=14.2% step 0.1"}},
		// Decimals in words.
		{"Exports were 23-point-one billion U.S. dollars.", []string{"23-point-one billion U.S. dollars=23100000000 USD step 100000000"}},
		{"They declined three-point-seven percent and rose point-two percent.", []string{"declined three-point-seven percent=-3.7% step 0.1", "point-two percent=0.2% step 0.1"}},
		{"a budget of 13-point-eight trillion won", []string{"13-point-eight trillion won=13800000000000 KRW step 100000000000"}},
		// Case, abbreviations, codes against the number, compounds.
		{"The 13.8 Trillion Won budget and $3Bln fund.", []string{"13.8 Trillion Won=13800000000000 KRW step 100000000000", "$3Bln=3000000000 USD step 1000000000"}},
		{"Investment will be Rs. 20000 Crores, or Rs. 1400 cr. a year.", []string{"Rs. 20000 Crores=200000000000 INR step 100000000000", "Rs. 1400 cr=14000000000 INR step 1000000000"}},
		{"over 6 trln dollars", []string{"over 6 trln dollars=over 6000000000000 USD step 1000000000000 (over)"}},
		{"It costs VND748.98 billion, or VND20.12T, or PHP 21.4B.", []string{"VND748.98 billion=748980000000 VND step 10000000", "VND20.12T=20120000000000 VND step 10000000000", "PHP 21.4B=21400000000 PHP step 100000000"}},
		{"At COP26 the G20 met.", nil},
		{"a 6-trillion-yen package", []string{"6-trillion-yen=6000000000000 JPY step 1000000000000"}},
		{"approximately 707 million pesos and 5 million Mexican pesos", []string{"approximately 707 million pesos=about 707000000 PHP step 1000000 (about)", "5 million Mexican pesos=5000000 MXN step 1000000"}},
		{"The total is estimated at 1.8 trillion VND.", []string{"estimated at 1.8 trillion VND=about 1800000000000 VND step 100000000000 (about)"}},
		// Thousands grouped by spaces.
		{"to create 412 000 direct jobs and 1 500 000 more", []string{"412 000 direct jobs=412000 job step 1000"}},
		{"In 2019 200 firms came; 16\u00a0000 jobs.", []string{"200 firms=200 firm step 100", "16\u00a0000 jobs=16000 job step 1000"}},
		// Areas.
		{"They held one-on-one talks and two-way trade grew.", nil},
		{"The 2+2 Dialogue met between Ministers.", nil},
		{"Exports of $5 billion or more a year, and approaching $2 billion in aid.", []string{"$5 billion or more=over 5000000000 USD step 1000000000 (over)", "approaching $2 billion=nearly 2000000000 USD step 1000000000 (nearly)"}},
		{"The park covers nearly 200 ha; the 300-ha zone and 40 hectares.", []string{"nearly 200 ha=nearly 200 hectare step 100 (nearly)", "300-ha=300 hectare step 100", "40 hectares=40 hectare step 10"}},
		// Not counts: ratios; names.
		{"1 in 4 Australian jobs relate to trade.", nil},
		{"the 1982 United Nations Convention and the 100 Days Plan", nil},
		// Capitalised nouns alone are counts.
		{"They noted the 33 Agreements and eight Ministers attended.", []string{"33 Agreements=33 agreement step 1", "eight Ministers=8 minister step 1"}},
		// A currency naming the kind of a counted noun.
		{"notes for two (2) yen loan projects", []string{"two (2) yen loan projects=2 projects step 1"}},
		// A change and the level it reached are two figures.
		{"Exports rose £0.2 billion to £15.4 billion.", []string{"£0.2 billion=200000000 GBP step 100000000", "£15.4 billion=15400000000 GBP step 100000000"}},
		// Qualifiers are words/en.txt, longest first.
		{"no more than 5 flights", []string{"no more than 5 flights=under 5 flights step 1 (under)"}},
		{"from £2 billion to £3 billion", []string{"from £2 billion to £3 billion=between 2000000000 and 3000000000 GBP step 1000000000 (between)"}},
	}
	for _, tt := range tests {
		checkMentions(t, extractAll, tt.text, tt.want)
	}
}
