// Chromium tests of the widget as a reader sees it, on the seed story
// (index.html) and on a made-up story it was not built with (story.html,
// web/test/fixtures/harbour, loaded with data-dataset): one engine call at
// start-up, a compact first screen, graph labels that never overlap,
// quotes once each, copy-link buttons, the time axis, and no word of the
// seed story on the other story's widget.
//   node --test web/test/story.test.mjs   (after make build; see harness.mjs)

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { artifacts, assertLocal, axe, dist, open, origin, ready, repo, routes } from './harness.mjs';

const STORIES = [{ name: 'seed', page: '/index.html' }, { name: 'fixture', page: '/story.html' }];
const PHONE = { width: 375, height: 812 };
const W = '[data-storylens]';

before(async () => {
  // engine.mjs, counting every engine call in globalThis.__storylensCalls.
  const src = await readFile(join(dist, 'engine.mjs'), 'utf8');
  assert.match(src, /export async function createEngine\(/);
  routes.set('/engine.mjs', {
    type: 'text/javascript', body: `${src.replace('export async function createEngine(', 'async function createUncounted(')}
export async function createEngine(o) {
  const api = await createUncounted(o);
  const calls = (globalThis.__storylensCalls ||= []);
  return Object.freeze(Object.fromEntries(Object.entries(api).map(([k, f]) => [k, (...a) => (calls.push(k), f(...a))])));
}`,
  });
});

/** The engine calls made so far. @param {import('playwright-core').Page} page @returns {Promise<string[]>} */
const calls = (page) => page.evaluate(() => [.../** @type {any} */ (globalThis).__storylensCalls || []]);

/** Opens a story page and waits until its widget is interactive. */
async function story(/** @type {string} */ path, /** @type {{width?: number, height?: number}} */ o = {}) {
  const r = await open(o);
  await r.page.goto(origin + path);
  await ready(r.page);
  await r.page.locator(`${W}[data-storylens-state=ready]`).waitFor({ timeout: 20000 });
  return r;
}

/**
 * Returns the visible labels of the drawings matching sel and every pair
 * of them whose boxes overlap.
 * @param {import('playwright-core').Page} page @param {string} [sel]
 */
function labels(page, sel = 'svg.sl-graph:not(.sl-axis)') {
  return page.evaluate((sel) => {
    const root = /** @type {ShadowRoot} */ (document.querySelector('[data-storylens]')?.shadowRoot);
    const boxes = [...root.querySelectorAll(`${sel} text`)].filter((t) => t.getAttribute('display') !== 'none' && t.getClientRects().length && t.textContent)
      .map((t) => ({ text: t.textContent || '', edge: !!t.closest('.sl-edge'), r: t.getBoundingClientRect() }));
    const overlaps = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps.push(`${boxes[i].text} × ${boxes[j].text}`);
      }
    }
    return { nodes: boxes.filter((b) => !b.edge).length, edges: boxes.filter((b) => b.edge).length, overlaps };
  }, sel);
}

/** Everything a reader can see or hear of the widget: text, placeholders, labels, titles, options. */
function widgetText(/** @type {import('playwright-core').Page} */ page) {
  return page.evaluate(() => {
    const root = /** @type {ShadowRoot} */ (document.querySelector('[data-storylens]')?.shadowRoot);
    const attrs = [...root.querySelectorAll('*')].flatMap((el) => ['placeholder', 'aria-label', 'title', 'value'].map((a) => el.getAttribute(a) || ''));
    return [root.textContent || '', ...attrs].join('\n');
  });
}

/** Checks the timeline's first screen and returns its height. */
async function firstScreen(/** @type {import('playwright-core').Page} */ page, /** @type {{events: number}} */ counts) {
  const shown = await page.locator(`${W} .sl-ev`).count();
  assert.ok(shown >= 1 && shown <= 8, `${shown} events on the first screen; want 1 to 8`);
  if (counts.events > 8) assert.equal(await page.getByRole('button', { name: `Show all ${counts.events} events` }).count(), 1, 'a "Show all" button');
  const dates = await page.locator(`${W} .sl-ev time`).allTextContents();
  for (const d of dates) assert.match(d, /^((Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}|(early |mid |late )?([A-Z][a-z]+ )?\d{4})$/, `date at its precision: ${d}`);
  for (const r of await page.locator(`${W} .sl-ev > p > .sl-source`).allTextContents()) assert.match(r, /^Reported by (\S.*|\d+ of \d+ outlets|all \d+ outlets)$/, r);
  for (const hl of await page.locator(`${W} .sl-ev .sl-hl`).allTextContents()) assert.ok(hl.length > 0 && hl.length <= 90, `headline ${JSON.stringify(hl)}`);
  return page.locator(`${W} .sl-panel:not([hidden])`).evaluate((el) => Math.round(el.getBoundingClientRect().height));
}

