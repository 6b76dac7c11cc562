package trade_test

import (
	"strings"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/trade"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/currency"
)

// mentionString is "TEXT=VALUE" for a mention: the canonical form of its
// figure or rate, points marked "pp".
func mentionString(m trade.Mention) string {
	switch m.Kind {
	case trade.MentionPercent:
		return m.Text + "=" + m.Rate.String()
	case trade.MentionPoints:
		return m.Text + "=" + m.Rate.String() + " pp"
	}
	return m.Text + "=" + m.Figure.String()
}

// TestExtractFiguresSentences: sentences written for this test, each
// expected value worked out by hand: value = number × scale; step = the
// place of the last written digit (for whole numbers, of the last non-zero
// digit) × scale; percentages in whole percent have step 1.
func TestExtractFiguresSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// Scale words and spellings.
		{"Exports reached $4.4 billion last year.", []string{"$4.4 billion=4400000000 USD step 100000000"}},
		{"Investment hit $4.4bn in March.", []string{"$4.4bn=4400000000 USD step 100000000"}},
		{"The deal is worth 4.4bn dollars.", []string{"4.4bn dollars=4400000000 USD step 100000000"}},
		{"A fund of £3billion was set up.", []string{"£3billion=3000000000 GBP step 1000000000"}},
		{"Pledges total US$ 40 billion.", []string{"US$ 40 billion=40000000000 USD step 10000000000"}},
		{"The bank lent USD 10 bn to the port.", []string{"USD 10 bn=10000000000 USD step 10000000000"}},
		{"A grant of $5 mn and a loan of $5m.", []string{"$5 mn=5000000 USD step 1000000", "$5m=5000000 USD step 1000000"}},
		{"Sales in Europe were €2.5 billion.", []string{"€2.5 billion=2500000000 EUR step 100000000"}},
		{"Debt stood at 1.2 trillion yen.", []string{"1.2 trillion yen=1200000000000 JPY step 100000000000"}},
		{"Markets trade a quadrillion dollars.", []string{"a quadrillion dollars=1000000000000000 USD step 1000000000000000"}},
		{"The scheme costs Rs 500 crore.", []string{"Rs 500 crore=5000000000 INR step 1000000000"}},
		{"Outlays of Rs 3,20,000 crore are planned.", []string{"Rs 3,20,000 crore=3200000000000 INR step 100000000000"}},
		{"A package of ₹2 lakh crore was announced.", []string{"₹2 lakh crore=2000000000000 INR step 1000000000000"}},
		{"Wages rose by Rs. 1,200 a month.", []string{"Rs. 1,200=1200 INR step 100"}},
		// Currencies by symbol, code and name.
		{"Seoul offered ₩500 billion.", []string{"₩500 billion=500000000000 KRW step 100000000000"}},
		{"Hanoi spent ₫20 trillion.", []string{"₫20 trillion=20000000000000 VND step 10000000000000"}},
		{"Moscow allotted ₽15 billion.", []string{"₽15 billion=15000000000 RUB step 1000000000"}},
		{"Tokyo gave ¥300 million.", []string{"¥300 million=300000000 JPY step 100000000"}},
		{"Pretoria set aside R5 billion.", []string{"R5 billion=5000000000 ZAR step 1000000000"}},
		{"Canberra committed A$1.5 billion and Ottawa C$2 billion.", []string{"A$1.5 billion=1500000000 AUD step 100000000", "C$2 billion=2000000000 CAD step 1000000000"}},
		{"Singapore put in S$300 million, Wellington NZ$50 million and Hong Kong HK$1 billion.", []string{"S$300 million=300000000 SGD step 100000000", "NZ$50 million=50000000 NZD step 10000000", "HK$1 billion=1000000000 HKD step 1000000000"}},
		{"Beijing lent RMB 5 billion, or 5 billion yuan.", []string{"RMB 5 billion=5000000000 CNY step 1000000000", "5 billion yuan=5000000000 CNY step 1000000000"}},
		{"The fund holds CHF 3 billion.", []string{"CHF 3 billion=3000000000 CHF step 1000000000"}},
		{"The loan was 900 billion dong.", []string{"900 billion dong=900000000000 VND step 100000000000"}},
		{"Imports cost 40 billion rubles and 12 billion roubles.", []string{"40 billion rubles=40000000000 RUB step 10000000000", "12 billion roubles=12000000000 RUB step 1000000000"}},
		{"They paid 2 million Australian dollars.", []string{"2 million Australian dollars=2000000 AUD step 1000000"}},
		{"They paid 2 million US dollars and 3 million euros.", []string{"2 million US dollars=2000000 USD step 1000000", "3 million euros=3000000 EUR step 1000000"}},
		{"Fees were 700 million rupees and 60 million pounds.", []string{"700 million rupees=700000000 INR step 100000000", "60 million pounds=60000000 GBP step 10000000"}},
		{"A 3 trillion won budget.", []string{"3 trillion won=3000000000000 KRW step 1000000000000"}},
		// Currencies whose name is one state's alone.
		{"Deals worth 11 billion meticais, 300 million naira, 5 billion baht and 2 million reais.", []string{"11 billion meticais=11000000000 MZN step 1000000000", "300 million naira=300000000 NGN step 100000000", "5 billion baht=5000000000 THB step 1000000000", "2 million reais=2000000 BRL step 1000000"}},
		{"The renminbi loan: 8 billion renminbi.", []string{"8 billion renminbi=8000000000 CNY step 1000000000"}},
		// Counts of anything.
		{"Over 100 British companies attended.", []string{"Over 100 British companies=over 100 company step 100"}},
		{"The quake cost 329 lives.", []string{"329 lives=329 life step 1"}},
		{"They signed 33 agreements.", []string{"33 agreements=33 agreement step 1"}},
		{"Up to 5,000 work and holiday visas a year.", []string{"Up to 5,000 work and holiday visas=under 5000 visa step 1000"}},
		{"Power reached 1 million households.", []string{"1 million households=1000000 household step 1000000"}},
		{"The parties exchanged 12 memoranda.", []string{"12 memoranda=12 memorandum step 1"}},
		{"Some 40 churches and 15 businesses reopened.", []string{"Some 40 churches=about 40 church step 10", "15 businesses=15 business step 1"}},
		{"Some 7,500 people left.", []string{"Some 7,500 people=about 7500 persons step 100"}},
		// Not counts.
		{"In 2024 companies grew; the 75th session; 32 years; 10 days; Article 5 countries; No. 3 plants; at 10:30 hours.", nil},
		{"She was aged 45 years; paragraph 12 members; 3 times more.", nil},
		// Spelled-out numbers.
		{"They signed thirty-three (33) agreements.", []string{"thirty-three (33) agreements=33 agreement step 1"}},
		{"More than thirty nations joined.", []string{"More than thirty nations=over 30 nation step 10"}},
		{"The plan reaches one million homes.", []string{"one million homes=1000000 home step 1000000"}},
		{"A dozen projects began.", []string{"A dozen projects=12 projects step 1"}},
		{"Russia opened two new consulates.", []string{"two new consulates=2 consulate step 1"}},
		{"It cost half a billion dollars.", []string{"half a billion dollars=500000000 USD step 100000000"}},
		{"Hundreds of students marched.", []string{"Hundreds of students=over 200 students step 100"}},
		{"Thousands of tourists came.", []string{"Thousands of tourists=over 2000 visitors step 1000"}},
		{"Two hundred and fifty delegates came.", []string{"Two hundred and fifty delegates=250 delegate step 10"}},
		// Qualifiers.
		{"It exceeded $1 billion; in excess of $2 billion; exceeding 3 billion USD; above $4 billion.", []string{"$1 billion=over 1000000000 USD step 1000000000", "in excess of $2 billion=over 2000000000 USD step 1000000000", "exceeding 3 billion USD=over 3000000000 USD step 1000000000", "above $4 billion=over 4000000000 USD step 1000000000"}},
		{"under $1 billion, less than 500 tonnes, below €2 million", []string{"under $1 billion=under 1000000000 USD step 1000000000", "less than 500 tonnes=under 500 tonnes step 100", "below €2 million=under 2000000 EUR step 1000000"}},
		{"about $1 billion, around 300 projects, approximately 40 flights, roughly 9 billion yen, an estimated 20,000 visitors",
			[]string{"about $1 billion=about 1000000000 USD step 1000000000", "around 300 projects=about 300 projects step 100", "approximately 40 flights=about 40 flights step 10", "roughly 9 billion yen=about 9000000000 JPY step 1000000000", "an estimated 20,000 visitors=about 20000 visitors step 10000"}},
		{"nearly $3 billion, almost 400 students, close to 60 flights", []string{"nearly $3 billion=nearly 3000000000 USD step 1000000000", "almost 400 students=nearly 400 students step 100", "close to 60 flights=nearly 60 flights step 10"}},
		{"at least 25 scholarships; as many as 900 barrels", []string{"at least 25 scholarships=over 25 scholarships step 1", "as many as 900 barrels=under 900 barrels step 100"}},
		{"Trade is worth more than\n$2 billion.", []string{"more than\n$2 billion=over 2000000000 USD step 1000000000"}},
		// Ranges.
		{"It needs $3–4 billion.", []string{"$3–4 billion=between 3000000000 and 4000000000 USD step 1000000000"}},
		{"Growth of between 10 and 15 percent.", []string{"between 10 and 15 percent=between 10% and 15% step 1"}},
		{"Growth of 10 to 15%.", []string{"10 to 15%=between 10% and 15% step 1"}},
		{"It funds from 200 to 250 projects.", []string{"from 200 to 250 projects=between 200 and 250 projects step 10"}},
		// Percentages.
		{"Inflation was 3 per cent, 4 percent, then 5 pc.", []string{"3 per cent=3% step 1", "4 percent=4% step 1", "5 pc=5% step 1"}},
		{"The rate rose 0.25 percentage points.", []string{"0.25 percentage points=0.25% step 0.01 pp"}},
		{"Exports fell 3.2% and imports were down 1.5%.", []string{"fell 3.2%=-3.2% step 0.1", "down 1.5%=-1.5% step 0.1"}},
		{"Output decreased by 3.2%, a 4.1% decline.", []string{"decreased by 3.2%=-3.2% step 0.1", "4.1% decline=-4.1% step 0.1"}},
		{"Trade doubled, then tripled.", []string{"doubled=100% step 0", "tripled=200% step 0"}},
	}
	n := 0
	for _, tt := range tests {
		var got []string
		for m := range trade.ExtractFigures(tt.text) {
			if tt.text[m.Start:m.End] != m.Text {
				t.Fatalf("%q: text %q is not [%d:%d]", tt.text, m.Text, m.Start, m.End)
			}
			got = append(got, mentionString(m))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ExtractFigures(%q) (-want +got):\n%s", tt.text, diff)
		}
		n++
	}
	if n < 60 {
		t.Fatalf("only %d sentences", n)
	}
}

