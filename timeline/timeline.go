package timeline

import (
	"encoding/json"
	"iter"
	"slices"
)

// Timeline is a collection of events with queries by span and by
// anniversary. Anniversaries are indexed by month and day, so that a query
// for a one-month window looks only at the events whose anniversaries can
// fall in it, whatever the size of the timeline.
//
// Build a Timeline with [Timeline.Add] from one goroutine; after that it is
// safe for concurrent reads. The zero value is an empty timeline using the
// [Feb28] leap policy; set Policy before adding events to change it.
type Timeline struct {
	// Policy places the anniversaries of February 29 in common years.
	Policy LeapPolicy

	events []Event
	ids    map[string]int
	day    [13][32][]int32 // day-precision origins by month and day
	month  [13][]int32     // month-precision origins by month
	year   []int32         // year-precision origins
}

// EventError reports an event that cannot be added to a timeline.
type EventError struct {
	ID     string
	Reason string
}

// Error implements the error interface.
func (e *EventError) Error() string { return "timeline: event " + quoteInput(e.ID) + ": " + e.Reason }

// Add appends e to the timeline. It fails with an [*EventError] when e has
// no ID, an ID already present, no start date, or a Kind out of range.
func (t *Timeline) Add(e Event) error {
	switch {
	case e.ID == "":
		return &EventError{Reason: "empty id"}
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
	i := int32(len(t.events))
	t.ids[e.ID] = len(t.events)
	t.events = append(t.events, e)
	o := e.When.Start
	switch {
	case o.Unspecified():
		// No defined anniversaries; see Anniversary.
	case o.Precision() == Day:
		t.day[o.m][o.d] = append(t.day[o.m][o.d], i)
	case o.Precision() == Month:
		t.month[o.m] = append(t.month[o.m], i)
	default:
		t.year = append(t.year, i)
	}
	return nil
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
// Windows of up to 400 days are answered from the month-day index without
// looking at other events.
func (t *Timeline) Anniversaries(window Span) iter.Seq[Occurrence] {
	return func(yield func(Occurrence) bool) {
		if window.IsOpen() {
			return
		}
		occ := t.collect(window)
		for _, o := range occ {
			if !yield(o) {
				return
			}
		}
	}
}

// Round yields the round anniversaries ([IsRound]) of [Timeline.Anniversaries].
func (t *Timeline) Round(window Span) iter.Seq[Occurrence] {
	return func(yield func(Occurrence) bool) {
		for o := range t.Anniversaries(window) {
			if o.Round && !yield(o) {
				return
			}
		}
	}
}

type indexed struct {
	Occurrence
	idx int32
}

func (t *Timeline) collect(window Span) []Occurrence {
	first, last := window.Start.firstDay(), window.End.lastDay()
	var found []indexed
	add := func(i int32, on Date) {
		e := t.events[i]
		n := on.Year() - e.When.Start.Year()
		if n >= 1 {
			found = append(found, indexed{newOccurrence(e, n, on), i})
		}
	}
	if last-first+1 > maxIndexedDays {
		for i, e := range t.events {
			o := e.When.Start
			if o.Unspecified() {
				continue
			}
			n := window.Start.Year() - o.Year()
			if n < 1 {
				n = 1
			}
			for ; ; n++ {
				a := t.Policy.Anniversary(o, n)
				if a.IsZero() || a.firstDay() > last {
					break
				}
				if window.Contains(a) {
					found = append(found, indexed{newOccurrence(e, n, a), int32(i)})
				}
			}
		}
	} else {
		for dn := first; dn <= last; dn++ {
			d := dayFromNumber(dn)
			y, m, day := int(d.y), d.m, d.d
			for _, i := range t.day[m][day] {
				add(i, d)
			}
			if !isLeap(y) {
				// Anniversaries of February 29 in a common year.
				if (t.Policy == Feb28 && m == 2 && day == 28) || (t.Policy == Mar1 && m == 3 && day == 1) {
					for _, i := range t.day[2][29] {
						add(i, d)
					}
				}
			}
			if day == 1 {
				if md := (Date{y: d.y, m: m, p: Month}); window.Contains(md) {
					for _, i := range t.month[m] {
						add(i, md)
					}
				}
				if m == 1 {
					if yd := (Date{y: d.y, p: Year}); window.Contains(yd) {
						for _, i := range t.year {
							add(i, yd)
						}
					}
				}
			}
		}
	}
	slices.SortStableFunc(found, func(a, b indexed) int {
		if c := a.On.Compare(b.On); c != 0 {
			return c
		}
		return cmpInt(int(a.idx), int(b.idx))
	})
	out := make([]Occurrence, len(found))
	for i := range found {
		out[i] = found[i].Occurrence
	}
	return out
}

// MarshalJSON writes the timeline as a JSON array of its events.
func (t *Timeline) MarshalJSON() ([]byte, error) {
	if t.events == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(t.events)
}

// UnmarshalJSON reads a JSON array of events and adds each to t, failing on
// the first event [Timeline.Add] refuses.
func (t *Timeline) UnmarshalJSON(b []byte) error {
	var events []Event
	if err := json.Unmarshal(b, &events); err != nil {
		return err
	}
	for _, e := range events {
		if err := t.Add(e); err != nil {
			return err
		}
	}
	return nil
}
