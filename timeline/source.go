package timeline

import (
	"bytes"
	"strconv"
	"strings"
)

// Source says where a fact was read: the byte range [Start, End) of a
// document, and Quote, the exact text found there, so that a fixture can be
// checked against its document with [Source.Verify] and a reader can see the
// evidence without opening the document.
//
// Document is a file name (for the module's fixtures, a file of
// testdata/sources) or any stable document identifier. The text form, used
// in CSV cells, is "DOCUMENT:START-END" (the quote is not part of it); the
// JSON form is an object {"document", "start", "end", "quote"}. The zero
// Source means "no source".
type Source struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Quote    string `json:"quote,omitempty"`
}

// maxSourceLen bounds the text [ParseSource] reads.
const maxSourceLen = 1024

// IsZero reports whether s is the zero Source.
func (s Source) IsZero() bool { return s == Source{} }

// Verify reports whether s points into doc: its offsets must lie within doc
// with Start ≤ End, and when s has a Quote, doc[Start:End] must equal it. The
// error names the document, the offsets and both texts.
func (s Source) Verify(doc []byte) error {
	if s.Start < 0 || s.End < s.Start || s.End > len(doc) {
		return &SourceError{Source: s, Reason: "offsets " + strconv.Itoa(s.Start) + "-" + strconv.Itoa(s.End) + " outside document of " + strconv.Itoa(len(doc)) + " bytes"}
	}
	if s.Quote != "" && !bytes.Equal(doc[s.Start:s.End], []byte(s.Quote)) {
		return &SourceError{Source: s, Reason: "quote " + strconv.Quote(s.Quote) + " does not match " + strconv.Quote(string(doc[s.Start:s.End]))}
	}
	return nil
}

// SourceError reports a [Source] that does not match its document.
type SourceError struct {
	Source Source
	Reason string
}

// Error implements the error interface.
func (e *SourceError) Error() string {
	return "timeline: source " + e.Source.String() + ": " + e.Reason
}

// ParseSource reads the text form "DOCUMENT:START-END" of a [Source], with
// 0 ≤ START ≤ END. The document is everything before the last colon and
// must not be empty. The result has no Quote.
func ParseSource(text string) (Source, error) {
	fail := func(reason string) (Source, error) {
		return Source{}, &ParseError{What: "source", Input: text, Reason: reason}
	}
	if text == "" {
		return fail("empty input")
	}
	if len(text) > maxSourceLen {
		return fail("too long for a source (" + itoa(len(text)) + " bytes)")
	}
	i := strings.LastIndexByte(text, ':')
	if i <= 0 {
		return fail("want DOCUMENT:START-END")
	}
	doc, rng := text[:i], text[i+1:]
	a, b, ok := strings.Cut(rng, "-")
	if !ok {
		return fail("want START-END after the colon")
	}
	start, err1 := parseOffset(a)
	end, err2 := parseOffset(b)
	switch {
	case err1 != "":
		return fail("start offset " + err1)
	case err2 != "":
		return fail("end offset " + err2)
	case end < start:
		return fail("end offset " + b + " before start " + a)
	}
	return Source{Document: doc, Start: start, End: end}, nil
}

func parseOffset(s string) (int, string) {
	if s == "" {
		return 0, "missing"
	}
	if len(s) > 12 {
		return 0, "too large"
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, strconv.Quote(s) + " is not a decimal number"
		}
		n = n*10 + int(c-'0')
	}
	return n, ""
}

// AppendText appends the text form "DOCUMENT:START-END" of s to b; the zero
// Source appends nothing.
func (s Source) AppendText(b []byte) ([]byte, error) {
	if s.IsZero() {
		return b, nil
	}
	b = append(b, s.Document...)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, '-')
	return strconv.AppendInt(b, int64(s.End), 10), nil
}

// String returns the text form "DOCUMENT:START-END" of s.
func (s Source) String() string {
	b, _ := s.AppendText(nil)
	return string(b)
}
