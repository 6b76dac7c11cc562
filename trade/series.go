package trade

import (
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"github.com/bilateral-go/bilateral/timeline"
	"golang.org/x/text/language"
)

// Flow says which direction of trade a series measures. The zero value is
// [FlowUnknown].
type Flow uint8

// The flows.
const (
	FlowUnknown Flow = iota
	Export           // from reporter to partner
	Import           // from partner to reporter
	Total            // exports plus imports (turnover)
	Balance          // exports minus imports
	flowEnd
)

var flowNames = [...]string{"unknown", "export", "import", "total", "balance"}

// String returns "export", "import", "total" or "balance", and "Flow(N)"
// out of range.
func (f Flow) String() string {
	if f < flowEnd {
		return flowNames[f]
	}
	return "Flow(" + itoa(int(f)) + ")"
}

// Flows returns every defined Flow.
func Flows() []Flow { return []Flow{Export, Import, Total, Balance} }

// ParseFlow reads a flow identifier; "unknown" is [FlowUnknown], so that
// the zero value round-trips.
func ParseFlow(s string) (Flow, error) {
	for f := FlowUnknown; f < flowEnd; f++ {
		if flowNames[f] == s {
			return f, nil
		}
	}
	return 0, &ParseError{What: "flow", Input: s, Reason: "want export, import, total or balance"}
}

// MarshalText returns the identifier of f ("unknown" for the zero Flow);
// a Flow out of range is an error.
func (f Flow) MarshalText() ([]byte, error) {
	if f >= flowEnd {
		return nil, &ParseError{What: "flow", Input: f.String(), Reason: "out of range"}
	}
	return []byte(flowNames[f]), nil
}

