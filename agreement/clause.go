package agreement

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/trade"
)

// The third and fourth stages of the communiqué reader: clauses and their
// filling. A sentence is one clause unless a second subject with its own
// stance verb starts after "while", "whereas", ";" or "and" ("…, while
// Prime Minister Kishida reiterated…"), or "and" joins a second stance
// verb with another stance to the same subject ("committed to …, and
// welcomed …"). Each clause is then filled: actors from its subject,
// stance from its verb, topics, mentions.

// verbAt is a stance verb found in a sentence.
type verbAt struct {
	start, end int
	stance     Stance
	negated    bool
	reporting  bool
	agent      int  // in the passive, the start of the agent after "by"; else 0
	holding    bool // a verb of holding and the meeting it holds ("held talks", "провел встречу")
	subjEnd    int  // when not 0, where the subject ends before an aside ("The Presidents, while noting …, agreed")
	subjStart  int  // when not 0, where the subject starts after a verb of saying ("X said they agreed")
	said       int  // when not 0, the start of the verb of saying that reports this one ("… and said he looked forward")
}

// sameStanceObject is the fewest words of its own object after which a
// verb, then "and" and a verb of the same stance, make two clauses ("met
// with President Xi and held talks with Premier Li"), where fewer share
// one ("supported and endorsed the plan"); so does one after ", and"
// ("discussed … in various fields, and also exchanged views …"). The last
// verb of a series ("…; …; and discuss …"), a verb of saying that repeats
// what was said after a comma ("stressed that …, and emphasized …"), a
// verb inside a quotation and one after a relative word ("…, where he
// said they … and discussed …") stay in the clause.
const sameStanceObject = 2

// objectProbe bounds the bytes after a verb read to count the words of its
// object, so that a sentence of many verbs costs linear time; quotations
// and relative clauses are looked for within quoteWindow and subjectWindow
// bytes before the next verb for the same reason.
const objectProbe = 64

// subjectWindow bounds the bytes before a verb searched for a second
// subject, so that a sentence of many verbs costs linear time.
const subjectWindow = 160

// clauses appends the clauses of the sentence s[a:b] to out. In a
// language whose lexicon says [split-at-semicolon], "; " before a
// lowercase word ends a clause, and the next one shares its subject
// ("Hai bên khẳng định …; hỗ trợ nhau …; thúc đẩy …"): without a subject
// of its own it takes the actors before it, and without a stance verb the
// stance of the verb that governs the list — unless that verb is one of
// meeting (discuss), whose list is of events ("hội đàm với …; vào Lăng
// viếng …").
func (p *parser) clauses(out []Clause, a, b int) []Clause {
	if !p.lx.splitSemi {
		return p.clausesIn(out, a, b)
	}
	for pa := a; pa < b; {
		pb := p.semicolonCut(pa, b)
		n := len(out)
		out = p.clausesIn(out, pa, pb)
		if pa > a && n > 0 && len(out) > n {
			prev, c := out[n-1], &out[n]
			if len(c.Actors) == 0 {
				c.Actors = prev.Actors
			}
			if c.Stance == StanceUnknown && prev.Stance != StanceUnknown && prev.Stance != Discuss {
				c.Stance, c.Negated = prev.Stance, prev.Negated
			}
		}
		pa = pb
	}
	return out
}

// semicolonCut returns the end of the piece of [a, b) that starts at a:
// after the first "; " outside parentheses that a lowercase word follows,
// else b.
func (p *parser) semicolonCut(a, b int) int {
	s := p.text
	depth := 0
	for i := a; i < b; i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ';':
			if depth > 0 || i+2 >= b || s[i+1] != ' ' {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(s[i+2 : b]); unicode.IsLower(r) {
				return i + 1
			}
		}
	}
	return b
}

// clausesIn appends the clauses of the text s[a:b], a sentence or a piece
// of one, to out.
func (p *parser) clausesIn(out []Clause, a, b int) []Clause {
	s := p.text
	verbs := p.verbsIn(a, b)
	if len(verbs) > 0 && p.inRelativeClause(a, verbs[0].start) {
		// "Other topics of discussion included the European Political
		// Community, whose fifth summit will be held in Budapest": when
		// every verb stands in a relative clause after a comma, the
		// clause's own stance is its noun's, if it has one.
		if v := p.agendaIn(a, verbs[0].start); v.stance != StanceUnknown {
			return append(out, p.fill(a, b, a, v))
		}
	}
	if len(verbs) == 0 {
		// "Satisfaction with the progress of trade.", "Talks between X
		// and Y on …": a clause without a verb that opens with a noun of
		// stance takes it, for every party, as "It was agreed" does.
		v := p.nominalAt(a, b)
		if v.stance == StanceUnknown {
			v = p.agendaIn(a, b)
		}
		return append(out, p.fill(a, b, a, v))
	}
	// Directly coordinated verbs ("discussed and agreed on …") govern one
	// object: the last of them sets the stance. A first verb phrase that
	// holds its own object ("exchanged views and reached …") governs none.
	kept := verbs[:1]
	for _, v := range verbs[1:] {
		last := &kept[len(kept)-1]
		if p.coordinated(s[last.end:v.start]) && !strings.Contains(strings.TrimSpace(s[last.start:last.end]), " ") {
			// "The United States appreciates and supports …": the
			// subject ends before the first verb.
			if last.subjEnd > 0 {
				v.subjEnd = last.subjEnd
			} else if last.start > a {
				v.subjEnd = last.start
			}
			*last = v
			continue
		}
		kept = append(kept, v)
	}
	verbs = p.reported(kept)
	if len(verbs) > 1 && p.documentParticiple(a, verbs[0], verbs[1]) {
		verbs = verbs[1:]
	}
	if len(verbs) > 1 {
		if e, ok := p.participleAside(a, verbs[0], verbs[1]); ok {
			// "The Presidents, while noting the auspicious moment …,
			// agreed …": the participle is an aside of the subject.
			verbs = verbs[1:]
			verbs[0].subjEnd = e
		}
	}
	// "While emphasizing …, the two sides reaffirmed …", "Recognizing …,
	// the Leaders agreed …": a verb that opens the sentence (after at most a
	// subordinating word) is an adjunct when a later verb has a subject.
	// So is the verb of a relative clause in an opening adjunct ("During
	// the meeting, which took place in …, the heads of state commended …").
	var opener Clause // an opening verb phrase that is a clause of its own
	if len(verbs) > 1 && (p.openerOnly(a, verbs[0].start) && (!p.namesActor(a, verbs[0].start) || p.meetingAdjunct(a, verbs[0].start)) || p.relativeBefore(a, verbs[0].start)) {
		for n, v := range verbs[1:] {
			c := strings.LastIndexByte(s[verbs[0].end:v.start], ',')
			if c < 0 || (v.reporting || v.stance == Note) && (p.afterQuote(a, v.start) || p.speakerAfterQuote(a, v.start)) {
				continue // "“Hy vọng rằng, …,” Chủ tịch X nói": the quotation's tail
			}
			if k := p.tokAtOrAfter(verbs[0].end); k < len(p.toks) && int(p.toks[k].s) < v.start && strings.TrimSpace(s[verbs[0].end:p.toks[k].s]) == "," && p.lx.compl[p.low[p.toks[k].s:p.toks[k].e]] {
				// "С удовлетворением отмечаем, что, несмотря на …, мы
				// поддерживаем …": the opening verb's complement after a
				// comma, whose subject is no subject of a clause of its
				// own (but "Recognizing that …, the Leaders agreed").
				break
			}
			sa, sb := trimSpan(s, verbs[0].end+c+1, v.start)
			if actors, named := p.actorsOf(sa, sb, true); named && len(actors) > 0 || sa >= sb && p.relativeBefore(a, verbs[0].start) {
				// "X, которые состоялись в воскресенье, высказались за
				// …": after a relative clause, the verb of its antecedent.
				if p.lx.splitEvery && verbs[0].start == a && strings.HasPrefix(strings.TrimLeft(s[verbs[0].end:v.start], " "), ",") {
					// "Khẳng định, Việt Nam luôn coi trọng …": a verb
					// alone before its comma governs what follows.
					break
				}
				if p.lx.splitEvery && verbs[0].start == a && verbs[0].stance != Discuss && named && len(actors) > 0 {
					// "Đánh giá cao ý nghĩa của chuyến thăm, Thủ tướng
					// Senegal nhấn mạnh …": in a language whose verbs
					// chain after commas, an opening verb phrase is the
					// subject's clause of its own.
					cut := verbs[0].end + c
					opener = p.fill(a, cut, a, verbs[0])
					opener.Actors = actors
					a = verbs[0].end + c + 1
				}
				verbs = verbs[n+1:]
				break
			}
		}
	}
	if opener.End > 0 {
		out = append(out, opener)
		a, _ = trimSpan(s, a, b)
		p.subjectStart = a
	}
	main := verbs[0]
	cs := a
	var tail verbAt // a closing verb of saying with its speaker ("…, подчеркнул он")
	// "Tổng Bí thư … đã có chuyến thăm … ngày 18-20/8, hội đàm với …": in a
	// language whose lexicon lists the comma as a separator, a narrative
	// clause before the first stance verb is a clause of its own — but
	// not a relative clause's verb inside an adjunct ("В ходе рабочего
	// визита, с которым Дидье Буркхальтер посетил Москву, обсуждалась …").
	if cut, comma := p.separatorBefore(a, main.start); cut > a && (comma || p.verbJoined(a, cut, main.start)) && p.narrativeVerb(a, cut) < cut && !p.afterQuote(a, main.start) && !p.relativeIn(a, cut) {
		out = append(out, p.fill(a, cut, a, verbAt{}))
		cs = main.start
	} else if cut, subj, ok := p.secondSubject(a, a, main.start); ok && !main.reporting && p.narrativeVerb(a, cut) < cut {
		// "Australia and Japan have been engaged in … and both countries
		// decided …": a narrative clause, then one with its own subject.
		out = append(out, p.fill(a, cut, a, verbAt{}))
		cs = subj
		p.subjectStart = cs
	}
	for _, v := range verbs[1:] {
		if (v.reporting || v.stance == Note) && (p.afterQuote(cs, v.start) || p.speakerAfterQuote(cs, v.start)) {
			continue // "«…», — заверил Лавров", "“…”, lãnh đạo Ukraine nói": a reporting tail
		}
		if (v.reporting || v.stance == Note) && p.invertedBefore(cs, v.start) && p.tailSubject(v.end, b) {
			// "…, заверил глава МИД": a reporting tail, whose speaker
			// speaks for a clause that names no one.
			tail = v
			continue
		}
		if (v.stance == Emphasise || v.stance == Reaffirm) && strings.HasSuffix(strings.TrimRight(p.text[cs:v.start], " "), ",") && p.tailSubject(v.end, b) && p.tailNamesSpeaker(v.end, b) {
			// "Страна готова сотрудничать …, подчеркнул Луис Арсе",
			// "… речь шла о контактах …, подчеркнул он": a verb of
			// saying and its speaker closing the sentence are no clause
			// of their own; the speaker speaks for a clause that names no
			// one.
			tail = v
			continue
		}
		// A second subject before v: "…, while Prime Minister Kishida
		// reiterated …", "… and the Kazakh side expressed …".
		if cut, subj, ok := p.secondSubject(cs, main.end, v.start); ok {
			out = append(out, p.fill(cs, cut, a, main))
			cs, main = subj, v
			p.subjectStart = cs
			continue
		}
		// A second verb with another stance, introduced by a separator of
		// the lexicon ("and", "but"), splits; after a comma where the
		// lexicon lists the comma (Vietnamese, Russian chains of verbs),
		// any second verb does.
		at := v.start
		if v.said > cs {
			at = v.said // "congratulated Mr Joko … and said he looked forward …": the clause opens with its verb of saying
		}
		base := max(cs, at-subjectWindow)
		cut, comma := p.separatorBefore(base, at)
		if cut < 0 || v.stance == main.stance && !comma && !p.lx.splitEvery && (countWords(p.text[main.end:max(main.end, min(cut, main.end+objectProbe))]) < sameStanceObject ||
			inQuote(p.text[max(cs, cut-quoteWindow):cut]) || strings.ContainsAny(p.text[cut:v.start], ",;") && (v.stance.expressive() || p.inSeries(cs, main, cut)) || p.relativeIn(max(main.end, cut-subjectWindow), cut)) {
			continue
		}
		if p.lx.splitEvery && (comma || p.text[cut] == ',' || main.holding) && v.stance == Discuss && main.stance == Discuss {
			// "… đã dự lễ đón, hội đàm với …, hội kiến …": a chain of
			// meetings is one account of the visit; so is a meeting held
			// and what it took up ("провел встречу … и обсудил с ним …").
			continue
		}
		if cut < main.end || cut == main.end && !p.lx.splitEvery && !strings.Contains(strings.TrimSpace(p.text[main.start:main.end]), " ") {
			// "discussed and agreed on …" shares one object; "exchanged
			// views and reached broad understanding …", whose first verb
			// phrase holds its own object, does not.
			continue
		}
		// "emphasised the importance of and supported …" shares its object:
		// no split after a preposition.
		if w := lastWordOf(strings.TrimRight(p.low[max(cs, cut-40):cut], " ")); p.lx.headEnd[w] {
			continue
		}
		if _, kept := p.separatorWord(cut, v.start); p.lx.splitEvery && !(comma && (v.reporting || v.stance.expressive())) && !kept && p.complementAfter(main) {
			// "khẳng định Hungary luôn ủng hộ Việt Nam, phản đối …": the
			// verbs after a clause that names its own subject belong to it.
			continue
		}
		if p.lx.splitEvery && cs > a && countWords(p.text[cs:cut]) <= shortPiece {
			// "… ủng hộ Cuba, phản đối và kêu gọi chấm dứt …": a verb and
			// its object of a few words share the next verb's object.
			continue
		}
		out = append(out, p.fill(cs, cut, a, main))
		cs, main = p.afterSeparator(cut, at), v
	}
	cl := p.fill(cs, b, a, main)
	if tail.end > 0 && len(cl.Actors) == 0 {
		if sa, sb := p.subjectAfter(tail.end, b); sa < sb {
			if actors, ok := p.actorsOf(sa, sb, true); ok && len(actors) > 0 {
				cl.Actors = actors
				if cl.Stance == StanceUnknown {
					cl.Stance = tail.stance
				}
				p.last, p.prev = actors, actors
			}
		}
	}
	return append(out, cl)
}

