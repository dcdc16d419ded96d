// Runs the peer extractors on a folder of articles and prints their
// predictions in evalgold's -pred JSON form, so that one scorer judges
// StoryLens and the peers alike:
//   compromise   people, places, organisations and quotations
//   chrono-node  dates, resolved against the article's published date
//
//   node tools/evalpeers/peers.mjs ARTICLES_DIR > peers.json
//   go run ./tools/evalgold -pred peers.json -gold GOLD_DIR
//
// The peers get the same raw page text StoryLens gets. Neither attributes
// speakers or removes boilerplate, so those stay empty. To be fair to
// compromise, a one-word person name that is the last word of a longer
// person name is merged into it as an alias, as a reader would.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import nlp from 'compromise';
import * as chrono from 'chrono-node';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node tools/evalpeers/peers.mjs ARTICLES_DIR');
  process.exit(2);
}

const clean = (s) => s.replace(/^[\s"'“”‘’(]+|[\s"'“”‘’.,;:!?)]+$/g, '').replace(/[’']s$/, '');

/** @param {string[]} names @param {string} type */
function entities(names, type) {
  const seen = new Map();
  for (const raw of names) {
    const name = clean(raw);
    if (name && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), { name, type, aliases: [name] });
  }
  const list = [...seen.values()];
  if (type !== 'person') return list;
  const full = list.filter((e) => e.name.includes(' '));
  return list.filter((e) => {
    if (e.name.includes(' ')) return true;
    const owner = full.find((f) => f.name.split(' ').pop().toLowerCase() === e.name.toLowerCase());
    if (owner) owner.aliases.push(e.name);
    return !owner;
  });
}

/** @param {import('chrono-node').ParsedResult} r */
function date(r) {
  const k = r.start.knownValues;
  const v = (u) => r.start.get(u);
  const pad = (n) => String(n).padStart(2, '0');
  if (k.day !== undefined || k.weekday !== undefined) {
    return { value: `${v('year')}-${pad(v('month'))}-${pad(v('day'))}`, precision: 'day' };
  }
  if (k.month !== undefined) return { value: `${v('year')}-${pad(v('month'))}`, precision: 'month' };
  if (k.year !== undefined) return { value: String(v('year')), precision: 'year' };
  return null; // a bare time of day
}

const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
const articles = [];
for (const file of files) {
  const text = await readFile(join(dir, file), 'utf8');
  let published;
  try {
    published = JSON.parse(await readFile(join(dir, file.replace(/\.txt$/, '.meta.json')), 'utf8')).published;
  } catch { /* no meta: chrono resolves against today, as it would in use */ }
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date();
  const doc = nlp(text);
  const dates = [];
  for (const r of chrono.parse(text, ref)) {
    const d = date(r);
    if (d) dates.push({ text: r.text.trim(), ...d });
  }
  articles.push({
    article: file,
    entities: [
      ...entities(doc.people().out('array'), 'person'),
      ...entities(doc.organizations().out('array'), 'org'),
      ...entities(doc.places().out('array'), 'place'),
    ],
    quotes: doc.quotations().out('array').map((q) => ({ text: clean(q) })).filter((q) => q.text),
    dates,
    boilerplate: [],
  });
}
process.stdout.write(JSON.stringify({ articles }, null, 1) + '\n');