// TestParseFigureWholeForms: ParseFigure reads each form of the sentences
// above as a whole string, ParseRate the percentages, and both read back
// their own String output.
func TestParseFigureWholeForms(t *testing.T) {
	for in, want := range map[string]string{
		"$4.4bn": "4400000000 USD step 100000000", "£3billion": "3000000000 GBP step 1000000000",
		"US$ 40 billion": "40000000000 USD step 10000000000", "USD 10 bn": "10000000000 USD step 10000000000",
		"$5 mn": "5000000 USD step 1000000", "a quadrillion": "1000000000000000 step 1000000000000000",
		"Rs 3,20,000 crore": "3200000000000 INR step 100000000000", "₹2 lakh crore": "2000000000000 INR step 1000000000000",
		"5 billion yuan": "5000000000 CNY step 1000000000", "2 million Australian dollars": "2000000 AUD step 1000000",
		"100 British companies": "100 company step 100", "329 lives": "329 life step 1", "1 company": "1 company step 1",
		"thirty-three (33) agreements": "33 agreement step 1", "more than thirty nations": "over 30 nation step 10",
		"one million": "1000000 step 1000000", "a dozen": "12 step 1", "half a billion dollars": "500000000 USD step 100000000",
		"hundreds of students": "over 200 students step 100", "nearly $3 billion": "nearly 3000000000 USD step 1000000000",
		"close to 60 flights": "nearly 60 flights step 10", "at least 25 scholarships": "over 25 scholarships step 1",
		"an estimated 20,000 visitors": "about 20000 visitors step 10000", "$3–4 billion": "between 3000000000 and 4000000000 USD step 1000000000",
		"from 200 to 250 projects": "between 200 and 250 projects step 10",
	} {
		f, err := trade.ParseFigure(in)
		if err != nil {
			t.Errorf("ParseFigure(%q): %v", in, err)
			continue
		}
		if f.String() != want {
			t.Errorf("ParseFigure(%q) = %q, want %q", in, f.String(), want)
		}
		back, err := trade.ParseFigure(f.String())
		if err != nil || back != f {
			t.Errorf("ParseFigure(%q) round trip: %v %v", f.String(), back, err)
		}
	}
	for in, want := range map[string]string{
		"3 pc": "3% step 1", "fell 3.2%": "-3.2% step 0.1", "down 3.2%": "-3.2% step 0.1", "decreased by 3.2%": "-3.2% step 0.1",
		"a 3.2% decline": "-3.2% step 0.1", "doubled": "100% step 0", "tripled": "200% step 0",
		"between 10 and 15 percent": "between 10% and 15% step 1", "10 to 15%": "between 10% and 15% step 1",
		"twenty percent": "20% step 1",
	} {
		r, err := trade.ParseRate(in)
		if err != nil {
			t.Errorf("ParseRate(%q): %v", in, err)
			continue
		}
		if r.String() != want {
			t.Errorf("ParseRate(%q) = %q, want %q", in, r.String(), want)
		}
		back, err := trade.ParseRate(r.String())
		if err != nil || back != r {
			t.Errorf("ParseRate(%q) round trip: %v %v", r.String(), back, err)
		}
	}
	// Bounds of the new qualifiers, by hand: nearly $3 billion (step 1e9)
	// is [2.5e9, 3e9]; $3–4 billion is [3e9, 4e9] around 3.5e9.
	f := trade.MustParseFigure("nearly $3 billion")
	if lo, hi := bounds(f); lo != "2500000000" || hi != "3000000000" {
		t.Errorf("nearly $3 billion: [%s, %s]", lo, hi)
	}
	f = trade.MustParseFigure("$3–4 billion")
	if lo, hi := bounds(f); lo != "3000000000" || hi != "4000000000" || f.Decimal() != "3500000000" || f.Qualifier() != trade.QualifierBetween {
		t.Errorf("$3–4 billion: %s [%s, %s]", f.Decimal(), lo, hi)
	}
	// The caller's dollar.
	f, err := trade.ParseFigureWith("$5 million", trade.FigureOptions{Dollar: currency.AUD})
	if err != nil || f.Unit().String() != "AUD" {
		t.Errorf("ParseFigureWith AUD: %v %v", f, err)
	}
	for m := range trade.ExtractFiguresWith("They raised $5 million and 3 million dollars, not US$2 million.", trade.FigureOptions{Dollar: currency.AUD}) {
		want := "AUD"
		if strings.HasPrefix(m.Text, "US$") {
			want = "USD"
		}
		if m.Figure.Unit().String() != want {
			t.Errorf("ExtractFiguresWith AUD: %q is %s", m.Text, m.Figure.Unit())
		}
	}
}