// verbJoined reports whether the separator at cut is a word of the
// lexicon's [verb-coordination] section right before the verb at v, with
// no subject between, after a clause from a whose narrative verb is a
// past deed of the lexicon's [sentence-verb] section ("arrived on
// Thursday and met …"), not a copula or an auxiliary ("were very cordial
// and highlighted …", "was … and will be …").
func (p *parser) verbJoined(a, cut, v int) bool {
	i, j := p.tokRange(cut, v)
	if j != i+1 || !p.lx.coordinate[p.low[p.toks[i].s:p.toks[i].e]] {
		return false
	}
	n := p.tokAtOrAfter(p.narrativeVerb(a, cut))
	return n < len(p.toks) && int(p.toks[n].s) < cut && p.lx.sentenceVerbs[p.low[p.toks[n].s:p.toks[n].e]]
}

// inSeries reports whether the verb main, whose clause opens at cs, is
// an item of a series that a verb after cut closes: a comma or semicolon
// stands before main ("paid a courtesy call to …, held talks with …,
// and met with …") or within its object ("discussed energy and water,
// trade and transit, and discussed …"). Both are read in bounded
// windows.
func (p *parser) inSeries(cs int, main verbAt, cut int) bool {
	before := strings.TrimRight(p.text[max(cs, main.start-subjectWindow):main.start], " \n")
	return strings.HasSuffix(before, ",") || strings.HasSuffix(before, ";") || strings.ContainsAny(p.text[max(main.end, cut-subjectWindow):cut], ",;")
}

// complementAfter reports whether the verb v opens a clause of its own:
// a state's name follows it at once ("khẳng định Hungary luôn …").
func (p *parser) complementAfter(v verbAt) bool {
	k := p.tokAtOrAfter(v.end)
	if g := strings.TrimSpace(p.text[v.end:min(len(p.text), v.end+4)]); strings.HasPrefix(g, ",") {
		// "khẳng định, Chính phủ Việt Nam luôn coi trọng …": after a comma.
		k = p.tokAtOrAfter(v.end + strings.IndexByte(p.text[v.end:], ',') + 1)
	} else if k >= len(p.toks) || strings.TrimSpace(p.text[v.end:p.toks[k].s]) != "" {
		return false
	}
	if k >= len(p.toks) {
		return false
	}
	// The state, or a state after up to two words of an agent ("Chính phủ
	// Việt Nam", "правительство России").
	for n := k; n < min(len(p.toks), k+3); n++ {
		if n > k && strings.TrimSpace(p.text[p.toks[n-1].e:p.toks[n].s]) != "" {
			return false
		}
		if _, ok := p.partyAt(int(p.toks[n].s)); ok {
			return n == k || p.agentWords(k, n)
		}
	}
	return false
}

// agentWords reports whether the tokens [i, j) are a noun of the lexicon's
// [agent] section, of one or two words ("chính phủ").
func (p *parser) agentWords(i, j int) bool {
	if i >= j {
		return false
	}
	return p.lx.agents[p.low[p.toks[i].s:p.toks[j-1].e]]
}

// relativeIn reports whether a word of the lexicon's [relative] section
// stands in [a, b): a relative clause is open there.
func (p *parser) relativeIn(a, b int) bool {
	i, j := p.tokRange(a, b)
	for k := i; k < j; k++ {
		if p.lx.relative[p.low[p.toks[k].s:p.toks[k].e]] {
			return true
		}
	}
	return false
}

// colonSpeaker reads a speaker introduced inside the clause before its
// verb at v: a subject, a verb of saying and a colon ("Albanian Prime
// Minister said: “I want …"), the subject naming one party.
func (p *parser) colonSpeaker(a, v int) (Party, bool) {
	if v <= a {
		return Party{}, false
	}
	c := strings.IndexByte(p.text[a:v], ':')
	if c < 0 {
		return Party{}, false
	}
	vs := p.verbsIn(a, a+c)
	if len(vs) == 0 || !vs[len(vs)-1].reporting || strings.TrimSpace(p.text[vs[len(vs)-1].end:a+c]) != "" {
		return Party{}, false
	}
	sa, sb := p.subjectOf(a, vs[len(vs)-1].start)
	if actors, named := p.actorsOf(sa, sb, true); named && len(actors) == 1 {
		return actors[0], true
	}
	return Party{}, false
}

// meetingSubject reports whether the subject [a, b) opens, past its
// determiners, with a noun of the lexicon's [meeting] section: "the
// talks", "the meeting with his counterpart" (not "during the meeting
// they").
func (p *parser) meetingSubject(a, b int) bool {
	i, j := p.tokRange(a, b)
	for i < j && p.lx.determiners[p.low[p.toks[i].s:p.toks[i].e]] {
		i++
	}
	return i < j && p.matches(p.lx.meetings, i, j)
}

// inRelativeClause reports whether offset v, the clause [a, …)'s first
// verb, stands in a relative clause opened after a comma (", whose", ",
// which", ", where") that no comma closes before v.
func (p *parser) inRelativeClause(a, v int) bool {
	from := max(a, v-subjectWindow)
	c := strings.LastIndexByte(p.text[from:v], ',')
	if c < 0 {
		return false
	}
	k := p.tokAtOrAfter(from + c + 1)
	return k < len(p.toks) && int(p.toks[k].s) < v && p.lx.relative[p.low[p.toks[k].s:p.toks[k].e]]
}

// openerOnly reports whether [a, v) is empty or one word that opens a
// sentence without being its subject ("While", "Also"), not a noun
// ("Energy was on the agenda, as …").
func (p *parser) openerOnly(a, v int) bool {
	i, j := p.tokRange(a, v)
	if i >= j {
		return true
	}
	w := p.low[p.toks[i].s:p.toks[i].e]
	if j-i > 1 {
		// "Speaking of the ties that have lasted for two decades, …",
		// "Tại cuộc hội đàm diễn ra ngay sau lễ đón, …": a phrase that
		// opens with a participle or a preposition and runs to the verb
		// without a comma holds no subject of its verb.
		return (p.lx.participle(w) || p.lx.headEnd[w]) && !strings.Contains(p.text[a:v], ",")
	}
	return p.isFunctionWord(w) || p.lx.trail[w] || !isCapitalised(p.text[p.toks[i].s:])
}

// meetingAdjunct reports whether the text [a, v) opens with a
// preposition and names a meeting of the lexicon's [meeting] section with
// no party of its own ("Tại cuộc hội đàm", "At the talks"): an adjunct,
// which names the parties only as a subject's last resort.
func (p *parser) meetingAdjunct(a, v int) bool {
	i, j := p.tokRange(a, v)
	if i+1 >= j || !p.lx.headEnd[p.low[p.toks[i].s:p.toks[i].e]] || !p.meetingHead(i+1, j) {
		return false
	}
	for _, m := range p.mentionsIn(a, v) {
		if m.Kind == MentionParty {
			return false
		}
	}
	return true
}

// relativeBefore reports whether the word just before offset v, after a,
// is one of the lexicon's [relative] words, after a comma ("…, which
// took place").
func (p *parser) relativeBefore(a, v int) bool {
	i, j := p.tokRange(a, v)
	if i >= j || !p.lx.relative[p.low[p.toks[j-1].s:p.toks[j-1].e]] {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(p.text[a:p.toks[j-1].s], " "), ",")
}

// relativeAntecedent returns the text of [a, e) before its first comma
// that a relative word follows ("Путин и Фицо, которые …" gives "Путин и
// Фицо").
func (p *parser) relativeAntecedent(a, e int) (int, int, bool) {
	for c := a; c < e; {
		k := strings.IndexByte(p.text[c:e], ',')
		if k < 0 {
			return 0, 0, false
		}
		c += k + 1
		t := p.tokAtOrAfter(c)
		if t < len(p.toks) && int(p.toks[t].s) < e && p.lx.relative[p.low[p.toks[t].s:p.toks[t].e]] {
			ra, rb := trimSpan(p.text, a, c-1)
			return ra, rb, ra < rb
		}
	}
	return 0, 0, false
}

// inQuote reports whether s ends inside a quotation it opens: more
// opening than closing marks (“ ” « »), or an odd number of '"'.
func inQuote(s string) bool {
	return strings.Count(s, "“") > strings.Count(s, "”") || strings.Count(s, "«") > strings.Count(s, "»") || strings.Count(s, "\"")%2 == 1
}

// quoteDepth returns how many quotations stand open after s, given depth
// open before it: opening marks (“ «) add one, closing marks (” ») take
// one, and a straight '"' closes one that is open, else opens one.
func quoteDepth(depth int, s string) int {
	for _, r := range s {
		switch r {
		case '“', '«':
			depth++
		case '”', '»':
			depth = max(depth-1, 0)
		case '"':
			if depth > 0 {
				depth--
			} else {
				depth++
			}
		}
	}
	return depth
}

// tailAfterQuote reports whether a word follows the last closing
// quotation mark of s: the quotation's reporting tail ("…”, Modi said.",
// "…», — подчеркнул Путин"), whose speaker is its own.
func tailAfterQuote(s string) bool {
	_, ok := quoteTail(s)
	return ok
}

// quoteTail returns the offset in s after its last closing quotation
// mark (-1 when s has none), and whether a word follows it (see
// tailAfterQuote).
func quoteTail(s string) (int, bool) {
	c, n := -1, 0
	for _, m := range [...]string{"”", "»", "\""} {
		if i := strings.LastIndex(s, m); i > c {
			c, n = i, len(m)
		}
	}
	return c + n, c >= 0 && strings.IndexFunc(s[c:], unicode.IsLetter) >= 0
}

// afterQuote reports whether the text [a, v) ends with a closing
// quotation mark and the punctuation of a reporting tail (", —").
func (p *parser) afterQuote(a, v int) bool {
	t := strings.TrimRight(p.text[a:v], " ,—–-\u00a0")
	return strings.HasSuffix(t, "»") || strings.HasSuffix(t, "”") || strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "’") && p.singleQuoted(a, v)
}

// singleQuoted reports whether the text [a, v), which ends with "’",
// holds the "‘" that opens it: a quotation in single marks, as British
// copies write them ("‘…,’ said Mr Støre"), not an apostrophe
// ("the leaders’").
func (p *parser) singleQuoted(a, v int) bool {
	return strings.Contains(p.text[max(a, v-quoteWindow):v], "‘")
}

// speakerAfterQuote reports whether the text [a, v) ends with a closing
// quotation mark, the punctuation of a reporting tail and a short subject
// before the verb v ("“…”, lãnh đạo Ukraine nói", "“…,” Erdoğan said").
func (p *parser) speakerAfterQuote(a, v int) bool {
	s := p.text[max(a, v-subjectWindow):v]
	e, _ := quoteTail(s)
	if e < 0 {
		return false
	}
	tail := strings.TrimLeft(s[e:], " ,—–-\u00a0")
	if tail == s[e:] || tail == "" || strings.ContainsAny(tail, ",.;:!?()«»\"“”") {
		return false // "…” and …": no reporting tail
	}
	return countWords(tail) <= subjectAfterWords
}

