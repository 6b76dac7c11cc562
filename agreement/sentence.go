package agreement

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The second stage of the communiqué reader: sentences. A body block is
// cut at '.', '!' and '?' followed by white space (a space or the end of a
// wrapped line) and a word that can start a sentence. Abbreviations do not
// end a sentence: titles and labels before a name or number ("Dr.", "No.")
// never do; dotted initialisms ("U.S.", "D.C.", "M.V.") and the
// abbreviations of the lexicon's [abbreviation-end] section ("Jan.",
// "a.m.") do only when a sentence-start word follows ("…in Washington,
// D.C. To commemorate…").

// sentences appends to out the sentence spans of the block s[a:b].
func sentences(out [][2]int, s string, a, b int, lx *lexicon) [][2]int {
	start := a
	depth := 0
	quoted := -1 // end of a quotation with a reporting tail being read
	for i := a; i < b; i++ {
		if (s[i] == 0xC2 || s[i] == 0xE2 || s[i] == '"' && lx.straightQuotes && (i == a || s[i-1] == ' ' || s[i-1] == '\n')) && i >= quoted {
			if e, ok := reportedQuote(s, i, b); ok {
				quoted = e
			}
		}
		if !sentenceMarks[s[i]] {
			continue
		}
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case '.', '!', '?':
			if depth > 0 || i < quoted {
				continue
			}
			j := i + 1
			for j < b && (s[j] == '"' || s[j] == ')' || s[j] == '\'' || s[j] == '*' || s[j] == ']') {
				j++
			}
			if j < b && strings.HasPrefix(s[j:], "”") {
				j += len("”")
			}
			if j < b && !isSpaceASCII(s[j]) && !(s[i] == '.' && j == i+1 && lostSpace(s, start, i, b)) {
				continue
			}
			k := j
			for k < b && isSpaceASCII(s[k]) {
				k++
			}
			if k < b && !startsSentenceAt(s, k) {
				continue
			}
			if s[i] == '.' && k < b && !endsAtAbbrev(s, start, i, k, b, lx) {
				continue
			}
			if ss, se := trimSpan(s, start, j); ss < se {
				out = append(out, [2]int{ss, se})
			}
			start = k
			i = k - 1
		}
	}
	if ss, se := trimSpan(s, start, b); ss < se {
		out = append(out, [2]int{ss, se})
	}
	return out
}

// sentenceMarks are the bytes sentences looks at: parentheses and the
// marks that may end a sentence.
var sentenceMarks = [256]bool{'(': true, ')': true, '.': true, '!': true, '?': true}

// quoteWindow bounds how far a quotation is searched for its close.
const quoteWindow = 1200

// reportedQuote reports whether an opening quotation mark (« or “, or '"'
// after a space) at i
// opens a quotation that a reporting tail closes ("«… . …», – сказал
// Путин", "“… . …”, Albanese said", "“… . …,” he said"): the quotation
// and its tail are one clause, however many sentences it holds. It
// returns the end of the quotation. The search stops at the next opening
// mark, so each byte is read at most once.
func reportedQuote(s string, i, b int) (int, bool) {
	var openMark, closeMark string
	switch {
	case strings.HasPrefix(s[i:b], "«"):
		openMark, closeMark = "«", "»"
	case strings.HasPrefix(s[i:b], "“"):
		openMark, closeMark = "“", "”"
	case strings.HasPrefix(s[i:b], "\""):
		openMark, closeMark = "\"", "\"" // the first '"' after it closes it
	default:
		return 0, false
	}
	end := min(b, i+quoteWindow)
	body := s[i+len(openMark) : end]
	c := strings.Index(body, closeMark)
	if o := strings.Index(body, openMark); c < 0 || o >= 0 && o < c && openMark == closeMark {
		return 0, false
	} else if o >= 0 && o < c {
		// "«… форум «Россия — Африка». И мы надеемся …», — отметил": one
		// quotation inside, closed before the outer one. A second
		// opening mark inside ends the search, so each byte is read a
		// bounded number of times.
		inner := body[o+len(openMark):]
		c2 := strings.Index(inner, closeMark)
		if c2 < 0 {
			return 0, false
		}
		rest := inner[c2+len(closeMark):]
		c3 := strings.Index(rest, closeMark)
		if o2 := strings.Index(rest, openMark); c3 < 0 || o2 >= 0 && o2 < c3 {
			return 0, false
		}
		if o2 := strings.Index(inner[:c2], openMark); o2 >= 0 {
			return 0, false
		}
		c = len(body) - len(rest) + c3
	}
	e := i + len(openMark) + c // the closing mark
	after := strings.TrimLeft(s[e+len(closeMark):b], " \u00a0")
	inner := strings.TrimRight(s[i:e], " ")
	tail := strings.HasPrefix(after, ",") || strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") ||
		strings.HasPrefix(after, "- ") || strings.HasSuffix(inner, ",")
	return e, tail
}

