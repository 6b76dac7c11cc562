package bench

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/timeline"
	dps "github.com/markusmobius/go-dateparser"
)

type goldDate struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Value    string `json:"value"`
}

var sources = []string{"000_0a5656f814c64368.txt", "002_a303d40a4328e215.txt"}

func readSource(tb testing.TB, name string) string {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "sources", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// dpsConfig makes go-dateparser search English text only, without a
// language detection step.
var dpsConfig = &dps.Configuration{Languages: []string{"en"}}

type span struct{ doc, start, end int }

// TestDatesAgainstGold reports precision and recall of both tools on the
// hand-labelled dates (testdata/gold/dates.json). A found date is correct
// for ExtractDates when its offsets match a gold mention exactly; for
// go-dateparser, which returns text without offsets, when its text, located
// in order in the document, overlaps a gold mention (a lenient measure).
func TestDatesAgainstGold(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "gold", "dates.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold []goldDate
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	type counts struct{ found, correct, goldHit int }
	var ours, peer counts
	for di, doc := range sources {
		text := readSource(t, doc)
		var g []span
		for _, x := range gold {
			if x.Document == doc {
				g = append(g, span{di, x.Start, x.End})
			}
		}
		hitOurs := map[span]bool{}
		for m := range timeline.ExtractDates(text) {
			ours.found++
			for _, x := range g {
				if x.start == m.Start && x.end == m.End {
					ours.correct++
					hitOurs[x] = true
				}
			}
		}
		ours.goldHit += len(hitOurs)
		_, res, err := dps.Search(dpsConfig, text)
		if err != nil {
			t.Fatal(err)
		}
		hitPeer := map[span]bool{}
		pos := 0
		for _, r := range res {
			i := strings.Index(text[pos:], r.Text)
			if i < 0 {
				peer.found++
				continue
			}
			s, e := pos+i, pos+i+len(r.Text)
			pos = e
			peer.found++
			ok := false
			for _, x := range g {
				if s < x.end && x.start < e {
					ok = true
					hitPeer[x] = true
				}
			}
			if ok {
				peer.correct++
			}
		}
		peer.goldHit += len(hitPeer)
	}
	pr := func(c counts) (float64, float64) {
		p := 0.0
		if c.found > 0 {
			p = float64(c.correct) / float64(c.found)
		}
		return p, float64(c.goldHit) / float64(len(gold))
	}
	op, or := pr(ours)
	pp, prc := pr(peer)
	t.Logf("timeline.ExtractDates: precision %.3f recall %.3f (%d found, exact offsets)", op, or, ours.found)
	t.Logf("go-dateparser Search:  precision %.3f recall %.3f (%d found, overlap)", pp, prc, peer.found)
	if op < 0.95 || or < 0.95 {
		t.Errorf("ExtractDates below 0.95: precision %.3f recall %.3f", op, or)
	}
}

func BenchmarkExtractDates(b *testing.B) {
	var all []string
	n := 0
	for _, s := range sources {
		t := readSource(b, s)
		all = append(all, t)
		n += len(t)
	}
	b.Run("bilateral", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range all {
				for range timeline.ExtractDates(t) {
				}
			}
		}
	})
	b.Run("go-dateparser", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, t := range all {
				if _, _, err := dps.Search(dpsConfig, t); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
