// Throughput of the peer extractors on a folder of articles, for make bench
// beside gendata's: compromise (people, organisations, places and
// quotations, as tools/evalpeers/peers.mjs asks of it) and chrono-node
// (dates against the article's published date), each timed on its own over
// every NAME.txt, one process, one core.
//
//   node bench/peers.mjs DIR
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { cpuUsage, memoryUsage } from 'node:process';
import nlp from 'compromise';
import * as chrono from 'chrono-node';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/peers.mjs DIR');
  process.exit(2);
}
const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
if (files.length === 0) {
  console.error(`${dir}: no NAME.txt articles`);
  process.exit(1);
}
const docs = [];
let bytes = 0;
for (const file of files) {
  const text = await readFile(join(dir, file), 'utf8');
  let published;
  try {
    published = JSON.parse(await readFile(join(dir, file.replace(/\.txt$/, '.meta.json')), 'utf8')).published;
  } catch { /* no meta: chrono resolves against today */ }
  docs.push({ text, ref: published ? new Date(`${published}T12:00:00Z`) : new Date() });
  bytes += Buffer.byteLength(text);
}

let peak = 0;
const sample = () => { peak = Math.max(peak, memoryUsage().rss); };

/** @param {string} name @param {(d: {text: string, ref: Date}) => number} run */
function time(name, run) {
  const t0 = performance.now();
  const c0 = cpuUsage();
  let found = 0;
  for (const d of docs) {
    found += run(d);
    sample();
  }
  const wall = (performance.now() - t0) / 1000;
  const c = cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  console.log(`${name.padEnd(24)} ${(bytes / 1e6).toFixed(1)} MB in ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} CPU s: ` +
    `${(bytes / 1e6 / wall).toFixed(2)} MB/s, ${(bytes / 1e6 / cpu).toFixed(2)} MB per CPU s (${found} found)`);
}

time('compromise (ents+quotes)', (d) => {
  const doc = nlp(d.text);
  return doc.people().out('array').length + doc.organizations().out('array').length +
    doc.places().out('array').length + doc.quotations().out('array').length;
});
time('chrono-node (dates)', (d) => chrono.parse(d.text, d.ref).length);
console.log(`peers peak RSS ${(peak / 1e6).toFixed(0)} MB (one process, both peers)`);
