// node --test tests of every engine method through web/node.mjs: the wasm
// module readers run, with the embedded dataset compiled from seeds/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { loadEngine } from '../node.mjs';

const fixture = fileURLToPath(new URL('../../story/testdata/fixture.json', import.meta.url));

// The embedded dataset, compiled from seeds/: if the extractor finds no
// quotes in it, the tests that expect them fail.
const engine = await loadEngine();

const zelensky = () => engine.lookup('Volodymyr Zelensky')[0];

test('lookup', async (t) => {
  const cases = [
    { name: 'transliteration', query: 'zelenskyy', want: 'Volodymyr Zelensky' },
    { name: 'typo', query: 'putn', want: 'Vladimir Putin' },
    { name: 'multi-word org', query: 'wall street journal', want: 'Wall Street Journal' },
    { name: 'surname', query: 'musk', want: 'Elon Musk' },
    { name: 'prefix', query: 'donal', want: 'Donald Trump' },
  ];
  for (const c of cases) {
    await t.test(c.name, () => {
      const got = engine.lookup(c.query);
      assert.ok(got.length > 0, `lookup(${JSON.stringify(c.query)}) = []; want ${c.want} first`);
      assert.equal(got[0].name, c.want, `lookup(${JSON.stringify(c.query)})[0] = ${got[0].name}; want ${c.want}`);
      assert.deepEqual(Object.keys(got[0]), ['id', 'name', 'type', 'score']);
    });
  }
  await t.test('limit', () => {
    assert.ok(engine.lookup('a', { limit: 1 }).length <= 1);
    assert.ok(engine.lookup('a', 1).length <= 1);
  });
});

test('searchQuotes', async (t) => {
  await t.test('typos', () => {
    const got = engine.searchQuotes('ceasfire nonsence');
    assert.ok(got.length > 0, 'searchQuotes("ceasfire nonsence") = []');
    assert.match(got[0].text, /^A ceasefire is being proposed/);
    const q = got[0];
    assert.deepEqual(Object.keys(q).slice(0, 9), ['id', 'text', 'speaker', 'doc', 'date', 'score', 'highlights', 'sources', 'outletCount']);
    assert.deepEqual(q.sources[0], { doc: q.doc, start: q.sources[0].start, end: q.sources[0].end, text: q.text });
    assert.equal(q.outletCount, new Set(q.sources.map((s) => s.doc.outlet)).size);
    // Provenance on request: the paragraph the quote stands in, with its attribution.
    const [withEvidence] = engine.searchQuotes('ceasfire nonsence', { limit: 1, evidence: true });
    assert.equal(withEvidence.id, q.id);
    assert.equal(withEvidence.evidence.length, 1);
    assert.throws(() => engine.searchQuotes('x', { evidence: 'yes' }), { message: 'searchQuotes: "evidence" must be true or false' });
    q.evidence = withEvidence.evidence;
    assert.ok(q.evidence[0].text.includes(q.text) && /said/.test(q.evidence[0].text), `evidence ${q.evidence[0].text}`);
    assert.equal(q.evidence[0].outlet, q.doc.outlet);
    assert.equal(q.speaker?.name, 'Volodymyr Zelensky');
    assert.deepEqual(Object.keys(q.doc), ['id', 'outlet', 'title']);
    assert.match(q.date, /^\d{4}-\d\d-\d\d$/);
    const words = q.highlights.map(([s, e]) => q.text.slice(s, e).toLowerCase());
    assert.deepEqual(words, ['ceasefire', 'nonsense'], `highlights cover ${words}`);
  });
  await t.test('highlights are UTF-16 offsets', () => {
    for (const q of engine.searchQuotes('Trump’s Zelensky call')) {
      for (const [s, e] of q.highlights) {
        assert.ok(0 <= s && s < e && e <= q.text.length, `highlight [${s}, ${e}) outside ${q.text}`);
      }
    }
  });
  await t.test('speaker filter', () => {
    const id = zelensky().id;
    const got = engine.searchQuotes('', { speaker: id });
    assert.ok(got.length > 0);
    assert.ok(got.every((q) => q.speaker?.id === id));
    assert.deepEqual(engine.searchQuotes('nonsense', { speaker: 'no-such-entity' }), []);
  });
  await t.test('date filter', () => {
    assert.deepEqual(engine.searchQuotes('ceasefire', { to: '2001' }), []);
    assert.ok(engine.searchQuotes('ceasefire', { from: '2024-11' }).length > 0);
  });
  await t.test('limit', () => {
    assert.ok(engine.searchQuotes('the', { limit: 2 }).length <= 2);
  });
});

