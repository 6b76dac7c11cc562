package agreement

import (
	"cmp"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/internal/textlang"
	"github.com/bilateral-go/bilateral/timeline"
	"golang.org/x/text/language"
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
	// Language is the language of the text, when the caller knows it:
	// English, Vietnamese or Russian (any other reads as English). The zero
	// Tag means detect it from the text's script and Vietnamese
	// diacritics (see Communique.Language).
	Language language.Tag
	// Parties are the two sides, when the caller knows them. Otherwise the
	// parser takes them from the title or the preamble when one names two
	// states, else the two states the text names most often, first named
	// first.
	Parties []Party
}

// ParseCommunique reads the text of a joint communiqué, joint statement or
// news report of talks, in English, Vietnamese or Russian, into a
// [Communique]. The language is detected from the text (its script and
// Vietnamese diacritics: a document, not each word) unless
// ParseOptions.Language gives it; Communique.Language says which ("en",
// "vi", "ru"), and the lexicon of that language (lexicon/vi.txt,
// lexicon/ru.txt) supplies every word. Stances, topics and actors are the
// same identifiers and ISO codes in every language; offsets are byte
// offsets of the input. The reader is a pipeline of stages, each passing
// over the text once:
//
//   - Layout (layout.go): blocks of title, headings, datelines ("ASTANA,
//     July 3 (Xinhua) --", "WASHINGTON, D.C. —"), captions, list markers
//     ("1.", "1.At", "(a)", "•") and body paragraphs; the hard-wrapped lines
//     of PDF and e-mail copies are joined into their paragraph. Every byte
//     that is not white space lies in a clause, the title, a heading, a
//     dateline, a list marker or a skipped caption, or is a conjunction
//     between two clauses of one sentence.
//   - Sentences (sentence.go): abbreviations ("Dr.", "No.", "U.S.", "D.C.",
//     "a.m.", initials such as "M.V.") do not end a sentence, except before
//     a word that starts one.
//   - Clauses (clause.go): one per sentence, split where a second subject
//     with its own stance verb follows "while", "whereas", ";" or "and",
//     or where "and" joins a stance verb with another stance.
//   - Filling: actors from the subject (actor.go) — "the two sides", "the
//     Leaders", "We" give both parties; a state, a nationality before
//     "side", "Government" or an office, or a person the text introduces
//     ("the Prime Minister of India, Dr. Manmohan Singh") give that party;
//     "They", "He" repeat the previous clause's actors; a subject that
//     names no party ("Over 100 companies") has none, and takes no stance.
//     Stance from the first stance verb, negated by "did not" and the like
//     just before it (see [Clause.CAMEO] for its code); topics; mentions of
//     dates ([timeline.ExtractDates]), figures and rates
//     ([trade.ExtractFigures]), instruments ([Registry.Citations]), parties
//     and places.
//   - Metadata: Kind from the title, else from where the text names itself
//     (a heading line "Joint Declaration of …", "the full text of the joint
//     statement", "The joint communiqué reads as follows:"), not from a
//     report's sentence about a statement ("joint communiqué", "joint
//     statement", "joint declaration", "leaders' declaration", "joint
//     vision statement"…; otherwise a news report); Title the first line
//     that stands alone; Place from the dateline or the first city of the
//     gazetteer; Issued the date of the dateline, else the date of the
//     visit or meeting in the preamble (not a commemorated past event),
//     else a date in the closing lines ("Done at Hanoi, 15 January 2025"),
//     else the date of a line that dates the page ("Published : 07 Mar
//     2022, 19:30", "08:33 | 18/08/2017"). Such a line is not the title,
//     and it gives its year to a dateline or lead that names none
//     ("WASHINGTON, June 30 (Yonhap)", "Chiều 17/8"). A day the lead names
//     relative to the dateline or that line ("today", "yesterday", "on
//     Monday", "hôm qua", "в среду") is the event's.
//
// The words of each stage are data: lexicon/en.txt, documented in
// lexicon/README.md.
//
// Empty input, input that is not valid UTF-8 (the error names the byte
// offset) and input over MaxBytes are errors. ParseCommunique never panics,
// and its cost is linear in the length of the input.
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
		return nil, &TooLargeError{Limit: max}
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
		return nil, &TooLargeError{Limit: max}
	}
	return parseText(text, opts)
}

func parseText(text string, opts ParseOptions) (*Communique, error) {
	if len(text) > math.MaxInt32 {
		return nil, &TooLargeError{Limit: math.MaxInt32} // token offsets are int32, whatever MaxBytes says
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
		return nil, &ParseError{What: "communiqué", Input: text, Reason: "invalid UTF-8 at byte " + strconv.Itoa(off)}
	}
	lang := textlang.Detect(text)
	if opts.Language != (language.Tag{}) {
		base, _ := opts.Language.Base()
		if l, ok := textlang.Parse(base.String()); ok {
			lang = l
		} else {
			lang = textlang.English
		}
	}
	lx, err := lexiconFor(lang.String())
	if err != nil {
		return nil, err
	}
	reg := opts.Registry
	if reg == nil {
		reg = Builtin()
	}
	p := newParser(text, lx, reg)
	c := &Communique{Version: SchemaVersion, Language: lx.lang}
	blocks := layout(text, p.low, lx)
	var pd pageDates
	titleDated, body := false, false // the title's line dates the page; a paragraph came
	titleAt, titleEnd := 0, 0
	for _, b := range blocks {
		switch b.kind {
		case blockBody:
			body = true
		case blockTitle, blockHeading:
			if b.start < preambleBytes && p.publicationLine(b, &pd) {
				titleDated = titleDated || b.kind == blockTitle
				continue // "Published : 07 Mar 2022, 19:30", "08:33 | 18/08/2017"
			}
			if c.Title == "" && (b.kind == blockTitle || titleDated && !body) {
				end := b.end
				if b.start < pd.stampAt && pd.stampAt < b.end {
					end = pd.stampAt // "… Việt Nam và Brazil 31/03/2025 06:23": not the stamp
				}
				c.Title = cleanHeading(text[b.start:end]) // the first line after one that dates the page
				titleAt, titleEnd = b.start, end
			}
		case blockDateline:
			if p.publicationLine(b, &pd) {
				continue // "Published on October 1, 2008"
			}
			line := text[b.start:b.end]
			if strings.HasPrefix(line, "(") && strings.HasSuffix(strings.TrimSpace(line), ")") {
				line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "()")) // "( February 11, Islamabad, Sri Lanka Guardian)"
			}
			if n := dateFirstDateline(line, lx); n > 0 {
				line = line[n:] // "14 апреля 2026 года, Москва, Кремль"
			}
			if pl := placeOfDateline(line, lx); c.Place == "" && !lx.weekdays[lowerWord(pl)] && !startsWithDate(pl, lang) && !agencyOnly(line, lx) {
				c.Place = pl
				p.datelineState = lx.placeState[lowerWord(pl)]
			}
			if c.Issued.IsZero() {
				opts := timeline.ExtractOptions{Language: language.Make(lx.lang)}
				for m := range timeline.ExtractDatesWith(text[b.start:b.end], opts) {
					if m.Precision == timeline.PrecisionDay {
						c.Issued = m.Value
						break
					}
				}
				if c.Issued.IsZero() {
					pd.yearless = append(pd.yearless, b) // "WASHINGTON, June 30 (Yonhap) --"
				}
			}
		}
	}
	c.Kind = p.kindOf(c.Title)
	p.parties = opts.Parties
	if len(p.parties) == 0 {
		p.parties = p.partiesOf(blocks)
	}
	p.introductions()
	if home := (Party{lx.home}); p.homeNamed && len(opts.Parties) == 0 && len(p.parties) == 2 && !slices.Contains(p.parties, home) &&
		!p.namesBoth(titleAt, titleEnd) && (!lx.sharedPress || p.namesState(lx.home)) {
		// A Vietnamese or Russian report names its own state's leaders
		// without their state: that state is a side, in place of the
		// state the text names less often (a venue, a third state) —
		// unless the title names both ("Совместное коммюнике
		// правительства Республики Беларусь и правительства Китайской
		// Народной Республики" is no Russian report), and unless the
		// text never names the home state of a language that other
		// states' press writes too ([shared-press]: Russian is the press
		// language of Kazakhstan and Belarus, "Глава государства
		// Касым-Жомарт Токаев встретился с … Туркменистана").
		count, _ := p.stateCounts()
		weaker := 1
		if count[p.parties[0].code] < count[p.parties[1].code] {
			weaker = 0
		}
		p.parties = slices.Clone(p.parties)
		p.parties[weaker] = home
		p.introductions()
	}
	if home := (Party{lx.home}); p.homeNamed && len(opts.Parties) == 0 && len(p.parties) == 1 && p.parties[0] != home {
		// "Chủ tịch nước Trương Tấn Sang đã hội đàm với Tổng thống
		// Tanzania …": a report that names one state, and a leader
		// without a state, is of a meeting with its own state.
		p.parties = []Party{p.parties[0], home}
		p.introductions()
	}
	if home := (Party{lx.home}); lx.home != "" && len(opts.Parties) == 0 && len(p.parties) == 1 && p.parties[0] != home &&
		(p.unplacedSpeaker(blocks) || p.surnameSubject()) {
		// A transcript whose speaker the text does not place ("В.Путин:
		// Уважаемый господин Премьер-министр …") beside one placed state:
		// the speaker is of the home state of the text's press, a side.
		p.parties = []Party{p.parties[0], home}
		p.introductions()
	}
	speechAt, speechEnd := titleAt, titleEnd
	if speechAt == speechEnd {
		for _, b := range blocks {
			if b.kind == blockTitle || b.kind == blockHeading || b.kind == blockBody {
				speechAt, speechEnd = b.start, min(b.end, b.start+200) // a first line that ends as a sentence would
				break
			}
		}
	}
	if q, ok := p.titleSpeaker(speechAt, speechEnd); ok {
		// "Вступительное слово С.В.Лаврова в ходе переговоров с …",
		// "Remarks by President X": a speech, whose "we" and opening
		// verbs are its speaker's, as after a transcript's speaker line.
		if home := (Party{lx.home}); q.IsZero() && lx.home != "" && len(opts.Parties) == 0 && len(p.parties) == 1 && p.parties[0] != home {
			p.parties = []Party{p.parties[0], home}
			p.introductions()
		}
		if q.IsZero() && lx.home != "" && slices.Contains(p.parties, Party{lx.home}) {
			q = Party{lx.home} // the press of a state names its own speaker without the state
		}
		p.speaker = q
	}
	c.Parties = p.parties
	p.structure(c, blocks)
	c.Issued = p.issuedOf(c.Issued, blocks, &pd)
	p.addYearless(c)
	if c.Kind == CommuniqueNewsReport && (numberedMarkers(text, blocks) >= 2 && stanceShare(c) >= 0.5 || p.selfOpens(c) || p.statementOpens(c) && stanceShare(c) >= statementShare) {
		// No line names the text, but numbered paragraphs that mostly
		// take a stance for a party, or a first sentence in which the
		// parties speak ("We, the Prime Ministers of …"): the parties'
		// own statement, not a report of it — of the kind the text names
		// ("… the Declaration of Macas … The two parties: 1. Reaffirm"),
		// else a joint statement.
		c.Kind = CommuniqueJointStatement
		if p.namedKind != CommuniqueUnknown {
			c.Kind = p.namedKind
		}
	}
	if c.Place == "" {
		c.Place = p.firstPlace(titleEnd, preambleBytes)
	}
	return c, nil
}

