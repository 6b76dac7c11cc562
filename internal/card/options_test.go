package card_test

import (
	"flag"
	"io"
	"testing"

	"github.com/bilateral-go/bilateral/internal/card"
	"github.com/stretchr/testify/require"
)

func TestOptions(t *testing.T) {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var o card.Options
	o.Register(fs)
	require.NoError(t, fs.Parse(nil))
	require.Equal(t, card.Options{Year: 2025, Lang: "en", Style: "news", Format: "text"}, o)
	require.NoError(t, o.Check())
	for _, c := range []struct {
		o   card.Options
		err string
	}{
		{card.Options{Year: 2025, Lang: "fr", Style: "news", Format: "text"}, `-lang "fr": want en, vi or ru`},
		{card.Options{Year: 2025, Lang: "vi", Style: "ap", Format: "text"}, `-style "ap": want news or cldr`},
		{card.Options{Year: 10000, Lang: "ru", Style: "news", Format: "text"}, `-year 10000: want a year from 1 to 9999`},
		{card.Options{Year: 2025, Lang: "vi", Style: "news", Format: "pdf"}, `-format "pdf": want text, json or ics`},
	} {
		require.EqualError(t, c.o.Check(), c.err)
		require.EqualError(t, card.Write(io.Discard, c.o), c.err)
	}
	d, err := card.FindData()
	require.NoError(t, err)
	require.FileExists(t, d+"/vietnam-russia/relationship.json")
}
