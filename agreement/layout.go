package agreement

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/timeline"
	"golang.org/x/text/language"
)

// The first stage of the communiqué reader: layout. It cuts the text into
// blocks — title, headings, datelines, captions, list markers and body
// paragraphs — joining the hard-wrapped lines of PDF and e-mail copies
// into one paragraph. Every byte of the text that is not white space lies
// in exactly one block, so nothing is lost silently: body paragraphs go on
// to be cut into sentences and clauses.

// blockKind says what a block of the layout is.
type blockKind uint8

const (
	blockBody     blockKind = iota // a paragraph of clauses
	blockTitle                     // the document's title
	blockHeading                   // a section heading
	blockDateline                  // "WASHINGTON, D.C. —", "ASTANA, July 3 (Xinhua) --"
	blockCaption                   // a photo caption or credit, skipped
	blockMarker                    // a list marker: "1.", "(a)", "•"
	blockSpeaker                   // a transcript's speaker and greeting: "В.Путин: Уважаемый господин Президент!", not a clause
)

// block is a span [start, end) of the text with its kind.
type block struct {
	start, end int
	kind       blockKind
}

// line is one line of the text, without its end of line and surrounding
// blanks.
type line struct{ s, e int }

// layout cuts text into blocks, in order.
//
// low is text with its letters lowercased in place (lowerKeepOffsets).
func layout(text, low string, lx *lexicon) []block {
	var lines []line // non-blank lines; a blank line is a zero-length line
	for pos := 0; pos <= len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		s, e := trimSpan(text, pos, end)
		lines = append(lines, line{s, e})
		pos = end + 1
	}
	width := wrapWidth(text, lines)
	double := doubleSpaced(text, lines)
	var out []block
	var seen [blockSpeaker + 1]bool
	add := func(b block) {
		out = append(out, b)
		seen[b.kind] = true
	}
	para := -1 // start of the open body paragraph, or -1
	lead := -1 // start of the text after a dateline on its line: the lead, never a caption
	flush := func(e int) {
		if para < 0 {
			return
		}
		kind := blockBody
		if t := text[para:e]; t[0] == '(' && t[len(t)-1] == ')' && strings.IndexByte(t, '\n') < 0 && strings.Count(t, "(") == 1 {
			// "(Foreign Ministers' Talk between Japan and Australia)",
			// "(OR. en)": a line in parentheses is a heading or a note.
			kind = blockHeading
			if !seen[blockTitle] && !seen[blockBody] {
				kind = blockTitle
			}
		} else if para != lead && isNameLine(text[para:e]) && !hasSentenceVerb(low[para:e], lx) {
			// "Tổng Bí thư Tô Lâm và Tổng thống Nga Vladimir Putin.": a
			// photo caption of names and titles alone.
			kind = blockCaption
		} else if e-para <= 200 && !endsSentence(text[para:e]) && !strings.HasSuffix(text[para:e], ",") {
			// Lines joined without final punctuation: a title or heading
			// written over two lines.
			kind = blockHeading
			if !seen[blockTitle] && !seen[blockBody] {
				kind = blockTitle
			}
		}
		add(block{para, e, kind})
		para = -1
	}
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		if ln.s >= ln.e {
			continue
		}
		s := text[ln.s:ln.e]
		if para < 0 && (isCaption(low[ln.s:ln.e], lx) || !hasLetterOrDigit(s) || timeOfDay(s) || endsWithCredit(low[ln.s:ln.e], lines, i, lx)) {
			// A caption, a line of marks alone ("* *", "***", "---"), or
			// a page's time stamp alone ("19:42").
			add(block{ln.s, ln.e, blockCaption})
			continue
		}
		start := ln.s
		item := false
		if n := listMarker(s); n > 0 && !(para >= 0 && rangeAcrossLines(text[lines[i-1].s:lines[i-1].e], s)) {
			if para >= 0 {
				flush(lines[i-1].e)
			}
			add(block{ln.s, ln.s + n, blockMarker})
			start, _ = trimSpan(text, ln.s+n, ln.e)
			if start >= ln.e {
				continue
			}
			s = text[start:ln.e]
			item = true // a list item is text, whatever its last character
			if para < 0 && titleCaseLeadIn(s) {
				// "1. Historical Ties and Relations:": a numbered heading
				// over the items under it.
				add(block{start, ln.e, blockHeading})
				continue
			}
		}
		if para < 0 && ln.s < datelineBytes && sourcedDate(s, lx) {
			// "Sierra Leone Telegraph: 24 October 2018:": a source and the
			// page's day, on a line of their own.
			add(block{ln.s, ln.e, blockDateline})
			continue
		}
		if para < 0 && (ln.s < datelineBytes || len(s) <= datelineAlone && hasDigit(s) && dateline(s, lx) == len(s)) {
			// A dateline opens a paragraph near the top: "NEW DELHI, 21
			// August 2024:", under a headline and a byline; further down,
			// only a line it fills ("Владивосток, 25 апреля - DIXINEWS."
			// under a page's teaser).
			n := dateline(s, lx)
			if n == 0 && !seen[blockBody] {
				n = agencyDash(s)
			}
			if n > 0 {
				add(block{start, start + n, blockDateline})
				start, _ = trimSpan(text, start+n, ln.e)
				if start >= ln.e {
					continue
				}
				s = text[start:ln.e]
				lead = start
			}
		}
		next, nextLow := "", ""
		if i+1 < len(lines) && lines[i+1].s < lines[i+1].e {
			next, nextLow = text[lines[i+1].s:lines[i+1].e], low[lines[i+1].s:lines[i+1].e]
		}
		acrossBlank := false
		if j := nextTextLine(lines, i+1); j > 0 && !endsSentence(s) && (brokenAcrossBlank(s, text[lines[j].s:lines[j].e], lx) || double && wrappedAcrossBlank(s, width, para >= 0 || seen[blockBody])) {
			// "… discussed\n\navenues to …": a copy that put a blank line
			// inside a sentence; the paragraph goes on.
			acrossBlank = true
		}
		cont := acrossBlank || continues(s, next, nextLow, para >= 0, width, lx)
		if para < 0 && emphasised(s) {
			cont = false // "*Joint Statement from …*", "**Regional issues**": a heading
		}
		if para < 0 && !cont && !endsSentence(s) && !item && !preambleParagraph(s) {
			// A line on its own without final punctuation: the title, a
			// heading or a dateline without a dash.
			kind := blockHeading
			switch {
			case isDatelineLine(s) || dateFirstDateline(s, lx) > 0:
				kind = blockDateline
			case !seen[blockBody] && !seen[blockTitle]:
				kind = blockTitle
			}
			add(block{start, ln.e, kind})
			continue
		}
		if para < 0 && !item {
			if n := speakerLabel(s, lx); n > 0 {
				// "В.Путин: Уважаемый господин Президент, добрый день!":
				// the speaker opens the paragraph; the greeting is no
				// clause.
				add(block{start, start + n, blockSpeaker})
				start, _ = trimSpan(text, start+n, ln.e)
				if start >= ln.e && !cont {
					continue
				}
				if start >= ln.e {
					start = lines[i+1].s
				}
			}
		}
		if para < 0 {
			para = start
		}
		if !cont {
			if item {
				add(block{para, ln.e, blockBody})
				para = -1
			} else {
				flush(ln.e)
			}
		}
	}
	if para >= 0 {
		for i := len(lines) - 1; i >= 0; i-- {
			if lines[i].s < lines[i].e {
				flush(lines[i].e)
				break
			}
		}
	}
	return inlineNumbers(text, out)
}

