package agreement

import (
	"cmp"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Actors: the parties that take a clause's stance come from its subject,
// resolved through the text's own introductions of people and offices
// ("the Prime Minister of India, Dr. Manmohan Singh", "Japanese Prime
// Minister Kishida Fumio"): the reader keeps no list of politicians.

// introductions reads, once for the whole text, who holds which office for
// which party: each office of the lexicon with a party before it ("Indian
// Prime Minister", "India's Prime Minister") or after it ("Prime Minister
// of India"), and the name that follows ("…, Dr. Manmohan Singh") or
// precedes it ("Manmohan Singh, Prime Minister of India"). Each word of
// the name then stands for the party; a word two parties share stands for
// neither.
func (p *parser) introductions() {
	p.people = map[string]Party{}
	p.surnames = map[string]bool{}
	p.offices = map[int][]Party{}
	p.bareOffices = nil
	p.namedHolder = map[officeOf]bool{}
	p.homeHolder = map[int]string{}
	// Twice: first the people the text ties to a state, so that one it
	// names by office alone before it names the state ("theo lời mời của
	// Thủ tướng Pedro Passos Coelho … Thủ tướng Bồ Đào Nha Pedro Passos
	// Coelho") is known as that state's when the conventions for people
	// named without a state are read.
	p.introduce(true)
	unplaced := p.introduce(false)
	unplaced = p.placeByCounterpart(unplaced)
	p.placeByElimination(unplaced)
	p.placeCourtesyName()
	p.unplaced = unplaced
}

// introduce reads the introductions of people and offices in the text;
// with stated, only those that tie a person to a state. It returns the
// people introduced with an office and no state.
func (p *parser) introduce(stated bool) []holder {
	toks := p.toks
	var unplaced []holder // people introduced with an office and no state
	if len(p.officeAt) != len(toks) {
		// The longest office at each token, read once for both passes.
		p.officeAt = make([][2]int32, len(toks))
		for k := range toks {
			office, last := -1, -1
			p.matchAt(p.lx.offices, k, len(toks), func(ph phrase, l int) {
				if l > last {
					office, last = ph.id, l
				}
			})
			p.officeAt[k] = [2]int32{int32(office), int32(last)}
		}
	}
	for k := 0; k < len(toks); k++ {
		office, last := int(p.officeAt[k][0]), int(p.officeAt[k][1])
		if office < 0 || !isCapitalised(p.text[toks[k].s:]) && !p.lx.officeLower && p.partyOfAfter(last+1).IsZero() && p.partyBefore(k).IsZero() {
			continue // "the presidents of Brazil …", "his Japanese counterpart …": offices in lowercase
		}
		if p.pairedIntroduction(office, last+1) {
			k = last
			continue
		}
		party := p.partyBefore(k)
		after := last + 1
		if party.IsZero() {
			if q := p.partyOfAfter(after); !q.IsZero() {
				party = q
				after = p.tokAtOrAfter(p.partyOfEnd)
			} else if q, end := p.partyLinked(after); !q.IsZero() {
				// "Thủ tướng Nga Mikhail Mishustin", "Председатель
				// Правительства Российской Федерации Михаил Мишустин".
				party = q
				after = p.tokAtOrAfter(end)
			} else if l := p.unnamedStateEnd(after); l >= 0 {
				// "President of the Republic, Miguel Díaz-Canel": the
				// words stand for a state the text leaves unnamed; the
				// name follows them, and the state is found as for an
				// office written alone.
				after = l
			}
		}
		after = p.portfolioEnd(after)
		name := p.nameAfter(after)
		if len(name) > 0 && p.officeFollows(name[len(name)-1]) {
			// "Yoweri Museveni, President of Uganda, Uhuru Kenyatta,
			// President of Kenya": the name after is the next office's.
			name = nil
		}
		ofEnd := -1 // the end of "of State" after the name, when it places the name
		if party.IsZero() && len(name) > 0 {
			// "President Alan Brooks of the United States of America".
			if party = p.partyOfAfter(p.tokAtOrAfter(int(name[len(name)-1].e))); !party.IsZero() {
				ofEnd = p.partyOfEnd
			}
		}
		if party.IsZero() && len(name) > 0 {
			// "Ambassador Munir Akram, permanent representative of
			// Pakistan to the UN": an apposition names the state.
			party = p.appositiveState(p.tokAtOrAfter(int(name[len(name)-1].e)))
		}
		if stated && party.IsZero() {
			k = last
			continue
		}
		if party.IsZero() && len(name) > 0 && p.lx.home != "" {
			p.homeNamed = true
		}
		if party.IsZero() && len(name) > 0 {
			// A person already introduced with a state keeps it ("Thủ tướng
			// Ấn Độ Narendra Modi … Thủ tướng Modi"), known by a word that
			// is no initial or abbreviation: "R." and "Jr." are many
			// people's. A name whose last such word the text has not
			// placed is someone else's, whatever first name it shares
			// ("Keith Mitchell" after "Keith Rowley").
			eligible := func(t tok) bool {
				return utf8.RuneCountInString(p.low[t.s:t.e]) >= 2 && !(int(t.e) < len(p.text) && p.text[t.e] == '.')
			}
			last, n, surname := tok{}, 0, false
			for _, t := range name {
				if eligible(t) {
					last, n = t, n+1
					surname = surname || p.surnames[p.lx.nameKey(p.low[t.s:t.e])]
				}
			}
			if _, ok := p.people[p.lx.nameKey(p.low[last.s:last.e])]; n > 1 && !surname && !ok {
				// (A placed surname keeps its person before a word a
				// title capitalised: "President Faure Meets …".)
				n = 0
			}
			for _, t := range name {
				if n == 0 {
					break
				}
				if !eligible(t) {
					continue
				}
				if q := p.people[p.lx.nameKey(p.low[t.s:t.e])]; !q.IsZero() {
					party = q
					break
				}
			}
		}
		if home := (Party{p.lx.home}); party.IsZero() && len(name) > 0 && p.lx.foreignOffice[p.lx.officeNames[office]] && len(p.parties) == 2 && slices.Contains(p.parties, home) {
			// "Tổng thống Kassym-Jomart Tokayev": Vietnam has no president
			// called so; the holder is the other side's.
			party = p.parties[0]
			if party == home {
				party = p.parties[1]
			}
		}
		if party.IsZero() && len(name) > 0 && p.lx.home != "" && slices.Contains(p.parties, Party{p.lx.home}) {
			// "Thủ tướng Phạm Minh Chính … Thủ tướng Lào Sonexay": the press
			// of a language names its own state's office-holders without
			// their state, and every other state's with it. A second,
			// different holder of the same office named so is the other
			// side's ("Thủ tướng Nguyễn Xuân Phúc … Thủ tướng Prayuth").
			party = Party{p.lx.home}
			key := p.lx.nameKey(p.low[name[len(name)-1].s:name[len(name)-1].e])
			if first, ok := p.homeHolder[office]; ok && first != key && len(p.parties) == 2 {
				party = p.parties[0]
				if party.code == p.lx.home {
					party = p.parties[1]
				}
			} else if !ok {
				p.homeHolder[office] = key
			}
		}
		if party.IsZero() {
			if len(name) > 0 {
				unplaced = append(unplaced, holder{office, name})
			}
			k = last
			continue
		}
		if len(name) == 0 {
			name = p.nameBefore(k)
		}
		if len(name) == 0 && p.genericOffice(k, after) {
			// "the first visit by a New Zealand prime minister": no
			// holder in particular, so no office the text names again.
			k = last
			continue
		}
		if len(name) == 0 && !stated {
			p.bareOffices = append(p.bareOffices, bareOffice{officeOf{office, party}, int(toks[k].s)})
		}
		p.place(holder{office, name}, party)
		if ofEnd >= 0 {
			p.coordinatedHolder(office, ofEnd, party)
		}
		k = last
	}
	return unplaced
}

// genericOffice reports whether the office at token k names no present
// holder: it follows a word of the lexicon's [indefinite] section ("a New
// Zealand prime minister", "any Russian president") or of its [former]
// section ("the late Kenyan president"), directly or before the office's
// state; or the office and its state, which end before token after, take
// an apposition that opens with a [former] word ("the first prime
// minister of Kenya, the late Jomo Kenyatta"). The state's words are read
// back over as capitalised words, at most genericStateWords of them, with
// a possessive "'s".
func (p *parser) genericOffice(k, after int) bool {
	if after > 0 && after < len(p.toks) && p.text[p.toks[after-1].e:p.toks[after].s] == ", " {
		j := after
		if p.lx.determiners[p.low[p.toks[j].s:p.toks[j].e]] && j+1 < len(p.toks) {
			j++
		}
		if p.lx.former[p.low[p.toks[j].s:p.toks[j].e]] {
			return true
		}
	}
	for j := k - 1; j >= 0 && j >= k-1-genericStateWords; j-- {
		if gap := p.text[p.toks[j].e:p.toks[j+1].s]; gap != " " && gap != "'" && gap != "’" {
			return false
		}
		t := p.toks[j]
		w := p.low[t.s:t.e]
		if p.lx.indefinite[w] || p.lx.former[w] {
			return true
		}
		if !isCapitalised(p.text[t.s:]) && w != "s" {
			return false
		}
	}
	return false
}

// genericStateWords bounds the words of a state read back over by
// genericOffice ("a Papua New Guinea's prime minister").
const genericStateWords = 4

// appositiveState reads an apposition at token k, after a name: a comma,
// up to appositiveWords words that end with an office or a noun of the
// lexicon's [agent] section, and "of <state>" ("…, permanent
// representative of Pakistan"). It returns the state, or the zero Party.
func (p *parser) appositiveState(k int) Party {
	if k <= 0 || k >= len(p.toks) || p.text[p.toks[k-1].e:p.toks[k].s] != ", " {
		return Party{}
	}
	for n := k; n < min(len(p.toks), k+appositiveWords); n++ {
		if n > k && p.text[p.toks[n-1].e:p.toks[n].s] != " " || p.conjAt(n) {
			break // not "Filipe Nyusi, and the Prime Minister of Portugal"
		}
		last := -1
		if len(p.officeAt) == len(p.toks) {
			last = int(p.officeAt[n][1])
		}
		if t := p.toks[n]; last < 0 && p.lx.agents[p.low[t.s:t.e]] {
			last = n
		}
		if last >= 0 && last+1 < len(p.toks) && p.text[p.toks[last].e:p.toks[last+1].s] == " " {
			if q := p.partyOfAfter(last + 1); !q.IsZero() {
				return q
			}
		}
	}
	return Party{}
}

// ourOffice returns the text's own side when the subject's tokens [i, j)
// hold an office of the lexicon's [our-state] section ("Глава нашего
// государства", "Президент нашей страны"): the [home]
// state when it is a side, else the side the text names first, as the
// press of a state names its own state first ("Президенты Казахстана и
// Венгрии провели переговоры … Глава нашего государства отметил …").
// Inside a quotation "our state" is the speaker's, and is not read here.
func (p *parser) ourOffice(i, j int) (Party, bool) {
	if len(p.lx.ourOffice) == 0 || len(p.parties) != 2 || i >= j || len(p.officeAt) != len(p.toks) {
		return Party{}, false
	}
	if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p.text[:p.toks[i].s], " ")); strings.ContainsRune("\"“«„", r) {
		return Party{}, false // "«Глава нашего государства …»": the speaker's state
	}
	found := false
	for k := i; k < j && !found; k++ {
		// "В начале беседы глава нашего государства тепло поздравил …":
		// the office may follow an adverbial; its entries are in the
		// nominative, which only a subject takes.
		office, last := int(p.officeAt[k][0]), int(p.officeAt[k][1])
		found = office >= 0 && last < j && p.lx.ourOffice[office]
	}
	if !found {
		return Party{}, false
	}
	if home := (Party{p.lx.home}); slices.Contains(p.parties, home) {
		return home, true
	}
	_, first := p.stateCounts()
	a, okA := first[p.parties[0].code]
	b, okB := first[p.parties[1].code]
	switch {
	case okA && (!okB || a < b):
		return p.parties[0], true
	case okB:
		return p.parties[1], true
	}
	return Party{}, false
}

