package agreement

import (
	"iter"
	"slices"
	"strings"
	"sync"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"github.com/bilateral-go/bilateral/timeline"
	"golang.org/x/text/language"
)

// InstrumentKind classifies an international instrument.
type InstrumentKind uint8

// The instrument kinds.
const (
	InstrumentUnknown InstrumentKind = iota
	InstrumentTreaty
	InstrumentConvention
	InstrumentAgreement // an agreement that is not a free trade agreement
	InstrumentFTA       // free trade agreement
	InstrumentDeclaration
	InstrumentCodeOfConduct
	InstrumentMoU // memorandum of understanding
	InstrumentPlanOfAction
	InstrumentJointStatement
	InstrumentJointCommunique
	InstrumentCharter
	instrumentKindEnd
)

var instrumentKindNames = [...]string{"unknown", "treaty", "convention", "agreement", "fta", "declaration",
	"code-of-conduct", "mou", "plan-of-action", "joint-statement", "joint-communique", "charter"}

// String returns the identifier of k ("code-of-conduct").
func (k InstrumentKind) String() string {
	if k < instrumentKindEnd {
		return instrumentKindNames[k]
	}
	return "InstrumentKind(" + strconvItoa(int(k)) + ")"
}

// InstrumentKinds returns every defined kind.
func InstrumentKinds() []InstrumentKind {
	var out []InstrumentKind
	for k := InstrumentTreaty; k < instrumentKindEnd; k++ {
		out = append(out, k)
	}
	return out
}

// MarshalText returns the identifier of k; a kind out of range is an
// error, so that nothing is written that UnmarshalText cannot read.
func (k InstrumentKind) MarshalText() ([]byte, error) {
	if k >= instrumentKindEnd {
		return nil, &ParseError{What: "instrument kind", Input: k.String(), Reason: "out of range"}
	}
	return []byte(k.String()), nil
}

// ParseInstrumentKind reads an identifier, the text form of String
// ("unknown" is the zero InstrumentKind).
func ParseInstrumentKind(s string) (InstrumentKind, error) {
	i, err := parseID(instrumentKindNames[:], "instrument kind", s)
	return InstrumentKind(i), err
}

// UnmarshalText reads k with [ParseInstrumentKind].
func (k *InstrumentKind) UnmarshalText(b []byte) error {
	v, err := ParseInstrumentKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Label returns the kind for people.
func (k InstrumentKind) Label(tag language.Tag) string {
	return label(l10n.InstrumentKinds, tag, k.String())
}

// Instrument is an international treaty, declaration, agreement or other
// document relations rest on. Signed is the date of signature (or adoption,
// for declarations and plans), with its precision; InForce the date of entry
// into force. Aliases are the other English names texts use for it (matched
// case-insensitively by [Registry.Resolve]); Abbrev is matched as a whole
// word, case-sensitively.
type Instrument struct {
	ID        string         `json:"id"`
	Kind      InstrumentKind `json:"kind"`
	Name      timeline.Text  `json:"name"`
	Abbrev    string         `json:"abbrev,omitempty"`
	Aliases   []string       `json:"aliases,omitempty"`
	Signed    timeline.Date  `json:"signed,omitzero"`
	InForce   timeline.Date  `json:"in_force,omitzero"`
	Place     string         `json:"place,omitempty"`
	Parties   []Party        `json:"parties,omitempty"`
	Reference string         `json:"reference,omitempty"`
}

// Citation is where and how a text cites an instrument: the byte range of
// the citation, its text, and the year it gives, if any ("the 2022
// Declaration…" → 2022).
type Citation struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Year  int    `json:"year,omitempty"`
}

// Registry is a set of instruments looked up by ID, abbreviation or name.
// Build it with [Registry.Add] from one goroutine; after that it is safe for
// concurrent reads. The zero Registry is empty and ready to use.
//
// A registry may be frozen: then Add fails with [ErrFrozen] and the
// registry never changes, so it is safe to share between goroutines and
// packages. [Builtin] is frozen; [Registry.Clone] gives an unfrozen copy.
// The instruments a registry hands out (Lookup, All, Resolve, Citations)
// are copies: changing their Aliases or Parties changes nothing in it.
type Registry struct {
	frozen bool
	byID   map[string]int
	items  []Instrument
	keys   []registryKey // names and abbreviations, longest first
	// first indexes keys by their first byte, so that Citations reads a
	// text once whatever the number of names: first[0] holds the names
	// (lowercase, matched against the lowercased text), first[1] the
	// abbreviations (matched as written). Each list is longest first.
	first [2][256][]int32
	// second holds, for each list of first, the bits of the second bytes
	// of its keys (all bits for a key of one byte): most places where a
	// word starts are passed over without reading a list.
	second [2][256][4]uint64
	// wordStarts reports that every key starts with an ASCII letter or
	// digit: then no citation starts at any other byte.
	wordStarts bool
}