// lostSpace reports a sentence end whose space a copy lost ("…Александр
// Новак.Обсуждались вопросы", "…in 2023.To this end", "…never as
// good”.The main issues"): the period ends a word of three letters or
// more, no abbreviation, or a closing quotation mark, and a capitalised
// word of lowercase letters follows at once. Initialisms ("U.S.A."), domain names
// and decimals do not qualify, nor does a word whose next words are in
// another script ("Day.Az со ссылкой": a site's name in Russian text).
func lostSpace(s string, from, i, b int) bool {
	w := i
	for w > from && wordBefore(s, w) {
		_, n := utf8.DecodeLastRuneInString(s[:w])
		w -= n
	}
	closed := w == i && (strings.HasSuffix(s[from:i], "”") || strings.HasSuffix(s[from:i], "»") || strings.HasSuffix(s[from:i], "\""))
	if !closed && (utf8.RuneCountInString(s[w:i]) < 3 || w > from && s[w-1] == '.') {
		return false
	}
	r, n := utf8.DecodeRuneInString(s[i+1 : b])
	if !unicode.IsUpper(r) || i+1+n >= b {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[i+1+n : b])
	if !unicode.IsLower(r2) {
		return false
	}
	// "Как передает Day.Az со ссылкой …": a word in one script after the
	// period, then words in another, is a name (a site's) inside the
	// sentence, not a sentence of its own.
	e := i + 1
	for e < b {
		c, m := utf8.DecodeRuneInString(s[e:b])
		if !unicode.IsLetter(c) {
			break
		}
		e += m
	}
	for e < b && s[e] == ' ' {
		e++
	}
	if r3, _ := utf8.DecodeRuneInString(s[e:b]); e < b && unicode.IsLetter(r3) && latinLetter(r3) != latinLetter(r) {
		return false
	}
	return true
}

// latinLetter reports whether r is a letter of the Latin script.
func latinLetter(r rune) bool { return unicode.Is(unicode.Latin, r) }

// startsSentence reports whether a sentence may begin with byte c: a
// capital, a digit, a quote, a parenthesis, emphasis or a byte outside
// ASCII.
func startsSentence(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '"' || c == '(' || c == '*' || c == '[' || c >= 0x80
}

// startsSentenceAt reports whether a sentence may begin at s[k:]: as
// startsSentence, but a lowercase letter of any script does not ("около 3
// тыс. предпринимателей", "khoảng 3 nghìn tỷ đồng").
func startsSentenceAt(s string, k int) bool {
	if !startsSentence(s[k]) {
		return false
	}
	if s[k] < utf8.RuneSelf {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	return !unicode.IsLower(r)
}

// endsAtAbbrev reports whether the period at i, with the next sentence
// starting at k, ends a sentence given the word it closes.
func endsAtAbbrev(s string, from, i, k, b int, lx *lexicon) bool {
	w := i
	for w > from && !isSpaceASCII(s[w-1]) && s[w-1] != '(' {
		w--
	}
	word := strings.TrimLeft(s[w:i], "\"'“‘«[*_") // "“Mr. President, …"
	low := strings.ToLower(word)
	if lx.abbrev[low] {
		return false
	}
	if isInitialism(word) && k+1 < b && s[k] >= 'A' && s[k] <= 'Z' && s[k+1] == '.' {
		return false // "D. A. Medvedev"
	}
	if lx.abbrevEnd[low] || isInitialism(word) {
		e := k
		for e < b && e-k < 24 && isWordByte(s[e]) {
			e++
		}
		return lx.starts[strings.ToLower(s[k:e])]
	}
	return true
}

// isInitialism reports single letters of any script joined by periods:
// "U.S", "D.C", "M.V", "J", "В", "А.Г".
func isInitialism(w string) bool {
	if w == "" {
		return false
	}
	n := 0
	for _, r := range w {
		if n%2 == 0 && !unicode.IsLetter(r) || n%2 == 1 && r != '.' {
			return false
		}
		n++
	}
	return true
}

func trimSpan(s string, a, b int) (int, int) {
	for a < b && isSpaceASCII(s[a]) {
		a++
	}
	for b > a && isSpaceASCII(s[b-1]) {
		b--
	}
	return a, b
}

func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}
