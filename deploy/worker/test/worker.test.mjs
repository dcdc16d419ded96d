// The built worker under `wrangler dev` (make build first; make test does):
// every endpoint, bad input, CORS, the widget's files and their headers,
// and the contract: each API answer is the wasm engine's answer to the
// same call. Prints the bundle size and cold-start figures.
//
// Only 127.0.0.1 is contacted, with bounded loops.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine } from '../../../web/node.mjs';
import { startWorker } from './wrangler.mjs';
import { measure, report } from './size.mjs';
import { generate } from './requests.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const v1 = join(root, 'build/assets/storylens/v1');
const version = readdirSync(v1, { withFileTypes: true }).find((d) => d.isDirectory())?.name;
const release = join(v1, version ?? '');

let worker;
let engine;
const figures = {};

before(async () => {
  assert.ok(version, `no release under ${v1}; run make build`);
  worker = await startWorker();
  figures.readyMs = worker.readyMs;
  let t = performance.now();
  const res = await fetch(worker.url + '/api/stats');
  await res.text();
  figures.firstMs = performance.now() - t;
  figures.startToFirstMs = performance.now() - worker.startedAt;
  assert.equal(res.status, 200, 'first request');
  for (const [key, path] of [['statsMs', '/api/stats'], ['searchMs', '/api/search?q=war&limit=10'], ['noEngineMs', '/api/nothing'], ['assetMs', `/storylens/v1/${version}/embed.js`]]) {
    const times = [];
    for (let i = 0; i < 15; i++) {
      t = performance.now();
      await (await fetch(worker.url + path)).arrayBuffer();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    figures[key] = [times[0], times[times.length >> 1]];
  }
  engine = await loadEngine({ wasm: join(release, 'storylens.wasm'), wasmExec: join(release, 'wasm_exec.js') });
});

after(async () => {
  await worker?.stop();
  if (!worker) return;
  const ms = (n) => `${n.toFixed(0)} ms`;
  console.log([
    '',
    'StoryLens worker figures (wrangler dev, workerd, this machine)',
    `wrangler dev start to ready:        ${ms(figures.readyMs)}`,
    `first request (GET /api/stats):     ${ms(figures.firstMs)}`,
    `start to first answer:              ${ms(figures.startToFirstMs)}`,
    'later requests, 15 each, min / median:',
    `  GET /api/stats                    ${ms(figures.statsMs[0])} / ${ms(figures.statsMs[1])}`,
    `  GET /api/search?q=war&limit=10    ${ms(figures.searchMs[0])} / ${ms(figures.searchMs[1])}`,
    `  GET /api/nothing (404)            ${ms(figures.noEngineMs[0])} / ${ms(figures.noEngineMs[1])}`,
    `  GET embed.js (static asset)       ${ms(figures.assetMs[0])} / ${ms(figures.assetMs[1])}`,
    report(measure()),
    '',
  ].join('\n'));
});

async function get(path, init) {
  const res = await fetch(worker.url + path, { redirect: 'manual', ...init });
  const text = await res.text();
  return { res, text, status: res.status, headers: res.headers };
}

function enc(params) {
  return new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined)).toString();
}

