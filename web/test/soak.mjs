// Soak run of the engine: many mixed queries, good and hostile, through the
// same engine.mjs that readers run. It reports wasm memory, RSS and the
// number of JS values the Go side holds (js.Func and js.Value leaks show up
// there) after the first tenth of the queries and at the end.
//
//   node web/test/soak.mjs [QUERIES]        (make soak: 100,000)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../engine.mjs';
import { loadEngine } from '../node.mjs';
import { rng } from '../../bench/rng.mjs';

const dist = new URL('../../dist/', import.meta.url);


/**
 * Runs n queries and returns memory figures after the first `at` queries
 * and at the end.
 * @param {number} n
 * @param {number} [at] default: the first tenth
 */
export async function soak(n, at = Math.floor(n / 10)) {
  await loadEngine(); // defines globalThis.Go from dist/wasm_exec.js
  let go;
  class TrackedGo extends globalThis.Go {
    constructor() {
      super();
      go = this; // eslint-disable-line consistent-this
    }
  }
  let instance;
  const engine = await createEngine({
    wasm: await readFile(fileURLToPath(new URL('storylens.wasm', dist))),
    Go: TrackedGo,
    onInstance: (i) => { instance = i; },
  });

  const quotes = engine.searchQuotes('the', { limit: 50 }).map((q) => q.text);
  const words = quotes.join(' ').split(/[^\p{L}]+/u).filter((w) => w.length > 3);
  const ids = engine.lookup('a', { limit: 50 }).map((e) => e.id);
  const big = 'x'.repeat(1 << 20);
  const rand = rng(42);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const typo = (w) => {
    const i = Math.floor(rand() * w.length);
    return w.slice(0, i) + w.slice(i + 1);
  };
  const hostile = [
    undefined, null, 42, NaN, {}, [], () => 1, big, '\ud800', 'a\u0000b', '\udfff\ud800',
    '<img src=x onerror=alert(1)>', 'javascript:alert(1)', ''.padEnd(5000, '\u0301'),
  ];
  const calls = [
    () => engine.searchQuotes(`${typo(pick(words))} ${pick(words)}`, { limit: 5 }),
    () => engine.searchQuotes(pick(words), { limit: 10, speaker: pick(ids) }),
    () => engine.lookup(typo(pick(words)), { limit: 5 }),
    () => engine.entity(pick(ids)),
    () => engine.entity('no-such-entity'),
    () => engine.timeline({ entity: pick(ids) }),
    () => engine.graph({ minWeight: 1 }),
    () => engine.stats(),
    () => engine.searchQuotes(pick(hostile), { limit: pick([1, 1e9, -5, NaN, 'x']) }),
    () => engine.lookup(pick(hostile), pick(hostile)),
    () => engine.entity(pick(hostile)),
    () => engine.timeline(pick(hostile)),
    () => engine.graph(pick(hostile)),
  ];

  const measure = () => {
    globalThis.gc?.();
    return {
      wasm: instance.exports.mem.buffer.byteLength,
      rss: process.memoryUsage().rss,
      goValues: go._values.length - go._idPool.length, // live references
    };
  };
  let errors = 0;
  let first;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    try {
      pick(calls)();
    } catch (e) {
      if (!(e instanceof Error)) throw new Error(`query ${i} threw a non-Error: ${e}`);
      errors++;
    }
    if (i + 1 === at) first = measure();
  }
  const last = measure();
  engine.stats(); // still answering
  return { queries: n, errors, seconds: (performance.now() - t0) / 1000, first, last };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] || 100000);
  const r = await soak(n);
  const mb = (b) => (b / 1048576).toFixed(1);
  console.log(`soak: ${r.queries} queries in ${r.seconds.toFixed(1)} s, ${r.errors} rejected with Error`);
  for (const k of ['wasm', 'rss']) {
    const growth = ((r.last[k] - r.first[k]) / r.first[k]) * 100;
    console.log(`  ${k} memory: ${mb(r.first[k])} MB after ${n / 10} queries, ${mb(r.last[k])} MB after ${n} (${growth.toFixed(1)}%)`);
  }
  console.log(`  JS values held by Go: ${r.first.goValues} then ${r.last.goValues}`);
}
