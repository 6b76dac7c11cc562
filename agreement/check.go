package agreement

import (
	"strconv"
	"strings"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

// The finding codes [Check] reports. Growth figures are checked by
// [trade.Check] on a [trade.Series], not here.
const (
	CodeInstrumentYear   = "instrument-year"   // an instrument cited with a year that is not its own
	CodeAnniversaryCount = "anniversary-count" // an ordinal that does not match its origin
)

// Finding is something in a communiqué that cannot be right: its severity,
// code, the clause (index into Communique.Clauses) and mention involved,
// and the arguments of its message, which [Finding.Label] words in each
// language:
//
//   - instrument-year: Name is the instrument's abbreviation (or name),
//     Stated the year cited (the mention's Year), Signed its signing date.
//   - anniversary-count: Stated is the ordinal stated, Year the year it is
//     counted to and Want the ordinal in that year; the origin is the
//     mention's Date.
type Finding struct {
	Severity trade.Severity `json:"severity"`
	Code     string         `json:"code"`
	Clause   int            `json:"clause"`
	Mention  Mention        `json:"mention"`
	Name     timeline.Text  `json:"name,omitzero"`
	Signed   timeline.Date  `json:"signed,omitzero"`
	Stated   int            `json:"stated,omitempty"`
	Year     int            `json:"year,omitempty"`
	Want     int            `json:"want,omitempty"`
}

// Label returns the message of f for people in the language that best
// matches tag, with dates by their Labels and ordinals as anniversaries are
// written in that language:
//
//	en "the DOC is cited as 2022; it was signed on November 4, 2002"
//	vi "DOC được dẫn là văn kiện năm 2022, nhưng thực tế được ký ngày 4 tháng 11, 2002"
//	ru "DOC указан как документ 2022 года, однако подписан 4 ноября 2002 г."
//	en "the 60th anniversary of January 30, 1973 falls in 2033, not 2028 (it is the 55th)"
//	ru "60-летие события 30 января 1973 г. приходится на 2033 год, а не на 2028 год (в 2028 году — 55-летие)"
//
// A Finding of another code, or without its arguments, gives its code.
// With the private-use subtag "news" in tag the dates are in the News style
// of timeline.Date.Label ("подписан 4 ноября 2002 года", "được ký ngày
// 4/11/2002", "signed on Nov. 4, 2002").
func (f Finding) Label(tag language.Tag) string {
	l := l10n.Match(tag)
	switch f.Code {
	case CodeInstrumentYear:
		if !f.Name.IsZero() && f.Stated != 0 {
			return string(l10n.AppendInstrumentYear(nil, l, f.Name.Label(tag), f.Stated, f.Signed.Label(tag)))
		}
	case CodeAnniversaryCount:
		if f.Stated > 0 && f.Want > 0 && !f.Mention.Date.Start.IsZero() {
			return string(l10n.AppendAnniversaryCount(nil, l, f.Stated, f.Mention.Date.Label(tag),
				f.Mention.Date.Start.Year()+f.Stated, f.Year, f.Want))
		}
	}
	return f.Code
}

// Check cross-checks c against reg and the calendar:
//
//   - instrument-year (warning): an instrument cited with a year that is
//     neither its signing (or adoption) year nor its entry-into-force year,
//     such as "the 2022 Declaration on the Conduct of Parties", signed in
//     2002. Instruments without a date in reg are not checked.
//   - anniversary-count (error): "the Nth anniversary of … (DATE)" where N
//     is not the number of years from DATE to the year c was issued, nor
//     to the year the clause names for it with "in" ("will celebrate the
//     55th anniversary of diplomatic relations (1973) in 2028"). Without
//     either year, nothing is checked.
//
// Instrument mentions need reg; a nil reg uses [Builtin]. Findings come in
// clause order.
func Check(c *Communique, reg *Registry) []Finding {
	if c == nil {
		return nil
	}
	if reg == nil {
		reg = Builtin()
	}
	var out []Finding
	issued := c.Issued.Start.Year()
	for ci, cl := range c.Clauses() {
		for _, m := range cl.Mentions {
			if m.Kind != MentionInstrument || m.Year == 0 {
				continue
			}
			in, ok := reg.Lookup(m.Instrument)
			if !ok || in.Signed.IsZero() {
				continue
			}
			if m.Year == in.Signed.Year() || (!in.InForce.IsZero() && m.Year == in.InForce.Year()) {
				continue
			}
			name := in.Name
			if in.Abbrev != "" {
				name = timeline.Text{EN: in.Abbrev}
			}
			out = append(out, Finding{Severity: trade.SeverityWarning, Code: CodeInstrumentYear, Clause: ci, Mention: m,
				Name: name, Signed: in.Signed, Stated: m.Year})
		}
		for _, m := range cl.Mentions {
			if m.Kind != MentionDate || m.Date.Start.IsZero() {
				continue
			}
			n, ok := ordinalBefore(cl.Text, m.Start-cl.Start)
			if !ok {
				continue
			}
			named := namedYear(cl, m)
			if named == 0 && issued == 0 {
				continue
			}
			if issued != 0 && timeline.OrdinalIn(m.Date.Start, issued) == n ||
				named != 0 && timeline.OrdinalIn(m.Date.Start, named) == n {
				continue
			}
			year := named
			if year == 0 {
				year = issued
			}
			want := timeline.OrdinalIn(m.Date.Start, year)
			out = append(out, Finding{Severity: trade.SeverityError, Code: CodeAnniversaryCount, Clause: ci, Mention: m,
				Stated: n, Year: year, Want: want})
		}
	}
	return out
}

// namedYear returns the year of the date mention of cl introduced by "in"
// ("in 2028", "In January 2028") nearest to the anniversary's origin m and
// later than it, or 0: the year the clause names for the anniversary.
func namedYear(cl Clause, m Mention) int {
	origin := m.Date.Start.Year()
	year, dist := 0, -1
	for _, o := range cl.Mentions {
		if o.Kind != MentionDate || o.Start == m.Start || o.Date.Start.IsZero() || o.Date.Start.Year() <= origin {
			continue
		}
		at := o.Start - cl.Start
		if at < 3 || at > len(cl.Text) {
			continue
		}
		if w := cl.Text[at-3 : at]; w != "in " && w != "In " || at > 3 && isWordByte(cl.Text[at-4]) {
			continue
		}
		d := o.Start - m.Start
		if d < 0 {
			d = -d
		}
		if dist < 0 || d < dist {
			year, dist = o.Date.Start.Year(), d
		}
	}
	return year
}

// ordinalBefore finds "Nth anniversary" in the 160 bytes of text before
// offset at, with nothing but the anniversary's subject between it and a
// parenthesis that opens just before at, and returns N.
func ordinalBefore(text string, at int) (int, bool) {
	if at <= 0 || at > len(text) || at < 1 || text[at-1] != '(' {
		return 0, false
	}
	from := max(0, at-160)
	win := text[from:at]
	i := strings.LastIndex(win, " anniversary")
	if i < 0 || strings.ContainsAny(win[i:], ")") || strings.Contains(win[i:], " anniversary of the ") && strings.Count(win[i:], "anniversary") > 1 {
		return 0, false
	}
	j := i
	for j > 0 && win[j-1] != ' ' {
		j--
	}
	word := win[j:i]
	k := 0
	for k < len(word) && word[k] >= '0' && word[k] <= '9' {
		k++
	}
	if k == 0 || k > 4 {
		return 0, false
	}
	if suf := word[k:]; suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return 0, false
	}
	n, _ := strconv.Atoi(word[:k])
	return n, true
}