// TestExtractFiguresAllocs: no allocation per figure — a text of many
// figures costs what a text of one does.
func TestExtractFiguresAllocs(t *testing.T) {
	one := "Trade reached $4.4 billion."
	many := strings.Repeat("Over 100 British companies, 329 lives, thirty-three (33) agreements, fell 3.2%, $3–4 billion, Rs 500 crore. ", 20)
	count := func(s string) func() {
		return func() {
			for range trade.ExtractFigures(s) {
			}
		}
	}
	a1 := testing.AllocsPerRun(50, count(one))
	an := testing.AllocsPerRun(50, count(many))
	if an > a1 {
		t.Fatalf("ExtractFigures allocates per figure: %v allocations for one figure, %v for 120", a1, an)
	}
	// Vietnamese and Russian, detected and named.
	for _, tt := range []struct{ one, many string }{
		{"Kim ngạch đạt 4,4 tỷ USD.", strings.Repeat("Kim ngạch đạt hơn 4,4 tỷ USD, giảm 3,2%, 204.000 lượt khách, 1.000 suất học bổng, khoảng 200 nghìn. ", 20)},
		{"Оборот 4,4 млрд долларов.", strings.Repeat("Оборот более 4,4 млрд долл. США, снизился на 3,2%, 204 000 туристов, около 200 тыс. человек, $4,4 млрд. ", 20)},
	} {
		a1, an := testing.AllocsPerRun(50, count(tt.one)), testing.AllocsPerRun(50, count(tt.many))
		if an > a1 {
			t.Errorf("ExtractFigures allocates per figure in %.20q: %v for one, %v for many", tt.one, a1, an)
		}
	}
}

