package timeline

import (
	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
)

// Text is a phrase written in the module's three languages: a title, a name,
// the subject of an anniversary. Its JSON form is an object
// {"en": …, "vi": …, "ru": …} with empty languages left out. The zero Text
// is empty in every language.
type Text struct {
	EN string `json:"en,omitempty"`
	VI string `json:"vi,omitempty"`
	RU string `json:"ru,omitempty"`
}

// Label returns the phrase in the language that best matches tag
// (vi-VN → Vietnamese, ru-RU → Russian, anything else → English), falling
// back to English when that language is empty. It does not allocate.
func (t Text) Label(tag language.Tag) string {
	var s string
	switch l10n.Match(tag) {
	case l10n.VI:
		s = t.VI
	case l10n.RU:
		s = t.RU
	}
	if s == "" {
		s = t.EN
	}
	return s
}

// IsZero reports whether t is empty in every language.
func (t Text) IsZero() bool { return t == Text{} }

// String returns the English phrase.
func (t Text) String() string { return t.EN }