// unnamedStateEnd returns the token after the lexicon's
// [office-unnamed-state] words at token k ("of the Republic") when a
// comma closes them, else -1.
func (p *parser) unnamedStateEnd(k int) int {
	for _, words := range p.lx.officeUnnamed {
		e := k + len(words)
		if e >= len(p.toks) || !p.wordsAt(k, words) || strings.ContainsAny(p.text[p.toks[k].s:p.toks[e-1].e], ",;:.\n") {
			continue
		}
		if strings.TrimRight(p.text[p.toks[e-1].e:p.toks[e].s], " ") == "," {
			return e
		}
	}
	return -1
}

// portfolioEnd returns the token after the comma that closes the rest of
// an office's portfolio when the office that ends before token k goes on
// with a [name-conjunction] word and capitalised words ("Minister for
// Foreign Affairs and External Trade, Sakiasi Ditoka": the name follows
// the comma), else k. Words that name a state are no portfolio ("Prime
// Minister of Fiji and Nauru's …").
func (p *parser) portfolioEnd(k int) int {
	if k <= 0 || k >= len(p.toks) {
		return k
	}
	if p.text[p.toks[k-1].e:p.toks[k].s] == ", " && !p.conjAt(k) {
		// "Minister of Foreign Affairs, International Trade, and
		// Cooperation, Melvin Bouva": a list of capitalised portfolios
		// that a conjunction closes; without one the words after the
		// comma are the name ("Minister of Foreign Affairs, Melvin
		// Bouva, said").
		for n := k; n < min(len(p.toks)-1, k+portfolioWords); n++ {
			t := p.toks[n]
			if p.conjAt(n) {
				if e := p.portfolioTail(n); e != n {
					return e
				}
				return k
			}
			if !isCapitalised(p.text[t.s:]) && (n == k || !p.lx.closedWord(p.low[t.s:t.e])) {
				return k
			}
			if _, ok := p.partyAt(int(t.s)); ok {
				return k
			}
			if gap := p.text[t.e:p.toks[n+1].s]; gap != " " && gap != ", " {
				return k
			}
		}
		return k
	}
	if p.text[p.toks[k-1].e:p.toks[k].s] != " " {
		return k
	}
	return p.portfolioTail(k)
}

// portfolioTail returns the token after the comma that closes the
// capitalised words after the [name-conjunction] word at token k ("and
// External Trade, "), else k.
func (p *parser) portfolioTail(k int) int {
	if !p.conjAt(k) {
		return k
	}
	for n := k + 1; n < min(len(p.toks)-1, k+1+portfolioWords); n++ {
		t := p.toks[n]
		if !isCapitalised(p.text[t.s:]) && (n == k+1 || !p.lx.closedWord(p.low[t.s:t.e])) {
			return k
		}
		if _, ok := p.partyAt(int(t.s)); ok {
			return k
		}
		switch gap := p.text[t.e:p.toks[n+1].s]; {
		case gap == ", ":
			return n + 1
		case gap != " ":
			return k
		}
	}
	return k
}

// portfolioWords bounds the rest of an office's portfolio after its
// conjunction ("and External Trade", "and International Cooperation").
const portfolioWords = 5

// placeByCounterpart places each holder whose sentence then names "his
// Hungarian counterpart" as the other side of that nationality's ("President
// Peter Pellegrini said … following talks with his Hungarian counterpart
// Tamas Sulyok"); the state may be named before the counterpart ("his
// Guatemala counterpart") or after it with an [office-of] word ("his
// counterpart from New Zealand"). It returns the holders it could not
// place.
func (p *parser) placeByCounterpart(unplaced []holder) []holder {
	if len(p.parties) != 2 {
		return unplaced
	}
	rest := unplaced[:0:0]
	for _, h := range unplaced {
		k := p.tokAtOrAfter(int(h.name[len(h.name)-1].e))
		placed := false
		for n := k; n < len(p.toks) && n < k+30 && !placed; n++ {
			if n > k && strings.ContainsAny(p.text[p.toks[n-1].e:p.toks[n].s], ".;") {
				break
			}
			if !p.lx.counterpart[p.low[p.toks[n].s:p.toks[n].e]] || n == 0 {
				continue
			}
			prev := p.toks[n-1]
			code, ok := p.lx.demonym(p.low[prev.s:prev.e])
			if q, named := p.partyEnds[int(prev.e)]; !ok && named && q.Kind() == PartyState {
				code, ok = q.code, true // "his Guatemala counterpart"
			}
			if !ok {
				if q := p.partyOfAfter(n + 1); !q.IsZero() {
					code, ok = q.code, true // "his counterpart from New Zealand"
				}
			}
			if !ok {
				break
			}
			switch code {
			case p.parties[0].code:
				p.place(h, p.parties[1])
				placed = true
			case p.parties[1].code:
				p.place(h, p.parties[0])
				placed = true
			}
			break
		}
		if !placed {
			rest = append(rest, h)
		}
	}
	return rest
}

// coordinatedHolder places a second holder of office introduced after the
// first one's "of State", which ends at end: "Foreign Ministers Francisco
// Bustillo of Uruguay and Santiago Cafiero of Argentina".
func (p *parser) coordinatedHolder(office, end int, first Party) {
	j := p.tokAtOrAfter(end)
	if j+1 >= len(p.toks) || !p.conjAt(j) {
		return
	}
	n2 := p.nameAfter(j + 1)
	if len(n2) == 0 {
		return
	}
	if s2 := p.partyOfAfter(p.tokAtOrAfter(int(n2[len(n2)-1].e))); !s2.IsZero() && s2 != first {
		p.place(holder{office, n2}, s2)
	}
}

// pairedIntroduction reads two holders of one office introduced
// together, at token k after the office: "the Presidents of Brazil and
// Argentina, Lula and Kirchner", "президентов России и Лаоса Владимира
// Путина и Тхонглуна Сисулита" (states, then names, in the same order), or
// "the presidents of Brazil, Luiz Inácio Lula da Silva, and Argentina,
// Nestor Kirchner" (each state with its name). It reports whether it
// placed them.
func (p *parser) pairedIntroduction(office, k int) bool {
	s1 := p.partyOfAfter(k)
	end := p.partyOfEnd
	if s1.IsZero() {
		s1, end = p.partyLinked(k)
	}
	if s1.IsZero() {
		return false
	}
	j := p.tokAtOrAfter(end)
	if j+1 >= len(p.toks) {
		return false
	}
	var n1, n2 []tok
	var s2 Party
	if p.conjAt(j) { // "of S1 and S2, N1 and N2"
		m, ok := p.partyAt(int(p.toks[j+1].s))
		if !ok || m.Party == s1 {
			return false
		}
		s2 = m.Party
		n1 = p.nameAfter(p.tokAtOrAfter(m.End))
		if len(n1) == 0 {
			return false
		}
		c := p.tokAtOrAfter(int(n1[len(n1)-1].e))
		if c+1 >= len(p.toks) || !p.conjAt(c) {
			return false
		}
		n2 = p.nameAfter(c + 1)
	} else { // "of S1, N1, and S2, N2"
		if !strings.HasPrefix(strings.TrimSpace(p.text[end:p.toks[j].s]), ",") {
			return false
		}
		n1 = p.nameAfter(j)
		if len(n1) == 0 {
			return false
		}
		c := p.tokAtOrAfter(int(n1[len(n1)-1].e))
		if c+1 >= len(p.toks) || !p.conjAt(c) {
			return false
		}
		m, ok := p.partyAt(int(p.toks[c+1].s))
		if !ok || m.Party == s1 {
			return false
		}
		s2 = m.Party
		n2 = p.nameAfter(p.tokAtOrAfter(m.End))
	}
	if len(n2) == 0 {
		return false
	}
	p.place(holder{office, n1}, s1)
	p.place(holder{office, n2}, s2)
	return true
}

// conjIn reports whether a word that joins names stands among tokens
// [i, j).
func (p *parser) conjIn(i, j int) bool {
	for k := i; k < j; k++ {
		if p.conjAt(k) {
			return true
		}
	}
	return false
}

// nameBeforeConj reports whether a word that joins names in [i, j)
// follows a capitalised word the text does not know ("Андрей Соколов и
// …"), not a common noun ("Chính phủ và nhân dân").
func (p *parser) nameBeforeConj(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if !p.conjAt(k) {
			continue
		}
		if strings.Contains(p.text[p.toks[i].s:p.toks[k-1].e], ",") {
			return false // "Thay mặt Chính phủ và …, Thủ tướng …": an adjunct before
		}
		// A person introduced without a side ("Petro and Sheinbaum"), or a
		// capitalised word the text does not know inside the subject,
		// before the word that joins or just after it ("Лавров и
		// Туггар"); not a first word the text does not know ("Trade and
		// Industry Minister …").
		if p.compoundDemonym(k) {
			continue // "The Antiguan and Barbudan Prime Minister": one state's demonym
		}
		for _, n := range []int{k - 1, k + 1} {
			if n >= j {
				continue
			}
			t := p.toks[n]
			q, known := p.people[p.lx.nameKey(p.low[t.s:t.e])]
			if isCapitalised(p.text[t.s:]) && q.IsZero() && (known || n > i || p.afterSubjectOpener(i)) && !p.inPartyName(int(t.s)) && !p.isFunctionWord(p.low[t.s:t.e]) && !p.isOfficeAt(n) && !p.conjAt(n) {
				return true
			}
		}
	}
	return false
}

// conjAt reports whether token k is a word that joins names ("and", "и").
func (p *parser) conjAt(k int) bool {
	return k < len(p.toks) && p.lx.nameConj[p.low[p.toks[k].s:p.toks[k].e]]
}

// officeFollows reports whether ", <office>" follows the name word t.
func (p *parser) officeFollows(t tok) bool {
	e := int(t.e)
	if rest := p.text[e:]; strings.HasPrefix(rest, " (") {
		// "Ca-rôi Ma-gy (Karoly Magyi), Thủ tướng Hungary": past the
		// name in another form.
		if c := strings.IndexByte(rest[:min(len(rest), 80)], ')'); c > 0 {
			e += c + 1
		}
	}
	k := p.tokAtOrAfter(e)
	if k >= len(p.toks) {
		return false
	}
	gap := strings.TrimSpace(p.text[e:p.toks[k].s])
	return (gap == "," || gap == ".," || gap == "–" || gap == "—") && p.isOfficeAt(k) // ".,": "Marcos Jr., Tổng thống …"
}

// holder is a person the text introduces by office and name.
type holder struct {
	office int
	name   []tok
}

// place records that h holds h.office for party: the office stands for the
// party, and each word of the name for the person.
func (p *parser) place(h holder, party Party) {
	if len(h.name) > 0 && p.lx.agents[p.low[h.name[0].s:h.name[0].e]] {
		return // "Bộ trưởng Bộ Kinh tế …": an institution, not a person
	}
	p.offices[h.office] = appendParty(p.offices[h.office], party)
	if len(h.name) > 0 {
		p.namedHolder[officeOf{h.office, party}] = true
	}
	for _, t := range h.name {
		if p.lx.nameParticle[p.low[t.s:t.e]] {
			continue // "bin", "da": many people's
		}
		w := p.lx.nameKey(p.low[t.s:t.e])
		if t == h.name[len(h.name)-1] {
			p.surnames[w] = true
		}
		if q, seen := p.people[w]; seen && q != party {
			p.people[w] = Party{} // two parties' people share the word
			continue
		}
		p.people[w] = party
	}
}