test('entity', () => {
  const id = zelensky().id;
  const c = engine.entity(id);
  assert.equal(c.name, 'Volodymyr Zelensky');
  assert.equal(c.type, 'person');
  for (const k of ['id', 'name', 'type', 'aliases', 'descriptors', 'quotes', 'events', 'relations', 'documents']) {
    assert.ok(k in c, `entity(${id}) has no ${k}`);
  }
  assert.ok(c.quotes.some((q) => q.text.startsWith('A ceasefire is being proposed')));
  assert.ok(c.documents.length >= 2, 'Zelensky is in both articles');
  assert.equal(c.sources, c.documents, 'entity().sources, the old name, is kept as an alias');
  for (const r of c.relations) {
    assert.ok(r.evidence.every((e) => e.text && e.outlet), `relation ${r.a}–${r.b} evidence lacks text or outlet`);
  }
  assert.equal(engine.entity('no-such-entity'), null);
});

test('timeline', () => {
  const events = engine.timeline();
  const call = events.find((e) => e.date.value === '2024-11-06');
  assert.ok(call, 'timeline() has no event on 2024-11-06 (the Trump–Zelensky call)');
  assert.deepEqual(Object.keys(call).slice(0, 5), ['id', 'date', 'text', 'entities', 'docs']);
  const values = events.map((e) => e.date.value);
  assert.deepEqual(values, [...values].sort(), 'timeline() is not in date order');
  const id = zelensky().id;
  assert.ok(engine.timeline({ entity: id }).every((e) => e.entities.includes(id)));
  const day = engine.timeline({ from: '2024-11-06', to: '2024-11-06' });
  assert.ok(day.some((e) => e.date.value === '2024-11-06'));
  assert.ok(day.every((e) => '2024-11-06'.startsWith(e.date.value)), 'timeline(2024-11-06) holds events of other dates');
  assert.deepEqual(engine.timeline({ entity: 'no-such-entity' }), []);
});

test('graph', () => {
  const g = engine.graph();
  assert.ok(g.nodes.length > 0 && g.relations.length > 0, 'graph() is empty');
  assert.equal(g.edges, g.relations, 'graph().edges, the old name, is kept as an alias');
  assert.deepEqual(Object.keys(g), ['nodes', 'relations']);
  const ids = new Set(g.nodes.map((n) => n.id));
  for (const n of g.nodes) {
    assert.deepEqual(Object.keys(n), ['id', 'name', 'type', 'weight', 'x', 'y']);
    assert.ok(n.x >= 0 && n.x <= 1000 && n.y >= 0 && n.y <= 1000, `node ${n.id} at ${n.x},${n.y}`);
  }
  for (const r of g.relations) {
    assert.ok(ids.has(r.a) && ids.has(r.b), `relation ${r.a}–${r.b} has no node`);
  }
  const id = zelensky().id;
  const ego = engine.graph({ entity: id });
  assert.ok(ego.nodes.some((n) => n.id === id));
  assert.deepEqual(engine.graph({ minWeight: 1e9 }), { nodes: [], relations: [] });
  assert.deepEqual(engine.graph({ entity: 'no-such-entity' }), { nodes: [], relations: [] });
});

test('stats', () => {
  const s = engine.stats();
  assert.deepEqual(Object.keys(s), ['documents', 'entities', 'quotes', 'events', 'relations', 'schema', 'version', 'outlets']);
  assert.equal(s.outlets, 2);
  assert.equal(s.schema, 1);
  assert.equal(s.documents, 2);
  assert.ok(s.entities > 0 && s.quotes > 0 && s.events > 0 && s.relations > 0);
  assert.equal(typeof s.version, 'string');
});

test('overview', () => {
  const o = engine.overview();
  const s = engine.stats();
  assert.deepEqual(Object.keys(o), ['title', 'counts', 'outlets', 'documents', 'people', 'organisations', 'events', 'contested', 'examples']);
  assert.equal(o.counts.quotes, s.quotes);
  assert.equal(o.counts.events, s.events);
  assert.equal(o.outlets.length, s.outlets);
  assert.ok(o.title.length > 0);
  assert.ok(o.events.length > 0 && o.events.length <= 8, `${o.events.length} key events`);
  for (const ev of o.events) {
    assert.ok(ev.label.length > 0 && ev.label.length <= 90, `label ${JSON.stringify(ev.label)}`);
    assert.ok(ev.coverage.outletCount >= 1 && ev.coverage.documents.length === ev.docs.length);
  }
  for (const p of o.examples.people) assert.ok(engine.lookup(p).length > 0, `people example ${p} finds no one`);
  for (const q of o.examples.quotes) assert.ok(engine.searchQuotes(q).length > 0, `quote example ${q} finds nothing`);
  for (const c of o.contested) {
    assert.ok(c.sides.length >= 2, `claim ${c.id} has ${c.sides.length} sides`);
    for (const side of c.sides) assert.ok(side.evidence.text && side.evidence.outlet, `claim ${c.id} side lacks evidence`);
  }
});