// titleSpeaker reads the speaker of a title that opens with a phrase of
// the lexicon's [speech-title] section ("Remarks by", "Вступительное
// слово"): the party of the name after it, or the zero Party when the
// text does not place that name; ok is false for any other title.
func (p *parser) titleSpeaker(from, to int) (Party, bool) {
	if from >= to {
		return Party{}, false
	}
	low := p.low[from:to]
	for _, w := range p.lx.speechTitle {
		if !strings.HasPrefix(low, w) || wordRuneLen(low, len(w)) > 0 {
			continue
		}
		i, j := p.tokRange(from+len(w), to)
		k := i
		for k < j && k-i < 6 && (isCapitalised(p.text[p.toks[k].s:]) || p.lx.closedWord(p.low[p.toks[k].s:p.toks[k].e]) && k == i) {
			k++
		}
		if k == i {
			return Party{}, false
		}
		if actors, named := p.actorsOf(int(p.toks[i].s), int(p.toks[k-1].e), true); named && len(actors) == 1 {
			return actors[0], true
		}
		return Party{}, true
	}
	return Party{}, false
}

// unplacedSpeaker reports whether a paragraph opens with a speaker's name
// the text does not place ("В.Путин: …").
func (p *parser) unplacedSpeaker(blocks []block) bool {
	for _, b := range blocks {
		if b.kind != blockBody && b.kind != blockSpeaker {
			continue
		}
		if q, ok := p.speakerOf(b.start, len(p.text)); ok && q.IsZero() {
			return true
		}
	}
	return false
}

// namesBoth reports whether text[from:to] names each of the text's two
// parties ("Relations between St. Kitts and Antigua …", a title). It reads
// only the mentions inside the span.
func (p *parser) namesBoth(from, to int) bool {
	if len(p.parties) != 2 {
		return false
	}
	var seen [2]bool
	for _, m := range p.mentionsIn(from, to) {
		for n, q := range p.parties {
			seen[n] = seen[n] || m.Kind == MentionParty && m.Party == q
		}
	}
	return seen[0] && seen[1]
}

// joinsStates reports whether gap, the lowercased text between two state
// names, joins them: a hyphen or dash, or a word of the lexicon's
// [name-conjunction] section ("Estonia-Sweden", "Việt Nam – Lào", "India
// and Japan").
func (p *parser) joinsStates(gap string) bool {
	return gap == "-" || gap == "–" || gap == "—" || p.lx.nameConj[gap]
}

// newParser tokenises text and collects its mentions: the stages every
// later one reads.
func newParser(text string, lx *lexicon, reg *Registry) *parser {
	p := &parser{text: text, reg: reg, lx: lx, subjectStart: -1}
	p.low = lowerKeepOffsets(text)
	p.toks = tokenize(p.low)
	p.tokWords = lx.words.lookup(p.low, p.toks)
	p.tokBlock = indexToks(p.toks, len(text))
	p.collectMentions()
	p.partyEnds = map[int]Party{}
	for _, m := range p.all {
		if m.Kind == MentionParty {
			p.partyEnds[m.End] = m.Party
		}
	}
	p.readBodyAcronyms()
	return p
}

// startsWithDate reports whether s opens with a date ("February 13"), which
// a dateline line may hold in place of a place.
func startsWithDate(s string, lang textlang.Lang) bool {
	for m := range timeline.ExtractDatesWith(s+" 2000", timeline.ExtractOptions{Language: language.Make(lang.String())}) {
		return m.Start == 0
	}
	return false
}

// preambleBytes is how much of the text is searched for the issue date
// and place: the preamble of a communiqué names them.
const preambleBytes = 2048

// cleanHeading drops Markdown marks around a title or heading.
func cleanHeading(s string) string {
	s = strings.TrimLeft(s, "# ")
	s = strings.Trim(s, "*_ ")
	return strings.Join(strings.Fields(s), " ")
}

