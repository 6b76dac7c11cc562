package trade_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/internal/texttest"
	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
)

// TestImpliedRoundTrip: for any reported figure x and rate g, the bounds
// of ImpliedBase(ImpliedCurrent(x, g), g) contain x (fixed seed).
func TestImpliedRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 5000; i++ {
		v := strconv.Itoa(1+r.IntN(99999)) + "." + strconv.Itoa(r.IntN(10))
		x, err := trade.NewFigure(v, "0.1", trade.Visitors)
		require.NoError(t, err)
		g := trade.MustParseRate(strconv.Itoa(r.IntN(400)-90) + "." + strconv.Itoa(r.IntN(10)) + "%")
		cur, err := trade.ImpliedCurrent(x, g)
		require.NoError(t, err)
		back, err := trade.ImpliedBase(cur, g)
		require.NoError(t, err)
		lo, hi := back.Bounds()
		c1, _ := lo.Compare(x)
		c2, _ := hi.Compare(x)
		require.True(t, c1 <= 0 && c2 >= 0, "x=%s g=%s: [%s, %s]", x, g, lo.Decimal(), hi.Decimal())
	}
}

func TestParseFigureMoreErrors(t *testing.T) {
	for _, in := range []string{"", " ", "$", "US$", "USD", "billion", "$-", "4..4", "4.4.4 billion", "1,2,3", ",100",
		"100,", "4.4 billions", "4.4 billion USD USD", "¥", "four bilion USD", "4.4e9 USD", "\x00", "4.4\u00a0billion", "over",
		"over  4", "4 4", "4%"} {
		_, err := trade.ParseFigure(in)
		require.Error(t, err, "%q", in)
		var pe *trade.ParseError
		require.True(t, errors.As(err, &pe), "%q", in)
		require.Equal(t, "figure", pe.What)
		require.True(t, strings.HasPrefix(err.Error(), "trade: parsing "), err.Error())
	}
	for _, in := range []string{"", "%", "24", "24 %x", "x%", "2,4%", "24%%", "1.2.3%", "24 pctx", "--5%", "5% step -1", "5% in [3, 1]",
		"5% in [a, b]", "\xff%", "twenty percnt", "24 perc", "1e400%", "% 24", "24 per", "+%"} {
		_, err := trade.ParseRate(in)
		require.Error(t, err, "%q", in)
		require.ErrorIs(t, err, trade.ErrSyntax, "%q", in)
	}
	for _, in := range []string{"", "2024-", "2024-Q0", "2024-Q", "2024-M1", "2024-M00", "2024-M13", "202", "20245", "2024/", "/2024",
		"2024-H1", "2024-W01", "2024-01", "24-M01", "2024-M01/2023-M12", "2024-Q1/2024", "abcd", "2024 ", "0000"} {
		_, err := trade.ParsePeriod(in)
		if in == "2024-Q1/2024" {
			require.NoError(t, err) // a quarter to a year is a valid range
			continue
		}
		require.Error(t, err, "%q", in)
		require.ErrorIs(t, err, trade.ErrSyntax, "%q", in)
	}
	for _, in := range []string{"", "usd", "US", "USDD", "XYZ", "dollars", "Visitors", "tons", "€"} {
		_, err := trade.ParseUnit(in)
		if in == "" {
			require.NoError(t, err)
			continue
		}
		require.Error(t, err, "%q", in)
	}
}

func FuzzSeriesJSON(f *testing.F) {
	f.Add(`[{"reporter":"VN","partner":"RU","flow":"total","indicator":"trade","unit":"USD","observations":[{"period":"2024","value":"4400000000 USD step 100000000","change":"24% step 1"}]}]`)
	f.Add(`[{"flow":"none"}]`)
	f.Add(`{}`)
	f.Fuzz(func(t *testing.T, s string) { texttest.JSONFixpoint[[]trade.Series](t, []byte(s)) })
}

// Inputs that once made the library panic (fuzz crashers): extreme
// exponents must be errors, never panics.
func TestNoPanicOnExtremes(t *testing.T) {
	_, err := trade.ParseFigure(".00000000000000000000000000000000000000000")
	require.EqualError(t, err, `trade: parsing ".00000000000000000000000000000000000000000" as figure: value out of range`)
	r := trade.MustParseRate("8.3%")
	require.Equal(t, "8.3% step 0.1", r.Round(1000).String())
	// 8.3 ± 0.05 to whole percent: value 8, bounds 8.25 down to 8 and 8.35
	// up to 9; the step no longer gives them, so the result is derived.
	require.Equal(t, "8% in [8, 9]", r.Round(-1000).String())
}

