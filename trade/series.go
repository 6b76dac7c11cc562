package trade

import (
	"bufio"
	"bytes"
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
	FlowExport       // from reporter to partner
	FlowImport       // from partner to reporter
	FlowTotal        // exports plus imports (turnover)
	FlowBalance      // exports minus imports
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
func Flows() []Flow { return []Flow{FlowExport, FlowImport, FlowTotal, FlowBalance} }

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

// ReadCSV reads series from CSV with the header [CSVHeader] (and
// optionally "quote"), as RFC 4180 writes it; a UTF-8 byte-order mark at
// the start (Excel's "CSV UTF-8") is skipped. Each row is one observation;
// consecutive or scattered rows with the same reporter, partner, flow,
// indicator and unit form one series, in the order first seen. Cells: value
// is a plain decimal, optionally preceded by a qualifier ("over
// 1000000000"); step is the reporting step (empty: exact); change is a rate
// as [ParseRate] reads it ("8.3%"); source is "DOCUMENT:START-END"; quote
// is kept byte for byte, CRLF included. Errors name the line and column of
// the bad cell. Input over [MaxCSVBytes] fails with a [*TooLargeError], as
// soon as the limit is passed: a larger input is not read whole.
func ReadCSV(r io.Reader) ([]Series, error) { return ReadCSVWith(r, CSVOptions{}) }

// ReadCSVWith is [ReadCSV] with options: opts.MaxBytes sets the size
// limit.
func ReadCSVWith(r io.Reader, opts CSVOptions) ([]Series, error) {
	max := opts.MaxBytes
	if max <= 0 {
		max = MaxCSVBytes
	}
	lr := &io.LimitedReader{R: r, N: max + 1}
	br := bufio.NewReader(lr)
	if b, err := br.Peek(len(byteOrderMark)); err == nil && string(b) == byteOrderMark {
		br.Discard(len(byteOrderMark))
	}
	raw := &rawInput{r: br}
	cr := csv.NewReader(raw)
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
	start := cr.InputOffset()
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
		end := cr.InputOffset()
		raw.restoreCRLF(rec, start, end)
		start = end
		line, _ := cr.FieldPos(0)
		if len(rec) != len(head) {
			return nil, &ParseError{What: "csv row", Input: strings.Join(rec, ","), Reason: "want " + itoa(len(head)) + " cells, got " + itoa(len(rec)), Line: line, Column: 1}
		}
		s, obs, bad := readRow(rec, withQuote)
		if bad != nil {
			bad.Line, bad.Column = line, bad.Column+1
			return nil, bad
		}
		key := [5]string{rec[0], rec[1], rec[2], rec[3], rec[6]}
		i, ok := index[key]
		if !ok {
			i = len(out)
			index[key] = i
			out = append(out, s)
		}
		out[i].Observations = append(out[i].Observations, obs)
	}
	if lr.N <= 0 {
		return nil, &TooLargeError{Limit: max}
	}
	return out, nil
}

// byteOrderMark is U+FEFF in UTF-8, which Excel writes at the start of
// "CSV UTF-8" files.
const byteOrderMark = "\uFEFF"

// rawInput keeps the bytes encoding/csv reads, from offset base on, so that
// ReadCSV can restore what that package changes: it turns every CRLF inside
// a quoted field into LF.
type rawInput struct {
	r    io.Reader
	buf  []byte
	base int64
}

// Read implements io.Reader, keeping a copy of what it reads.
func (t *rawInput) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	t.buf = append(t.buf, p[:n]...)
	return n, err
}

// restoreCRLF puts back the CRLFs of the quoted fields of rec, the record
// read from input offsets start to end, and forgets the input before end.
// Only fields with a line break are touched, and only when the raw text,
// with its CRLFs turned into LFs, is what encoding/csv returned.
func (t *rawInput) restoreCRLF(rec []string, start, end int64) {
	multiline := false
	for _, f := range rec {
		multiline = multiline || strings.IndexByte(f, '\n') >= 0
	}
	if multiline && start >= t.base && end-t.base <= int64(len(t.buf)) {
		if fields, ok := rawFields(t.buf[start-t.base:end-t.base], len(rec)); ok {
			for i, f := range rec {
				if strings.IndexByte(f, '\n') >= 0 && strings.ReplaceAll(fields[i], "\r\n", "\n") == f {
					rec[i] = fields[i]
				}
			}
		}
	}
	// Forget the consumed input once it is the larger part of the buffer:
	// each byte is moved at most once or twice.
	if k := end - t.base; k > 0 && k <= int64(len(t.buf)) && 2*k >= int64(len(t.buf)) {
		t.buf = t.buf[:copy(t.buf, t.buf[k:])]
		t.base = end
	}
}

