// End to end, as a newsroom publishes its own story: a folder with two
// saved HTML pages, one text dump and the editor's corrections.json
// (web/test/fixtures/newsroom, a made-up story) → make story → the folder
// served under /storylens/ and the printed snippet pasted into an article
// → the widget in Chromium shows the corrected facts, marked as checked by
// the newsroom, and the static fallback carries them too.
//   node --test web/test/publish.test.mjs   (after make build; see harness.mjs)
//
// The committed corrections.json edits entities only (their IDs are
// slugs of names). The test adds edits of a quote and two events, whose
// IDs it reads from a first extraction by their text, so that it does not
// depend on how those IDs are made.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { artifacts, assertLocal, open, origin, ready, repo, routes } from './harness.mjs';

const fixture = join(repo, 'web', 'test', 'fixtures', 'newsroom');
const TYPES = /** @type {Record<string, string>} */ ({ '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm', '.html': 'text/html; charset=utf-8', '.css': 'text/css' });
const W = '[data-storylens]';
const LABEL = 'Council votes to keep the ferry until 2027';

/** @type {string} */
let tmp;
/** @type {string} */
let printed;
/** @type {any} */
let dataset;
/** The ID of the event the editor hides. */
let hidden = '';

/** Adds every file of folder dir to the test server under prefix. */
async function serve(/** @type {string} */ dir, /** @type {string} */ prefix) {
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    routes.set(prefix + file.slice(dir.length + 1), { type: TYPES[extname(file)] || 'application/octet-stream', body: await readFile(file) });
  }
}

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'storylens-publish-'));
  const inDir = join(tmp, 'articles');
  await cp(fixture, inDir, { recursive: true });
  const names = (await readdir(inDir)).sort();
  assert.deepEqual(names.filter((n) => n.endsWith('.html')).length, 2, 'two saved pages');
  assert.deepEqual(names.filter((n) => n.endsWith('.txt')).length, 1, 'one text dump');

  // A first extraction, to find the quote and events by their text.
  execFileSync('go', ['run', './tools/gendata', '-in', inDir, '-out', join(tmp, 'first.json')], { cwd: repo });
  const first = JSON.parse(await readFile(join(tmp, 'first.json'), 'utf8'));
  const quote = first.quotes.find((/** @type {any} */ q) => q.text.startsWith('The boat keeps sailing'));
  const vote = first.events.find((/** @type {any} */ e) => e.text.startsWith('Brenmoor council voted'));
  const petition = first.events.find((/** @type {any} */ e) => e.text.startsWith('Residents of Skellan Island delivered'));
  assert.ok(quote && vote && petition, 'the fixture gives the quote and the two events');
  hidden = petition.id;
  const edits = JSON.parse(await readFile(join(inDir, 'corrections.json'), 'utf8'));
  edits.push(
    { op: 'speaker', quote: quote.id, speaker: 'selin-aydar' },
    { op: 'label', event: vote.id, text: LABEL },
    { op: 'hide', event: petition.id },
  );
  await writeFile(join(inDir, 'corrections.json'), JSON.stringify(edits, null, 1));

  const out = join(tmp, 'story');
  // SKIP_BUILD: make test built dist/ already, and other test files are reading it.
  printed = execFileSync('make', ['--no-print-directory', 'story', 'SKIP_BUILD=1', `IN=${inDir}`, `OUT=${out}`], { cwd: repo, encoding: 'utf8', maxBuffer: 16 << 20 });
  dataset = JSON.parse(await readFile(join(out, 'dataset.json'), 'utf8'));
  await serve(out, '/storylens/');
  // The article page: the snippet exactly as make story wrote it, under the demo pages' CSP.
  const snippet = await readFile(join(out, 'snippet.html'), 'utf8');
  routes.set('/newsroom-article.html', {
    type: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'">
<link rel="icon" href="/favicon.svg" type="image/svg+xml"><title>Ferry</title></head><body><main><h1>Brenmoor ferry</h1>
${snippet}</main></body></html>`,
  });
});

after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

test('make story prints the snippet with the loader\'s SRI hash, and the folder holds what to upload', async () => {
  const sri = /<script src="\/storylens\/embed\.js" integrity="(sha384-[A-Za-z0-9+/=]+)" crossorigin="anonymous" async><\/script>/.exec(printed);
  assert.ok(sri, `printed snippet with integrity:\n${printed}`);
  const { createHash } = await import('node:crypto');
  const embed = /** @type {{body: Buffer}} */ (routes.get('/storylens/embed.js')).body;
  assert.equal(sri[1], 'sha384-' + createHash('sha384').update(embed).digest('base64'), 'the hash is embed.js\'s');
  for (const f of ['embed.js', 'engine.mjs', 'wasm_exec.js', 'storylens.wasm', 'widget/widget.js', 'dataset.json', 'fallback.html', 'snippet.html']) {
    assert.ok(routes.has('/storylens/' + f), `story folder has ${f}`);
  }
  assert.equal(dataset.documents.length, 3);
  const fallback = String(/** @type {{body: Buffer}} */ (routes.get('/storylens/fallback.html')).body);
  assert.match(fallback, /<strong>Halvard Rusk<\/strong>[^<]*\(2 quotes\)/, 'the static fallback counts the merged director\'s quotes, less the one the editor gave away');
  assert.match(fallback, /<strong>Selin Aydar<\/strong>[^<]*\(3 quotes\)/, 'and the mayor\'s with the one she was given');
  assert.doesNotMatch(fallback, /H Rusk/, 'the merged-away entity is not in the fallback');
  assert.ok(!fallback.includes(`storylens-event-${hidden}"`), 'nor the hidden event');
  assert.equal(dataset.events.filter((/** @type {any} */ e) => e.id === hidden).length, 0, 'the hidden event is not in dataset.json');
});

