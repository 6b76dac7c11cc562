package timeline

import (
	"bytes"
	"encoding/json"
	"iter"
	"reflect"
	"slices"
	"unicode/utf8"
)

// Timeline is a collection of events with queries by span and by
// anniversary. Anniversaries are indexed by month and day, so that a query
// for a one-month window looks only at the events whose anniversaries can
// fall in it, whatever the size of the timeline.
//
// Build a Timeline with [Timeline.Add] from one goroutine; after that it is
// safe for concurrent reads. The zero value is an empty timeline using the
// [LeapPolicyFeb28] leap policy; set Policy before adding events to change it.
type Timeline struct {
	// Policy places the anniversaries of February 29 in common years.
	Policy LeapPolicy

	events []Event
	ids    map[string]int
	day    [13][32][]origin // day-precision origins by month and day
	month  [13][]origin     // month-precision origins by month
	year   []origin         // year-precision origins
}

// origin is an index entry: the event's index and the year of its origin,
// kept beside it so that a query computes ordinals without reading events.
type origin struct {
	i int32
	y uint16
}

// EventError reports an event that cannot be added to a timeline.
type EventError struct {
	ID     string
	Reason string
}

// Error implements the error interface.
func (e *EventError) Error() string { return "timeline: event " + quoteInput(e.ID) + ": " + e.Reason }

// Add appends e to the timeline. It fails with an [*EventError] when e has
// no ID, an ID already present, no start date, a Kind out of range, or a
// string that is not valid UTF-8 (the error names the field, by its JSON
// name: "title.vi", "place", "source.quote"): Add refuses such bytes rather
// than replacing them, so that what a timeline holds is what was added, and
// its JSON and iCalendar forms can write it unchanged.
func (t *Timeline) Add(e Event) error {
	switch {
	case e.ID == "":
		return &EventError{Reason: "empty id"}
	case !utf8.ValidString(e.ID):
		return &EventError{ID: e.ID, Reason: "id is not valid UTF-8"}
	}
	if f := e.invalidUTF8(); f != "" {
		return &EventError{ID: e.ID, Reason: f + " is not valid UTF-8"}
	}
	switch {
	case e.When.Start.IsZero():
		return &EventError{ID: e.ID, Reason: "no start date"}
	case e.Kind >= kindEnd:
		return &EventError{ID: e.ID, Reason: "kind " + e.Kind.String() + " out of range"}
	}
	if _, dup := t.ids[e.ID]; dup {
		return &EventError{ID: e.ID, Reason: "duplicate id"}
	}
	if t.ids == nil {
		t.ids = make(map[string]int)
	}
	i := origin{i: int32(len(t.events)), y: e.When.Start.y}
	t.ids[e.ID] = len(t.events)
	t.events = append(t.events, e)
	o := e.When.Start
	switch {
	case o.Unspecified():
		// No defined anniversaries; see Anniversary.
	case o.Precision() == PrecisionDay:
		t.day[o.m][o.d] = append(t.day[o.m][o.d], i)
	case o.Precision() == PrecisionMonth:
		t.month[o.m] = append(t.month[o.m], i)
	default:
		t.year = append(t.year, i)
	}
	return nil
}

// invalidUTF8 returns the JSON name of the first string field of e, other
// than the ID, that is not valid UTF-8, or "".
func (e *Event) invalidUTF8() string {
	for _, f := range [...]struct {
		name, s string
	}{
		{"title.en", e.Title.EN}, {"title.vi", e.Title.VI}, {"title.ru", e.Title.RU},
		{"subject.en", e.Subject.EN}, {"subject.vi", e.Subject.VI}, {"subject.ru", e.Subject.RU},
		{"place", e.Place}, {"source.document", e.Source.Document}, {"source.quote", e.Source.Quote},
	} {
		if !utf8.ValidString(f.s) {
			return f.name
		}
	}
	for _, p := range e.Participants {
		if !utf8.ValidString(p) {
			return "participant"
		}
	}
	return ""
}