// UnmarshalText reads f with ParseFlow.
func (f *Flow) UnmarshalText(b []byte) error {
	v, err := ParseFlow(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// Label returns the flow for people: "exports", "xuất khẩu", "экспорт".
func (f Flow) Label(tag language.Tag) string {
	if s, ok := l10n.Flows.Get(l10n.Match(tag), f.String()); ok {
		return s
	}
	return f.String()
}

// groupings are the codes accepted as reporter or partner besides ISO
// 3166-1 alpha-2 country codes.
var groupings = map[string]bool{
	"ASEAN": true, "EAEU": true, "EU": true, "APEC": true, "BRICS": true, "SCO": true, "WLD": true,
}

// ValidEconomy reports whether code is an ISO 3166-1 alpha-2 country code
// (CLDR region data through golang.org/x/text/language) or one of the
// grouping codes ASEAN, EAEU, EU, APEC, BRICS, SCO and WLD (world).
func ValidEconomy(code string) bool {
	if groupings[code] {
		return true
	}
	if len(code) != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return false
	}
	r, err := language.ParseRegion(code)
	return err == nil && r.IsCountry() && r.String() == code
}

// Observation is one value of a series: a level (Value), a change on the
// same period a year earlier (Change), or both, for a Period, with the
// Source it was read from. A report such as "trade grew 8.3% in 2023" gives
// an observation with a Change and no Value.
type Observation struct {
	Period Period          `json:"period"`
	Value  *Figure         `json:"value,omitempty"`
	Change *Rate           `json:"change,omitempty"`
	Source timeline.Source `json:"source,omitzero"`
}

// Series is a sequence of observations of one indicator between a reporter
// and a partner economy: Vietnam's total trade with Russia in USD, Russian
// visitors to Vietnam. Reporter and Partner are ISO 3166-1 alpha-2 codes or
// grouping codes ([ValidEconomy]); Indicator is a free identifier such as
// "trade", "agri-food-exports", "visitor-arrivals". The zero Series has no
// observations and no flow.
type Series struct {
	Reporter     string        `json:"reporter"`
	Partner      string        `json:"partner"`
	Flow         Flow          `json:"flow"`
	Indicator    string        `json:"indicator"`
	Unit         Unit          `json:"unit"`
	Observations []Observation `json:"observations"`
}

// csvHeader is the header of the CSV form; see [CSVHeader].
var csvHeader = [...]string{"reporter", "partner", "flow", "indicator", "period", "value", "unit", "step", "change", "source"}

// CSVHeader returns the header of the CSV form of series, in this order; a
// trailing "quote" column, holding each source's exact quote, is optional.
// Each call returns a new slice, which the caller may change.
func CSVHeader() []string { return append([]string(nil), csvHeader[:]...) }

// MaxCSVBytes is how much ReadCSV reads before failing with ErrTooLarge;
// [CSVOptions] sets another limit.
const MaxCSVBytes = 16 << 20

// CSVOptions configure [ReadCSVWith]. The zero value is ReadCSV's
// behaviour.
type CSVOptions struct {
	// MaxBytes is how much is read before failing with ErrTooLarge; 0 or
	// less means MaxCSVBytes.
	MaxBytes int64
}

// ErrTooLarge reports input over a reader's size limit; every
// [*TooLargeError] wraps it.
var ErrTooLarge = errors.New("trade: input too large")

// TooLargeError reports input over a reader's size limit, and names the
// limit:
//
//	trade: input too large: over the limit of 16777216 bytes
type TooLargeError struct {
	Limit int64 // bytes
}

// Error implements the error interface.
func (e *TooLargeError) Error() string {
	return ErrTooLarge.Error() + ": over the limit of " + strconv.FormatInt(e.Limit, 10) + " bytes"
}

// Unwrap returns [ErrTooLarge].
func (e *TooLargeError) Unwrap() error { return ErrTooLarge }

// ReadCSV reads series from CSV with the header [CSVHeader] (and optionally "quote").
// Each row is one observation; consecutive or scattered rows with the same
// reporter, partner, flow, indicator and unit form one series, in the order
// first seen. Cells: value is a plain decimal, optionally preceded by a
// qualifier ("over 1000000000"); step is the reporting step (empty: exact);
// change is a rate as [ParseRate] reads it ("8.3%"); source is
// "DOCUMENT:START-END". Errors name the line and column of the bad cell.
// Input over [MaxCSVBytes] fails with a [*TooLargeError], as soon as the limit
// is passed: a larger input is not read whole.
func ReadCSV(r io.Reader) ([]Series, error) { return ReadCSVWith(r, CSVOptions{}) }

// ReadCSVWith is [ReadCSV] with options: opts.MaxBytes sets the size
// limit.
func ReadCSVWith(r io.Reader, opts CSVOptions) ([]Series, error) {
	max := opts.MaxBytes
	if max <= 0 {
		max = MaxCSVBytes
	}
	lr := &io.LimitedReader{R: r, N: max + 1}
	cr := csv.NewReader(lr)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		if lr.N <= 0 {
			return nil, &TooLargeError{Limit: max}
		}
		return nil, &ParseError{What: "csv header", Input: "", Reason: err.Error(), Line: 1, Column: 1}
	}
	if lr.N <= 0 {
		return nil, &TooLargeError{Limit: max} // the header itself was cut at the limit
	}
	withQuote := len(head) == len(csvHeader)+1 && head[len(csvHeader)] == "quote"
	for i, h := range csvHeader {
		if i >= len(head) || head[i] != h {
			return nil, &ParseError{What: "csv header", Input: strings.Join(head, ","), Reason: "want " + strings.Join(csvHeader[:], ","), Line: 1, Column: i + 1}
		}
	}
	if len(head) != len(csvHeader) && !withQuote {
		return nil, &ParseError{What: "csv header", Input: strings.Join(head, ","), Reason: "unexpected extra columns", Line: 1, Column: len(csvHeader) + 1}
	}
	var out []Series
	index := map[[5]string]int{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if lr.N <= 0 {
			return nil, &TooLargeError{Limit: max}
		}
		if err != nil {
			// FieldPos is undefined after an error: take the position from it.
			line, col := 0, 0
			var ce *csv.ParseError
			if errors.As(err, &ce) {
				line, col = ce.Line, ce.Column
				err = ce.Err
			}
			return nil, &ParseError{What: "csv", Reason: err.Error(), Line: line, Column: col}
		}
		line, _ := cr.FieldPos(0)
		if len(rec) != len(head) {
			return nil, &ParseError{What: "csv row", Input: strings.Join(rec, ","), Reason: "want " + itoa(len(head)) + " cells, got " + itoa(len(rec)), Line: line, Column: 1}
		}
		cell := func(i int, what, reason string) error {
			return &ParseError{What: what, Input: rec[i], Reason: reason, Line: line, Column: i + 1}
		}
		for _, i := range []int{0, 1} {
			if !ValidEconomy(rec[i]) {
				return nil, cell(i, "economy", "not an ISO 3166-1 alpha-2 code or a known grouping")
			}
		}
		flow, err := ParseFlow(rec[2])
		if err != nil {
			return nil, cell(2, "flow", "want export, import, total or balance")
		}
		if rec[3] == "" {
			return nil, cell(3, "indicator", "empty")
		}
		period, err := ParsePeriod(rec[4])
		if err != nil {
			return nil, cell(4, "period", err.(*ParseError).Reason)
		}
		unit, err := ParseUnit(rec[6])
		if err != nil {
			return nil, cell(6, "unit", err.(*ParseError).Reason)
		}
		obs := Observation{Period: period}
		if rec[5] != "" {
			f, err := figureCell(rec[5], rec[7], unit)
			if err != nil {
				return nil, cell(5, "value", err.(*ParseError).Reason)
			}
			obs.Value = &f
		} else if rec[7] != "" {
			return nil, cell(7, "step", "a step without a value")
		}
		if rec[8] != "" {
			rt, err := ParseRate(rec[8])
			if err != nil {
				return nil, cell(8, "change", err.(*ParseError).Reason)
			}
			obs.Change = &rt
		}
		if obs.Value == nil && obs.Change == nil {
			return nil, cell(5, "value", "neither a value nor a change")
		}
		if rec[9] != "" {
			src, err := timeline.ParseSource(rec[9])
			if err != nil {
				var pe *timeline.ParseError
				errors.As(err, &pe)
				return nil, cell(9, "source", pe.Reason)
			}
			if withQuote {
				src.Quote = rec[10]
			}
			obs.Source = src
		}
		key := [5]string{rec[0], rec[1], rec[2], rec[3], rec[6]}
		i, ok := index[key]
		if !ok {
			i = len(out)
			index[key] = i
			out = append(out, Series{Reporter: rec[0], Partner: rec[1], Flow: flow, Indicator: rec[3], Unit: unit})
		}
		out[i].Observations = append(out[i].Observations, obs)
	}
	if lr.N <= 0 {
		return nil, &TooLargeError{Limit: max}
	}
	return out, nil
}