// placeByElimination gives the people a two-party text introduces by office
// and name without a state to the side none of whose people the text ties
// to a state: "President Abdel Fattah El-Sisi met with Russian President
// Vladimir Putin" names the host by office and name alone, and the other
// side is Russia's. People of third states and organisations are
// introduced with them ("Secretary-General of the United Nations"), so
// they are placed before. When both sides, or neither, have people tied
// to a state, nobody is placed by elimination: nothing is guessed between
// sides. A holder whose office the text names elsewhere with a state and
// no holder is that state's, whatever the sides ("Belize's PM … Prime
// Minister John Briceño").
func (p *parser) placeByElimination(unplaced []holder) {
	if len(unplaced) == 0 {
		return
	}
	side, bySide := p.unheldSide()
	var picked []holder
	for _, h := range unplaced {
		t := h.name[len(h.name)-1]
		if q, ok := p.people[p.lx.nameKey(p.low[t.s:t.e])]; ok {
			if q.IsZero() {
				return
			}
			continue // placed by a later introduction ("Marcos … President Marcos of the Philippines")
		}
		picked = append(picked, h)
	}
	holders := map[int]map[string]bool{} // office → the names of its unplaced holders
	key := func(h holder) string {
		t := h.name[len(h.name)-1]
		return p.lx.nameKey(p.low[t.s:t.e])
	}
	for _, h := range picked {
		if holders[h.office] == nil {
			holders[h.office] = map[string]bool{}
		}
		holders[h.office][key(h)] = true
	}
	// A person whose office the text names again with a state is that
	// state's, wherever the text names the person.
	own := map[string]Party{}
	bare := p.bareOfficeStates()
	for _, h := range picked {
		if q, ok := p.bareOfficeOf(h, bare); ok && len(holders[h.office]) == 1 {
			own[key(h)] = q
		}
	}
	for _, h := range picked {
		if q, ok := own[key(h)]; ok {
			p.place(h, q)
		} else if bySide {
			p.place(h, side)
		} else if q, ok := p.otherHolderSide(h); ok {
			p.place(h, q)
		}
	}
}

// otherHolderSide returns the side of a two-party text whose holder of
// h's office the text has not named, when it has named the other side's
// holder of it and no other state's: "Minister of Foreign and Expatriate
// Affairs Shaya al-Zindani held talks with Omani Foreign Minister Badr
// Albusaidi" in a text of Yemen and Oman is Yemen's minister.
func (p *parser) otherHolderSide(h holder) (Party, bool) {
	held := p.offices[h.office]
	if len(p.parties) != 2 || len(held) != 1 || !p.namedHolder[officeOf{h.office, held[0]}] || !slices.Contains(p.parties, held[0]) {
		return Party{}, false
	}
	return p.otherParty(held[0]), true
}

// officeOf is an office of a party.
type officeOf struct {
	office int
	party  Party
}

// bareOffice is an office the text names with a state and no holder
// ("Thủ tướng Anh đang ở Ấn Độ", "the British Prime Minister"), at byte at.
type bareOffice struct {
	officeOf
	at int
}

// bareOfficeOf returns the state of the holder h when the text names h's
// office with that state alone, and no holder, in another sentence
// ("Thủ tướng Keir Starmer cho biết … . Thủ tướng Anh đang ở Ấn Độ …"):
// that is h named again, not the other side. Within h's sentence an
// office named so is another person's ("Prime Minister Modi received the
// British Prime Minister"). Two states named so, and nothing is placed;
// nor when the text names two holders of the office it does not place
// ("President Chakwera … President Nyusi … The Mozambican President").
func (p *parser) bareOfficeOf(h holder, bare map[int]Party) (Party, bool) {
	q := bare[h.office]
	if q.IsZero() || !slices.Contains(p.parties, q) {
		return Party{}, false
	}
	// Only the offices near the name may share its sentence: p.bareOffices
	// is in text order.
	a, b := int(h.name[0].s), int(h.name[len(h.name)-1].e)
	from := sort.Search(len(p.bareOffices), func(n int) bool { return p.bareOffices[n].at >= a-sameSentenceBytes })
	for _, o := range p.bareOffices[from:] {
		if o.at > b+sameSentenceBytes {
			break
		}
		lo, hi := min(a, o.at), max(b, o.at)
		if o.office == h.office && !strings.Contains(p.text[lo:hi], ". ") && !strings.Contains(p.text[lo:hi], "\n") {
			return Party{}, false
		}
	}
	return q, true
}

// bareOfficeStates returns, for each office the text names with a state
// and no holder, that state: none (the zero Party) when it names the
// office so with two states, or when it names that state's holder of it
// ("Russian President Vladimir Putin … the Russian President": Putin).
func (p *parser) bareOfficeStates() map[int]Party {
	out := map[int]Party{}
	seen := map[int]bool{}
	for _, o := range p.bareOffices {
		q, ok := out[o.office]
		switch {
		case seen[o.office] && (!ok || q != o.party):
			delete(out, o.office) // two states
		case !seen[o.office] && !p.namedHolder[o.officeOf]:
			out[o.office] = o.party
		}
		seen[o.office] = true
	}
	return out
}

// sameSentenceBytes bounds how far apart two words of one sentence are
// looked for.
const sameSentenceBytes = 400

// unheldSide returns the side of a two-party text none of whose people
// the text ties to a state, when it ties some of the other side's.
func (p *parser) unheldSide() (Party, bool) {
	if len(p.parties) != 2 {
		return Party{}, false
	}
	var held [2]bool
	for _, holders := range p.offices {
		for _, q := range holders {
			for i, side := range p.parties {
				held[i] = held[i] || q == side
			}
		}
	}
	if held[0] == held[1] {
		return Party{}, false
	}
	if held[0] {
		return p.parties[1], true
	}
	return p.parties[0], true
}

// placeCourtesyName places the one person a two-party text names with a
// courtesy title and never ties to a state ("Jacinda Ardern has touched
// down in Tokyo … meeting Japanese leader Fumio Kishida … “…,” Ms Ardern
// said") on the side none of whose people it places, as
// placeByElimination places a person named by office. Two such people, or
// none of either side's people placed, and nobody is placed.
func (p *parser) placeCourtesyName() {
	side, ok := p.unheldSide()
	if !ok {
		return
	}
	key := ""
	for k := 0; k < len(p.toks); k++ {
		end := -1
		p.matchAt(p.lx.honorifics, k, len(p.toks), func(_ phrase, l int) { end = max(end, l) })
		if end < 0 {
			continue
		}
		name := p.nameAfter(k)
		k = end
		if len(name) == 0 {
			continue
		}
		t := name[len(name)-1]
		w := p.lx.nameKey(p.low[t.s:t.e])
		if _, placed := p.people[w]; placed || utf8.RuneCountInString(w) < 3 || w == key {
			continue
		}
		if key != "" {
			return // two people the text does not place
		}
		key = w
	}
	if key != "" {
		p.people[key] = side
	}
}

func appendParty(ps []Party, q Party) []Party {
	for _, x := range ps {
		if x == q {
			return ps
		}
	}
	return append(ps, q)
}

// inPartyName reports whether byte i lies in a party's name.
func (p *parser) inPartyName(i int) bool {
	k := sort.Search(len(p.all), func(n int) bool { return p.all[n].End > i })
	return k < len(p.all) && p.all[k].Start <= i && p.all[k].Kind == MentionParty
}

// partyOfAfter reads "of <state>" at token k: "Prime Minister of India",
// "General Secretary of the Central Committee of the Communist Party of
// Viet Nam" — the first state within a dozen words, with no punctuation
// between. It sets p.partyOfEnd to the end of the state's name.
func (p *parser) partyOfAfter(k int) Party {
	toks := p.toks
	if k+1 >= len(toks) || !p.lx.officeOf[p.low[toks[k].s:toks[k].e]] {
		return Party{}
	}
	for n := k + 1; n < min(len(toks), k+13); n++ {
		if gap := p.text[toks[n-1].e:toks[n].s]; gap != " " && !isHyphen(gap) && gap != "\n" {
			break
		}
		if w := p.low[toks[n].s:toks[n].e]; !isCapitalised(p.text[toks[n].s:]) && !p.lx.closedWord(w) {
			break // "Minister of State stressed the role of Viet Nam": a verb, not a name
		}
		if m, ok := p.partyAt(int(toks[n].s)); ok {
			p.partyOfEnd = m.End
			return m.Party
		}
	}
	return Party{}
}

// partyLinked reads a state right after an office at token k, past the
// lexicon's [office-link] words ("Thủ tướng Chính phủ nước Cộng hòa …
// Việt Nam"); it returns the state and the end of its name.
func (p *parser) partyLinked(k int) (Party, int) {
	for k < len(p.toks) {
		last := -1
		p.matchAt(p.lx.officeLink, k, len(p.toks), func(_ phrase, l int) { last = max(last, l) })
		if last < 0 {
			break
		}
		k = last + 1
	}
	if k >= len(p.toks) {
		return Party{}, 0
	}
	if k > 0 && p.text[p.toks[k-1].e:p.toks[k].s] != " " {
		return Party{}, 0
	}
	if m, ok := p.partyAt(int(p.toks[k].s)); ok {
		return m.Party, m.End
	}
	if p.lx.officeGenitive {
		// "министр инвестиций и внешних экономических связей Мьянмы":
		// the office's words in the genitive, then its state.
		for n := k; n < min(len(p.toks), k+officeGenitiveWords); n++ {
			if n > k && p.text[p.toks[n-1].e:p.toks[n].s] != " " {
				break
			}
			if isCapitalised(p.text[p.toks[n].s:]) {
				if m, ok := p.partyAt(int(p.toks[n].s)); ok {
					return m.Party, m.End
				}
				break
			}
		}
	}
	return Party{}, 0
}

// officeGenitiveWords bounds the words of an office before its state in
// the genitive.
const officeGenitiveWords = 7

// isFunctionWord reports a closed-class word of the lexicon ("the",
// "and", "of"), which no name contains, whatever its case ("THE PRIME
// MINISTER OF AUSTRALIA AND THE PRESIDENT").
func (p *parser) isFunctionWord(w string) bool { return p.lx.closedWord(w) }

// isHonorificAt reports whether a courtesy title ends or starts at token
// k ("Mr", "Dr", "Excellency").
func (p *parser) isHonorificAt(k int) bool {
	found := false
	for j := max(0, k-2); j <= k && !found; j++ {
		p.matchAt(p.lx.honorifics, j, k+1, func(_ phrase, l int) { found = found || l == k })
	}
	return found
}

// isOfficeAt reports whether an office of the lexicon starts at token k.
func (p *parser) isOfficeAt(k int) bool {
	found := false
	p.matchAt(p.lx.offices, k, len(p.toks), func(phrase, int) { found = true })
	return found
}

// partyBefore returns the party named just before token k: a nationality
// ("Indian Prime Minister") or a state's name, possibly possessive
// ("India's Prime Minister", "the Republic of Korea President").
func (p *parser) partyBefore(k int) Party {
	pk := k - 1 // the token before the office
	if pk < 0 {
		return Party{}
	}
	if gap := p.text[p.toks[pk].e:p.toks[k].s]; gap != " " {
		return Party{} // "… in China. Prime Minister X": another sentence
	}
	if p.low[p.toks[pk].s:p.toks[pk].e] == "s" && pk >= 1 { // "India's", "India’s"
		pk--
	}
	prev := p.toks[pk]
	w := p.low[prev.s:prev.e]
	if code, ok := p.lx.demonym(w); ok {
		return Party{code}
	}
	if pk >= 1 && joins(p.low, p.toks[pk-1], prev) {
		if code, ok := p.lx.demonym(p.low[p.toks[pk-1].s:prev.e]); ok { // "south african"
			return Party{code}
		}
	}
	if q, ok := p.partyEnds[int(prev.e)]; ok && q.Kind() == PartyState {
		return q
	}
	if pk >= 2 && p.compoundDemonym(pk-1) {
		code, _ := p.lx.demonym(p.low[p.toks[pk-2].s:p.toks[pk-2].e])
		return Party{code}
	}
	return Party{}
}