type parser struct {
	yearless      []timeline.Mention // days without a year, read in probeYear (addYearless)
	low           string             // text with ASCII letters lowercased
	toks          []tok              // the words of the text
	tokWords      []tokWord          // what the lexicon's word index says of each token
	tokBlock      []int32            // indexToks of toks
	all           []Mention          // every mention of the text, by start
	partyEnds     map[int]Party
	datelineState string         // the state of the dateline's city
	partyOfEnd    int            // the end of the state partyOfAfter read
	homeNamed     bool           // an office-holder is introduced without a state
	namedKind     CommuniqueKind // the first document kind a report names, if kindOf found no line naming the text
	counts        map[string]int // stateCounts, once counted
	firsts        map[string]int
	subjectStart  int // start of a clause that has its own subject, mid-sentence
	blockStart    int // start of the paragraph being read
	text          string
	lx            *lexicon
	reg           *Registry
	parties       []Party
	last          []Party           // actors of the last clause that had any
	prev          []Party           // actors of the previous clause, none or not
	lastOne       []Party           // actors of the last clause of one actor
	speaker       Party             // the party of the speaker of a transcript, once a line names one
	homeSpeaker   string            // the name of the first speaker the text does not place: the home state's
	bareHome      string            // the key of the first person named by name alone: the home state's
	people        map[string]Party  // words of introduced people's names
	surnames      map[string]bool   // the words that end introduced people's names
	bodyAcronyms  map[string]bool   // acronyms the text defines for a meeting or a body ("… Commission (SBC)")
	offices       map[int][]Party   // office → the parties whose holder the text introduces
	homeHolder    map[int]string    // office → the home state's holder, named without a state
	bareOffices   []bareOffice      // offices named with a state and no holder ("Thủ tướng Anh")
	namedHolder   map[officeOf]bool // the offices whose holder of a party the text names
	unplaced      []holder          // holders introduced with no state the introductions could not place
	officeAt      [][2]int32        // the longest office at each token and its last token, or -1s
	unscreened    bool              // look up every candidate name (tests compare)
}

// structure turns the layout's blocks into sections of clauses.
func (p *parser) structure(c *Communique, blocks []block) {
	sec := Section{}
	var sents [][2]int
	var lead Clause // "The two sides agreed to:" before a list
	item := false
	var speech, saved Party // the speaker of a line of its own, for the paragraph after; the transcript's speaker before
	for _, b := range blocks {
		switch b.kind {
		case blockMarker:
			item = true
			continue
		case blockSpeaker:
			if !speech.IsZero() {
				speech, p.speaker = Party{}, saved // a speaker's line with no words under it
			}
			if q, ok := p.speakerOf(b.start, len(p.text)); ok {
				p.speaker = q // "В.Путин: Уважаемый господин Президент!"
			} else if titledSpeakerLine(p.text[b.start:b.end], p.lx) > 0 {
				// "Касым-Жомарт ТОКАЕВ, ПРЕЗИДЕНТ РЕСПУБЛИКИ КАЗАХСТАН:":
				// the paragraph after is that speaker's words.
				if actors, named := p.actorsOf(b.start, b.start+strings.LastIndexByte(p.text[b.start:b.end], ':'), true); named && len(actors) == 1 {
					speech, saved = actors[0], p.speaker
					p.speaker = speech
				}
			}
			continue
		case blockHeading:
			if !speech.IsZero() {
				speech, p.speaker = Party{}, saved
			}
			if len(sec.Clauses) > 0 || sec.Heading != "" {
				c.Sections = append(c.Sections, sec)
			}
			sec = Section{Heading: cleanHeading(p.text[b.start:b.end])}
			lead = Clause{}
		case blockBody:
			first := len(sec.Clauses)
			if q, ok := p.speakerOf(b.start, b.end); ok && speech.IsZero() {
				p.speaker = q // "В.Путин: Уважаемый …", "Nikol Pashinyan – …"
			}
			p.blockStart = b.start
			sents = sentences(sents[:0], p.text, b.start, b.end, p.lx)
			if c.Title == "" && len(c.Sections) == 0 && first == 0 && len(sents) > 0 && p.namesKind(sents[0][0], sents[0][1]) {
				// "Joint Communiqué on the official visit of … 2003." opens
				// the text: the title, written as a sentence.
				c.Title = cleanHeading(strings.TrimSuffix(p.text[sents[0][0]:sents[0][1]], "."))
				sents = sents[1:]
			}
			var quoted []Party // who speaks the quotation still open, if one
			var closer []Party // who speaks it, by the reporting tail that closes it
			spoken := false    // the open quotation is someone's words
			depth := 0
			for i, sn := range sents {
				n := len(sec.Clauses)
				saved := p.speaker
				was := depth
				depth = quoteDepth(depth, p.text[sn[0]:sn[1]])
				opens := was == 0 && depth > 0
				if opens {
					closer = p.closingSpeaker(sents[i+1:], depth)
				}
				closes := was > 0 && depth == 0 && tailAfterQuote(p.text[sn[0]:sn[1]])
				within := was > 0 && !closes
				// A sentence inside a quotation that an earlier one opened
				// ("“Our ties are old. We trade a lot.”") is its speaker's,
				// as the quotation's first sentence is; so is one that
				// opens with a quotation its closing tail gives a speaker,
				// and the one that closes it with that tail ("This is the
				// result of our work, and we support …,” the PM said).
				var by []Party
				switch {
				case within && len(quoted) == 1:
					by = quoted
				case within || closes || opens && p.quoteOpens(sn[0], sn[1]):
					by = closer
				}
				if len(by) == 1 && p.speaker.IsZero() {
					p.speaker = by[0]
				}
				sec.Clauses = p.clauses(sec.Clauses, sn[0], sn[1])
				if len(by) == 1 {
					p.speaker = saved
					for k := n; k < len(sec.Clauses); k++ {
						if cl := &sec.Clauses[k]; cl.Stance == StanceUnknown {
							cl.Stance, cl.Actors = Note, by
						}
					}
				} else if within && spoken {
					// Inside a quotation whose speaker the text does not
					// place ("Prime Minister Rama stated that “… . Our
					// communication is constant."): a sentence that takes
					// no stance is still its speaker's note.
					for k := n; k < len(sec.Clauses); k++ {
						if cl := &sec.Clauses[k]; cl.Stance == StanceUnknown && len(cl.Actors) == 0 {
							cl.Stance = Note
						}
					}
				}
				if opens && len(sec.Clauses) > n {
					last := sec.Clauses[len(sec.Clauses)-1]
					quoted = last.Actors
					spoken = last.Stance != StanceUnknown || p.quoteOpens(sn[0], sn[1])
				} else if depth == 0 {
					quoted, closer, spoken = nil, nil, false
				}
			}
			p.unquotedSpeech(sec.Clauses[first:], sents)
			if !speech.IsZero() {
				// The words under a speaker's line of its own are the
				// speaker's, a note where they take no stance, as a
				// quotation's are.
				for k := first; k < len(sec.Clauses); k++ {
					switch cl := &sec.Clauses[k]; {
					case cl.Stance == StanceUnknown:
						cl.Stance, cl.Actors = Note, []Party{speech}
					case len(cl.Actors) == 0:
						cl.Actors = []Party{speech}
					}
				}
				speech, p.speaker = Party{}, saved
			}
			if item && lead.Stance != StanceUnknown {
				// A list item under a lead-in takes its stance and actors
				// when it has no verb of its own.
				for k := first; k < len(sec.Clauses); k++ {
					// An item that tells what is or was done ("Brazil is
					// Chile's main trading partner", "They signed …") is
					// no point of the lead's.
					if cl := &sec.Clauses[k]; cl.Stance == StanceUnknown && !p.tellsDeed(cl.Start, cl.End) {
						cl.Stance, cl.Negated, cl.Actors = lead.Stance, lead.Negated, lead.Actors
					}
				}
			} else if n := len(sec.Clauses); n > first && strings.HasSuffix(sec.Clauses[n-1].Text, ":") {
				lead = sec.Clauses[n-1]
				if lead.Stance == Note && len(lead.Actors) == 1 && n == first+1 {
					// "President Japarov said:" alone before a speech:
					// its first person is the speaker's, as a
					// transcript's speaker line makes it.
					p.speaker = lead.Actors[0]
				}
			} else {
				lead = Clause{}
			}
		}
		item = false
	}
	if len(sec.Clauses) > 0 || sec.Heading != "" || len(c.Sections) == 0 {
		c.Sections = append(c.Sections, sec)
	}
}

// closingSpeaker returns the one speaker of the reporting tail that
// closes a quotation open at the given depth, the sentences after its
// opening being sents ("«… . … », — отметил министр иностранных дел
// Армении."), or nil. Each sentence is read once for each quotation it
// is inside, which is once.
func (p *parser) closingSpeaker(sents [][2]int, depth int) []Party {
	for _, sn := range sents {
		s := p.text[sn[0]:sn[1]]
		if depth = quoteDepth(depth, s); depth > 0 {
			continue
		}
		if e, ok := quoteTail(s); ok {
			if actors, ok := p.tailSpeaker(sn[0]+e, sn[1]); ok && len(actors) == 1 {
				return actors
			}
		}
		return nil
	}
	return nil
}

