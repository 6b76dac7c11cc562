package trade

import (
	"iter"
	"strings"
)

// MentionKind says what a figure mention measures.
type MentionKind uint8

// The kinds of figure mention.
const (
	MentionUnknown MentionKind = iota
	Money                      // an amount of a currency: "$4.4 billion"
	Count                      // a count of a unit: "204,000 Russian citizens"
	Percent                    // a percentage: "24%"
)

var mentionKindNames = [...]string{"unknown", "money", "count", "percent"}

// String returns "money", "count" or "percent".
func (k MentionKind) String() string {
	if int(k) < len(mentionKindNames) {
		return mentionKindNames[k]
	}
	return "MentionKind(" + itoa(int(k)) + ")"
}

// Mention is a figure or a percentage found in text: its byte range
// [Start, End), the exact Text, and its value — Figure for money and counts,
// Rate for percentages.
type Mention struct {
	Start  int
	End    int
	Text   string
	Kind   MentionKind
	Figure Figure
	Rate   Rate
}

// maxMentionWords is how many words may stand between a number and its
// counted noun ("204,000 Russian citizens").
const maxMentionWords = 2

// ExtractFigures yields the money amounts, counts and percentages of English
// text in order, with byte offsets:
//
//	$4.4 billion   US$4.4bn   4.4 billion USD   USD 4.4 billion   VND 1.2 trillion
//	over $1 billion   more than 5,000 tonnes   about 300 projects
//	204,000 visitors   204,000 Russian citizens (up to two words before the noun)
//	8.3%   24 percent   82 per cent
//
// A qualifier written before the figure ("over", "more than", "nearly",
// "about", …) is part of the mention and sets the figure's bounds, as
// [ParseFigure] reads it; the verbs "exceeded" and "surpassed" just before
// a figure make it a lower bound without being part of the text. A number
// with no currency, no counted noun and no percent sign is not reported, so
// years, dates, ordinals ("75th") and durations ("75 years") never are. The
// counted nouns are those of the count units (visitors, tourists, people,
// citizens, scholarships, students, tonnes, barrels, projects, flights).
// Text over 64 MiB yields nothing.
func ExtractFigures(text string) iter.Seq[Mention] {
	return func(yield func(Mention) bool) {
		if len(text) > 64<<20 {
			return
		}
		for i := 0; i < len(text); {
			c := text[i]
			startsNum := isDigitB(c) && (i == 0 || !isAlnumB(text[i-1]) && text[i-1] != '.' && text[i-1] != ',')
			startsCur := !startsNum && (c == '$' || c >= 0x80 || (c >= 'A' && c <= 'Z')) &&
				(i == 0 || !isAlnumB(text[i-1])) && currencyAt(text, i) > 0
			if !startsNum && !startsCur {
				i++
				continue
			}
			m, ok := figureAt(text, i)
			if !ok {
				// skip the rest of this number or word
				j := i + 1
				for j < len(text) && (isAlnumB(text[j]) || text[j] == '.' || text[j] == ',') && !(text[j] == ',' && (j+1 >= len(text) || !isDigitB(text[j+1]))) {
					j++
				}
				i = j
				continue
			}
			if !yield(m) {
				return
			}
			i = m.End
		}
	}
}

