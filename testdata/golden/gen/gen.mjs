// Generates labels.{en,vi,ru}.json: the expected output of internal/l10n.
// Run from the module root, after `npm ci --prefix testdata/golden/gen`
// (package.json pins the CLDR JSON packages; node_modules is not committed):
//
//	node testdata/golden/gen/gen.mjs
//
// Two oracles, both independent of the Go code:
//
//   - ICU through Node's Intl (Node 20 with ICU 78, CLDR 48) for numbers,
//     plurals, ordinals, dates and day ranges.
//   - The CLDR 48 data itself (the cldr-dates-full package) for month and
//     year ranges, quarters and periods, formatted below by the interval
//     rules of UTS #35 (Part 4, "Interval Formats"). Node is not the oracle
//     there: for { year, month: "long" } V8 hands ICU a skeleton it rebuilt
//     from the options, and ICU then misses the Russian intervalFormats
//     entry yMMMM/M ("LLLL – LLLL y г.") and falls back to two full dates
//     joined by intervalFormatFallback ("январь 2024 г. – сентябрь 2024 г.").
//     Intl has no quarter format at all.
//
// Known divergence left in the "date" cases: V8's format() (not
// formatRange()) replaces U+202F NARROW NO-BREAK SPACE with U+0020 for web
// compatibility, so Russian single dates read "30 января 2024 г." with a
// plain space where the CLDR 48 pattern "d MMMM y 'г'." has U+202F.
// The Go tests read the JSON; they never run Node.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

const here = dirname(fileURLToPath(import.meta.url));
const utc = { timeZone: "UTC" };
const D = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

// ---- CLDR 48 data, formatted by UTS #35 ----------------------------------

const cldrVersion = require("cldr-dates-full/package.json").version;

function gregorian(l) {
  return require(`cldr-dates-full/main/${l}/ca-gregorian.json`).main[l].dates.calendars.gregorian;
}

// tokens splits a CLDR date pattern into fields ("MMMM") and literals
// (quoted text unquoted, '' read as ').
function tokens(pat) {
  const out = [];
  for (let i = 0; i < pat.length; ) {
    const c = pat[i];
    if (c === "'") {
      let j = i + 1, lit = "";
      if (pat[j] === "'") { out.push({ lit: "'" }); i += 2; continue; }
      for (; j < pat.length; j++) {
        if (pat[j] === "'") {
          if (pat[j + 1] === "'") { lit += "'"; j++; continue; }
          break;
        }
        lit += pat[j];
      }
      out.push({ lit });
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (pat[j] === c) j++;
      out.push({ field: c, n: j - i });
      i = j;
    } else {
      out.push({ lit: c });
      i++;
    }
  }
  return out;
}

// field formats one pattern field of the date {y, m, d} (q = quarter).
function field(g, t, v) {
  switch (t.field) {
    case "y": return String(v.y);
    case "M": case "L": {
      const ctx = t.field === "M" ? "format" : "stand-alone";
      if (t.n === 4) return g.months[ctx].wide[v.m];
      if (t.n === 3) return g.months[ctx].abbreviated[v.m];
      return t.n === 2 ? String(v.m).padStart(2, "0") : String(v.m);
    }
    case "Q": case "q": {
      const ctx = t.field === "Q" ? "format" : "stand-alone";
      if (t.n === 4) return g.quarters[ctx].wide[v.q];
      if (t.n === 3) return g.quarters[ctx].abbreviated[v.q];
      return String(v.q);
    }
    case "d": return t.n === 2 ? String(v.d).padStart(2, "0") : String(v.d);
  }
  throw new Error("unsupported pattern field " + t.field.repeat(t.n));
}

function formatPattern(g, pat, v) {
  return tokens(pat).map((t) => (t.lit !== undefined ? t.lit : field(g, t, v))).join("");
}

// formatInterval applies an intervalFormats pattern: UTS #35 splits it where
// the first field repeats (M and L count as one field); the part before
// takes the start, the rest the end.
function formatInterval(g, pat, a, b) {
  const ts = tokens(pat), seen = new Set();
  const norm = (f) => ({ L: "M", q: "Q" })[f] ?? f;
  let cut = ts.length;
  for (let i = 0; i < ts.length; i++) {
    if (ts[i].field === undefined) continue;
    const f = norm(ts[i].field);
    if (seen.has(f)) { cut = i; break; }
    seen.add(f);
  }
  const part = (xs, v) => xs.map((t) => (t.lit !== undefined ? t.lit : field(g, t, v))).join("");
  return part(ts.slice(0, cut), a) + part(ts.slice(cut), b);
}

