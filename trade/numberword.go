package trade

// numberWords are the English number words below a hundred by value:
// "zero" to "nineteen", then the tens.
var numberWords = map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var numberIndex = newFoldIndex(numberWords)

// numberWord returns the value of an English number word below a hundred
// ("seven", "Thirty"), in any case, or -1.
func numberWord(w string) int64 {
	if v, ok := numberIndex.lookup(w); ok {
		return v
	}
	return -1
}

// vagueWords are the plural number words read as a lower bound, with the
// least value each stands for and the step it counts in.
var vagueWords = map[string][2]int64{
	"dozens": {24, 12}, "tens": {20, 10}, "hundreds": {200, 100}, "thousands": {2000, 1000},
	"millions": {2_000_000, 1_000_000}, "billions": {2_000_000_000, 1_000_000_000},
}

var vagueIndex = newFoldIndex(vagueWords)

// vagueWord returns the least value of a plural number word read as a
// lower bound ("dozens" → 24, "hundreds" → 200), in any case, and the step
// the word counts in (12, 100), or 0.
func vagueWord(w string) (least, step int64) {
	v, _ := vagueIndex.lookup(w)
	return v[0], v[1]
}

// lowerWord copies the ASCII word s[i:e] in lower case into buf, or returns
// "" when it is longer than buf or not all letters.
func lowerWord(s string, i, e int, buf *[16]byte) string {
	if e-i > len(buf) || e <= i {
		return ""
	}
	for k := i; k < e; k++ {
		c := s[k]
		switch {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			return ""
		}
		buf[k-i] = c
	}
	return string(buf[:e-i]) // does not escape: callers compare it
}

// letterEnd returns the end of the run of ASCII letters at i.
func letterEnd(s string, i int) int {
	for i < len(s) && ((s[i]|0x20) >= 'a' && (s[i]|0x20) <= 'z') {
		i++
	}
	return i
}

// spelled is a number written in words.
type spelled struct {
	value int64 // the value, before any lower-bound reading
	step  int64 // the place of its last non-zero digit, or the vague step
	end   int   // where the words end
	vague bool  // "hundreds of": a lower bound
}

// maxSpelled bounds the value of a number in words (a quadrillion × 999).
const maxSpelled = 999_999_999_999_999_999