// unquotedSpeech reads a paragraph of speech written without quotation
// marks, its speaker named after a dash that closes its last sentence
// ("Наши страны связывает давняя дружба. … Сотрудничество успешно
// развивается, - отметил Марко Петрович."): every sentence
// before is the speaker's, a note where it takes no stance of its own.
// cls are the paragraph's clauses, sents its sentences.
func (p *parser) unquotedSpeech(cls []Clause, sents [][2]int) {
	if len(sents) < 2 || len(cls) < 2 {
		return
	}
	last := sents[len(sents)-1]
	para := p.text[sents[0][0]:last[1]]
	if strings.ContainsAny(para, "«»“”„\"") {
		return
	}
	s := p.text[last[0]:last[1]]
	at, k := -1, -1 // the last dash before the speaker's verb, and what follows it
	for _, dash := range []string{", - ", ", — ", ", – "} {
		if i := strings.LastIndex(s, dash); i > at {
			at, k = i, i+len(dash)
		}
	}
	if k < 0 || isCapitalised(s[k:]) {
		return
	}
	speaker := cls[len(cls)-1]
	if len(speaker.Actors) != 1 || speaker.Stance == StanceUnknown || speaker.Start < last[0] {
		return
	}
	for i := range cls[:len(cls)-1] {
		cl := &cls[i]
		if cl.Start >= last[0] {
			break
		}
		switch {
		case cl.Stance == StanceUnknown:
			cl.Stance, cl.Actors = Note, speaker.Actors
		case len(cl.Actors) == 0:
			cl.Actors = speaker.Actors
		}
	}
}

// deedWords bounds the words before the verb of a sentence that tells
// what is or was done ("Chile, for its part, is …").
const deedWords = 6

// tellsDeed reports whether the clause [a, b) is a capitalised sentence
// whose verb of the lexicon's [narrative] section ("is", "signed") stands
// among its first words: "Brazil is Chile's main trading partner", "They
// signed a Public Procurement Agreement". A lowercase item ("disputes are
// resolved …") continues its lead.
func (p *parser) tellsDeed(a, b int) bool {
	if !isCapitalised(p.text[a:b]) {
		return false
	}
	v := p.narrativeVerb(a, b)
	return v < b && countWords(p.text[a:v]) <= deedWords
}

// namesKind reports whether the sentence [a, b) opens with a phrase of a
// document kind ("Joint Communiqué on …") and holds no stance verb.
func (p *parser) namesKind(a, b int) bool {
	low := p.low[a:min(b, a+40)]
	for _, k := range p.lx.kinds {
		if strings.HasPrefix(low, k.phrase) && k.kind != CommuniqueJointDeclaration {
			return len(p.verbsIn(a, b)) == 0
		}
	}
	for _, o := range p.lx.titleOpen {
		if strings.HasPrefix(low, o) {
			return len(p.verbsIn(a, b)) == 0
		}
	}
	return false
}

// kindOf reads the kind of document from its title, else from the first
// of its text, else from the whole text.
func (p *parser) kindOf(title string) CommuniqueKind {
	for n, s := range []string{lowerWord(title), p.low[:min(len(p.low), 400)], p.low} {
		best, at := CommuniqueUnknown, len(s)+1
		for _, k := range p.lx.kinds {
			i := indexWord(s, k.phrase)
			if n > 0 {
				i = p.selfNamed(s, k.phrase, i, k.kind == CommuniqueJointDeclaration)
				if i < 0 {
					i = p.indexGlued(k.phrase) // "Joint StatementThe United States …" of a PDF copy
				}
			}
			if i >= 0 && (i < at || i == at && k.kind != CommuniqueJointDeclaration) {
				best, at = k.kind, i
			}
		}
		if best != CommuniqueUnknown {
			if n == 0 && p.headlineReports(title, s[:at]) {
				// "Bachelet, Kuczynski ratify Declaration of Lima": a
				// headline that reports the document is a news report,
				// unless the text then names itself ("… giới thiệu toàn
				// văn Tuyên bố chung này").
				continue
			}
			return best
		}
	}
	// No line names the text itself: it reports. The first document it
	// names is its kind if the text turns out to be that document after all
	// (see ParseCommunique: numbered paragraphs that take stances).
	p.namedKind = CommuniqueUnknown
	at := len(p.low) + 1
	for _, k := range p.lx.kinds {
		if i := indexWord(p.low, k.phrase); i >= 0 && (i < at || i == at && k.kind != CommuniqueJointDeclaration) {
			p.namedKind, at = k.kind, i
		}
	}
	return CommuniqueNewsReport
}

// selfNamed returns the first occurrence, from i on, of the kind phrase w
// in the lowercased text s where the text names itself: the phrase opens
// its line (a heading, "Joint Declaration of …"), after list markers,
// quotes and the like, or a [title-opener] comes before it in its line
// ("The following is the full text of a joint statement …"), or its line
// ends with a colon that introduces the text ("The joint statement reads
// as follows:"). With verbal, the phrase is also a verb of saying
// ("tuyên bố", declaration and declared), which opens no title in a line
// that holds another verb, and before a colon introduces a speech ("Milei
// đã tuyên bố:"), not the text. A phrase
// inside a report's sentence ("… signed a joint statement") names another
// document and gives -1.
func (p *parser) selfNamed(s, w string, i int, verbal bool) int {
	for i >= 0 {
		ls := max(0, i-300) // a line longer than this is prose, not a heading
		if k := strings.LastIndexByte(s[ls:i], '\n'); k >= 0 {
			ls += k + 1
		}
		line := s[ls:i]
		rest := s[i:min(len(s), i+300)]
		if e := strings.IndexByte(rest, '\n'); e >= 0 {
			rest = rest[:e]
		}
		if strings.IndexFunc(line, unicode.IsLetter) < 0 && !(verbal && len(p.verbsIn(i+len(w), i+len(rest))) > 0) {
			// A phrase that opens its line names the text — but a
			// declaration's word, which is also a verb of saying, that
			// opens a sentence with a verb of its own ("Tuyên bố trong
			// cuộc họp báo …, thủ tướng Trudeau cho biết …") speaks.
			return i
		}
		for _, o := range p.lx.titleOpen {
			if indexWord(line, o) >= 0 {
				return i
			}
		}
		if strings.HasSuffix(strings.TrimSpace(rest), ":") && !verbal {
			return i // "The joint press statement reads as follows:"
		}
		j := indexWord(s[i+1:], w)
		if j < 0 {
			return -1
		}
		i += 1 + j
	}
	return -1
}

// headlineReports reports whether the title's words before its phrase of
// a document kind, low (lowercased), hold a word in lowercase that is no
// closed-class word ("… ratify Declaration", "Key points of the Joint
// Communiqué"): a headline written as a sentence about the document. A
// title that holds a [title-opener] ("Full text: …") is the document's
// own.
func (p *parser) headlineReports(title, low string) bool {
	for _, o := range p.lx.titleOpen {
		if indexWord(low, o) >= 0 {
			return false // "Full text: …", "Azerbaijan publishes full text of …"
		}
	}
	if len(low) > len(title) {
		return false
	}
	for _, w := range strings.Fields(title[:len(low)]) {
		w = strings.TrimLeft(w, "\"'“‘(«*_")
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !p.lx.closedWord(lowerWord(strings.TrimRight(w, ",.:;\"'”’)»"))) {
			return true
		}
	}
	return false
}

