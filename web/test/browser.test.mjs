// Chromium tests of the StoryLens widget on the demo pages:
//   node --test web/test/browser.test.mjs   (after make build; see harness.mjs)
// story.test.mjs checks the first screen, the graph's labels and every view
// on the seed story and on a made-up one.

import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { artifacts, assertLocal, axe, browser, dist, marks, open, origin, ready, routes } from './harness.mjs';

const PAYLOAD_FLAG = '__slPwned';

test('formatDate matches fallback.FormatDate (Go)', async () => {
  const { formatDate } = await import('../widget/format.js');
  // The same table as TestFormatDate in fallback/fallback_test.go.
  for (const [value, precision, mod, want] of [
    ['2024-11-06', 'day', '', 'Wed 6 Nov 2024'], ['2024-11-06', 'day', 'late', 'Wed 6 Nov 2024'],
    ['2023-06', 'month', '', 'June 2023'], ['2023-06', 'month', 'early', 'early June 2023'],
    ['2022', 'year', '', '2022'], ['2022', 'year', 'late', 'late 2022'], ['2022', 'year', '<b>', '2022'], ['soon', 'day', '', 'soon'],
  ]) assert.equal(formatDate({ value, precision, mod }), want, `formatDate(${value}, ${precision}, ${mod})`);
});

test('size: loader + widget JS + CSS under 30 KB gzip', async () => {
  const { gzipSync } = await import('node:zlib');
  const { readdir } = await import('node:fs/promises');
  const files = ['embed.js', ...(await readdir(join(dist, 'widget'))).filter((f) => f.endsWith('.js') || f.endsWith('.css')).map((f) => `widget/${f}`)];
  let raw = 0, gz = 0;
  for (const f of files) {
    const b = await readFile(join(dist, f));
    raw += b.length;
    gz += gzipSync(b, { level: 9 }).length;
  }
  const all = gzipSync(Buffer.concat(await Promise.all(files.map((f) => readFile(join(dist, f))))), { level: 9 }).length;
  console.log(`# size: ${files.length} files, ${raw} B raw, ${gz} B gzip file by file, ${all} B gzip as one stream (wasm_exec.js excluded)`);
  assert.ok(gz < 30 * 1024, `widget is ${gz} B gzip; budget 30 KB`);
});

