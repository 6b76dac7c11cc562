package timeline_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
)

// TestVietnamRussiaEvents loads the curated events, checks every source
// quote against its text and that the quote contains the event's date as
// the text writes it, and checks the 2025 anniversaries the texts mark.
func TestVietnamRussiaEvents(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "vietnam-russia", "events.json"))
	require.NoError(t, err)
	var tl timeline.Timeline
	require.NoError(t, json.Unmarshal(b, &tl))
	require.Equal(t, 13, tl.Len())
	for e := range tl.Events() {
		doc, err := os.ReadFile(filepath.Join("..", "testdata", "sources", e.Source.Document))
		require.NoError(t, err)
		require.NoError(t, e.Source.Verify(doc), e.ID)
		// The quote names the date: ExtractDates finds the event's start in it.
		found := false
		for m := range timeline.ExtractDates(e.Source.Quote) {
			found = found || m.Value.Start == e.When.Start
		}
		require.True(t, found, "%s: %q does not date %s", e.ID, e.Source.Quote, e.When)
		for _, tr := range []string{e.Title.EN, e.Title.VI, e.Title.RU} {
			require.NotEmpty(t, tr, e.ID)
		}
	}
	got := map[string]int{}
	for o := range tl.Anniversaries(timeline.MustParseSpan("2025")) {
		got[o.Event.ID] = o.N
	}
	// What the texts mark for 2025: 75th of relations, 80th of the Victory,
	// 50th of the liberation, 80th National Day, 10th of the FTA signing,
	// 20th of the first ASEAN–Russia summit; plus the partnerships' 24th and
	// 13th and the visits' first anniversaries (2024 visits).
	require.Equal(t, map[string]int{
		"vn-ru-diplomatic-relations": 75, "ru-victory-1945": 80, "vn-liberation-1975": 50, "vn-national-day-1945": 80,
		"vn-eaeu-fta-signing": 10, "asean-russia-summit-2005": 20, "vn-ru-strategic-partnership": 24,
		"vn-ru-comprehensive-strategic-partnership": 13, "ru-president-state-visit-2024": 1, "brics-sidelines-talks-2024": 1,
		"vn-na-chairman-visit-2024": 1,
	}, got)
}
