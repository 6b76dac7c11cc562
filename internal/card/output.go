package card

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

func (c *card) writeText(w io.Writer) error {
	var b strings.Builder
	p := c.rel.Parties
	fmt.Fprintf(&b, c.w("card")+"\n\n", p[0].Label(c.tag), p[1].Label(c.tag), c.year)
	if l, ok := c.level(); ok {
		fmt.Fprintf(&b, c.w("level")+": %s\n", c.year, l.Label(c.tag))
	}
	fmt.Fprintf(&b, "%s: %s\n", c.w("established"), c.rel.Established.Label(c.tag))
	fmt.Fprintf(&b, "%s:\n", c.w("history"))
	for _, u := range c.rel.History {
		fmt.Fprintf(&b, "  %s  %s\n", u.On.Label(c.tag), u.Level.Label(c.tag))
	}

	fmt.Fprintf(&b, "\n"+c.w("anniversaries")+":\n", c.year)
	for _, o := range c.anniversaries() {
		mark := ""
		switch {
		case o.Major:
			mark = " [" + c.w("major") + "]"
		case o.Round:
			mark = " [" + c.w("round") + "]"
		}
		fmt.Fprintf(&b, "  %s — %s%s\n", o.On.Label(c.tag), o.Label(c.tag), mark)
	}

	fmt.Fprintf(&b, "\n%s:\n", c.w("visits"))
	for _, e := range c.visits() {
		fmt.Fprintf(&b, "  %s — %s (%s)\n", e.When.Label(c.tag), e.Title.Label(c.tag), e.Kind.Label(c.tag))
	}

	if ahead := c.ahead(); len(ahead) > 0 {
		fmt.Fprintf(&b, "\n%s:\n", c.w("ahead"))
		for _, e := range ahead {
			fmt.Fprintf(&b, "  %s — %s\n", e.When.Label(c.tag), e.Title.Label(c.tag))
		}
	}

	fmt.Fprintf(&b, "\n%s:\n", c.w("figures"))
	for _, r := range c.figures() {
		fmt.Fprintf(&b, "  %s, %s: %s\n", c.w("indicator."+r.series.Indicator), r.obs.Period.Label(c.tag), c.figureText(r))
		if r.base != nil {
			fmt.Fprintf(&b, "    %s: %s\n", c.w("base"), r.base.Label(c.tag))
		}
	}

	clauses := c.comm.Clauses()
	// The count takes its noun by the CLDR plural rules: "1 положение",
	// "22 положения", "56 положений".
	fmt.Fprintf(&b, "\n"+c.w("communique")+"\n", l10n.Resolve(c.tag).AppendCount(nil, strconv.Itoa(len(clauses)), l10n.Clauses, false))
	fmt.Fprintf(&b, "  %s:", c.w("by-stance"))
	for i, s := range c.byStance() {
		sep := ","
		if i == 0 {
			sep = ""
		}
		fmt.Fprintf(&b, "%s %s %d", sep, s.key.Label(c.tag), s.n)
	}
	fmt.Fprintf(&b, "\n  %s:", c.w("by-topic"))
	for i, t := range c.byTopic() {
		if i == 10 {
			break
		}
		sep := ","
		if i == 0 {
			sep = ""
		}
		fmt.Fprintf(&b, "%s %s %d", sep, t.key.Label(c.tag), t.n)
	}
	// The clauses are quoted in the language the communiqué is written in.
	fmt.Fprintf(&b, "\n  %s:\n", c.w("quotes-"+c.comm.Language))
	for _, cl := range c.quotes() {
		fmt.Fprintf(&b, "  - [%s · CAMEO %s] %s\n", cl.Stance.Label(c.tag), cl.CAMEO(), shorten(cl.Text, 180))
	}

	fmt.Fprintf(&b, "\n%s:\n", c.w("findings"))
	if len(c.findings) == 0 {
		fmt.Fprintf(&b, "  %s\n", c.w("no-findings"))
	}
	for _, f := range c.findings {
		fmt.Fprintf(&b, "  - %s: %s\n", f.Severity.Label(c.tag), f.Label(c.tag))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// figureText words an observation: a level with its change ("up 24% to
// $4.4B"), a change alone ("up 8.3%") or a level alone.
func (c *card) figureText(r figureRow) string {
	switch {
	case r.obs.Change != nil && r.obs.Value != nil:
		return trade.GrowthLabel(c.tag, *r.obs.Change, *r.obs.Value)
	case r.obs.Change != nil:
		return trade.GrowthLabel(c.tag, *r.obs.Change, trade.Figure{})
	case r.obs.Value != nil:
		return r.obs.Value.Label(c.tag)
	}
	return ""
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strings.TrimRight(s[:n], " ,;") + "…"
}

type jsonCard struct {
	Version       int               `json:"version"`
	Year          int               `json:"year"`
	Lang          string            `json:"lang"`
	Style         string            `json:"style"`
	Relationship  jsonRelationship  `json:"relationship"`
	Anniversaries []jsonAnniversary `json:"anniversaries"`
	Visits        []jsonVisit       `json:"visits"`
	Ahead         []jsonVisit       `json:"ahead"`
	Figures       []jsonFigure      `json:"figures"`
	Communique    jsonCommunique    `json:"communique"`
	Findings      []jsonFinding     `json:"findings"`
}

type jsonRelationship struct {
	Parties     []string      `json:"parties"`
	Level       string        `json:"level"`
	LevelLabel  string        `json:"level_label"`
	Established timeline.Date `json:"established"`
	History     []jsonUpgrade `json:"history"`
}

type jsonUpgrade struct {
	Level string        `json:"level"`
	Label string        `json:"label"`
	On    timeline.Date `json:"on"`
}

type jsonAnniversary struct {
	Event string        `json:"event"`
	N     int           `json:"n"`
	On    timeline.Date `json:"on"`
	Label string        `json:"label"`
	Round bool          `json:"round"`
	Major bool          `json:"major"`
}

type jsonVisit struct {
	Event string        `json:"event"`
	Kind  timeline.Kind `json:"kind"`
	When  timeline.Span `json:"when"`
	Label string        `json:"label"`
	Title string        `json:"title"`
}

type jsonFigure struct {
	Indicator   string        `json:"indicator"`
	Period      trade.Period  `json:"period"`
	Value       *trade.Figure `json:"value,omitempty"`
	Change      *trade.Rate   `json:"change,omitempty"`
	ImpliedBase *trade.Figure `json:"implied_base,omitempty"`
	Label       string        `json:"label"`
}

type jsonCount struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

type jsonCommunique struct {
	Clauses  int         `json:"clauses"`
	ByStance []jsonCount `json:"by_stance"`
	ByTopic  []jsonCount `json:"by_topic"`
}

type jsonFinding struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Label   string `json:"label"`
}

func (c *card) writeJSON(w io.Writer) error {
	j := jsonCard{Version: 1, Year: c.year, Lang: c.lang, Style: c.style, Anniversaries: []jsonAnniversary{}, Visits: []jsonVisit{}, Ahead: []jsonVisit{},
		Figures: []jsonFigure{}, Findings: []jsonFinding{}}
	j.Relationship = jsonRelationship{Parties: []string{c.rel.Parties[0].String(), c.rel.Parties[1].String()}, Established: c.rel.Established}
	if l, ok := c.level(); ok {
		j.Relationship.Level, j.Relationship.LevelLabel = l.String(), l.Label(c.tag)
	}
	for _, u := range c.rel.History {
		j.Relationship.History = append(j.Relationship.History, jsonUpgrade{u.Level.String(), u.Level.Label(c.tag), u.On})
	}
	for _, o := range c.anniversaries() {
		j.Anniversaries = append(j.Anniversaries, jsonAnniversary{o.Event.ID, o.N, o.On, o.Label(c.tag), o.Round, o.Major})
	}
	for _, e := range c.visits() {
		j.Visits = append(j.Visits, jsonVisit{e.ID, e.Kind, e.When, e.When.Label(c.tag), e.Title.Label(c.tag)})
	}
	for _, e := range c.ahead() {
		j.Ahead = append(j.Ahead, jsonVisit{e.ID, e.Kind, e.When, e.When.Label(c.tag), e.Title.Label(c.tag)})
	}
	for _, r := range c.figures() {
		j.Figures = append(j.Figures, jsonFigure{r.series.Indicator, r.obs.Period, r.obs.Value, r.obs.Change, r.base, c.figureText(r)})
	}
	j.Communique.Clauses = len(c.comm.Clauses())
	j.Communique.ByStance, j.Communique.ByTopic = []jsonCount{}, []jsonCount{}
	for _, s := range c.byStance() {
		j.Communique.ByStance = append(j.Communique.ByStance, jsonCount{s.key.String(), s.key.Label(c.tag), s.n})
	}
	for _, t := range c.byTopic() {
		j.Communique.ByTopic = append(j.Communique.ByTopic, jsonCount{t.key.String(), t.key.Label(c.tag), t.n})
	}
	for _, f := range c.findings {
		j.Findings = append(j.Findings, jsonFinding{f.Code, f.Label(language.English), f.Label(c.tag)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(j)
}

func (c *card) writeICS(w io.Writer) error {
	return c.events.WriteICS(w, timeline.ICSOptions{
		Stamp:     time.Date(c.year, 1, 1, 0, 0, 0, 0, time.UTC),
		Lang:      c.tag,
		UIDDomain: "vietnam-russia.bilateral.invalid",
		Window:    c.yearSpan(),
	})
}