describe('contract: the API answers as the wasm engine does', () => {
  // Cases come from the dataset itself, so they hold whatever it holds.
  function cases() {
    const out = [
      ['stats', '/api/stats', () => engine.stats()],
      ['overview', '/api/overview', () => engine.overview()],
      ['graph', '/api/graph', () => engine.graph()],
      ['graph minWeight', '/api/graph?minWeight=2', () => engine.graph({ minWeight: 2 })],
      ['timeline', '/api/timeline', () => engine.timeline()],
      ['timeline dates', '/api/timeline?from=2024&to=2024-11', () => engine.timeline({ from: '2024', to: '2024-11' })],
      ['search empty', '/api/search?q=', () => engine.searchQuotes('')],
    ];
    for (const q of ['zelenskyy', 'putn', 'Musk', 'donal', 'wall street journal', 'Vladímir Pütin', 'x']) {
      out.push([`lookup ${q}`, `/api/lookup?${enc({ q })}`, () => engine.lookup(q)]);
      out.push([`lookup ${q} limit 3`, `/api/lookup?${enc({ q, limit: 3 })}`, () => engine.lookup(q, { limit: 3 })]);
    }
    for (const q of ['war', 'ceasfire nonsence', 'we agreed', 'contact', 'Україна', '“quoted”']) {
      out.push([`search ${q}`, `/api/search?${enc({ q })}`, () => engine.searchQuotes(q)]);
      out.push([`search ${q} limit 2 from 2024`, `/api/search?${enc({ q, limit: 2, from: '2024' })}`,
        () => engine.searchQuotes(q, { limit: 2, from: '2024' })]);
    }
    const ids = [...new Set([...engine.graph().nodes.map((n) => n.id), ...engine.lookup('a', { limit: 5 }).map((m) => m.id)])].slice(0, 6);
    for (const id of ids) {
      out.push([`entity ${id}`, `/api/entity/${encodeURIComponent(id)}`, () => engine.entity(id)]);
      out.push([`timeline ${id}`, `/api/timeline?${enc({ entity: id })}`, () => engine.timeline({ entity: id })]);
      out.push([`graph ${id}`, `/api/graph?${enc({ entity: id, minWeight: 1 })}`, () => engine.graph({ entity: id, minWeight: 1 })]);
    }
    const quote = engine.searchQuotes('the', { limit: 50 }).find((h) => h.speaker) ?? engine.searchQuotes('a', { limit: 50 }).find((h) => h.speaker);
    if (quote) {
      const { speaker, doc } = quote;
      out.push([`search speaker ${speaker.id}`, `/api/search?${enc({ speaker: speaker.id })}`, () => engine.searchQuotes('', { speaker: speaker.id })]);
      out.push([`search doc ${doc.id}`, `/api/search?${enc({ q: 'the', doc: doc.id })}`, () => engine.searchQuotes('the', { doc: doc.id })]);
    }
    return out;
  }

  test('500 generated requests, good and bad, get the same answers', async () => {
    const words = engine.searchQuotes('the', { limit: 30 }).flatMap((q) => q.text.split(/[^\p{L}]+/u)).filter((w) => w.length > 3);
    const ids = [...new Set([...engine.graph().nodes.map((n) => n.id), ...engine.overview().people.map((p) => p.id)])];
    assert.ok(ids.length > 0, 'the dataset names no one');
    const docs = engine.overview().documents.map((d) => d.id);
    const all = generate(500, { ids, docs, words });
    let bad = 0;
    let notFound = 0;
    for (const { method, args, path } of all) {
      let want;
      try {
        want = { answer: engine[method](...args) };
      } catch (err) {
        want = { error: err.message };
        bad++;
      }
      const { status, text } = await get(path);
      const body = JSON.parse(text);
      if (status === 404) notFound++;
      const got = status === 400 ? { error: body.error } : { answer: body };
      assert.deepStrictEqual(got, want, `${method}(${JSON.stringify(args).slice(0, 120)}) vs GET ${path.slice(0, 120)} (${status})`);
    }
    assert.ok(bad >= 50 && bad <= 450 && notFound >= 10, `${bad} bad and ${notFound} not-found requests of 500: the mix is off`);
  });

  test('every case', async (t) => {
    const all = cases();
    assert.ok(all.length >= 30, `only ${all.length} cases`);
    for (const [name, path, call] of all) {
      await t.test(name, async () => {
        const { status, text, headers } = await get(path);
        assert.equal(status, 200, `GET ${path}: ${text}`);
        assert.equal(headers.get('content-type'), 'application/json; charset=utf-8');
        assert.deepStrictEqual(JSON.parse(text), call(), `GET ${path}`);
      });
    }
  });
});