// cldrMonthRange formats the months (y1, m1)–(y2, m2) by the yMMMM skeleton
// (m = 0: years by the y skeleton), choosing the intervalFormats entry by
// the greatest differing field.
function cldrRange(l, y1, m1, y2, m2) {
  const g = gregorian(l), f = g.dateTimeFormats;
  const skel = m1 === 0 ? "y" : "yMMMM";
  const a = { y: y1, m: m1 }, b = { y: y2, m: m2 };
  if (y1 === y2 && m1 === m2) return formatPattern(g, f.availableFormats[skel], a);
  const diff = y1 !== y2 ? "y" : "M";
  return formatInterval(g, f.intervalFormats[skel][diff], a, b);
}

// cldrQuarter formats quarter q of year y by the yQQQQ skeleton.
function cldrQuarter(l, y, q) {
  const g = gregorian(l);
  return formatPattern(g, g.dateTimeFormats.availableFormats.yQQQQ, { y, q });
}

// cldrPeriod is the label of an SDMX-style period code as trade.Period.Label
// writes it: a year by y, a quarter by yQQQQ, a month by yMMMM, whole years
// by the y interval, any other run of months by the yMMMM interval.
function cldrPeriod(l, code) {
  const part = (s) => {
    const y = Number(s.slice(0, 4));
    if (s.length === 4) return [y, 1, y, 12];
    if (s[5] === "Q") { const q = Number(s[6]); return [y, 3 * q - 2, y, 3 * q]; }
    const m = Number(s.slice(6)); return [y, m, y, m];
  };
  const [a, b] = code.split("/");
  const [y1, m1] = part(a);
  const [, , y2, m2] = part(b ?? a);
  if (m1 === 1 && m2 === 12) return cldrRange(l, y1, 0, y2, 0);
  if (y1 === y2 && m1 % 3 === 1 && m2 === m1 + 2) return cldrQuarter(l, y1, (m1 + 2) / 3);
  return cldrRange(l, y1, m1, y2, m2);
}

