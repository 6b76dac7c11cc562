package corpus_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/corpus"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

const small = "Joint Statement between the Republic of Kazakhstan and the Republic of Korea\n\n" +
	"Astana, 12 June 2026\n\n" +
	"The two sides agreed to increase trade to 10 billion USD.\n" +
	"The sides opposed protectionism & welcomed a 24% rise in arrivals of 300 students.\n"

func parseSmall(t *testing.T) *agreement.Communique {
	t.Helper()
	c, err := agreement.ParseCommuniqueString(small, corpus.ParseOptions(agreement.DefaultMaxBytes))
	require.NoError(t, err)
	return c
}

// TestWriteClauses checks the clause records of a short statement against
// the text: one line per sentence, offsets that cut out the clause's text,
// "&" written as is, and the stances of the verbs.
func TestWriteClauses(t *testing.T) {
	c := parseSmall(t)
	var b bytes.Buffer
	require.NoError(t, corpus.WriteClauses(&b, "doc-1", c))
	out := b.String()
	require.True(t, strings.HasSuffix(out, "\n"))
	require.Contains(t, out, "protectionism & welcomed")

	lines, err := corpus.MarshalClauses("doc-1", c)
	require.NoError(t, err)
	require.Equal(t, strings.Split(strings.TrimSuffix(out, "\n"), "\n"), lines)
	require.Len(t, lines, 2)

	wantText := []string{
		"The two sides agreed to increase trade to 10 billion USD.",
		"The sides opposed protectionism & welcomed a 24% rise in arrivals of 300 students.",
	}
	wantStance := []string{"agree", "oppose"}
	for i, line := range lines {
		var l map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &l))
		require.Equal(t, "doc-1", l["doc"])
		require.Equal(t, wantText[i], l["text"])
		start, end := int(l["start"].(float64)), int(l["end"].(float64))
		require.Equal(t, wantText[i], small[start:end])
		require.Equal(t, wantStance[i], l["stance"])
		require.Equal(t, []any{"KZ", "KR"}, l["actors"])
		for _, k := range []string{"negated", "cameo", "plover", "topics", "mentions"} {
			require.Contains(t, l, k)
		}
	}
}

// TestEmptyLists checks that a clause with no actors, topics or mentions
// has [] for each, not null.
func TestEmptyLists(t *testing.T) {
	c, err := agreement.ParseCommuniqueString("It rained.\n", corpus.ParseOptions(100))
	require.NoError(t, err)
	lines, err := corpus.MarshalClauses("d", c)
	require.NoError(t, err)
	require.Len(t, lines, 1)
	for _, line := range lines {
		require.NotContains(t, line, "null")
	}
	for _, l := range corpus.ClauseLines("d", c) {
		require.NotNil(t, l.Actors)
		require.NotNil(t, l.Topics)
		require.NotNil(t, l.Mentions)
	}
}

func TestAggregateKeys(t *testing.T) {
	c := parseSmall(t)
	require.Equal(t, 2026, corpus.IssuedYear(c))
	require.Equal(t, "KR-KZ", corpus.PartyPair(c))
	require.Equal(t, []corpus.StanceKey{{"KR-KZ", "agree", 2026}, {"KR-KZ", "oppose", 2026}}, corpus.StanceKeys(c))
	// "10 billion USD", "24%", "300 students".
	want := []corpus.FigureKey{{"USD", 2026}, {"percent", 2026}, {"students", 2026}}
	if diff := cmp.Diff(want, corpus.FigureKeys(small, c)); diff != "" {
		t.Errorf("FigureKeys (-want +got):\n%s", diff)
	}

	line, err := corpus.StanceKey{"KR-KZ", "agree", 2026}.Count(3).Line()
	require.NoError(t, err)
	require.Equal(t, `{"parties":"KR-KZ","stance":"agree","year":2026,"clauses":3}`, line)
	line, err = corpus.FigureKey{"USD", 0}.Count(1).Line()
	require.NoError(t, err)
	require.Equal(t, `{"unit":"USD","year":0,"figures":1}`, line)
}

func TestCheck(t *testing.T) {
	require.NoError(t, corpus.Check("héllo", 6))
	require.EqualError(t, corpus.Check("ab\xffc", 100), "invalid UTF-8 at byte 2")
	err := corpus.Check("héllo", 5) // é is two bytes
	var tl corpus.TooLargeError
	require.True(t, errors.As(err, &tl))
	require.EqualError(t, err, "larger than -max-bytes (5 bytes)")
	require.Equal(t, 3, corpus.InvalidAt("abc"))
	require.Equal(t, 1, corpus.InvalidAt("a\xe2\x82"))
}

func TestDecodeLine(t *testing.T) {
	for _, c := range []struct {
		line, text, id, err string
	}{
		{`{"id":"a","text":"x < y"}`, "x < y", "a", ""},
		{`{"id":17,"text":"t"}`, "t", "17", ""},
		{`{"text":"t"}`, "t", "", ""},
		{`{"id":"a"}`, "", "", `no field "text"`},
		{`{"text":null}`, "", "", `field "text" is not a string`},
		{`{"text":3}`, "", "", `field "text" is not a string`},
		{`[1]`, "", "", "not a JSON object: json: cannot unmarshal array into Go value of type map[string]json.RawMessage"},
		{"{\"text\":\"a\xff\"}", "", "", "invalid UTF-8 at byte 10"},
	} {
		text, id, err := corpus.DecodeLine([]byte(c.line), "text", "id")
		if c.err != "" {
			require.EqualError(t, err, c.err, c.line)
			continue
		}
		require.NoError(t, err, c.line)
		require.Equal(t, c.text, text, c.line)
		require.Equal(t, c.id, id, c.line)
	}
	_, id, err := corpus.DecodeLine([]byte(`{"id":"a","text":"t"}`), "text", "")
	require.NoError(t, err)
	require.Equal(t, "", id)
}

func TestReadLine(t *testing.T) {
	br := bufio.NewReaderSize(strings.NewReader("ab\r\n"+strings.Repeat("x", 30)+"\nlast"), 16)
	line, n, err := corpus.ReadLine(br, 20)
	require.NoError(t, err)
	require.Equal(t, "ab", string(line))
	require.Equal(t, int64(4), n)
	_, n, err = corpus.ReadLine(br, 20)
	require.ErrorIs(t, err, corpus.ErrLineTooLong)
	require.Equal(t, int64(31), n)
	line, _, err = corpus.ReadLine(br, 20)
	require.Equal(t, "last", string(line))
	require.ErrorIs(t, err, io.EOF)
	require.Equal(t, int64(6*10+4096), corpus.JSONLLimit(10))
}