// tailSubject reports whether the text after a verb ending at v, up to
// the end b of its sentence, is its subject alone ("…, заверил глава МИД
// РФ Сергей Лавров."): the verb and its subject close the sentence.
func (p *parser) tailSubject(v, b int) bool {
	sa, sb := p.subjectAfter(v, b)
	if sa < sb && strings.TrimSpace(strings.Trim(p.text[sb:b], ".!?»”\" ")) == "" {
		return true
	}
	if sa < sb && sb-sa <= tailBytes && b-sb <= tailBytes && !strings.ContainsAny(p.text[sb:b], ",;:«»\"“”") && p.namesActor(sa, sb) && len(p.verbsIn(sb, b)) == 0 {
		// "…, заявил премьер-министр Армении Никол Пашинян после встречи
		// с президентом Ирана …": the speaker, then an adverbial of no
		// verb closing the sentence.
		return true
	}
	// "…, заявил в пятницу в интервью РИА Новости официальный
	// представитель МИД РФ Андрей Нестеренко": adverbials before the
	// speaker make the tail longer than a subject alone.
	i, j := p.tokRange(v, b)
	if j-i <= subjectAfterWords || j-i > tailWords {
		return false
	}
	for k := i + 1; k < j; k++ {
		if strings.ContainsAny(p.text[p.toks[k-1].e:p.toks[k].s], ",.;:()«»\"“”—–") {
			return false
		}
	}
	if p.lx.compl[p.low[p.toks[i].s:p.toks[i].e]] {
		return false // "отметив, что рад встрече …": a complement, no speaker
	}
	k := max(i, j-tailSpeakerWords)
	for n := k; n < j; n++ {
		if p.lx.headEnd[p.low[p.toks[n].s:p.toks[n].e]] {
			return false // "… со своим аргентинским коллегой": an object
		}
	}
	return p.namesActor(int(p.toks[k].s), int(p.toks[j-1].e))
}

// tailBytes bounds the speaker of a closing verb of saying, and the
// adverbial after it, in bytes.
const tailBytes = 200

// tailWords bounds a closing verb of saying's tail: adverbials and the
// speaker ("заявил в пятницу в интервью РИА Новости официальный
// представитель МИД РФ Андрей Нестеренко").
const tailWords = 14

// tailNamesSpeaker reports whether the subject after a verb ending at v
// names a party or is a pronoun of a person ("подчеркнул он",
// "подчеркнул Луис Арсе"), not an object ("выразив уверенность в …").
func (p *parser) tailNamesSpeaker(v, b int) bool {
	sa, sb := p.subjectAfter(v, b)
	if sa >= sb {
		return false
	}
	if i, j := p.tokRange(sa, sb); j == i+1 && (p.lx.person[p.low[p.toks[i].s:p.toks[i].e]] || p.lx.singular[p.low[p.toks[i].s:p.toks[i].e]]) {
		return true
	}
	return !p.prepositionAt(sa) && countWords(p.text[sa:sb]) <= tailSpeakerWords && p.namesActor(sa, sb)
}

// tailSpeakerWords bounds the speaker after a closing verb of saying
// ("глава МИД РФ Сергей Лавров"): more is an object ("подчеркнув
// лидерство нашей страны в инвестиционной сфере").
const tailSpeakerWords = 5

// shortPiece is the most words of a clause that a chain of verbs
// leaves so short it shares what follows.
const shortPiece = 3

// reported drops each verb of saying that reports another stance verb
// through a complementizer or a colon: "The spokesman said that the
// President welcomed …" takes the stance of "welcomed", with its subject
// (see subjectOf); "The Minister said that trade grew" keeps "said" as
// note.
func (p *parser) reported(verbs []verbAt) []verbAt {
	out := verbs[:0]
	for n, v := range verbs {
		if v.reporting && n+1 < len(verbs) && p.reports(v.end, verbs[n+1].start) {
			verbs[n+1].said = v.start
			if w := verbs[n+1]; !w.reporting && w.stance != Note && p.bareInnerSubject(v.end, w.start) {
				// "Mr. Holness said they agreed …": the reported verb's
				// subject starts after the verb of saying.
				verbs[n+1].subjStart = v.end
			}
			continue
		}
		if (v.reporting || v.stance == Note) && n+1 < len(verbs) && p.asideSource(v.end, verbs[n+1].start) {
			continue
		}
		out = append(out, v)
	}
	return out
}

// bareInnerSubject reports whether the text [a, b) between a verb of
// saying and the verb it reports is the reported verb's subject alone,
// with no complementizer or colon before it (subjectOf cuts there) and
// not opening with a pronoun of one person, who is the speaker ("Marcos
// said he and Anwar agreed" is read whole).
func (p *parser) bareInnerSubject(a, b int) bool {
	if strings.ContainsAny(p.text[a:b], ":,") {
		return false
	}
	i, j := p.tokRange(a, b)
	if i >= j || p.lx.singular[p.low[p.toks[i].s:p.toks[i].e]] {
		return false
	}
	for k := i; k < j; k++ {
		if p.lx.compl[p.low[p.toks[k].s:p.toks[k].e]] {
			return false
		}
	}
	return true
}

// asideSource reports whether a verb of saying that ends at a is an aside
// closed by a comma, the next verb's own subject following it in [a, b):
// "As the government press service informed, the Prime Ministers
// discussed …", "At the meeting, it is pointed out, they discussed …".
func (p *parser) asideSource(a, b int) bool {
	rest := strings.TrimLeft(p.text[a:b], " ")
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	sa, sb := trimSpan(p.text, b-len(rest)+1, b)
	return sa < sb && countWords(p.text[sa:sb]) <= reportedSubjectWords && p.namesActor(sa, sb)
}

// reports reports whether the text [a, b) between a verb of saying and the
// next verb holds a complementizer or a colon, or is a short subject that
// names an actor ("said they will seize").
func (p *parser) reports(a, b int) bool {
	if strings.IndexByte(p.text[a:b], ':') >= 0 {
		return true
	}
	i, j := p.tokRange(a, b)
	for k := i; k < j; k++ {
		if p.lx.compl[p.low[p.toks[k].s:p.toks[k].e]] {
			// "… responded that active cooperation will be rendered": an
			// inner subject that names no one leaves the verb of saying in
			// charge; none at all ("заявил, что доволен") is the
			// reporter's, read by subjectOf.
			inner := int(p.toks[k].e)
			if cut, _, ok := p.secondSubject(inner, inner, b); ok && cut > inner {
				// "… said that growth was encouraging trade and he
				// welcomed …": the next verb has a subject of its own
				// after a coordinator; the verb of saying keeps its
				// clause.
				return false
			}
			if sa, sb := trimSpan(p.text, inner, b); sa < sb && countWords(p.text[sa:sb]) <= innerSubjectWords && (!p.namesActor(sa, sb) && !p.trailOnly(sa, sb) && !p.possessiveAt(sa, sb) || p.meetingSubject(sa, sb)) {
				// "… stated that the talks addressed …": a meeting as the
				// inner subject is what the speaker says of it, the
				// speaker's note.
				return false
			}
			return true
		}
	}
	limit := reportedSubjectWords
	if c := strings.LastIndexByte(p.text[a:b], ','); c >= 0 && !inQuote(p.text[a:b]) {
		// "Rabuka said in addition, both countries have agreed …": an
		// adverbial closed by a comma before the short subject, which
		// may be as long as a complementizer's ("Bộ Ngoại giao cho biết,
		// tại cuộc gặp …, người đứng đầu Bộ Ngoại giao hai nước bày tỏ …").
		a += c + 1
		i, j = p.tokRange(a, b)
		limit = innerSubjectWords
	}
	return j-i <= limit && (p.namesActor(a, b) || p.possessiveAt(a, b))
}

// innerSubjectWords bounds the subject of a reported clause that is read
// to decide whether it names anyone.
const innerSubjectWords = 8

// passiveByForm reports whether the stance verb v ends with a verb
// passive by its own form, of the [passive-form] section ("обсуждалась").
func (p *parser) passiveByForm(v verbAt) bool {
	i, j := p.tokRange(v.start, v.end)
	return i < j && p.lx.passiveForm[p.low[p.toks[j-1].s:p.toks[j-1].e]]
}

// holdsPassive reports whether the phrase of the stance verb v holds an
// auxiliary of the passive ("Акцент был сделан", "Большое внимание было
// уделено"), a word passive by its form ("обсуждались") or a short passive
// participle ("Выражена заинтересованность").
func (p *parser) holdsPassive(v verbAt) bool {
	i, j := p.tokRange(v.start, v.end)
	for k := i; k < j; k++ {
		if w := p.low[p.toks[k].s:p.toks[k].e]; p.lx.passiveAux[w] || p.lx.passiveForm[w] || p.lx.participles[w] {
			return true // "Акцент был сделан", "Выражена заинтересованность"
		}
	}
	return false
}

// passiveVerb reports whether the stance verb v, in a clause from a, is in
// the passive: its phrase holds an auxiliary of the lexicon's
// [passive-auxiliary] section ("was held", "внимание было уделено") or a
// word of its [passive-form] or [passive-participle] sections
// ("обсуждались", "уделено"), or an auxiliary stands just before it ("were
// reviewed"), with at most one adverb between ("was also agreed").
func (p *parser) passiveVerb(a int, v verbAt) bool {
	if p.holdsPassive(v) {
		return true
	}
	i, _ := p.tokRange(v.start, v.end)
	first, _ := p.tokRange(a, v.start)
	for k := i - 1; k >= max(first, i-2); k-- {
		if strings.TrimSpace(p.text[p.toks[k].e:p.toks[k+1].s]) != "" {
			return false
		}
		if p.lx.passiveAux[p.low[p.toks[k].s:p.toks[k].e]] {
			return true
		}
	}
	return false
}

// possessiveSubjectWords bounds the words of a subject the lexicon's
// [possessive-side] section names ("his own government").
const possessiveSubjectWords = 4

// possessiveSide returns the side a subject [sa, sb) that ends with a
// phrase of the lexicon's [possessive-side] section names ("his
// government", "его страна"): the side of the speaker whose verb of saying
// reports it ("President X said that his country will …"), else, for a
// subject that is the phrase alone, the last side that spoke alone.
func (p *parser) possessiveSide(a, sa, sb int) ([]Party, bool) {
	i, j := p.tokRange(sa, sb)
	if i >= j {
		return nil, false
	}
	at := -1
	for k := max(i, j-possessiveSubjectWords); k < j && at < 0; k++ {
		p.matchAt(p.lx.possessive, k, j, func(_ phrase, l int) {
			if l == j-1 {
				at = k
			}
		})
	}
	if at < 0 {
		return nil, false
	}
	from := int(p.toks[at].s)
	vs := p.verbsIn(a, from)
	for n := len(vs) - 1; n >= 0; n-- {
		if v := vs[n]; v.reporting || v.stance == Note {
			if ra, rb := p.subjectOf(a, v.start); ra < rb {
				if actors, ok := p.actorsOf(ra, rb, true); ok && len(actors) == 1 {
					return actors, true
				}
			}
			return nil, false
		}
	}
	if at == i && len(p.lastOne) > 0 {
		return p.lastOne, true
	}
	return nil, false
}

// possessiveAt reports whether [a, b) is a subject the lexicon's
// [possessive-side] section names.
func (p *parser) possessiveAt(a, b int) bool {
	i, j := p.tokRange(a, b)
	found := false
	for k := i; k < min(j, i+possessiveSubjectWords) && !found; k++ {
		p.matchAt(p.lx.possessive, k, j, func(_ phrase, l int) { found = found || l == j-1 })
	}
	return found
}

// reportedSubjectWords bounds the subject a verb of saying reports
// without a complementizer.
const reportedSubjectWords = 4