// TestExtractFiguresLinear: the cost per byte of hostile shapes does not
// grow with the text: 128 KiB may cost at most 3× per byte what 16 KiB
// does (best of 3 runs each, ratio only).
func TestExtractFiguresLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	shapes := []string{"$", "1,", "thirty-", "between 1 and ", "1 to ", "US$ ", "Rs ", "a ", "hundreds of ", "1 British ",
		"1.", "more than\n", "3–", "thirty-three (", "1 million ", "$1 billion", "1 000 ", "23-point-",
		// Vietnamese and Russian shapes: the text is detected as one of them.
		"1.000 ", "4,4 tỷ ", "hơn 1 ", "giảm 1", "1 lượt khách ", "tỷ tỷ ",
		"4,4 млрд ", "1 000 ", "более ", "снизился на 1", "1 тыс. российских ", "1\u00a0", "млрд "}
	best := func(s string) time.Duration {
		d := time.Duration(1 << 62)
		for range 3 {
			start := time.Now()
			for range trade.ExtractFigures(s) {
			}
			d = min(d, time.Since(start))
		}
		return d
	}
	for _, sh := range shapes {
		small := strings.Repeat(sh, 16<<10/len(sh))
		large := strings.Repeat(sh, 128<<10/len(sh))
		// A machine shared with other work can slow one measurement: a
		// shape fails only if the ratio is over 3 in three attempts (a
		// quadratic cost gives 8 every time).
		var perSmall, perLarge float64
		for range 3 {
			ds, dl := best(small), best(large)
			perSmall = float64(ds) / float64(len(small))
			perLarge = float64(dl) / float64(len(large))
			if perLarge <= 3*perSmall {
				break
			}
		}
		if perLarge > 3*perSmall {
			t.Errorf("%q: %.1f ns/byte at 128 KiB, %.1f at 16 KiB", sh, perLarge, perSmall)
		}
	}
}