// rawFields splits the raw text of one record that encoding/csv read
// without error into n fields, unquoting quoted ones and leaving their line
// ends as they are. Unquoted fields, which hold no line break, are returned
// as found. ok is false when the text does not split into n fields.
func rawFields(raw []byte, n int) (fields []string, ok bool) {
	for { // blank lines before the record, which encoding/csv skips
		switch {
		case len(raw) >= 2 && raw[0] == '\r' && raw[1] == '\n':
			raw = raw[2:]
			continue
		case len(raw) >= 1 && raw[0] == '\n':
			raw = raw[1:]
			continue
		}
		break
	}
	fields = make([]string, 0, n)
	for len(fields) < n {
		if len(raw) > 0 && raw[0] == '"' {
			var b []byte
			i := 1
			for {
				j := bytes.IndexByte(raw[i:], '"')
				if j < 0 {
					return nil, false
				}
				b = append(b, raw[i:i+j]...)
				i += j + 1
				if i < len(raw) && raw[i] == '"' {
					b = append(b, '"')
					i++
					continue
				}
				break
			}
			fields = append(fields, string(b))
			raw = raw[i:]
		} else {
			j := bytes.IndexAny(raw, ",\n")
			if j < 0 {
				j = len(raw)
			}
			fields = append(fields, string(raw[:j]))
			raw = raw[j:]
		}
		if len(raw) > 0 && raw[0] == ',' {
			raw = raw[1:]
			continue
		}
		break
	}
	return fields, len(fields) == n
}

// readRow reads the cells of one CSV record: the series it belongs to
// (without observations) and its observation. A bad cell gives a
// *ParseError whose Column is the cell's 0-based index and Line 0.
func readRow(rec []string, withQuote bool) (Series, Observation, *ParseError) {
	cell := func(i int, what, reason string) *ParseError {
		return &ParseError{What: what, Input: rec[i], Reason: reason, Column: i}
	}
	fail := func(e *ParseError) (Series, Observation, *ParseError) { return Series{}, Observation{}, e }
	for _, i := range []int{0, 1} {
		if !ValidEconomy(rec[i]) {
			return fail(cell(i, "economy", "not an ISO 3166-1 alpha-2 code or a known grouping"))
		}
	}
	flow, err := ParseFlow(rec[2])
	if err != nil {
		return fail(cell(2, "flow", "want export, import, total or balance"))
	}
	if rec[3] == "" {
		return fail(cell(3, "indicator", "empty"))
	}
	period, err := ParsePeriod(rec[4])
	if err != nil {
		return fail(cell(4, "period", err.(*ParseError).Reason))
	}
	unit, err := ParseUnit(rec[6])
	if err != nil {
		return fail(cell(6, "unit", err.(*ParseError).Reason))
	}
	obs := Observation{Period: period}
	if rec[5] != "" {
		f, err := figureCell(rec[5], rec[7], unit)
		if err != nil {
			return fail(cell(5, "value", err.(*ParseError).Reason))
		}
		obs.Value = &f
	} else if rec[7] != "" {
		return fail(cell(7, "step", "a step without a value"))
	}
	if rec[8] != "" {
		rt, err := ParseRate(rec[8])
		if err != nil {
			return fail(cell(8, "change", err.(*ParseError).Reason))
		}
		obs.Change = &rt
	}
	if obs.Value == nil && obs.Change == nil {
		return fail(cell(5, "value", "neither a value nor a change"))
	}
	if rec[9] != "" {
		src, err := timeline.ParseSource(rec[9])
		if err != nil {
			var pe *timeline.ParseError
			errors.As(err, &pe)
			return fail(cell(9, "source", pe.Reason))
		}
		if withQuote {
			src.Quote = rec[10]
		}
		obs.Source = src
	}
	return Series{Reporter: rec[0], Partner: rec[1], Flow: flow, Indicator: rec[3], Unit: unit}, obs, nil
}