// secondSubject looks for a new subject of at most six words just before
// the verb at v, after a separator of the lexicon ("while", "whereas",
// ";", "and") that lies after the current verb's end: it returns where the
// clause before ends and where the new one starts.
func (p *parser) secondSubject(cs, mainEnd, v int) (cut, subj int, ok bool) {
	from := max(cs, mainEnd, v-subjectWindow)
	win := p.text[from:v]
	best := -1
	bestLen := 0
	keep := false // the separator's word opens the new clause
	for _, sep := range p.lx.separators {
		var i int
		n, kept := len(sep), false
		switch {
		case sep == ";":
			i = strings.LastIndex(win, ";")
		case commaWord(sep) != "":
			// ", as the two leaders expressed …": a subordinating word
			// after a comma; it stays with its clause.
			w := commaWord(sep)
			if i = lastIndexWord(win, w); i > 0 && !strings.HasSuffix(strings.TrimRight(win[:i], " "), ",") {
				i = -1
			}
			n, kept = len(w), true
		default:
			i = lastIndexWord(win, sep)
		}
		if i > best {
			best, bestLen, keep = i, n, kept
		}
	}
	if best < 0 {
		return 0, 0, false
	}
	sa, sb := trimSpan(p.text, from+best+bestLen, v)
	if sa >= sb || countWords(p.text[sa:sb]) > 6 {
		return 0, 0, false
	}
	if c := strings.IndexByte(p.text[sa:sb], ','); c >= 0 && !p.prepositionAt(sa) {
		// Not "… in a friendly and trusting atmosphere, two Leaders
		// discussed …": "and" joined words there. But "… and in a
		// separate statement, Mwangi praised …" opens with an adjunct.
		return 0, 0, false
	}
	// "South Korea and Japan will …", "between Australia and the ROK to
	// support": "and" after a name joins names, not clauses.
	if sep := p.low[from+best : from+best+bestLen]; p.lx.nameConj[sep] {
		if e := from + best; e > 0 && p.text[e-1] == ' ' && !(e > 1 && p.text[e-2] == ',') {
			w := lastWordOf(strings.TrimRight(p.text[max(cs, e-40):e], " "))
			if isCapitalised(w) || p.partyEnds[e-1] != (Party{}) {
				return 0, 0, false
			}
		}
	}
	if i, j := p.tokRange(sa, sb); i < j && p.lx.relative[p.low[p.toks[i].s:p.toks[i].e]] {
		return 0, 0, false // "… and how Cyprus can support …": a clause inside the object
	}
	if actors, named := p.actorsOf(sa, sb, true); len(actors) == 0 || !named {
		return 0, 0, false
	}
	cut = from + best
	for cut > cs && (p.text[cut-1] == ',' || isSpaceASCII(p.text[cut-1])) {
		cut--
	}
	if cut < mainEnd || cut == mainEnd && !keep {
		return 0, 0, false // "discussed and agreed …" share an object; "… were on the agenda, as the two …" does not
	}
	if keep {
		return cut, from + best, true
	}
	return cut, sa, true
}

// coordinated reports whether the gap between two verbs is a coordinating
// word of the lexicon alone (" and ", ", and "): the verbs share one object
// ("discussed and agreed on measures"), and the last sets the stance.
func (p *parser) coordinated(gap string) bool {
	g := strings.TrimPrefix(gap, ",")
	if len(g) < 3 || g[0] != ' ' || g[len(g)-1] != ' ' {
		return false
	}
	return p.lx.coordinate[g[1:len(g)-1]]
}

// separatorBefore returns where the text [a, v) ends in a separator of the
// lexicon that joins a second verb ("…, and", "; and", "… but", "," where
// the lexicon lists it), with the punctuation before it, and whether the
// separator is the comma itself; -1 when it does not.
func (p *parser) separatorBefore(a, v int) (cut int, comma bool) {
	before := strings.TrimRight(p.text[a:v], " \n")
	// "…, and strongly opposed": the separator stands before the adverbs.
	// "… and at the same time lauded": and before an aside's phrase.
	for {
		w := lastWordOf(before)
		if w != "" && len(w) < len(before) && p.lx.trail[lowerWord(w)] {
			before = strings.TrimRight(before[:len(before)-len(w)], " \n")
			continue
		}
		if n := p.asideEnding(a, a+len(before)); n > 0 && n < len(before) {
			before = strings.TrimRight(before[:len(before)-n], " \n")
			continue
		}
		break
	}
	if strings.HasSuffix(before, ";") {
		return a + len(before) - 1, true // "…; hội kiến với …": a verb after a semicolon
	}
	for _, sep := range p.lx.separators {
		if sep == ";" {
			continue
		}
		if sep == "," {
			if strings.HasSuffix(before, ",") {
				return a + len(before) - 1, true
			}
			continue
		}
		if w := commaWord(sep); w != "" {
			if cut := p.commaWordBefore(a, a+len(before), w); cut >= 0 {
				return cut, false
			}
			continue
		}
		if len(before) < len(sep) || p.low[a+len(before)-len(sep):a+len(before)] != sep {
			continue // compared in the lowercased text, whose offsets are the text's
		}
		cut := a + len(before) - len(sep)
		if cut > a && wordBefore(p.text, cut) {
			continue // "band", not "and"
		}
		for cut > a && (p.text[cut-1] == ' ' || p.text[cut-1] == ',' || p.text[cut-1] == ';') {
			cut--
		}
		return cut, false
	}
	return -1, false
}

// commaWord returns the word of a [separator] entry written after its
// comma (", as", ", đồng thời"), or "" for any other entry.
func commaWord(sep string) string {
	if len(sep) < 2 || sep[0] != ',' {
		return ""
	}
	return strings.TrimSpace(sep[1:])
}

// commaWordBefore returns where the clause before a separator the lexicon
// writes after its comma (", đồng thời") ends, when [a, e) ends with the
// comma and the word w: at the comma, or after the quotation mark that
// closes a quotation after it ("… “hợp tác chiến lược giữa hai nước,”
// đồng thời …"); else -1.
func (p *parser) commaWordBefore(a, e int, w string) int {
	if e-a < len(w) || p.low[e-len(w):e] != w || e-len(w) > a && wordBefore(p.text, e-len(w)) {
		return -1
	}
	rest := strings.TrimRight(p.text[a:e-len(w)], " \n")
	quoted := strings.TrimRight(rest, "\"”»’'")
	if !strings.HasSuffix(quoted, ",") {
		return -1
	}
	if len(quoted) < len(rest) {
		return a + len(rest) // the quotation closes the clause before
	}
	return a + len(quoted) - 1
}

// afterSeparator returns where the clause after a separator that starts
// at cut begins, v being its verb: at the first word after the separator,
// so that the adverbs before the verb stay in it ("… and at the same time
// lauded …", "…, and strongly opposed …"); at the separator's own word
// when the lexicon writes it after its comma (", đồng thời").
func (p *parser) afterSeparator(cut, v int) int {
	i, _ := p.separatorWord(cut, v)
	return i
}

// separatorWord returns what afterSeparator does, and whether the clause
// opens with a separator the lexicon writes after its comma (",
// đồng thời"): a word that joins a second predicate of the same subject.
func (p *parser) separatorWord(cut, v int) (int, bool) {
	i := cut
	for i < v && strings.IndexByte(" \n\t,;", p.text[i]) >= 0 {
		i++
	}
	for _, sep := range p.lx.separators {
		if w := commaWord(sep); w != "" {
			// ", đồng thời kêu gọi …", ", as …": a word written after its
			// comma in the lexicon opens the clause and stays in it.
			if strings.HasPrefix(p.low[i:v], w) && wordRuneLen(p.text, i+len(w)) == 0 {
				return i, true
			}
			continue
		}
		if sep == "," || sep == ";" || !strings.HasPrefix(p.low[i:v], sep) || wordRuneLen(p.text, i+len(sep)) > 0 {
			continue
		}
		i += len(sep)
		for i < v && strings.IndexByte(" \n\t,", p.text[i]) >= 0 {
			i++
		}
		return i, false
	}
	return i, false
}

// asideEnding returns the length of the phrase of the lexicon's
// [parenthetical] section that [a, e) ends with, as whole words, or 0.
func (p *parser) asideEnding(a, e int) int {
next:
	for _, ws := range p.lx.asideWords {
		i := e
		for n, w := range ws { // last word first
			if n > 0 {
				for i > a && (p.text[i-1] == ' ' || p.text[i-1] == '\n') {
					i-- // "at the\nsame time": words of a wrapped line
				}
			}
			if i-len(w) < a || p.low[i-len(w):i] != w {
				continue next
			}
			i -= len(w)
		}
		if i == a || !wordBefore(p.text, i) {
			return e - i
		}
	}
	return 0
}

// namesActor reports whether [a, b) is a subject that names an actor.
func (p *parser) namesActor(a, b int) bool {
	sa, sb := trimSpan(p.text, a, b)
	if sa >= sb {
		return false
	}
	actors, named := p.actorsOf(sa, sb, true)
	return named && len(actors) > 0
}

// lastIndexWord returns the index of the last whole-word occurrence of w
// in s, or -1.
func lastIndexWord(s, w string) int {
	for end := len(s); ; {
		i := strings.LastIndex(s[:end], w)
		if i < 0 {
			return -1
		}
		if !wordBefore(s, i) && wordRuneLen(s, i+len(w)) == 0 {
			return i
		}
		end = i
	}
}

func countWords(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if wordRuneLen(s, i) == 0 {
			i++
			continue
		}
		n++
		i = wordEnd(s, i)
	}
	return n
}