// compoundDemonym reports whether the [name-conjunction] word at token k
// joins the halves of one state's demonym: a demonym, then a capitalised
// word that is no demonym or state of its own ("Antiguan and Barbudan",
// "Trinidadian and Tobagonian"; not "Ethiopian and Sudanese").
func (p *parser) compoundDemonym(k int) bool {
	if k < 1 || k+1 >= len(p.toks) || !p.conjAt(k) {
		return false
	}
	before, after := p.toks[k-1], p.toks[k+1]
	if p.text[before.e:p.toks[k].s] != " " || p.text[p.toks[k].e:after.s] != " " || !isCapitalised(p.text[after.s:]) {
		return false
	}
	if _, ok := p.lx.demonym(p.low[before.s:before.e]); !ok {
		return false
	}
	_, dem := p.lx.demonym(p.low[after.s:after.e])
	_, state := p.partyAt(int(after.s))
	return !dem && !state && !p.isOfficeAt(k+1)
}

// partyAt returns the party mention that starts at the first word at or
// after byte i (skipping "the").
func (p *parser) partyAt(i int) (Mention, bool) {
	k := p.tokAtOrAfter(i)
	if k < len(p.toks) && p.lx != nil && p.lx.starts[p.low[p.toks[k].s:p.toks[k].e]] && !p.lx.headEnd[p.low[p.toks[k].s:p.toks[k].e]] {
		k++ // an article: "of the Philippines"
	}
	if k >= len(p.toks) {
		return Mention{}, false
	}
	s := int(p.toks[k].s)
	j := sort.Search(len(p.all), func(n int) bool { return p.all[n].Start >= s })
	if j < len(p.all) && p.all[j].Start == s && p.all[j].Kind == MentionParty && p.all[j].Party.Kind() == PartyState {
		return p.all[j], true
	}
	return Mention{}, false
}

// nameAfter returns the tokens of a name that starts at token k, after an
// optional comma and courtesy titles: one to five capitalised words.
func (p *parser) nameAfter(k int) []tok {
	if k > 0 && k < len(p.toks) {
		// A name on the next line belongs to the next office of a block of
		// names and offices ("Prime Minister of Australia\nThe Honourable
		// James Marape MP"), unless a comma carries the apposition over.
		if gap := p.text[p.toks[k-1].e:p.toks[k].s]; strings.IndexByte(gap, '\n') >= 0 && !strings.Contains(gap, ",") && !p.wrappedAt(int(p.toks[k-1].e)) {
			return nil
		} else if strings.IndexByte(gap, ':') >= 0 {
			return nil // "Токаев, Президент Казахстана: Эмираты …": a speaker's line, then the speech
		}
	}
	for k < len(p.toks) {
		found := -1
		p.matchAt(p.lx.honorifics, k, len(p.toks), func(_ phrase, l int) { found = max(found, l) })
		if found < 0 {
			break
		}
		k = found + 1
	}
	// The name is a run of tokens: a slice of p.toks, not a copy.
	start := k
	var out []tok
	particles := 0 // of out: "bin", "Al" do not count among a name's six words
	for ; k < len(p.toks) && len(out)-particles < 6 && len(out) < 10; k++ {
		t := p.toks[k]
		if len(out) > 0 && p.lx.nameParticle[p.low[t.s:t.e]] && k+1 < len(p.toks) && isCapitalised(p.text[p.toks[k+1].s:]) &&
			(p.text[t.e:p.toks[k+1].s] == " " || isHyphen(p.text[t.e:p.toks[k+1].s])) && (p.text[out[len(out)-1].e:t.s] == " " || isHyphen(p.text[out[len(out)-1].e:t.s])) {
			out = p.toks[start : k+1 : k+1] // "Lula da Silva", "Ursula von der Leyen", "Tamim al-Thani": a particle inside a name
			particles++
			continue
		}
		if !p.nameWord(t) || p.isOfficeAt(k) || p.isFunctionWord(p.low[t.s:t.e]) {
			break
		}
		if len(out) > 0 {
			prev := out[len(out)-1]
			gap := p.text[prev.e:t.s]
			initial := prev.e-prev.s == 1 // "J. Smith"; "Widodo. Modi" is two sentences
			if nickname(gap) {
				gap = " " // Ferdinand "Bongbong" Marcos
			}
			if gap != " " && !isHyphen(gap) && gap != "\n" && !(initial && (gap == ". " || gap == ".\n" || gap == ".")) && !(isApostrophe(gap) && !isCapitalised(p.text[t.s:])) {
				break
			}
		} else if k > 0 {
			// The name follows its office or courtesy title closely: "…,
			// Dr. Manmohan Singh", not across a blank line.
			gap := p.text[p.toks[k-1].e:t.s]
			if len(gap) > 3 || !isSpaceASCII(gap[len(gap)-1]) || strings.Count(gap, "\n") > 1 {
				break
			}
		}
		out = p.toks[start : k+1 : k+1]
	}
	return out
}

// postNominalBefore returns the first token of post-nominal letters
// written between commas before token k ("…, C.G.H, President", "…, GCMG,
// …"), or -1: up to six capital letters, dotted or not.
func (p *parser) postNominalBefore(k int) int {
	e := int(p.toks[k].s)
	base := max(0, e-16)
	seg := strings.TrimRight(p.text[base:e], " ")
	seg, ok := strings.CutSuffix(seg, ",")
	if !ok {
		return -1
	}
	i := len(seg)
	letters := 0
	for i > 0 && (seg[i-1] >= 'A' && seg[i-1] <= 'Z' || seg[i-1] == '.') {
		if seg[i-1] != '.' {
			letters++
		}
		i--
	}
	if letters < 2 || letters > 6 || !strings.HasSuffix(seg[:i], ", ") {
		return -1
	}
	w := p.tokAtOrAfter(base + i)
	if w >= k || w == 0 {
		return -1
	}
	return w
}

// wrappedLine bounds the shortest line a hard-wrapped paragraph breaks:
// lines of names and offices in a signature block are shorter.
const wrappedLine = 50

// wrappedAt reports whether the line break after byte i (the first one
// after it) ends a line of at least wrappedLine bytes: a paragraph wrapped
// at a width, whose break is a space ("Tổng thống … Park\nGeun Hye"), not
// a block of names and offices, one per line.
func (p *parser) wrappedAt(i int) bool {
	nl := strings.IndexByte(p.text[i:min(len(p.text), i+4)], '\n')
	if nl < 0 {
		return false
	}
	nl += i
	start := strings.LastIndexByte(p.text[max(0, nl-wrappedLine):nl], '\n')
	return start < 0 && nl >= wrappedLine
}

// nameWord reports whether t can be a word of a person's name: a
// capitalised word, or a syllable joined by a hyphen to the word before
// ("Na-ô-tô", "Ma-gy": Vietnamese transliterations).
func (p *parser) nameWord(t tok) bool {
	if isCapitalised(p.text[t.s:]) {
		return true
	}
	if t.s >= 2 && p.text[t.s-1] == '-' {
		r, _ := utf8.DecodeLastRuneInString(p.text[:t.s-1])
		return unicode.IsLetter(r)
	}
	// "Mata’afa", "Ka'ahumanu": a name's word after an apostrophe inside
	// it, not a contraction of the lexicon's [contraction] section
	// ("We’ll") nor a possessive ("Samoa’s": one letter).
	before := strings.TrimSuffix(strings.TrimSuffix(p.text[:t.s], "’"), "'")
	if len(before) == int(t.s) || t.e-t.s < 2 || p.lx.contraction[p.low[t.s:t.e]] {
		return false
	}
	w := len(before)
	for w > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:w])
		if !unicode.IsLetter(r) {
			break
		}
		w -= n
	}
	return w < len(before) && isCapitalised(before[w:])
}

// isApostrophe reports whether gap is an apostrophe alone.
func isApostrophe(gap string) bool { return gap == "’" || gap == "'" }

// nickname reports whether the gap between two words of a name opens or
// closes a quoted nickname: one space and one quotation mark.
func nickname(gap string) bool {
	q := strings.TrimSpace(gap)
	return len(gap) > len(q) && (q == `"` || q == "“" || q == "”" || q == "'" || q == "‘" || q == "’")
}

// jointOfficeWords bounds the words of an office that nameBefore reads
// back across ("Deputy Prime Minister and …").
const jointOfficeWords = 8

// nameBefore returns the name that ends just before ", <office>" at token
// k: up to four capitalised words, with the particles between them
// ("Haitham bin Tariq"). Before offices joined by "and" the name is the
// one before the first of them.
func (p *parser) nameBefore(k int) []tok {
	if k == 0 {
		return nil
	}
	for hops := 0; hops < 2 && k >= 2 && p.conjAt(k-1) && p.text[p.toks[k-2].e:p.toks[k-1].s] == " " && p.text[p.toks[k-1].e:p.toks[k].s] == " " && len(p.officeAt) == len(p.toks); hops++ {
		// "Mohammed bin Rashid Al Maktoum, Vice President and Prime
		// Minister of the UAE": the name before the first of two offices
		// joined (or three) is the last's too.
		first := -1
		for s := k - 2; s >= max(0, k-2-jointOfficeWords); s-- {
			if int(p.officeAt[s][0]) >= 0 && int(p.officeAt[s][1]) == k-2 {
				first = s
			}
		}
		if first < 0 {
			break
		}
		for w := 0; w < 2 && first > 1 && p.text[p.toks[first-1].e:p.toks[first].s] == " " && isCapitalised(p.text[p.toks[first-1].s:]) && !p.isHonorificAt(first-1); w++ {
			first-- // "Deputy Emir and Prime Minister", "First Vice President and …": a capitalised word that qualifies the office
		}
		k = first
	}
	if d := p.appositiveArticle(k); d >= 0 {
		k = d // "Tshisekedi, the President of …", "…, the first female president of …": past the article
	}
	gap := p.text[p.toks[k-1].e:p.toks[k].s]
	// "The Hon Anthony Albanese MP\nPrime Minister of Australia": in a
	// block of names and offices, a name with its courtesy title stands on
	// the line above its office.
	line := strings.TrimLeft(gap, " \t\r") == "\n" && !p.wrappedAt(int(p.toks[k-1].e))
	if t := strings.TrimRight(gap, " the"); !line && !strings.HasSuffix(t, ",") && !strings.HasSuffix(t, " –") && !strings.HasSuffix(t, " —") {
		return nil // "Nana Akufo-Addo, President of …", "Nana Akufo-Addo – President of …"
	}
	if !line {
		if w := p.postNominalBefore(k); w >= 0 {
			// "Uhuru Kenyatta, C.G.H, President of …": honours between a
			// name and its office.
			k = w
		}
	}
	var out []tok
	titled := false
	n := 0 // words of the name being read
	for j := k - 1; j >= 0 && n < 4; j-- {
		t := p.toks[j]
		if p.isHonorificAt(j) {
			titled = true
			break // "H.E. Mr. Imran Khan": the name is "Imran Khan"
		}
		if n > 0 && j > 0 && len(out) < 10 && p.lx.nameParticle[p.low[t.s:t.e]] && isCapitalised(p.text[p.toks[j-1].s:]) &&
			p.text[p.toks[j-1].e:t.s] == " " && (p.text[t.e:out[0].s] == " " || isHyphen(p.text[t.e:out[0].s])) {
			out = append([]tok{t}, out...) // "Haitham bin Tariq", "Tamim al-Thani": a particle inside a name, as in nameAfter
			continue
		}
		if !p.nameWord(t) || p.isOfficeAt(j) || t.e-t.s == 1 && n == 0 || p.isFunctionWord(p.low[t.s:t.e]) {
			break
		}
		if n > 0 {
			gap := p.text[t.e:out[0].s]
			if gap == " (" && n > 0 && strings.HasPrefix(p.text[p.toks[k-1].e:], ")") {
				// "Ngài Na-ô-tô Can (Naoto Kan), Thủ tướng Nhật Bản": the
				// name and its transliteration both stand for the person.
				n = 0
			} else if gap != " " && gap != ". " && !isHyphen(gap) && !(gap == "\n" && p.wrappedAt(int(t.e))) && !(isApostrophe(gap) && !isCapitalised(p.text[out[0].s:])) {
				break // but "Tu’ilagi": an apostrophe inside a name
			}
		}
		out = append([]tok{t}, out...)
		n++
	}
	if line && !titled {
		return nil
	}
	states := 0
	for _, t := range out {
		if _, ok := p.partyAt(int(t.s)); ok || p.inPartyName(int(t.s)) {
			states++
		}
	}
	if states == len(out) {
		return nil // "Tại thủ đô Suva của Fiji, Đại sứ Việt Nam …": a state, no name
	}
	return out
}