// indexGlued returns where the lowercase phrase w stands in the text
// glued to a capitalised word that follows it, as PDF copies lose a line
// break ("Joint StatementThe United States"), within the first 400 bytes;
// -1 when it does not.
func (p *parser) indexGlued(w string) int {
	low := p.low[:min(len(p.low), 400)]
	for off := 0; ; {
		i := strings.Index(low[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		e := i + len(w)
		if !wordBefore(low, i) && e < len(p.text) && isCapitalised(p.text[e:]) {
			return i
		}
		off = i + 1
	}
}

// selfOpens reports whether the first clause of c opens with a phrase of
// [self-opener] ("We, the Leaders of …").
func (p *parser) selfOpens(c *Communique) bool {
	for _, sec := range c.Sections {
		if len(sec.Clauses) == 0 {
			continue
		}
		cl := sec.Clauses[0]
		low := p.low[cl.Start:cl.End]
		for _, o := range p.lx.selfOpen {
			if strings.HasPrefix(low, o) {
				return true
			}
		}
		return false
	}
	return false
}

// surnameSubject reports whether a sentence opens with one capitalised
// word with a surname's ending (the lexicon's [surname-ending]) before a
// stance verb ("Путин провел переговоры с президентом Чехии …"): the
// press of the text's language names its own leader so.
func (p *parser) surnameSubject() bool {
	if len(p.lx.surnameEnds) == 0 {
		return false
	}
	for k := 0; k+1 < len(p.toks); k++ {
		t := p.toks[k]
		if !isCapitalised(p.text[t.s:]) || !p.lx.surname(p.low[t.s:t.e]) {
			continue
		}
		if before := strings.TrimRight(p.text[max(0, int(t.s)-3):t.s], " "); before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?\n") {
			continue // not at a sentence's start
		}
		if vs := p.verbsIn(int(t.e), int(p.toks[min(k+surnameVerbWords, len(p.toks)-1)].e)); len(vs) > 0 && vs[0].stance != StanceUnknown && strings.TrimSpace(p.text[t.e:vs[0].start]) == "" {
			return true
		}
	}
	return false
}

// surnameVerbWords bounds the words of the verb phrase read after a
// surname that opens a sentence ("провел переговоры").
const surnameVerbWords = 4

// statementShare is the share of clauses taking a stance above which a
// text that opens as a joint statement does ("At the invitation of …")
// is one.
const statementShare = 0.6

// statementOpens reports whether the first clause opens with a phrase of
// the lexicon's [statement-opener] section ("At the invitation of …",
// "Nhận lời mời của …", "По приглашению …").
func (p *parser) statementOpens(c *Communique) bool {
	for _, sec := range c.Sections {
		if len(sec.Clauses) == 0 {
			continue
		}
		low := p.low[sec.Clauses[0].Start:sec.Clauses[0].End]
		for _, o := range p.lx.statementOpen {
			if strings.HasPrefix(low, o) {
				return true
			}
		}
		return false
	}
	return false
}

// countKind returns the number of blocks of kind k.
// numberedMarkers counts the list markers that number or letter their
// paragraphs ("1.", "(a)"), as a statement does; a news report's bullets
// ("-", "•") do not count.
func numberedMarkers(text string, blocks []block) int {
	n := 0
	for _, b := range blocks {
		if b.kind == blockMarker && hasLetterOrDigit(text[b.start:b.end]) {
			n++
		}
	}
	return n
}

// stanceShare returns the share of c's clauses that take a stance.
func stanceShare(c *Communique) float64 {
	n, st := 0, 0
	for _, sec := range c.Sections {
		for _, cl := range sec.Clauses {
			n++
			if cl.Stance != StanceUnknown {
				st++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(st) / float64(n)
}

// partiesOf returns the two states the title names, else the two the first
// body block names, else the two the text names most often.
func (p *parser) partiesOf(blocks []block) []Party {
	// The title's two states, else the first paragraph's, else the two the
	// text names most often. The first paragraph may name a venue's state
	// ("Thụy Sĩ", where two leaders met): a state the text names at least
	// twice as often as one of the paragraph's two outranks it.
	count, _ := p.stateCounts()
	for _, want := range []blockKind{blockTitle, blockBody} {
		for _, b := range blocks {
			if b.kind != want {
				continue
			}
			var out []Party
			joined := false // "the Philippines and Japan", "Việt Nam – Lào"
			var prev Mention
			for _, m := range p.mentionsIn(b.start, b.end) {
				if m.Kind == MentionParty && prev.Kind == MentionParty && prev.End <= m.Start && m.Party != prev.Party {
					gap := strings.TrimSpace(p.low[prev.End:m.Start])
					gap = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(gap, "the")), " ")
					joined = joined || p.joinsStates(gap)
				}
				if m.Kind == MentionParty {
					prev = m
				}
				// A title may name an organisation as a side ("EU-Japan
				// Summit"); the preamble's organisations are venues, and so
				// is a state after its city ("tại Gyeongju, Hàn Quốc").
				if m.Kind == MentionParty && (m.Party.Kind() == PartyState && !p.venueState(m) && !p.topicState(m) || want == blockTitle && m.Party.code == "EU") {
					out = appendParty(out, m.Party)
				}
			}
			if len(out) < 2 && want == blockTitle {
				// "Burundian President's Visit to Brazzaville": a title
				// that names one side by its name or nationality and the
				// other by the capital its visit goes to.
				one := out
				if len(one) == 0 {
					one = p.demonymsIn(b.start, b.end)
				}
				if len(one) == 1 {
					if q, ok := p.destinationIn(b.start, b.end, one[0]); ok {
						out = []Party{one[0], q}
					}
				}
			}
			if len(out) == 1 && want == blockTitle && p.datelineState != "" && p.datelineState != out[0].code {
				// "Joint statement on PM Imran Khan's visit to Iran" under
				// "ISLAMABAD:": the dateline's city names the other side.
				out = append(out, Party{p.datelineState})
			}
			if len(out) == 2 && want == blockBody && !joined {
				weaker := min(count[out[0].code], count[out[1].code])
				for c, n := range count {
					if c != out[0].code && c != out[1].code && n >= 2*weaker {
						out = nil
						break
					}
				}
			}
			if len(out) == 2 {
				return out
			}
			if len(out) == 0 && want == blockBody {
				// "President X and his South African counterpart Y": a
				// lead that names its one state by nationality alone.
				out = p.demonymsIn(b.start, b.end)
			}
			if len(out) == 1 {
				// "King, Egyptian president discuss ties" … "the joint
				// Jordanian-Egyptian committee": a compound of two states
				// with the one named here names the other side.
				if q, ok := p.compoundPartner(out[0]); ok {
					return []Party{out[0], q}
				}
			}
			break
		}
	}
	out := p.guessParties()
	if len(out) == 1 {
		// "President Mnangagwa … left Harare … for a working visit to
		// Mozambique": a text that names one state names the other by
		// its capital, in its text or its dateline ("АСТАНА, 5 марта").
		if q, ok := p.capitalParty(out[0]); ok {
			out = append(out, q)
		} else if p.datelineState != "" && p.datelineState != out[0].code {
			out = append(out, Party{p.datelineState})
		}
	}
	return out
}

// listedPlace reports whether the place at i follows a comma, "and" or
// "of": one of a list of places ("the provinces of Cabo Delgado, Manica
// and Sofala"), not where someone went or came from ("left Harare").
func (p *parser) listedPlace(i int) bool {
	before := strings.TrimRight(p.low[max(0, i-8):i], " ")
	if strings.HasSuffix(before, ",") {
		return true
	}
	w := lastWordOf(before)
	return w == "and" || w == "of" || p.lx.nameConj[w]
}

// namesState reports whether the text names the state code, by name,
// code or adjective, or by its capital.
func (p *parser) namesState(code string) bool {
	if count, _ := p.stateCounts(); count[code] > 0 {
		return true
	}
	for _, m := range p.all {
		if m.Kind == MentionPlace && p.lx.placeState[lowerWord(m.Place)] == code {
			return true
		}
	}
	return false
}

// capitalParty returns the state whose capital (or other city of the
// lexicon's [place] section) the text names most often, other than the
// party q, first named first on ties.
func (p *parser) capitalParty(q Party) (Party, bool) {
	count := map[string]int{}
	best := ""
	for _, m := range p.all {
		if m.Kind != MentionPlace {
			continue
		}
		code := p.lx.placeState[lowerWord(m.Place)]
		if code == "" || code == q.code || p.listedPlace(m.Start) {
			continue
		}
		count[code]++
		if best == "" || count[code] > count[best] {
			best = code
		}
	}
	if best == "" {
		return Party{}, false
	}
	return Party{best}, true
}

// destinationWords bounds the words of a [destination] phrase.
const destinationWords = 2

// destinationIn returns the state of the one capital the text [a, b)
// names as where someone goes, after a phrase of the lexicon's
// [destination] section ("Visit to Brazzaville", "thăm Hà Nội", "визит в
// Пекин"), when it is not q's; a capital where a meeting is held ("в
// Пекине") is a venue.
func (p *parser) destinationIn(a, b int, q Party) (Party, bool) {
	var found Party
	for _, m := range p.mentionsIn(a, b) {
		if m.Kind != MentionPlace {
			continue
		}
		code := p.lx.placeState[lowerWord(m.Place)]
		if code == "" || code == q.code || !p.afterDestination(a, m.Start) {
			continue
		}
		if !found.IsZero() && found.code != code {
			return Party{}, false
		}
		found = Party{code}
	}
	return found, !found.IsZero()
}

// afterDestination reports whether a phrase of the lexicon's
// [destination] section ends right before i, within [a, i).
func (p *parser) afterDestination(a, i int) bool {
	k := p.tokAtOrAfter(i)
	for n := 1; n <= destinationWords && k-n >= 0 && int(p.toks[k-n].s) >= a; n++ {
		if p.lx.destination[p.low[p.toks[k-n].s:p.toks[k-1].e]] && strings.TrimSpace(p.text[p.toks[k-1].e:i]) == "" {
			return true
		}
	}
	return false
}

// venueWords bounds the words of a city before its state.
const venueWords = 3

// venueState reports whether the state mention m follows a city and a
// comma after a preposition ("at the summit in Gyeongju, Korea", "tại
// Gyeongju, Hàn Quốc"): where a meeting was, not a side of it.
// topicState reports whether the state mention m follows a preposition
// of the lexicon's [topic-preposition] section and is joined to no other
// state ("переговоры по Украине", "talks on Ukraine", but "a statement on
// Japan–Viet Nam relations"): what the talks were about, not a side.
func (p *parser) topicState(m Mention) bool {
	k := p.tokAtOrAfter(m.Start) - 1
	if k < 0 {
		return false
	}
	t := p.toks[k]
	if strings.TrimSpace(p.text[t.e:m.Start]) != "" || !p.lx.topicPreps[p.low[t.s:t.e]] {
		return false
	}
	rest := strings.TrimLeft(p.low[m.End:min(len(p.low), m.End+16)], " ")
	if r, _ := utf8.DecodeRuneInString(rest); r == '-' || r == '–' || r == '—' {
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	return !p.joinsStates(w)
}

func (p *parser) venueState(m Mention) bool {
	before := strings.TrimRight(p.text[max(0, m.Start-80):m.Start], " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	k := p.tokAtOrAfter(m.Start) - 1 // the last word of the city
	for n := 0; n < venueWords && k >= 0; n, k = n+1, k-1 {
		t := p.toks[k]
		if !isCapitalised(p.text[t.s:]) {
			return false
		}
		if k > 0 && p.lx.headEnd[p.low[p.toks[k-1].s:p.toks[k-1].e]] {
			if _, ok := p.partyAt(int(t.s)); ok {
				return false // "between Vietnam, Laos and …"
			}
			return true
		}
	}
	return false
}

// demonymsIn returns the states that the nationalities in [a, b) name, in
// order ("Vietnamese", "South African").
func (p *parser) demonymsIn(a, b int) []Party {
	var out []Party
	i, j := p.tokRange(a, b)
	for k := i; k < j; k++ {
		t := p.toks[k]
		code, ok := p.lx.demonym(p.low[t.s:t.e])
		if !ok && k+1 < j && p.low[t.e] == ' ' {
			if c2, ok2 := p.lx.demonym(p.low[t.s:p.toks[k+1].e]); ok2 { // "south african"
				code, ok = c2, true
				k++
			}
		}
		if ok {
			out = appendParty(out, Party{code})
		}
	}
	return out
}

// compoundPartner returns the other state of the first compound of two
// states' names or demonyms joined by a hyphen in the text that holds s
// ("Jordanian-Egyptian", "Peru-Ecuador", "российско-египетские").
func (p *parser) compoundPartner(s Party) (Party, bool) {
	// The state that ends at token k (left) or starts at it ("Namibia-South
	// Africa": a name of two words on the right).
	stateAt := func(k int, left bool) string {
		t := p.toks[k]
		if code, ok := p.lx.demonym(p.low[t.s:t.e]); ok {
			return code
		}
		if m, ok := p.partyAt(int(t.s)); ok && m.Party.Kind() == PartyState && (m.End == int(t.e) || !left) {
			return m.Party.code
		}
		if left { // "South Korea-Japan"
			n, _ := slices.BinarySearchFunc(p.all, int(t.s)+1, func(m Mention, s int) int { return cmp.Compare(m.Start, s) })
			if n > 0 && p.all[n-1].End == int(t.e) && p.all[n-1].Kind == MentionParty && p.all[n-1].Party.Kind() == PartyState {
				return p.all[n-1].Party.code
			}
		}
		return ""
	}
	hyphened := func(k int) bool { // token k is joined to token k+1 by a hyphen
		return k >= 0 && k+1 < len(p.toks) && int(p.toks[k+1].s) == int(p.toks[k].e)+1 && p.low[p.toks[k].e] == '-'
	}
	for k := 0; k+1 < len(p.toks); k++ {
		if !hyphened(k) || hyphened(k-1) || hyphened(k+1) {
			continue // "South Korea-Japan-China Summit": three sides, no pair
		}
		a, b := stateAt(k, true), stateAt(k+1, false)
		switch {
		case a == "" || b == "" || a == b:
		case a == s.code:
			return Party{b}, true
		case b == s.code:
			return Party{a}, true
		}
	}
	return Party{}, false
}

// pageDates are the dates of a text's own lines, which the date of the
// event is read against.
type pageDates struct {
	pub        timeline.Span // the day of the page's publication line
	pubUpdated bool          // pub is from a line of a later change ("Updated : …")
	pubLines   []block       // publication lines: not the event's date
	yearless   []block       // datelines whose day has no year
	stampAt    int           // where the time stamp of the last stamped heading starts, or 0
}

// publicationLine reports whether block b is a line that dates the page
// rather than the event, and records its date in pd: a line of at most 80
// bytes with one day and its year, and a [publication] word ("Published :
// 07 Mar 2022, 19:30") or a time of day ("08:33 | 18/08/2017 GMT+7", "All
// News 08:49 July 01, 2017"), or nothing but the date ("2015-12-19",
// "Saturday, January 25, 2014"). A line of a later change ([updated])
// gives way to one without. A heading that ends with the page's time stamp
// (three words or more, or over 80 bytes, before a day and a time of day:
// "Cabinet closes with 14 agreements 12 May 2026 09:41") dates the page too
// but stays a heading (false), its stamp recorded in pd.stampAt.
func (p *parser) publicationLine(b block, pd *pageDates) bool {
	line := p.text[b.start:b.end]
	if len(line) > 300 || !hasDigit(line) {
		return false
	}
	var day timeline.Span
	at, end, n := 0, 0, 0
	opts := timeline.ExtractOptions{Language: language.Make(p.lx.lang)}
	for m := range timeline.ExtractDatesWith(line, opts) {
		if m.Precision == timeline.PrecisionDay && m.Value.Start == m.Value.End {
			day, at, end = m.Value, m.Start, m.End
			n++
		}
	}
	if n != 1 {
		return false
	}
	low := p.low[b.start:b.end]
	// "Sierra Leone Telegraph: 24 October 2018:": a source, a colon or a
	// bar, and the day alone after it.
	head := strings.TrimRight(line[:at], " ")
	sourced := len(line) <= 80 && strings.Trim(line[end:], " :|.-–—") == "" && (strings.HasSuffix(head, ":") || strings.HasSuffix(head, "|"))
	if !sourced && (len(line) > 80 || letterWords(line[:at]) >= 3 && !containsPhrase(low, p.lx.publication)) {
		// A heading with the page's time stamp after it ("… Việt Nam và
		// Brazil 31/03/2025 06:23"): the day dates the page, the line
		// stays a heading.
		if clockAt(line[end:]) {
			if pd.pub.IsZero() {
				pd.pub = day
			}
			pd.pubLines = append(pd.pubLines, b)
			pd.stampAt = b.start + at
		}
		return false
	}
	named := sourced || hasClock(line) || containsPhrase(low, p.lx.publication)
	if !named {
		noLetter := func(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) < 0 }
		named = noLetter(line[:at]) && noLetter(line[end:])
	}
	if !named {
		return false
	}
	updated := containsPhrase(low, p.lx.updated)
	if pd.pub.IsZero() || pd.pubUpdated && !updated {
		pd.pub, pd.pubUpdated = day, updated
	}
	pd.pubLines = append(pd.pubLines, b)
	return true
}

// letterWords counts the words of s that hold a letter.
func letterWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// clockAt reports a time of day at the start of s, after at most three
// spaces or separators (" 06:23", " | 8:49", ", 19:30").
func clockAt(s string) bool {
	i := 0
	for i < len(s) && i < 3 && strings.IndexByte(" \t|,-", s[i]) >= 0 {
		i++
	}
	s = s[i:]
	if len(s) > 1 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' {
		s = s[1:]
	}
	return len(s) >= 4 && hasClock(s[:4])
}

// hasClock reports a time of day in s: a digit, a colon, two digits
// ("19:30", "8:49").
func hasClock(s string) bool {
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	for i := 0; i+3 < len(s); i++ {
		if s[i+1] == ':' && digit(s[i]) && digit(s[i+2]) && digit(s[i+3]) {
			return true
		}
	}
	return false
}

// containsPhrase reports whether the lowercase s holds one of the phrases
// as whole words.
func containsPhrase(s string, phrases []string) bool {
	for _, w := range phrases {
		if indexPhrase(s, w) >= 0 {
			return true
		}
	}
	return false
}

// indexPhrase returns the first index of the lowercase phrase w in s
// where it stands as whole words (no letter or digit of any script just
// before or after), or -1: lastIndexWord's first match.
func indexPhrase(s, w string) int {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		if !wordBefore(s, i) && wordRuneLen(s, i+len(w)) == 0 {
			return i
		}
		off = i + 1
	}
	return -1
}

// issuedOf returns the date of the visit or meeting, given the day of the
// dateline (zero when the text has none). A dateline without a year
// ("WASHINGTON, June 30 (Yonhap)") takes the year of the publication line;
// without a dateline, the preamble's first date (see issued), with the
// year of the publication line when it names none ("Chiều 17/8"). A day
// named relative to the dateline or publication line in the lead
// ("yesterday", "on Monday", "hôm qua", "в среду") comes before either
// when the lead names it first; the publication day is the last resort.
func (p *parser) issuedOf(dateline timeline.Span, blocks []block, pd *pageDates) timeline.Span {
	ref := dateline
	if ref.IsZero() && !pd.pub.IsZero() {
		for _, b := range pd.yearless {
			if d, ok := p.inferYear(p.text[b.start:b.end], pd.pub); ok {
				dateline = d
				break
			}
		}
		ref = pd.pub
		if !dateline.IsZero() {
			ref = dateline
		}
	}
	issued, at := dateline, -1
	if issued.IsZero() {
		issued, at = p.issued(blocks, pd)
		if !issued.IsZero() && pd.pub.IsZero() && (at < 0 || at >= leadEnd(blocks)) {
			// The lead dates its event by day and month alone ("15
			// января"), a later paragraph another event with its year,
			// more than a month apart ("30 июля 2018 года … прошли
			// выборы"): the lead's day, of an unknown year. A dated day
			// near the lead's is the same event's, with its year.
			if v := p.issuedWithoutYear(blocks, pd); !v.IsZero() && farApart(v.Start, issued.Start) {
				return v
			}
		}
	}
	if rd, pos, ok := p.relativeDay(blocks); ok && !ref.IsZero() && ref.Start == ref.End && (issued.IsZero() || at < 0 || pos < at) {
		return rd.from(ref.Start, p.futureBefore(pos)).Span()
	}
	if issued.IsZero() {
		issued = pd.pub
	}
	if issued.IsZero() {
		issued = p.issuedWithoutYear(blocks, pd)
	}
	if v, ok := p.visitSpan(blocks, issued); ok {
		return v
	}
	return issued
}

// visitSpan returns the days of a visit or meeting the lead names ("paid
// an official visit to Thailand on 24-26 February 2022", "visited Dhaka
// from 1 to 3 October 2017") when they hold the single day found for the
// text: a dateline or a statement dated on a day of the visit is issued
// over the visit. A statement dated after the visit keeps its own day.
func (p *parser) visitSpan(blocks []block, day timeline.Span) (timeline.Span, bool) {
	if day.Start != day.End || day.Start.Precision() != timeline.PrecisionDay || !day.Start.HasYear() {
		return timeline.Span{}, false
	}
	from, to := -1, leadEnd(blocks)
	for _, b := range blocks {
		if b.kind == blockBody {
			from = b.start
			break
		}
	}
	if from < 0 || from >= to {
		return timeline.Span{}, false
	}
	opts := timeline.ExtractOptions{Language: language.Make(p.lx.lang), Year: day.Start.Year()}
	for m := range timeline.ExtractDatesWith(p.text[from:to], opts) {
		v := m.Value
		if m.Precision != timeline.PrecisionDay || v.Start == v.End || v.End.IsZero() || p.historyBefore(from+m.Start) {
			continue
		}
		if v.Start.DaysUntil(day.Start) >= 0 && day.Start.DaysUntil(v.End) >= 0 {
			return v, true
		}
		return timeline.Span{}, false // the lead's first span of days is another's
	}
	return timeline.Span{}, false
}

// issuedWithoutYear returns the day (else month) a text without any year
// dates itself by — its dateline's, else the one issued would take — with
// no year ("XXXX-08-08"), or the zero Span.
func (p *parser) issuedWithoutYear(blocks []block, pd *pageDates) timeline.Span {
	end, _ := timeline.NewDate(probeYear, time.December, 31) // no day of probeYear moves a year back from it
	probe := *pd
	probe.pub = timeline.Span{Start: end, End: end}
	var v timeline.Span
	for _, b := range pd.yearless {
		if d, ok := p.inferYear(p.text[b.start:b.end], probe.pub); ok {
			v = d
			break
		}
	}
	if !v.IsZero() {
		// A dateline without a year: the lead's day named relative to it
		// ("yesterday", "hôm qua") moves it. A weekday ("on Tuesday")
		// cannot be placed without the year: the dateline's day stays.
		if rd, _, ok := p.relativeDay(blocks); ok && v.Start == v.End && rd.weekday < 0 && rd.days != 0 {
			d := v.Start.AddDays(rd.days)
			if d.Month() == time.February && d.Day() == 29 {
				return timeline.Span{} // the 28th or 29th, by the year
			}
			v = d.Span()
		}
	}
	if v.IsZero() {
		// A date of the lead only: one further on dates another event
		// ("the meeting with … took place on 6 August"); and when the
		// lead names its day relative to the page ("on Sunday", "agreed
		// Friday"), which cannot be placed without a year, a day it
		// names is another event's ("a follow-up to the meeting on Feb.
		// 16"), unless it glosses that day ("Hôm qua (21/6)").
		var at int
		v, at = p.issued(blocks, &probe)
		lead := leadEnd(blocks)
		if _, _, ok := p.relativeDay(blocks); at < 0 || at >= lead || ok && !p.glossesRelativeDay(at) {
			return timeline.Span{}
		}
	}
	if v.Start.Year() != probeYear || v.End.Year() != probeYear {
		return timeline.Span{}
	}
	return timeline.Span{Start: v.Start.WithoutYear(), End: v.End.WithoutYear()}
}

// farApart reports whether the day without a year md falls more than 31
// days from the dated day d in d's year.
func farApart(md, d timeline.Date) bool {
	in := md.InYear(d.Year())
	if in.IsZero() {
		return true
	}
	n := in.DaysUntil(d)
	return n > 31 || n < -31
}

// leadEnd returns the end of the lead of a report: its first two
// paragraphs (a summary often comes before the paragraph that dates the
// event).
func leadEnd(blocks []block) int {
	n, end := 0, 0
	for _, b := range blocks {
		if b.kind == blockBody {
			end, n = b.end, n+1
			if n == 2 {
				break
			}
		}
	}
	return end
}

// inferYear reads the first day or range of days of s written without a
// year in the year of the day ref, or the year before when that would put
// it more than three days after ref (a report of 2 January on 30 December).
func (p *parser) inferYear(s string, ref timeline.Span) (timeline.Span, bool) {
	opts := timeline.ExtractOptions{Language: language.Make(p.lx.lang), Year: ref.Start.Year()}
	for m := range timeline.ExtractDatesWith(s, opts) {
		if m.Inferred && m.Precision == timeline.PrecisionDay {
			return lastYearIfAfter(m.Value, ref), true
		}
	}
	return timeline.Span{}, false
}

// lastYearIfAfter moves v, a date given the year of ref, a year back when
// it starts more than three days after ref.
func lastYearIfAfter(v, ref timeline.Span) timeline.Span {
	if ref.Start.DaysUntil(v.Start) > 3 {
		return timeline.Span{Start: v.Start.AddYears(-1), End: v.End.AddYears(-1)}
	}
	return v
}

// relativeDay returns the first phrase of a day named relative to the
// text's own date ([relative-day], [relative-weekday]) in the lead — the
// first 500 bytes of the first paragraph — outside a date ("Wednesday 7th
// July 2010" names its day), and its offset.
func (p *parser) relativeDay(blocks []block) (relDay, int, bool) {
	from, to := -1, 0
	for _, b := range blocks {
		if b.kind == blockBody {
			from, to = b.start, min(b.end, b.start+500)
			break
		}
	}
	if from < 0 || from >= preambleBytes {
		return relDay{}, 0, false
	}
	low := p.low[from:to]
	best, at := relDay{}, len(low)
	for _, rd := range p.lx.relDays {
		if i := indexPhrase(low, rd.phrase); i >= 0 && i < at && !p.inDate(from+i) {
			best, at = rd, i
		}
	}
	if at == len(low) {
		return relDay{}, 0, false
	}
	return best, from + at, true
}

// inDate reports whether byte i lies in a date the text names.
func (p *parser) inDate(i int) bool {
	for _, m := range p.all {
		if m.Start > i {
			break
		}
		if m.Kind == MentionDate && i < m.End {
			return true
		}
	}
	return false
}

// futureBefore reports a [future] word ("will") in the sentence before
// byte i.
func (p *parser) futureBefore(i int) bool {
	s := max(0, i-300)
	if k := strings.LastIndexAny(p.low[s:i], ".!?\n"); k >= 0 {
		s += k + 1
	}
	return containsPhrase(p.low[s:i], p.lx.future)
}

// from returns the day rd names in a text dated ref: the nearest weekday
// on or before ref (on or after it when future), or ref moved by rd.days.
func (rd relDay) from(ref timeline.Date, future bool) timeline.Date {
	if rd.weekday < 0 {
		return ref.AddDays(rd.days)
	}
	back := (int(ref.Weekday()) - rd.weekday + 7) % 7
	if future {
		return ref.AddDays((rd.weekday - int(ref.Weekday()) + 7) % 7)
	}
	return ref.AddDays(-back)
}

// issued returns the date of the visit or meeting: the first day or range
// of days (else month) in the preamble that is not in parentheses, not in
// a dateline or publication line, and not a past event the text
// commemorates or recalls ("established", "the 25th anniversary of the
// 1985 …", "since"), with its offset; else the last day named in the
// closing lines, at offset -1. A day without a year takes the year of the
// publication line. A text that names none has a zero Issued.
func (p *parser) issued(blocks []block, pd *pageDates) (timeline.Span, int) {
	pre := p.text[:min(len(p.text), preambleBytes)]
	var month timeline.Span
	monthAt := -1
	inLine := func(i int) bool {
		for _, b := range blocks {
			if b.start > i {
				break
			}
			if b.kind == blockDateline && i < b.end {
				return true
			}
		}
		for _, b := range pd.pubLines {
			if b.start <= i && i < b.end {
				return true
			}
		}
		return false
	}
	opts := timeline.ExtractOptions{Language: language.Make(p.lx.lang)}
	if !pd.pub.IsZero() {
		opts.Year = pd.pub.Start.Year()
	}
	for m := range timeline.ExtractDatesWith(pre, opts) {
		if m.Precision == timeline.PrecisionYear || inParens(pre, m.Start) && !p.glossesRelativeDay(m.Start) && !placeInParens(pre, m.Start) ||
			p.historyBefore(m.Start) || inLine(m.Start) {
			continue
		}
		v := m.Value
		if m.Inferred {
			v = lastYearIfAfter(v, pd.pub)
		}
		if m.Precision == timeline.PrecisionDay {
			return v, m.Start
		}
		if month.IsZero() && v.Start == v.End && m.Start < leadEnd(blocks) {
			// One month of the lead; "7 tháng đầu năm 2025", "Q1 2015"
			// are periods of figures, and a month further on dates
			// history ("formalised their relations in November 1983").
			month, monthAt = v, m.Start
		}
	}
	if !month.IsZero() {
		return month, monthAt
	}
	opts.Year = 0
	tailStart := max(0, len(p.text)-600)
	var last timeline.Span
	for m := range timeline.ExtractDatesWith(p.text[tailStart:], opts) {
		if m.Precision == timeline.PrecisionDay && !p.historyBefore(tailStart+m.Start) {
			last = m.Value
		}
	}
	return last, -1
}

// placeInParens reports whether the date at byte i follows a place and a
// comma right after an opening parenthesis: "(Москва, 28 октября 2024
// года)", "(Hanoi, 3 June 2026)" — a dateline in parentheses.
func placeInParens(s string, i int) bool {
	k := strings.LastIndexByte(s[max(0, i-48):i], '(')
	if k < 0 {
		return false
	}
	in := s[max(0, i-48)+k+1 : i]
	place, rest, ok := strings.Cut(in, ",")
	return ok && strings.TrimSpace(rest) == "" && isCapitalised(place) && len(strings.Fields(place)) <= 3 && !hasDigit(place)
}

// glossesRelativeDay reports whether the date at byte i names the day a
// phrase of the [relative-day] or [relative-weekday] sections just before
// it names, in parentheses or after a comma: "Hôm qua (21/6)", "on
// Thursday, Feb. 9", "во вторник (3 марта)".
func (p *parser) glossesRelativeDay(i int) bool {
	j := i
	for j > 0 && i-j < 4 && strings.IndexByte(" ,(\t", p.low[j-1]) >= 0 {
		j--
	}
	if j == i {
		return false
	}
	before := p.low[:j]
	for _, rd := range p.lx.relDays {
		if strings.HasSuffix(before, rd.phrase) {
			return true
		}
	}
	return false
}

// historyBefore reports whether a word of the lexicon's [history] section
// ("established", "anniversary", "since") comes shortly before byte i in
// its sentence.
func (p *parser) historyBefore(i int) bool {
	k := p.tokAtOrAfter(i)
	for n := k - 1; n >= 0 && n >= k-6; n-- {
		t := p.toks[n]
		// The gap after token n up to the next token or to i, whichever
		// comes first; a date may start inside a token ("январь2024"),
		// before the token's end.
		end := i
		if n+1 < len(p.toks) {
			end = min(end, int(p.toks[n+1].s))
		}
		if end > int(t.e) && strings.ContainsAny(p.text[t.e:end], ".;\n") {
			return false
		}
		found := false
		p.matchAt(p.lx.history, n, k, func(phrase, int) { found = true })
		if found {
			return true
		}
	}
	return false
}

// inParens reports whether offset i lies inside parentheses on its line.
func inParens(s string, i int) bool {
	depth := 0
	for k := i - 1; k >= 0 && s[k] != '\n' && k >= i-200; k-- {
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

// firstPlace returns the first city of the gazetteer that the bytes
// [from, n) name: the text after its title, whose cities stand for their
// states ("Лондон и Москва: первая встреча"), not for a venue.
func (p *parser) firstPlace(from, n int) string {
	for _, m := range p.all {
		if m.Start >= n {
			break
		}
		if m.Start >= from && m.Kind == MentionPlace && p.lx.placeState[lowerWord(m.Place)] != "" {
			return p.lx.placeName(m.Place) // a city; a sea or a region ("Mỹ Latinh") is no venue
		}
	}
	return ""
}

func lastWordOf(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