// fill builds the clause s[a:b] of the sentence starting at sent with the
// governing verb v.
func (p *parser) fill(a, b, sent int, v verbAt) Clause {
	a, b = trimSpan(p.text, a, b)
	if v.stance == Intend && v.start > a && (a == sent || a == p.subjectStart) && p.futureVerb(v) && p.eventSubject(p.subjectOf(a, v.start)) {
		// "The next joint session will be held in Skopje", "The agreement
		// will strengthen …": what a meeting or a document will do is a
		// forecast, no one's intention.
		v.stance, v.negated = StanceUnknown, false
	}
	cl := Clause{Text: p.text[a:b], Start: a, End: b, Stance: v.stance, Negated: v.negated}
	// The subject is the text before the verb, or before the first
	// narrative verb ("paid a visit") when no stance verb governs.
	subjEnd := v.start
	if v.subjEnd > 0 {
		subjEnd = v.subjEnd
	} else if v.stance == StanceUnknown {
		subjEnd = p.narrativeVerb(a, b)
	} else if v.start > a && !(v.reporting && afterLastComma(p.text, a, v.start) >= 0) {
		// "PM X paid a call …, held talks …": the subject ends at the
		// first verb, narrative or not. A verb of saying after a comma
		// has its subject there, whatever the quote before it holds
		// ("“…”, Albanese said").
		subjEnd = p.narrativeVerb(a, v.start)
	}
	named := true
	switch {
	case v.stance != StanceUnknown && v.start == sent && sent > p.blockStart && len(p.prev) == 1 && !v.stance.joint() && p.speaker.IsZero() && !p.holdsPassive(v):
		// "Đại sứ … bày tỏ vui mừng … . Khẳng định, Việt Nam luôn coi
		// trọng …": a sentence that opens with its verb, inside a
		// paragraph, goes on with the one speaker of the sentence before
		// it — but for acts two sides do together ("Agreed to …") and
		// passives ("Акцент был сделан на …"), which are impersonal.
		cl.Actors = p.prev
	case v.stance != StanceUnknown && v.start == sent:
		// "It was agreed that …": an impersonal passive speaks for both sides.
		cl.Actors = p.parties
	case a == sent || a == p.subjectStart:
		sa, sb := p.subjectOf(a, min(subjEnd, b))
		if v.subjStart > sa && v.subjStart < sb {
			sa, sb = trimSpan(p.text, v.subjStart, sb)
		}
		if side, ok := p.possessiveSide(a, sa, sb); ok {
			cl.Actors = side
		} else {
			cl.Actors, named = p.actorsOf(sa, sb, subjEnd < b)
		}
		if named && len(cl.Actors) > 0 && sa > a {
			cl.Actors = p.withConjoinedBeforeComma(a, sa, cl.Actors)
		}
		if !named {
			// A verb right after a comma: its subject is before the comma.
			if ca, cb, ok := p.subjectBeforeComma(a, min(subjEnd, b)); ok {
				var with []Party
				if pa, pb, aside := p.asideAt(a, ca, cb); aside {
					// "Colombia, together with Peru, agreed …": the
					// subject is before the aside, which may add to it.
					with = p.comitativeParties(ca, cb)
					ca, cb = pa, pb
				}
				if actors, ok := p.actorsOf(ca, cb, false); ok && len(actors) > 0 {
					for _, q := range with {
						actors = appendParty(actors, q)
					}
					cl.Actors, named = actors, true
				}
			}
		}
		if !named {
			// "Путин и премьер Словакии Фицо, которые провели
			// переговоры, высказались за …": the antecedent of a relative
			// clause is the subject.
			if ra, rb, ok := p.relativeAntecedent(a, min(subjEnd, b)); ok {
				if actors, ok := p.actorsOf(ra, rb, false); ok && len(actors) > 0 {
					cl.Actors, named = actors, true
				}
			}
		}
		if (!named || len(cl.Actors) == 0) && v.stance != StanceUnknown && subjEnd < v.start {
			// "The relationship has prospered, Prime Minister Lee and
			// President Joko noted …": the stance verb's own subject,
			// after a comma, past a narrative verb.
			if ca, cb := p.subjectOf(a, v.start); ca > sa {
				if actors, ok := p.actorsOf(ca, cb, true); ok && len(actors) > 0 {
					cl.Actors, named = actors, true
				}
			}
		}
		if v.stance != StanceUnknown && (!named && p.adverbialOnly(sa, sb) || len(cl.Actors) == 0 && (p.trailOnly(sa, sb) || p.openerAlone(sa, sb) || sa >= sb && v.start > a && p.trailOnly(a, v.start))) {
			// "При этом был подтвержден настрой …", "Trong dịp này, đã
			// thống nhất …", "Кроме того, обсуждали …": a verb after
			// adverbials alone is impersonal, as "It was agreed that"
			// is, and speaks for both sides.
			cl.Actors, named = p.parties, true
		}
	default:
		cl.Actors = p.last
	}
	if v.stance != StanceUnknown && v.start > a && (!named || len(cl.Actors) == 0) && (p.invertedBefore(a, v.start) || p.dateAlone(a, v.start) && !p.verbEndsWithMeeting(v)) {
		// "…, заявил президент России Владимир Путин", "Как отметил
		// президент, …", "“…”, said President X", "11 марта состоялся
		// телефонный разговор …": the subject follows its verb (but a
		// meeting the verb's phrase names is read below).
		if sa, sb := p.subjectAfter(v.end, b); sa < sb && !(v.reporting && p.prepositionAt(sa)) {
			// Not "Газета рассказала о встрече …": what follows a
			// preposition is an object.
			if actors, ok := p.actorsOf(sa, sb, true); ok && len(actors) > 0 {
				cl.Actors, named = actors, true
			}
		}
	}
	if v.stance != StanceUnknown && v.start > a && (!named || len(cl.Actors) == 0) && len(p.lx.subjectHead) > 0 {
		// "Пути сотрудничества обсудили главы Казахстана и Узбекистана",
		// "Там его принял президент Азербайджана", "Отдельное внимание
		// лидеры уделили …": in a language whose subject may follow its
		// object, a subject's nominative head after the verb, or after
		// the object before it, opens the subject.
		if sa, sb, ok := p.headedSubject(a, b, v); ok {
			if actors, ok := p.actorsOf(sa, sb, true); ok && len(actors) > 0 {
				cl.Actors, named = actors, true
			}
		}
	}
	if v.reporting && v.start > a && p.prepositionAt(a) && !p.invertedBefore(a, v.start) {
		// "Об этом на переговорах с российским лидером Владимиром Путиным
		// заявил президент ОАЭ …": before a verb of saying, words after
		// prepositions; its speaker follows it.
		if sa, sb := p.subjectAfter(v.end, b); sa < sb && !p.prepositionAt(sa) && !p.lx.compl[p.low[p.toks[p.tokAtOrAfter(sa)].s:p.toks[p.tokAtOrAfter(sa)].e]] {
			if actors, ok := p.actorsOf(sa, sb, true); ok && len(actors) > 0 {
				cl.Actors, named = actors, true
			} else if ok {
				// "Об этом … рассказал глава Минэкономразвития Максим
				// Решетников": a person the text does not place speaks
				// for one side, not both: the home state's when it has
				// placed no one of its own (see bareName), else no one's.
				cl.Actors, named = nil, true
				if k := p.surnameAt(sa, sb); k >= 0 && !p.homePlaced() {
					if q, ok := p.bareName(k, k+1); ok {
						cl.Actors = []Party{q}
					}
				}
			}
		}
	}
	if v.stance != StanceUnknown && v.start > a && (!named || len(cl.Actors) == 0 || p.prepositionAt(a) && !strings.ContainsRune(p.text[a:v.start], ',') && p.occurrenceFirst(v)) && p.verbEndsWithMeeting(v) {
		// "В Кремле состоялись переговоры Владимира Путина с Королём
		// Бахрейна": a meeting named after its verb, whose words name a
		// party, is the parties' meeting; a state named in the place
		// before the verb is no subject ("В Государственном дворце
		// Монголии состоялись переговоры …").
		if sa, sb := p.subjectAfter(v.end, b); sa < sb && p.namesAParty(sa, sb) {
			cl.Actors, named = p.parties, true
		}
	}
	if (v.stance == Discuss || v.stance == Congratulate || v.stance == ExpressAppreciation) && v.start > a && len(cl.Actors) == 0 && len(p.parties) == 2 && p.nameOnly(a, v.start) {
		// "Владимир Путин сегодня встретился с президентом Республики
		// Конго": a subject the text does not place, meeting one side,
		// is the other side; so is one who congratulates or thanks one
		// side ("Уэсс Митчелл поздравил Зограба Мнацаканяна").
		if q, ok := p.onlyPartyIn(v.end, b); ok {
			other := p.otherParty(q)
			cl.Actors, named = []Party{other}, true
			p.placeSubject(a, v.start, other) // and so is that person from then on
		}
	}
	if (v.stance == Congratulate || v.stance == ExpressAppreciation) && v.start == a && len(cl.Actors) == 1 && len(p.parties) == 2 {
		// "Cảm ơn sự ủng hộ … của Chính phủ và nhân dân Việt Nam": a
		// verb of thanks that opens its clause and names one side is the
		// other side's, whoever spoke before; no side thanks itself.
		if q, ok := p.onlyPartyIn(v.end, b); ok && q == cl.Actors[0] {
			cl.Actors = []Party{p.otherParty(q)}
		}
	}
	if v.agent > 0 && v.agent < b {
		// "The delegation was welcomed by the Iranian Foreign Minister":
		// the agent takes the stance.
		named = false
		cl.Actors = nil
		if sa, sb := p.subjectAfter(v.agent-1, b); sa < sb {
			if actors, ok := p.actorsOf(sa, sb, true); ok && len(actors) > 0 {
				cl.Actors, named = actors, true
			}
		}
	}
	if a == sent {
		if q, ok := p.colonSpeaker(a, v.start); ok {
			// "Albanian Prime Minister said: “I want to express …”": a
			// speaker introduced before a colon speaks from here on.
			p.speaker = q
		}
	}
	if !p.speaker.IsZero() && v.stance != StanceUnknown && (!named || len(cl.Actors) == 0 || p.firstPerson(a, v.start) ||
		!v.stance.joint() && (v.start == sent || p.firstPlural(a, v.start))) {
		// In a speech, a clause that names no one else speaks for the
		// speaker: "Хочу Вас поблагодарить", "I am glad to welcome you",
		// "Мы заинтересованы …", and a verb that opens its sentence
		// without a subject ("Благодарим вас …"), which in a speech is
		// the speaker's own — but for acts two sides do together ("We
		// agreed to …", "Договорились …"), which stay every party's.
		cl.Actors, named = []Party{p.speaker}, true
	}
	actors, ok := p.quoteSpeaker(a, b)
	if !ok && (a == sent || v.start > a) {
		// A piece of a sentence with a subject of its own ("…, and we
		// will always support …,” the PM stated"); one that goes on with
		// the verbs of the quotation's own subject ("Россия и Колумбия
		// выступают за …, убеждены в …", - сказал …) stays that subject's.
		actors, ok = p.closedSpeaker(a, b)
	}
	if ok {
		// "«…», — сказал Путин": a quotation speaks for its speaker, and
		// so does the sentence that closes one an earlier sentence opened
		// ("… . Торговля растет», – сказал Путин"), with the stance of
		// its own verb, else as the speaker's note —
		// but for acts two sides do together ("“We have agreed to …,”
		// Zenawi told a news conference"), which stay every party's.
		cl.Actors, named = actors, true
		if v.stance.joint() && v.start > a && p.firstPlural(a, v.start) && len(p.parties) == 2 {
			cl.Actors = p.parties
		}
		if cl.Stance == StanceUnknown {
			cl.Stance = Note
		}
	}
	if a == sent && p.speaker.IsZero() && len(p.prev) == 1 && p.quoteOpens(a, b) && !p.subjectHolds(a, v.start, p.lx.plural) && !(v.stance.joint() && p.firstPlural(a, v.start)) && !p.bothSubject(a, v.start) {
		if _, ok := p.quoteSpeaker(a, b); !ok && !(v.stance.joint() && len(cl.Actors) >= 2) && !(v.start > a && countWords(p.text[a:v.start]) <= innerSubjectWords && (p.namesBoth(a, v.start) || p.reportedByOther(a, b) && p.namesActor(a, v.start))) {
			// "Prime Minister Abela stressed that … . “Our cooperation
			// can lead to …”": a quotation nobody is said to speak
			// continues the one speaker of the clause before it, with
			// the stance of its own verb, else as the speaker's note —
			// but for acts two sides do together ("We discussed …",
			// "“Lavrov and Shoukry discussed …”"), a quoted subject that
			// names both sides ("«Россия и Колумбия выступают за …"), a quoted
			// statement's own plural subject ("“They stressed …”") and
			// one of both sides ("“The two Ministers commend …").
			cl.Actors, named = p.prev, true
			if cl.Stance == StanceUnknown {
				cl.Stance = Note
			}
		}
	}
	if (v.stance == StanceUnknown || (v.reporting || v.stance == Note) && len(cl.Actors) == 0) && a == sent {
		// "According to Tokayev, the sides need …": a clause its source
		// says is that source's note; so is one whose verb of saying is
		// the source's ("В том числе, как уточнил глава государства, …").
		if actors, ok := p.sourceOf(a, b); ok {
			cl.Stance, cl.Actors, named = Note, actors, true
		}
	}
	if named && len(cl.Actors) == 0 && ownPosition(v.stance) && v.start > a && p.speaker.IsZero() {
		// "Prime Minister Khan reaffirmed Pakistan's commitment …": a
		// speaker the text does not place states its own side's
		// position.
		if q, ok := p.selfObject(v, b); ok {
			cl.Actors = []Party{q}
			if sa, sb := p.subjectOf(a, v.start); sa < sb {
				p.placeSubject(sa, sb, q)
			}
		}
	}
	if ((!named || len(cl.Actors) == 0) && p.passiveVerb(a, v) || p.passiveByForm(v)) && v.stance != StanceUnknown && v.agent == 0 {
		// "Various aspects of cooperation were reviewed", "This was
		// agreed to during the meeting": a passive whose agent the text
		// does not name is impersonal, as "It was agreed" is, and speaks
		// for both sides. So does a verb passive by its own form, whatever
		// names stand before it: they are adjuncts' ("В ходе визита, с
		// которым Уэллс посетил Ереван, обсуждалась …"), its subject
		// follows it.
		cl.Actors, named = p.parties, true
	}
	if (!named || len(cl.Actors) == 0) && v.stance == Discuss && v.start > a && p.namesBoth(a, v.start) {
		// "Relations between St. Kitts and Antigua came under
		// discussion": a subject that is no party but names both is
		// what both sides discussed.
		cl.Actors, named = p.parties, true
	}
	if (!named || len(cl.Actors) == 0) && v.stance == Discuss && p.agendaIn(a, b).stance == Discuss {
		// "Migration was among the topics discussed": a sentence of the
		// talks' topics is every party's.
		cl.Actors, named = p.parties, true
	}
	if cl.Stance == Discuss && p.occurrenceOfOther(a, v) {
		// "A grand welcoming ceremony was held at …", "Визит … состоялся
		// 10 декабря": what took place is no meeting, and no one's
		// discussion. When its subject after a source is a party, what
		// the source says of that party is the source's note ("По
		// словам главы МИД Индии, Армения прошла через испытания"), not
		// an event it relays ("Как сообщает пресс-служба …, перед
		// переговорами состоялись церемониальные мероприятия").
		cl.Stance = StanceUnknown
		if c := strings.IndexByte(p.text[a:v.start], ','); c >= 0 && a == sent && p.namesActor(a+c+1, v.start) {
			if actors, ok := p.sourceOf(a, b); ok {
				cl.Stance, cl.Actors, named = Note, actors, true
			}
		}
	}
	if !named && v.stance != StanceUnknown && v.start > a {
		if sa, sb := p.subjectOf(a, v.start); sa < sb && p.surnameOnly(sa, sb) {
			// "При этом Путин отметил …" in a text that never places
			// Putin: a person's stance. In a text of two sides in the
			// language of one side's press, the first person it names so
			// is that side's, as the press names its own leaders (see
			// bareName) — unless the text has placed one of that side's
			// people already; else the text does not say whose.
			named = true
			if k := p.surnameAt(sa, sb); k >= 0 && !p.homePlaced() {
				if q, ok := p.bareName(k, k+1); ok {
					cl.Actors = []Party{q}
				}
			}
		}
	}
	if !named && v.stance != StanceUnknown {
		// A subject that is not a party ("Over 100 companies committed
		// …", "The Partnership … supported") takes no stance.
		cl.Stance, cl.Negated, cl.Actors = StanceUnknown, false, nil
	}
	if cl.Stance == StanceUnknown {
		cl.Negated = false
	}
	if len(cl.Actors) > 0 {
		p.last = cl.Actors
	}
	if len(cl.Actors) == 1 {
		p.lastOne = cl.Actors
	}
	p.prev = cl.Actors
	cl.Topics = p.topicsIn(a, b)
	cl.Mentions = withPeriods(p.mentionsIn(a, b))
	return cl
}

