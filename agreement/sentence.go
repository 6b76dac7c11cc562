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
// D.C. To commemorate…"). A quotation is cut the same way: each of its
// sentences is a sentence of the text, which the reader gives to the
// speaker its reporting tail names (parser.closingSpeaker).

// sentences appends to out the sentence spans of the block s[a:b].
func sentences(out [][2]int, s string, a, b int, lx *lexicon) [][2]int {
	start := a
	depth := 0
	for i := a; i < b; i++ {
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
			if depth > 0 {
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
