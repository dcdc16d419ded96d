// A reduced soak in make test; make soak runs 100,000 queries and prints
// the memory figures (wasm memory, process RSS) this test leaves out: how
// far the Go heap grows before a collection runs depends on the collector's
// pacing, which measures time. The engine's memory is checked
// deterministically by story.TestDoRetainsNothing (reachable heap after a
// forced collection, natively).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { soak } from './soak.mjs';

test('30,000 mixed queries are answered or rejected with an Error, and Go does not keep their JS values', async () => {
  const n = 30000;
  const r = await soak(n, 10000);
  assert.ok(r.errors > 0, 'hostile queries should be rejected with Error');
  // Go releases references when its finalizers run, so the count wanders
  // with the collector's timing; but collections are forced by heap size
  // (each query allocates), so the count stays within the references of
  // the queries since the last collection (245 to 567 on the machine this
  // was written on), while a js.Func or js.Value leaked per call would pass
  // ${n} by the end.
  assert.ok(r.last.goValues < 1000, `Go holds ${r.last.goValues} JS values after ${n} queries: a js.Func or js.Value leaks`);
});