test('index.html: fallback first, then every view renders from the seeds', async () => {
  const { context, page, log } = await open();
  await page.goto(origin + '/index.html');
  // The static fallback is in the HTML itself.
  const fb = page.locator('[data-storylens] .storylens-fallback');
  assert.ok(await fb.count() > 0, 'fallback fragment in the HTML');
  assert.match(await fb.first().textContent() || '', /Timeline/);
  await ready(page);
  const m = await marks(page);
  console.log(`# perf index.html 1280px (ms since navigation start): first-contentful-paint ${m['first-contentful-paint']} (article and HTML fallback), embed.js start ${m.start}, first-render ${m['first-render']} (shadow fallback), wasm-ready ${m['wasm-ready']}, interactive ${m.interactive}; wasm load+instantiate ${m['wasm-ready'] - m.start}`);
  // By construction (embed.js mounts the widget only after the fallback
  // rendered), not by timing: the fallback comes first.
  assert.ok(m['first-render'] <= m.interactive, 'fallback renders before the interactive widget');

  // Timeline: dated events at true precision.
  const events = page.locator('[data-storylens] .sl-ev');
  assert.ok(await events.count() >= 3, 'timeline events');
  const dates = await page.locator('[data-storylens] .sl-ev time').allTextContents();
  assert.ok(dates.some((d) => /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}$/.test(d)), `a day-precision date among ${dates}`);
  assert.ok(dates.some((d) => /^(early |mid |late )?\d{4}$/.test(d)), `a year-precision date among ${dates}`);
  assert.ok(await page.locator('[data-storylens] .sl-ev .sl-source').first().textContent().then((t) => /^Reported by \S/.test(t || '')), 'events name their outlet');
  // Contested claims: the widget shows the engine's, and marks the events
  // their sides quote; the page's static fallback (built by the Go fallback
  // package from the same dataset) lists the same events.
  const claims = await page.evaluate(async () => (await /** @type {any} */ (window).StoryLens.engine()).overview().contested.map((/** @type {any} */ c) => c.claim));
  assert.ok(claims.length > 0, 'the seed story has contested claims');
  assert.deepEqual(await page.locator('[data-storylens] .sl-claims summary').allTextContents(), claims.map((c) => (c.length > 90 ? c.slice(0, 89).trimEnd() + '…' : c)), 'contested claims shown');
  const contestedEvents = (await page.locator('[data-storylens] > [slot=contested]').getAttribute('data-events').catch(() => '')) || '';
  for (const id of contestedEvents.split(' ').filter(Boolean)) {
    const ev = page.locator(`[data-storylens] .sl-ev[data-id="${id}"]`);
    if (await ev.count()) assert.match(await ev.textContent() || '', /Contested/, `event ${id} marked contested`);
  }
  assert.ok(await page.locator('[data-storylens] .sl-ev', { hasText: 'Contested' }).count() >= 1, 'a key event is marked contested');
  await page.locator('[data-storylens] .sl-ev button[aria-expanded]').first().click();
  assert.ok(await page.locator('[data-storylens] .sl-ev .sl-evidence:not([hidden]) cite').first().isVisible(), 'evidence sentence names its outlet');
  await page.screenshot({ path: join(artifacts, 'index-1280-timeline.png'), fullPage: true });
  assert.deepEqual(await axe(page), [], 'axe on the timeline');

  // Graph.
  await page.getByRole('tab', { name: 'Relations' }).click();
  const nodes = page.locator('[data-storylens] .sl-node');
  assert.ok(await nodes.count() >= 3, 'graph nodes');
  assert.ok(await page.locator('[data-storylens] .sl-edge text').count() >= 2, 'labelled edges');
  await page.locator('[data-storylens] .sl-edge').first().click();
  await page.locator('[data-storylens] .sl-detail:not([hidden])').waitFor();
  assert.match(await page.locator('[data-storylens] .sl-detail').textContent() || '', /Sources: \S/);
  await page.locator('[data-storylens]').screenshot({ path: join(artifacts, 'index-1280-graph.png') });
  const wrapWidth = await page.locator('[data-storylens] .sl-graph-wrap').evaluate((el) => el.clientWidth);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  assert.equal(Number(await page.locator('[data-storylens] svg.sl-graph').getAttribute('width')), Math.round(wrapWidth * 1.4), 'zoomed to 140%');
  await page.locator('[data-storylens]').screenshot({ path: join(artifacts, 'index-1280-graph-zoomed.png') });
  assert.deepEqual(await axe(page), [], 'axe on the graph with an edge selected');
  await page.locator('[data-storylens] .sl-listing summary').click();
  await page.locator('[data-storylens] .sl-listing button').last().click();
  assert.match(await page.locator('[data-storylens] .sl-detail h4').textContent() || '', / – /, 'the relations list selects an edge');

  // People: fuzzy lookup.
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByLabel('Find a person, organisation or place').fill('zelenskyy');
  await page.locator('[data-storylens] [role=status]', { hasText: 'match' }).first().waitFor();
  const hit = page.locator('[data-storylens] .sl-panel:not([hidden]) button[data-entity]', { hasText: 'Zelensky' }).first();
  await hit.click();
  const card = page.locator('[data-storylens] .sl-card');
  await card.waitFor();
  assert.match(await card.textContent() || '', /Zelensky/);
  assert.match(await card.textContent() || '', /Quotes \(\d+\)/);
  await page.screenshot({ path: join(artifacts, 'index-1280-card.png'), fullPage: true });
  assert.deepEqual(await axe(page), [], 'axe with an entity card open');
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });

  // Quotes: typo-tolerant search, highlights, count announced.
  await page.getByRole('button', { name: 'Show everyone' }).click();
  await page.getByRole('tab', { name: 'Quotes' }).click();
  await page.getByLabel('Search quotes').fill('ceasfire nonsence');
  const first = page.locator('[data-storylens] .sl-quote').first();
  await page.waitForFunction(() => /ceasefire is being proposed/i.test(document.querySelector('[data-storylens]')?.shadowRoot?.querySelector('.sl-quote')?.textContent || ''));
  assert.match(await first.textContent() || '', /A ceasefire is being proposed/);
  assert.match(await first.textContent() || '', /Zelensky/);
  assert.ok(await first.locator('mark').count() >= 1, 'matched words highlighted');
  // Provenance: the quote's source paragraph, with its attribution and outlet.
  await first.getByRole('button', { name: 'Source sentence' }).click();
  assert.match(await first.textContent() || '', /Mr Zelensky said[\s\S]*The Independent/);
  assert.match(await page.locator('[data-storylens] .sl-panel:not([hidden]) [role=status]').textContent() || '', /\d+ quotes? match “ceasfire nonsence”/);
  await page.screenshot({ path: join(artifacts, 'index-1280-quotes.png'), fullPage: true });

  assert.deepEqual(await axe(page), [], 'axe: serious or critical violations');
  assert.deepEqual(log.errors, [], 'console errors');
  assert.deepEqual(log.dialogs, []);
  assertLocal(log.requests);
  await context.close();
});

