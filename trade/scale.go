package trade

// scaleOf returns the power of ten of an English scale word or
// abbreviation read after a number, 0 for any other word, and whether it
// is a word (which must follow a space, or be attached to digits as in
// "£3billion") rather than an abbreviation (which may be attached:
// "4.4bn"). Case is ignored ("13.8 Trillion", "$3Bln", "20000 Crores"),
// except that "T" for trillion is upper case only ("VND20.12T": "5t" may
// be tonnes). Lakh (10^5) and crore (10^7, "cr") are the Indian scale
// words; they combine ("2 lakh crore" is 2 × 10^12).
func scaleOf(word string) (exp int, long bool) {
	if word == "T" {
		return 12, false
	}
	var buf [16]byte
	switch lowerWord(word, 0, len(word), &buf) {
	case "hundred":
		return 2, true
	case "thousand":
		return 3, true
	case "lakh", "lakhs", "lac":
		return 5, true
	case "million":
		return 6, true
	case "mn", "mln", "m":
		return 6, false
	case "crore", "crores":
		return 7, true
	case "cr", "crs":
		return 7, false
	case "billion":
		return 9, true
	case "bn", "bln", "b":
		return 9, false
	case "trillion":
		return 12, true
	case "tn", "trn", "trln":
		return 12, false
	case "quadrillion":
		return 15, true
	}
	return 0, false
}
