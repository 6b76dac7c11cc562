package corpus

import (
	"slices"
	"strings"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/trade"
)

// StanceKey is what clauses are counted by: the parties of the communiqué
// (their codes, sorted, joined by "-": "RU-VN"; "" when it names none), the
// clause's stance ("agree", …, "unknown") and the year the communiqué was
// issued (0 when it gives no date). The zero StanceKey names no stance;
// StanceKeys never gives it.
type StanceKey struct {
	Parties string `json:"parties"`
	Stance  string `json:"stance"`
	Year    int    `json:"year"`
}

// StanceCount is one line of the clause counts: how many clauses of the
// corpus have the key's parties, stance and year.
type StanceCount struct {
	Parties string `json:"parties"`
	Stance  string `json:"stance"`
	Year    int    `json:"year"`
	Clauses int    `json:"clauses"`
}

// FigureKey is what figures are counted by: the unit of a money amount or a
// count (its text form: "USD", "visitors"), "percent" or "points" for a
// percentage or a difference of percentages, and the year the document's
// communiqué was issued (0 when it gives no date).
type FigureKey struct {
	Unit string `json:"unit"`
	Year int    `json:"year"`
}

// FigureCount is one line of the figure counts: how many figures of the
// corpus have the key's unit and year.
type FigureCount struct {
	Unit    string `json:"unit"`
	Year    int    `json:"year"`
	Figures int    `json:"figures"`
}

// Count is the record of n clauses with key k.
func (k StanceKey) Count(n int) StanceCount {
	return StanceCount{k.Parties, k.Stance, k.Year, n}
}

// Count is the record of n figures with key k.
func (k FigureKey) Count(n int) FigureCount {
	return FigureCount{k.Unit, k.Year, n}
}

// Line is c as one JSON line, without its "\n".
func (c StanceCount) Line() (string, error) { return marshalLine(c) }

// Line is c as one JSON line, without its "\n".
func (c FigureCount) Line() (string, error) { return marshalLine(c) }

// IssuedYear is the year c was issued: that of the start of its Issued span,
// else of its end, else 0 (no Issued, or days of an unknown year).
func IssuedYear(c *agreement.Communique) int {
	if y := c.Issued.Start.Year(); y != 0 {
		return y
	}
	return c.Issued.End.Year()
}

// PartyPair is the parties of c as StanceKey gives them: their codes,
// sorted, joined by "-".
func PartyPair(c *agreement.Communique) string {
	codes := make([]string, 0, len(c.Parties))
	for _, p := range c.Parties {
		codes = append(codes, p.String())
	}
	slices.Sort(codes)
	return strings.Join(codes, "-")
}

// StanceKeys gives the key of each clause of c, in document order.
func StanceKeys(c *agreement.Communique) []StanceKey {
	pair, year := PartyPair(c), IssuedYear(c)
	clauses := c.Clauses()
	keys := make([]StanceKey, 0, len(clauses))
	for _, cl := range clauses {
		keys = append(keys, StanceKey{pair, cl.Stance.String(), year})
	}
	return keys
}

// FigureKeys gives the key of each figure trade.ExtractFigures finds in
// text, the document c was parsed from, in text order. Mentions of no
// known kind are left out.
func FigureKeys(text string, c *agreement.Communique) []FigureKey {
	year := IssuedYear(c)
	var keys []FigureKey
	for m := range trade.ExtractFigures(text) {
		var unit string
		switch m.Kind {
		case trade.MentionMoney, trade.MentionCount:
			unit = m.Figure.Unit().String()
		case trade.MentionPercent, trade.MentionPoints:
			unit = m.Kind.String()
		default:
			continue
		}
		keys = append(keys, FigureKey{unit, year})
	}
	return keys
}