// appositiveArticle returns the token of the article that opens an
// appositive office before token k — "Tshisekedi, the President of …",
// "Netumbo Nandi-Ndaitwah, the first female president of …": a
// [determiner] after a comma, then up to appositiveWords lowercase words
// that qualify the office — else -1.
func (p *parser) appositiveArticle(k int) int {
	for d := k - 1; d >= 1 && d >= k-1-appositiveWords; d-- {
		if p.text[p.toks[d].e:p.toks[d+1].s] != " " {
			return -1
		}
		w := p.low[p.toks[d].s:p.toks[d].e]
		if p.lx.determiners[w] {
			if !strings.HasSuffix(strings.TrimRight(p.text[p.toks[d-1].e:p.toks[d].s], " "), ",") && d < k-1 {
				return -1 // "met the new president": no apposition
			}
			return d
		}
		if isCapitalised(p.text[p.toks[d].s:]) || p.isFunctionWord(w) || p.isOfficeAt(d) {
			return -1
		}
	}
	return -1
}

// appositiveWords bounds the words that qualify an appositive office
// ("the first female President", "permanent representative").
const appositiveWords = 3

// otherSurnameAfter reports whether the name word at token k, which the
// text has placed, is followed within the head [.., h) by a capitalised
// word that ends the name and that the text has not placed, or has placed
// as another side's surname: "Keith" of "Keith Mitchell" after "Keith
// Rowley" was placed.
func (p *parser) otherSurnameAfter(k, h int) bool {
	n := k + 1
	if n >= h || int(p.toks[n].s) != int(p.toks[k].e)+1 || p.text[p.toks[k].e] != ' ' {
		return false
	}
	t := p.toks[n]
	w := p.low[t.s:t.e]
	if !isCapitalised(p.text[t.s:]) || p.isFunctionWord(w) || p.lx.nameParticle[w] || p.inPartyName(int(t.s)) {
		return false
	}
	if q, known := p.people[p.lx.nameKey(w)]; known {
		// "Keith Mitchell" once Mitchell is placed on the other side.
		return p.surnames[p.lx.nameKey(w)] && q != p.people[p.lx.nameKey(p.low[p.toks[k].s:p.toks[k].e])]
	}
	if _, dem := p.lx.demonym(w); dem {
		return false
	}
	// The unplaced word ends the name: nothing capitalised follows it.
	return n+1 >= h || int(p.toks[n+1].s) != int(t.e)+1 || !isCapitalised(p.text[p.toks[n+1].s:])
}

// headEndFrom returns the first token from k before j that ends a
// subject's head (a word of the lexicon's [head-end] section: "of",
// "in"), or j.
func (p *parser) headEndFrom(k, j int) int {
	for k < j && !p.lx.headEnd[p.low[p.toks[k].s:p.toks[k].e]] {
		k++
	}
	return k
}

// parenthesisedTail reports whether s[a:b] is only an opening bracket and
// words the text closes right after b: "(CAR" before ")".
func parenthesisedTail(s string, a, b int) bool {
	if a >= b {
		return false
	}
	t := strings.TrimSpace(s[a:b])
	return len(t) > 1 && t[0] == '(' && !strings.ContainsAny(t[1:], "()") && strings.HasPrefix(strings.TrimLeft(s[b:], " "), ")")
}

// actorsOf reads the parties of the subject text[a:b]. named is false when
// the subject is not a party at all ("Over 100 British companies", "The
// Partnership"): its head — the words before "of", "from" and the like —
// names no side, office, person, state or pronoun.
//
// whole says whether [a, b) is the whole subject (it ends at its verb);
// otherwise only its head counts.
func (p *parser) actorsOf(a, b int, whole bool) (actors []Party, named bool) {
	i, j := p.tokRange(a, b)
	for j > i && (p.lx.trail[p.low[p.toks[j-1].s:p.toks[j-1].e]] || p.adverbAt(i, j-1)) {
		j-- // "Indonesia did not", "The leaders also", "Suriname formally"
	}
	if i >= j {
		return nil, true
	}
	b = int(p.toks[j-1].e)
	if w := p.low[p.toks[i].s:p.toks[i].e]; i+1 < j && !isCapitalised(p.text[p.toks[i+1].s:]) &&
		(slices.Contains(p.lx.separators, w) || p.lx.adverb(w) && !p.inPartyName(int(p.toks[i].s))) {
		// "But he added …", "And the two sides …", "Firstly they spoke
		// of …": a conjunction or an adverb opens no subject.
		i++
	}
	if i = p.pastSubjectOpener(i, j); i >= j {
		return nil, true
	}
	if k := p.pastLeadingDate(i, j); k > i && k < j && p.lx.headEnd[p.low[p.toks[k].s:p.toks[k].e]] {
		// "12 мая в Бишкеке президенты …", "Вчера в Бишкеке …": a date
		// before a place is no head; the subject is read as one that
		// opens with the place's preposition.
		i = k
	}
	if q, k, ok := p.possessiveName(i, j); ok {
		// "Pakistan’s Amna Baloch appreciated …", "Nigeria's Buhari met
		// …": a state's possessive before a name introduces its person.
		p.placeSubject(int(p.toks[k].s), b, q)
		return []Party{q}, true
	}
	if out, ok := p.possessiveNames(i, j); ok {
		// "Poland’s Zbigniew Rau and Sweden’s Tobias Billström held
		// talks": two of them, joined by a conjunction.
		return out, true
	}
	if q, ok := p.ourOffice(i, j); ok {
		return []Party{q}, true // "Глава нашего государства поблагодарил …"
	}
	first := p.low[p.toks[i].s:p.toks[i].e]
	if i+1 < j && p.lx.participle(first) && p.lx.headEnd[p.low[p.toks[i+1].s:p.toks[i+1].e]] && !p.lx.compl[p.low[p.toks[i+1].s:p.toks[i+1].e]] {
		// "Выступивший на заседании Президент Кыргызстана …": a
		// participle and its phrase before the subject's office are no
		// head; the subject starts at the office.
		for k := i + 2; k < j; k++ {
			if p.isOfficeAt(k) {
				i, first = k, p.low[p.toks[k].s:p.toks[k].e]
				a = int(p.toks[k].s)
				break
			}
		}
	}
	if p.lx.plural[first] {
		// "They" is plural: it repeats plural actors, and after a single
		// side ("the Vietnamese side … They …") means both sides.
		if len(p.last) >= 2 {
			return p.last, true
		}
		return p.parties, true
	}
	if p.lx.singular[first] && (j-i <= 3 || len(p.last) > 0) && !(i+1 < j && isCapitalised(p.text[p.toks[i+1].s:])) && !p.isOfficeAt(i) {
		// "He", "Ông" alone repeats the last actor; "Ông Laszlo" is a
		// courtesy title before a name, and "Người phát ngôn chính phủ
		// Pháp" opens an office (a spokesperson). One person ("He", not
		// "It") is one side: after a clause of both sides, the last side
		// that spoke alone.
		if p.lx.person[first] && opensSentence(p.text, int(p.toks[i].s)) && (len(p.prev) == 0 || len(p.last) > 1 && len(p.lastOne) != 1) {
			// "One of the first issues Mr Pinera asked about was … . He
			// said …": after a clause that spoke for no one, or before
			// any side spoke alone, the person named last.
			if q, ok := p.lastPersonBefore(a); ok {
				return []Party{q}, true
			}
		}
		if len(p.last) > 1 && p.lx.person[first] && len(p.lastOne) == 1 {
			return p.lastOne, true
		}
		return p.last, true
	}
	if j-i <= 2 {
		// "Москва ждет …", "Washington welcomed …": a capital city stands
		// for its state.
		if code := p.capitalState(i, j); code != "" {
			return []Party{{code}}, true
		}
	}
	if qs, ok := p.capitalsJoined(i, j); ok {
		return qs, true // "Beijing and Damascus will establish …", "Bắc Kinh và Damascus …"
	}
	// The head of the subject. A subject that opens with a preposition
	// ("В контексте … министры", "In the context of …") has no head at its
	// start: the whole of it is searched.
	h := p.headEndFrom(i+1, j)
	if p.lx.headEnd[first] {
		h = j
	}
	// A state's name that starts in the head belongs to it whole: "The
	// Republic of the Philippines and the Russian Federation agree".
	for h < j {
		he := int(p.toks[h-1].e)
		k := sort.Search(len(p.all), func(n int) bool { return p.all[n].End > he })
		if k >= len(p.all) || p.all[k].Start >= he || p.all[k].Kind != MentionParty || p.all[k].End > b {
			break
		}
		h = p.headEndFrom(p.tokAtOrAfter(p.all[k].End), j)
	}
	// An office whose words run past the head's end, then the name of a
	// holder and nothing more, is that holder: "Minister of Foreign and
	// Expatriate Affairs Ahmad BinMubarak held …" is BinMubarak, whoever
	// else holds such an office, and no side when the text does not place
	// him.
	for k := i; k < h && len(p.officeAt) == len(p.toks); k++ {
		last := int(p.officeAt[k][1]) // the longest office at k, read by introduce
		if last < h || last >= j {
			continue
		}
		if name := p.nameAfter(p.portfolioEnd(last + 1)); len(name) > 0 && int(name[len(name)-1].e) <= b && strings.TrimSpace(p.text[name[len(name)-1].e:b]) == "" {
			t := name[len(name)-1]
			if q := p.people[p.lx.nameKey(p.low[t.s:t.e])]; !q.IsZero() {
				return []Party{q}, true
			}
			return nil, true // a holder the text does not place: not whoever else holds the office
		}
		break
	}
	// "Prime Minister of India", "các quan chức của Hàn Quốc".
	ofEnd := h < j && p.lx.officeOf[p.low[p.toks[h].s:p.toks[h].e]] && p.ofAgent(i, h)
	// Phrases that start in the head may run past it: "the two Heads of
	// State", "the Minister of Foreign Affairs".
	both := false
	for k := i; k < h && !both; k++ {
		p.matchAt(p.lx.both, k, j, func(phrase, int) { both = true })
		if t := p.toks[k]; !both && k+1 < h && isCapitalised(p.text[t.s:]) && !p.people[p.lx.nameKey(p.low[t.s:t.e])].IsZero() && !p.lx.compl[p.low[p.toks[k+1].s:p.toks[k+1].e]] && !p.matches(p.lx.verbs, k+1, j) {
			break // "Abiy also during the meeting reiterated …": a placed person first
		}
	}
	if both || !p.lx.headEnd[first] && (p.meetingHead(i, h) || p.documentHead(i, h, j)) || p.bothHead(i, h) {
		return p.parties, true
	}
	headEnd := int(p.toks[h-1].e)
	var out []Party
	agent := false
	// People named in the head, and offices. A head of capitalised words
	// alone is a person's name ("Nguyen Xuan Phuc", "Ambassador
	// Bezdetko"): it takes its stance even when the text does not say
	// whose side the person is on; a capitalised word no introduction
	// explains keeps an office from standing for its one known holder.
	proper, unknownName := true, false
	inOffice := -1 // the last token of an office phrase being read
	for k := i; k < h; k++ {
		if k > inOffice {
			p.matchAt(p.lx.offices, k, j, func(_ phrase, l int) { inOffice = max(inOffice, l) })
			p.matchAt(p.lx.honorifics, k, j, func(_ phrase, l int) { inOffice = max(inOffice, l) })
		}
		t := p.toks[k]
		w := p.low[t.s:t.e]
		capital := isCapitalised(p.text[t.s:])
		if k > inOffice && (!capital && !p.lx.nameConj[w] || p.isFunctionWord(w) && !p.lx.nameConj[w] || t.e-t.s > 0 && p.text[t.s] >= '0' && p.text[t.s] <= '9') {
			proper = false // "Lula and Kirchner", "ông Miguel Diaz-Canel" stay heads of names
		}
		if p.agentAt(k, h) {
			agent = true // "the Indian side", "nhà lãnh đạo Triều Tiên"
		}
		q, known := p.people[p.lx.nameKey(w)]
		if known && capital && p.otherSurnameAfter(k, h) {
			// "Prime Minister Keith Mitchell" in a text that placed Keith
			// Rowley: a shared first name before a surname the text does
			// not place is someone else's.
			known = false
		}
		if known && capital {
			agent = true
			if !q.IsZero() {
				out = appendParty(out, q)
			}
		}
		if capital && !known && (k > i || whole && j == i+1 && p.lx.surname(w)) && k > inOffice && !p.isFunctionWord(w) && p.partyEnds[int(t.e)].IsZero() && !p.inPartyName(int(t.s)) {
			if _, dem := p.lx.demonym(w); !dem {
				unknownName = true
			}
		}
	}
	if proper {
		agent = true
	}
	// Offices in the head: each that one party holds in this text stands
	// for that party ("The Prime Minister and the General Secretary").
	var byOffice []Party
	offices := 0 // office phrases in the head
	for k := i; k < h; k++ {
		office, last := -1, -1
		p.matchAt(p.lx.offices, k, j, func(ph phrase, l int) {
			if l > last {
				office, last = ph.id, l
			}
		})
		if office >= 0 {
			agent = true
			offices++
			holders := p.offices[office]
			if len(holders) == 0 {
				holders = p.longerOfficeHolders(office)
			}
			if len(holders) == 0 {
				holders = p.classHolders(office)
			}
			if len(holders) == 1 {
				byOffice = appendParty(byOffice, holders[0])
			} else if home := (Party{p.lx.home}); len(holders) > 1 && slices.Contains(holders, home) {
				// "Thủ tướng cũng mong muốn …": the press names its own
				// state's office-holder by the office alone.
				byOffice = appendParty(byOffice, home)
			} else if len(holders) > 1 && len(p.last) == 1 && slices.Contains(holders, p.last[0]) {
				// "President El-Sisi stressed … The president praised …":
				// an office two sides hold stands for the side of the
				// previous clause when that side holds it.
				byOffice = appendParty(byOffice, p.last[0])
			}
			k = last
		}
	}
	// States and nationalities: a state named in the head is an actor when
	// the head ends with it ("India and Japan") or with an agent noun ("the
	// Indian side", "India's Prime Minister"); in the rest of the subject,
	// when the head is an agent ("the Prime Minister of India").
	agent = agent || p.agentEnds(i, h)
	if agent && ofEnd && h+1 < j && p.matches(p.lx.both, h+1, j) {
		return p.parties, true // "The representatives of both countries", "officials from the two sides"
	}
	endsWithState := false
	for _, m := range p.mentionsIn(a, b) {
		if m.Kind != MentionParty || m.Party.Kind() != PartyState {
			continue
		}
		if m.End == headEnd || parenthesisedTail(p.text, m.End, headEnd) {
			// "The Central African Republic (CAR) agreed …": an
			// abbreviation in brackets after the name leaves it the end.
			endsWithState = true
		}
	}
	for _, m := range p.mentionsIn(a, b) {
		if m.Kind != MentionParty || m.Party.Kind() != PartyState || p.personWord(m) {
			continue
		}
		if m.End <= headEnd && (agent || endsWithState) || m.Start > headEnd && agent && whole && ofEnd {
			out = appendParty(out, m.Party)
		}
	}
	headAgent := agent
	for k := i; k < j; k++ {
		t := p.toks[k]
		w := p.low[t.s:t.e]
		code, ok := p.lx.demonym(w)
		end := k
		if k+1 < j && joins(p.low, t, p.toks[k+1]) {
			if c2, ok2 := p.lx.demonym(p.low[t.s:p.toks[k+1].e]); ok2 { // "south african"
				code, ok, end = c2, true, k+1
			}
		}
		if !ok || !demonymUse(p.text, int(p.toks[end].e)) {
			continue
		}
		if k > h && k <= h+ofDemonymWords && headAgent && whole && ofEnd {
			// "The chiefs of Polish and Latvian diplomacy": nationalities
			// right after an agent head's "of" are its states, as "the
			// Prime Minister of India" names India.
			out = appendParty(out, Party{code})
			k = end
			continue
		}
		// "the Indian side", "the Japanese Prime Minister": a nationality
		// before an agent noun or an office within three words.
		for n := end + 1; n < min(j, end+4); n++ {
			isOffice := false
			p.matchAt(p.lx.offices, n, j, func(phrase, int) { isOffice = true })
			if p.agentAt(n, j) || isOffice {
				out = appendParty(out, Party{code})
				agent = true
				break
			}
		}
		k = end
	}
	if len(out) == 0 && !unknownName {
		out = byOffice // "The Prime Minister", when one party's is introduced
	}
	if len(out) == 0 && proper && unknownName && offices == 0 {
		if q, ok := p.bareName(i, h); ok {
			out = []Party{q}
		}
	}
	if len(out) == 0 && unknownName && offices >= 2 && len(p.parties) == 2 && p.conjIn(i, h) {
		// "Prime Minister Imran Khan and President Ashraf Ghani agreed":
		// two holders of offices the text places on no side, joined, in
		// a text of two sides, are the two sides.
		out = p.parties
	}
	if len(out) == 1 && len(p.parties) == 2 && p.nameBeforeConj(i, h) {
		// "Владимир Путин и премьер-министр Словакии Роберт Фицо", "Lavrov
		// and Shoukry": a person the text does not place, joined to one
		// of a side, in a text of two sides, is the other side.
		out = p.parties
	}
	if len(out) == 1 && len(p.parties) == 2 {
		for k := i; k < j; k++ {
			if p.lx.counterpart[p.low[p.toks[k].s:p.toks[k].e]] {
				out = appendParty(out, p.parties[0])
				out = appendParty(out, p.parties[1])
				break
			}
		}
	}
	if len(out) == 0 && p.lx.headEnd[first] && (p.meetingHead(i, h) || p.documentHead(i, h, j)) {
		// "В ходе переговоров Лавров и Шукри обсудили …": an adjunct of
		// the parties' meeting names them when no one else does; "В ходе
		// беседы российский лидер отметил …" is the leader's alone.
		return p.parties, true
	}
	if len(out) == 0 {
		return nil, agent
	}
	return p.inPartyOrder(out), true
}