func figureCell(value, step string, unit Unit) (Figure, error) {
	q := AsReported
	for _, w := range []Qualifier{Over, Under, About} {
		if p := w.String() + " "; strings.HasPrefix(value, p) {
			q, value = w, value[len(p):]
			break
		}
	}
	for i := 0; i < len(value); i++ {
		if c := value[i]; !(c >= '0' && c <= '9' || c == '.' || (c == '-' && i == 0)) {
			return Figure{}, &ParseError{What: "value", Input: value, Reason: "not a plain decimal"}
		}
	}
	text := value
	if !unit.IsZero() {
		text += " " + unit.String()
	}
	if step == "" {
		step = "0"
	}
	text += " step " + step
	if q != AsReported {
		text = q.String() + " " + text
	}
	f, err := ParseFigure(text)
	if err != nil {
		return Figure{}, &ParseError{What: "value", Input: value, Reason: err.(*ParseError).Reason}
	}
	return f, nil
}

// WriteCSV writes series in the form ReadCSV reads, with the "quote" column
// when any observation has a quote.
func WriteCSV(w io.Writer, series []Series) error {
	withQuote := false
	for _, s := range series {
		for _, o := range s.Observations {
			withQuote = withQuote || o.Source.Quote != ""
		}
	}
	cw := csv.NewWriter(w)
	head := CSVHeader()
	if withQuote {
		head = append(head, "quote")
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, s := range series {
		for _, o := range s.Observations {
			rec := []string{s.Reporter, s.Partner, s.Flow.String(), s.Indicator, o.Period.String(), "", s.Unit.String(), "", "", o.Source.String()}
			if o.Value != nil {
				if o.Value.IsDerived() {
					return &ParseError{What: "csv value", Input: o.Value.String(), Reason: "derived figures have no CSV form"}
				}
				v := o.Value.Decimal()
				if q := o.Value.Qualifier(); q != AsReported {
					v = q.String() + " " + v
				}
				rec[5] = v
				if st := o.Value.Step(); st != "0" {
					rec[7] = st
				}
			}
			if o.Change != nil {
				rec[8] = o.Change.String()
			}
			if withQuote {
				rec = append(rec, o.Source.Quote)
			}
			if err := cw.Write(rec); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