describe('endpoints', () => {
  test('every endpoint answers JSON with CORS and a cache lifetime', async () => {
    const id = engine.graph().nodes[0]?.id ?? engine.lookup('a')[0]?.id;
    const paths = ['/api/stats', '/api/lookup?q=putin', '/api/search?q=war', '/api/timeline', '/api/graph'];
    if (id) paths.push(`/api/entity/${id}`);
    for (const path of paths) {
      const { status, headers, text } = await get(path);
      assert.equal(status, 200, `GET ${path}: ${text}`);
      assert.equal(headers.get('access-control-allow-origin'), '*', path);
      assert.equal(headers.get('cache-control'), 'public, max-age=300', path);
      assert.doesNotThrow(() => JSON.parse(text), path);
    }
  });

  test('HEAD has the headers and no body', async () => {
    const { status, text, headers } = await get('/api/stats', { method: 'HEAD' });
    assert.equal(status, 200);
    assert.equal(text, '');
    assert.equal(headers.get('content-type'), 'application/json; charset=utf-8');
  });

  test('HEAD of an error has its status and no body', async () => {
    const { status, text } = await get('/api/entity/nobody-at-all', { method: 'HEAD' });
    assert.equal(status, 404);
    assert.equal(text, '');
  });

  test('CORS preflight', async () => {
    const { status, headers } = await get('/api/search?q=x', {
      method: 'OPTIONS',
      headers: { Origin: 'https://news.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-requested-with' },
    });
    assert.equal(status, 204);
    assert.equal(headers.get('access-control-allow-origin'), '*');
    assert.equal(headers.get('access-control-allow-methods'), 'GET, HEAD, OPTIONS');
    assert.equal(headers.get('access-control-allow-headers'), 'x-requested-with');
  });

  const long = 'ж'.repeat(513);
  const bad = [
    ['unknown endpoint', 'GET', '/api/nothing', 404, 'no such endpoint'],
    ['lookup without q', 'GET', '/api/lookup', 400, 'lookup: "name" is required'],
    ['q too long', 'GET', `/api/search?${enc({ q: long })}`, 400, 'longer than 512'],
    ['query string too long', 'GET', `/api/search?q=${'a'.repeat(8192)}`, 400, 'query string longer'],
    ['invalid UTF-8', 'GET', '/api/search?q=%ff', 400, 'not valid UTF-8'],
    ['limit 0', 'GET', '/api/lookup?q=x&limit=0', 400, 'from 1 to 100'],
    ['limit 201', 'GET', '/api/search?q=x&limit=201', 400, 'from 1 to 200'],
    ['limit 1e3', 'GET', '/api/search?q=x&limit=1e3', 400, 'from 1 to 200'],
    ['limit not a number', 'GET', '/api/search?q=x&limit=ten', 400, '"limit" must be a number'],
    ['bad date', 'GET', '/api/timeline?from=last-week', 400, '"from" must be'],
    ['bad minWeight', 'GET', '/api/graph?minWeight=-3', 400, '"minWeight" must be'],
    ['bad id', 'GET', '/api/entity/%22%3E%3Cscript%3E', 400, 'not an ID'],
    ['unknown parameter', 'GET', '/api/graph?min_weight=2', 400, 'unknown parameter'],
    ['repeated parameter', 'GET', '/api/lookup?q=a&q=b', 400, 'more than once'],
    ['POST', 'POST', '/api/search?q=x', 405, 'not allowed'],
    ['DELETE', 'DELETE', '/api/stats', 405, 'not allowed'],
  ];
  for (const [name, method, path, want, msg] of bad) {
    test(`bad input: ${name} → ${want}`, async () => {
      const { status, text, headers } = await get(path, { method });
      assert.equal(status, want, `${method} ${path.slice(0, 80)}: ${text}`);
      assert.equal(headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(headers.get('access-control-allow-origin'), '*');
      const body = JSON.parse(text);
      assert.equal(typeof body.error, 'string');
      assert.ok(body.error.includes(msg), `error ${JSON.stringify(body.error)} lacks ${JSON.stringify(msg)}`);
      if (want === 405) assert.equal(headers.get('allow'), 'GET, HEAD, OPTIONS');
    });
  }

  for (const [name, path, body] of [
    ['unknown entity', '/api/entity/nobody-at-all', null],
    ['unknown speaker', '/api/search?q=x&speaker=nobody-at-all', []],
    ['unknown graph entity', '/api/graph?entity=nobody-at-all', { nodes: [], relations: [] }],
  ]) {
    test(`${name} → 404 with the empty answer`, async () => {
      const { status, text, headers } = await get(path);
      assert.equal(status, 404, `GET ${path}: ${text}`);
      assert.deepStrictEqual(JSON.parse(text), body);
      assert.match(headers.get('x-storylens-error'), /unknown entity \\"nobody-at-all\\"/);
    });
  }

  test('the worker survives a burst of bad and good requests', async () => {
    const paths = ['/api/search?q=%ff', '/api/entity/nobody-at-all', '/api/lookup?q=' + 'a'.repeat(600), '/api/stats'];
    const all = await Promise.all(Array.from({ length: 24 }, (_, i) => get(paths[i % paths.length])));
    assert.deepEqual(all.slice(0, 4).map((r) => r.status), [400, 404, 400, 200]);
    assert.equal((await get('/api/stats')).status, 200);
  });
});

describe('widget files', () => {
  const types = {
    'embed.js': 'text/javascript',
    'engine.mjs': 'text/javascript',
    'wasm_exec.js': 'text/javascript',
    'storylens.wasm': 'application/wasm',
    [`widget/${existsSync(join(release, 'widget')) ? readdirSync(join(release, 'widget')).find((n) => n.endsWith('.js')) : 'widget.js'}`]: 'text/javascript',
    'index.html': 'text/html',
  };
  for (const [name, type] of Object.entries(types)) {
    // The demo pages come with tools/demopage, when the top level has it.
    test(`${name}: ${type}, immutable, the built bytes`, { skip: !existsSync(join(release, name)) && 'not built' }, async () => {
      const res = await fetch(`${worker.url}/storylens/v1/${version}/${name}`);
      assert.equal(res.status, 200);
      assert.ok(res.headers.get('content-type').startsWith(type), res.headers.get('content-type'));
      assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      const body = Buffer.from(await res.arrayBuffer());
      assert.ok(body.equals(readFileSync(join(release, name))), `${name} differs from build/assets`);
    });
  }

  test('the stable loader names this release and is cached briefly', async () => {
    const { status, text, headers } = await get('/storylens/v1/embed.js');
    assert.equal(status, 200);
    assert.ok(headers.get('content-type').startsWith('text/javascript'));
    assert.equal(headers.get('cache-control'), 'public, max-age=300');
    assert.ok(text.includes(`'${version}/embed.js'`), text);
  });

  test('/ leads to the demo page', { skip: !existsSync(join(release, 'index.html')) && 'no demo page built' }, async () => {
    const { status, headers } = await get('/');
    assert.equal(status, 302);
    assert.equal(headers.get('location'), `/storylens/v1/${version}/`);
  });

  test('an unknown file is a JSON 404 from the worker', async () => {
    const { status, text } = await get('/storylens/v1/nope.js');
    assert.equal(status, 404);
    assert.ok(JSON.parse(text).error);
  });
});