func isDigitB(c byte) bool { return c >= '0' && c <= '9' }
func isAlnumB(c byte) bool { return isDigitB(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// currencyAt returns the length of a currency symbol or "XXX " ISO code
// prefix at i, or 0.
func currencyAt(s string, i int) int {
	if _, n := currencyPrefix(s[i:]); n > 0 && i+n < len(s) && isDigitB(s[i+n]) {
		return n
	}
	if i+4 < len(s) && isUpper3(s[i:i+3]) && s[i+3] == ' ' && isDigitB(s[i+4]) && (i+3 == len(s) || true) {
		if _, err := Currency(s[i : i+3]); err == nil {
			return 4
		}
	}
	return 0
}

// figureAt reads a figure starting at i (a currency prefix or a digit).
func figureAt(s string, i int) (Mention, bool) {
	start := i
	j := i + currencyAt(s, i)
	numStart := j
	for j < len(s) && (isDigitB(s[j]) || ((s[j] == ',' || s[j] == '.') && j+1 < len(s) && isDigitB(s[j+1]))) {
		j++
	}
	if j == numStart {
		return Mention{}, false
	}
	if j < len(s) && isAlnumB(s[j]) {
		// attached scale ("4.4bn") or an ordinal/word ("75th")
		k := j
		for k < len(s) && isAlnumB(s[k]) {
			k++
		}
		switch s[j:k] {
		case "bn", "m", "mn", "tn", "b":
			j = k
		default:
			return Mention{}, false
		}
	}
	// Percent.
	if numStart == start {
		if j < len(s) && s[j] == '%' {
			return rateMention(s, start, j+1, s[start:j+1])
		}
		for _, w := range []string{" percent", " per cent"} {
			if strings.HasPrefix(s[j:], w) && (j+len(w) == len(s) || !isAlnumB(s[j+len(w)])) {
				return rateMention(s, start, j+len(w), s[start:j]+"%")
			}
		}
	}
	end := j
	// Scale word.
	if w, e := wordAt(s, end); w != "" {
		if exp, _ := scaleOf(w); exp > 0 && len(w) > 1 {
			end = e
		}
	}
	isMoney := numStart > start
	unitEnd := end
	if !isMoney {
		// A currency code or "dollars" after the number, or a counted noun
		// after up to two words.
		pos := end
		for k := 0; k <= maxMentionWords; k++ {
			w, e := wordAt(s, pos)
			if w == "" {
				break
			}
			if _, ok := unitNouns[w]; ok || (k == 0 && isUpper3(w) && validCurrency(w)) {
				unitEnd = e
				break
			}
			if k == 0 && w == "US" {
				if w2, e2 := wordAt(s, e); w2 == "dollars" {
					unitEnd = e2
					break
				}
			}
			pos = e
		}
		if unitEnd == end {
			return Mention{}, false
		}
	}
	text := s[start:unitEnd]
	// Normalise to a form ParseFigure reads: drop the words between the
	// number and its noun.
	norm := s[start:end]
	if unitEnd > end {
		w := lastWord(s[end:unitEnd])
		if w == "dollars" && strings.HasSuffix(s[end:unitEnd], "US dollars") {
			w = "US dollars"
		}
		norm += " " + w
	}
	q := qualifierBefore(s, start)
	if q.text != "" {
		start -= len(q.text) + 1
		text = s[start:unitEnd]
		norm = q.text + " " + norm
	} else if q.verb {
		norm = "over " + norm
	}
	f, err := ParseFigure(norm)
	if err != nil {
		return Mention{}, false
	}
	kind := Count
	if f.Unit().IsCurrency() {
		kind = Money
	}
	return Mention{Start: start, End: unitEnd, Text: text, Kind: kind, Figure: f}, true
}

func validCurrency(w string) bool {
	_, err := Currency(w)
	return err == nil
}

func rateMention(s string, start, end int, norm string) (Mention, bool) {
	if start > 0 && (s[start-1] == '-' || s[start-1] == '+') && (start == 1 || s[start-2] == ' ' || s[start-2] == '(') {
		start--
		norm = s[start:start+1] + norm
	}
	r, err := ParseRate(norm)
	if err != nil {
		return Mention{}, false
	}
	return Mention{Start: start, End: end, Text: s[start:end], Kind: Percent, Rate: r}, true
}

// wordAt returns the word after one space at pos, and the position after it.
func wordAt(s string, pos int) (string, int) {
	if pos >= len(s) || s[pos] != ' ' {
		return "", pos
	}
	e := pos + 1
	for e < len(s) && (isAlnumB(s[e]) || s[e] == '.' && e+1 < len(s) && isAlnumB(s[e+1])) {
		e++
	}
	if e == pos+1 {
		return "", pos
	}
	return s[pos+1 : e], e
}

func lastWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

type qualifierText struct {
	text string
	verb bool
}

// qualifierBefore finds a qualifier word or phrase ending one space before i.
func qualifierBefore(s string, i int) qualifierText {
	if i < 2 || s[i-1] != ' ' {
		return qualifierText{}
	}
	head := s[:i-1]
	for _, w := range qualifierWords {
		if hasWordSuffix(head, w.word) {
			return qualifierText{text: s[i-1-len(w.word) : i-1]}
		}
	}
	for _, v := range []string{"exceeded", "exceeding", "surpassed", "topped"} {
		if hasWordSuffix(head, v) {
			return qualifierText{verb: true}
		}
	}
	return qualifierText{}
}

func hasWordSuffix(s, w string) bool {
	if len(s) < len(w) || !strings.EqualFold(s[len(s)-len(w):], w) {
		return false
	}
	return len(s) == len(w) || !isAlnumB(s[len(s)-len(w)-1])
}
