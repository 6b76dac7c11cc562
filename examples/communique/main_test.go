package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

const source = "../../testdata/sources/002_a303d40a4328e215.txt"

func TestGolden(t *testing.T) {
	for _, format := range []string{"text", "jsonl"} {
		var out, errb bytes.Buffer
		require.NoError(t, run([]string{"-format", format, source}, nil, &out, &errb))
		golden := filepath.Join("testdata", "communique."+format)
		if *update {
			require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
		}
		want, err := os.ReadFile(golden)
		require.NoError(t, err)
		require.Equal(t, string(want), out.String())
	}
}

func TestJSONLAndStdin(t *testing.T) {
	var out, errb bytes.Buffer
	in := strings.NewReader("The two sides opposed protectionism and supported the WTO.")
	require.NoError(t, run([]string{"-format", "jsonl"}, in, &out, &errb))
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 2)
	var first map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	require.Equal(t, "oppose", first["stance"])
	require.Equal(t, "120", first["cameo"])
	require.Equal(t, "REJECT", first["plover"])

	out.Reset()
	err := run(nil, strings.NewReader(""), &out, &errb)
	require.EqualError(t, err, `standard input: agreement: parsing "" as communiqué: empty input`)
	err = run([]string{"-format", "xml", source}, nil, &out, &errb)
	require.EqualError(t, err, `-format "xml": want text, json or jsonl`)
	err = run([]string{"-style", "ap", source}, nil, &out, &errb)
	require.EqualError(t, err, `-style "ap": want news or cldr`)
	err = run([]string{"no-such.txt"}, nil, &out, &errb)
	require.Error(t, err)
}
