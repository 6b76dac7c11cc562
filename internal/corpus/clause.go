package corpus

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"github.com/bilateral-go/bilateral/agreement"
)

// ClauseLine is one clause record: one line of "bilateral parse -format
// jsonl" and of the Beam pipeline's clauses output. Start and End are byte
// offsets of Text in the document named Doc. Actors, Topics and Mentions are
// [] rather than null when empty, so every line has the same keys and types.
type ClauseLine struct {
	Doc      string              `json:"doc"`
	Start    int                 `json:"start"`
	End      int                 `json:"end"`
	Text     string              `json:"text"`
	Stance   agreement.Stance    `json:"stance"`
	Negated  bool                `json:"negated"`
	CAMEO    string              `json:"cameo"`
	PLOVER   string              `json:"plover"`
	Actors   []agreement.Party   `json:"actors"`
	Topics   []agreement.Topic   `json:"topics"`
	Mentions []agreement.Mention `json:"mentions"`
}

// ClauseCodes gives the CAMEO code and PLOVER event type of a clause. Today
// they are those of its stance, whether or not the clause is negated; this is
// the one place to change when clauses code their own events.
func ClauseCodes(c agreement.Clause) (cameo, plover string) {
	return c.CAMEO(), c.PLOVER()
}

// ClauseLines gives the records of the clauses of c, read from the document
// named doc, in document order.
func ClauseLines(doc string, c *agreement.Communique) []ClauseLine {
	clauses := c.Clauses()
	lines := make([]ClauseLine, 0, len(clauses))
	for _, cl := range clauses {
		cameo, plover := ClauseCodes(cl)
		lines = append(lines, ClauseLine{doc, cl.Start, cl.End, cl.Text, cl.Stance, cl.Negated, cameo, plover,
			nonNil(cl.Actors), nonNil(cl.Topics), nonNil(cl.Mentions)})
	}
	return lines
}

// WriteClauses writes the records of the clauses of c, read from the
// document named doc, to w: one JSON object per line, each ending in "\n",
// with "<", ">" and "&" of the texts left as they are.
func WriteClauses(w io.Writer, doc string, c *agreement.Communique) error {
	enc := NewEncoder(w)
	for _, l := range ClauseLines(doc, c) {
		if err := enc.Encode(l); err != nil {
			return err
		}
	}
	return nil
}

// MarshalClauses gives the lines WriteClauses writes, each without its
// "\n".
func MarshalClauses(doc string, c *agreement.Communique) ([]string, error) {
	var b bytes.Buffer
	if err := WriteClauses(&b, doc, c); err != nil {
		return nil, err
	}
	return splitLines(b.String()), nil
}

// NewEncoder writes JSON lines to w, leaving "<", ">" and "&" of the texts as
// they are.
func NewEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

// marshalLine is v as one JSON line without its "\n", as NewEncoder writes
// it.
func marshalLine(v any) (string, error) {
	var b bytes.Buffer
	if err := NewEncoder(&b).Encode(v); err != nil {
		return "", err
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n"))), nil
}

// splitLines splits s, lines each ending in "\n", into its lines without
// their "\n".
func splitLines(s string) []string {
	var lines []string
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i])
		s = s[i+1:]
	}
	return lines
}

// nonNil keeps empty lists as [] in JSON lines.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// ParseOptions are the agreement.ParseOptions every document of a corpus is
// parsed with: the built-in registry of instruments, and maxBytes, the
// largest document read.
func ParseOptions(maxBytes int64) agreement.ParseOptions {
	return agreement.ParseOptions{Registry: agreement.Builtin(), MaxBytes: maxBytes}
}