func TestReadCSVMoreErrors(t *testing.T) {
	h := "reporter,partner,flow,indicator,period,value,unit,step,change,source\n"
	for _, in := range []string{
		"", "\n", "reporter\n", strings.Replace(h, "unit", "units", 1), h[:len(h)-1] + ",quote,extra\n",
		h + "VN,RU,total,trade,2024,1,USD,,,,\n", h + "V,RU,total,trade,2024,1,USD,,,\n", h + "VN,,total,trade,2024,1,USD,,,\n",
		h + "VN,RU,Total,trade,2024,1,USD,,,\n", h + "VN,RU,total,trade,,1,USD,,,\n", h + "VN,RU,total,trade,2024,1,usd,,,\n",
		h + "VN,RU,total,trade,2024,1,USD,-1,,\n", h + "VN,RU,total,trade,2024,,USD,1,,\n", h + "VN,RU,total,trade,2024,1,USD,,24,\n",
		h + "VN,RU,total,trade,2024,over,USD,,,\n", h + "VN,RU,total,trade,2024,1,USD,,,doc:9-1\n", h + "VN,RU,total,trade,2024,\"1\n",
		h + "VN,RU,total,trade,2024,1e99,USD,,,\n", h + "VN,RU,total,trade,2024-Q9,1,USD,,,\n", h + "VN,RU,total,trade,2024,$1,USD,,,\n",
	} {
		_, err := trade.ReadCSV(strings.NewReader(in))
		require.Error(t, err, "%q", in)
		var pe *trade.ParseError
		require.True(t, errors.As(err, &pe), "%q: %v", in, err)
	}
}

// TestFindingJSONRoundTrip: a Finding written as JSON reads back equal,
// severity included; an unknown severity is a *ParseError.
func TestFindingJSONRoundTrip(t *testing.T) {
	g := trade.MustParseRate("24%")
	want := trade.Finding{Severity: trade.SeverityWarning, Code: trade.CodeGrowthInconsistent,
		Observations: []int{0, 2}, Periods: []trade.Period{trade.MustParsePeriod("2023"), trade.MustParsePeriod("2024")},
		Values: []trade.Figure{trade.MustParseFigure("$3.5 billion"), trade.MustParseFigure("$4.4 billion")}, Stated: &g, Consistent: &g}
	b, err := json.Marshal(want)
	require.NoError(t, err)
	require.Equal(t, `{"severity":"warning","code":"growth-inconsistent","observations":[0,2],"periods":["2023","2024"],"values":["3500000000 USD step 100000000","4400000000 USD step 100000000"],"stated":"24% step 1","consistent":"24% step 1"}`, string(b))
	var got trade.Finding
	require.NoError(t, json.Unmarshal(b, &got))
	require.Equal(t, want, got)

	for _, s := range []trade.Severity{trade.SeverityUnknown, trade.SeverityInfo, trade.SeverityWarning, trade.SeverityError} {
		back, err := trade.ParseSeverity(s.String())
		require.NoError(t, err)
		require.Equal(t, s, back)
	}
	_, err = trade.ParseSeverity("fatal")
	require.EqualError(t, err, `trade: parsing "fatal" as severity: unknown severity`)
	require.ErrorIs(t, err, trade.ErrSyntax)
	_, err = trade.Severity(9).MarshalText()
	require.EqualError(t, err, `trade: parsing "Severity(9)" as severity: out of range`)
}

// TestParseUnitErrors pins the message of every way a unit can be wrong:
// three bytes are read as an ISO 4217 code, anything else must be a count
// unit's name.
func TestParseUnitErrors(t *testing.T) {
	const notCode, unknownCode, neither = "not an ISO 4217 currency code", "unknown ISO 4217 currency", "neither an ISO 4217 code nor a count unit"
	for in, reason := range map[string]string{
		"usd": notCode, "Usd": notCode, "US$": notCode, "U5D": notCode, "€": notCode, "₫": notCode, "ÀB": notCode,
		"QQQ": unknownCode, "ZZZ": unknownCode, "ABQ": unknownCode,
		"US": neither, "USDD": neither, " USD": neither, "USD ": neither, "dollars": neither, "Visitors": neither,
		"visitor": neither, "tons": neither, "people": neither, "\x00": neither, "persons ": neither, "4.4": notCode, "4.44": neither,
	} {
		_, err := trade.ParseUnit(in)
		require.EqualError(t, err, "trade: parsing "+strconv.Quote(in)+" as unit: "+reason, "%q", in)
		require.ErrorIs(t, err, trade.ErrSyntax)
		var pe *trade.ParseError
		require.True(t, errors.As(err, &pe))
		require.Equal(t, in, pe.Input)
	}
	for _, ok := range []string{"USD", "VND", "RUB", "EUR", "visitors", "persons", "tonnes", ""} {
		u, err := trade.ParseUnit(ok)
		require.NoError(t, err, ok)
		require.Equal(t, ok, u.String())
	}
}

// TestParseEnumErrors: flows and severities name the input and the reason.
func TestParseEnumErrors(t *testing.T) {
	for _, in := range []string{"", "Export", "exports", "imports", "sum", "Flow(1)", " total", "total ", "0", "\xff"} {
		_, err := trade.ParseFlow(in)
		require.EqualError(t, err, "trade: parsing "+strconv.Quote(in)+" as flow: want export, import, total or balance")
		require.ErrorIs(t, err, trade.ErrSyntax)
	}
	for _, in := range []string{"", "Warning", "warn", "fatal", "Severity(2)", " info", "error ", "0", "\xff", "debug"} {
		_, err := trade.ParseSeverity(in)
		require.EqualError(t, err, "trade: parsing "+strconv.Quote(in)+" as severity: unknown severity")
		require.ErrorIs(t, err, trade.ErrSyntax)
	}
}
