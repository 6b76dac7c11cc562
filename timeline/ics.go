package timeline

import (
	"bufio"
	"errors"
	"io"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
)

// ICSOptions controls [Timeline.WriteICS].
type ICSOptions struct {
	// ProdID is the calendar's PRODID, escaped as TEXT like every string
	// WriteICS writes; empty means "-//bilateral-go//bilateral//EN".
	ProdID string
	// Stamp is written as every event's DTSTAMP, so that the same timeline
	// always gives the same bytes; the zero Stamp means
	// 1970-01-01T00:00:00Z, so the zero ICSOptions is deterministic too.
	Stamp time.Time
	// Lang picks the language of SUMMARY lines ([Text.Label]).
	Lang language.Tag
	// UIDDomain is appended to every UID after "@"; empty means
	// "bilateral.invalid". Keep it stable: calendars use UIDs to update
	// events they already hold.
	UIDDomain string
	// Window, when not open, adds one VEVENT for every anniversary in it
	// ([Timeline.Anniversaries]), titled with its ordinal.
	Window Span
	// Recurring adds, for every event with a day-precision start, a yearly
	// recurring VEVENT of its anniversaries from the first one on (RRULE,
	// RFC 5545 §3.3.10), placed by the timeline's LeapPolicy for February 29.
	// With a Window too, each series leaves out (EXDATE, §3.8.5.1) the days
	// on which the window lists that event's anniversary, so that every
	// anniversary is shown once.
	Recurring bool
}

// ErrNoStamp was returned by [Timeline.WriteICS] when [ICSOptions.Stamp]
// was zero.
//
// Deprecated: WriteICS no longer returns it: a zero Stamp is written as
// 1970-01-01T00:00:00Z.
var ErrNoStamp = errors.New("timeline: ICSOptions.Stamp is zero; set it so output is deterministic")

// WriteICS writes the timeline as an iCalendar object (RFC 5545): a
// VCALENDAR with VERSION:2.0 and PRODID, and one all-day VEVENT per event,
// in the order added, with DTSTART;VALUE=DATE on the first day the event
// covers and the exclusive DTEND;VALUE=DATE after its last day (§3.6.1), a
// stable UID made of the event ID, the DTSTAMP of opts, SUMMARY, LOCATION and
// DESCRIPTION. Events open at the end last one day. The zero ICSOptions is
// valid and deterministic. Anniversaries in
// opts.Window and yearly series (opts.Recurring) follow. Every string from
// the caller or the events (PRODID, UID, SUMMARY, LOCATION, DESCRIPTION)
// is a TEXT value, escaped (§3.3.11): a newline in it is written as \n, a
// tab as a space, other control characters are dropped and bytes that are
// not valid UTF-8 become U+FFFD, so no value can start a line of its own.
// Lines are folded at 75 octets without splitting a UTF-8 sequence (§3.1),
// and every line ends in CRLF.
//
// WriteICS stops at the first error w returns and returns it; w may then
// hold part of the calendar.
func (t *Timeline) WriteICS(w io.Writer, opts ICSOptions) error {
	iw := icsWriter{w: bufio.NewWriter(w)}
	prod := opts.ProdID
	if prod == "" {
		prod = "-//bilateral-go//bilateral//EN"
	}
	domain := opts.UIDDomain
	if domain == "" {
		domain = "bilateral.invalid"
	}
	stamp := []byte("19700101T000000Z")
	if !opts.Stamp.IsZero() {
		stamp = opts.Stamp.UTC().AppendFormat(nil, "20060102T150405Z")
	}
	lang := l10n.Match(opts.Lang)

	iw.line("BEGIN:VCALENDAR")
	iw.line("VERSION:2.0")
	iw.text("PRODID", prod)
	iw.line("CALSCALE:GREGORIAN")
	for _, e := range t.events {
		if iw.err != nil {
			return iw.err
		}
		start := e.When.Start
		end := e.When.End
		if end.IsZero() {
			end = start
		}
		iw.begin(e.ID, domain, stamp)
		iw.dates(start.firstDay(), end.lastDay())
		iw.text("SUMMARY", e.Title.Label(opts.Lang))
		if e.Place != "" {
			iw.text("LOCATION", e.Place)
		}
		iw.text("DESCRIPTION", e.Kind.Label(opts.Lang)+". "+e.When.String())
		iw.line("END:VEVENT")
	}
	var listed map[*Event][]int // the days the window lists, by event with a series
	if !opts.Window.IsOpen() {
		for o := range t.Anniversaries(opts.Window) {
			if iw.err != nil {
				return iw.err
			}
			if opts.Recurring && hasSeries(o.Event.When.Start) {
				if listed == nil {
					listed = make(map[*Event][]int)
				}
				listed[o.Event] = append(listed[o.Event], o.On.firstDay())
			}
			iw.begin(o.Event.ID+"-"+itoa(o.N), domain, stamp)
			iw.dates(o.On.firstDay(), o.On.lastDay())
			iw.text("SUMMARY", string(appendAnniversary(nil, lang, o.N, o.Event, opts.Lang)))
			iw.text("DESCRIPTION", o.Event.Title.Label(opts.Lang)+". "+o.Event.When.String())
			iw.line("END:VEVENT")
		}
	}
	if opts.Recurring {
		for i := range t.events {
			if iw.err != nil {
				return iw.err
			}
			e := &t.events[i]
			o := e.When.Start
			if !hasSeries(o) {
				continue
			}
			first := t.Policy.Anniversary(o, 1)
			if first.IsZero() {
				continue
			}
			iw.begin(e.ID+"-anniversary", domain, stamp)
			iw.dates(first.firstDay(), first.lastDay())
			switch {
			case o.m == 2 && o.d == 29 && t.Policy == LeapPolicyMar1:
				iw.line("RRULE:FREQ=YEARLY;BYYEARDAY=60") // Feb 29 in leap years, Mar 1 otherwise
			case o.m == 2 && o.d == 29:
				iw.line("RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1") // Feb 29 in leap years, Feb 28 otherwise
			default:
				iw.line("RRULE:FREQ=YEARLY")
			}
			for _, d := range listed[e] {
				iw.line("EXDATE;VALUE=DATE:" + basicDate(d))
			}
			iw.text("SUMMARY", anniversaryTitle(lang, e, opts.Lang))
			iw.text("DESCRIPTION", e.Title.Label(opts.Lang)+". "+e.When.String())
			iw.line("END:VEVENT")
		}
	}
	iw.line("END:VCALENDAR")
	if iw.err != nil {
		return iw.err
	}
	return iw.w.Flush()
}