test('bad input gives an empty result or an Error, and the engine keeps answering', async (t) => {
  const huge = 'ceasefire '.repeat(100_000);
  const strings = ['', huge, 'x'.repeat(1 << 20), '\ud800', 'a\udc00b', '\u0000', '\u0000nonsense\u0000', '“”’'];
  const values = [undefined, null, 42, NaN, {}, [], () => 1, Symbol('s'), 10n, true];
  const limits = [-1, 0, 1e300, Infinity, -Infinity, NaN, 2 ** 53];
  const calls = [];
  for (const s of strings) {
    calls.push(['lookup', s], ['entity', s], ['searchQuotes', s], ['searchQuotes', 'nonsense', { speaker: s, doc: s, from: s, to: s }],
      ['timeline', { entity: s, from: s, to: s }], ['graph', { entity: s }]);
  }
  for (const v of values) {
    calls.push(['lookup', v], ['lookup', 'putin', v], ['entity', v], ['searchQuotes', v], ['searchQuotes', 'x', v],
      ['searchQuotes', 'x', { speaker: v }], ['searchQuotes', 'x', { limit: v }], ['timeline', v], ['timeline', { entity: v }],
      ['graph', v], ['graph', { minWeight: v }]);
  }
  for (const n of limits) {
    calls.push(['lookup', 'putin', { limit: n }], ['lookup', 'putin', n], ['searchQuotes', 'the', { limit: n }], ['graph', { minWeight: n }]);
  }
  for (const [method, ...args] of calls) {
    await t.test(`${method}(${args.map(show).join(', ')})`, () => {
      let got;
      try {
        got = engine[method](...args);
      } catch (err) {
        assert.ok(err instanceof Error, `${method} threw ${err}, not an Error`);
        assert.match(err.message, new RegExp(`^${method}: `), `${method} error message: ${err.message}`);
        return;
      }
      assert.ok(got === null || typeof got === 'object', `${method} answered ${typeof got}`);
      if (method === 'searchQuotes' && Array.isArray(got)) {
        const limit = args[1]?.limit;
        assert.ok(got.length <= 200, `searchQuotes gave ${got.length} results`);
        // Infinity and NaN are null in JSON: the default limit.
        if (args[0] === 'the' && (limit === Infinity || Number.isNaN(limit))) assert.ok(got.length > 0);
      }
    });
  }
  await t.test('error messages', () => {
    assert.throws(() => engine.lookup(42), { message: 'lookup: "name" must be a string' });
    assert.throws(() => engine.entity(undefined), { message: 'entity: "id" is required' });
    assert.throws(() => engine.searchQuotes('x', { speaker: 3 }), { message: 'searchQuotes: "speaker" must be a string' });
    assert.throws(() => engine.timeline('2024'), { message: 'timeline: "options" must be an object' });
    assert.throws(() => engine.graph({ minWeight: '2' }), { message: 'graph: "minWeight" must be a number' });
    assert.throws(() => engine.lookup('putin', { limit: 101 }), { message: 'lookup: "limit" must be an integer from 1 to 100' });
    assert.throws(() => engine.searchQuotes('x', { from: 'yesterday' }), { message: 'searchQuotes: "from" must be YYYY, YYYY-MM or YYYY-MM-DD; got "yesterday"' });
    assert.throws(() => engine.request({ method: 'nope' }), { message: 'call: no such method "nope"' });
  });
  await t.test('still answers', () => {
    assert.match(engine.searchQuotes('ceasfire nonsence')[0].text, /^A ceasefire is being proposed/);
    assert.equal(engine.lookup('zelenskyy')[0].name, 'Volodymyr Zelensky');
  });
});

test('runtime dataset', async (t) => {
  await t.test('from a path', async () => {
    const e = await loadEngine({ dataset: fixture });
    assert.equal(e.stats().version, 'fixture-1');
    assert.equal(e.lookup('putn')[0].name, 'Vladimir Putin');
  });
  await t.test('from JSON text and from an object', async () => {
    const text = readFileSync(fixture, 'utf8');
    for (const dataset of [text, JSON.parse(text)]) {
      const e = await loadEngine({ dataset });
      assert.equal(e.stats().quotes, JSON.parse(text).quotes.length);
    }
  });
  await t.test('invalid datasets are refused with a clear Error', async () => {
    const bad = [
      ['{"schema": 2}', /schema/],
      ['{not json', /not valid JSON/],
      ['{"schema":1,"documents":[],"entities":[],"events":[],"relations":[]}', /"quotes"/],
    ];
    for (const [dataset, want] of bad) {
      await assert.rejects(loadEngine({ dataset }), (err) => err instanceof Error && want.test(err.message));
    }
  });
  await t.test('the first engine is unaffected', () => {
    assert.equal(engine.lookup('zelenskyy')[0].name, 'Volodymyr Zelensky');
  });
});

function show(v) {
  if (typeof v === 'string') return v.length > 20 ? `${JSON.stringify(v.slice(0, 12))}…(${v.length})` : JSON.stringify(v);
  if (typeof v === 'symbol' || typeof v === 'bigint' || typeof v === 'function') return String(v).slice(0, 20);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