// spelledAt reads an English number in words at s[i:]: "thirty-three",
// "two hundred and fifty", "one million", "two lakh crore", "a dozen",
// "a billion", "half a billion", "hundreds of", "tens of thousands of".
// Words are separated by one space, tens and units by a hyphen. The step
// is the place of the last non-zero digit, as for digits ("thirty" → 10,
// "one million" → 10^6, "a dozen" → 1); "half a billion" is read as
// 0.5 billion (step 10^8). ok is false when s[i:] does not start with one.
func spelledAt(s string, i int) (sp spelled, ok bool) {
	// Words are compared in any case where they stand in s, never copied:
	// w is a word of 1 to maxFoldWord letters.
	e := letterEnd(s, i)
	if e == i || e-i > maxFoldWord || i > 1 && s[i-1] == '-' && isAlnumB(s[i-2]) {
		return sp, false // "one-on-one": the end of a compound
	}
	w := s[i:e]
	// Vague plurals: "hundreds of", "tens of thousands of".
	if least, step := vagueWord(w); least > 0 {
		if !hasPrefixAt(s, e, " of ") {
			return sp, false
		}
		after := e + len(" of")
		if w2e := letterEnd(s, after+1); w2e > after+1 {
			if l2, st2 := vagueWord(s[after+1 : w2e]); l2 > 0 && st2 >= 1000 && step < 1000 && hasPrefixAt(s, w2e, " of ") {
				// "tens of thousands of": tens × thousand
				return spelled{value: least * st2, step: step * st2, end: w2e + len(" of"), vague: true}, true
			}
		}
		return spelled{value: least, step: step, end: after, vague: true}, true
	}
	// "a"/"an"/"half a" before a scale word or "dozen".
	if half := equalFoldASCII(w, "half"); half || equalFoldASCII(w, "a") || equalFoldASCII(w, "an") {
		j := e
		if half {
			switch {
			case hasPrefixAt(s, j, " a "):
				j += len(" a ")
			case hasPrefixAt(s, j, " an "):
				j += len(" an ")
			default:
				return sp, false
			}
		} else {
			if j >= len(s) || s[j] != ' ' {
				return sp, false
			}
			j++
		}
		je := letterEnd(s, j)
		if je-j > maxFoldWord {
			return sp, false
		}
		w2 := s[j:je]
		if !half && equalFoldASCII(w2, "dozen") {
			return spelled{value: 12, step: 1, end: je}, true
		}
		exp, long := scaleOf(w2)
		if exp == 0 || !long {
			return sp, false
		}
		if half {
			if exp < 2 {
				return sp, false
			}
			return spelled{value: 5 * pow10i(exp-1), step: pow10i(exp - 1), end: je}, true
		}
		return spelled{value: pow10i(exp), step: pow10i(exp), end: je}, true
	}
	var total, cur int64
	taken := false  // a number word was read
	last := 0       // end of the last word taken
	prevScale := 99 // the exponent of the last scale group
	afterScale := false
	for {
		n := numberWord(w)
		switch {
		case n >= 0:
			switch {
			case cur%100 == 0 && !(taken && !afterScale && cur == 0):
			case cur%100 >= 20 && cur%10 == 0 && n < 10 && n > 0: // "twenty three"
			default:
				goto done
			}
			cur += n
			taken, afterScale, last = true, false, e
			// "thirty-three"
			if n >= 20 && e+1 < len(s) && s[e] == '-' {
				ue := letterEnd(s, e+1)
				if u := numberWord(s[e+1 : ue]); u >= 1 && u <= 9 {
					cur += u
					last, e = ue, ue
				}
			}
		case equalFoldASCII(w, "hundred") && taken && cur > 0 && cur < 100 && !afterScale:
			cur *= 100
			last = e
		case equalFoldASCII(w, "and") && taken && cur%100 == 0 && cur > 0:
			// "two hundred and fifty": "and" only before a number word
			ne := letterEnd(s, e+1)
			if e+1 >= len(s) || s[e] != ' ' || numberWord(s[e+1:ne]) < 1 {
				goto done
			}
		default:
			exp, long := scaleOf(w)
			if exp < 3 || !long || !taken {
				goto done
			}
			switch {
			case afterScale && cur == 0 && total <= maxSpelled/pow10i(exp):
				total *= pow10i(exp) // "two lakh crore"
			case cur > 0 && cur < 1000 && exp < prevScale:
				total += cur * pow10i(exp)
			default:
				goto done
			}
			if total > maxSpelled || total < 0 {
				return sp, false
			}
			cur, prevScale, afterScale, last = 0, exp, true, e
		}
		// The next word, after one space.
		if e >= len(s) || s[e] != ' ' {
			break
		}
		ne := letterEnd(s, e+1)
		if ne == e+1 {
			break
		}
		i, e = e+1, ne
		if e-i > maxFoldWord {
			break
		}
		w = s[i:e]
	}
done:
	if !taken {
		return sp, false
	}
	if last+1 < len(s) && s[last] == '-' && isAlnumB(s[last+1]) && !isDigitB(s[last+1]) && !(len(s) >= last+6 && equalFoldASCII(s[last+1:last+6], "point")) {
		return sp, false // "one-on-one talks", "two-way trade": a compound, no count
	}
	v := total + cur
	step := int64(1)
	for x := v; x >= 10 && x%10 == 0; x /= 10 {
		step *= 10
	}
	return spelled{value: v, step: step, end: last}, true
}

func pow10i(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

func hasPrefixAt(s string, i int, p string) bool {
	return i <= len(s) && len(s)-i >= len(p) && s[i:i+len(p)] == p
}