func figureCell(value, step string, unit Unit) (Figure, error) {
	q := QualifierAsReported
	for _, w := range []Qualifier{QualifierOver, QualifierUnder, QualifierAbout} {
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
	if q != QualifierAsReported {
		text = q.String() + " " + text
	}
	f, err := ParseFigure(text)
	if err != nil {
		return Figure{}, &ParseError{What: "value", Input: value, Reason: err.(*ParseError).Reason}
	}
	return f, nil
}

// WriteCSV writes series in the form ReadCSV reads, with the "quote" column
// when any observation has a quote. Whatever it writes, ReadCSV reads back
// equal; series it cannot write so are refused with a [*WriteError] before
// anything is written: a series without observations, two series ReadCSV
// would merge (same reporter, partner, flow, indicator and unit), and
// observations with a zero period, neither value nor change, a derived
// value, a value of another unit than the series', a source without a
// document, or any cell ReadCSV refuses (an empty indicator, an unknown
// economy).
func WriteCSV(w io.Writer, series []Series) error {
	withQuote := false
	for _, s := range series {
		for _, o := range s.Observations {
			withQuote = withQuote || o.Source.Quote != ""
		}
	}
	var rows [][]string
	seen := map[[5]string]int{}
	for si, s := range series {
		fail := func(oi int, reason string) error { return &WriteError{Series: si, Observation: oi, Reason: reason} }
		if len(s.Observations) == 0 {
			return fail(-1, "no observations")
		}
		key := [5]string{s.Reporter, s.Partner, s.Flow.String(), s.Indicator, s.Unit.String()}
		if j, ok := seen[key]; ok {
			return fail(-1, "same reporter, partner, flow, indicator and unit as series "+itoa(j)+", which ReadCSV would merge")
		}
		seen[key] = si
		for oi, o := range s.Observations {
			rec, reason := writeRow(s, o, withQuote)
			if reason != "" {
				return fail(oi, reason)
			}
			rows = append(rows, rec)
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
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}

// writeRow returns the CSV record of o in s, or why ReadCSV would not read
// it back equal.
func writeRow(s Series, o Observation, withQuote bool) (rec []string, reason string) {
	switch {
	case o.Period.IsZero():
		return nil, "zero period"
	case o.Value == nil && o.Change == nil:
		return nil, "neither a value nor a change"
	case o.Value != nil && o.Value.IsDerived():
		return nil, "derived value " + quoteInput(o.Value.String()) + " has no CSV form"
	case o.Value != nil && o.Value.Unit() != s.Unit:
		return nil, "value unit " + o.Value.Unit().String() + " differs from the series unit " + s.Unit.String()
	case !o.Source.IsZero() && o.Source.Document == "":
		return nil, "source " + quoteInput(o.Source.String()) + " has no document"
	}
	rec = []string{s.Reporter, s.Partner, s.Flow.String(), s.Indicator, o.Period.String(), "", s.Unit.String(), "", "", o.Source.String()}
	if o.Value != nil {
		v := o.Value.Decimal()
		if q := o.Value.Qualifier(); q != QualifierAsReported {
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
	// Read the record back as ReadCSV would: what does not come back equal
	// is not written.
	back, obs, bad := readRow(rec, withQuote)
	if bad != nil {
		return nil, bad.What + " " + quoteInput(bad.Input) + ": " + bad.Reason
	}
	if back.Reporter != s.Reporter || back.Partner != s.Partner || back.Flow != s.Flow || back.Indicator != s.Indicator || back.Unit != s.Unit {
		return nil, "series fields do not read back equal"
	}
	if obs.Period != o.Period || obs.Source != o.Source || !equalPtr(obs.Value, o.Value) || !equalPtr(obs.Change, o.Change) {
		return nil, "observation does not read back equal"
	}
	return rec, ""
}

func equalPtr[T comparable](a, b *T) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}
