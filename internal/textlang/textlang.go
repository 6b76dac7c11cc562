// Package textlang tells the language of a document for the readers of
// package timeline, trade and agreement: English, Vietnamese or Russian,
// from its script and Vietnamese diacritics. It decides for a document,
// not for each word: a Russian name in an English text leaves it English.
package textlang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lang is a language the readers read.
type Lang uint8

// The languages, English first: the zero Lang is English, the language a
// text without Cyrillic letters or Vietnamese diacritics is read in.
const (
	English Lang = iota
	Vietnamese
	Russian
)

// String returns the BCP 47 code: "en", "vi", "ru".
func (l Lang) String() string {
	switch l {
	case Vietnamese:
		return "vi"
	case Russian:
		return "ru"
	}
	return "en"
}

// Parse reads a BCP 47 code's language ("vi", "vi-VN", "ru-RU", "en-GB");
// ok is false for any other language.
func Parse(code string) (Lang, bool) {
	base := code
	for i := 0; i < len(code); i++ {
		if code[i] == '-' || code[i] == '_' {
			base = code[:i]
			break
		}
	}
	switch base {
	case "en":
		return English, true
	case "vi":
		return Vietnamese, true
	case "ru":
		return Russian, true
	}
	return English, false
}

// sample is how much of a document Detect reads: enough to tell, and a
// bound on the cost whatever the document's length.
const sample = 64 << 10

// Detect returns the language of text: Russian when Cyrillic letters
// outnumber Latin ones; Vietnamese when at least one Latin letter in forty
// (and at least three in all) is one only Vietnamese writes (ă, ơ, ư, đ,
// and the letters with a tone mark of U+1EA0–U+1EF9); English otherwise. A
// phrase of fewer than shortText Latin letters ("tháng 9/2024", "4,4 tỷ
// USD", "khoảng 200 nghìn") is Vietnamese when such letters and the
// accented vowels Vietnamese shares with other languages (á, à, ý, ê, ô …)
// make at least one in eight of its letters. It reads at most the first 64
// KiB.
func Detect(text string) Lang {
	if len(text) > sample {
		text = text[:sample]
	}
	latin, cyrillic, viet, marked := 0, 0, 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				latin++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		case isVietnamese(r):
			viet++
			latin++
		case unicode.Is(unicode.Latin, r):
			latin++
			if strings.ContainsRune(sharedVowels, unicode.ToLower(r)) {
				marked++
			}
		}
	}
	switch {
	case cyrillic > latin:
		return Russian
	case viet >= 3 && viet*40 >= latin:
		return Vietnamese
	case latin < shortText && viet+marked > 0 && (viet+marked)*8 >= latin:
		return Vietnamese
	}
	return English
}

// shortText bounds, in Latin letters, the phrases Detect reads by the
// share of accented letters rather than by three Vietnamese-only ones.
const shortText = 40

// sharedVowels are the accented vowels of Latin-1 that Vietnamese writes
// (with a tone mark, or â, ê, ô) and other languages do too.
const sharedVowels = "àáâãèéêìíòóôõùúý"

// isVietnamese reports a letter that Vietnamese writes and English and
// the other languages of Latin script seldom do.
func isVietnamese(r rune) bool {
	switch r {
	case 'ă', 'Ă', 'ơ', 'Ơ', 'ư', 'Ư', 'đ', 'Đ':
		return true
	}
	return r >= 0x1EA0 && r <= 0x1EF9 // Latin Extended Additional: ạ ả ấ … ỹ
}
