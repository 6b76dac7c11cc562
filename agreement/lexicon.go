package agreement

import (
	"bufio"
	"bytes"
	"embed"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// The communiqué reader's words live in data files, one per language
// (lexicon/en.txt; lexicon/README.md documents the sections). The reader's
// code is the same for every language: what differs is the lexicon it is
// given. Each file is read once, the first time a text in its language is
// parsed.

//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// stanceVerb is a verb phrase that sets a clause's stance.
type stanceVerb struct {
	phrase    string
	stance    Stance
	reporting bool // a verb of saying: the stance of what it reports wins
	holding   bool // a verb of holding ([meeting-verb]): discuss when a meeting is its object
}

// kindPhrase names a kind of document.
type kindPhrase struct {
	phrase string
	kind   CommuniqueKind
}

// lexicon is the vocabulary of one language, indexed for the reader.
type lexicon struct {
	lang           string
	words          *wordIndex // the first words of all the phrase sets below
	stances        []stanceVerb
	verbs          *phraseSet // ids index stances
	negations      [][]string
	hedges         map[string]bool
	nounContext    map[string]bool
	verbNoun       map[string]bool // stance verbs that are nouns too ("welcome", "support")
	determiners    map[string]bool // words that open a noun phrase ("a", "the")
	indefinite     map[string]bool // words before a noun that name no one in particular ("a", "any")
	former         map[string]bool // words before an office that name a past holder ("former", "late")
	both           *phraseSet
	plural         map[string]bool // pronouns that repeat plural actors
	person         map[string]bool // pronouns of one person: one side
	singular       map[string]bool // pronouns that repeat one actor
	firstPerson    map[string]bool // "I", "я": the speaker of a transcript
	firstPlural    map[string]bool // "we", "мы": the speaker's side in a transcript, but for joint acts
	stanceFirst    map[string]bool // first words of stance phrases ("reaffirming")
	sentenceVerbs  map[string]bool // verbs that make a line of names a sentence, not a caption ("met")
	surnameEnds    []string        // endings of surnames ("ов", "ин"): a subject of one such word is a person
	participleEnds []string        // endings of participles ("вший"): one opening a subject is no head
	adverbEnds     []string        // endings of adverbs ("ly"): one next to a subject is no part of it
	statementOpen  []string        // first words of a joint statement's first paragraph ("at the invitation of")
	agents         map[string]bool // nouns that make a party in a subject an actor
	meetings       *phraseSet      // nouns of meetings: a subject they head speaks for every party
	possessive     *phraseSet      // "his government": the side of the person who speaks
	bothPrefix     *phraseSet      // "the two", "both": a subject they open names every party
	sources        *phraseSet      // "according to": the speaker of the clause follows
	offices        *phraseSet      // ids index officeNames
	officeNames    []string
	officeAlias    map[int]aliasOf // office id → the office it is another name of ([office-alias])
	classMembers   []classMember   // [office-class]: the offices a general office's name may stand for
	officeClass    map[int][]int   // a general office's id → the ids of the offices it may stand for
	foreignOffice  map[string]bool // offices the home state has none of ("tổng thống"): their holders are the other side's
	salutations    map[string]bool // "уважаемый", "dear": a greeting after a transcript's speaker opens with one
	honorifics     *phraseSet
	narrative      *phraseSet
	separators     []string
	compl          map[string]bool // "that": a new subject follows
	trail          map[string]bool // between a subject and its verb
	subjectOpener  map[string]bool // "then", "sau đó": before a subject, no part of it
	destination    map[string]bool // "visit to", "thăm": before a capital someone goes to
	subjectHead    map[string]bool // "президент", "стороны": nominative heads of a subject that may follow its verb
	weekdays       map[string]bool
	stateForms     []string        // "republic of": official forms of a state's name
	home           string          // the state whose press writes this language
	nameEnds       []string        // case endings of names, longest first ("ым", "а")
	officeLower    bool            // offices are written in lowercase ("премьер-министр Индии")
	officeGenitive bool            // an office's state follows its words in the genitive
	coordinate     map[string]bool // words that join two verbs of one object ("discussed and agreed on")
	nameConj       map[string]bool // words that join names ("India and Japan")
	nameParticle   map[string]bool // lowercase words inside names ("da" in "Lula da Silva")
	contraction    map[string]bool // endings after an apostrophe that are no part of a name ("ll" of "We’ll")
	counterpart    map[string]bool // "his counterpart": the other side too
	selfObject     map[string]bool // "commitment" in "reaffirmed Pakistan's commitment": the speaker's own side
	relative       map[string]bool // words that open a relative clause ("where", "which")
	byAgent        map[string]bool // a word after a participle that names its agent ("underscored by")
	passiveAux     map[string]bool // auxiliaries of the passive ("was welcomed by …")
	passiveForm    map[string]bool // stance verbs passive by their form ("обсуждались")
	participles    map[string]bool // short passive participles ("обсуждены", "уделено")
	topicPreps     map[string]bool // prepositions before a state the talks were about ("по Украине")
	titleOpen      []string        // phrases that open a title written as a sentence ("full text")
	speechTitle    []string        // phrases that open the title of a speech ("remarks by"): its speaker follows
	publication    []string        // words of a line that dates the page ("published", "posted")
	updated        []string        // words of a line that dates a later change ("updated")
	relDays        []relDay        // "yesterday", "on Monday": a day relative to the text's own date
	nominals       *phraseSet      // "Satisfaction with": a stance a verbless clause opens with; ids index nominalOf
	nominalOf      []Stance
	agenda         *phraseSet      // "among the topics", "on the table": a verbless clause that names what the talks took up
	documents      *phraseSet      // "joint statement", "declaration": a subject headed by one speaks for every party
	sharedPress    bool            // other states' press writes this language too: the home state is a side only when named
	asideOpen      map[string]bool // words that open a participle's aside after a subject ("while", "when")
	occurrence     map[string]bool // last words of verbs of taking place ("held", "place", "состоялся"): discuss only of a meeting
	future         []string        // words that put a sentence after its date ("will")
	selfOpen       []string        // a statement's parties speaking for themselves ("we, the")
	parenthetical  []string        // openers of an aside between a subject and its verb ("for its part")
	asideWords     [][]string      // the words of each parenthetical, last first
	comitative     []string        // asides whose parties join the subject ("together with")
	splitEvery     bool            // every stance verb after a separator starts a clause
	splitSemi      bool            // "; " before a lowercase word ends a clause that shares its subject
	closed         map[string]bool // starts, headEnd, trail, nameConj and separators: closedWord
	officeOf       map[string]bool // "of" after an office: a state follows within a dozen words
	officeLink     *phraseSet      // words between an office and its state ("chính phủ nước")
	officeUnnamed  [][]string      // words after an office that stand for its state unnamed ("of the republic")
	abbrev         map[string]bool // never end a sentence
	abbrevEnd      map[string]bool // end one before a sentence-start word
	starts         map[string]bool // words that start a sentence
	headEnd        map[string]bool
	history        *phraseSet
	kinds          []kindPhrase
	captions       []string
	demonyms       map[string]string
	capStates      map[string]capState // [state-capitalised]: names that are a state only so written
	demStems       []stemCode          // demonyms ending in "*": "российск*" → RU
	demScreen      [prefixKeys]uint64  // first-word lengths of demonyms by prefix key (see phraseSet)
	states         map[string]string
	places         []string
	placeState     map[string]string // city → ISO 3166-1 code
	placeLow       map[string]bool   // every place, lowercased
	placeParticle  map[string]bool   // words a place's name writes in lowercase ("Port of Spain", [place-particle])
	placeNames     map[string]string // a place's stem → its first listed form ("Москве" → "Москва"), in a language of case endings
	placeSet       *phraseSet
	topics         *phraseSet   // ids are Topics
	ourOffice      map[int]bool // offices of the text's own side ("глава нашего государства", [our-state])
}

type stemCode struct{ stem, code string }

// capState is a name of the [state-capitalised CC] section: a word that
// names the state CC only when written capitalised, outside a person's
// name, and not before one of notBefore ("Anh", the United Kingdom in
// Vietnamese, is also a given name, "anh" a pronoun, "Anh hùng" a hero).
type capState struct {
	code      string
	notBefore []string
}

// relDay is a phrase of the [relative-day N] or [relative-weekday D]
// sections: N days after the text's date ("yesterday" -1), or the nearest
// weekday D (weekday >= 0) on or before it (after it in a sentence of the
// future).
type relDay struct {
	phrase  string
	days    int
	weekday int // a time.Weekday, or -1
}

// demonym returns the state whose nationality the lowercase word or
// two-word phrase w names.
func (lx *lexicon) demonym(w string) (string, bool) {
	// Most words are no demonym: their first word's prefix and length say
	// so without a lookup.
	n := 0 // the length of the first word: words are short, a loop beats IndexByte
	for n < len(w) && w[n] != ' ' {
		n++
	}
	if n == 0 {
		return "", false
	}
	if !lx.mayStartDemonym(w[:n]) {
		return "", false
	}
	if code, ok := lx.demonyms[w]; ok {
		return code, true
	}
	for _, sc := range lx.demStems {
		if strings.HasPrefix(w, sc.stem) && !strings.Contains(w[len(sc.stem):], " ") {
			return sc.code, true
		}
	}
	return "", false
}

// mayStartDemonym reports whether a demonym may have the non-empty word w
// as its first word; most words are rejected by their prefix and length.
func (lx *lexicon) mayStartDemonym(w string) bool {
	key, ok := prefixKey(w)
	return ok && lx.demScreen[key]&lenBit(len(w)) != 0
}

// nameKey returns the key a name's word is known by: the word without a
// case ending of the lexicon ([name-ending]), so that "Путина",
// "Путиным" and "Путин" are one name. Words of three letters or fewer
// before the ending keep it.
func (lx *lexicon) nameKey(w string) string {
	for _, e := range lx.nameEnds {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= 3 {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

// placeName returns the name of the place a mention names as the lexicon
// first lists it: in a language of case endings, its first form with the
// same stem ("в Ашхабаде" is in "Ашхабад").
func (lx *lexicon) placeName(place string) string {
	if n, ok := lx.placeNames[lx.stemPhrase(lowerWord(place))]; ok {
		return n
	}
	return place
}

// stemPhrase returns the lowercase phrase s with each word's case ending
// dropped (nameKey), so that the cases of a name compare equal.
func (lx *lexicon) stemPhrase(s string) string {
	if !strings.Contains(s, " ") {
		return lx.nameKey(s)
	}
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = lx.nameKey(w)
	}
	return strings.Join(ws, " ")
}

// officeKey returns the name of the office id without its words' case
// endings, in a language whose lexicon lists them ("министры иностранных
// дел" and "министр иностранных дел" are one office), else its name.
func (lx *lexicon) officeKey(id int) string {
	if len(lx.nameEnds) == 0 {
		return lx.officeNames[id]
	}
	return lx.stemPhrase(lx.officeNames[id])
}

// closedWord reports a closed-class word of the lexicon: one that starts
// sentences, ends a subject's head, stands between a subject and its verb,
// or separates clauses ("the", "of", "also", "and").
func (lx *lexicon) closedWord(w string) bool {
	if lx.closed != nil {
		return lx.closed[w]
	}
	return lx.closedWordSlow(w)
}

// closedWordSlow is closedWord read from the lexicon's sets one by one:
// for a lexicon that parseLexicon did not finish.
func (lx *lexicon) closedWordSlow(w string) bool {
	if lx.starts[w] || lx.headEnd[w] || lx.trail[w] || lx.nameConj[w] {
		return true
	}
	for _, sep := range lx.separators {
		if sep == w {
			return true
		}
	}
	return false
}

// lexiconLanguages are the languages with a lexicon file.
var lexiconLanguages = []string{"en", "vi", "ru"}

var lexicons = sync.OnceValues(func() (map[string]*lexicon, error) {
	out := map[string]*lexicon{}
	for _, lang := range lexiconLanguages {
		b, err := lexiconFiles.ReadFile("lexicon/" + lang + ".txt")
		if err != nil {
			return nil, err
		}
		lx, err := parseLexicon(lang, b)
		if err != nil {
			return nil, err
		}
		out[lang] = lx
	}
	return out, nil
})

// lexiconFor returns the lexicon of lang ("en", "vi", "ru"), English for a
// language without one.
func lexiconFor(lang string) (*lexicon, error) {
	all, err := lexicons()
	if err != nil {
		return nil, err
	}
	if lx, ok := all[lang]; ok {
		return lx, nil
	}
	return all["en"], nil
}

// LexiconError reports a malformed lexicon file: its name, line and why.
type LexiconError struct {
	File   string
	Line   int
	Reason string
}

func (e *LexiconError) Error() string {
	return "agreement: lexicon " + e.File + " line " + strconv.Itoa(e.Line) + ": " + e.Reason
}

// parseLexicon reads a lexicon file.
func parseLexicon(lang string, data []byte) (*lexicon, error) {
	ix := newWordIndex()
	lx := &lexicon{
		lang: lang, words: ix, verbs: newPhraseSet(ix), hedges: map[string]bool{}, nounContext: map[string]bool{}, verbNoun: map[string]bool{}, determiners: map[string]bool{}, indefinite: map[string]bool{}, former: map[string]bool{},
		both: newPhraseSet(ix), plural: map[string]bool{}, singular: map[string]bool{}, person: map[string]bool{}, firstPerson: map[string]bool{}, firstPlural: map[string]bool{}, foreignOffice: map[string]bool{}, salutations: map[string]bool{}, stanceFirst: map[string]bool{}, sentenceVerbs: map[string]bool{}, occurrence: map[string]bool{}, asideOpen: map[string]bool{}, agents: map[string]bool{}, meetings: newPhraseSet(ix), possessive: newPhraseSet(ix), bothPrefix: newPhraseSet(ix), sources: newPhraseSet(ix), nominals: newPhraseSet(ix), agenda: newPhraseSet(ix), documents: newPhraseSet(ix),
		offices: newPhraseSet(ix), honorifics: newPhraseSet(ix), narrative: newPhraseSet(ix), abbrev: map[string]bool{},
		abbrevEnd: map[string]bool{}, compl: map[string]bool{}, coordinate: map[string]bool{}, nameConj: map[string]bool{}, nameParticle: map[string]bool{}, contraction: map[string]bool{}, counterpart: map[string]bool{}, selfObject: map[string]bool{}, relative: map[string]bool{}, byAgent: map[string]bool{}, passiveAux: map[string]bool{}, passiveForm: map[string]bool{}, participles: map[string]bool{}, topicPreps: map[string]bool{}, trail: map[string]bool{}, subjectOpener: map[string]bool{}, destination: map[string]bool{}, subjectHead: map[string]bool{}, weekdays: map[string]bool{}, officeOf: map[string]bool{}, officeLink: newPhraseSet(ix), starts: map[string]bool{}, headEnd: map[string]bool{}, history: newPhraseSet(ix),
		demonyms: map[string]string{}, states: map[string]string{}, placeSet: newPhraseSet(ix), placeState: map[string]string{}, placeLow: map[string]bool{}, placeParticle: map[string]bool{}, topics: newPhraseSet(ix), ourOffice: map[int]bool{},
	}
	file := lang + ".txt"
	var aliases [][2]string // [verb-alias] pairs, applied once every stance verb is read
	sc := bufio.NewScanner(bytes.NewReader(data))
	section, arg := "", ""
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section, arg, _ = strings.Cut(line[1:len(line)-1], " ")
			if !knownSection(section) {
				return nil, &LexiconError{file, n, "unknown section " + strconv.Quote(section)}
			}
			switch section {
			case "stance":
				if _, err := ParseStance(arg); (err != nil || arg == "unknown") && arg != "none" {
					return nil, &LexiconError{file, n, "unknown stance " + strconv.Quote(arg)}
				}
			case "nominal":
				if _, err := ParseStance(arg); err != nil || arg == "unknown" {
					return nil, &LexiconError{file, n, "unknown stance " + strconv.Quote(arg)}
				}
			case "topic":
				if _, err := ParseTopic(arg); err != nil || arg == "unknown" {
					return nil, &LexiconError{file, n, "unknown topic " + strconv.Quote(arg)}
				}
			case "kind":
				var k CommuniqueKind
				if err := k.UnmarshalText([]byte(arg)); err != nil || k == CommuniqueUnknown {
					return nil, &LexiconError{file, n, "unknown kind " + strconv.Quote(arg)}
				}
			case "relative-day":
				if _, err := strconv.Atoi(arg); err != nil {
					return nil, &LexiconError{file, n, "not a number of days: " + strconv.Quote(arg)}
				}
			case "relative-weekday":
				if weekdayIndex(arg) < 0 {
					return nil, &LexiconError{file, n, "not an English weekday: " + strconv.Quote(arg)}
				}
			case "demonym", "state", "state-capitalised":
				if _, ok := partyFromCode(arg); !ok || len(arg) != 2 {
					return nil, &LexiconError{file, n, "not an ISO 3166-1 code in use: " + strconv.Quote(arg)}
				}
			}
			continue
		}
		low := lowerWord(line)
		switch section {
		case "":
			return nil, &LexiconError{file, n, "entry before any section"}
		case "stance":
			// [stance none]: phrases that look like a stance verb and are
			// not ("called on President X" is a courtesy call); the
			// longest match at a word wins, so they hide the stance.
			st, _ := ParseStance(arg)
			lx.verbs.add(low, len(lx.stances))
			lx.stances = append(lx.stances, stanceVerb{phrase: low, stance: st})
			if first, _, _ := strings.Cut(low, " "); st != StanceUnknown && first != "*" {
				lx.stanceFirst[first] = true
			}
		case "nominal":
			st, _ := ParseStance(arg)
			lx.nominals.add(low, len(lx.nominalOf))
			lx.nominalOf = append(lx.nominalOf, st)
		case "reporting":
			lx.verbs.add(low, len(lx.stances))
			lx.stances = append(lx.stances, stanceVerb{phrase: low, stance: Note, reporting: true})
		case "negation":
			lx.negations = append(lx.negations, words(low))
		case "hedge":
			lx.hedges[low] = true
		case "verb-noun":
			lx.verbNoun[low] = true
		case "determiner":
			lx.determiners[low] = true
		case "indefinite":
			lx.indefinite[low] = true
		case "former":
			lx.former[low] = true
		case "noun-context":
			lx.nounContext[low] = true
		case "both":
			lx.both.add(low, 0)
		case "pronoun-plural":
			lx.plural[low] = true
		case "pronoun-first":
			lx.firstPerson[low] = true
		case "pronoun-we":
			lx.firstPlural[low] = true
		case "pronoun-singular":
			lx.singular[low] = true
		case "pronoun-person":
			lx.person[low] = true
		case "source":
			lx.sources.add(low, 0)
		case "meeting":
			lx.meetings.add(low, 0)
		case "agenda":
			lx.agenda.add(low, 0)
		case "document":
			lx.documents.add(low, 0)
		case "occurrence":
			lx.occurrence[low] = true
		case "aside-opener":
			lx.asideOpen[low] = true
		case "shared-press":
			lx.sharedPress = low == "yes"
		case "sentence-verb":
			lx.sentenceVerbs[low] = true
		case "surname-ending":
			lx.surnameEnds = append(lx.surnameEnds, low)
		case "participle-ending":
			lx.participleEnds = append(lx.participleEnds, low)
		case "adverb-ending":
			lx.adverbEnds = append(lx.adverbEnds, low)
		case "statement-opener":
			lx.statementOpen = append(lx.statementOpen, low)
		case "possessive-side":
			lx.possessive.add(low, 0)
		case "both-prefix":
			lx.bothPrefix.add(low, 0)
		case "agent":
			lx.agents[low] = true
		case "place-particle":
			lx.placeParticle[low] = true
		case "office", "office-alias", "our-state":
			if section == "our-state" {
				lx.ourOffice[len(lx.officeNames)] = true
			}
			if section == "office-alias" {
				if lx.officeAlias == nil {
					lx.officeAlias = map[int]aliasOf{}
				}
				lx.officeAlias[len(lx.officeNames)] = aliasOf{lowerWord(arg), n}
			}
			lx.offices.add(low, len(lx.officeNames))
			lx.officeNames = append(lx.officeNames, low)
		case "office-class":
			lx.classMembers = append(lx.classMembers, classMember{lowerWord(arg), low, n})
		case "office-foreign":
			lx.foreignOffice[low] = true
		case "salutation":
			lx.salutations[low] = true
		case "honorific":
			lx.honorifics.add(low, 0)
		case "narrative":
			lx.narrative.add(low, 0)
		case "office-of":
			lx.officeOf[low] = true
		case "office-link":
			lx.officeLink.add(low, 0)
		case "office-unnamed-state":
			lx.officeUnnamed = append(lx.officeUnnamed, words(low))
		case "state-form":
			lx.stateForms = append(lx.stateForms, low)
		case "name-particle":
			lx.nameParticle[low] = true
		case "contraction":
			lx.contraction[low] = true
		case "name-conjunction":
			lx.nameConj[low] = true
		case "counterpart":
			lx.counterpart[low] = true
		case "self-object":
			lx.selfObject[low] = true
		case "relative":
			lx.relative[low] = true
		case "meeting-verb":
			lx.verbs.add(low, len(lx.stances))
			lx.stances = append(lx.stances, stanceVerb{phrase: low, holding: true})
		case "passive-auxiliary":
			lx.passiveAux[low] = true
		case "passive-form":
			lx.passiveForm[low] = true
		case "passive-participle":
			lx.participles[low] = true
		case "topic-preposition":
			lx.topicPreps[low] = true
		case "participle-agent":
			lx.byAgent[low] = true
		case "title-opener":
			lx.titleOpen = append(lx.titleOpen, low)
		case "speech-title":
			lx.speechTitle = append(lx.speechTitle, low)
		case "verb-coordination":
			lx.coordinate[low] = true
		case "split-every-verb":
			lx.splitEvery = low == "yes"
		case "split-at-semicolon":
			lx.splitSemi = low == "yes"
		case "office-genitive":
			lx.officeGenitive = low == "yes"
		case "office-lowercase":
			lx.officeLower = low == "yes"
		case "name-ending":
			lx.nameEnds = append(lx.nameEnds, low)
			slices.SortFunc(lx.nameEnds, func(a, b string) int { return len(b) - len(a) })
		case "home":
			if _, ok := partyFromCode(line); !ok || len(line) != 2 {
				return nil, &LexiconError{file, n, "not an ISO 3166-1 code in use: " + strconv.Quote(line)}
			}
			lx.home = line
		case "weekday":
			lx.weekdays[low] = true
		case "publication":
			lx.publication = append(lx.publication, low)
		case "updated":
			lx.updated = append(lx.updated, low)
		case "future":
			lx.future = append(lx.future, low)
		case "self-opener":
			lx.selfOpen = append(lx.selfOpen, low)
		case "parenthetical":
			lx.parenthetical = append(lx.parenthetical, low)
			ws := strings.Fields(low)
			slices.Reverse(ws)
			lx.asideWords = append(lx.asideWords, ws)
		case "comitative":
			lx.parenthetical = append(lx.parenthetical, low)
			lx.comitative = append(lx.comitative, low)
		case "relative-day":
			d, _ := strconv.Atoi(arg)
			lx.relDays = append(lx.relDays, relDay{phrase: low, days: d, weekday: -1})
		case "relative-weekday":
			lx.relDays = append(lx.relDays, relDay{phrase: low, weekday: weekdayIndex(arg)})
		case "subject-trail":
			lx.trail[low] = true
		case "subject-opener":
			lx.subjectOpener[low] = true
		case "destination":
			lx.destination[low] = true
		case "subject-head":
			lx.subjectHead[low] = true
		case "complementizer":
			lx.compl[low] = true
		case "separator":
			lx.separators = append(lx.separators, low)
		case "abbreviation":
			lx.abbrev[low] = true
		case "abbreviation-end":
			lx.abbrevEnd[low] = true
		case "sentence-start":
			lx.starts[low] = true
		case "head-end":
			lx.headEnd[low] = true
		case "history":
			lx.history.add(low, 0)
		case "kind":
			var k CommuniqueKind
			_ = k.UnmarshalText([]byte(arg))
			lx.kinds = append(lx.kinds, kindPhrase{low, k})
		case "caption":
			lx.captions = append(lx.captions, low)
		case "demonym":
			first, _, _ := strings.Cut(low, " ")
			if stem, ok := strings.CutSuffix(low, "*"); ok {
				lx.demStems = append(lx.demStems, stemCode{stem, arg})
				if key, ok := prefixKey(stem); ok {
					for n := len(stem); n < 64; n++ {
						lx.demScreen[key] |= lenBit(n) // any ending
					}
				}
			} else {
				lx.demonyms[low] = arg
				if key, ok := prefixKey(first); ok && first != "" {
					lx.demScreen[key] |= lenBit(len(first))
				}
			}
		case "state":
			lx.states[low] = arg
		case "state-capitalised":
			name, not, _ := strings.Cut(line, "|")
			if lx.capStates == nil {
				lx.capStates = map[string]capState{}
			}
			lx.capStates[strings.TrimSpace(name)] = capState{code: arg, notBefore: strings.Fields(lowerWord(not))}
		case "place":
			name, code, ok := strings.Cut(line, "|")
			name = strings.TrimSpace(name)
			if ok {
				code = strings.TrimSpace(code)
				if _, valid := partyFromCode(code); !valid || len(code) != 2 {
					return nil, &LexiconError{file, n, "not an ISO 3166-1 code in use: " + strconv.Quote(code)}
				}
				lx.placeState[lowerWord(name)] = code
			}
			lx.placeLow[lowerWord(name)] = true
			lx.placeSet.add(name, len(lx.places))
			lx.places = append(lx.places, name)
		case "topic":
			t, _ := ParseTopic(arg)
			lx.topics.add(low, int(t))
		case "verb-alias":
			alias, verb, ok := strings.Cut(low, " ")
			if !ok || strings.Contains(verb, " ") || strings.ContainsAny(low, "*") {
				return nil, &LexiconError{file, n, "want two words, an alias and its verb: " + strconv.Quote(line)}
			}
			aliases = append(aliases, [2]string{alias, verb})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, &LexiconError{file, n, err.Error()}
	}
	if len(lx.stances) == 0 {
		return nil, &LexiconError{file, n, "no stance verbs"}
	}
	lx.addAliases(aliases)
	for _, ps := range []*phraseSet{lx.verbs, lx.nominals, lx.agenda, lx.documents, lx.both, lx.meetings, lx.possessive, lx.bothPrefix, lx.offices, lx.honorifics, lx.narrative, lx.officeLink, lx.history, lx.placeSet, lx.topics} {
		ps.fileBySecond()
	}
	if err := lx.sameOffices(file); err != nil {
		return nil, err
	}
	if len(lx.nameEnds) > 0 {
		lx.placeNames = map[string]string{}
		for _, name := range lx.places {
			if key := lx.stemPhrase(lowerWord(name)); lx.placeNames[key] == "" {
				lx.placeNames[key] = name
			}
		}
	}
	lx.closed = map[string]bool{}
	for _, set := range []map[string]bool{lx.starts, lx.headEnd, lx.trail, lx.nameConj} {
		for w, ok := range set {
			if ok {
				lx.closed[w] = true
			}
		}
	}
	for _, w := range lx.separators {
		lx.closed[w] = true
	}
	return lx, nil
}

func knownSection(s string) bool {
	switch s {
	case "stance", "nominal", "reporting", "source", "meeting", "agenda", "document", "occurrence", "aside-opener", "shared-press", "sentence-verb", "surname-ending", "statement-opener", "possessive-side", "both-prefix", "negation", "hedge", "noun-context", "verb-noun", "determiner", "indefinite", "former", "both", "pronoun-plural", "pronoun-singular", "pronoun-person", "pronoun-first", "pronoun-we", "agent",
		"office", "office-alias", "office-class", "our-state", "place-particle", "honorific", "narrative", "separator", "abbreviation", "abbreviation-end", "sentence-start",
		"head-end", "history", "complementizer", "subject-trail", "subject-opener", "destination", "subject-head", "weekday", "state-form", "office-of", "office-link", "office-unnamed-state", "home", "name-ending", "office-lowercase", "office-genitive", "office-foreign", "salutation", "speech-title", "verb-coordination", "split-every-verb", "split-at-semicolon", "name-conjunction", "name-particle", "contraction", "counterpart", "self-object", "relative", "meeting-verb", "participle-agent", "passive-auxiliary", "passive-form", "passive-participle", "topic-preposition", "participle-ending", "adverb-ending", "title-opener", "kind", "caption", "publication", "updated", "future", "self-opener", "parenthetical", "comitative", "verb-alias", "relative-day", "relative-weekday", "demonym", "state", "state-capitalised", "place", "topic":
		return true
	}
	return false
}

// aliasOf is the office an [office-alias] entry names, and the entry's line.
type aliasOf struct {
	office string
	line   int
}

// sameOffices gives one id to the names of one office, so that who holds
// it is learnt from any of its names and read back from any other: an
// office in another case ("президентом", "президента" are "президент"),
// and an office's other names ([office-alias prime minister]: "PM").
func (lx *lexicon) sameOffices(file string) error {
	key := func(name string) string {
		if len(lx.nameEnds) > 0 {
			return lx.stemPhrase(name)
		}
		return name
	}
	first := map[string]int{}
	same := make([]int, len(lx.officeNames))
	for id, name := range lx.officeNames {
		if _, ok := lx.officeAlias[id]; ok {
			continue
		}
		if f, ok := first[key(name)]; ok {
			same[id] = f
		} else {
			first[key(name)], same[id] = id, id
		}
	}
	for id, a := range lx.officeAlias {
		f, ok := first[key(a.office)]
		if !ok {
			return &LexiconError{file, a.line, "no [office] " + strconv.Quote(a.office) + " for " + strconv.Quote(lx.officeNames[id])}
		}
		same[id] = f
	}
	lx.offices.renumber(same)
	our := map[int]bool{}
	for id := range lx.ourOffice {
		our[same[id]] = true
	}
	lx.ourOffice = our
	for _, m := range lx.classMembers {
		g, ok := first[key(m.class)]
		if !ok {
			return &LexiconError{file, m.line, "no [office] " + strconv.Quote(m.class) + " for [office-class]"}
		}
		o, ok := first[key(m.office)]
		if !ok {
			return &LexiconError{file, m.line, "no [office] " + strconv.Quote(m.office) + " in [office-class " + m.class + "]"}
		}
		if lx.officeClass == nil {
			lx.officeClass = map[int][]int{}
		}
		lx.officeClass[g] = append(lx.officeClass[g], o)
	}
	return nil
}

// classMember is an entry of an [office-class] section: an office that
// the section's general office may name, and the entry's line.
type classMember struct {
	class, office string
	line          int
}

// surname reports whether the lowercased word w ends with an ending of
// the lexicon's [surname-ending] section and is no closed word: alone as
// a subject, a person ("Путин отметил", "Лавров заявил").
func (lx *lexicon) surname(w string) bool {
	if lx.closedWord(w) || utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, e := range lx.surnameEnds {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// participle reports whether the lowercased word w ends with an ending of
// the lexicon's [participle-ending] section: "выступивший" in "Выступивший
// на заседании Президент Кыргызстана …".
func (lx *lexicon) participle(w string) bool {
	for _, e := range lx.participleEnds {
		if strings.HasSuffix(w, e) && len(w) > len(e) {
			return true
		}
	}
	return false
}

// adverb reports whether the lowercased word w, longer than four bytes,
// ends with an ending of the lexicon's [adverb-ending] section:
// "formally" in "Suriname formally expressed …".
func (lx *lexicon) adverb(w string) bool {
	for _, e := range lx.adverbEnds {
		if len(w) > 4 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// lowerWord lowercases a lexicon entry: ASCII letters, and the letters of
// other scripts through strings.ToLower.
func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return toneFirst(strings.ReplaceAll(strings.ToLower(s), "ё", "е"))
		}
	}
	return asciiLower(s)
}

// words splits a lexicon phrase into its words.
func words(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		out = append(out, s[t.s:t.e])
	}
	return out
}

// weekdayIndex returns the time.Weekday of an English weekday name in
// lowercase ("monday"), or -1.
func weekdayIndex(name string) int {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.ToLower(d.String()) == name {
			return int(d)
		}
	}
	return -1
}

// addAliases adds, for each pair of the lexicon's [verb-alias] section
// ("voiced expressed"), every stance phrase that opens with the verb
// again with the alias in its place ("voiced * interest" beside
// "expressed * interest"), with the same stance, unless the lexicon
// lists that phrase itself.
func (lx *lexicon) addAliases(aliases [][2]string) {
	if len(aliases) == 0 {
		return
	}
	listed := make(map[string]bool, len(lx.stances))
	for _, sv := range lx.stances {
		listed[sv.phrase] = true
	}
	n := len(lx.stances)
	for _, a := range aliases {
		for _, sv := range lx.stances[:n] {
			rest, ok := strings.CutPrefix(sv.phrase, a[1]+" ")
			if !ok || sv.reporting {
				continue
			}
			phrase := a[0] + " " + rest
			if listed[phrase] {
				continue
			}
			listed[phrase] = true
			lx.verbs.add(phrase, len(lx.stances))
			lx.stances = append(lx.stances, stanceVerb{phrase: phrase, stance: sv.stance, holding: sv.holding})
			if sv.stance != StanceUnknown {
				lx.stanceFirst[a[0]] = true
			}
		}
	}
}