type registryKey struct {
	text   string // lowercase for names, as is for abbreviations
	abbrev bool
	index  int
}

// Add adds in to the registry; its ID must be new and non-empty. The
// registry keeps its own copy of in's slices. On a frozen registry, such as
// [Builtin], Add fails with a [*FrozenError] wrapping [ErrFrozen] and
// changes nothing.
func (r *Registry) Add(in Instrument) error {
	if r.frozen {
		return &FrozenError{ID: in.ID}
	}
	if in.ID == "" {
		return &ParseError{What: "instrument", Input: in.Name.EN, Reason: "empty id"}
	}
	if _, dup := r.byID[in.ID]; dup {
		return &ParseError{What: "instrument", Input: in.ID, Reason: "duplicate id"}
	}
	if r.byID == nil {
		r.byID = map[string]int{}
	}
	in = in.clone()
	i := len(r.items)
	r.byID[in.ID] = i
	r.items = append(r.items, in)
	if in.Abbrev != "" {
		r.keys = append(r.keys, registryKey{in.Abbrev, true, i})
	}
	for _, n := range append([]string{in.Name.EN}, in.Aliases...) {
		if n != "" {
			r.keys = append(r.keys, registryKey{strings.ToLower(n), false, i})
		}
	}
	slices.SortStableFunc(r.keys, func(a, b registryKey) int { return len(b.text) - len(a.text) })
	r.first = [2][256][]int32{}
	r.second = [2][256][4]uint64{}
	r.wordStarts = true
	for ki, k := range r.keys {
		r.wordStarts = r.wordStarts && isWordByte(k.text[0])
		t := 0
		if k.abbrev {
			t = 1
		}
		r.first[t][k.text[0]] = append(r.first[t][k.text[0]], int32(ki))
		if len(k.text) == 1 {
			r.second[t][k.text[0]] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		} else {
			c := k.text[1]
			r.second[t][k.text[0]][c>>6] |= 1 << (c & 63)
		}
	}
	return nil
}

// Clone returns an independent, unfrozen copy of r: adding to it changes
// neither r nor any other copy. Clone of a nil Registry is an empty one.
// Clone [Builtin] to extend the built-in instruments with your own.
func (r *Registry) Clone() *Registry {
	c := &Registry{}
	if r == nil {
		return c
	}
	if r.byID != nil {
		c.byID = make(map[string]int, len(r.byID))
		for id, i := range r.byID {
			c.byID[id] = i
		}
	}
	c.items = make([]Instrument, len(r.items))
	for i, in := range r.items {
		c.items[i] = in.clone()
	}
	c.keys = slices.Clone(r.keys)
	c.second = r.second
	c.wordStarts = r.wordStarts
	for t := range c.first {
		for b, l := range r.first[t] {
			c.first[t][b] = slices.Clone(l)
		}
	}
	return c
}

// clone returns in with its own copies of its slices.
func (in Instrument) clone() Instrument {
	in.Aliases = slices.Clone(in.Aliases)
	in.Parties = slices.Clone(in.Parties)
	return in
}

// Lookup returns the instrument whose ID, abbreviation or name (in any
// letter case) is key.
func (r *Registry) Lookup(key string) (Instrument, bool) {
	if i, ok := r.byID[key]; ok {
		return r.items[i].clone(), true
	}
	low := strings.ToLower(key)
	for _, k := range r.keys {
		if (k.abbrev && k.text == key) || (!k.abbrev && k.text == low) {
			return r.items[k.index].clone(), true
		}
	}
	return Instrument{}, false
}

// All yields every instrument in the order added.
func (r *Registry) All() iter.Seq[Instrument] {
	return func(yield func(Instrument) bool) {
		for _, in := range r.items {
			if !yield(in.clone()) {
				return
			}
		}
	}
}

