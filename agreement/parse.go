package agreement

import (
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/timeline"
)

// DefaultMaxBytes is the input limit of ParseCommunique when
// ParseOptions.MaxBytes is 0.
const DefaultMaxBytes = 1 << 20

// ParseOptions configures [ParseCommunique]. The zero value is ready to use.
type ParseOptions struct {
	// MaxBytes bounds the input; 0 means DefaultMaxBytes. Longer input fails
	// with ErrTooLarge after reading MaxBytes+1 bytes. Texts of 2 GiB and
	// more are refused whatever MaxBytes says.
	MaxBytes int64
	// Registry resolves instrument citations; nil means Builtin().
	Registry *Registry
	// Parties are the two sides, when the caller knows them. Otherwise the
	// parser takes the two states the text names most often, first named
	// first.
	Parties []Party
}

// ParseCommunique reads the English text of a joint communiqué, joint
// statement or news report of talks into a [Communique]:
//
//   - Kind from the text ("joint communiqué", "joint statement", "joint
//     declaration"; otherwise a news report), Title from a first line without
//     final punctuation, Issued from the first date range or day, Place from
//     the first city of a gazetteer of capitals and major cities.
//   - Sections: a line without final punctuation starts a new section with
//     that heading; numbered paragraphs ("1.", "2)") keep their number out of
//     the clause text. Photo captions ("(Photo: …)") and image file names
//     are skipped.
//   - Clauses: one per sentence (abbreviations and initials such as "M.V."
//     do not end one), split again where "and" or ", and" introduces a
//     second stance verb with a different stance ("committed to …, and
//     welcomed …"). Offsets slice the exact text out of the input.
//   - Actors from the subject: "the two sides", "both sides", "the leaders"
//     and the like give both parties; a country name or adjective ("the
//     Russian side", "Vietnam") gives that party, "his Russian counterpart"
//     adds the other; "They", "He", "It" repeat the previous clause's actors.
//   - Stance from the first stance verb of a documented lexicon
//     (parse_lexicon.go), negated by "did not", "not" and the like just
//     before it; no verb leaves StanceUnknown.
//   - Topics from the keyword lexicon of each topic.
//   - Mentions of dates ([timeline.ExtractDates]), figures and rates
//     ([trade.ExtractFigures]), instruments ([Registry.Citations]), parties
//     (state and organisation names) and places.
//
// Empty input, input that is not valid UTF-8 (the error names the byte
// offset) and input over MaxBytes are errors. ParseCommunique never panics.
func ParseCommunique(r io.Reader, opts ParseOptions) (*Communique, error) {
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	// Read into a strings.Builder, sized up front when the reader knows its
	// length: its String is the text without a second copy.
	var sb strings.Builder
	if l, ok := r.(interface{ Len() int }); ok {
		sb.Grow(int(min(int64(l.Len()), max) + 1))
	}
	n, err := io.Copy(&sb, io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if n > max {
		return nil, ErrTooLarge
	}
	return parseText(sb.String(), opts)
}

// ParseCommuniqueString is ParseCommunique on a string, which it reads in
// place.
func ParseCommuniqueString(text string, opts ParseOptions) (*Communique, error) {
	max := opts.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	if int64(len(text)) > max {
		return nil, ErrTooLarge
	}
	return parseText(text, opts)
}

func parseText(text string, opts ParseOptions) (*Communique, error) {
	if len(text) > math.MaxInt32 {
		return nil, ErrTooLarge // token offsets are int32, whatever MaxBytes says
	}
	if strings.TrimSpace(text) == "" {
		return nil, &ParseError{What: "communiqué", Input: text, Reason: "empty input"}
	}
	if !utf8.ValidString(text) {
		off := 0
		for off < len(text) {
			r, n := utf8.DecodeRuneInString(text[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return nil, &ParseError{What: "communiqué", Input: "", Reason: "invalid UTF-8 at byte " + strconv.Itoa(off)}
	}
	reg := opts.Registry
	if reg == nil {
		reg = Builtin()
	}
	p := &parser{text: text, reg: reg}
	p.low = asciiLower(text)
	p.toks = tokenize(p.low)
	c := &Communique{Version: SchemaVersion, Language: "en", Kind: kindOf(p.low)}
	p.collectMentions()
	p.parties = opts.Parties
	if len(p.parties) == 0 {
		p.parties = p.guessParties()
	}
	c.Parties = p.parties
	p.structure(c)
	// Issued: the first day or range of days in the text.
	c.Issued = issued(text)
	c.Place = firstPlace(text[:min(len(text), preambleBytes)])
	return c, nil
}

// preambleBytes is how much of the text is searched for the issue date
// and place: the preamble of a communiqué names them.
const preambleBytes = 2048

// issued returns the latest day or range of days named in the preamble,
// leaving out dates in parentheses (anniversary origins) and dates after
// "established", "founded" or "since" (history): the dates of the visit or
// the meeting. A text that names none has a zero Issued.
func issued(text string) timeline.Span {
	pre := text[:min(len(text), preambleBytes)]
	var best timeline.Span
	for m := range timeline.ExtractDates(pre) {
		if m.Precision != timeline.Day || inParens(pre, m.Start) {
			continue
		}
		before := strings.ToLower(pre[max(0, m.Start-20):m.Start])
		if strings.Contains(before, "established") || strings.Contains(before, "founded") || strings.Contains(before, "since") {
			continue
		}
		if best.IsZero() || m.Value.Start.After(best.Start) {
			best = m.Value
		}
	}
	return best
}

// inParens reports whether offset i lies inside parentheses on its line.
func inParens(s string, i int) bool {
	depth := 0
	for k := i - 1; k >= 0 && s[k] != '\n'; k-- {
		switch s[k] {
		case ')':
			depth--
		case '(':
			depth++
			if depth > 0 {
				return true
			}
		}
	}
	return false
}

// kindOf reads the kind of document from its lowercased text.
func kindOf(low string) CommuniqueKind {
	switch {
	case strings.Contains(low, "joint communiqué") || strings.Contains(low, "joint communique"):
		return JointCommuniqueKind
	case strings.Contains(low, "joint statement"):
		return JointStatementKind
	case strings.Contains(low, "joint declaration"):
		return JointDeclarationKind
	}
	return NewsReport
}

type parser struct {
	low          string    // text with ASCII letters lowercased
	toks         []tok     // the words of the text
	all          []Mention // every mention of the text, by start
	subjectStart int       // start of a clause that has its own subject, mid-sentence
	text         string
	reg          *Registry
	parties      []Party
	last         []Party // actors of the previous clause
	unscreened   bool    // look up every candidate name (tests compare)
}

// structure splits the text into lines, sections and clauses.
func (p *parser) structure(c *Communique) {
	s := p.text
	sec := Section{}
	first := true
	for pos := 0; pos < len(s); {
		end := strings.IndexByte(s[pos:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += pos
		}
		ls, le := trimSpan(s, pos, end)
		pos = end + 1
		if ls >= le {
			continue
		}
		line := s[ls:le]
		switch {
		case isCaption(line):
			continue
		case isHeading(line):
			if first && c.Title == "" {
				c.Title = line
			} else {
				if len(sec.Clauses) > 0 || sec.Heading != "" {
					c.Sections = append(c.Sections, sec)
				}
				sec = Section{Heading: line}
			}
			first = false
			continue
		}
		first = false
		// Numbered paragraph: "12. " or "12) ".
		if n := numberPrefix(line); n > 0 {
			ls += n
		}
		for _, sn := range sentences(s, ls, le) {
			sec.Clauses = append(sec.Clauses, p.clauses(sn[0], sn[1])...)
		}
	}
	if len(sec.Clauses) > 0 || sec.Heading != "" || len(c.Sections) == 0 {
		c.Sections = append(c.Sections, sec)
	}
}

func trimSpan(s string, a, b int) (int, int) {
	for a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r') {
		a++
	}
	for b > a && (s[b-1] == ' ' || s[b-1] == '\t' || s[b-1] == '\r') {
		b--
	}
	return a, b
}

// isCaption reports photo captions, credits and image file names.
func isCaption(line string) bool {
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp"} {
		if len(line) >= len(ext) && equalFoldASCII(line[len(line)-len(ext):], ext) {
			return true
		}
	}
	return strings.Contains(line, "(Photo:") || len(line) >= 6 && equalFoldASCII(line[:6], "photo:") ||
		containsFoldASCII(line, "photo provided by") || containsFoldASCII(line, "photo courtesy")
}

// equalFoldASCII reports whether s equals the lowercase ASCII word w,
// ignoring the case of ASCII letters in s.
func equalFoldASCII(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// containsFoldASCII reports whether s contains the lowercase ASCII phrase
// w in any ASCII letter case, without allocating.
func containsFoldASCII(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if c := s[i] | 0x20; c == w[0] && equalFoldASCII(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// isHeading reports a line that ends without sentence punctuation: a title,
// a section heading, a byline or a credit.
func isHeading(line string) bool {
	if len(line) > 200 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', '?', ':', ';', ',', ')', '"', '”', '’', '\'':
		return false
	}
	return true
}

func numberPrefix(line string) int {
	i := 0
	for i < len(line) && i < 4 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(line) || (line[i] != '.' && line[i] != ')') || line[i+1] != ' ' {
		return 0
	}
	return i + 2
}

var abbreviations = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "no": true, "nos": true,
	"prof": true, "gen": true, "gov": true, "sen": true, "rep": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "vs": true,
	"etc": true, "e.g": true, "i.e": true, "u.s": true, "u.k": true, "u.n": true, "inc": true, "ltd": true, "co": true, "art": true}

// sentences splits s[a:b] into sentence spans.
func sentences(s string, a, b int) [][2]int {
	var out [][2]int
	start := a
	depth := 0
	for i := a; i < b; i++ {
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
			for j < b && (s[j] == '"' || s[j] == ')' || s[j] == '\'') {
				j++
			}
			if j < b && s[j] != ' ' {
				continue
			}
			if j < b {
				k := j + 1
				for k < b && s[k] == ' ' {
					k++
				}
				if k < b && !(s[k] >= 'A' && s[k] <= 'Z' || s[k] >= '0' && s[k] <= '9' || s[k] == '"' || s[k] == '(' || s[k] >= 0x80) {
					continue
				}
			}
			if s[i] == '.' && isAbbrev(s, start, i) {
				continue
			}
			out = append(out, [2]int{start, j})
			for j < b && s[j] == ' ' {
				j++
			}
			start = j
			i = j - 1
		}
	}
	if ss, se := trimSpan(s, start, b); ss < se {
		out = append(out, [2]int{ss, se})
	}
	return out
}

// isAbbrev reports whether the period at i ends an abbreviation or an
// initial ("M.V.", "Mr.", "U.S.").
func isAbbrev(s string, from, i int) bool {
	k := i
	for k > from && s[k-1] != ' ' && s[k-1] != '(' {
		k--
	}
	w := strings.ToLower(s[k:i])
	if abbreviations[w] {
		return true
	}
	// Initials: single capital letters joined by periods ("M.V", "J").
	if len(w) > 0 {
		parts := strings.Split(s[k:i], ".")
		all := true
		for _, p := range parts {
			if len(p) != 1 || p[0] < 'A' || p[0] > 'Z' {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// verbAt is a stance verb found in a sentence.
type verbAt struct {
	start, end int
	stance     Stance
	negated    bool
}

// clauses splits the sentence s[a:b] at changes of stance and fills each clause.
func (p *parser) clauses(a, b int) []Clause {
	s := p.text
	verbs := p.verbsIn(a, b)
	var out []Clause
	if len(verbs) == 0 {
		return []Clause{p.fill(a, b, a, verbAt{})}
	}
	// Directly coordinated verbs ("discussed and agreed on …") govern one
	// object: the last of them sets the stance.
	for k := 0; k+1 < len(verbs); {
		if gap := s[verbs[k].end:verbs[k+1].start]; gap == " and " || gap == ", and " {
			verbs = append(verbs[:k], verbs[k+1:]...)
			continue
		}
		k++
	}
	main := verbs[0]
	cs := a
	for _, v := range verbs[1:] {
		if v.stance == main.stance {
			continue
		}
		// A second verb with another stance, introduced by "and": split.
		before := strings.TrimRight(s[cs:v.start], " ")
		// "… and the Kazakh side expressed …": a new subject of at most four
		// words, naming a side or a party, after "and".
		for _, sep := range []string{" and ", "; "} {
			i := strings.LastIndex(before, sep)
			if i < 0 || cs+i <= main.end {
				continue
			}
			if subj := before[i+len(sep):]; len(strings.Fields(subj)) <= 4 && p.namesSide(subj) {
				cut := cs + i
				if sep == " and " && strings.HasSuffix(s[cs:cut], ",") {
					cut--
				}
				out = append(out, p.fill(cs, cut, a, main))
				cs, main = cs+i+len(sep), v
				p.subjectStart = cs
				break
			}
		}
		if main == v {
			continue
		}
		var cut int
		switch {
		case strings.HasSuffix(before, ", and"):
			cut = cs + len(before) - len(", and")
		case strings.HasSuffix(before, " and"):
			cut = cs + len(before) - len(" and")
		case strings.HasSuffix(before, "; and"):
			cut = cs + len(before) - len("; and")
		default:
			continue
		}
		if cut <= main.end {
			continue
		}
		// "emphasised the importance of and supported …" shares its object:
		// no split after a preposition.
		if w := lastWordOf(strings.TrimRight(p.text[cs:cut], " ")); isPreposition(w) {
			continue
		}
		out = append(out, p.fill(cs, cut, a, main))
		cs, main = v.start, v
	}
	out = append(out, p.fill(cs, b, a, main))
	return out
}

// nounContext are words after which a stance word is a noun or adjective
// ("mutual support", "a note", "the agreed text").
var nounContext = []string{"mutual", "the", "a", "an", "their", "its", "our", "his", "her", "for", "of", "with", "and support", "full", "strong", "warm", "this", "that", "these", "those"}

// fill builds the clause s[a:b] of the sentence starting at sent with the
// governing verb v.
func (p *parser) fill(a, b, sent int, v verbAt) Clause {
	a, b = trimSpan(p.text, a, b)
	text := p.text[a:b]
	cl := Clause{Text: text, Start: a, End: b, Stance: v.stance, Negated: v.negated}
	if v.stance == StanceUnknown {
		cl.Negated = false
	}
	// Actors: the subject is the sentence text before the first verb.
	subjEnd := b
	if v.start > 0 && v.start >= sent {
		subjEnd = v.start
	}
	switch {
	case v.stance != StanceUnknown && v.start == sent:
		// "It was agreed that …": an impersonal passive speaks for both sides.
		cl.Actors = p.parties
	case a == sent || v.start == 0:
		cl.Actors = p.actors(subjectOf(p.text[sent:min(subjEnd, b)]))
	case a == p.subjectStart && v.start > a:
		cl.Actors = p.actors(p.text[a:v.start])
	default:
		cl.Actors = p.last
	}
	if len(cl.Actors) > 0 {
		p.last = cl.Actors
	}
	cl.Topics = p.topicsIn(a, b)
	cl.Mentions = p.mentionsIn(a, b)
	return cl
}

// actors reads the parties of a subject.
func (p *parser) actors(subject string) []Party {
	low := asciiLower(subject) // ASCII only, so offsets match subject's
	for _, w := range bothSides {
		if containsWord(low, w) {
			return p.parties
		}
	}
	if first, n := firstField(low); n > 0 {
		switch strings.Trim(first, ",") {
		case "they":
			// "They" is plural: it repeats plural actors, and after a single
			// side ("the Vietnamese side … They …") means both sides.
			if len(p.last) >= 2 {
				return p.last
			}
			return p.parties
		case "he", "she", "it":
			if n <= 3 || len(p.last) > 0 {
				return p.last
			}
		}
	}
	var out []Party
	add := func(pt Party) {
		for _, q := range out {
			if q == pt {
				return
			}
		}
		out = append(out, pt)
	}
	p.eachPartyMention(subject, 0, func(m Mention) bool {
		if m.Party.Kind() == State {
			add(m.Party)
		}
		return true
	})
	// Demonyms in the order the subject names them.
	for i := 0; i < len(low); {
		if !isWordByte(low[i]) {
			i++
			continue
		}
		j := wordEnd(low, i)
		if code, ok := demonyms[low[i:j]]; ok && demonymUse(subject, j) {
			add(Party{code})
		} else if j+1 < len(low) && low[j] == ' ' {
			k := wordEnd(low, j+1)
			if code, ok := demonyms[low[i:k]]; ok && demonymUse(subject, k) { // "south african"
				add(Party{code})
				j = k
			}
		}
		i = j
	}
	if len(out) == 1 && containsWord(low, "counterpart") && len(p.parties) == 2 {
		for _, q := range p.parties {
			add(q)
		}
	}
	// Keep the order of the communiqué's parties.
	ordered := out[:0:0]
	for _, q := range p.parties {
		for _, o := range out {
			if o == q {
				ordered = append(ordered, q)
			}
		}
	}
	for _, o := range out {
		found := false
		for _, q := range ordered {
			found = found || q == o
		}
		if !found {
			ordered = append(ordered, o)
		}
	}
	if len(ordered) == 0 {
		return nil
	}
	return ordered
}

func containsWord(s, w string) bool { return indexWord(s, w) >= 0 }

// firstField returns the first space-separated field of s and the number
// of fields, as strings.Fields would, without allocating.
func firstField(s string) (first string, n int) {
	for i := 0; i < len(s); {
		if isSpaceASCII(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && !isSpaceASCII(s[j]) {
			j++
		}
		if n == 0 {
			first = s[i:j]
		}
		n++
		i = j
	}
	return first, n
}

func isSpaceASCII(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// eachPartyMention finds names of states and organisations in text: runs
// of one to six capitalised words (with "of", "the", "and" inside) that
// ParseParty knows, longest first. It calls yield with each, in order, until
// yield returns false; offsets are shifted by base. It allocates nothing
// when text is the whole parsed text.
func (p *parser) eachPartyMention(text string, base int, yield func(Mention) bool) {
	names, first := partyNames(), partyFirst()
	var low string
	if base == 0 && len(text) == len(p.text) {
		low = p.low
	} else {
		low = asciiLower(text)
	}
	for i := 0; i < len(text); {
		if !(text[i] >= 'A' && text[i] <= 'Z') || (i > 0 && isWordByte(text[i-1])) {
			i++
			continue
		}
		// Collect word ends.
		var endsBuf [8]int
		ends := endsBuf[:0]
		j := i
		for w := 0; w < 6 && j < len(text); w++ {
			k := j
			hyphen := -1
			for k < len(text) {
				switch {
				case isWordByte(text[k]):
					k++
				case text[k] == '-' && k+1 < len(text) && isWordByte(text[k+1]):
					if hyphen < 0 {
						hyphen = k
					}
					k++
				case (text[k] == '\'' && (k+1 >= len(text) || text[k+1] != 's')) ||
					(strings.HasPrefix(text[k:], "’") && (k+3 >= len(text) || text[k+3] != 's')):
					if text[k] == '\'' {
						k++
					} else {
						k += len("’")
					}
				default:
					goto done
				}
			}
		done:
			if k == j {
				break
			}
			if w == 0 && hyphen > 0 {
				ends = append(ends, hyphen) // "ASEAN-Russia": try "ASEAN" too
			}
			ends = append(ends, k)
			if k >= len(text) || text[k] != ' ' {
				break
			}
			j = k + 1
		}
		matched := 0
		if key, ok := namePrefixKey(low[i:]); !p.unscreened && (!ok || len(ends) == 0 || first[key]&lenBit(ends[0]-i) == 0) {
			ends = ends[:0] // no name starts so: no lookups
		}
		for n := len(ends) - 1; n >= 0; n-- {
			cand := text[i:ends[n]]
			if code, ok := names[low[i:ends[n]]]; ok {
				if last := lastWordOf(cand); last == "of" || last == "the" || last == "and" {
					continue
				}
				if !yield(Mention{Kind: MentionParty, Start: base + i, End: base + ends[n], Text: cand, Party: Party{code}}) {
					return
				}
				matched = ends[n] - i
				break
			}
		}
		if matched > 0 {
			i += matched
			continue
		}
		for i < len(text) && isWordByte(text[i]) {
			i++
		}
	}
}

func lastWordOf(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// guessParties returns the two states the text names most often (by name,
// code or adjective), in order of first mention.
func (p *parser) guessParties() []Party {
	count := map[string]int{}
	first := map[string]int{}
	note := func(code string, at int) {
		if count[code] == 0 {
			first[code] = at
		}
		count[code]++
	}
	for _, m := range p.all {
		if m.Kind == MentionParty && m.Party.Kind() == State {
			note(m.Party.code, m.Start)
		}
	}
	for k, t := range p.toks {
		w := p.low[t.s:t.e]
		end := int(t.e)
		code, ok := demonyms[w]
		if !ok && (w == "south" || w == "new") && k+1 < len(p.toks) && joins(p.low, t, p.toks[k+1]) {
			next := p.toks[k+1]
			if code, ok = demonyms[w+" "+p.low[next.s:next.e]]; ok { // "south african"
				end = int(next.e) // what follows the whole demonym decides its use
			}
		}
		if ok && demonymUse(p.text, end) {
			note(code, int(t.s))
		}
	}
	var codes []string
	for c := range count {
		codes = append(codes, c)
	}
	// Top two by count; ties by first mention.
	for i := 0; i < len(codes); i++ {
		for j := i + 1; j < len(codes); j++ {
			a, b := codes[i], codes[j]
			if count[b] > count[a] || (count[b] == count[a] && first[b] < first[a]) {
				codes[i], codes[j] = b, a
			}
		}
	}
	if len(codes) > 2 {
		codes = codes[:2]
	}
	if len(codes) == 2 && first[codes[1]] < first[codes[0]] {
		codes[0], codes[1] = codes[1], codes[0]
	}
	out := make([]Party, len(codes))
	for i, c := range codes {
		out[i] = Party{c}
	}
	return out
}

func firstPlace(text string) string {
	best, at := "", len(text)
	for _, pl := range places {
		if i := indexWord(text, pl); i >= 0 && i < at {
			best, at = pl, i
		}
	}
	return best
}

func isPreposition(w string) bool {
	switch w {
	case "of", "to", "for", "in", "on", "with", "at", "from", "by", "about":
		return true
	}
	return false
}

// titleWords may follow a nationality adjective without making it part of
// a proper name ("the Russian Prime Minister", but "Thai Binh").
var titleWords = []string{"Prime", "President", "Minister", "Ambassador", "Government", "Federation", "Deputy", "Foreign",
	"Side", "Party", "National", "State", "Embassy", "Ministry", "Parliament", "Defence", "Defense", "Trade", "Chairman",
	"Chairwoman", "Speaker", "Army", "Navy", "Republic"}

// demonymUse reports whether the adjective ending at e is used as a
// nationality: followed by a lowercase word or a title, not by the rest of
// a proper name.
func demonymUse(text string, e int) bool {
	if e+1 >= len(text) || text[e] != ' ' || !(text[e+1] >= 'A' && text[e+1] <= 'Z') {
		return true
	}
	w := text[e+1:]
	for _, t := range titleWords {
		if strings.HasPrefix(w, t) && (len(w) == len(t) || !isWordByte(w[len(t)])) {
			return true
		}
	}
	return false
}

// namesSide reports whether a short subject names a side or a party: "the
// Kazakh side", "Russia", "the Vietnamese delegation".
func (p *parser) namesSide(subj string) bool {
	low := asciiLower(subj)
	if containsWord(low, "side") || containsWord(low, "sides") || containsWord(low, "delegation") {
		return true
	}
	named := false
	p.eachPartyMention(subj, 0, func(Mention) bool {
		named = true
		return false
	})
	return named
}

// subjectOf drops introductory phrases ("At the invitation of …, ", "In
// Hanoi, ") from the text before a clause's verb: the subject follows the
// last comma outside parentheses.
func subjectOf(s string) string {
	depth := 0
	cut := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 && i+1 < len(s) && s[i+1] == ' ' {
				cut = i + 2
			}
		}
	}
	if cut < 0 || strings.TrimSpace(s[cut:]) == "" {
		return s
	}
	return s[cut:]
}