// inlineNumbers splits the body paragraph after a numbered marker ("1.")
// where the next numbers follow inside it, each after a sentence ("… May,
// 2018. 2. The two Heads of State …"): a copy that ran numbered
// paragraphs together. Each number is a marker of its own; only the
// next number in turn counts, so "… rose by 2. The …" stays text.
func inlineNumbers(text string, blocks []block) []block {
	var out []block
	n := 0 // the number of the last marker, or 0
	for _, b := range blocks {
		switch {
		case b.kind == blockMarker:
			n = markerNumber(text[b.start:b.end])
		case b.kind == blockBody && n > 0:
			start := b.start
			for i := start; i < b.end; {
				want := strconv.Itoa(n+1) + ". "
				k := strings.Index(text[i:b.end], ". "+want)
				if k < 0 {
					break
				}
				num := i + k + 2
				after := num + len(want)
				if after >= b.end || !isCapitalised(text[after:b.end]) {
					i = num
					continue
				}
				out = append(out, block{start, num - 1, blockBody}, block{num, num + len(want) - 1, blockMarker})
				start, n, i = after, n+1, after
			}
			out = append(out, block{start, b.end, blockBody})
			n = 0
			continue
		default:
			n = 0
		}
		out = append(out, b)
	}
	return out
}

// markerNumber returns the number of a marker "12." or "12. ", else 0.
func markerNumber(m string) int {
	m = strings.TrimSpace(m)
	d, ok := strings.CutSuffix(m, ".")
	if !ok || d == "" || len(d) > 3 {
		return 0
	}
	v, err := strconv.Atoi(d)
	if err != nil {
		return 0
	}
	return v
}

// hasSentenceVerb reports whether the lowercased line s holds a verb of
// the lexicon's [sentence-verb] section: "President X of Costa Rica met
// President Y of Panama." reports, where a photo caption of names and
// titles ("President X and Prime Minister Y signing the MOU.") shows.
func hasSentenceVerb(s string, lx *lexicon) bool {
	for i := 0; i < len(s); {
		if wordRuneLen(s, i) == 0 {
			i++
			continue
		}
		e := wordEnd(s, i)
		if lx.sentenceVerbs[s[i:e]] {
			return true
		}
		i = e
	}
	return false
}

// allCapitalised reports whether s holds one to three words, the first
// capitalised ("Xinhua", "Thanh tra"): the name of an agency.
func allCapitalised(s string) bool {
	f := strings.Fields(s)
	return len(f) >= 1 && len(f) <= 3 && isCapitalised(f[0])
}

// agencyDash returns the length of a news site's or agency's name of one
// word and a dash that open the first paragraph ("Khaberni - A joint
// statement was issued …"), with the space after, or 0: a word that names
// no state, before a capitalised sentence.
func agencyDash(s string) int {
	w := firstWordOf(s)
	if w == "" || len(w) > 24 || !isCapitalised(w) {
		return 0
	}
	for _, d := range []string{" - ", " – ", " — "} {
		if rest, ok := strings.CutPrefix(s[len(w):], d); ok && isCapitalised(rest) && len(rest) > 40 {
			if _, err := ParseParty(w); err == nil {
				return 0 // "Vietnam – Russia …"
			}
			return len(w) + len(d)
		}
	}
	return 0
}

// agencyOnly reports whether a dateline line is a news site's name and a
// dash alone ("Khaberni - "), read by agencyDash: no place.
func agencyOnly(line string, lx *lexicon) bool {
	t := strings.TrimRight(line, " -–—")
	return t == firstWordOf(line) && dateline(line, lx) == 0 && !lx.placeLow[lowerWord(t)]
}

// sourcedDate reports a line of at most datelineAlone bytes that is a
// name, a colon or a bar, and one day alone ("Sierra Leone Telegraph: 24
// October 2018:", "The Herald | 3 May 2024").
func sourcedDate(s string, lx *lexicon) bool {
	if len(s) > datelineAlone || !hasDigit(s) {
		return false
	}
	t := strings.TrimRight(s, " :|")
	k := strings.LastIndexAny(t, ":|")
	if k <= 0 || !hasLetterOrDigit(t[:k]) {
		return false
	}
	rest := strings.TrimSpace(t[k+1:])
	if rest == "" {
		return false
	}
	for m := range timeline.ExtractDatesWith(rest, timeline.ExtractOptions{Language: language.Make(lx.lang)}) {
		return m.Start == 0 && m.End == len(rest) && m.Precision == timeline.PrecisionDay
	}
	return false
}

