package trade

// scaleOf returns the power of ten of an English scale word or
// abbreviation read after a number (the scale and abbr entries of
// words/en.txt), 0 for any other word, and whether it is a word (which
// must follow a space, or be attached to digits as in "£3billion") rather
// than an abbreviation (which may be attached: "4.4bn"). Case is ignored
// ("13.8 Trillion", "$3Bln", "20000 Crores"), except that "T" for
// trillion is upper case only ("VND20.12T": "5t" may be tonnes). Lakh
// (10^5) and crore (10^7, "cr") are the Indian scale words; they combine
// ("2 lakh crore" is 2 × 10^12).
func scaleOf(word string) (exp int, long bool) {
	switch word { // the words text writes most, without a lookup
	case "billion":
		return 9, true
	case "million":
		return 6, true
	case "trillion":
		return 12, true
	case "bn":
		return 9, false
	}
	if word == "T" {
		return 12, false
	}
	if sc, ok := scaleIndex.lookup(word); ok {
		return sc.exp, sc.long
	}
	return 0, false
}

// scaleWord is what scaleOf returns for a word.
type scaleWord struct {
	exp  int
	long bool
}

// scaleIndex holds the scale words (long) and abbreviations of
// words/en.txt; a word listed as both is a scale word.
var scaleIndex = func() *foldIndex[scaleWord] {
	lx := enLexicon
	m := map[string]scaleWord{}
	for w, e := range lx.abbr.exact {
		m[w] = scaleWord{e.exp, false}
	}
	for w, e := range lx.scale.exact {
		m[w] = scaleWord{e.exp, true}
	}
	return newFoldIndex(m)
}()
