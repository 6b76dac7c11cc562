package l10n

import "golang.org/x/text/language"

// Style is the register a label is written in. The zero value, [CLDR], is
// the CLDR 48 form every Label method writes for a plain tag; [News] is the
// form newsrooms write (see [Locale]).
type Style uint8

// The styles.
const (
	CLDR Style = iota // CLDR 48 as ICU 78 formats it: what machines and tests compare
	News              // newsroom practice: VnExpress, Nhân Dân and TTXVN; TASS and RIA Novosti; AP and Reuters
)

// String returns the private-use subtag that selects s: "cldr" or "news".
func (s Style) String() string {
	if s == News {
		return "news"
	}
	return "cldr"
}

// StyleOf returns the style a tag asks for in its BCP 47 private-use
// extension (RFC 5646 section 2.2.7): [News] when one of its private-use
// subtags is "news" ("vi-x-news", "ru-RU-x-news", "en-u-nu-latn-x-news"),
// else [CLDR]. golang.org/x/text keeps the extension through Parse, Make,
// Compose, ParseAcceptLanguage and Matcher.Match, so a style chosen once
// travels with the tag. StyleOf does not allocate.
func StyleOf(tag language.Tag) Style {
	e, ok := tag.Extension('x')
	if !ok {
		return CLDR
	}
	s := e.String() // "x-news-…", lower case as Parse normalises it
	for i := 2; i < len(s); {
		j := i
		for j < len(s) && s[j] != '-' {
			j++
		}
		if s[i:j] == "news" {
			return News
		}
		i = j + 1
	}
	return CLDR
}

// Locale is what a tag asks labels to be written in: a language and a
// style. Its methods format dates, periods, money, counts and percentages
// in that style; tables are read with Lang.
type Locale struct {
	Lang  Lang
	Style Style
}

// Resolve returns the locale of tag: [Match] for the language and
// [StyleOf] for the style. "vi-x-news" is Vietnamese in [News] style,
// "vi-VN" Vietnamese in [CLDR] style. Resolve does not allocate for the
// common tags.
func Resolve(tag language.Tag) Locale {
	return Locale{Lang: Match(tag), Style: StyleOf(tag)}
}
