package trade_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

func ExampleParseFigure() {
	for _, s := range []string{"$4.4 billion", "204,000 visitors", "over 1 billion USD"} {
		f, _ := trade.ParseFigure(s)
		lo, hi := f.Bounds()
		fmt.Println(f.Decimal(), f.Unit(), f.Step(), lo.Decimal(), hi.Decimal())
	}
	// Output:
	// 4400000000 USD 100000000 4350000000 4450000000
	// 204000 visitors 1000 203500 204500
	// 1000000000 USD 1000000000 1000000000 0
}

func ExampleFigure_Label() {
	f, _ := trade.ParseFigure("$4.4 billion")
	fmt.Println(f.Label(language.English), "|", f.Label(language.Vietnamese), "|", f.Label(language.Russian))
	// Output: $4.4B | 4,4 T US$ | 4,4 млрд $
}

func ExampleParseRate() {
	r, _ := trade.ParseRate("8.3%")
	lo, hi := r.Bounds()
	fmt.Println(r.Decimal(), lo.Decimal(), hi.Decimal(), r.Label(language.Russian))
	// Output: 8.3 8.25 8.35 8,3 %
}

func ExampleUnit() {
	u, _ := trade.ParseUnit("VND")
	fmt.Println(u, u.IsCurrency(), trade.Visitors.Label(language.Vietnamese))
	// Output: VND true lượt khách
}

func ExampleCheck() {
	s := trade.Series{Reporter: "VN", Partner: "RU", Flow: trade.FlowTotal, Indicator: "trade", Unit: trade.MustParseFigure("$1").Unit()}
	prev, cur, claim := trade.MustParseFigure("$3.5 billion"), trade.MustParseFigure("$4.4 billion"), trade.MustParseRate("35%")
	s.Observations = []trade.Observation{{Period: trade.MustParsePeriod("2023"), Value: &prev}, {Period: trade.MustParsePeriod("2024"), Value: &cur, Change: &claim}}
	for _, f := range trade.Check(s) {
		fmt.Println(f.Severity, f.Code)
		fmt.Println(f.Label(language.English))
	}
	// Output:
	// error growth-inconsistent
	// the stated change of 35% for 2024 is outside 22.53% to 28.99%, the change the levels $3.5B and $4.4B allow
}

// Example_vietnamRussia reads the curated Vietnam–Russia figures and shows
// what "$4.4 billion, up 24%" implies for the same months of 2023.
func Example_vietnamRussia() {
	f, err := os.Open("../testdata/vietnam-russia/trade.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	series, err := trade.ReadCSV(f)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range series[0].Observations {
		if o.Value == nil || o.Change == nil {
			continue
		}
		base, _ := trade.ImpliedBase(*o.Value, *o.Change)
		fmt.Println(o.Period, trade.GrowthLabel(language.English, *o.Change, *o.Value))
		fmt.Println(o.Period.Previous(), base.Label(language.English))
	}
	// Output:
	// 2024-M01/2024-M09 up 24% to $4.4B
	// 2023-M01/2023-M09 $3.548B (between $3.494B and $3.603B)
}

func ExampleFlow() {
	for _, f := range trade.Flows() {
		fmt.Println(f, "|", f.Label(language.Vietnamese), "|", f.Label(language.Russian))
	}
	// Output:
	// export | xuất khẩu | экспорт
	// import | nhập khẩu | импорт
	// total | tổng kim ngạch thương mại | товарооборот
	// balance | cán cân thương mại | торговый баланс
}

func ExamplePeriod_Span() {
	p := trade.MustParsePeriod("2024-Q3")
	fmt.Println(p.Span(), p.Span().Days(), p.Span().Label(language.Vietnamese))
	// Output: 2024-07/2024-09 92 tháng 7 – tháng 9 năm 2024
}

