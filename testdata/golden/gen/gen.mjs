// Generates labels.{en,vi,ru}.json: the expected output of internal/l10n,
// produced by ICU through Node's Intl (Node 20 with ICU 78, CLDR 48).
// Run from the module root:  node testdata/golden/gen/gen.mjs
// The Go tests read the JSON; they never run Node.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const utc = { timeZone: "UTC" };
const D = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

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
  // Day ranges: same month, across months, across years.
  const ranges = [
    [2025, 1, 14, 2025, 1, 15], [2024, 6, 19, 2024, 6, 20], [2024, 9, 8, 2024, 9, 10], [2024, 6, 30, 2024, 7, 2],
    [2024, 12, 30, 2025, 1, 2], [2025, 2, 27, 2025, 3, 3], [2023, 11, 1, 2024, 2, 29], [2025, 5, 9, 2025, 5, 9],
  ];
  for (const [a, b, c, d, e, f] of ranges) out.push({ fn: "range", args: [a, b, c, d, e, f], want: long.formatRange(D(a, b, c), D(d, e, f)) });
  for (const [a, b, d, e] of [[2024, 1, 2024, 9], [2024, 1, 2024, 11], [2023, 11, 2024, 2], [2021, 1, 2025, 12]])
    out.push({ fn: "range", args: [a, b, 0, d, e, 0], want: ym.formatRange(D(a, b, 1), D(d, e, 1)) });
  for (const [a, d] of [[2021, 2025], [1945, 2025], [2001, 2012]])
    out.push({ fn: "range", args: [a, 0, 0, d, 0, 0], want: y.formatRange(D(a, 1, 1), D(d, 1, 1)) });
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
  writeFileSync(join(here, "..", `labels.${l}.json`), JSON.stringify({ icu: process.versions.icu, cldr: process.versions.cldr, cases: c }, null, 1) + "\n");
  console.log(l, c.length, "cases");
}
