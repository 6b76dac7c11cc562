package trade_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/trade"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

const header = "reporter,partner,flow,indicator,period,value,unit,step,change,source\n"

func TestCSVRoundTrip(t *testing.T) {
	in := header +
		"VN,RU,total,trade,2023-M01/2023-M09,3500000000,USD,100000000,,doc.txt:1-5\n" +
		"VN,RU,total,trade,2024-M01/2024-M09,4400000000,USD,100000000,24%,doc.txt:10-20\n" +
		"VN,EAEU,export,agri-food,2024,over 1000000000,USD,1000000000,,\n"
	series, err := trade.ReadCSV(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, series, 2)
	var buf bytes.Buffer
	require.NoError(t, trade.WriteCSV(&buf, series))
	back, err := trade.ReadCSV(&buf)
	require.NoError(t, err)
	require.Equal(t, series, back)

	b, err := json.Marshal(series)
	require.NoError(t, err)
	var fromJSON []trade.Series
	require.NoError(t, json.Unmarshal(b, &fromJSON))
	require.Equal(t, series, fromJSON)
}

func TestCSVErrors(t *testing.T) {
	tests := []struct{ in, msg string }{
		{"a,b\n", `trade: line 1, column 1: parsing "a,b" as csv header: want reporter,partner,flow,indicator,period,value,unit,step,change,source`},
		{header + "VN,XX,total,trade,2024,1,USD,,,\n", `trade: line 2, column 2: parsing "XX" as economy: not an ISO 3166-1 alpha-2 code or a known grouping`},
		{header + "VN,RU,sum,trade,2024,1,USD,,,\n", `trade: line 2, column 3: parsing "sum" as flow: want export, import, total or balance`},
		{header + "VN,RU,total,,2024,1,USD,,,\n", `trade: line 2, column 4: parsing "" as indicator: empty`},
		{header + "VN,RU,total,trade,2024-13,1,USD,,,\n", `trade: line 2, column 5: parsing "2024-13" as period: want YYYY, YYYY-Qn or YYYY-Mnn`},
		{header + "VN,RU,total,trade,2024,1.2.3,USD,,,\n", `trade: line 2, column 6: parsing "1.2.3" as value: two decimal points`},
		{header + "VN,RU,total,trade,2024,1,DOLLARS,,,\n", `trade: line 2, column 7: parsing "DOLLARS" as unit: neither an ISO 4217 code nor a count unit`},
		{header + "VN,RU,total,trade,2024,,USD,,,\n", `trade: line 2, column 6: parsing "" as value: neither a value nor a change`},
		{header + "VN,RU,total,trade,2024,,USD,,8.3,\n", `trade: line 2, column 9: parsing "8.3" as change: no percent sign`},
		{header + "VN,RU,total,trade,2024,1,USD,,,doc\n", `trade: line 2, column 10: parsing "doc" as source: want DOCUMENT:START-END`},
		{header + "VN,RU,total,trade,2024,1,USD\n", `trade: line 2, column 1: parsing "VN,RU,total,trade,2024,1,USD" as csv row: want 10 cells, got 7`},
	}
	for _, tt := range tests {
		_, err := trade.ReadCSV(strings.NewReader(tt.in))
		require.Error(t, err, tt.in)
		require.Equal(t, tt.msg, err.Error())
		var pe *trade.ParseError
		require.True(t, errors.As(err, &pe))
	}
	// A CSV syntax error reports the reader's position (fuzz crasher: an
	// unterminated quote made FieldPos panic).
	_, err := trade.ReadCSV(strings.NewReader(header + "\"0000"))
	require.EqualError(t, err, `trade: line 2, column 6: parsing "" as csv: extraneous or missing " in quoted-field`)
	_, err = trade.ReadCSV(strings.NewReader(header + strings.Repeat("x", trade.MaxCSVBytes)))
	require.ErrorIs(t, err, trade.ErrTooLarge)

	// A smaller limit of one's own; a 100 MB stream is refused after the
	// limit, not read whole.
	row := "VN,RU,total,trade,2024,4400000000,USD,100000000,24%,a.txt:0-10\n"
	ok, err := trade.ReadCSVWith(strings.NewReader(header+row), trade.CSVOptions{MaxBytes: int64(len(header + row))})
	require.NoError(t, err)
	require.Len(t, ok, 1)
	_, err = trade.ReadCSVWith(strings.NewReader(header+row), trade.CSVOptions{MaxBytes: int64(len(header+row)) - 1})
	require.ErrorIs(t, err, trade.ErrTooLarge)
	stream := &countingReader{r: io.MultiReader(strings.NewReader(header), repeatReader(row, 100<<20))}
	_, err = trade.ReadCSVWith(stream, trade.CSVOptions{MaxBytes: 1 << 20})
	require.ErrorIs(t, err, trade.ErrTooLarge)
	require.Less(t, stream.n, int64(2<<20), "read %d bytes of a 100 MB stream", stream.n)
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// repeatReader yields s again and again, up to n bytes.
func repeatReader(s string, n int64) io.Reader {
	return io.LimitReader(&cycle{s: s}, n)
}

type cycle struct {
	s   string
	off int
}

func (c *cycle) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		k := copy(p[n:], c.s[c.off:])
		n += k
		c.off = (c.off + k) % len(c.s)
	}
	return n, nil
}