test('the widget on the article shows the corrected facts, checked by the newsroom', async () => {
  const { context, page, log } = await open();
  await page.goto(origin + '/newsroom-article.html');
  await ready(page);
  await page.locator(`${W}[data-storylens-state=ready]`).waitFor({ timeout: 20000 });

  // Timeline: the editor's headline, with the checked mark; the hidden event is gone.
  const all = page.locator(`${W} button`, { hasText: /^Show all \d+ events$/ });
  if (await all.count()) await all.first().click();
  const vote = page.locator(`${W} .sl-ev`, { hasText: LABEL });
  await vote.first().waitFor();
  assert.match(await vote.first().textContent() || '', /Checked/, 'the relabelled event is marked checked');
  assert.equal(await page.locator(`${W} .sl-ev[data-id="${hidden}"]`).count(), 0, 'the hidden event is not shown');

  // Quotes: the merged director says both of his quotes; the reassigned quote has its new speaker.
  await page.getByRole('tab', { name: 'Quotes' }).click();
  const stops = page.locator(`${W} .sl-quote`, { hasText: 'Without a subsidy the boat stops' });
  await stops.first().waitFor();
  assert.equal(await stops.first().locator('button[data-entity]').textContent(), 'Halvard Rusk', 'merged: H. Rusk\'s quote is Halvard Rusk\'s');
  assert.match(await stops.first().textContent() || '', /Checked/, 'the re-attributed quote is marked checked');
  const sailing = page.locator(`${W} .sl-quote`, { hasText: 'The boat keeps sailing' });
  assert.equal(await sailing.first().locator('button[data-entity]').textContent(), 'Selin Aydar', 'the editor\'s speaker');
  assert.equal(await page.locator(`${W} .sl-quote button[data-entity]`, { hasText: /^H Rusk$/ }).count(), 0, 'no quote by the merged-away entity');

  // People: the renamed company, checked; no H Rusk, no Skellan.
  await page.getByRole('tab', { name: 'People' }).click();
  const text = await page.locator(W).first().evaluate((el) => el.shadowRoot?.textContent || '');
  assert.match(text, /Brenmoor Ferries/, 'the renamed company is listed');
  assert.doesNotMatch(text, /H Rusk/, 'the merged-away entity is not');
  await page.screenshot({ path: join(artifacts, 'publish-people.png'), fullPage: true });

  assert.deepEqual(log.errors, [], `no console errors (requests: ${log.requests.join(' ')})`);
  assertLocal(log.requests);
  await context.close();
});
