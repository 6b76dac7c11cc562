package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestGolden(t *testing.T) {
	for _, lang := range []string{"en", "vi", "ru"} {
		var out, errb bytes.Buffer
		require.NoError(t, run([]string{"-lang", lang}, &out, &errb))
		golden := filepath.Join("testdata", "trade."+lang+".txt")
		if *update {
			require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
		}
		want, err := os.ReadFile(golden)
		require.NoError(t, err)
		require.Equal(t, string(want), out.String())
	}
}

func TestGrowthFromLevels(t *testing.T) {
	dir := t.TempDir()
	csv := "reporter,partner,flow,indicator,period,value,unit,step,change,source\n" +
		"VN,RU,total,trade,2023,3500000000,USD,100000000,,\n" +
		"VN,RU,total,trade,2024,4400000000,USD,100000000,35%,\n"
	p := filepath.Join(dir, "t.csv")
	require.NoError(t, os.WriteFile(p, []byte(csv), 0o644))
	var out, errb bytes.Buffer
	require.NoError(t, run([]string{"-style", "cldr", p}, &out, &errb))
	s := out.String()
	// 4.4/3.5 − 1 = 25.7%; bounds 4.35/3.55 − 1 = 22.5% and 4.45/3.45 − 1 = 29.0%.
	require.Contains(t, s, "growth from levels: 25.7% [22.5, 29]")
	require.True(t, strings.Contains(s, "! error: the stated change of 35% for 2024 is outside 22.53% to 28.99%, the change the levels $3.5B and $4.4B allow"), s)
	out.Reset()
	require.NoError(t, run([]string{p}, &out, &errb))
	// AP: "$3.5 billion"; the bounds as above.
	require.Contains(t, out.String(), "! error: the stated change of 35% for 2024 is outside 22.53% to 28.99%, the change the levels $3.5 billion and $4.4 billion allow")
	out.Reset()
	require.NoError(t, run([]string{"-lang", "ru", p}, &out, &errb))
	require.Contains(t, out.String(), "от 22,53% до 28,99%, допустимые при уровнях 3,5 млрд долларов и 4,4 млрд долларов")
	require.Error(t, run([]string{"-lang", "xx"}, &out, &errb))
	require.Error(t, run([]string{"-style", "ap"}, &out, &errb))
	require.Error(t, run([]string{filepath.Join(dir, "none.csv")}, &out, &errb))
}