// hasSeries reports whether an event starting on origin gets a yearly
// series from [ICSOptions.Recurring]: it starts on a specified day.
func hasSeries(origin Date) bool { return origin.Precision() == PrecisionDay && !origin.Unspecified() }

// subject returns what an anniversary of e is "of" in the language of tag.
// subject returns what an anniversary of e is "of" in the language of tag:
// its Subject, written to follow the phrase, or else its Title, a name
// that does not (titled is then true).
func subject(e *Event, tag language.Tag) (s string, titled bool) {
	if e == nil {
		return "", false
	}
	if s := e.Subject.Label(tag); s != "" {
		return s, false
	}
	return e.Title.Label(tag), true
}

// appendAnniversary writes the phrase of the n-th anniversary of e; see
// [Occurrence.Label].
func appendAnniversary(b []byte, l l10n.Lang, n int, e *Event, tag language.Tag) []byte {
	s, titled := subject(e, tag)
	if titled {
		return l10n.AppendAnniversaryTitled(b, l, n, s)
	}
	return l10n.AppendAnniversary(b, l, n, s)
}

// anniversaryTitle titles a yearly series, which has no single ordinal:
// "Anniversary of the strategic partnership", or with a title in quotation
// marks, "Anniversary: “State visit to Vietnam”".
func anniversaryTitle(l l10n.Lang, e *Event, tag language.Tag) string {
	s, titled := subject(e, tag)
	var head string
	switch l {
	case l10n.VI:
		head = "Kỷ niệm"
	case l10n.RU:
		head = "Годовщина"
	default:
		head = "Anniversary"
		if !titled {
			head += " of"
		}
	}
	if titled {
		return string(l10n.AppendQuoted([]byte(head+": "), l, s))
	}
	return head + " " + s
}

type icsWriter struct {
	w   *bufio.Writer
	err error
	buf []byte
}

func (iw *icsWriter) begin(id, domain string, stamp []byte) {
	iw.line("BEGIN:VEVENT")
	iw.text("UID", id+"@"+domain)
	iw.line("DTSTAMP:" + string(stamp))
}

func (iw *icsWriter) dates(first, last int) {
	iw.line("DTSTART;VALUE=DATE:" + basicDate(first))
	iw.line("DTEND;VALUE=DATE:" + basicDate(last+1))
}

// basicDate writes day number n as an RFC 5545 DATE (YYYYMMDD). The day
// after 9999-12-31 is written as 10000-01-01 would be, which no calendar
// reaches in practice; civil handles it.
func basicDate(n int) string {
	y, m, d := civil(n)
	b := appendPadded(nil, y, 4)
	b = appendPadded(b, int(m), 2)
	return string(appendPadded(b, d, 2))
}

// text writes a property whose value is TEXT, escaped per RFC 5545
// §3.3.11: backslash, semicolon and comma are escaped, a newline is written
// as \n, a tab as a space, and every other control character (C0, DEL and
// C1, CR included) is dropped, so that no value can end its line. Bytes that
// are not valid UTF-8 are written as U+FFFD, one for each bad byte.
func (iw *icsWriter) text(name, value string) {
	b := append(iw.buf[:0], name...)
	b = append(b, ':')
	for i := 0; i < len(value); {
		c := value[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(value[i:])
			switch {
			case r == utf8.RuneError && n == 1:
				b = utf8.AppendRune(b, utf8.RuneError)
			case unicode.IsControl(r):
				// dropped: a C1 control
			default:
				b = append(b, value[i:i+n]...)
			}
			i += n
			continue
		}
		switch c {
		case '\\', ';', ',':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\t':
			b = append(b, ' ')
		default:
			if c >= 0x20 && c != 0x7f {
				b = append(b, c)
			} // else dropped: a C0 control or DEL; CR only ever precedes LF
		}
		i++
	}
	iw.buf = b
	iw.line(string(b))
}

// line writes one content line, folded at 75 octets (§3.1): continuation
// lines start with a space, and no valid UTF-8 sequence is split. A byte
// that is not part of a valid sequence is a unit of its own, so every fold
// moves on.
func (iw *icsWriter) line(s string) {
	if iw.err != nil {
		return
	}
	limit := 75
	for len(s) > limit {
		cut := foldAt(s, limit)
		iw.write(s[:cut])
		iw.write("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	iw.write(s)
	iw.write("\r\n")
}

// foldAt returns the longest prefix of s, at most limit ≥ 4 bytes, that
// ends on a boundary of the units utf8.DecodeRuneInString reads: a valid
// sequence, or a single byte of an invalid one. It is at least 1.
func foldAt(s string, limit int) int {
	cut := 0
	for cut < len(s) {
		_, n := utf8.DecodeRuneInString(s[cut:])
		if cut+n > limit {
			break
		}
		cut += n
	}
	return cut
}

func (iw *icsWriter) write(s string) {
	if iw.err == nil {
		_, iw.err = iw.w.WriteString(s)
	}
}
