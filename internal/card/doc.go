// Package card is the Vietnam–Russia relationship card that the
// vietnam-russia example and "bilateral card" print for a year: the level of
// the relationship and its history, the anniversaries of the year, the
// visits, the trade and people-to-people figures with their growth and
// implied bases, the joint communiqué's clauses by stance and topic, and the
// cross-checks — every figure computed by the bilateral packages from the
// curated data in testdata/vietnam-russia and the source texts in
// testdata/sources.
//
// [Options] are the flags both programs share; [Write] prints the card as
// text, JSON or iCalendar.
//
// The JSON output is one object, schema version 1:
//
//	{"version":1, "year":2025, "lang":"en",
//	 "relationship": {"parties":["VN","RU"], "level":"VN:…", "level_label":"…",
//	                  "established":"1950-01-30", "history":[{"level","label","on"}]},
//	 "anniversaries": [{"event","n","on","label","round","major"}],
//	 "visits": [{"event","kind","when","label","title"}],
//	 "ahead": [{"event","kind","when","label","title"}],
//	 "figures": [{"indicator","period","value","change","implied_base","label"}],
//	 "communique": {"clauses":N, "by_stance":[{"stance","label","count"}], "by_topic":[…]},
//	 "findings": [{"code","message","label"}]}
//
// The ics output is an RFC 5545 calendar of the events and of their
// anniversaries in the year.
package card