// datelineAlone bounds a line that is a dateline and nothing else, read
// as one anywhere in the text ("Владивосток, 25 апреля - DIXINEWS.").
const datelineAlone = 80

// wrapWidth returns the width (in letters) the text's lines were wrapped at,
// or 0 when they were not: a text is hard-wrapped when at least three of
// its lines, and a quarter of them, are 40 to 110 letters long and do not end
// a sentence.
func wrapWidth(text string, lines []line) int {
	n, cut, widest := 0, 0, 0
	for _, ln := range lines {
		if ln.s == ln.e {
			continue
		}
		n++
		if b := ln.e - ln.s; b < 40 || b > 110*utf8.UTFMax {
			continue // under 40 letters, or over 110: no rune to count
		}
		l := utf8.RuneCountInString(text[ln.s:ln.e]) // letters, not bytes: "Nhận lời mời" is 12 letters, 19 bytes
		if l >= 40 && l <= 110 && !endsSentence(text[ln.s:ln.e]) {
			cut++
			widest = max(widest, l)
		}
	}
	// A copy may mix wrapped paragraphs with unwrapped ones (a long line
	// or two): the wrapped lines decide.
	if cut < 3 || cut*4 < n {
		return 0
	}
	return widest
}

// continues reports whether the paragraph goes on from line s to the next
// line: the next line is not blank, a list marker or a caption, and either
// s does not end a sentence and the next line reads on (a lowercase start,
// s ending in a joining word or punctuation), or the text is hard-wrapped
// and s fills the width. inPara says whether s already continues a
// paragraph.
func continues(s, next, nextLow string, inPara bool, width int, lx *lexicon) bool {
	if rangeAcrossLines(s, next) {
		return true
	}
	if next == "" || listMarker(next) > 0 || isCaption(nextLow, lx) || !hasLetterOrDigit(next) {
		return false // a line of marks alone (".", "***") goes on nothing
	}
	if !inPara && dateline(next, lx) > 0 {
		return false // a title over its dateline ("…Korean Prime Minister\nUlaanbaatar, February 15, 2023 /MONTSAME/.")
	}
	l := utf8.RuneCountInString(s)
	full := width > 0 && l*10 >= width*6
	if endsSentence(s) {
		return full && inPara || full && l*10 >= width*8
	}
	if full {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if last == ',' && isCapitalised(next) && lx.stanceFirst[lowerWord(firstWordOf(next))] {
		// "…of the European Union,\nEmphasizing that …": a preamble's
		// paragraphs each open with a verb of stance.
		return false
	}
	switch last {
	case ',', '-', '–', '—', '(', '/', '&':
		return true
	}
	first, _ := utf8.DecodeRuneInString(next)
	if first >= 'a' && first <= 'z' {
		return true
	}
	w := lastWordOf(s)
	// A closed-class word ends no heading: "In a warm and friendly
	// atmosphere, the two\nPrime Ministers concluded …" is a wrapped
	// paragraph's first line.
	n := countWords(s)
	return lx.closedWord(lowerWord(w)) && (inPara || n >= 4 || n == 1) // "The\nUnion Minister also …"
}

// rangeAcrossLines reports whether a range of numbers is broken before its
// dash: "… from 15th" then "– 16th July 2022" is one range, not a list
// item.
func rangeAcrossLines(s, next string) bool {
	w := lastWordOf(s)
	if w == "" || !hasDigit(w) {
		return false
	}
	for _, d := range []string{"– ", "— ", "- "} {
		if rest, ok := strings.CutPrefix(next, d); ok && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
	}
	return false
}

// nextTextLine returns the index of the first line from i on that holds
// text, when one blank line stands before it, else -1.
func nextTextLine(lines []line, i int) int {
	if i+1 < len(lines) && lines[i].s >= lines[i].e && lines[i+1].s < lines[i+1].e {
		return i + 1
	}
	return -1
}

// brokenAcrossBlank reports whether a line that ends no sentence goes on
// in next, past a blank line: next starts with a lowercase letter, or the
// line ends with a closed-class word ("on the sidelines of the") that is
// not an adverb of [subject-trail], which may end a phrase ("together").
func brokenAcrossBlank(s, next string, lx *lexicon) bool {
	if listMarker(next) > 0 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) {
		return true
	}
	w := lowerWord(lastWordOf(s))
	return utf8.RuneCountInString(s) > 40 && lx.closedWord(w) && !lx.trail[w] // "… can only be countered together" may end a title
}

// doubleSpaced reports whether a copy put a blank line after every wrapped
// line: at least three lines of 40 to 110 letters before a blank line end
// in the middle of a phrase (a letter or a digit, no punctuation), and they
// are half or more of the lines before a blank line. A declaration's
// preamble, whose paragraphs end with commas, is not such a copy.
func doubleSpaced(text string, lines []line) bool {
	mid, before := 0, 0
	for i, ln := range lines {
		if ln.s == ln.e || nextTextLine(lines, i+1) < 0 {
			continue
		}
		before++
		s := text[ln.s:ln.e]
		if l := utf8.RuneCountInString(s); l < 40 || l > 110 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s); unicode.IsLetter(r) || unicode.IsDigit(r) {
			mid++
		}
	}
	return mid >= 3 && mid*2 >= before
}