// ofAgent reports whether an "of" after the head [i, h) can introduce
// the head's states ("Prime Minister of India", "các quan chức của Hàn
// Quốc"): the head opens or ends with a person or an agent, and no
// lowercase word but a function word, an agent or an office follows a name
// inside it. The head does not when it runs on past a verb the lexicon
// does not know ("Thứ trưởng Vũ Hồng Nam ôn lại sự ủng hộ quý báu của …
// Namibia": the support is Namibia's, the speaker is not) or names a
// thing ("Để bày tỏ tình đoàn kết của nhân dân Việt Nam …").
func (p *parser) ofAgent(i, h int) bool {
	named := false
	for k := i + 1; k < h; k++ {
		t := p.toks[k]
		switch w := p.low[t.s:t.e]; {
		case isCapitalised(p.text[t.s:]):
			named = true
		case named && p.text[p.toks[k-1].e:t.s] == " " && !p.isFunctionWord(w) && !p.lx.agents[w] && !p.isOfficeAt(k):
			return false // not "… Sheikh Hasina and president of the Maldives"
		}
	}
	first := i
	for first < h-1 && p.isFunctionWord(p.low[p.toks[first].s:p.toks[first].e]) {
		first++ // "the", "các"
	}
	return p.personAt(i, first, h) || p.personAt(i, h-1, h) || p.agentEnds(i, h)
}

// personAt reports whether token k of the head [i, h) is a person or an
// agent: a noun of the lexicon's [agent] section opens there, or an
// office, or a capitalised word that does not open the head only because
// it opens the sentence.
func (p *parser) personAt(i, k, h int) bool {
	return p.agentAt(k, h) || p.isOfficeAt(k) || k > i && isCapitalised(p.text[p.toks[k].s:])
}

// agentAt reports whether a noun of the lexicon's [agent] section, of one
// word or two ("side", "nhà lãnh đạo" from "lãnh"), opens at token k,
// before token j.
func (p *parser) agentAt(k, j int) bool {
	return p.agentWords(k, k+1) || k+1 < j && p.agentWords(k, k+2)
}

// agentEnds reports whether the head [i, h) ends with a noun of the
// lexicon's [agent] section of one word or two ("the Indian side", "các
// quan chức").
func (p *parser) agentEnds(i, h int) bool {
	return p.agentWords(h-1, h) || h-2 >= i && p.agentWords(h-2, h)
}

// ofDemonymWords bounds how far after an agent head's "of" a nationality
// names the head's state ("the chiefs of Polish and Latvian diplomacy").
const ofDemonymWords = 4

// selfObjectWords bounds how far after a verb its object may name the
// speaker's own side ("reaffirmed, in this regard, Egypt's readiness").
const selfObjectWords = 8

// subjectOpenerWords bounds the words of a [subject-opener] phrase.
const subjectOpenerWords = 3

// pastSubjectOpener returns the first token of the subject in tokens
// [i, j) after an adverb of the lexicon's [subject-opener] section that
// opens it: "Then he met …", "Затем он провел …", "Sau đó ông hội đàm
// …" have the subject "he", "он", "ông". A subject that is the opener
// alone ("Кроме того, обсуждали …") is empty: j.
func (p *parser) pastSubjectOpener(i, j int) int {
	for n := min(subjectOpenerWords, j-i); n >= 1; n-- {
		if !p.lx.subjectOpener[p.low[p.toks[i].s:p.toks[i+n-1].e]] {
			continue
		}
		if i+n == j {
			return j // "Кроме того, обсуждали …": the opener is all there is
		}
		if gap := strings.TrimSpace(p.text[p.toks[i+n-1].e:p.toks[i+n].s]); gap == "" || gap == "," {
			return i + n
		}
	}
	return i
}

// afterSubjectOpener reports whether a [subject-opener] phrase that opens
// its sentence stands right before token i ("Также Путин …"): the
// capital of the word at i is its own, not the sentence's.
func (p *parser) afterSubjectOpener(i int) bool {
	for n := 1; n <= min(subjectOpenerWords, i); n++ {
		if p.pastSubjectOpener(i-n, i+1) == i && opensSentence(p.text, int(p.toks[i-n].s)) {
			return true
		}
	}
	return false
}

// adverbAt reports whether token k, after the subject's first token i,
// is an adverb of the lexicon's [adverb-ending]: lowercase, no part of a
// party's name, and not after an article ("the assembly").
func (p *parser) adverbAt(i, k int) bool {
	w := p.low[p.toks[k].s:p.toks[k].e]
	return k > i && !isCapitalised(p.text[p.toks[k].s:]) && p.lx.adverb(w) && !p.inPartyName(int(p.toks[k].s)) &&
		!p.lx.determiners[p.low[p.toks[k-1].s:p.toks[k-1].e]]
}

// ownPosition reports whether s is a stance by which a speaker states its
// own side's position (reaffirm, stress, commit, pledge, be ready, intend,
// believe), so that a state its object opens with is the speaker's:
// "welcomed India's support" is the other side's, "reaffirmed Pakistan's
// commitment" the speaker's own.
func ownPosition(s Stance) bool {
	switch s {
	case Reaffirm, Emphasise, Commit, Pledge, ExpressWillingness, Intend, Believe, AttachImportance:
		return true
	}
	return false
}

