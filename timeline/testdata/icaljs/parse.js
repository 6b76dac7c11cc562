// parse.js reads an iCalendar object on stdin with ical.js and writes, as
// JSON, the PRODID and every VEVENT: its UID, DTSTART, SUMMARY and, for
// the years argv[2]..argv[3], the days its recurrence set (RRULE minus
// EXDATE) falls on. The timeline tests run it to check WriteICS with a
// parser that is not theirs.
import ICAL from "ical.js";

const from = Number(process.argv[2] || 0), to = Number(process.argv[3] || 0);
let text = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) text += chunk;

const cal = new ICAL.Component(ICAL.parse(text));
if (cal.name !== "vcalendar") throw new Error("not a VCALENDAR: " + cal.name);
const events = cal.getAllSubcomponents("vevent").map((v) => {
  const ev = new ICAL.Event(v);
  const days = [];
  if (to > 0) {
    const it = ev.iterator();
    for (let t = it.next(); t && t.year <= to; t = it.next()) {
      if (t.year >= from) days.push(t.toString());
    }
  }
  return { uid: ev.uid, dtstart: ev.startDate.toString(), isDate: ev.startDate.isDate, summary: ev.summary, days };
});
process.stdout.write(JSON.stringify({ prodid: cal.getFirstPropertyValue("prodid"), events }));