// wrappedAcrossBlank reports whether a line that ends no sentence, in a
// copy that put a blank line after every wrapped line (doubleSpaced: "At
// the invitation of His Excellency X,\n\nPresident of …, His Excellency
// Y\n\nZ, paid a State Visit to\n\n…"), goes on past the blank line: it
// ends with a comma or a joining mark, or, once the text's body has begun,
// it fills the width the text was wrapped at (a title may fill it too).
func wrappedAcrossBlank(s string, width int, inBody bool) bool {
	if width == 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case ',', '-', '–', '—', '(', '/', '&':
		return true
	}
	return inBody && utf8.RuneCountInString(s)*10 >= width*8
}

// endsSentence reports whether a line ends with sentence punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "*_ ")
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case '.', '!', '?', ':', ';', '"', '”', '’', '\'':
		return true
	case ')':
		// "(Xinhua)" and "(VNA)" end a byline, not a sentence.
		if i := strings.LastIndexByte(s, '('); i >= 0 && i+1 < len(s) && !strings.ContainsAny(s[i:], " .") {
			return false
		}
		return true
	}
	return false
}

// listMarker returns the length of a list marker at the start of s, with
// the space after it: "1. ", "12) ", "1/ ", "1.At" (no space: 2), "(a) ", "a) ",
// "iv) ", "• ", "- ", "* " ("*Bold*" is emphasis, not a marker). 0 when s
// starts with none.
func listMarker(s string) int {
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '-' || s[i] == '/') && s[i+1] == ' ' {
		return i + 2 // "1- Nhận lời mời", "1/ The two sides held …"
	}
	if n := subsectionMarker(s, i); n > 0 {
		return n // "1.1. Стороны подтверждают …", "2.3 The Sides …"
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		j := i + 1
		if j < len(s) && s[j] >= 'A' && s[j] <= 'Z' { // "1.At the invitation"
			return j
		}
		if j < len(s) && s[j] == ' ' {
			return j + 1
		}
		return 0
	}
	if i > 0 {
		return 0
	}
	// "(1) ", "(12) ".
	if len(s) > 3 && s[0] == '(' {
		k := 1
		for k < len(s) && k < 4 && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > 1 && k+1 < len(s) && s[k] == ')' && s[k+1] == ' ' {
			return k + 2
		}
	}
	// "(a) ", "(iv) ", "a) ", "iv) ".
	j := 0
	if len(s) > 0 && s[0] == '(' {
		j = 1
	}
	k := j
	for k < len(s) && k-j < 4 && s[k] >= 'a' && s[k] <= 'z' {
		k++
	}
	if k > j && k+1 < len(s) && s[k] == ')' && s[k+1] == ' ' && (k-j == 1 || isRoman(s[j:k])) {
		return k + 2
	}
	// "II. ", "VI. ": a section's Roman numeral; of the single letters only
	// "I." ("V. Putin" is an initial).
	k = 0
	for k < len(s) && k < 5 && strings.IndexByte("IVXL", s[k]) >= 0 {
		k++
	}
	if k > 0 && k+1 < len(s) && s[k] == '.' && s[k+1] == ' ' && (k > 1 || s[0] == 'I') {
		return k + 2
	}
	for _, d := range []string{"-", "–", "—"} {
		// "-Москва ждет …": a dash glued to a capitalised word.
		if rest, ok := strings.CutPrefix(s, d); ok && isCapitalised(rest) {
			return len(d)
		}
	}
	for _, b := range []string{"• ", "· ", "- ", "* ", "– ", "— ", "▪ ", "○ ", "◦ ", "➢ ", "■ "} {
		if strings.HasPrefix(s, b) {
			return len(b)
		}
	}
	return pictographMarker(s)
}

// subsectionMarker returns the length of a numbered subsection's marker
// at the start of s, whose first number of digits ends at i, with the
// space after it: "1.1. ", "2.3.1 " before a capitalised word. 0 when s
// starts with none; "1.5 million" and "14.01.2025" are numbers.
func subsectionMarker(s string, i int) int {
	if i == 0 || i > 2 {
		return 0
	}
	groups := 1
	for i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && j-i <= 3 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i+1 || j-i > 3 {
			break
		}
		i, groups = j, groups+1
	}
	if groups < 2 || groups > 4 {
		return 0
	}
	dot := i < len(s) && (s[i] == '.' || s[i] == ')')
	if dot {
		i++
	}
	if i >= len(s) || s[i] != ' ' {
		return 0
	}
	if !dot && !isCapitalised(strings.TrimLeft(s[i:], " ")) {
		return 0
	}
	return i + 1
}

// pictographMarker returns the length of a run of pictographs that opens
// a line as a bullet does, with the spaces after it, when a word follows:
// flags and emoji of posts copied from messengers ("🇨🇿🇷🇺По итогам …",
// "✅ The two sides …", "📌 Hai bên …"). "№" and "©" are not bullets.
func pictographMarker(s string) int {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '№' || r == '©' || !(unicode.Is(unicode.So, r) || i > 0 && (r == '\ufe0f' || r == '\u200d')) {
			break
		}
		i += n
	}
	if i == 0 {
		return 0
	}
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	if r, _ := utf8.DecodeRuneInString(s[j:]); j < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“«'‘", r)) {
		return j
	}
	return 0
}

// isNameLine reports a short line of one sentence whose words are mostly
// capitalised — names and titles, as photo captions are — with no more than
// one lowercase word in three. A line that opens with a date ("Ngày
// 10/3/2015, tại Hà Nội, Trưởng Ban … đã tiếp …") reports an event; a
// caption puts its date last ("…, 4 July 2023.").
func isNameLine(s string) bool {
	if len(s) > 160 || strings.Count(s, ". ") > 0 || !strings.HasSuffix(s, ".") || opensWithDate(s) {
		return false
	}
	caps, words := 0, 0
	for i := 0; i < len(s); {
		if wordRuneLen(s, i) == 0 {
			i++
			continue
		}
		words++
		if isCapitalised(s[i:]) || s[i] >= '0' && s[i] <= '9' {
			caps++
		}
		i = wordEnd(s, i)
	}
	return words >= 3 && caps*3 >= words*2
}