// futureVerb reports whether the verb phrase v opens with a word of the
// lexicon's [future] section ("will strengthen").
func (p *parser) futureVerb(v verbAt) bool {
	k := p.tokAtOrAfter(v.start)
	return k < len(p.toks) && int(p.toks[k].s) < v.end && slices.Contains(p.lx.future, p.low[p.toks[k].s:p.toks[k].e])
}

// eventSubject reports whether the subject [a, b) is a meeting or a
// document, not an agent: its head opens with no preposition and is a
// meeting of the lexicon's [meeting] section or a document of its
// [document] section ("The next joint session of both governments",
// "This agreement").
func (p *parser) eventSubject(a, b int) bool {
	i, j := p.tokRange(a, b)
	if i >= j || p.lx.headEnd[p.low[p.toks[i].s:p.toks[i].e]] {
		return false
	}
	h := p.headEndFrom(i+1, j)
	return p.meetingHead(i, h) || p.documentHead(i, h, j)
}

// occurrenceAfterWords bounds the words after a verb of taking place that
// opens its clause where its subject, a meeting, may stand.
const occurrenceAfterWords = 4

// occurrenceOfOther reports whether the discuss verb v, in a clause from
// a, is a verb of taking place (its last word in the lexicon's
// [occurrence] section: "was held", "took place", "состоялся", "diễn ra")
// whose subject (the words before it, or a few after it when it opens the
// clause) names no meeting of the lexicon's [meeting] section and whose
// phrase ends with none ("состоялись переговоры"): a ceremony, a visit or
// a forum took place. A subject that is a pronoun alone ("Они начались …")
// repeats the talks.
func (p *parser) occurrenceOfOther(a int, v verbAt) bool {
	i, j := p.tokRange(v.start, v.end)
	if i >= j || !p.lx.occurrence[p.low[p.toks[j-1].s:p.toks[j-1].e]] || p.verbEndsWithMeeting(v) {
		return false
	}
	// The words before the verb, or the few after a verb that opens the
	// clause ("Состоялся телефонный разговор …").
	si, sj := p.tokRange(a, v.start)
	if p.dateAlone(a, v.start) {
		si = sj // "11 марта состоялся телефонный разговор …": a date alone before the verb
	}
	if si >= sj {
		si, sj = j, min(len(p.toks), j+occurrenceAfterWords)
	}
	if sj-si == 1 {
		if w := p.low[p.toks[si].s:p.toks[si].e]; p.lx.plural[w] || p.lx.singular[w] {
			return false // "Они начались с общения один на один": the talks
		}
	}
	for k := si; k < sj; k++ {
		if p.matches(p.lx.meetings, k, sj) {
			return false
		}
	}
	return true
}

// withPeriods gives the figures and rates of a clause the period the clause
// names, when it names exactly one period of whole months. The mentions may
// share the parser's array, so they are copied before they change.
func withPeriods(ms []Mention) []Mention {
	var period trade.Period
	n, figures := 0, false
	for _, m := range ms {
		switch m.Kind {
		case MentionDate:
			if q, ok := trade.PeriodOf(m.Date); ok {
				period = q
				n++
			}
		case MentionFigure, MentionRate:
			figures = true
		}
	}
	if n != 1 || !figures {
		return ms
	}
	out := make([]Mention, len(ms))
	copy(out, ms)
	for i := range out {
		if out[i].Kind == MentionFigure || out[i].Kind == MentionRate {
			out[i].Period = period
		}
	}
	return out
}

// adverbialOnly reports whether the text [a, b) is adverbials alone: empty,
// or a phrase that opens with a preposition of the lexicon's [head-end]
// section and holds no capitalised name ("При этом", "In this regard").
func (p *parser) adverbialOnly(a, b int) bool {
	i, j := p.tokRange(a, b)
	if i >= j {
		return true
	}
	if !p.lx.headEnd[p.low[p.toks[i].s:p.toks[i].e]] {
		return false
	}
	for k := i + 1; k < j; k++ {
		if isCapitalised(p.text[p.toks[k].s:]) {
			return false
		}
	}
	return true
}

// quoteSpeaker reads the speaker of a clause [a, b) that opens with a
// quotation and ends with its reporting tail ("«…», — сказал Путин",
// "“…,” Tokayev said"): the subject of the tail's verb of saying, after
// it or before it.
func (p *parser) quoteSpeaker(a, b int) ([]Party, bool) {
	closeMark := ""
	switch {
	case strings.HasPrefix(p.text[a:b], "«"):
		closeMark = "»"
	case strings.HasPrefix(p.text[a:b], "“"):
		closeMark = "”"
	case strings.HasPrefix(p.text[a:b], "‘"):
		closeMark = "’" // "‘The UK is a good neighbour …,’ said Mr Støre"
	case strings.HasPrefix(p.text[a:b], "\"") && strings.Count(p.text[a:b], "\"") >= 2:
		closeMark = "\""
	default:
		return nil, false
	}
	c := strings.LastIndex(p.text[a:b], closeMark)
	if c < 0 {
		return nil, false
	}
	return p.tailSpeaker(a+c+len(closeMark), b)
}

// closedSpeaker reads the speaker of a sentence, or a part of one, [a, b)
// that closes a quotation an earlier sentence opened and ends with its
// reporting tail ("… . Your visit will expand cooperation,” Mirziyoyev
// said.").
func (p *parser) closedSpeaker(a, b int) ([]Party, bool) {
	e, ok := quoteTail(p.text[a:b])
	if !ok || strings.ContainsAny(p.text[a:a+e], "«“") || strings.Count(p.text[a:a+e], "\"") > 1 {
		return nil, false // no tail, or the quotation opens here
	}
	return p.tailSpeaker(a+e, b)
}

// tailSpeaker reads the speaker of the reporting tail [tail, b) after a
// quotation's closing mark (", — сказал Путин", ",” Tokayev said"): the
// subject of its verb of saying, before the verb or after it.
func (p *parser) tailSpeaker(tail, b int) ([]Party, bool) {
	for _, v := range p.verbsIn(tail, b) {
		if !v.reporting && v.stance != Note {
			continue // "«…», — сказал", "…", - отметил шейх Мухаммед"
		}
		// The speaker stands between the quotation and the verb ("…”,
		// President X said", "…”, Buhari tells visiting Talon"), else
		// after the verb ("…», — сказал Путин").
		sa, sb := trimSpan(p.text, tail, v.start)
		sa += strings.IndexFunc(p.text[sa:sb]+"x", func(r rune) bool { return unicode.IsLetter(r) })
		if sa >= sb || !p.namesActor(sa, sb) {
			sa, sb = p.subjectAfter(v.end, b)
		}
		if sa < sb {
			if actors, named := p.actorsOf(sa, sb, true); named && len(actors) > 0 {
				return actors, true
			}
		}
		return nil, false
	}
	return nil, false
}

// quoteWindow bounds how far a quotation is searched for its close.
const quoteWindow = 1200

// reportedQuote reports whether an opening quotation mark (« or “, or '"'
// after a space) at i opens a quotation that a reporting tail closes
// ("«…», – сказал Путин", "“…”, Albanese said", "“…,” he said"). It
// returns the end of the quotation. The search stops at the next opening
// mark, so each byte is read a bounded number of times.
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

// reportedByOther reports whether the quotation the clause [a, b) opens
// with is closed by a reporting tail ("“Al-Sabah held official talks …,”
// state news reported"). Where quoteSpeaker places no party in that tail,
// the quotation's own subject, when it names one, is the actor, not the
// last speaker.
func (p *parser) reportedByOther(a, b int) bool {
	e, tail := reportedQuote(p.text, a, b)
	return tail && e < b
}

// quoteOpens reports whether the clause [a, b) opens with a quotation
// mark.
func (p *parser) quoteOpens(a, b int) bool {
	s := p.text[a:b]
	return strings.HasPrefix(s, "«") || strings.HasPrefix(s, "“") || strings.HasPrefix(s, "„") || strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "‘")
}

// speakerWords bounds the name that opens a line of a transcript.
const speakerWords = 4

// speakerOf reads the speaker a line of a transcript opens with, [a, b):
// at most speakerWords capitalised words (initials glued: "В.Путин") and a
// colon or a dash ("В.Путин: …", "Nikol Pashinyan – …"), naming one
// party. A speaker the text does not place is the home state's of the
// lexicon, when that state is a party; else the line gives the zero Party
// and true, so that the last speaker no longer speaks.
func (p *parser) speakerOf(a, b int) (Party, bool) {
	i, j := p.tokRange(a, min(b, a+80))
	for k := i; k < j && k < i+speakerWords; k++ {
		t := p.toks[k]
		if !isCapitalised(p.text[t.s:]) {
			return Party{}, false
		}
		if k+1 >= j {
			return Party{}, false
		}
		gap := strings.TrimSpace(p.text[t.e:p.toks[k+1].s])
		if gap == ":" || gap == "–" || gap == "—" {
			if actors, named := p.actorsOf(a, int(t.e), true); named && len(actors) == 1 {
				return actors[0], true
			}
			if home := (Party{p.lx.home}); p.lx.home != "" && slices.Contains(p.parties, home) {
				// A speaker the text does not place, in the language of a
				// state's press, is that state's, as an office-holder named
				// without a state is ("В.Путин: …" on kremlin.ru); a second,
				// different one is the other side's ("Туадера: …").
				key := p.lx.nameKey(p.low[t.s:t.e])
				if p.homeSpeaker == "" {
					p.homeSpeaker = key
				} else if key != p.homeSpeaker && len(p.parties) == 2 {
					if p.parties[0] == home {
						return p.parties[1], true
					}
					return p.parties[0], true
				}
				return home, true
			}
			return Party{}, true
		}
		if gap != "" && gap != "." {
			return Party{}, false
		}
	}
	return Party{}, false
}

// firstPerson reports whether the subject [a, v) is a pronoun of the first
// person singular of the lexicon ("I", "я", "tôi").
func (p *parser) firstPerson(a, v int) bool { return p.subjectHolds(a, v, p.lx.firstPerson) }

// firstPlural reports whether the subject [a, v) holds a pronoun of the
// first person plural of the lexicon ("we", "мы").
func (p *parser) firstPlural(a, v int) bool { return p.subjectHolds(a, v, p.lx.firstPlural) }

// subjectHolds reports whether a token of [a, v) is one of words.
func (p *parser) subjectHolds(a, v int, words map[string]bool) bool {
	i, j := p.tokRange(a, v)
	for k := i; k < j; k++ {
		if words[p.low[p.toks[k].s:p.toks[k].e]] {
			return true
		}
	}
	return false
}

// sourceOf reads a clause [a, b) that opens with a phrase of the
// lexicon's [source] section and names a party before its first comma
// ("According to Tokayev,", "По словам Лаврова,", "Theo ông Laszlo,").
func (p *parser) sourceOf(a, b int) ([]Party, bool) {
	i, _ := p.tokRange(a, b)
	if i >= len(p.toks) || int(p.toks[i].s) != a {
		return nil, false
	}
	last := -1
	p.matchAt(p.lx.sources, i, len(p.toks), func(_ phrase, l int) { last = max(last, l) })
	if c := strings.IndexByte(p.text[a:b], ','); last < 0 && c >= 0 && countWords(p.text[a:a+c]) <= sourceOpenerWords {
		// "В том числе, как уточнил глава государства, …": after a
		// short opener and its comma.
		if k := p.tokAtOrAfter(a + c); k < len(p.toks) {
			p.matchAt(p.lx.sources, k, len(p.toks), func(_ phrase, l int) { last = max(last, l) })
		}
	}
	if last < 0 {
		return nil, false
	}
	from := int(p.toks[last].e)
	c := strings.IndexAny(p.text[from:b], ",:") // "According to Ambassador X: “…"
	if c < 0 {
		return nil, false
	}
	sa, sb := trimSpan(p.text, from, from+c)
	if sa >= sb && len(p.lastOne) > 0 {
		// "По его словам, …": a source named by a pronoun inside the
		// phrase is the last side that spoke alone.
		return p.lastOne, true
	}
	if sa >= sb || countWords(p.text[sa:sb]) > sourceWords {
		return nil, false
	}
	actors, named := p.actorsOf(sa, sb, true)
	return actors, named && len(actors) > 0
}

// sourceOpenerWords bounds the words before a comma that a source may
// follow ("В том числе, как уточнил …").
const sourceOpenerWords = 3

// sourceWords bounds the name of a source: a person or an office ("the
// Prime Minister"), not a newsroom ("Theo Đặc phái viên Thông tấn xã
// Việt Nam").
const sourceWords = 6

