// Chromium check of the review sheet (gendata -review): the page that
// gendata writes for the made-up newsroom fixture opens without a console
// error or a request, lists the same items as the terminal table, shows
// each with its source sentence, and its copy button copies the exact
// corrections.json line.
//   node --test web/test/review.test.mjs   (after make build; see harness.mjs)

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { artifacts, axe, browser, open, origin, repo, routes } from './harness.mjs';

const fixture = join(repo, 'web', 'test', 'fixtures', 'newsroom');
/** @type {string} */
let tmp;
/** @type {string} */
let table;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'storylens-review-'));
  // Without the editor's corrections, so that the sheet has weak items.
  await cp(fixture, join(tmp, 'in'), { recursive: true, filter: (f) => !f.endsWith('corrections.json') });
  table = execFileSync('go', ['run', './tools/gendata', '-in', join(tmp, 'in'), '-out', join(tmp, 'dataset.json'), '-review'], { cwd: repo, encoding: 'utf8' });
  routes.set('/__review/review.html', { type: 'text/html; charset=utf-8', body: await readFile(join(tmp, 'review.html')) });
});

after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** The rows of the terminal table: [kind, id, fix] of each item. */
function rows() {
  const lines = table.split('\n');
  const head = lines.findIndex((l) => l.startsWith('KIND'));
  assert.ok(head > 0, `table has a header:\n${table}`);
  const idCol = lines[head].indexOf('ID'), checkCol = lines[head].indexOf('CHECK'), fixCol = lines[head].indexOf('FIX');
  return lines.slice(head + 1).filter((l) => l.trim() && !l.startsWith('Review sheet:'))
    .map((l) => [l.slice(0, idCol).trim(), l.slice(idCol, checkCol).trim(), l.slice(fixCol).trim()]);
}

test('review.html lists the table\'s items with their sentences and copies the fix', async () => {
  const want = rows();
  assert.ok(want.length >= 2, `the fixture has weak items: ${table}`);
  assert.ok(want.some(([kind]) => kind === 'look-alike entities'), 'the fixture has a look-alike pair');

  const { context, page, log } = await open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.goto(origin + '/__review/review.html');
  const items = page.locator('li.item');
  assert.equal(await items.count(), want.length, 'one item a table row');
  const got = await items.evaluateAll((els) => els.map((el) => [
    el.getAttribute('data-kind') || '', el.getAttribute('data-id') || '', el.querySelector('.line')?.textContent || '(check the sources)']));
  assert.deepEqual(got, want, 'the page lists the items of the table, in its order, with the same fixes');
  assert.ok(await page.locator('li.item blockquote p').count() >= want.length - 1, 'items show their source sentence');

  // The look-alike pair: copy its merge line.
  const pair = page.locator('li.item[data-kind="look-alike entities"]').first();
  const line = await pair.locator('.line').textContent();
  assert.ok(JSON.parse(line || '').op === 'merge', `the look-alike fix is a merge: ${line}`);
  await pair.getByRole('button', { name: 'Copy' }).click();
  await pair.locator('.status', { hasText: /Copied|Selected/ }).waitFor();
  if (await pair.locator('.status').textContent() === 'Copied') {
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), line, 'the clipboard holds the exact line');
  }
  await page.screenshot({ path: join(artifacts, 'review-1280.png'), fullPage: true });
  assert.deepEqual(log.errors, [], 'no console errors');
  assert.deepEqual(log.requests.filter((u) => u !== origin + '/__review/review.html'), [], 'the sheet requests nothing');
  await context.close();

  // The sheet's CSP admits only its own script, so axe runs in a context that bypasses it.
  const loose = await browser.newContext({ bypassCSP: true });
  const p2 = await loose.newPage();
  await p2.goto(origin + '/__review/review.html');
  assert.deepEqual(await axe(p2), [], 'axe on the review sheet');
  await loose.close();
});