function cases(l) {
  const out = [];
  const long = new Intl.DateTimeFormat(l, { ...utc, dateStyle: "long" });
  const ym = new Intl.DateTimeFormat(l, { ...utc, year: "numeric", month: "long" });
  const y = new Intl.DateTimeFormat(l, { ...utc, year: "numeric" });
  // Dates: every month of several years, at each precision.
  for (const year of [1945, 1950, 2001, 2024, 2025]) {
    for (let m = 1; m <= 12; m++) {
      for (const d of [1, 9, 30]) {
        if (m === 2 && d === 30) continue;
        out.push({ fn: "date", args: [year, m, d], want: long.format(D(year, m, d)) });
      }
      out.push({ fn: "date", args: [year, m, 0], want: ym.format(D(year, m, 1)) });
    }
    out.push({ fn: "date", args: [year, 0, 0], want: y.format(D(year, 1, 1)) });
  }
  // Days and months of an unknown year: the MMMMd and MMMM skeletons.
  const md = new Intl.DateTimeFormat(l, { ...utc, month: "long", day: "numeric" });
  const mo = new Intl.DateTimeFormat(l, { ...utc, month: "long" });
  for (let m = 1; m <= 12; m++) {
    for (const d of [1, 8, 29]) out.push({ fn: "date", args: [0, m, d], want: md.format(D(2000, m, d)) });
    out.push({ fn: "date", args: [0, m, 0], want: mo.format(D(2000, m, 1)) });
  }
  for (const [b, c, e, f] of [[7, 25, 7, 27], [1, 14, 1, 15], [7, 30, 8, 2], [12, 30, 12, 31], [2, 28, 3, 1]])
    out.push({ fn: "range", args: [0, b, c, 0, e, f], want: md.formatRange(D(2000, b, c), D(2000, e, f)) });
  // Day ranges: same month, across months, across years.
  const ranges = [
    [2025, 1, 14, 2025, 1, 15], [2024, 6, 19, 2024, 6, 20], [2024, 9, 8, 2024, 9, 10], [2024, 6, 30, 2024, 7, 2],
    [2024, 12, 30, 2025, 1, 2], [2025, 2, 27, 2025, 3, 3], [2023, 11, 1, 2024, 2, 29], [2025, 5, 9, 2025, 5, 9],
  ];
  for (const [a, b, c, d, e, f] of ranges) out.push({ fn: "range", args: [a, b, c, d, e, f], want: long.formatRange(D(a, b, c), D(d, e, f)) });
  // Month and year ranges: from the CLDR data, not Intl (see the top).
  for (const [a, b, d, e] of [[2024, 1, 2024, 9], [2024, 1, 2024, 11], [2023, 11, 2024, 2], [2021, 1, 2025, 12],
    [2024, 1, 2024, 2], [2024, 10, 2024, 12], [1950, 5, 1950, 8], [2024, 12, 2025, 1]])
    out.push({ fn: "range", args: [a, b, 0, d, e, 0], want: cldrRange(l, a, b, d, e) });
  for (const [a, d] of [[2021, 2025], [1945, 2025], [2001, 2012], [2024, 2025]])
    out.push({ fn: "range", args: [a, 0, 0, d, 0, 0], want: cldrRange(l, a, 0, d, 0) });
  // Quarters and statistical periods: from the CLDR data.
  for (const year of [1950, 2024, 2025]) for (let q = 1; q <= 4; q++) out.push({ fn: "quarter", args: [year, q], want: cldrQuarter(l, year, q) });
  for (const code of ["2024", "2024-Q1", "2024-Q3", "2024-M01", "2024-M09", "2024-M12", "2024-M01/2024-M09", "2024-M01/2024-M03",
    "2024-M01/2024-M02", "2024-M01/2024-M11", "2023-M11/2024-M02", "2021/2025", "2024-Q1/2024-Q2", "2023-Q4/2024-Q1", "1950-M05/1950-M08",
    "2021-M01/2025-M06", "2024-M04/2024-M12"])
    out.push({ fn: "period", args: [code], want: cldrPeriod(l, code) });
  // Numbers across magnitudes and signs.
  const nums = ["0", "1", "-1", "5", "21", "999", "1000", "1234.5", "-8.3", "0.05", "12.345", "204000", "1000000", "2500000",
    "4400000000", "-4400000000", "3548387096", "1250000000000", "999999", "1000000000000000", "7", "100.5", "-0.5"];
  const nf = new Intl.NumberFormat(l);
  const cs = new Intl.NumberFormat(l, { notation: "compact" });
  const cl = new Intl.NumberFormat(l, { notation: "compact", compactDisplay: "long" });
  for (const n of nums) {
    out.push({ fn: "decimal", args: [n], want: nf.format(n) });
    out.push({ fn: "compact", args: [n], want: cs.format(n) });
    out.push({ fn: "compactLong", args: [n], want: cl.format(n) });
  }
  for (const n of ["21000", "2000000", "5000000000", "1000", "11000", "22000000", "1500"]) {
    out.push({ fn: "compactLong", args: [n], want: cl.format(n) });
  }
  const c4 = new Intl.NumberFormat(l, { notation: "compact", maximumSignificantDigits: 4 });
  const c4l = new Intl.NumberFormat(l, { notation: "compact", compactDisplay: "long", maximumSignificantDigits: 4 });
  for (const n of ["3493975903.61", "3603238866.4", "3548387096.77", "204000", "1234567", "123456", "999999", "9999.5", "12.3456", "4400000000", "1000"]) {
    out.push({ fn: "compact4", args: [n], want: c4.format(n) });
    out.push({ fn: "compact4Long", args: [n], want: c4l.format(n) });
    out.push({ fn: "money4", args: [n, "USD"], want: new Intl.NumberFormat(l, { style: "currency", currency: "USD", notation: "compact", maximumSignificantDigits: 4 }).format(n) });
  }
  const pf = new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 3 });
  for (const p of ["8.3", "24", "82", "-3.2", "0.5", "100", "1234.5"]) {
    out.push({ fn: "percent", args: [p], want: pf.format(String(Number(p) / 100)) });
  }
  for (const cur of ["USD", "EUR", "VND", "RUB", "CNY"]) {
    for (const n of ["4400000000", "12.5", "-12.5", "1250000000000", "0.994"]) {
      out.push({ fn: "money", args: [n, cur], want: new Intl.NumberFormat(l, { style: "currency", currency: cur }).format(n) });
      out.push({ fn: "moneyCompact", args: [n, cur], want: new Intl.NumberFormat(l, { style: "currency", currency: cur, notation: "compact" }).format(n) });
    }
  }
  const pr = new Intl.PluralRules(l);
  for (let i = 0; i <= 200; i++) out.push({ fn: "plural", args: [String(i)], want: pr.select(i) });
  for (const n of ["1.5", "4.4", "0.1", "2.25"]) out.push({ fn: "plural", args: [n], want: pr.select(n) });
  if (l === "en") {
    const or = new Intl.PluralRules("en", { type: "ordinal" });
    const suf = { one: "st", two: "nd", few: "rd", other: "th" };
    for (let i = 1; i <= 200; i++) out.push({ fn: "ordinal", args: [i], want: i + suf[or.select(i)] });
  }
  return out;
}

for (const l of ["en", "vi", "ru"]) {
  const c = cases(l);
  writeFileSync(join(here, "..", `labels.${l}.json`), JSON.stringify({ icu: process.versions.icu, cldr: process.versions.cldr, cldrJson: cldrVersion, cases: c }, null, 1) + "\n");
  console.log(l, c.length, "cases");
}