// ReadCSVWith reads series under a size limit of one's own: a feed that
// goes on past it is refused as soon as the limit is passed.
func ExampleReadCSVWith() {
	csv := "reporter,partner,flow,indicator,period,value,unit,step,change,source\n" +
		"VN,RU,total,trade,2024-M01/2024-M09,4400000000,USD,100000000,24%,article:0-10\n"
	series, err := trade.ReadCSVWith(strings.NewReader(csv), trade.CSVOptions{MaxBytes: 1 << 10})
	if err != nil {
		fmt.Println(err)
		return
	}
	o := series[0].Observations[0]
	fmt.Println(series[0].Reporter, series[0].Partner, o.Period, o.Value.Label(language.English))

	_, err = trade.ReadCSVWith(strings.NewReader(csv), trade.CSVOptions{MaxBytes: 100})
	fmt.Println(err, errors.Is(err, trade.ErrTooLarge))
	// Output:
	// VN RU 2024-M01/2024-M09 $4.4B
	// trade: input too large: over the limit of 100 bytes true
}

// WriteCSV refuses what ReadCSV would not read back equal, before writing
// anything.
func ExampleWriteError() {
	v := trade.MustParseFigure("$4.4 billion")
	s := trade.Series{Reporter: "VN", Partner: "RU", Flow: trade.FlowTotal, Indicator: "trade", Unit: v.Unit(),
		Observations: []trade.Observation{{Value: &v}}}
	err := trade.WriteCSV(io.Discard, []trade.Series{s})
	fmt.Println(err, errors.Is(err, trade.ErrUnwritable))
	// Output:
	// trade: writing CSV: series 0, observation 0: zero period true
}

// Float64 is for plotting: the nearest float64, not the exact value.
func ExampleFigure_Float64() {
	f := trade.MustParseFigure("$4.4 billion")
	g := trade.MustParseRate("8.3%")
	fmt.Println(f.Float64(), g.Float64())
	// Output:
	// 4.4e+09 8.3
}

// The private-use subtag "news" asks every Label for the form newsrooms
// print (AP and Reuters, VnExpress and TTXVN, TASS); a plain tag keeps the
// CLDR form.
func ExampleFigure_Label_news() {
	cur := trade.MustParseFigure("$4.4 billion")
	g := trade.MustParseRate("24%")
	base, _ := trade.ImpliedBase(cur, g)
	vnd := trade.MustParseFigure("1.2 quadrillion VND")
	q3 := trade.MustParsePeriod("2024-Q3")
	nine := trade.MustParsePeriod("2024-M01/2024-M09")
	for _, s := range []string{"en-x-news", "vi-x-news", "ru-x-news", "vi"} {
		tag := language.MustParse(s)
		fmt.Println(cur.Label(tag), "|", base.Label(tag))
		fmt.Println(vnd.Label(tag), "|", trade.GrowthLabel(tag, g, cur), "|", q3.Label(tag), "|", nine.Label(tag))
	}
	// Output:
	// $4.4 billion | about $3.55 billion (between $3.49 billion and $3.60 billion)
	// 1,200 trillion dong | up 24% to $4.4 billion | Q3 2024 | the first nine months of 2024
	// 4,4 tỷ USD | khoảng 3,55 tỷ USD (từ 3,49 tỷ USD đến 3,60 tỷ USD)
	// 1,2 triệu tỷ đồng | tăng 24% lên 4,4 tỷ USD | quý III/2024 | 9 tháng đầu năm 2024
	// 4,4 млрд долларов | около 3,55 млрд долларов (от 3,49 млрд долларов до 3,60 млрд долларов)
	// 1200 трлн донгов | рост на 24% до 4,4 млрд долларов | III квартал 2024 года | январь – сентябрь 2024 года
	// 4,4 T US$ | 3,548 T US$ (từ 3,494 T US$ đến 3,603 T US$)
	// 1200 NT ₫ | tăng 24% lên 4,4 T US$ | Quý 3 năm 2024 | tháng 1 – tháng 9 năm 2024
}
