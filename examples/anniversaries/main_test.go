package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestGolden(t *testing.T) {
	for _, c := range []struct{ name, format, lang string }{{"table.en", "table", "en"}, {"table.vi", "table", "vi"}, {"table.ru", "table", "ru"}, {"calendar.ics", "ics", "en"}} {
		var out, errb bytes.Buffer
		require.NoError(t, run([]string{"-from", "2025-01-01", "-years", "5", "-format", c.format, "-lang", c.lang}, &out, &errb))
		golden := filepath.Join("testdata", c.name)
		if *update {
			require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
		}
		want, err := os.ReadFile(golden)
		require.NoError(t, err)
		require.Equal(t, string(want), out.String())
	}
	var out, errb bytes.Buffer
	// AP dates by default, CLDR on request.
	require.NoError(t, run([]string{"-years", "1"}, &out, &errb))
	require.Contains(t, out.String(), "Jan. 30, 2025 ")
	require.Contains(t, out.String(), "Sept. 2, 2025 ")
	out.Reset()
	require.NoError(t, run([]string{"-years", "1", "-style", "cldr"}, &out, &errb))
	require.Contains(t, out.String(), "January 30, 2025 ")
	out.Reset()
	require.NoError(t, run([]string{"-years", "1", "-lang", "ru"}, &out, &errb))
	require.Contains(t, out.String(), "30 января 2025 года ")
	out.Reset()
	require.NoError(t, run([]string{"-years", "1"}, &out, &errb))
	// 2025: 75th of relations, 50th of liberation, 80th Victory and National
	// Day, 10th of the FTA, 20th of the ASEAN–Russia summit.
	require.Equal(t, 6, bytes.Count(out.Bytes(), []byte("\n")))
	for _, bad := range [][]string{{"-years", "0"}, {"-from", "2025"}, {"-from", "9999-01-01"}, {"-format", "pdf"}, {"-lang", "de"}, {"-style", "ap"}, {"-events", "none.json"}} {
		require.Error(t, run(bad, &out, &errb), "%v", bad)
	}
}
