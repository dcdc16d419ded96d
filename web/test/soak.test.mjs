// A reduced soak in make test; make soak runs 100,000 queries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { soak } from './soak.mjs';

test('memory stays flat from 10,000 to 30,000 mixed queries', async () => {
  const n = 30000;
  const r = await soak(n, 10000);
  assert.ok(r.errors > 0, 'hostile queries should be rejected with Error');
  for (const k of ['wasm', 'rss']) {
    const growth = (r.last[k] - r.first[k]) / r.first[k];
    assert.ok(growth <= 0.10, `${k} grew ${(growth * 100).toFixed(1)}% between 10,000 and ${n} queries; want ≤ 10%`);
  }
  // Go releases references when its finalizers run, so the count wanders;
  // a js.Func or js.Value leaked per call would pass ${n} by the end.
  assert.ok(r.last.goValues < 1000, `Go holds ${r.last.goValues} JS values after ${n} queries: a js.Func or js.Value leaks`);
});