// Len returns the number of events.
func (t *Timeline) Len() int { return len(t.events) }

// Event returns the event with the given ID.
func (t *Timeline) Event(id string) (Event, bool) {
	i, ok := t.ids[id]
	if !ok {
		return Event{}, false
	}
	return t.events[i], true
}

// Events yields every event in the order they were added.
func (t *Timeline) Events() iter.Seq[Event] {
	return func(yield func(Event) bool) {
		for _, e := range t.events {
			if !yield(e) {
				return
			}
		}
	}
}

// Between yields, in the order they were added, the events whose When
// shares at least one day with s ([Span.Overlaps]).
func (t *Timeline) Between(s Span) iter.Seq[Event] {
	return func(yield func(Event) bool) {
		for _, e := range t.events {
			if e.When.Overlaps(s) && !yield(e) {
				return
			}
		}
	}
}

// maxIndexedDays is the longest window Anniversaries answers from the
// month-day index; longer windows walk the events year by year.
const maxIndexedDays = 400

// Anniversaries yields every anniversary n ≥ 1 of every event that lies
// within window ([Span.Contains]), ordered by date ([Date.Compare]) and then
// by the order the events were added. An anniversary keeps the precision of
// its origin (the event's When.Start): a day-precision origin has its
// anniversary on a day, a month-precision one in a month and a year-precision
// one in a year, which lies within the window only when the window covers
// that whole month or year. So a one-month window yields the day
// anniversaries in it and, if it covers a whole month, the month ones; the
// window 2025 yields them all. Origins with unspecified digits have none.
// An open window yields nothing.
//
// Windows of up to 400 days are answered from the month-day index, day by
// day, without looking at other events and without allocating; longer
// windows walk every event year by year and sort what they find.
func (t *Timeline) Anniversaries(window Span) iter.Seq[Occurrence] {
	return func(yield func(Occurrence) bool) {
		if window.IsOpen() {
			return
		}
		first, last := window.Start.firstDay(), window.End.lastDay()
		if last-first+1 > maxIndexedDays {
			for _, o := range t.scan(window) {
				if !yield(o) {
					return
				}
			}
			return
		}
		for dn := first; dn <= last; dn++ {
			if !t.yieldDay(window, dayFromNumber(dn), yield) {
				return
			}
		}
	}
}

// RoundAnniversaries yields the occurrences of [Timeline.Anniversaries] in
// window whose count is round ([IsRound]: 5, 10, 15, …): the ones worth a
// celebration.
func (t *Timeline) RoundAnniversaries(window Span) iter.Seq[Occurrence] {
	return func(yield func(Occurrence) bool) {
		for o := range t.Anniversaries(window) {
			if o.Round && !yield(o) {
				return
			}
		}
	}
}

// yieldDay yields the anniversaries falling on day d in the order of
// Date.Compare: the year ones (on January 1), the month ones (on the first),
// then the day ones, each group in the order the events were added.
func (t *Timeline) yieldDay(window Span, d Date, yield func(Occurrence) bool) bool {
	y, m, day := int(d.y), d.m, d.d
	if day == 1 {
		if m == 1 {
			if yd := (Date{y: d.y, pf: uint8(PrecisionYear)}); window.Contains(yd) {
				if !t.yieldList(t.year, nil, yd, yield) {
					return false
				}
			}
		}
		if md := (Date{y: d.y, m: m, pf: uint8(PrecisionMonth)}); window.Contains(md) {
			if !t.yieldList(t.month[m], nil, md, yield) {
				return false
			}
		}
	}
	var leap []origin // anniversaries of February 29 in a common year
	if !isLeap(y) && ((t.Policy == LeapPolicyFeb28 && m == 2 && day == 28) || (t.Policy == LeapPolicyMar1 && m == 3 && day == 1)) {
		leap = t.day[2][29]
	}
	return t.yieldList(t.day[m][day], leap, d, yield)
}