// selfObject reads the side a verb's object names as the speaker's own:
// a party of the text, or its nationality, before a noun of the lexicon's
// [self-object] section within three words ("reaffirmed Pakistan's
// commitment", "reiterated the U.S. commitment", "expressed, in this
// regard, Egypt's readiness"), or after one ("the commitment of
// Pakistan", "подтвердил приверженность России"). The first state or
// such noun after the verb decides; a comma, "that" or a second state
// ends the search.
func (p *parser) selfObject(v verbAt, b int) (Party, bool) {
	// From the verb's second word: a phrase of the lexicon may hold the
	// object ("reaffirmed * commitment").
	i, j := p.tokRange(v.start, b)
	i++
	j = min(j, i+selfObjectWords)
	for k := i; k < j; k++ {
		t := p.toks[k]
		w := p.low[t.s:t.e]
		if p.lx.compl[w] {
			return Party{}, false
		}
		if p.lx.selfObject[w] {
			// "the commitment of Pakistan", "приверженность России".
			n := k + 1
			if n < len(p.toks) && p.lx.officeOf[p.low[p.toks[n].s:p.toks[n].e]] {
				n++
			}
			if m, ok := p.partyAt(int(p.toks[min(n, len(p.toks)-1)].s)); ok && n < len(p.toks) && slices.Contains(p.parties, m.Party) {
				return m.Party, true
			}
			return Party{}, false
		}
		var q Party
		end := k
		if m, ok := p.partyAt(int(t.s)); ok && int(t.s) >= m.Start {
			q, end = m.Party, p.tokAtOrAfter(m.End)-1
		} else if code, ok := p.lx.demonym(w); ok {
			q = Party{code}
		}
		if q.IsZero() {
			continue
		}
		if !slices.Contains(p.parties, q) {
			return Party{}, false
		}
		for n := end + 1; n < min(len(p.toks), end+4); n++ {
			if strings.ContainsAny(p.text[p.toks[n-1].e:p.toks[n].s], ",;:") {
				break
			}
			if p.lx.selfObject[p.low[p.toks[n].s:p.toks[n].e]] {
				return q, true
			}
		}
		return Party{}, false
	}
	return Party{}, false
}

// placeSubject records that the people and offices of the subject [a, b)
// stand for party: once a holder's clause names its own side, later
// clauses that name the holder alone ("The Prime Minister underscored …")
// know it.
func (p *parser) placeSubject(a, b int, party Party) {
	i, j := p.tokRange(a, b)
	office := -1
	var name []tok
	for k := i; k < j; k++ {
		last := -1
		p.matchAt(p.lx.offices, k, j, func(ph phrase, l int) {
			if l > last {
				office, last = ph.id, l
			}
		})
		p.matchAt(p.lx.honorifics, k, j, func(_ phrase, l int) { last = max(last, l) })
		if last >= 0 {
			k = last
			continue
		}
		t := p.toks[k]
		if isCapitalised(p.text[t.s:]) && !p.isFunctionWord(p.low[t.s:t.e]) {
			name = append(name, t)
		}
	}
	for _, t := range name {
		w := p.lx.nameKey(p.low[t.s:t.e])
		if _, seen := p.people[w]; !seen {
			p.people[w] = party
		}
	}
	if office >= 0 && len(p.offices[office]) == 0 {
		p.offices[office] = []Party{party}
		// The other holders the introductions left unplaced may now be
		// the other side's ("Prime Minister Khan and President Ghani").
		// An office is first held once: this runs a bounded number of
		// times.
		p.placeByElimination(p.unplaced)
	}
}

// personWord reports whether the state mention m is a word of the name of
// a person the text introduced ("Thủ tướng Bồ Đào Nha Luís Montenegro"):
// the person, not the state.
func (p *parser) personWord(m Mention) bool {
	if strings.ContainsAny(m.Text, " -") {
		return false
	}
	k := p.tokAtOrAfter(m.Start)
	if k == 0 || k >= len(p.toks) || !isCapitalised(p.text[p.toks[k-1].s:]) {
		return false
	}
	q, ok := p.people[p.lx.nameKey(p.low[m.Start:m.End])]
	return ok && !q.IsZero() && !p.isOfficeAt(k-1) // "Президент Казахстана" names the state
}

// bareName places a person the text names by name alone, with no office
// or state anywhere ("Владимир Путин", "Путин"), in a text of two sides in
// the language of one side's press: the first such person is that state's,
// as the press names its own leaders; another is the other side's. The
// head [i, h) is the name; its last word is the person's key.
func (p *parser) bareName(i, h int) (Party, bool) {
	home := Party{p.lx.home}
	if p.lx.home == "" || len(p.parties) != 2 || !slices.Contains(p.parties, home) || h-i > 4 {
		return Party{}, false
	}
	t := p.toks[h-1]
	key := p.lx.nameKey(p.low[t.s:t.e])
	if utf8.RuneCountInString(key) < 3 {
		return Party{}, false
	}
	other := p.otherParty(home)
	q := home
	switch {
	case p.bareHome == "":
		p.bareHome = key
	case p.bareHome != key:
		q = other
	}
	p.placeSubject(int(p.toks[i].s), int(t.e), q)
	return q, true
}

// bothHeadWords bounds the words after a [both-prefix] phrase in a head.
const bothHeadWords = 3

// bothHead reports whether the head [i, h) of a subject is a phrase of the
// lexicon's [both-prefix] section and up to bothHeadWords words of no
// state ("The two State Secretaries", "Both Prime Ministers", "оба
// руководителя"): every party.
func (p *parser) bothHead(i, h int) bool {
	last := -1
	p.matchAt(p.lx.bothPrefix, i, h, func(_ phrase, l int) { last = max(last, l) })
	if last < 0 || last+1 >= h || h-last-1 > bothHeadWords {
		return false
	}
	a, b := int(p.toks[i].s), int(p.toks[h-1].e)
	if strings.ContainsAny(p.text[a:b], "'’,") {
		return false // "the two countries' companies"
	}
	k, _ := slices.BinarySearchFunc(p.all, a, func(m Mention, a int) int { return cmp.Compare(m.Start, a) })
	return k >= len(p.all) || p.all[k].Start >= b
}

// documentHeadWords bounds how far into a subject its document noun may
// stand: "The new joint declaration".
const documentHeadWords = 4

// documentHead reports whether the subject [i, j) with head [i, h) is the
// parties' joint document ("The joint statement emphasised …", "The
// document signed at the Palace … highlights …", "Подписанный документ
// подчеркивает …"): a head that opens with a determiner, a capitalised
// word or the document, a phrase of the lexicon's [document]
// section among its first words, and no
// relative clause in the subject, whose verb is another's ("A joint
// statement was issued about the meetings, which took place …").
func (p *parser) documentHead(i, h, j int) bool {
	if i >= h {
		return false
	}
	first := p.low[p.toks[i].s:p.toks[i].e]
	if !p.lx.determiners[first] && !p.matches(p.lx.documents, i, h) && (!isCapitalised(p.text[p.toks[i].s:]) || p.isFunctionWord(first)) {
		return false // "read the Joint Declaration agreed upon by …": a verb's object
	}
	found := false
	for k := i; k < min(h, i+documentHeadWords) && !found; k++ {
		found = p.matches(p.lx.documents, k, h)
	}
	return found && !p.relativeIn(int(p.toks[i].s), int(p.toks[j-1].e))
}

// matches reports whether a phrase of ps starts at token k and ends
// before token j.
func (p *parser) matches(ps *phraseSet, k, j int) bool {
	found := false
	p.matchAt(ps, k, j, func(phrase, int) { found = true })
	return found
}

// meetingHeadWords bounds how far into a subject's head its meeting noun
// may stand: "The 12th Annual Consultation", "Затем международные
// консультации".
const meetingHeadWords = 6

// meetingHead reports whether the head [i, h) of a subject is a meeting of
// the parties ("The talks covered …", "The 10th session of the Committee
// …", "Переговоры президентов … прошли"): a noun of the lexicon's
// [meeting] section among its first words, before any name.
func (p *parser) meetingHead(i, h int) bool {
	for k := i; k < min(h, i+meetingHeadWords); k++ {
		if t := p.toks[k]; p.bodyAcronyms[p.text[t.s:t.e]] {
			return true // "The SBC noted …" after "the Permanent Bilateral Commission (SBC)"
		}
		found := false
		p.matchAt(p.lx.meetings, k, h, func(phrase, int) { found = true })
		if found {
			return true
		}
		if t := p.toks[k]; isCapitalised(p.text[t.s:]) && (p.people[p.lx.nameKey(p.low[t.s:t.e])] != Party{} || k > i && p.inPartyName(int(t.s))) {
			return false // "Abiy also during the meeting reiterated …": a person before the meeting
		}
	}
	return false
}

// longerOfficeHolders returns the parties that hold, in this text, an
// office whose name opens or ends with the words of the office bare
// ("Министр" after "Министр иностранных дел России …", "the Minister"
// after "Foreign Minister …"): the bare office names one of them.
func (p *parser) longerOfficeHolders(bare int) []Party {
	name := p.lx.officeKey(bare)
	var out []Party
	for _, id := range slices.Sorted(maps.Keys(p.offices)) {
		holders := p.offices[id]
		long := p.lx.officeKey(id)
		if id != bare && (strings.HasPrefix(long, name+" ") || strings.HasSuffix(long, " "+name)) {
			for _, q := range holders {
				out = appendParty(out, q)
			}
		}
	}
	return p.inPartyOrder(out)
}

// classHolders returns the parties that hold, in this text, an office
// the general office names ([office-class]): "The Head of State" after
// "President William Ruto of Kenya" and "Prime Minister Anwar Ibrahim
// of Malaysia" is Kenya's, its one holder of a head of state's office.
func (p *parser) classHolders(general int) []Party {
	var out []Party
	for _, id := range p.lx.officeClass[general] {
		for _, q := range p.offices[id] {
			out = appendParty(out, q)
		}
	}
	return p.inPartyOrder(out)
}

// inPartyOrder orders actors as the communiqué's parties, others after.
func (p *parser) inPartyOrder(out []Party) []Party {
	ordered := make([]Party, 0, len(out))
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
	return ordered
}

// titleWords may follow a nationality adjective without making it part of
// a proper name ("the Russian Prime Minister", but "Thai Binh").
var titleWords = []string{"Prime", "President", "Minister", "Ambassador", "Government", "Federation", "Deputy", "Foreign",
	"Side", "Party", "National", "State", "Embassy", "Ministry", "Parliament", "Defence", "Defense", "Trade", "Chairman",
	"Chairwoman", "Speaker", "Army", "Navy", "Republic", "Delegation", "Leader", "Leaders", "Premier", "Chancellor"}

// acronymLen returns the length of the word of capital letters (of any
// script) that s opens with, or 0 when a lowercase letter or a digit is
// part of the word: "МИД", "MFA", not "Moscow".
func acronymLen(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if unicode.IsUpper(r) {
			n += size
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return 0
		}
		break
	}
	if utf8.RuneCountInString(s[:n]) < 2 {
		return 0
	}
	return n
}

// demonymUse reports whether the adjective ending at e is used as a
// nationality: followed by a lowercase word or a title, not by the rest of
// a proper name.
func demonymUse(text string, e int) bool {
	if e+1 >= len(text) || text[e] != ' ' || !(text[e+1] >= 'A' && text[e+1] <= 'Z') {
		return true
	}
	w := text[e+1:]
	if n := acronymLen(w); n >= 2 {
		return true // "российского МИД", "the Russian MFA": an office's acronym
	}
	for _, t := range titleWords {
		if strings.HasPrefix(w, t) && (len(w) == len(t) || !isWordByte(w[len(t)])) {
			return true
		}
	}
	return false
}

// guessParties returns the two states the text names most often (by name,
// code or adjective), in order of first mention.
//
// A text whose two sides are named together, joined ("Estonia and
// Sweden", "the Estonia-Sweden partnership") at least twice, and more
// often than any other two, is of those two, whichever state it names
// most: a third state it speaks of ("Russian aggression", "sanctions on
// Russia") is a topic, not a side.
func (p *parser) guessParties() []Party {
	count, first := p.stateCounts()
	if a, b, ok := p.joinedPair(); ok && count[a] > 0 && count[b] > 0 {
		if first[b] < first[a] {
			a, b = b, a
		}
		return []Party{{a}, {b}}
	}
	return topTwo(count, first)
}

