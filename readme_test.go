package bilateral_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestREADME keeps the README true: its program is the body of Example, and
// every line of the card shown for each language is a line of that card's
// golden output.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	example, err := os.ReadFile("example_test.go")
	require.NoError(t, err)
	ex := string(example)
	body := ex[strings.Index(ex, "\t// Dates keep"):strings.Index(ex, "\t// Output:")]
	require.Contains(t, string(readme), body, "README program differs from Example")
	out := ex[strings.Index(ex, "\t// Output:\n")+len("\t// Output:\n"):]
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		line = strings.TrimPrefix(strings.TrimSpace(line), "// ")
		if line == "}" {
			continue
		}
		require.Contains(t, string(readme), line+"\n")
	}

	blocks := strings.Split(string(readme), "```text\n")
	cards := map[string]string{}
	for _, lang := range []string{"en", "vi", "ru"} {
		b, err := os.ReadFile(filepath.Join("examples", "vietnam-russia", "testdata", "card."+lang+".text"))
		require.NoError(t, err)
		cards[lang] = string(b)
	}
	checked := 0
	for _, blk := range blocks[1:] {
		blk = blk[:strings.Index(blk, "```")]
		for lang, card := range cards {
			first := strings.SplitN(card, "\n", 2)[0]
			if !strings.HasPrefix(blk, first) {
				continue
			}
			checked++
			for _, line := range strings.Split(strings.TrimRight(blk, "\n"), "\n") {
				require.Contains(t, card, line+"\n", "README card (%s) line not in the program's output", lang)
			}
		}
	}
	require.Equal(t, 3, checked, "README shows the card in three languages")
}