// Resolve finds the first instrument text cites and how: "the 1982 UNCLOS",
// "UNCLOS 1982", "the United Nations Convention on the Law of the Sea 1982
// (UNCLOS)", "the 2022 Declaration on the Conduct of Parties in the East Sea
// (DOC)", "the DOC". The citation spans the name, an adjacent four-digit
// year before or after it, and a parenthesised abbreviation after it; its
// Year is the year as cited, whatever the instrument's real date.
func (r *Registry) Resolve(text string) (Instrument, Citation, bool) {
	for in, c := range r.Citations(text) {
		return in, c, true
	}
	return Instrument{}, Citation{}, false
}

// Citations yields every citation of a registry instrument in text, in
// order, without overlaps: where two names match at one place, the longer
// wins. The text is read once, with the names indexed by their first
// letter, so the cost is linear in the text, and texts of any size are read
// to the end: no citation is dropped for the length of the text.
func (r *Registry) Citations(text string) iter.Seq2[Instrument, Citation] {
	return func(yield func(Instrument, Citation) bool) {
		for in, c := range r.citations(text, "") {
			if !yield(in.clone(), c) {
				return
			}
		}
	}
}

// citations is Citations with the ASCII-lowercased text, when the caller
// has it already. The instruments it yields share their slices with the
// registry: callers must not change them.
func (r *Registry) citations(text, low string) iter.Seq2[Instrument, Citation] {
	return func(yield func(Instrument, Citation) bool) {
		if len(r.keys) == 0 {
			return
		}
		if len(low) != len(text) {
			low = asciiLower(text) // ASCII only, so offsets are kept
		}
		// One pass: at every place a word can start, the longest name or
		// abbreviation that matches there as a whole word, if any, is a
		// citation; the scan resumes after it, so citations never overlap.
		for i := 0; i < len(text); i++ {
			if i > 0 && isWordByte(text[i-1]) {
				// Inside a word: no key starts before the byte after it.
				for i < len(text) && isWordByte(text[i]) {
					i++
				}
				continue
			}
			if r.wordStarts && !isWordByte(text[i]) {
				// Nor before the next letter or digit.
				for i+1 < len(text) && !isWordByte(text[i+1]) {
					i++
				}
				continue
			}
			best, bestLen := -1, 0
			for t := range 2 {
				hay := low
				if t == 1 {
					hay = text
				}
				if i+1 < len(hay) {
					if c := hay[i+1]; r.second[t][hay[i]][c>>6]&(1<<(c&63)) == 0 {
						continue // no key starts with these two bytes
					}
				}
				for _, ki := range r.first[t][hay[i]] {
					k := r.keys[ki].text
					if len(k) <= bestLen {
						break // longest first: no longer match to come
					}
					if end := i + len(k); strings.HasPrefix(hay[i:], k) && (end == len(hay) || !isWordByte(hay[end])) {
						best, bestLen = int(ki), len(k)
						break
					}
				}
			}
			if best < 0 {
				continue
			}
			c := widen(text, i, i+bestLen)
			if !yield(r.items[r.keys[best].index], c) {
				return
			}
			i = c.End - 1
		}
	}
}

// indexWord returns the index of the first occurrence of w in s that is a
// whole word (not preceded or followed by a letter or digit), or -1.
func indexWord(s, w string) int {
	off := 0
	for {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(w)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			return i
		}
		off = i + 1
	}
}

// isWordByte reports an ASCII letter or digit.
func isWordByte(c byte) bool { return wordBytes[c] }

// widen extends the match [s, e) of an instrument name to a cited year
// before ("the 1982 UNCLOS") or after ("UNCLOS 1982") and a parenthesised
// abbreviation after ("… Sea (DOC)"), and reads the year.
func widen(text string, s, e int) Citation {
	year := 0
	if s >= 5 && isYear(text[s-5:s-1]) && text[s-1] == ' ' && (s == 5 || !isWordByte(text[s-6])) {
		year = atoi4(text[s-5 : s-1])
		s -= 5
	}
	if e+5 <= len(text) && text[e] == ' ' && isYear(text[e+1:e+5]) && (e+5 == len(text) || !isWordByte(text[e+5])) {
		if year == 0 {
			year = atoi4(text[e+1 : e+5])
		}
		e += 5
	}
	if e+2 < len(text) && text[e] == ' ' && text[e+1] == '(' {
		if j := strings.IndexByte(text[e+2:], ')'); j > 0 && j <= 12 {
			inner := text[e+2 : e+2+j]
			if strings.ToUpper(inner) == inner && !strings.ContainsAny(inner, " ,;") {
				e += 2 + j + 1
			}
		}
	}
	return Citation{Start: s, End: e, Text: text[s:e], Year: year}
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[0] == '1' || s[0] == '2'
}