// dateOpenWords bounds the words before the date of a line that opens
// with one.
const dateOpenWords = 4

// opensWithDate reports a digit within the first words of s with no comma
// before it ("Ngày 10/3/2015, …", "On 4 July …", "Vatican – Sáng
// hôm nay 12/3/2026, …" after a place and a dash), not a place's dateline ("New
// York, Sep 24").
func opensWithDate(s string) bool {
	words := 0
	for i := 0; i < len(s) && words <= dateOpenWords; i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			return true
		case c == ',':
			return false
		case c == ' ':
			if i+1 < len(s) && wordRuneLen(s, i+1) > 0 {
				words++ // a dash between a place and its date is no word
			}
		}
	}
	return false
}

// datelineBytes is how far into a text a dateline may stand.
const datelineBytes = 600

// hasLetterOrDigit reports whether s holds a letter or a digit.
// timeOfDay reports whether the line s is a time of day alone, as a
// page stamps its stories ("19:42", "9:05"): hours, a colon and minutes.
func timeOfDay(s string) bool {
	s = strings.TrimSpace(s)
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return false
	}
	hour := 0
	for _, d := range h + m {
		if d < '0' || d > '9' {
			return false
		}
	}
	for _, d := range h {
		hour = hour*10 + int(d-'0')
	}
	return hour <= 23 && m[0] <= '5'
}

func hasLetterOrDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if wordRuneLen(s, i) > 0 {
			return true
		}
	}
	return false
}

// emphasised reports a line set wholly in Markdown emphasis or as a
// Markdown heading: "*Joint Statement*", "**Regional issues**", "# Title".
func emphasised(s string) bool {
	return len(s) > 2 && (s[0] == '#' || (s[0] == '*' || s[0] == '_') && (s[len(s)-1] == '*' || s[len(s)-1] == '_'))
}

func isRoman(s string) bool {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("ivx", rune(s[i])) {
			return false
		}
	}
	return true
}

// dateline returns the length of a dateline that opens s, with the dash or
// colon that ends it and the space after: "ASTANA, July 3 (Xinhua) -- ",
// "WASHINGTON, D.C. — ", "NEW DELHI, 21 August 2024: ". A dateline starts
// with a place written in capitals, or holds a news agency in parentheses
// or a date; it ends within 80 bytes at a dash or a colon. 0 when s opens
// with none.
func dateline(s string, lx *lexicon) int {
	// "*Washington, D.C. —* President …": emphasis around a dateline.
	lead := 0
	for lead < len(s) && (s[lead] == '*' || s[lead] == '_') {
		lead++
	}
	if lead > 0 {
		n := dateline(s[lead:], lx)
		if n == 0 {
			return 0
		}
		n += lead
		for n < len(s) && (s[n] == '*' || s[n] == '_' || s[n] == ' ') {
			n++
		}
		return n
	}
	head := s[:min(len(s), 96)]
	if n := slashAgency(head); n > 0 && isCapitalised(s) {
		return n // "МОСКВА, 5 апреля. /ТАСС/. Министр …"
	}
	if i := strings.Index(head, ". "); i > 0 && i <= 60 && strings.Contains(head[:i], ",") && hasDigit(head[:i]) &&
		strings.ToUpper(head[:i]) == head[:i] && strings.ToLower(head[:i]) != head[:i] {
		return i + 2 // "YEREVAN, MAY 12, ARMENPRESS. Caretaker …": a dateline in capitals
	}
	if n := dateParenLead(head, lx); n > 0 {
		return n // "October 11 (EI) – Ethiopian …", "15-4-2024 (SINGAPORE) In a bid …"
	}
	if n := placeDateLead(head, lx); n > 0 {
		return n // "Riyadh, January 31, 2024, A joint statement …", "Beirut, January 14 (Petra) Prime Minister …"
	}
	best := -1
	sepLen := 0
	// A dateline alone on its line ends with its separator.
	for _, sep := range []string{":", " —", " --", " –", " -"} {
		if len(s) <= 80 && strings.HasSuffix(s, sep) && len(s) > len(sep) {
			best, sepLen = len(s)-len(sep), len(sep)
			break
		}
	}
	for _, sep := range []string{" — ", " -- ", " – ", " - ", "—", ": ", "– ", ".- "} { // "Riyadh– A …", "Asunción, Agencia IP.- The …"
		if i := strings.Index(head, sep); i > 0 && i <= 80 && (best < 0 || i < best) && !(best >= 0 && sepLen <= 3 && best == len(s)-sepLen) {
			best, sepLen = i, len(sep)
		}
	}
	if best < 0 {
		return 0
	}
	pre := s[:best]
	if strings.ContainsAny(pre, ";!?") || strings.Contains(pre, ". ") && !strings.Contains(pre, ".C.") && !placeDotDate(pre, lx) {
		return 0
	}
	if t := strings.TrimSpace(pre); len(t) > 2 && len(t) <= 24 && t[0] == '(' && t[len(t)-1] == ')' && allCapitalised(t[1:len(t)-1]) || siteName(t) {
		// "(VOV5) - Việt Nam và …", "(Xinhua) --", "(Thanh tra) - …": an
		// agency alone; "VTV.vn - …": a news site.
		n := best + sepLen
		for n < len(s) && s[n] == ' ' {
			n++
		}
		return n
	}
	first := pre
	if i := strings.IndexAny(pre, ",(|"); i >= 0 { // "Dar es Salaam | RedPepper Digital –"
		first = pre[:i]
	}
	if i := strings.Index(first, ". "); i >= 0 {
		first = first[:i] // "Москва. 14 января. INTERFAX.RU"
	}
	first = strings.TrimSpace(first)
	caps := len(first) >= 2 && strings.ToUpper(first) == first && strings.ToLower(first) != first
	agency := strings.Contains(pre, "(") && strings.HasSuffix(strings.TrimSpace(pre), ")")
	known := lx.placeLow[lowerWord(first)]
	if !caps && !(agency && isCapitalised(first)) && !(isCapitalised(first) && strings.Contains(pre, ",") && hasDigit(pre)) && !known {
		return 0
	}
	n := best + sepLen
	for n < len(s) && s[n] == ' ' {
		n++
	}
	n += agencyAfter(s[n:])
	return n + dateParenLead(s[n:], lx) // "ADDIS ABABA: October 11 (EI) – "
}