test('placeLabels: first fitting spot, then shorter forms, else hidden', async () => {
  const { placeLabels, shortForms } = await import('../widget/labels.js');
  const width = (/** @type {string} */ t) => t.length * 10;
  const o = { bounds: { x: 0, y: 0, w: 200, h: 100 }, height: 10, pad: 0 };
  const spot = (/** @type {number} */ x, /** @type {number} */ y) => ({ x, y, ax: 0 });
  for (const tc of [
    { name: 'free spot', labels: [{ texts: ['aaaa'], spots: [spot(0, 10)] }], want: ['aaaa@0,5'] },
    { name: 'second spot when the first is taken', labels: [{ texts: ['aaaa'], spots: [spot(0, 10)] }, { texts: ['bbbb'], spots: [spot(20, 10), spot(20, 30)] }], want: ['aaaa@0,5', 'bbbb@20,25'] },
    { name: 'shorter form before hiding', labels: [{ texts: ['aaaa'], spots: [spot(0, 10)] }, { texts: ['bbbbbbbbbbbb', 'bb'], spots: [spot(100, 10)] }], want: ['aaaa@0,5', 'bb@100,5'] },
    { name: 'hidden when nothing fits', labels: [{ texts: ['aaaa'], spots: [spot(0, 10)] }, { texts: ['bbbb'], spots: [spot(10, 12)] }], want: ['aaaa@0,5', null] },
    { name: 'outside the drawing', labels: [{ texts: ['a'.repeat(30)], spots: [spot(0, 10)] }], want: [null] },
  ]) {
    const got = placeLabels(tc.labels, width, o).map((p) => (p ? `${p.text}@${p.box.x},${p.box.y}` : null));
    assert.deepEqual(got, tc.want, tc.name);
  }
  assert.deepEqual(shortForms('Ada Brook', 'person'), ['Ada Brook', 'Brook', 'AB']);
  assert.deepEqual(shortForms('Institute for Tides', 'org'), ['Institute for Tides', 'IT']);
  assert.deepEqual(shortForms('Tidewell', 'place'), ['Tidewell']);
});

test('mergeQuotes: one result per quotation, with every source', async () => {
  const { mergeQuotes } = await import('../widget/store.js');
  const q = (/** @type {string} */ id, /** @type {string} */ text, /** @type {string} */ doc, speaker = 'ada-brook') => ({ id, text, speaker: { id: speaker, name: '', type: '' }, doc: null, sources: [{ doc: { id: doc, outlet: doc, title: '' }, text }], highlights: [], contested: null, corrected: false, evidence: [] });
  const got = mergeQuotes([q('a', 'We sail at dawn.', 'd1'), q('b', 'we sail at dawn', 'd2'), q('a', 'We sail at dawn.', 'd3'), q('c', 'We sail at dawn.', 'd4', 'other'), q('d', 'Later.', 'd1')]);
  assert.deepEqual(got.map((x) => [x.id, x.sources.map((s) => s.doc?.id)]), [['a', ['d1', 'd2', 'd3']], ['c', ['d4']], ['d', ['d1']]]);
});