// namesAParty reports whether a mention of one of the parties lies in
// [a, b).
func (p *parser) namesAParty(a, b int) bool {
	k, _ := slices.BinarySearchFunc(p.all, a, func(m Mention, a int) int { return cmp.Compare(m.Start, a) })
	for _, m := range p.all[k:] {
		if m.Start >= b {
			break
		}
		if m.Kind == MentionParty && m.Start >= a && slices.Contains(p.parties, m.Party) {
			return true
		}
	}
	return false
}

// nominalAt returns, as a verb at a, the [nominal] phrase the clause
// [a, b) opens with, or the zero verbAt.
func (p *parser) nominalAt(a, b int) verbAt {
	i, j := p.tokRange(a, b)
	if i >= j || int(p.toks[i].s) != a {
		return verbAt{}
	}
	v := verbAt{}
	p.matchAt(p.lx.nominals, i, j, func(ph phrase, l int) {
		if e := int(p.toks[l].e); e > v.end {
			v = verbAt{start: a, end: e, stance: p.lx.nominalOf[ph.id]}
		}
	})
	return v
}

// participleAside reports whether the verb v of the clause opening at a
// is an English present participle (one word in "-ing", after at most a
// word of the lexicon's [aside-opener] section) in an aside set off by
// commas after the subject, the
// clause's verb w after it ("The Ministers, while reconfirming …,
// reiterated …", "The Presidents, noting …, agreed …"), and returns where
// the subject ends (its comma).
func (p *parser) participleAside(a int, v, w verbAt) (int, bool) {
	word := strings.TrimSpace(p.low[v.start:v.end])
	if strings.Contains(word, " ") || !strings.HasSuffix(word, "ing") || strings.IndexByte(p.text[v.end:w.start], ',') < 0 {
		return 0, false
	}
	before := strings.TrimRight(p.text[a:v.start], " ")
	if w := lastWordOf(before); w != "" && p.lx.asideOpen[lowerWord(w)] {
		before = strings.TrimRight(before[:len(before)-len(w)], " ")
	}
	if !strings.HasSuffix(before, ",") {
		return 0, false
	}
	e := a + len(before) - 1
	if sa, sb := p.subjectOf(a, e); sa >= sb || !p.namesActor(sa, sb) {
		return 0, false
	}
	return e, true
}

// documentParticiple reports whether the verb v of the clause opening at
// a is a participle after a subject of the lexicon's [document] section
// and before a preposition, with the clause's verb w after it and no
// punctuation between: "The joint declaration agreed between the two
// Prime Ministers highlights …", "The document signed at the Palace
// underlines …".
func (p *parser) documentParticiple(a int, v, w verbAt) bool {
	if strings.ContainsAny(p.text[v.end:w.start], ",;:") || strings.Contains(strings.TrimSpace(p.text[v.start:v.end]), " ") {
		return false
	}
	i, j := p.tokRange(a, v.start)
	if i >= j || j-i > 4 {
		return false
	}
	found := false
	for k := i; k < j; k++ {
		p.matchAt(p.lx.documents, k, j, func(_ phrase, l int) { found = found || l == j-1 })
	}
	return found && p.prepositionAt(v.end)
}

// agendaIn returns, as a verb at a, the first [agenda] phrase of the
// verbless sentence [a, b), or the zero verbAt: a sentence that names what
// the talks took up ("Chief among the topics was …", "Regional
// integration was one of the main issues on the table") is the parties'
// discuss, as "The talks covered …" is.
func (p *parser) agendaIn(a, b int) verbAt {
	i, j := p.tokRange(a, b)
	for k := i; k < j; k++ {
		if p.matches(p.lx.agenda, k, j) {
			return verbAt{start: a, end: a, stance: Discuss}
		}
	}
	return verbAt{}
}

// surnameOnly reports whether the subject [a, b) holds one capitalised
// word, with a surname's ending of the lexicon's [surname-ending] section,
// among lowercase words ("При этом Путин", "Лавров также").
func (p *parser) surnameOnly(a, b int) bool {
	i, j := p.tokRange(a, b)
	names := 0
	for k := i; k < j; k++ {
		w := p.low[p.toks[k].s:p.toks[k].e]
		switch {
		case !isCapitalised(p.text[p.toks[k].s:]) || k == i && p.isFunctionWord(w):
		case p.lx.surname(w):
			names++
		default:
			return false
		}
	}
	return names == 1
}

// homePlaced reports whether the text has placed a person on the home
// state's side.
func (p *parser) homePlaced() bool {
	home := Party{p.lx.home}
	for _, q := range p.people {
		if q == home {
			return true
		}
	}
	return false
}

// surnameAt returns the token of the one surname in [a, b) that
// surnameOnly found, or -1.
func (p *parser) surnameAt(a, b int) int {
	i, j := p.tokRange(a, b)
	for k := i; k < j; k++ {
		if w := p.low[p.toks[k].s:p.toks[k].e]; isCapitalised(p.text[p.toks[k].s:]) && !(k == i && p.isFunctionWord(w)) && p.lx.surname(w) {
			return k
		}
	}
	return -1
}

// nameOnly reports whether [a, v) is a short subject of capitalised words
// and adverbs, a person's name, that names no party: "Владимир Путин
// сегодня", "Mr Lee".
func (p *parser) nameOnly(a, v int) bool {
	i, j := p.tokRange(a, v)
	if i >= j || j-i > 4 || !isCapitalised(p.text[p.toks[i].s:]) {
		return false
	}
	if _, ok := p.onlyPartyIn(a, v); ok {
		return false
	}
	caps := 0
	for k := i; k < j; k++ {
		if isCapitalised(p.text[p.toks[k].s:]) {
			caps++
		}
	}
	return caps >= 2 || caps == 1 && j-i == 1
}

// otherParty returns, in a text of two parties, the one that is not q.
func (p *parser) otherParty(q Party) Party {
	if p.parties[0] == q {
		return p.parties[1]
	}
	return p.parties[0]
}

// onlyPartyIn returns the one party that mentions in [a, b) name, and
// false when they name none or both.
func (p *parser) onlyPartyIn(a, b int) (Party, bool) {
	k, _ := slices.BinarySearchFunc(p.all, a, func(m Mention, a int) int { return cmp.Compare(m.Start, a) })
	var found Party
	for _, m := range p.all[k:] {
		if m.Start >= b {
			break
		}
		if m.Kind != MentionParty || !slices.Contains(p.parties, m.Party) {
			continue
		}
		if !found.IsZero() && found != m.Party {
			return Party{}, false
		}
		found = m.Party
	}
	return found, !found.IsZero()
}

// verbEndsWithMeeting reports whether the phrase of the verb v ends with
// a noun of the lexicon's [meeting] section ("состоялись переговоры",
// "прошла встреча").
func (p *parser) verbEndsWithMeeting(v verbAt) bool {
	i, j := p.tokRange(v.start, v.end)
	if i >= j {
		return false
	}
	found := false
	p.matchAt(p.lx.meetings, j-1, j, func(phrase, int) { found = true })
	return found
}

// occurrenceFirst reports whether the verb at v opens with a verb of
// taking place of the lexicon's [occurrence] section ("состоялись
// переговоры"): the meeting after it is the verb's subject.
func (p *parser) occurrenceFirst(v verbAt) bool {
	i, j := p.tokRange(v.start, v.end)
	return i < j && p.lx.occurrence[p.low[p.toks[i].s:p.toks[i].e]]
}

// prepositionAt reports whether the word at byte i is a preposition (a
// word of the lexicon's [head-end] section).
func (p *parser) prepositionAt(i int) bool {
	k := p.tokAtOrAfter(i)
	return k < len(p.toks) && p.lx.headEnd[p.low[p.toks[k].s:p.toks[k].e]]
}

// invertedBefore reports whether the verb at v may have its subject after
// it: a comma or a dash ends the text before it ("«…», – сказал Путин"),
// or one word alone stands there ("Как отметил президент").
func (p *parser) invertedBefore(a, v int) bool {
	before := strings.TrimRight(p.text[a:v], " ")
	for _, end := range []string{",", "–", "—", "-"} {
		if strings.HasSuffix(before, end) {
			return true
		}
	}
	return countWords(before) == 1
}

// dateAlone reports whether the text [a, b) before a verb is a date alone
// ("11 марта состоялся телефонный разговор …").
func (p *parser) dateAlone(a, b int) bool {
	i, j := p.tokRange(a, b)
	return i < j && p.pastLeadingDate(i, j) >= j
}

// subjectAfterWords bounds the subject read after its verb.
const subjectAfterWords = 8

// subjectAfter returns the subject that follows a verb ending at v: the
// words up to the next punctuation, at most subjectAfterWords of them.
func (p *parser) subjectAfter(v, b int) (int, int) {
	i, j := p.tokRange(v, b)
	e := i
	for e < j && e-i < subjectAfterWords {
		if e > i && strings.ContainsAny(p.text[p.toks[e-1].e:p.toks[e].s], ",.;:()«»\"“”—–") {
			break
		}
		e++
	}
	if e == i {
		return 0, 0
	}
	return int(p.toks[i].s), int(p.toks[e-1].e)
}

// headedSubjectSkip bounds the words between a verb and the head of a
// subject that follows it ("принял в понедельник президент").
const headedSubjectSkip = 3

// headedSubject returns the subject the lexicon's [subject-head] section
// finds for the verb v of a clause from a: a head word among the words
// before the verb but its first (the object opens the sentence), else one
// of the first words after it within the clause's end b, the subject
// running from there to the verb or, after it, to the next punctuation.
func (p *parser) headedSubject(a, b int, v verbAt) (int, int, bool) {
	i, j := p.tokRange(a, v.start)
	for k := i + 1; k < j; k++ {
		if p.lx.subjectHead[p.low[p.toks[k].s:p.toks[k].e]] && !strings.ContainsAny(p.text[p.toks[k].s:v.start], ",.;:") && !p.prepositionAt(int(p.toks[k-1].s)) {
			return int(p.toks[k].s), int(p.toks[j-1].e), true
		}
	}
	sa, sb := p.subjectAfter(v.end, b)
	if sa >= sb {
		return 0, 0, false
	}
	i, j = p.tokRange(sa, sb)
	for k := i; k < min(j, i+headedSubjectSkip); k++ {
		if k > i && p.prepositionAt(int(p.toks[k-1].s)) {
			return 0, 0, false
		}
		if p.lx.subjectHead[p.low[p.toks[k].s:p.toks[k].e]] {
			return int(p.toks[k].s), sb, true
		}
	}
	return 0, 0, false
}

// trailOnly reports whether the text [a, b) before a verb holds only words
// of the lexicon's [subject-trail] ("Особо отмечено …", "Также
// подчеркнуто …"): the verb is impersonal.
func (p *parser) trailOnly(a, b int) bool {
	i, j := p.tokRange(a, b)
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if !p.lx.trail[p.low[p.toks[k].s:p.toks[k].e]] {
			return false
		}
	}
	return true
}

// narrativeVerb returns the start of the first narrative verb of the
// lexicon in [a, b) ("paid", "visited", "held"), or b. An adverb of the
// lexicon's [subject-opener] at a holds none ("Ngoài ra hai bên …").
func (p *parser) narrativeVerb(a, b int) int {
	i, j := p.tokRange(a, b)
	for k := p.pastSubjectOpener(i, j); k < j; k++ {
		if p.matches(p.lx.narrative, k, j) {
			return int(p.toks[k].s)
		}
	}
	return b
}

// subjectOf drops introductory phrases ("At the invitation of …, ", "In
// Hanoi, ") from the text [a, b) before a clause's verb: the subject
// follows the last comma outside parentheses, unless that leaves only
// an apposition ("Dr. Manmohan Singh, Prime Minister of India,").
func (p *parser) subjectOf(a, b int) (int, int) {
	s := p.text
	if ta, tb := trimSpan(s, a, b); tb > ta && s[tb-1] == ',' && afterLastComma(s, a, tb-1) > a && p.adjunctBeforeOne(ta, tb-1) {
		// "At the invitation of X, …, H.E. Y, President of Burkina
		// Faso, paid …": the comma that closes an apposition is not the
		// last one before the subject.
		b = tb - 1
	}
	cut := afterLastComma(s, a, b)
	// Reported speech: "… revealed that the two prime ministers".
	i, j := p.tokRange(max(a, cut), b)
	for k := j - 1; k >= i; k-- {
		if p.lx.compl[p.low[p.toks[k].s:p.toks[k].e]] && k+1 < j {
			cut = int(p.toks[k].e)
			break
		}
	}
	if cut < 0 {
		return trimSpan(s, a, b)
	}
	if ca, cb := trimSpan(s, cut, b); ca < cb {
		if cut > a && p.lx.compl[lowerWord(s[ca:cb])] {
			// "Алиев заявил, что доволен …": the verb follows the
			// complementizer at once; its subject is the reporter's,
			// before the verb of saying.
			if vs := p.verbsIn(a, cut); len(vs) > 0 && vs[len(vs)-1].reporting {
				return trimSpan(s, a, vs[len(vs)-1].start)
			}
		}
		if cut > a && p.lx.person[lowerWord(s[ca:cb])] {
			// "Thani told a conference that he hopes …": a pronoun of one
			// person after the complementizer is the reporter, the
			// subject before the verb of saying.
			if vs := p.verbsIn(max(a, cut-subjectWindow), cut); len(vs) > 0 && vs[len(vs)-1].reporting {
				if ra, rb := trimSpan(s, a, vs[len(vs)-1].start); ra < rb {
					return ra, rb
				}
			}
		}
		return ca, cb
	}
	return trimSpan(s, a, b)
}

