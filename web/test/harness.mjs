// The harness of the Chromium tests: a static server over dist/ (with
// in-memory routes that tests add), one Chromium, and helpers to open pages
// that record errors and requests, wait for a widget, run axe and read the
// performance marks. Importing it registers the before and after hooks.
//
// What the Makefile must do before these tests (make build does it):
//   mkdir -p dist
//   GOOS=js GOARCH=wasm go build ... -o dist/storylens.wasm ./wasm
//   cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" dist/
//   cp web/*.mjs dist/                            # engine.mjs
//   npx esbuild web/embed.js web/widget/*.js --minify --outbase=web --outdir=dist
//   go run ./tools/demopage -dataset dataset/dataset.json -hostile ... -fixture ... -out dist
//     (writes index.html, two.html, nowasm.html, demo.css; hostile.html from
//      dist/hostile.dataset.json, which make build compiles from the hostile
//      seed in web/test/fixtures/hostile; story.html from the made-up story
//      web/test/fixtures/harbour.dataset.json)
//
// Needs /usr/bin/chromium (apt-get install -y chromium). STORYLENS_DIST
// overrides the served folder. Screenshots go to test-artifacts/.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = resolve(process.env.STORYLENS_DIST || join(repo, 'dist'));
export const artifacts = join(repo, 'test-artifacts');
const axePath = join(repo, 'node_modules', 'axe-core', 'axe.min.js');

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.png': 'image/png', '.svg': 'image/svg+xml',
});

/** Extra in-memory routes, added by tests. @type {Map<string, {type: string, body: string | Buffer}>} */
export const routes = new Map();

/** @type {import('node:http').Server} */
let server;
/** @type {string} */
export let origin;
/** @type {import('playwright-core').Browser} */
export let browser;

before(async () => {
  await stat(join(dist, 'embed.js')).catch(() => { throw new Error(`${dist}/embed.js missing: run make build first`); });
  server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url || '/', 'http://x').pathname);
    const extra = routes.get(path);
    if (extra) {
      res.writeHead(200, { 'content-type': extra.type, 'cache-control': 'no-store' });
      res.end(extra.body);
      return;
    }
    const file = normalize(join(dist, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const addr = /** @type {import('node:net').AddressInfo} */ (server.address());
  origin = `http://127.0.0.1:${addr.port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  await mkdir(artifacts, { recursive: true });
  routes.set('/__test/axe.min.js', { type: 'text/javascript', body: await readFile(axePath) });
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
});

/**
 * Opens a page that records console errors, page errors, dialogs and every request.
 * @param {{width?: number, height?: number, colorScheme?: 'light' | 'dark', reducedMotion?: 'reduce' | 'no-preference'}} [o]
 */
export async function open(o = {}) {
  const context = await browser.newContext({ viewport: { width: o.width || 1280, height: o.height || 900 }, colorScheme: o.colorScheme || 'light', reducedMotion: o.reducedMotion || 'no-preference' });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const log = { errors: /** @type {string[]} */ ([]), requests: /** @type {string[]} */ ([]), dialogs: /** @type {string[]} */ ([]) };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) log.errors.push(`HTTP ${r.status()} ${r.url()}`); });
  page.on('dialog', (d) => { log.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  return { context, page, log };
}

/** Asserts that every request went to the test server. @param {string[]} requests */
export function assertLocal(requests) {
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, [], 'requests to other hosts');
}

/** Waits until the widget in host (CSS selector) is interactive. */
export async function ready(/** @type {import('playwright-core').Page} */ page, host = '[data-storylens]') {
  await page.locator(host).first().scrollIntoViewIfNeeded();
  await page.locator(`${host} .sl-head`).first().waitFor({ timeout: 20000 });
}

/** Runs axe-core on the page and returns serious and critical violations. */
export async function axe(/** @type {import('playwright-core').Page} */ page) {
  // Served from the page's origin, so the pages' strict CSP stays on.
  await page.addScriptTag({ url: origin + '/__test/axe.min.js' });
  const r = await page.evaluate(async () => {
    // @ts-ignore
    const res = await window.axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((/** @type {any} */ v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((/** @type {any} */ n) => n.target.join(' ')) }));
  });
  return r.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Returns the StoryLens performance marks, in ms since navigation start. */
export async function marks(/** @type {import('playwright-core').Page} */ page) {
  return page.evaluate(() => Object.fromEntries([
    ...performance.getEntriesByType('mark').filter((m) => m.name.startsWith('storylens:')).map((m) => [m.name.slice(10), Math.round(m.startTime)]),
    ...performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]),
  ]));
}

