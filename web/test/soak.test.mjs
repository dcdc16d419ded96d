// A reduced soak in make test; make soak runs 100,000 queries.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { soak } from './soak.mjs';

test('memory stays flat over 20,000 mixed queries', async () => {
  const r = await soak(20000);
  assert.ok(r.errors > 0, 'hostile queries should be rejected with Error');
  for (const k of ['wasm', 'rss']) {
    const growth = (r.last[k] - r.first[k]) / r.first[k];
    assert.ok(growth <= 0.10, `${k} grew ${(growth * 100).toFixed(1)}% between 2,000 and 20,000 queries; want ≤ 10%`);
  }
  assert.equal(r.last.goValues, r.first.goValues, 'JS values held by Go grew: a js.Func or js.Value leaks');
});