// joinedPair returns the two states the text joins most often by a word
// of [name-conjunction] or a hyphen or dash ("Estonia and Sweden",
// "Estonia-Sweden"), when it joins them at least twice and no other two
// as often.
func (p *parser) joinedPair() (a, b string, ok bool) {
	joined := map[[2]string]int{}
	var prev *Mention
	for n := range p.all {
		m := &p.all[n]
		if m.Kind != MentionParty || m.Party.Kind() != PartyState {
			continue
		}
		if prev != nil && prev.Party.code != m.Party.code && prev.End <= m.Start && m.Start-prev.End <= 6 {
			gap := strings.TrimSpace(p.low[prev.End:m.Start])
			if p.joinsStates(gap) {
				k := [2]string{prev.Party.code, m.Party.code}
				if k[1] < k[0] {
					k[0], k[1] = k[1], k[0]
				}
				joined[k]++
			}
		}
		prev = m
	}
	best, tie := [2]string{}, false
	for k, v := range joined {
		switch {
		case v > joined[best] || v == joined[best] && best == [2]string{}:
			best, tie = k, false
		case v == joined[best]:
			tie = true
		}
	}
	if tie || joined[best] < 2 {
		return "", "", false
	}
	return best[0], best[1], true
}

// stateCounts counts the mentions of each state (by name, code or
// adjective) and notes where each is first named.
// regionCompound reports whether the state mention p.all[n] is the first
// half of a compound with a word that names no state ("Forum for
// India-Pacific Islands Cooperation"): a region or a name, not the state
// (but "Pakistan-Afghanistan relations" names two).
func (p *parser) regionCompound(n int) bool {
	m := p.all[n]
	if m.End+1 >= len(p.text) || p.text[m.End] != '-' || !isCapitalised(p.text[m.End+1:]) {
		return false
	}
	return n+1 >= len(p.all) || p.all[n+1].Start != m.End+1 || p.all[n+1].Kind != MentionParty
}

func (p *parser) stateCounts() (count, first map[string]int) {
	if p.counts != nil {
		return p.counts, p.firsts
	}
	defer func() { p.counts, p.firsts = count, first }()
	count = map[string]int{}
	first = map[string]int{}
	note := func(code string, at int) {
		if count[code] == 0 {
			first[code] = at
		}
		count[code]++
	}
	for n, m := range p.all {
		if m.Kind == MentionParty && m.Party.Kind() == PartyState && !p.regionCompound(n) && !p.venueState(m) && !p.topicState(m) {
			note(m.Party.code, m.Start)
		}
	}
	for k, t := range p.toks {
		w := p.low[t.s:t.e]
		end := int(t.e)
		// A two-word demonym after a space has the token as its first
		// word: when no demonym may start with the token, neither is one.
		code, ok := "", false
		screened := p.lx.mayStartDemonym(w)
		if screened {
			code, ok = p.lx.demonym(w)
		}
		if !ok && k+1 < len(p.toks) && (screened || p.low[t.e] != ' ') && joins(p.low, t, p.toks[k+1]) {
			next := p.toks[k+1]
			if c2, ok2 := p.lx.demonym(p.low[t.s:next.e]); ok2 { // "south african"
				code, ok = c2, true
				end = int(next.e) // what follows the whole demonym decides its use
			}
		}
		if ok && demonymUse(p.text, end) && !p.inPartyName(int(t.s)) {
			note(code, int(t.s)) // not a word of a state's name ("Hàn" of "Hàn Quốc")
		}
	}
	return count, first
}

// topTwo returns the two codes counted most (ties by first mention), in
// order of first mention.
func topTwo(count, first map[string]int) []Party {
	var codes []string
	for c := range count {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		a, b := codes[i], codes[j]
		if count[a] != count[b] {
			return count[a] > count[b]
		}
		return first[a] < first[b]
	})
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

// pastLeadingDate returns the first token in [i, j) after a date mention
// or a relative day ("12 мая 2026 года", "вчера") that opens the span at
// token i, or i.
func (p *parser) pastLeadingDate(i, j int) int {
	if i >= j {
		return i
	}
	at := int(p.toks[i].s)
	k := sort.Search(len(p.all), func(n int) bool { return p.all[n].End > at })
	if k < len(p.all) && p.all[k].Kind == MentionDate && p.all[k].Start == at {
		return p.tokAtOrAfter(p.all[k].End)
	}
	// A day without a year ("16 мая в Москве …") waits in p.yearless,
	// sorted by start, until the text's year is known.
	if k := sort.Search(len(p.yearless), func(n int) bool { return p.yearless[n].End > at }); k < len(p.yearless) && p.yearless[k].Start == at {
		return p.tokAtOrAfter(p.yearless[k].End)
	}
	w := p.low[p.toks[i].s:p.toks[i].e]
	for _, rd := range p.lx.relDays {
		if rd.phrase == w {
			return i + 1
		}
	}
	return i
}

// opensSentence reports whether the word at a opens its sentence: only
// spaces, an opening quotation mark or a line break stand between it and
// the end of the sentence before, or the text's start.
func opensSentence(text string, a int) bool {
	t := strings.TrimRight(text[:a], " \n\t\u00a0“«\"")
	if t == "" || strings.Contains(text[len(t):a], "\n") {
		return true // the text's or a line's first word
	}
	switch t[len(t)-1] {
	case '.', '!', '?':
		return true
	}
	return strings.HasSuffix(t, "”") || strings.HasSuffix(t, "»")
}

// personWindow bounds the bytes before a pronoun searched for the person
// it stands for.
const personWindow = 300

// lastPersonBefore returns the party of the last person the text named
// and placed in the personWindow bytes before a.
func (p *parser) lastPersonBefore(a int) (Party, bool) {
	i, k := p.tokRange(max(0, a-personWindow), a)
	for k--; k >= i; k-- {
		t := p.toks[k]
		if !isCapitalised(p.text[t.s:]) {
			continue
		}
		if q := p.people[p.lx.nameKey(p.low[t.s:t.e])]; !q.IsZero() {
			return q, true
		}
	}
	return Party{}, false
}

// possessiveNameWords bounds the words of a name after a state's
// possessive.
const possessiveNameWords = 3

// possessiveName reads a subject [i, j) that is a state's possessive and a
// person's name alone ("Pakistan’s Amna Baloch", "Nigeria's Buhari"): it
// returns the state and the name's first token.
func (p *parser) possessiveName(i, j int) (Party, int, bool) {
	m, ok := p.partyAt(int(p.toks[i].s))
	if !ok || m.Start != int(p.toks[i].s) {
		return Party{}, 0, false
	}
	k := p.tokAtOrAfter(m.End)
	if k+1 >= j || p.low[p.toks[k].s:p.toks[k].e] != "s" {
		return Party{}, 0, false
	}
	if g := p.text[m.End:p.toks[k].s]; g != "'" && g != "’" {
		return Party{}, 0, false
	}
	if j-(k+1) > possessiveNameWords {
		return Party{}, 0, false
	}
	for n := k + 1; n < j; n++ {
		if !isCapitalised(p.text[p.toks[n].s:]) || p.isOfficeAt(n) || p.isFunctionWord(p.low[p.toks[n].s:p.toks[n].e]) {
			return Party{}, 0, false // "India's Prime Minister": an office, read as one
		}
	}
	return m.Party, k + 1, true
}

// possessiveNames reads a subject [i, j) of two possessive names joined
// by a word of the lexicon's [name-conjunction] section ("Poland’s
// Zbigniew Rau and Sweden’s Tobias Billström"), placing each person.
func (p *parser) possessiveNames(i, j int) ([]Party, bool) {
	for k := i + 1; k < j-1; k++ {
		if !p.lx.nameConj[p.low[p.toks[k].s:p.toks[k].e]] {
			continue
		}
		q1, k1, ok1 := p.possessiveName(i, k)
		q2, k2, ok2 := p.possessiveName(k+1, j)
		if !ok1 || !ok2 || q1 == q2 {
			return nil, false
		}
		p.placeSubject(int(p.toks[k1].s), int(p.toks[k-1].e), q1)
		p.placeSubject(int(p.toks[k2].s), int(p.toks[j-1].e), q2)
		return []Party{q1, q2}, true
	}
	return nil, false
}

// isHyphen reports whether the gap between two words of a name is a
// hyphen: ASCII, or Unicode's hyphen and non-breaking hyphen, as web
// pages write "Касым‑Жомарт".
func isHyphen(gap string) bool {
	return gap == "-" || gap == "\u2010" || gap == "\u2011"
}

// openerAlone reports whether the text [a, b) before a verb is an adverb
// of the lexicon's [subject-opener] section alone ("Кроме того, …").
func (p *parser) openerAlone(a, b int) bool {
	i, j := p.tokRange(a, b)
	return i < j && p.pastSubjectOpener(i, j) == j
}

// capitalState returns the state whose capital the tokens [i, j) name
// ("Москва", "Hà Nội"), else "".
func (p *parser) capitalState(i, j int) string {
	if code := p.lx.placeState[p.lx.nameKey(p.low[p.toks[i].s:p.toks[j-1].e])]; code != "" {
		return code
	}
	return p.lx.placeState[p.low[p.toks[i].s:p.toks[j-1].e]]
}

// capitalWords bounds the words of one capital's name in a subject of
// capitals ("Kuala Lumpur", "Thành phố Hồ Chí Minh" is no capital).
const capitalWords = 2

// capitalsJoined reads a subject [i, j) that is two capitals joined by a
// [name-conjunction] word ("Beijing and Damascus", "Москва и Пекин"):
// each stands for its state.
func (p *parser) capitalsJoined(i, j int) ([]Party, bool) {
	for c := i + 1; c < j-1 && c <= i+capitalWords; c++ {
		if !p.lx.nameConj[p.low[p.toks[c].s:p.toks[c].e]] || j-(c+1) > capitalWords {
			continue
		}
		x, y := p.capitalState(i, c), p.capitalState(c+1, j)
		if x == "" || y == "" || x == y {
			return nil, false
		}
		return []Party{{x}, {y}}, true
	}
	return nil, false
}

// bodyNameWords bounds the words between a meeting noun and the acronym in
// brackets that names its body ("Joint Permanent Commission of Cooperation
// (JPCC)").
const bodyNameWords = 4

// readBodyAcronyms reads the acronyms the text defines in brackets after
// the name of a meeting or a body, a noun of the lexicon's [meeting]
// section among the capitalised words before it ("the Permanent
// Bilateral Commission (SBC)", "the Joint Permanent Commission of
// Cooperation (JPCC)"): the acronym then heads a subject as the body's
// name does (see meetingHead).
func (p *parser) readBodyAcronyms() {
	p.bodyAcronyms = map[string]bool{}
	for k := 1; k < len(p.toks); k++ {
		t := p.toks[k]
		w := p.text[t.s:t.e]
		if acronymLen(w) != len(w) || p.text[t.s-1] != '(' || int(t.e) >= len(p.text) || p.text[t.e] != ')' {
			continue
		}
		for n := k - 1; n >= max(0, k-1-bodyNameWords); n-- {
			if u := p.toks[n]; !isCapitalised(p.text[u.s:]) && !p.lx.closedWord(p.low[u.s:u.e]) {
				break
			}
			found := false
			p.matchAt(p.lx.meetings, n, k, func(phrase, int) { found = true })
			if found {
				p.bodyAcronyms[w] = true
				break
			}
		}
	}
}

// bothSubject reports whether the text from a opens with the subject of
// the verb at b and that subject has a head of both sides ("The two
// Ministers", "Both sides"; see bothHead), not one inside an adjunct or a
// clause before ("… opportunities that both countries will enjoy").
func (p *parser) bothSubject(a, b int) bool {
	sa, sb := p.subjectOf(a, b)
	i, j := p.tokRange(sa, sb)
	return i < j && i == p.tokAtOrAfter(a) && p.bothHead(i, p.headEndFrom(i+1, j))
}
