package agreement

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLexicons reads every embedded lexicon: each must parse, give every
// stance at least one phrase, and name only known sections, stances,
// topics, kinds and ISO codes (parseLexicon refuses the rest).
func TestLexicons(t *testing.T) {
	for _, lang := range lexiconLanguages {
		b, err := lexiconFiles.ReadFile("lexicon/" + lang + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		lx, err := parseLexicon(lang, b)
		if err != nil {
			t.Fatal(err)
		}
		// No entry twice in a section: a copy is a sign of a slip.
		entries := map[string]bool{}
		section := ""
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			switch {
			case line == "" || strings.HasPrefix(line, "#"):
			case strings.HasPrefix(line, "["):
				section = line
			case entries[section+"\x00"+lowerWord(line)]:
				t.Errorf("%s: %q twice in %s", lang, line, section)
			default:
				entries[section+"\x00"+lowerWord(line)] = true
			}
		}
		seen := map[Stance]bool{}
		for _, v := range lx.stances {
			seen[v.stance] = true
		}
		for _, s := range Stances() {
			if !seen[s] {
				t.Errorf("%s: no phrase for stance %v", lang, s)
			}
		}
		if len(lx.negations) == 0 || len(lx.kinds) == 0 || len(lx.officeNames) == 0 {
			t.Errorf("%s: a section is empty", lang)
		}
	}
}

func TestLexiconErrors(t *testing.T) {
	for in, want := range map[string]string{
		"agreed\n":                       "agreement: lexicon xx.txt line 1: entry before any section",
		"[stance nope]\nagreed\n":        `agreement: lexicon xx.txt line 1: unknown stance "nope"`,
		"[topic nope]\nx\n":              `agreement: lexicon xx.txt line 1: unknown topic "nope"`,
		"[demonym FX]\nfrench\n":         `agreement: lexicon xx.txt line 1: not an ISO 3166-1 code in use: "FX"`,
		"[colour]\nred\n":                `agreement: lexicon xx.txt line 1: unknown section "colour"`,
		"[place]\nHanoi | UK\n":          `agreement: lexicon xx.txt line 2: not an ISO 3166-1 code in use: "UK"`,
		"[kind memo]\nmemo\n":            `agreement: lexicon xx.txt line 1: unknown kind "memo"`,
		"# only a comment\n[negation]\n": "agreement: lexicon xx.txt line 2: no stance verbs",
		"[stance agree]\nagreed\n[office-alias prime minister]\npm\n":                           `agreement: lexicon xx.txt line 4: no [office] "prime minister" for "pm"`,
		"[stance agree]\nagreed\n[office]\npresident\n[office-class head of state]\nking\n":     `agreement: lexicon xx.txt line 6: no [office] "head of state" for [office-class]`,
		"[stance agree]\nagreed\n[office]\nhead of state\n[office-class head of state]\nking\n": `agreement: lexicon xx.txt line 6: no [office] "king" in [office-class head of state]`,
		"[stance agree]\nagreed\n[verb-alias]\nvoiced\n":                                        `agreement: lexicon xx.txt line 4: want two words, an alias and its verb: "voiced"`,
		"[stance agree]\nagreed\n[verb-alias]\nvoiced expressed * \n":                           `agreement: lexicon xx.txt line 4: want two words, an alias and its verb: "voiced expressed *"`,
	} {
		_, err := parseLexicon("xx", []byte(in))
		if err == nil || err.Error() != want {
			t.Errorf("parseLexicon(%q) = %v, want %s", in, err, want)
		}
	}
}

// TestVerbAlias: an alias reads every stance phrase its verb opens, with
// the verb's stance, and leaves a phrase the lexicon lists itself alone.
func TestVerbAlias(t *testing.T) {
	lx, err := parseLexicon("xx", []byte("[stance express-hope]\nexpressed * interest\n[stance support]\nexpressed support\nvoiced support\n[verb-alias]\nvoiced expressed\n[stance note]\nnoted\n"))
	require.NoError(t, err)
	got := map[string]Stance{}
	for _, sv := range lx.stances {
		got[sv.phrase] = sv.stance
	}
	assert.Equal(t, map[string]Stance{
		"expressed * interest": ExpressHope, "voiced * interest": ExpressHope,
		"expressed support": Support, "voiced support": Support, "noted": Note,
	}, got)
}

// FuzzParseLexicon: any lexicon text gives a lexicon or a *LexiconError,
// never a panic; every embedded file is a seed.
func FuzzParseLexicon(f *testing.F) {
	for _, lang := range lexiconLanguages {
		b, err := lexiconFiles.ReadFile("lexicon/" + lang + ".txt")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b[:min(len(b), 2000)]))
	}
	f.Add("[stance agree]\nagreed *\n[place]\nHanoi | VN\n")
	f.Add("[name-ending]\nа\n[stance agree]\n* * *\n")
	f.Fuzz(func(t *testing.T, in string) {
		lx, err := parseLexicon("xx", []byte(in))
		if err != nil {
			if _, ok := err.(*LexiconError); !ok {
				t.Fatalf("%T: %v", err, err)
			}
			return
		}
		if len(lx.stances) == 0 {
			t.Fatal("a lexicon without stances")
		}
	})
}

// TestClosedWord: the merged set closedWord reads holds what the
// lexicon's sets say one by one, for their words and the words of the
// test texts, in every language.
func TestClosedWord(t *testing.T) {
	texts, _ := filepath.Glob(filepath.Join("..", "testdata", "sources", "*.txt"))
	var words []string
	for _, f := range texts {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		words = append(words, strings.Fields(lowerKeepOffsets(string(b)))...)
	}
	for _, lang := range lexiconLanguages {
		lx, err := lexiconFor(lang)
		require.NoError(t, err)
		ws := slices.Clone(words)
		for _, set := range []map[string]bool{lx.starts, lx.headEnd, lx.trail, lx.nameConj, lx.verbNoun, lx.plural} {
			for w := range set {
				ws = append(ws, w, w+"s", strings.ToUpper(w))
			}
		}
		ws = append(ws, lx.separators...)
		closed := 0
		for _, w := range ws {
			want := lx.closedWordSlow(w)
			if got := lx.closedWord(w); got != want {
				t.Errorf("%s: closedWord(%q) = %v, want %v", lang, w, got, want)
			}
			if want {
				closed++
			}
		}
		if closed < 20 {
			t.Errorf("%s: only %d closed words among %d", lang, closed, len(ws))
		}
	}
}