func TestCheck(t *testing.T) {
	// 3.5 → 4.4 billion allows 22.5…29.0%; a stated 24% is consistent, 35% is not.
	for _, tt := range []struct {
		change string
		codes  []string
	}{
		{"24%", nil},
		{"35%", []string{trade.CodeGrowthInconsistent}},
	} {
		in := header +
			"VN,RU,total,trade,2023-M01/2023-M09,3500000000,USD,100000000,,\n" +
			"VN,RU,total,trade,2024-M01/2024-M09,4400000000,USD,100000000," + tt.change + ",\n" +
			"VN,RU,total,trade,2024,5000000000,USD,100000000,,\n"
		series, err := trade.ReadCSV(strings.NewReader(in))
		require.NoError(t, err)
		var codes []string
		for _, f := range trade.Check(series[0]) {
			codes = append(codes, f.Code)
			if f.Code == trade.CodeGrowthInconsistent {
				require.Equal(t, "the stated change of 35% for January\u2009–\u2009September 2024 is outside 22.53% to 28.99%, the change the levels $3.5B and $4.4B allow", f.Label(language.English))
			}
		}
		want := append([]string{trade.CodeOverlappingPeriods}, tt.codes...)
		require.Equal(t, want, codes, tt.change)
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add(header + "VN,RU,total,trade,2024,4400000000,USD,100000000,24%,doc.txt:1-2\n")
	f.Add(header + "VN,RU,total,trade,2024,\"over 1\",USD,,,\n")
	f.Add("\xff\x00,,,\n")
	f.Fuzz(func(t *testing.T, s string) {
		series, err := trade.ReadCSV(strings.NewReader(s))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := trade.WriteCSV(&buf, series); err != nil {
			return
		}
		back, err := trade.ReadCSV(&buf)
		if err != nil {
			t.Fatalf("re-reading written CSV: %v\n%s", err, buf.String())
		}
		if fmt.Sprint(back) != fmt.Sprint(series) {
			t.Fatalf("CSV round trip differs")
		}
	})
}

func ExampleSeries_csv() {
	in := header +
		"VN,RU,total,trade,2023-M01/2023-M09,3500000000,USD,100000000,,\n" +
		"VN,RU,total,trade,2024-M01/2024-M09,4400000000,USD,100000000,,\n"
	series, _ := trade.ReadCSV(strings.NewReader(in))
	s := series[0]
	g, _ := trade.Growth(*s.Observations[0].Value, *s.Observations[1].Value)
	fmt.Println(s.Indicator, s.Observations[1].Period, g.Round(1))
	_ = trade.WriteCSV(os.Stdout, series)
	// Output:
	// trade 2024-M01/2024-M09 25.7% in [22.5, 29]
	// reporter,partner,flow,indicator,period,value,unit,step,change,source
	// VN,RU,total,trade,2023-M01/2023-M09,3500000000,USD,100000000,,
	// VN,RU,total,trade,2024-M01/2024-M09,4400000000,USD,100000000,,
}

// TestCSVHeaderIsACopy: changing the header a caller got changes neither
// the next one nor what ReadCSV and WriteCSV use.
func TestCSVHeaderIsACopy(t *testing.T) {
	h := trade.CSVHeader()
	require.Equal(t, []string{"reporter", "partner", "flow", "indicator", "period", "value", "unit", "step", "change", "source"}, h)
	h[0] = "mutated"
	require.Equal(t, "reporter", trade.CSVHeader()[0])
	series, err := trade.ReadCSV(strings.NewReader(header + "VN,RU,total,trade,2024,1,USD,,,\n"))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, trade.WriteCSV(&buf, series))
	require.True(t, strings.HasPrefix(buf.String(), header), buf.String())
}

