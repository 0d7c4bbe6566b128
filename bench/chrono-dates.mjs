// The chrono-node peer for bench/score-dates: the dates chrono finds in each
// document, resolved against the document's creation date.
//
//   node bench/chrono-dates.mjs < docs.json > found.json
//
// Input: [{"id", "text", "dct": "YYYY-MM-DD"}]. Output: [{"id", "found": [...]}]
// where each found date is {"begin", "end", "text", "first", "last",
// "granularity"}: begin/end are code-point offsets into text (not UTF-16
// units), first/last the days chrono resolved the start and end to, and
// granularity the finest unit chrono was certain of ("day", "month", "year"),
// or "time" when it was certain of a time of day but of no date part.
// Run it with TZ=UTC; the reference instant is noon of the creation date.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));
const chrono = require('chrono-node');

// The code-point offset of each UTF-16 index of text (one past the end included).
function codePointIndex(text) {
  const index = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; ++i) {
    index[i] = cp;
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 === text.length) ++cp;  // a low surrogate counts with its high one
  }
  index[text.length] = cp;
  return index;
}

const iso = (d) => d.toISOString().slice(0, 10);

function granularity(c) {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return c.isCertain('hour') ? 'time' : 'day';
}

const docs = JSON.parse(readFileSync(0, 'utf8'));
const out = [];
for (const doc of docs) {
  const [y, m, d] = doc.dct.split('-').map(Number);
  const ref = new Date(Date.UTC(y, m - 1, d, 12));
  const cp = codePointIndex(doc.text);
  const found = [];
  for (const r of chrono.parse(doc.text, ref)) {
    const g = granularity(r.start);
    found.push({
      begin: cp[r.index],
      end: cp[r.index + r.text.length],
      text: r.text,
      first: iso(r.start.date()),
      last: iso((r.end ?? r.start).date()),
      granularity: g,
    });
  }
  out.push({ id: doc.id, found });
}
process.stdout.write(JSON.stringify(out));