// yieldList yields the anniversaries on on of the events in a and b, two
// lists of origins in increasing order of event index, merged.
func (t *Timeline) yieldList(a, b []origin, on Date, yield func(Occurrence) bool) bool {
	for len(a) > 0 || len(b) > 0 {
		var o origin
		if len(b) == 0 || (len(a) > 0 && a[0].i < b[0].i) {
			o, a = a[0], a[1:]
		} else {
			o, b = b[0], b[1:]
		}
		if n := int(on.y) - int(o.y); n >= 1 {
			if !yield(newOccurrence(&t.events[o.i], n, on)) {
				return false
			}
		}
	}
	return true
}

// scan finds the anniversaries in a long window by walking every event.
func (t *Timeline) scan(window Span) []Occurrence {
	type indexed struct {
		Occurrence
		idx int
	}
	last := window.End.lastDay()
	var found []indexed
	for i := range t.events {
		e := &t.events[i]
		o := e.When.Start
		if o.Unspecified() {
			continue
		}
		n := max(window.Start.Year()-o.Year(), 1)
		for ; ; n++ {
			a := t.Policy.Anniversary(o, n)
			if a.IsZero() || a.firstDay() > last {
				break
			}
			if window.Contains(a) {
				found = append(found, indexed{newOccurrence(e, n, a), i})
			}
		}
	}
	slices.SortFunc(found, func(a, b indexed) int {
		if c := a.On.Compare(b.On); c != 0 {
			return c
		}
		return cmpInt(a.idx, b.idx)
	})
	out := make([]Occurrence, len(found))
	for i := range found {
		out[i] = found[i].Occurrence
	}
	return out
}

// timelineJSON is the JSON form of a Timeline.
type timelineJSON struct {
	Policy *LeapPolicy `json:"policy"`
	Events []Event     `json:"events"`
}

// MarshalJSON writes the timeline as a JSON object with its leap policy
// and its events in the order they were added:
//
//	{"policy":"feb28","events":[{"id":"relations",…},…]}
//
// It has a value receiver, so that a Timeline held by value in a struct
// marshals its events too. A Policy out of range is an error.
func (t Timeline) MarshalJSON() ([]byte, error) {
	events := t.events
	if events == nil {
		events = []Event{}
	}
	return json.Marshal(timelineJSON{Policy: &t.Policy, Events: events})
}

// UnmarshalJSON reads what [Timeline.MarshalJSON] writes, or a bare JSON
// array of events, and replaces the contents of t with it: every event is
// added in order as by [Timeline.Add], and the policy is set when the input
// names one (a bare array, or an object without "policy", keeps t.Policy).
// It is all or nothing: on any error, including the first event Add
// refuses, t is left unchanged. JSON null leaves t unchanged, and an object with
// fields other than "policy" and "events" is an error.
func (t *Timeline) UnmarshalJSON(b []byte) error {
	var in timelineJSON
	root := "timeline.events"
	switch v := bytes.TrimSpace(b); {
	case string(v) == "null":
		return nil
	case len(v) > 0 && v[0] == '[':
		root = "timeline"
		if err := json.Unmarshal(v, &in.Events); err != nil {
			return jsonError(root, v, reflect.TypeFor[[]Event](), json.Unmarshal, err)
		}
	default:
		if err := decodeStrict(v, &in); err != nil {
			return jsonError("timeline", v, reflect.TypeFor[timelineJSON](), decodeStrict, err)
		}
	}
	fresh := Timeline{Policy: t.Policy}
	if in.Policy != nil {
		fresh.Policy = *in.Policy
	}
	for i, e := range in.Events {
		if err := fresh.Add(e); err != nil {
			return &JSONError{Path: root + "[" + itoa(i) + "]", Err: err}
		}
	}
	*t = fresh
	return nil
}

// decodeStrict decodes data into v, refusing fields v does not have.
func decodeStrict(data []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.DisallowUnknownFields()
	return d.Decode(v)
}