// TestTooLargeSaysTheLimit: the error names the limit that was passed.
func TestTooLargeSaysTheLimit(t *testing.T) {
	row := "VN,RU,total,trade,2024,4400000000,USD,100000000,24%,a.txt:0-10\n"
	_, err := trade.ReadCSVWith(strings.NewReader(header+row), trade.CSVOptions{MaxBytes: 100})
	require.EqualError(t, err, "trade: input too large: over the limit of 100 bytes")
	require.ErrorIs(t, err, trade.ErrTooLarge)
	var tl *trade.TooLargeError
	require.ErrorAs(t, err, &tl)
	require.Equal(t, int64(100), tl.Limit)
	_, err = trade.ReadCSV(strings.NewReader(header + strings.Repeat("x", trade.MaxCSVBytes)))
	require.EqualError(t, err, "trade: input too large: over the limit of 16777216 bytes")
	// Too large already in the header.
	_, err = trade.ReadCSVWith(strings.NewReader(header), trade.CSVOptions{MaxBytes: 10})
	require.EqualError(t, err, "trade: input too large: over the limit of 10 bytes")
}

// TestFindingLabel: trade findings word their arguments (periods, figures,
// rates by their labels) in each language.
func TestFindingLabel(t *testing.T) {
	s := trade.Series{Reporter: "VN", Partner: "RU", Flow: trade.FlowTotal, Indicator: "trade", Unit: trade.MustParseFigure("$1").Unit()}
	prev, cur, claim := trade.MustParseFigure("$3.5 billion"), trade.MustParseFigure("$4.4 billion"), trade.MustParseRate("35%")
	dong, whole := trade.MustParseFigure("5 VND"), trade.MustParseFigure("$5 billion")
	s.Observations = []trade.Observation{
		{Period: trade.MustParsePeriod("2023"), Value: &prev},
		{Period: trade.MustParsePeriod("2024"), Value: &cur, Change: &claim},
		{Period: trade.MustParsePeriod("2024-Q3"), Value: &whole},
		{Period: trade.MustParsePeriod("2022"), Value: &dong},
	}
	nb, nn := "\u00a0", "\u202f"
	want := map[string][3]string{
		trade.CodeOverlappingPeriods: {"the periods 2024 and 3rd quarter 2024 overlap", "kỳ 2024 và kỳ Quý 3 năm 2024 trùng nhau",
			"периоды 2024 и 3-й квартал 2024" + nn + "г. пересекаются"},
		trade.CodeUnitMismatch: {"the value for 2022 is in VND, the series in USD", "số liệu kỳ 2022 tính bằng VND, trong khi chuỗi số liệu tính bằng USD",
			"значение за период 2022 выражено в VND, а ряд — в USD"},
		// 4.45/3.45 − 1 = 28.99%, 4.35/3.55 − 1 = 22.53%.
		trade.CodeGrowthInconsistent: {"the stated change of 35% for 2024 is outside 22.53% to 28.99%, the change the levels $3.5B and $4.4B allow",
			"mức thay đổi 35% nêu cho kỳ 2024 nằm ngoài khoảng 22,53% – 28,99% mà hai mức 3,5" + nb + "T" + nb + "US$ và 4,4" + nb + "T" + nb + "US$ cho phép",
			"указанное изменение на 35" + nb + "% за период 2024 выходит за пределы от 22,53" + nb + "% до 28,99" + nb + "%, допустимые при уровнях 3,5" + nb + "млрд" + nb + "$ и 4,4" + nb + "млрд" + nb + "$"},
	}
	seen := map[string]bool{}
	for _, f := range trade.Check(s) {
		w, ok := want[f.Code]
		require.True(t, ok, f.Code)
		seen[f.Code] = true
		for j, tag := range []language.Tag{language.English, language.Vietnamese, language.Russian} {
			require.Equal(t, w[j], f.Label(tag))
		}
	}
	require.Len(t, seen, 3)
}