// dateParenLead returns the length of a dateline that opens with a date
// (a month name or digits, no more than 20 bytes, with a digit) and an
// agency or place in parentheses, capitalised, then a dash, a colon or
// nothing before a capitalised word: "October 11 (EI) – ", "15-4-2024
// (SINGAPORE) ". 0 when s opens with none.
func dateParenLead(s string, lx *lexicon) int {
	i := strings.IndexByte(s, '(')
	if i < 2 || i > 21 || !hasDigit(s[:i]) {
		return 0
	}
	for _, r := range s[:i] {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(" ,./-", r)) {
			return 0
		}
	}
	if !wholeDate(strings.TrimSpace(s[:i]), lx) {
		return 0
	}
	j := strings.IndexByte(s[i:], ')')
	if j < 2 || j > 25 || !isCapitalised(s[i+1:]) {
		return 0
	}
	n := i + j + 1
	rest := strings.TrimLeft(s[n:], " ")
	for _, sep := range []string{"--", "—", "–", "-", ":"} {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			rest = strings.TrimLeft(r, " ")
			break
		}
	}
	if !isCapitalised(rest) {
		return 0
	}
	return len(s) - len(rest)
}

// wholeDate reports whether d is one date, with its year or without
// ("15-4-2024", "October 11"), as the lexicon's language writes dates.
func wholeDate(d string, lx *lexicon) bool {
	opts := timeline.ExtractOptions{Language: language.Make(lx.lang)}
	for _, t := range []string{d, d + ", 2000"} {
		for m := range timeline.ExtractDatesWith(t, opts) {
			if m.Start == 0 && m.End >= len(d) {
				return true
			}
			break
		}
	}
	return false
}

// slashAgency returns the length of a dateline that ends with a news
// agency between slashes and a period, "PLACE, date. /AGENCY/. ", or 0.
func slashAgency(head string) int {
	i := strings.Index(head, "/. ")
	if i < 0 {
		return 0
	}
	j := strings.LastIndexByte(head[:i], '/')
	if j < 4 || i-j > 24 || !strings.Contains(head[:j], ",") || !hasDigit(head[:j]) {
		return 0
	}
	return i + len("/. ")
}

// agencyAfter returns the length of a news agency's name that follows a
// dateline's dash and ends with a period ("— РИА Новости. ", "— ИА
// Регнум. "): at most three capitalised words before the period and a
// capitalised word after it, or the end of the line ("- DIXINEWS."); else
// 0.
func agencyAfter(s string) int {
	i := strings.Index(s[:min(len(s), 32)], ". ")
	if t := strings.TrimRight(s, " \r"); i < 0 && len(t) <= 32 && strings.HasSuffix(t, ".") {
		i = len(t) - 1 // "… - DIXINEWS." ending its line
	} else if i <= 0 || i+2 >= len(s) || !isCapitalised(s[i+2:]) {
		return 0
	}
	words := strings.Fields(s[:i])
	if len(words) > 3 {
		return 0
	}
	for _, w := range words {
		if !isCapitalised(w) {
			return 0
		}
	}
	return min(i+2, len(s))
}

// placeDotDate reports a dateline whose parts end with periods: a known
// place, a date and an agency ("Москва. 14 января. INTERFAX.RU").
func placeDotDate(pre string, lx *lexicon) bool {
	parts := strings.Split(pre, ". ")
	return len(parts) <= 3 && lx.placeLow[lowerWord(strings.TrimSpace(parts[0]))] && hasDigit(parts[1])
}

// isDatelineLine reports a short line that names a place and a date and
// nothing else ("Tokyo, 2 May 2025", "New Delhi, September 21, 2024").
func isDatelineLine(s string) bool {
	if len(s) > 60 || !strings.Contains(s, ",") || !hasDigit(s) {
		return false
	}
	place, _, _ := strings.Cut(s, ",")
	// "On August 15, 2018 In Statements and Speeches", a blog's post
	// line: a place holds no digit.
	return isCapitalised(strings.TrimSpace(place)) && len(strings.Fields(place)) <= 4 && !hasDigit(place)
}

// titleCaseLeadIn reports a short line in title case that ends with a
// colon ("Historical Ties and Relations:", "Trade and Investment:"): every
// word of four letters or more is capitalised, so no verb of a lead-in
// ("The two sides agreed to:") is among them.
func titleCaseLeadIn(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ":") || len(s) > 80 {
		return false
	}
	words := strings.Fields(strings.TrimSuffix(s, ":"))
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) >= 4 && !isCapitalised(w) {
			return false
		}
	}
	return true
}

// dateFirstDateline returns where the place starts in a short line that
// opens with a date and then names a place after a comma ("14 апреля 2026
// года, Москва, Кремль", "12 May 2026, London"), or 0.
func dateFirstDateline(s string, lx *lexicon) int {
	if len(s) > 80 {
		return 0
	}
	for m := range timeline.ExtractDatesWith(s, timeline.ExtractOptions{Language: language.Make(lx.lang)}) {
		if m.Start != 0 || m.Precision != timeline.PrecisionDay {
			return 0
		}
		rest := s[m.End:]
		if !strings.HasPrefix(rest, ", ") || !isCapitalised(rest[2:]) || hasDigit(rest) {
			return 0
		}
		return m.End + 2
	}
	return 0
}