func atoi4(s string) int {
	return int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10 + int(s[3]-'0')
}

// Builtin returns the registry of well-known instruments with their real
// dates. It is built once, shared and frozen: its Add fails with
// [ErrFrozen], so no caller can change it for another. Use
// Builtin().Clone() to add instruments of your own.
func Builtin() *Registry { return builtin() }

var builtin = sync.OnceValue(func() *Registry {
	r := &Registry{}
	d := timeline.MustParseDate
	for _, in := range []Instrument{
		{ID: "unclos", Kind: InstrumentConvention, Abbrev: "UNCLOS",
			Name:    timeline.Text{EN: "United Nations Convention on the Law of the Sea", VI: "Công ước của Liên hợp quốc về Luật Biển", RU: "Конвенция Организации Объединённых Наций по морскому праву"},
			Aliases: []string{"UN Convention on the Law of the Sea", "Convention on the Law of the Sea"},
			// Opened for signature at Montego Bay on 10 December 1982; in force 16 November 1994 (UN Treaty Collection, XXI.6).
			Signed: d("1982-12-10"), InForce: d("1994-11-16"), Place: "Montego Bay", Reference: "UN Treaty Collection, chapter XXI.6"},
		{ID: "un-charter", Kind: InstrumentCharter, Name: timeline.Text{EN: "Charter of the United Nations", VI: "Hiến chương Liên hợp quốc", RU: "Устав Организации Объединённых Наций"},
			Aliases: []string{"UN Charter", "United Nations Charter"},
			// Signed at San Francisco on 26 June 1945; in force 24 October 1945.
			Signed: d("1945-06-26"), InForce: d("1945-10-24"), Place: "San Francisco", Reference: "UN Charter, signature page"},
		{ID: "tac", Kind: InstrumentTreaty, Abbrev: "TAC",
			Name:    timeline.Text{EN: "Treaty of Amity and Cooperation in Southeast Asia", VI: "Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á", RU: "Договор о дружбе и сотрудничестве в Юго-Восточной Азии"},
			Aliases: []string{"Treaty on Amity and Cooperation in Southeast Asia", "Treaty of Amity and Cooperation"},
			// Signed at Bali on 24 February 1976 (ASEAN Secretariat).
			Signed: d("1976-02-24"), Place: "Bali", Reference: "ASEAN Secretariat, TAC text"},
		{ID: "doc", Kind: InstrumentDeclaration, Abbrev: "DOC",
			Name: timeline.Text{EN: "Declaration on the Conduct of Parties in the South China Sea", VI: "Tuyên bố về ứng xử của các bên ở Biển Đông", RU: "Декларация о поведении сторон в Южно-Китайском море"},
			Aliases: []string{"Declaration on the Conduct of Parties in the East Sea", "Declaration on the Conduct of Parties in the Bien Dong Sea",
				"Declaration on the Conduct of Parties"},
			// Signed at Phnom Penh on 4 November 2002 by ASEAN and China (ASEAN Secretariat).
			Signed: d("2002-11-04"), Place: "Phnom Penh", Reference: "ASEAN Secretariat, DOC text"},
		{ID: "coc", Kind: InstrumentCodeOfConduct, Abbrev: "COC",
			Name: timeline.Text{EN: "Code of Conduct in the South China Sea", VI: "Bộ quy tắc ứng xử ở Biển Đông", RU: "Кодекс поведения в Южно-Китайском море"},
			Aliases: []string{"Code of Conduct in the East Sea/South China Sea", "Code of Conduct in the East Sea",
				"Code of Conduct in the East Sea (South China Sea)"},
			// Under negotiation between ASEAN and China since 2017: no date.
			Reference: "ASEAN–China negotiations, single draft negotiating text 2018"},
		{ID: "vn-eaeu-fta", Kind: InstrumentFTA,
			Name: timeline.Text{EN: "Free Trade Agreement between Vietnam and the Eurasian Economic Union and its member states",
				VI: "Hiệp định Thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á-Âu và các nước thành viên",
				RU: "Соглашение о свободной торговле между Вьетнамом и Евразийским экономическим союзом и его государствами-членами"},
			Aliases: []string{"Vietnam-Eurasian Economic Union Free Trade Agreement", "Vietnam-EAEU FTA", "Vietnam–EAEU FTA",
				"Free Trade Agreement between Viet Nam and the Eurasian Economic Union"},
			// Signed at Burabay, Kazakhstan, on 29 May 2015; in force 5 October 2016 (Eurasian Economic Commission).
			Signed: d("2015-05-29"), InForce: d("2016-10-05"), Place: "Burabay", Parties: []Party{{"VN"}, {"EAEU"}},
			Reference: "Eurasian Economic Commission"},
		{ID: "vn-ru-friendship-1994", Kind: InstrumentTreaty,
			Name: timeline.Text{EN: "Treaty on the Basic Principles of Friendly Relations between Vietnam and Russia",
				VI: "Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị Việt Nam – Nga",
				RU: "Договор об основах дружественных отношений между Российской Федерацией и Социалистической Республикой Вьетнам"},
			Aliases: []string{"Treaty on Basic Principles of Friendly Relations"},
			// Signed in Moscow on 16 June 1994.
			Signed: d("1994-06-16"), Place: "Moscow", Parties: []Party{{"VN"}, {"RU"}}, Reference: "Ministry of Foreign Affairs of Viet Nam"},
		{ID: "asean-eec-mou-2018", Kind: InstrumentMoU,
			Name: timeline.Text{EN: "Memorandum of Understanding between ASEAN and the Eurasian Economic Commission",
				VI: "Bản ghi nhớ giữa ASEAN và Ủy ban Kinh tế Á-Âu", RU: "Меморандум о взаимопонимании между АСЕАН и Евразийской экономической комиссией"},
			Aliases: []string{"Memorandum of Understanding (MoU) between ASEAN and the Eurasian Economic Commission", "MoU between ASEAN and the Eurasian Economic Commission"},
			// Signed in Singapore on 14 November 2018 (Eurasian Economic Commission).
			Signed: d("2018-11-14"), Place: "Singapore", Parties: []Party{{"ASEAN"}, {"EEC"}}, Reference: "Eurasian Economic Commission"},
		{ID: "asean-sco-mou-2005", Kind: InstrumentMoU,
			Name: timeline.Text{EN: "Memorandum of Understanding between the ASEAN Secretariat and the SCO Secretariat",
				VI: "Bản ghi nhớ giữa Ban Thư ký ASEAN và Ban Thư ký SCO", RU: "Меморандум о взаимопонимании между Секретариатом АСЕАН и Секретариатом ШОС"},
			Aliases: []string{"MoU between the ASEAN Secretariat and the SCO Secretariat"},
			// Signed in Jakarta on 21 April 2005.
			Signed: d("2005-04-21"), Place: "Jakarta", Parties: []Party{{"ASEAN"}, {"SCO"}}, Reference: "ASEAN Secretariat"},
		{ID: "asean-russia-cpa-2021-2025", Kind: InstrumentPlanOfAction,
			Name: timeline.Text{EN: "Comprehensive Plan of Action to Implement the ASEAN-Russian Federation Strategic Partnership (2021-2025)",
				VI: "Kế hoạch Hành động toàn diện thực hiện Quan hệ Đối tác chiến lược ASEAN – Nga giai đoạn 2021–2025",
				RU: "Комплексный план действий по реализации стратегического партнёрства АСЕАН–Россия на 2021–2025 годы"},
			Aliases: []string{"ASEAN-Russia Comprehensive Plan of Action", "2021-2025 comprehensive plan of action"},
			// Adopted at the ASEAN Post-Ministerial Conference with Russia, September 2020.
			Signed: d("2020-09"), Parties: []Party{{"ASEAN"}, {"RU"}}, Reference: "ASEAN Secretariat"},
	} {
		if err := r.Add(in); err != nil {
			panic("agreement: built-in registry: " + err.Error()) // a bug in the table, caught by tests
		}
	}
	r.frozen = true
	return r
})
