// Chromium tests of the widget under a Content-Security-Policy sent as an
// HTTP header, as a newsroom's server would send it.
//   node --test web/test/csp.test.mjs   (after make build)
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ico': 'image/x-icon' };
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const NO_WASM = "default-src 'self'; script-src 'self'; style-src 'self'";

let browser, server, origin;

before(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const csp = url.searchParams.get('csp') === 'nowasm' ? NO_WASM : STRICT;
    const file = normalize(join(dist, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!file.startsWith(dist)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'content-security-policy': csp });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

/** Opens the demo article under a policy and records console messages and CSP violations. */
async function open(csp) {
  const page = await browser.newPage();
  const log = { console: [], violations: [] };
  page.on('console', (m) => log.console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => log.console.push({ type: 'error', text: String(e) }));
  await page.exposeFunction('__cspViolation', (v) => log.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${origin}/index.html?csp=${csp}`);
  await page.locator('[data-storylens]').first().scrollIntoViewIfNeeded();
  return { page, log };
}

test('strict CSP with wasm-unsafe-eval: the widget works and nothing is refused', async () => {
  const { page, log } = await open('strict');
  await page.locator('[data-storylens] .sl-head').first().waitFor({ timeout: 20000 });
  // The engine answers: a typo search in the quotes view finds results.
  const text = await page.evaluate(async () => {
    const engine = await window.StoryLens.engine();
    return engine.searchQuotes('ceasfire nonsence', { limit: 1 })[0]?.text ?? '';
  });
  assert.match(text, /^A ceasefire is being proposed/);
  assert.deepEqual(log.violations, [], 'CSP violations');
  assert.deepEqual(log.console.filter((m) => m.type === 'error' || m.type === 'warning'), []);
  await page.close();
});

test('CSP without wasm-unsafe-eval: the fallback stays and one warning says why', async () => {
  const { page, log } = await open('nowasm');
  await page.waitForFunction(() => /cannot run/.test(document.querySelector('[data-storylens]')?.shadowRoot?.textContent || ''), null, { timeout: 20000 });
  const people = await page.locator('.storylens-fallback-people li').count();
  const events = await page.locator('.storylens-fallback-events li').count();
  assert.ok(people > 0 && events > 0, `fallback lists ${people} people and ${events} dated items; want both`);
  const warnings = log.console.filter((m) => m.type === 'warning');
  assert.equal(warnings.length, 1, `want exactly one console warning, got ${JSON.stringify(warnings)}`);
  assert.match(warnings[0].text, /wasm-unsafe-eval/);
  assert.deepEqual(log.console.filter((m) => m.type === 'error'), [], 'console errors');
  await page.close();
});