// adjunctBeforeOne reports whether [a, b) opens with a preposition ("At
// the invitation of …") and no part after its commas opens with a word
// that joins names: an adjunct, then one subject with its apposition, not
// "…, Mr X, and the President of Cyprus, Mr Y".
func (p *parser) adjunctBeforeOne(a, b int) bool {
	i, j := p.tokRange(a, b)
	if i >= j || !p.lx.headEnd[p.low[p.toks[i].s:p.toks[i].e]] {
		return false
	}
	for k := i + 1; k < j; k++ {
		if p.conjAt(k) && strings.HasSuffix(strings.TrimRight(p.text[p.toks[k-1].e:p.toks[k].s], " \n"), ",") {
			return false
		}
	}
	return true
}

// withConjoinedBeforeComma adds to actors, the parties of a subject that
// follows a comma at sa, those of the words before the comma when they
// are the first half of a subject joined by a [name-conjunction] word and
// the comma sets off an apposition: "Министр иностранных дел России
// Сергей Лавров и заместитель председателя правительства, глава МИД
// Туркмении Рашид Мередов обсудили …" is both ministers. Words that open
// with a preposition ("In Hanoi and Moscow, …") are adverbials, and a
// quotation is no subject.
func (p *parser) withConjoinedBeforeComma(a, sa int, actors []Party) []Party {
	i, j := p.tokRange(a, sa)
	if i >= j || p.lx.headEnd[p.low[p.toks[i].s:p.toks[i].e]] || p.lx.starts[p.low[p.toks[i].s:p.toks[i].e]] {
		return actors
	}
	conj := false
	for k := i + 1; k < j; k++ {
		if p.lx.nameConj[p.low[p.toks[k].s:p.toks[k].e]] {
			conj = true
		}
	}
	if !conj || strings.Count(p.text[a:sa], ",") != 1 || strings.ContainsAny(p.text[a:sa], "\"“”«»") {
		return actors
	}
	before, ok := p.actorsOf(a, sa-1, false)
	if !ok || len(before) == 0 {
		return actors
	}
	out := slices.Clone(before)
	for _, q := range actors {
		out = appendParty(out, q)
	}
	return out
}

// afterLastComma returns the byte after the last comma of s[a:b] that
// stands outside parentheses and before a space, or -1.
func afterLastComma(s string, a, b int) int {
	depth := 0
	cut := -1
	words := false    // a byte other than a space has been read
	quotedIn := false // the last opening quotation mark follows words of the segment
	for i := a; i < b; i++ {
		if strings.HasPrefix(s[i:b], "“") {
			quotedIn = words
		}
		if !isSpaceASCII(s[i]) {
			words = true
		}
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 && i+1 < b && isSpaceASCII(s[i+1]) {
				cut = i + 1
			} else if q := len("”"); depth == 0 && quotedIn && strings.HasPrefix(s[i+1:b], "”") && i+2+q < b && isSpaceASCII(s[i+1+q]) && isCapitalised(s[i+2+q:]) {
				// "Calling the visit “a landmark,” Xi said …": a quotation
				// inside an opening phrase (after words of its own, not
				// "“We agree,” he said"), closed by its comma.
				cut = i + 1 + q
			}
		}
	}
	return cut
}

// subjectBeforeComma returns the segment before the comma that ends
// [a, b) ("…, the Prime Ministers focused on trade, pledging …"), or
// false when [a, b) does not end with a comma.
func (p *parser) subjectBeforeComma(a, b int) (int, int, bool) {
	s := p.text
	_, e := trimSpan(s, a, b)
	if e <= a || s[e-1] != ',' {
		return 0, 0, false
	}
	e--
	start := max(a, afterLastComma(s, a, e))
	ca, cb := trimSpan(s, start, e)
	return ca, cb, ca < cb
}

// asideAt reports whether the segment [ca, cb) before a verb opens with a
// [parenthetical] phrase ("for its part", "along with other nations",
// "в свою очередь") or an [aside-opener] word ("as neighbours", "during
// the talks") and a comma sets it off from a subject before it, and
// returns that subject's segment, from a.
func (p *parser) asideAt(a, ca, cb int) (int, int, bool) {
	low := p.low[ca:cb]
	opens := p.lx.asideOpen[lowerWord(firstWordOf(p.text[ca:cb]))] // "as neighbours", "during the talks"
	for _, o := range p.lx.parenthetical {
		if strings.HasPrefix(low, o) && wordRuneLen(low, len(o)) == 0 {
			opens = true
			break
		}
	}
	if !opens {
		return 0, 0, false
	}
	_, e := trimSpan(p.text, a, ca)
	if e <= a || p.text[e-1] != ',' {
		return 0, 0, false
	}
	sa, sb := trimSpan(p.text, max(a, afterLastComma(p.text, a, e-1)), e-1)
	return sa, sb, sa < sb
}

// comitativeParties returns the states an aside that opens with a
// [comitative] phrase names ("together with Peru"): they join the
// subject.
func (p *parser) comitativeParties(ca, cb int) []Party {
	low := p.low[ca:cb]
	for _, o := range p.lx.comitative {
		if strings.HasPrefix(low, o) {
			var out []Party
			for _, m := range p.mentionsIn(ca, cb) {
				if m.Kind == MentionParty && m.Party.Kind() == PartyState {
					out = appendParty(out, m.Party)
				}
			}
			return out
		}
	}
	return nil
}

// topicsIn returns the topics of the clause text[a:b], in Topic order.
func (p *parser) topicsIn(a, b int) []Topic {
	i, j := p.tokRange(a, b)
	var seen [topicEnd]bool
	ps := p.lx.topics
	for k := i; k < j; k++ {
		p.matchAt(ps, k, j, func(ph phrase, _ int) { seen[ph.id] = true })
	}
	var out []Topic
	for t := TopicPolitics; t < topicEnd; t++ {
		if seen[t] {
			out = append(out, t)
		}
	}
	return out
}

// verbsIn finds the stance verbs of text[a:b], in order, without overlaps,
// longest phrase first at each word. A verb after a noun context ("mutual
// support") or a hedge ("may support"), and a participle followed by "by"
// ("…, underscored by history"), is not a stance verb.
func (p *parser) verbsIn(a, b int) []verbAt {
	i, j := p.tokRange(a, b)
	ps := p.lx.verbs
	var out []verbAt
	for k := i; k < j; {
		best, bestLast := -1, -1
		p.matchAt(ps, k, j, func(ph phrase, last int) {
			if best < 0 || last > bestLast {
				best, bestLast = ph.id, last
			}
		})
		if best < 0 {
			k++
			continue
		}
		if k > i && isCapitalised(p.text[p.toks[k].s:]) && strings.TrimSpace(p.text[p.toks[k-1].e:p.toks[k].s]) == "" {
			// "Đảng Xã hội chủ nghĩa Thống nhất Venezuela": a capitalised
			// word inside a sentence is a name's, no verb.
			k++
			continue
		}
		if p.lx.stances[best].holding {
			if last, ok := p.heldMeeting(bestLast, j); ok {
				// "held the fifth Papua New Guinea-Australia Leaders'
				// Dialogue": a verb of holding and a meeting it holds.
				out = append(out, verbAt{start: int(p.toks[k].s), end: int(p.toks[last].e), stance: Discuss, negated: p.negatedBefore(i, k), holding: true})
				k = last + 1
				continue
			}
		}
		prev := ""
		if k > i && strings.TrimSpace(p.text[p.toks[k-1].e:p.toks[k].s]) == "" {
			prev = p.low[p.toks[k-1].s:p.toks[k-1].e] // "mutual support"; not "… warm", said"
		}
		next := ""
		if bestLast+1 < j {
			next = p.low[p.toks[bestLast+1].s:p.toks[bestLast+1].e]
		}
		agent := 0
		if p.lx.byAgent[next] && p.lx.passiveAux[prev] && bestLast+2 < j {
			agent = int(p.toks[bestLast+2].s) // "was welcomed by the Iranian Foreign Minister"
		}
		if p.lx.nounContext[prev] || p.lx.hedges[prev] || p.lx.byAgent[next] && agent == 0 || p.lx.stances[best].stance == StanceUnknown || p.nounAfterDeterminer(i, k, bestLast) || p.nounBeforeStop(k, bestLast, j) {
			k = bestLast + 1
			continue
		}
		va := verbAt{start: int(p.toks[k].s), end: int(p.toks[bestLast].e), stance: p.lx.stances[best].stance, reporting: p.lx.stances[best].reporting, agent: agent}
		va.negated = p.negatedBefore(i, k)
		out = append(out, va)
		k = bestLast + 1
	}
	return out
}

// heldMeetingWords bounds the words between a verb of holding and the
// meeting it holds, less the capitalised words of its name;
// heldMeetingNameWords bounds them all ("held the fifth Papua New
// Guinea-Australia Leaders' Dialogue").
const (
	heldMeetingWords     = 6
	heldMeetingNameWords = 12
)

// heldMeeting reports whether the verb of the lexicon's [meeting-verb]
// section at token k has an object, within heldMeetingWords words of
// the same phrase (no punctuation but hyphens and apostrophes, no stance
// verb), is a meeting ([meeting]): "held an in-depth meeting", "has
// squeezed in a bilateral meeting", "convened the joint commission". It
// returns the meeting noun's last token.
func (p *parser) heldMeeting(k, j int) (int, bool) {
	words := 0 // words read, less the capitalised words of a meeting's name
	for n := k + 1; n < j && words < heldMeetingWords && n <= k+heldMeetingNameWords; n++ {
		if !isCapitalised(p.text[p.toks[n].s:]) {
			words++
		}
		gap := p.text[p.toks[n-1].e:p.toks[n].s]
		if strings.Trim(gap, " -'’") != "" {
			return 0, false
		}
		found := -1
		p.matchAt(p.lx.meetings, n, j, func(_ phrase, l int) { found = max(found, l) })
		if found >= 0 {
			return found, true
		}
		if w := p.low[p.toks[n].s:p.toks[n].e]; p.lx.stanceFirst[w] || p.lx.headEnd[w] && gap == " " {
			return 0, false // "holds the Presidency of the Council": a meeting after "of" is not the one held (a "face-to-face meeting" is)
		}
	}
	return 0, false
}

// nounAfterDeterminer reports whether the one-word stance verb at token k
// is a noun of the lexicon's [verb-noun] section two words after a
// [determiner]: "a ceremonial welcome", "their full support".
func (p *parser) nounAfterDeterminer(first, k, last int) bool {
	if k != last || k-2 < first || !p.lx.verbNoun[p.low[p.toks[k].s:p.toks[k].e]] {
		return false
	}
	for j := k - 2; j < k; j++ {
		if strings.TrimSpace(p.text[p.toks[j].e:p.toks[j+1].s]) != "" {
			return false
		}
	}
	return p.lx.determiners[p.low[p.toks[k-2].s:p.toks[k-2].e]]
}

// nounBeforeStop reports whether the one-word stance verb at token k is
// a noun of the lexicon's [verb-noun] section with no object: a stop,
// comma or the end of the text follows it ("… mutual trust and
// support.").
func (p *parser) nounBeforeStop(k, last, end int) bool {
	if k != last || !p.lx.verbNoun[p.low[p.toks[k].s:p.toks[k].e]] {
		return false
	}
	rest := strings.TrimLeft(p.text[p.toks[k].e:], " ")
	return k+1 >= end || rest == "" || strings.ContainsRune(".,;:!?", rune(rest[0]))
}

// negatedBefore reports whether a negation ends just before token k.
func (p *parser) negatedBefore(first, k int) bool {
	for _, n := range p.lx.negations {
		if k-len(n) >= first && p.wordsAt(k-len(n), n) {
			return true
		}
	}
	return false
}

// wordsAt reports whether the tokens from k on are the lowercased words
// ws, in order.
func (p *parser) wordsAt(k int, ws []string) bool {
	if k < 0 || k+len(ws) > len(p.toks) {
		return false
	}
	for m, w := range ws {
		if t := p.toks[k+m]; p.low[t.s:t.e] != w {
			return false
		}
	}
	return true
}