for (const s of STORIES) {
  test(`${s.name}: the widget starts with one overview() call and loads each view once`, async () => {
    const { context, page, log } = await story(s.page);
    assert.deepEqual(await calls(page), ['overview'], 'engine calls at start-up');
    await page.getByRole('tab', { name: 'Relations' }).click();
    await page.locator(`${W} svg.sl-graph`).waitFor();
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByRole('tab', { name: 'Quotes' }).click();
    await page.locator(`${W} .sl-quote`).first().waitFor();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('tab', { name: 'Relations' }).click();
    assert.deepEqual(await calls(page), ['overview', 'graph', 'searchQuotes'], 'engine calls after visiting every view twice');
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  for (const width of [1280, 375]) {
    test(`${s.name} at ${width}px: every view, labels that never overlap, screenshots`, async () => {
      const { context, page, log } = await story(s.page, { width, height: PHONE.height });
      const counts = await page.evaluate(async () => (await /** @type {any} */ (window).StoryLens.engine(document.querySelector('[data-storylens]')?.getAttribute('data-dataset') ? { dataset: document.querySelector('[data-storylens]')?.getAttribute('data-dataset') } : undefined)).overview().counts);
      const shot = (/** @type {string} */ view) => page.locator(W).screenshot({ path: join(artifacts, `${s.name}-${width}-${view}.png`) });

      // Timeline: key moments first, at most two phone screens.
      const height = await firstScreen(page, counts);
      console.log(`# ${s.name} ${width}px: timeline first screen ${height}px (${await page.locator(`${W} .sl-ev`).count()} of ${counts.events} events)`);
      if (width === PHONE.width) assert.ok(height <= 2 * PHONE.height, `timeline first screen is ${height}px at ${width}px; want at most ${2 * PHONE.height}`);
      await shot('timeline');
      assert.doesNotMatch(await page.locator(W).innerText(), /\b(null|undefined|NaN)\b/, 'no null, undefined or NaN shown as text');
      assert.deepEqual(await axe(page), [], 'axe on the timeline');
      if (counts.events > 8) {
        await page.getByRole('button', { name: `Show all ${counts.events} events` }).click();
        await page.getByRole('button', { name: 'Show key moments only' }).waitFor();
        assert.equal(await page.locator(`${W} .sl-ev`).count(), counts.events, 'all events shown');
        await page.locator(`${W} .sl-ev button[aria-expanded]`).first().click();
        assert.ok(await page.locator(`${W} .sl-ev .sl-evidence:not([hidden]) cite`).first().isVisible(), 'the source sentence names its outlet');
        await shot('timeline-all');
        await page.getByRole('button', { name: 'Show key moments only' }).click();
        await page.getByRole('button', { name: `Show all ${counts.events} events` }).waitFor();
      }

      // Relations: labels placed without overlap.
      await page.getByRole('tab', { name: 'Relations' }).click();
      await page.locator(`${W} svg.sl-graph`).waitFor();
      let l = await labels(page);
      console.log(`# ${s.name} ${width}px: ${l.nodes} node and ${l.edges} edge labels shown, ${l.overlaps.length} overlapping`);
      assert.deepEqual(l.overlaps, [], `overlapping graph labels at ${width}px`);
      assert.ok(l.nodes >= 3, `${l.nodes} node labels shown`);
      if (width === PHONE.width) {
        // The readable phone form: one entity's connections, ranked, and its ego graph.
        const pick = page.getByRole('combobox', { name: /^Connections of/ });
        assert.ok(await pick.isVisible(), 'a "Connections of" picker');
        const ranked = page.locator(`${W} .sl-ranked li`);
        assert.ok(await ranked.count() >= 1, 'ranked connections');
        const options = await pick.locator('option').evaluateAll((os) => os.map((o) => /** @type {HTMLOptionElement} */ (o).value));
        await pick.selectOption(options[1]);
        await page.waitForFunction((id) => document.querySelector('[data-storylens]')?.shadowRoot?.querySelector(`.sl-node.sl-sel[data-entity="${id}"]`), options[1]);
        l = await labels(page);
        assert.deepEqual(l.overlaps, [], 'overlapping labels on another ego graph');
        await pick.selectOption(options[0]);
      } else {
        assert.ok(l.edges >= 2, `${l.edges} relation labels shown`);
        await page.getByRole('button', { name: 'Zoom in' }).click();
        assert.deepEqual((await labels(page)).overlaps, [], 'overlapping labels at 140%');
        await page.getByRole('button', { name: 'Reset' }).click();
      }
      await shot('graph');
      assert.deepEqual(await axe(page), [], 'axe on the graph');

      // People: examples from this story.
      await page.getByRole('tab', { name: 'People' }).click();
      const examples = await page.evaluate(async () => (await /** @type {any} */ (window).StoryLens.engine(document.querySelector('[data-storylens]')?.getAttribute('data-dataset') ? { dataset: document.querySelector('[data-storylens]')?.getAttribute('data-dataset') } : undefined)).overview().examples);
      assert.equal(await page.getByLabel('Find a person, organisation or place').getAttribute('placeholder'), `e.g. ${examples.people.join(', ')}`);
      await shot('people');
      assert.deepEqual(await axe(page), [], 'axe on people');
      await page.locator(`${W} .sl-panel:not([hidden]) .sl-people button[data-entity]`).first().click();
      await page.locator(`${W} .sl-card`).waitFor();
      await shot('card');
      assert.deepEqual(await axe(page), [], 'axe with a card open');
      await page.keyboard.press('Escape');
      await page.locator(`${W} .sl-card`).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Show everyone' }).click();

      // Quotes: one result per quotation.
      await page.getByRole('tab', { name: 'Quotes' }).click();
      await page.locator(`${W} .sl-quote`).first().waitFor();
      const texts = await page.locator(`${W} .sl-quote > blockquote`).allTextContents();
      assert.equal(texts.length, counts.quotes, 'every quote listed before a search');
      assert.equal(new Set(texts).size, texts.length, 'a quotation listed twice');
      assert.equal(await page.getByLabel('Search quotes').getAttribute('placeholder'), `e.g. ${examples.quotes.slice(0, 2).join(', ')}`);
      await shot('quotes');
      assert.deepEqual(await axe(page), [], 'axe on quotes');
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(over <= 0, `the page overflows by ${over}px`);
      assert.deepEqual(log.errors, []);
      assertLocal(log.requests);
      await context.close();
    });
  }
}

test('fixture: a quotation several outlets carry is one result, and the filters keep working', async () => {
  const { context, page, log } = await story('/story.html');
  await page.getByRole('tab', { name: 'Quotes' }).click();
  await page.getByLabel('Search quotes').fill('replaced by machnes');
  await page.locator(`${W} [role=status]`, { hasText: 'match' }).waitFor();
  const hits = page.locator(`${W} .sl-quote`);
  assert.equal(await hits.count(), 1, 'one result for a quotation in four documents');
  assert.match(await hits.first().textContent() || '', /Odile Brannock in 4 outlets: The Saltmere Courier; Coastline Gazette; Harbour Radio; Calderwick Evening Post/);
  // Outlet: the quote's third source is enough.
  await page.getByLabel('Search quotes').fill('');
  await page.getByLabel('Outlet').selectOption('Harbour Radio');
  await page.locator(`${W} [role=status]`, { hasText: /^3 quotes\./ }).waitFor();
  for (const q of await hits.allTextContents()) assert.match(q, /Harbour Radio/);
  assert.ok((await hits.allTextContents()).some((q) => /replaced by machines/.test(q)), 'a quote Harbour Radio carries second');
  // Speaker.
  await page.getByLabel('Outlet').selectOption('');
  await page.getByLabel('Speaker').selectOption({ label: 'Odile Brannock' });
  await page.locator(`${W} [role=status]`, { hasText: /^2 quotes by Odile Brannock\./ }).waitFor();
  assert.deepEqual(await page.locator(`${W} .sl-quote .sl-chip`).allTextContents(), ['Odile Brannock', 'Odile Brannock']);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('fixture: no word of the seed story appears on another story’s widget', async () => {
  const seed = JSON.parse(await readFile(join(repo, 'dataset', 'dataset.json'), 'utf8'));
  const generic = new Set(['the', 'and', 'for', 'news', 'president', 'syndicated']);
  const words = new Set(['zelenskyy', 'putn']);
  for (const n of [...seed.entities.flatMap((/** @type {any} */ e) => [e.name, ...(e.aliases || [])]), ...seed.documents.map((/** @type {any} */ d) => d.outlet)]) {
    for (const w of String(n).toLowerCase().match(/\p{L}{3,}/gu) || []) if (!generic.has(w)) words.add(w);
  }
  assert.ok(words.size > 20, `only ${words.size} seed words`);
  const found = (/** @type {string} */ text) => [...words].filter((w) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'iu').test(text));

  /** Visits every view, opens what can be opened, and returns the widget's text. */
  async function everything(/** @type {import('playwright-core').Page} */ page) {
    let text = await widgetText(page);
    const show = page.getByRole('button', { name: /^Show all/ });
    if (await show.count()) await show.click();
    for (const b of await page.locator(`${W} .sl-ev button[aria-expanded]`).all()) await b.click();
    for (const d of await page.locator(`${W} .sl-claims summary`).all()) await d.click();
    text += await widgetText(page);
    // A view is drawn when its data has come: wait for what it draws, not for a time.
    for (const [tab, drawn, says] of [['Relations', '.sl-graph-wrap'], ['People', '.sl-people button[data-entity]'], ['Quotes', '.sl-status', /quote/]]) {
      await page.getByRole('tab', { name: tab }).click();
      await page.locator(`${W} .sl-panel:not([hidden]) ${drawn}`, says ? { hasText: says } : {}).first().waitFor();
      text += await widgetText(page);
    }
    await page.getByRole('tab', { name: 'People' }).click();
    await page.locator(`${W} .sl-panel:not([hidden]) .sl-people button[data-entity]`).first().click();
    await page.locator(`${W} .sl-card`).waitFor();
    return text + await widgetText(page);
  }
  // The check can fail: it finds the seed's words on the seed's widget.
  const own = await story('/index.html');
  assert.ok(found(await everything(own.page)).length > 5, 'the check finds no seed word on the seed widget');
  await own.context.close();

  const { context, page, log } = await story('/story.html');
  assert.deepEqual(found(await everything(page)), [], 'seed words on the made-up story’s widget');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('fixture: contested claims and newsroom checks come from the engine, not the host page', async () => {
  // A host with no fallback HTML at all.
  routes.set('/bare.html', { type: 'text/html; charset=utf-8', body: '<!doctype html><html lang="en"><title>Bare</title><link rel="icon" href="favicon.svg"><div data-storylens data-dataset="story.dataset.json"></div><script src="embed.js" async></script></html>' });
  const { context, page, log } = await story('/bare.html');
  const claims = page.locator(`${W} .sl-claims details`);
  assert.equal(await claims.count(), 2, 'two contested claims');
  await claims.first().locator('summary').click();
  assert.match(await claims.first().textContent() || '', /Claimed by Marisol Hartigan: “[^”]+” — The Saltmere Courier[\s\S]*Disputed by Bertil Okafor: “[^”]+” — Coastline Gazette/);
  assert.match(await claims.first().textContent() || '', /Reported by (2|all 6|\d of 6) outlets/, 'a claim says how many outlets report it');
  assert.match(await page.locator(`${W} .sl-ev`, { hasText: 'Authority chair promises no job losses' }).textContent() || '', /Contested/, 'an event a side quotes is marked');
  assert.match(await page.locator(`${W} .sl-ev`, { hasText: 'Mayor brings both sides to the table' }).textContent() || '', /✓ Checked by the newsroom/, 'a corrected event is marked');
  await page.getByRole('tab', { name: 'Quotes' }).click();
  assert.match(await page.locator(`${W} .sl-quote`, { hasText: 'Nobody leaves this room' }).textContent() || '', /✓ Checked by the newsroom/, 'a corrected quote is marked');
  assert.doesNotMatch(await page.locator(`${W} .sl-quote`, { hasText: 'Every day the port' }).textContent() || '', /Contested/, 'a quote beside a claim, not in it, is not marked');
  await page.getByRole('tab', { name: 'Relations' }).click();
  await page.locator(`${W} .sl-listing summary`).click();
  assert.match(await page.locator(`${W} .sl-listing li`, { hasText: 'Caspian Lowrie – met – Teodor Quill' }).textContent() || '', /✓ Checked/, 'a corrected relation is marked');
  await page.locator(`${W} .sl-node[data-entity="teodor-quill"]`).dispatchEvent('click');
  assert.match(await page.locator(`${W} .sl-card h3`).textContent() || '', /Teodor Quill✓ Checked by the newsroom/, 'a corrected entity is marked');
  assert.deepEqual(await axe(page), [], 'axe');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('fixture: "Copy link" copies the deep link and says so, or selects it when the clipboard is refused', async () => {
  const { context, page, log } = await story('/story.html');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const first = page.locator(`${W} .sl-ev`).first();
  const id = await first.getAttribute('data-id');
  await first.getByRole('button', { name: 'Copy link to this event' }).click();
  await first.getByRole('button', { name: 'Copy link to this event' }).filter({ hasText: 'Link copied' }).waitFor();
  await page.locator(`${W} [aria-live]`, { hasText: 'Link to this event copied.' }).waitFor({ state: 'attached' });
  const url = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(url, `${origin}/story.html#storylens/event/${encodeURIComponent(String(id))}`);
  // The link opens the same event.
  const p2 = await context.newPage();
  await p2.goto(url);
  await p2.locator(`${W} .sl-ev.sl-sel[data-id="${id}"] button[aria-expanded=true]`).waitFor({ timeout: 20000 });
  await p2.close();
  // A quote's link.
  await page.getByRole('tab', { name: 'Quotes' }).click();
  const q = page.locator(`${W} .sl-quote`).first();
  await q.getByRole('button', { name: 'Copy link to this quote' }).click();
  await page.locator(`${W} [aria-live]`, { hasText: 'Link to this quote copied.' }).waitFor({ state: 'attached' });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${origin}/story.html#storylens/quote/${encodeURIComponent(String(await q.getAttribute('data-id')))}`);
  assert.deepEqual(log.errors, []);
  await context.close();

  // Refused: the link is shown, selected, and the live region says how to copy it.
  const r = await open();
  await r.page.addInitScript(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError')); });
  await r.page.goto(origin + '/story.html');
  await ready(r.page);
  await r.page.locator(`${W} .sl-ev`).first().getByRole('button', { name: 'Copy link to this event' }).click();
  const field = r.page.locator(`${W} input.sl-copy`);
  await field.waitFor();
  assert.equal(await field.inputValue(), `${origin}/story.html#storylens/event/${encodeURIComponent(String(id))}`);
  assert.deepEqual(await field.evaluate((el) => [/** @type {HTMLInputElement} */ (el).selectionStart, /** @type {HTMLInputElement} */ (el).selectionEnd, el.getRootNode() instanceof ShadowRoot && /** @type {ShadowRoot} */ (el.getRootNode()).activeElement === el]), [0, (await field.inputValue()).length, true]);
  await r.page.locator(`${W} [aria-live]`, { hasText: 'Ctrl+C' }).waitFor({ state: 'attached' });
  assert.deepEqual(r.log.errors, []);
  await r.context.close();
});

test('fixture: the time axis spaces events by time, from 720px, by mouse and keyboard', async () => {
  const { context, page, log } = await story('/story.html');
  const toggle = page.getByRole('button', { name: 'Time axis' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const axis = page.locator(`${W} svg.sl-axis`);
  await axis.waitFor();
  const l = await labels(page, 'svg.sl-axis');
  assert.deepEqual(l.overlaps, [], 'overlapping labels on the time axis');
  assert.ok(l.nodes >= 4, `${l.nodes} axis labels`);
  // Spaced by time: the dots' x grows with the date, and far-apart dates are far apart.
  const xs = await axis.locator('[data-id] > g').evaluateAll((gs) => gs.map((g) => Number(/translate\(([\d.]+)/.exec(g.getAttribute('transform') || '')?.[1])));
  assert.deepEqual(xs, [...xs].sort((a, b) => a - b), 'dots in date order');
  assert.ok(xs[1] - xs[0] > xs[2] - xs[1], `late 2023 to Feb 2025 is wider than 10 to 14 Feb: ${xs}`);
  await page.locator(W).screenshot({ path: join(artifacts, 'fixture-1280-timeline-axis.png') });
  assert.deepEqual(await axe(page), [], 'axe with the time axis');
  // Keyboard: one tab stop, arrows move, Enter opens the event in the list.
  await axis.locator('[data-id]').first().focus();
  await page.keyboard.press('ArrowRight');
  const id = await page.evaluate(() => document.querySelector('[data-storylens]')?.shadowRoot?.activeElement?.getAttribute('data-id'));
  assert.ok(id, 'a dot has focus');
  await page.keyboard.press('Enter');
  await page.locator(`${W} .sl-ev.sl-sel[data-id="${id}"] .sl-evidence:not([hidden])`).waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('[data-storylens]')?.shadowRoot?.activeElement?.getAttribute('data-id')), id, 'focus moves to the event');
  assert.deepEqual(log.errors, []);
  await context.close();
  // Not on a phone.
  const phone = await story('/story.html', PHONE);
  assert.equal(await phone.page.getByRole('button', { name: 'Time axis' }).count(), 0, 'no time axis at 375px');
  await phone.context.close();
});
