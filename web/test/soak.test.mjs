// A reduced soak in make test; make soak runs 100,000 queries and prints
// the machine-dependent figures (process RSS) this test leaves out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { soak } from './soak.mjs';

test('wasm memory and Go-held JS values stay flat from 30,000 to 60,000 mixed queries', async () => {
  const n = 60000;
  const r = await soak(n, 30000);
  assert.ok(r.errors > 0, 'hostile queries should be rejected with Error');
  // The same queries in the same order allocate the same Go heap, and Go's
  // collector is paced by heap size, not by time: the wasm memory is the
  // same on any machine. Once the heap has reached its working size it
  // must not grow: a leak of one answer per query would. The working size
  // depends on what Open left behind: with the dataset decoded on gjson
  // the heap is smaller (9.9 MB of wasm memory at 10,000 queries, not
  // 10.7 MB) and reaches it between 20,000 and 30,000 queries.
  assert.equal(r.last.wasm, r.first.wasm,
    `wasm memory grew from ${r.first.wasm} to ${r.last.wasm} bytes between 30,000 and ${n} queries`);
  // Go releases references when its finalizers run, so the count wanders;
  // a js.Func or js.Value leaked per call would pass ${n} by the end.
  assert.ok(r.last.goValues < 1000, `Go holds ${r.last.goValues} JS values after ${n} queries: a js.Func or js.Value leaks`);
});
