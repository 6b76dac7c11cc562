package card

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

// communiqueFile is the source text parsed when -source is not given.
const communiqueFile = "002_a303d40a4328e215.txt"

// card holds everything the outputs print, computed from the data.
type card struct {
	year     int
	lang     string
	style    string
	li       int
	tag      language.Tag
	rel      agreement.Relationship
	events   timeline.Timeline
	series   []trade.Series
	comm     *agreement.Communique
	findings []agreement.Finding
	reg      *agreement.Registry
}

func build(o Options) (*card, error) {
	c := &card{year: o.Year, lang: o.Lang, style: o.Style, tag: labelTag(o.Lang, o.Style), reg: agreement.Builtin()}
	c.li = map[string]int{"en": 0, "vi": 1, "ru": 2}[o.Lang]
	if err := readJSON(filepath.Join(o.Data, "vietnam-russia", "relationship.json"), &c.rel); err != nil {
		return nil, err
	}
	if err := readJSON(filepath.Join(o.Data, "vietnam-russia", "events.json"), &c.events); err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(o.Data, "vietnam-russia", "trade.csv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if c.series, err = trade.ReadCSV(f); err != nil {
		return nil, fmt.Errorf("trade.csv: %w", err)
	}
	src := o.Source
	if src == "" {
		src = filepath.Join(o.Data, "sources", communiqueFile)
	}
	text, err := os.Open(src)
	if err != nil {
		return nil, err
	}
	defer text.Close()
	c.comm, err = agreement.ParseCommunique(text, agreement.ParseOptions{Registry: c.reg})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	c.findings = agreement.Check(c.comm, c.reg)
	return c, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func (c *card) yearSpan() timeline.Span {
	y, _ := timeline.NewYear(c.year)
	return timeline.Span{Start: y, End: y}
}

// level returns the framework in force in the year.
func (c *card) level() (agreement.Level, bool) {
	y, _ := timeline.NewYear(c.year)
	return c.rel.LevelAt(y)
}

func (c *card) anniversaries() []timeline.Occurrence {
	var out []timeline.Occurrence
	for o := range c.events.Anniversaries(c.yearSpan()) {
		if !isVisit(o.Event.Kind) { // a visit's first anniversary is no occasion
			out = append(out, o)
		}
	}
	return out
}

func isVisit(k timeline.Kind) bool {
	switch k {
	case timeline.KindStateVisit, timeline.KindOfficialVisit, timeline.KindVisit, timeline.KindTalks, timeline.KindMeeting:
		return true
	}
	return false
}

// visits returns the visits and talks, latest first.
func (c *card) visits() []timeline.Event {
	var out []timeline.Event
	for e := range c.events.Events() {
		if isVisit(e.Kind) {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b timeline.Event) int { return b.When.Compare(a.When) })
	return out
}

// ahead returns the events after the card's year that are no visits (a
// chairmanship, a summit to come), earliest first.
func (c *card) ahead() []timeline.Event {
	var out []timeline.Event
	for e := range c.events.Events() {
		if !isVisit(e.Kind) && e.When.Start.Year() > c.year {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b timeline.Event) int { return a.When.Compare(b.When) })
	return out
}

type count[T any] struct {
	key T
	n   int
}

func (c *card) byStance() []count[agreement.Stance] {
	m := map[agreement.Stance]int{}
	for _, cl := range c.comm.Clauses() {
		if cl.Stance != agreement.StanceUnknown {
			m[cl.Stance]++
		}
	}
	return sorted(m)
}

func (c *card) byTopic() []count[agreement.Topic] {
	m := map[agreement.Topic]int{}
	for _, cl := range c.comm.Clauses() {
		for _, t := range cl.Topics {
			m[t]++
		}
	}
	return sorted(m)
}

func sorted[T cmp.Ordered](m map[T]int) []count[T] {
	var out []count[T]
	for k, n := range m {
		out = append(out, count[T]{k, n})
	}
	slices.SortFunc(out, func(a, b count[T]) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return cmp.Compare(a.key, b.key)
	})
	return out
}

// quotes returns the first clause of each of the three most frequent stances.
func (c *card) quotes() []agreement.Clause {
	var out []agreement.Clause
	for i, s := range c.byStance() {
		if i == 3 {
			break
		}
		for _, cl := range c.comm.Clauses() {
			if cl.Stance == s.key {
				out = append(out, cl)
				break
			}
		}
	}
	return out
}

// figureRow is one trade or people-to-people observation, computed.
type figureRow struct {
	series trade.Series
	obs    trade.Observation
	base   *trade.Figure
}

func (c *card) figures() []figureRow {
	var out []figureRow
	for _, s := range c.series {
		for _, o := range s.Observations {
			r := figureRow{series: s, obs: o}
			if o.Value != nil && o.Change != nil {
				if b, err := trade.ImpliedBase(*o.Value, *o.Change); err == nil {
					r.base = &b
				}
			}
			out = append(out, r)
		}
	}
	return out
}

// labelTag is the tag the card labels with: the language, and for the news
// style the BCP 47 private-use subtag that asks every Label for the
// newsroom form ("vi-x-news").
func labelTag(lang, style string) language.Tag {
	if style == "news" {
		return language.MustParse(lang + "-x-news")
	}
	return language.MustParse(lang)
}