// isCapitalised reports whether s starts with a capital letter of any
// script ("India", "Việt", "Đà", "Россия").
func isCapitalised(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return s[0] >= 'A' && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// isCaption reports photo captions, credits and image file names; line is
// lowercased.
func isCaption(line string, lx *lexicon) bool {
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp"} {
		if strings.HasSuffix(line, ext) {
			return true
		}
	}
	for _, c := range lx.captions {
		// "source:" opens a credit; "(photo:" and "photo provided by" may
		// stand anywhere in one.
		if strings.HasSuffix(c, ":") && c[0] != '(' && c[0] != '|' {
			if strings.HasPrefix(line, c) {
				return true
			}
		} else if strings.Contains(line, c) {
			return true
		}
	}
	return false
}

// placeOfDateline returns the place a dateline names, in the case a
// sentence would write it: "NEW DELHI, 21 August" → "New Delhi";
// "WASHINGTON, D.C. —" → "Washington, D.C.".
// siteName reports whether s is one word naming a web site by its domain:
// letters, a dot and two or three final letters ("TTH.VN", "INTERFAX.RU"),
// not dotted initials ("D.C.").
func siteName(s string) bool {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || strings.ContainsAny(s, " ") || len(s)-i-1 < 2 || len(s)-i-1 > 3 {
		return false
	}
	for _, r := range s[i+1:] {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return unicode.IsLetter(rune(s[i-1]))
}

func placeOfDateline(s string, lx *lexicon) string {
	s = s[clockPrefix(s):]
	s = strings.Trim(s, "*_ ")
	s = strings.TrimRight(s, "-–—:*_ ")
	if i := strings.IndexAny(s, "(|"); i >= 0 {
		s = strings.TrimSpace(s[:i]) // "Hanoi (VNA)", "Dar es Salaam | RedPepper Digital"
	}
	if i := strings.Index(s, ". "); i >= 0 && !strings.Contains(s[:i], ".") {
		s = s[:i] // "Москва. 3 марта. INTERFAX.RU"
	}
	if i := strings.Index(s, ": "); i > 0 {
		s = s[:i] // "ADDIS ABABA: October 11 (EI)"
	}
	place, rest, _ := strings.Cut(s, ",")
	if siteName(strings.TrimSpace(place)) {
		return "" // "TTH.VN - …": a news site, not a place
	}
	rest = strings.TrimSpace(rest)
	if rest != "" && !hasDigit(rest) && len(rest) <= 6 && strings.ToUpper(rest) == rest {
		place += ", " + rest // "D.C."
	}
	if strings.ToUpper(place) != place {
		return strings.TrimSpace(place)
	}
	var b strings.Builder
	for i, w := range strings.Fields(place) {
		if i > 0 {
			b.WriteByte(' ')
		}
		if strings.Contains(w, ".") || len(w) <= 1 {
			b.WriteString(w) // "D.C."
			continue
		}
		if i > 0 && lx.placeParticle[strings.ToLower(w)] {
			b.WriteString(strings.ToLower(w)) // "PORT OF SPAIN": "Port of Spain"
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
		b.WriteString(strings.ToLower(w[n:]))
	}
	return b.String()
}

// firstWordOf returns the first word of s: its letters up to the first
// byte that is not one.
func firstWordOf(s string) string {
	return s[:wordEnd(s, 0)]
}

// preambleParagraph reports a line on its own that ends with a comma and
// is too long for a heading: a paragraph of a declaration's preamble
// ("Reaffirming the objectives …,").
func preambleParagraph(s string) bool {
	return strings.HasSuffix(s, ",") && utf8.RuneCountInString(s) > 60
}

// creditBytes bounds a photo credit that ends a caption line.
const creditBytes = 64

// endsWithCredit reports a line on its own, between blank lines, whose
// last sentence is a photo credit ("… từ Hà Nội. Ảnh: BNG.", "… in Oslo.
// Photo: NTB"): a caption with its credit.
func endsWithCredit(line string, lines []line, i int, lx *lexicon) bool {
	if i+1 < len(lines) && lines[i+1].s < lines[i+1].e {
		return false // the paragraph goes on
	}
	j := strings.LastIndex(strings.TrimRight(line, ". "), ". ")
	if j < 0 || len(line)-j > creditBytes {
		return false
	}
	credit := line[j+2:]
	for _, c := range lx.captions {
		if strings.HasSuffix(c, ":") && c[0] != '(' && strings.HasPrefix(credit, c) {
			return true
		}
	}
	return false
}

// datelinePlaceWords bounds the words of a dateline's place.
const datelinePlaceWords = 3

// placeDateLead returns the length of a dateline written as a place, a
// comma and a date, closed by a comma or an agency in parentheses before
// a capitalised word ("Riyadh, January 31, 2024, A joint …", "Beirut,
// January 14 (Petra) Prime Minister …"); 0 when head opens with none.
func placeDateLead(head string, lx *lexicon) int {
	if strings.HasPrefix(head, "(") {
		// "( February 11, Islamabad, Sri Lanka Guardian) On the
		// invitation …": a dateline in parentheses, date first.
		if k := strings.IndexByte(head, ')'); k > 4 && k <= 64 && k+2 < len(head) && head[k+1] == ' ' && isCapitalised(head[k+2:]) {
			inner := strings.TrimSpace(head[1:k])
			for m := range timeline.ExtractDatesWith(inner, timeline.ExtractOptions{Language: language.Make(lx.lang), Year: 2000}) {
				if m.Start == 0 && strings.HasPrefix(inner[m.End:], ",") {
					return k + 2
				}
				break
			}
		}
		return 0
	}
	if n := clockPrefix(head); n > 0 {
		// "08:30 | Macas (Ecuador), Oct. 8.": the page's time of day first.
		if m := placeDateLead(head[n:], lx); m > 0 {
			return n + m
		}
		return 0
	}
	c := strings.Index(head, ", ")
	if c <= 0 || len(strings.Fields(head[:c])) > datelinePlaceWords || !isCapitalised(head) || strings.ContainsAny(head[:c], ".;:!?") {
		return 0
	}
	rest := head[c+2:]
	e := -1
	for m := range timeline.ExtractDatesWith(rest, timeline.ExtractOptions{Language: language.Make(lx.lang), Year: 2000}) {
		if m.Start == 0 {
			e = m.End
		}
		break
	}
	if e <= 0 {
		return 0
	}
	after := rest[e:]
	switch {
	case strings.HasPrefix(after, ", ") && isCapitalised(after[2:]):
		if n := agencyAfter(after[2:]); n > 0 {
			return c + 2 + e + 2 + n // "МОСКВА, 10 мая, ФедералПресс. В Москве …"
		}
		return c + 2 + e + 2
	case strings.HasPrefix(after, " ("):
		if k := strings.Index(after, ") "); k > 2 && k <= 24 && isCapitalised(after[k+2:]) {
			return c + 2 + e + k + 2
		}
		for _, sep := range []string{")-- ", ")— ", ")– ", ")- "} {
			// "Caracas, November 2 (RHC)-- The President …"
			if k := strings.Index(after, sep); k > 2 && k <= 24 && isCapitalised(after[k+len(sep):]) {
				return c + 2 + e + k + len(sep)
			}
		}
	case after == "." || after == ".\r":
		return c + 2 + e + 1 // "Macas (Ecuador), Oct. 8." alone on its line
	case strings.HasPrefix(after, ". ") && isCapitalised(after[2:]):
		return c + 2 + e + 2 // "Arica (Chile), May 12. The fourth …"
	}
	return 0
}

// titledSpeakerLine returns the length of s when s is a speaker's line of
// its own: a name, a comma and an office of the lexicon, closed by a colon
// ("Касым-Жомарт ТОКАЕВ, ПРЕЗИДЕНТ РЕСПУБЛИКИ КАЗАХСТАН:", "Jane Doe,
// Minister of Trade:"), the speech on the lines after. It returns 0
// otherwise.
func titledSpeakerLine(s string, lx *lexicon) int {
	t := strings.TrimRight(s, " \r")
	if !strings.HasSuffix(t, ":") || len(t) > 160 || strings.Count(t, ":") > 1 {
		return 0
	}
	name, office, ok := strings.Cut(t[:len(t)-1], ", ")
	if !ok || strings.Contains(office, ",") || name == "" {
		return 0
	}
	if strings.Count(name, " ") >= speakerLabelWords {
		return 0
	}
	for w := range strings.FieldsSeq(name) {
		if !isCapitalised(w) {
			return 0
		}
	}
	low := lowerWord(office)
	for _, o := range lx.officeNames {
		if low == o || strings.HasPrefix(low, o+" ") {
			return len(s)
		}
	}
	return 0
}

// speakerLabelWords bounds the words of a speaker's name that opens a line
// of a transcript.
const speakerLabelWords = 4

// speakerLabel returns the length of a speaker's name and its colon or
// dash that open the line s of a transcript ("В.Путин: ", "Д. Сассу-Нгессо:
// ", "Nikol Pashinyan – "), with the greetings after it: sentences of at
// most 80 bytes ending with "!" or "." that open with a word of the
// lexicon's [salutation] section ("Уважаемый господин Президент, добрый
// день!", "Дорогие друзья!", "Dear Minister, dear friends."). It returns 0
// when the line does not open so.
func speakerLabel(s string, lx *lexicon) int {
	if n := titledSpeakerLine(s, lx); n > 0 {
		return n
	}
	i, words := 0, 0
	for words < speakerLabelWords {
		if i >= len(s) || !isCapitalised(s[i:]) {
			return 0
		}
		for i < len(s) && (wordRuneLen(s, i) > 0 || s[i] == '-' || s[i] == '.') {
			if wordRuneLen(s, i) > 0 {
				i += wordRuneLen(s, i)
			} else {
				i++
			}
		}
		words++
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, ": "):
			i += 2
		case strings.HasPrefix(rest, " – "), strings.HasPrefix(rest, " — "):
			i += len(" – ")
		case strings.HasPrefix(rest, " "):
			i++
			continue
		default:
			return 0
		}
		break
	}
	if words >= speakerLabelWords || i >= len(s) || s[i-1] != ' ' {
		return 0
	}
	if !strings.Contains(s[:i], ".") && words < 2 {
		return 0 // "Hanoi: …" is no speaker; "В.Путин:" and "Nikol Pashinyan –" are
	}
	if rest := lowerWord(s[i:min(len(s), i+48)]); s[i-2] != ':' {
		for _, o := range lx.officeNames {
			if strings.HasPrefix(rest, o+" ") {
				return 0 // "Kwame Boateng – President of the Republic of Ghana, …": his office, in apposition
			}
		}
	}
	// Greetings after the name.
	for {
		j := strings.IndexAny(s[i:], "!.")
		if j < 0 || j > 80 {
			break
		}
		g := strings.ToLower(s[i : i+j])
		first := g
		if k := strings.IndexAny(g, " ,"); k >= 0 {
			first = g[:k]
		}
		if !lx.salutations[first] {
			break
		}
		i += j + 1
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
	return i
}

// clockPrefix returns the length of a time of day and a separator that
// open s ("08:30 | ", "19:05 - "), or 0.
func clockPrefix(s string) int {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+3 > len(s) || s[i] != ':' || !hasClock(s[:i+3]) {
		return 0
	}
	i += 3
	j := i
	for j < len(s) && j-i < 4 && strings.IndexByte(" |-", s[j]) >= 0 {
		j++
	}
	if j == i || !strings.Contains(s[i:j], " ") {
		return 0
	}
	return j
}