test('timings: median of three cold loads of index.html', async () => {
  /** @type {Record<string, number[]>} */
  const runs = {};
  for (let i = 0; i < 3; i++) {
    const { context, page } = await open();
    await page.goto(origin + '/index.html');
    await ready(page);
    const m = await marks(page);
    m['wasm load+start'] = m['wasm-ready'] - m.start;
    for (const [k, v] of Object.entries(m)) (runs[k] ||= []).push(v);
    await context.close();
  }
  const med = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[1];
  console.log(`# timings (median of 3, ms since navigation start, localhost): ${['first-contentful-paint', 'start', 'first-render', 'wasm-ready', 'interactive', 'wasm load+start'].map((k) => `${k} ${med(runs[k] || [])}`).join(', ')}`);
  // Speed is for make bench; the order of the stages is fixed by construction.
  for (let i = 0; i < 3; i++) assert.ok(runs.start[i] <= runs['first-render'][i] && runs['first-render'][i] <= runs.interactive[i] && runs['wasm-ready'][i] <= runs.interactive[i], `stages out of order in run ${i}`);
});

test('linked views: choosing a person filters timeline and quotes', async () => {
  const { context, page, log } = await open();
  await page.goto(origin + '/index.html');
  await ready(page);
  const all = await page.locator('[data-storylens] .sl-ev').count();
  await page.getByRole('tab', { name: 'Relations' }).click();
  await page.locator('[data-storylens] .sl-node', { hasText: 'Zelensky' }).first().click();
  await page.locator('[data-storylens] .sl-card').waitFor();
  assert.match(await page.locator('[data-storylens] .sl-filter').textContent() || '', /Showing .*Zelensky/);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const some = await page.locator('[data-storylens] .sl-ev').count();
  assert.ok(some >= 1 && some <= all, `filtered timeline ${some} of ${all}`);
  for (const ev of await page.locator('[data-storylens] .sl-ev').all()) assert.match(await ev.textContent() || '', /Zelensky/);
  await page.getByRole('tab', { name: 'Quotes' }).click();
  const speakers = await page.locator('[data-storylens] .sl-quote .sl-chip').allTextContents();
  assert.ok(speakers.length >= 1 && speakers.every((s) => /Zelensky/.test(s)), `quote speakers ${speakers}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('keyboard: tabs, roving timeline and graph, Esc closes cards', async () => {
  const { context, page, log } = await open();
  await page.goto(origin + '/index.html');
  await ready(page);
  const active = () => page.evaluate(() => {
    const a = document.querySelector('[data-storylens]')?.shadowRoot?.activeElement;
    return a ? { tag: a.tagName.toLowerCase(), cls: a.getAttribute('class') || '', id: a.getAttribute('data-id') || a.getAttribute('data-entity') || a.getAttribute('data-view') || '', expanded: a.querySelector?.('[aria-expanded]')?.getAttribute('aria-expanded') || '' } : null;
  });
  // Tab into the widget: the selected tab first.
  await page.getByRole('tab', { name: 'Timeline' }).focus();
  await page.keyboard.press('Tab');
  let a = await active();
  // The time-axis toggle (wide screens) comes before the list.
  if (a?.cls === 'sl-btn') {
    await page.keyboard.press('Tab');
    a = await active();
  }
  // Roving timeline: one tab stop, arrows move.
  assert.equal(a?.cls, 'sl-ev', `focus after Tab: ${JSON.stringify(a)}`);
  const firstId = a?.id;
  await page.keyboard.press('ArrowDown');
  a = await active();
  assert.notEqual(a?.id, firstId, 'ArrowDown moves to the next event');
  await page.keyboard.press('Enter');
  a = await active();
  assert.equal(a?.expanded, 'true', 'Enter shows the source sentence');
  await page.keyboard.press('Home');
  assert.equal((await active())?.id, firstId);
  // Tabs: arrow keys switch views.
  await page.getByRole('tab', { name: 'Timeline' }).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getByRole('tab', { name: 'Relations' }).getAttribute('aria-selected'), 'true');
  // Graph: roving nodes, Enter opens the card, Esc closes it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  a = await active();
  // Zoom buttons come first; walk until the graph has focus.
  for (let i = 0; i < 4 && a?.cls !== 'sl-node'; i++) { await page.keyboard.press('Tab'); a = await active(); }
  assert.equal(a?.cls.split(' ')[0], 'sl-node', `graph node focused: ${JSON.stringify(a)}`);
  const n0 = a?.id;
  await page.keyboard.press('ArrowRight');
  a = await active();
  assert.notEqual(a?.id, n0, 'ArrowRight moves to another node');
  await page.keyboard.press('Enter');
  await page.locator('[data-storylens] .sl-card').waitFor();
  assert.equal((await active())?.cls, 'sl-card', 'the card takes focus');
  await page.screenshot({ path: join(artifacts, 'index-1280-keyboard-card.png') });
  await page.keyboard.press('Escape');
  await page.locator('[data-storylens] .sl-card').waitFor({ state: 'detached' });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('deep links open the same state', async () => {
  const { context, page, log } = await open();
  await page.goto(origin + '/index.html');
  const ids = await page.evaluate(async () => {
    const ds = document.querySelector('[data-storylens]')?.getAttribute('data-dataset');
    // @ts-ignore
    const e = await window.StoryLens.engine(ds ? { dataset: ds } : undefined);
    const tl = await e.timeline({});
    const q = await e.searchQuotes('ceasefire proposed', { limit: 1 });
    return { event: tl[tl.length - 1].id, quote: q[0].id, entity: (await e.lookup('musk', { limit: 1 }))[0].id };
  });
  // Entity: the card opens and filters the views.
  await page.goto(`${origin}/index.html#storylens/entity/${encodeURIComponent(ids.entity)}`);
  await page.locator('[data-storylens] .sl-card').waitFor({ timeout: 20000 });
  assert.match(await page.locator('[data-storylens] .sl-card h3').textContent() || '', /Musk/);
  // Quote: the quotes view with the quote selected.
  await page.evaluate((h) => { location.hash = h; }, `#storylens/quote/${encodeURIComponent(ids.quote)}`);
  await page.locator(`[data-storylens] .sl-quote.sl-sel`).waitFor();
  assert.equal(await page.getByRole('tab', { name: 'Quotes' }).getAttribute('aria-selected'), 'true');
  assert.equal(await page.locator('[data-storylens] .sl-quote.sl-sel').getAttribute('data-id'), ids.quote);
  // Event: a fresh load straight to an event, even before scrolling.
  const p2 = await context.newPage();
  await p2.goto(`${origin}/index.html#storylens/event/${encodeURIComponent(ids.event)}`);
  await p2.locator('[data-storylens] .sl-ev.sl-sel').waitFor({ timeout: 20000 });
  assert.equal(await p2.locator('[data-storylens] .sl-ev.sl-sel').getAttribute('data-id'), ids.event);
  assert.equal(await p2.locator('[data-storylens] .sl-ev.sl-sel button[aria-expanded]').getAttribute('aria-expanded'), 'true');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('phone width: no horizontal overflow, screenshots at 375px and 320px', async () => {
  for (const width of [375, 320]) {
    const { context, page, log } = await open({ width, height: 800 });
    await page.goto(origin + '/index.html');
    await ready(page);
    const over = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(await over() <= 0, `timeline overflows at ${width}px by ${await over()}px`);
    await page.locator('[data-storylens]').screenshot({ path: join(artifacts, `index-${width}-timeline.png`) });
    for (const tab of ['Relations', 'People', 'Quotes']) {
      await page.getByRole('tab', { name: tab }).click();
      assert.ok(await over() <= 0, `${tab} overflows at ${width}px`);
    }
    await page.getByLabel('Search quotes').fill('ceasfire nonsence');
    await page.locator('[data-storylens] .sl-quote mark').first().waitFor();
    if (width === 375) {
      await page.screenshot({ path: join(artifacts, 'index-375-quotes.png'), fullPage: true });
      await page.getByRole('tab', { name: 'Relations' }).click();
      await page.locator('[data-storylens]').screenshot({ path: join(artifacts, 'index-375-graph.png') });
      assert.deepEqual(await axe(page), [], 'axe at 375px');
    }
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test('dark colour scheme: data-theme=auto follows it and keeps contrast', async () => {
  const { context, page, log } = await open({ width: 375, height: 800, colorScheme: 'dark', reducedMotion: 'reduce' });
  await page.goto(origin + '/index.html');
  await ready(page);
  const bg = await page.locator('[data-storylens] .sl-head').evaluate((el) => getComputedStyle(/** @type {Element} */ (el.closest('.sl'))).backgroundColor);
  assert.notEqual(bg, 'rgb(255, 255, 255)', 'auto theme turned dark');
  await page.getByRole('tab', { name: 'Quotes' }).click();
  await page.getByLabel('Search quotes').fill('ceasfire nonsence');
  await page.locator('[data-storylens] .sl-quote mark').first().waitFor();
  await page.locator('[data-storylens]').screenshot({ path: join(artifacts, 'index-375-dark-quotes.png') });
  assert.deepEqual(await axe(page), [], 'axe in the dark theme');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('two.html: two widgets share one engine; the second loads when scrolled near', async () => {
  const { context, page, log } = await open({ colorScheme: 'dark' });
  await page.goto(origin + '/two.html');
  await ready(page, '#first');
  assert.match(await page.locator('#first .sl-filter').textContent() || '', /Showing .*Musk/, 'data-entity filters the first widget');
  // The second widget is far below: still its fallback.
  assert.equal(await page.locator('#second .sl-head').count(), 0, 'second widget waits until it nears the viewport');
  assert.ok(await page.locator('#second .sl-status').count() === 1);
  await page.locator('#second').scrollIntoViewIfNeeded();
  await page.locator('#second .sl-graph').waitFor({ timeout: 20000 });
  assert.equal(await page.locator('#second [role=tab]').count(), 0, 'graph-only widget has no tabs');
  const wasm = log.requests.filter((u) => u.endsWith('.wasm'));
  const eng = log.requests.filter((u) => u.endsWith('/engine.mjs'));
  assert.equal(wasm.length, 1, `wasm requested once: ${wasm}`);
  assert.equal(eng.length, 1, 'engine.mjs imported once');
  await page.screenshot({ path: join(artifacts, 'two-1280-dark.png'), fullPage: true });
  assert.deepEqual(await axe(page), [], 'axe on two widgets, dark theme');
  assert.deepEqual(log.errors, []);
  assertLocal(log.requests);
  // Print: a linear chronology.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#first .sl-panel[data-print]').isVisible(), true);
  assert.equal(await page.locator('#first [role=tablist]').isVisible(), false);
  await page.screenshot({ path: join(artifacts, 'two-print.png'), fullPage: true });
  await context.close();
});

test('bad input: odd queries, unknown deep links and foreign datasets leave the widget working', async () => {
  const { context, page, log } = await open();
  await page.goto(origin + '/index.html#storylens/entity/%3Cimg%20src%3Dx%3E');
  await ready(page);
  for (const hash of ['#storylens/quote/nope', '#storylens/event/../../x', '#storylens/entity/', '#storylens/%E0%A4%A']) {
    await page.evaluate((h) => { location.hash = h; }, hash);
  }
  await page.getByRole('tab', { name: 'Quotes' }).click();
  for (const q of ['"', '\\', '%00', '<script>', 'x'.repeat(500), '🙂🙂', '   ']) await page.getByLabel('Search quotes').fill(q);
  await page.getByLabel('Search quotes').fill('ceasfire nonsence');
  await page.waitForFunction(() => /ceasefire/i.test(document.querySelector('[data-storylens]')?.shadowRoot?.querySelector('.sl-quote')?.textContent || ''));
  const foreign = await page.evaluate(() => /** @type {any} */ (window).StoryLens.engine({ dataset: 'https://evil.example/d.json' }).then(() => 'loaded', (e) => String(e.message)));
  assert.match(foreign, /must be on this site/);
  assert.deepEqual(log.errors, []);
  assertLocal(log.requests);
  await context.close();
});

test('nowasm.html: the static fallback stays when the CSP forbids WebAssembly', async () => {
  const { context, page, log } = await open();
  await page.goto(origin + '/nowasm.html');
  await page.locator('[data-storylens]').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => /cannot run/.test(document.querySelector('[data-storylens]')?.shadowRoot?.textContent || ''), null, { timeout: 20000 });
  assert.ok(await page.locator('.storylens-fallback-events li').first().isVisible(), 'dated list visible');
  assert.ok(await page.locator('.storylens-fallback-people li').first().isVisible(), 'key people visible');
  await page.screenshot({ path: join(artifacts, 'nowasm-1280.png'), fullPage: true });
  assert.deepEqual(log.errors.filter((e) => !/WebAssembly|wasm-unsafe-eval|Content Security Policy/i.test(e)), []);
  assertLocal(log.requests);
  await context.close();
});

test('no JavaScript: the article and fallback are in the HTML', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(origin + '/index.html');
  assert.ok(await page.locator('.storylens-fallback-events li').count() >= 3);
  await page.screenshot({ path: join(artifacts, 'nojs-375.png'), fullPage: true });
  await context.close();
});

/**
 * Replaces every display string in a dataset with a hostile payload around
 * it, keeping IDs, dates and offsets.
 * @param {any} ds
 */
function poison(ds) {
  const evil = (/** @type {string} */ s) => `<img src=x onerror="window.${PAYLOAD_FLAG}=1;alert(1)">${s}<script>window.${PAYLOAD_FLAG}=1</script>`;
  ds.title = evil(ds.title || 'Story');
  for (const d of ds.documents || []) {
    d.title = evil(d.title); d.outlet = evil(d.outlet); d.url = `javascript:window.${PAYLOAD_FLAG}=1`;
    d.byline = (d.byline || []).map(evil);
  }
  for (const e of ds.entities || []) {
    e.name = evil(e.name); e.aliases = (e.aliases || []).map(evil); e.descriptors = (e.descriptors || []).map(evil);
  }
  for (const q of ds.quotes || []) q.text = evil(q.text);
  for (const e of ds.events || []) e.text = evil(e.text);
  for (const r of ds.relations || []) r.label = evil(r.label);
  for (const c of ds.contested || []) c.claim = evil(c.claim);
  return ds;
}

for (const variant of ['hostile', 'poisoned']) {
  test(`${variant} content renders as text and nothing runs`, async (t) => {
    const fixture = join(dist, 'hostile.dataset.json');
    assert.ok(await stat(fixture).catch(() => null), 'dist/hostile.dataset.json is missing: make build compiles it from web/test/fixtures/hostile');
    let url = origin + '/hostile.html';
    if (variant === 'poisoned') {
      const ds = poison(JSON.parse(await readFile(fixture, 'utf8')));
      routes.set('/poisoned.dataset.json', { type: 'application/json', body: JSON.stringify(ds) });
      const html = (await readFile(join(dist, 'hostile.html'), 'utf8')).replace('data-dataset="hostile.dataset.json"', 'data-dataset="poisoned.dataset.json"');
      routes.set('/poisoned.html', { type: 'text/html; charset=utf-8', body: html });
      url = origin + '/poisoned.html';
    }
    const { context, page, log } = await open();
    await page.goto(url);
    await ready(page);
    for (const b of await page.locator('[data-storylens] .sl-ev button[aria-expanded]').all()) await b.click();
    await page.getByRole('tab', { name: 'People' }).click();
    await page.getByLabel('Find a person, organisation or place').fill('img');
    await page.getByRole('tab', { name: 'Relations' }).click();
    // Long hostile labels may overlap: dispatch the clicks, this test is about escaping.
    for (const e of (await page.locator('[data-storylens] .sl-edge').all()).slice(0, 5)) await e.dispatchEvent('click');
    const node = page.locator('[data-storylens] .sl-node').first();
    if (await node.count()) await node.dispatchEvent('click');
    await page.getByRole('tab', { name: 'Quotes' }).click();
    await page.getByLabel('Search quotes').fill('script img');
    // The search has run when its status names the query.
    await page.locator('[data-storylens] .sl-status', { hasText: 'match “script img”' }).waitFor();
    const found = await page.evaluate((flag) => {
      const shadow = document.querySelector('[data-storylens]')?.shadowRoot;
      return {
        flag: /** @type {any} */ (window)[flag],
        imgs: document.querySelectorAll('img').length + (shadow?.querySelectorAll('img').length || 0),
        scripts: [...document.scripts].map((s) => s.src.replace(location.origin, '')),
        jsLinks: [...document.querySelectorAll('a[href]'), ...(shadow?.querySelectorAll('a[href]') || [])].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') || '')).length,
        text: shadow?.textContent || '',
      };
    }, PAYLOAD_FLAG);
    assert.equal(found.flag, undefined, 'payload flag set');
    assert.equal(found.imgs, 0, 'an <img> element was created');
    assert.equal(found.jsLinks, 0, 'javascript: link');
    assert.deepEqual(found.scripts.filter((s) => !/^\/(embed\.js|wasm_exec\.js)$/.test(s)), [], 'unexpected scripts');
    assert.match(found.text, /<(img|script)/, 'payload shown as text');
    assert.deepEqual(log.dialogs, [], 'a dialog fired');
    assert.ok(!log.requests.some((u) => u.endsWith('/x')), 'img src=x was requested');
    assertLocal(log.requests);
    assert.deepEqual(log.errors, []);
    await page.screenshot({ path: join(artifacts, `${variant}-1280.png`), fullPage: true });
    await context.close();
  });
}
