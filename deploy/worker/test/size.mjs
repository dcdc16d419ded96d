// The worker's size against the Workers limits, which apply to the
// gzip-compressed upload: 3 MiB on the free plan, 10 MiB on the paid one.
// Static assets do not count; each may be up to 25 MiB.
//
//   node test/size.mjs     (after make build)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { offlineEnv } from './wrangler.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const MiB = 1024 * 1024;
export const limits = { free: 3 * MiB, paid: 10 * MiB };

function files(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const gz = (b) => gzipSync(b, { level: 9 }).length;

/**
 * Measures the built worker: wrangler's own upload figures (from a dry-run
 * deploy, which needs no account), the wasm alone, and what embedding the
 * widget's files in the wasm instead would have added.
 */
export function measure() {
  const out = execFileSync('node_modules/.bin/wrangler', ['deploy', '--dry-run', '--outdir', 'build/dry-run'],
    { cwd: root, env: { ...process.env, ...offlineEnv }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const m = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(out);
  if (!m) throw new Error(`no "Total Upload" in wrangler deploy --dry-run output:\n${out}`);
  const wasm = readFileSync(join(root, 'build/worker/app.wasm'));
  const assets = files(join(root, 'build/assets/storylens/v1')).filter((p) => !p.endsWith('v1/embed.js'));
  const assetRaw = assets.reduce((n, p) => n + statSync(p).size, 0);
  const assetGzip = assets.reduce((n, p) => n + gz(readFileSync(p)), 0);
  return {
    uploadRaw: Math.round(Number(m[1]) * 1024),
    uploadGzip: Math.round(Number(m[2]) * 1024),
    wasmRaw: wasm.length,
    wasmGzip: gz(wasm),
    assetRaw,
    assetGzip,
  };
}

export function report(s) {
  const f = (n) => `${(n / MiB).toFixed(2)} MiB`;
  const pct = (n, of) => `${((100 * n) / of).toFixed(0)}%`;
  return [
    `worker upload (wrangler): ${f(s.uploadRaw)} raw, ${f(s.uploadGzip)} gzip = ${pct(s.uploadGzip, limits.free)} of the free plan's 3 MiB, ${pct(s.uploadGzip, limits.paid)} of the paid plan's 10 MiB`,
    `  of which app.wasm:      ${f(s.wasmRaw)} raw, ${f(s.wasmGzip)} gzip -9`,
    `static assets (not counted): ${f(s.assetRaw)} raw, ${f(s.assetGzip)} gzip -9`,
    `  embedded in the worker instead: about ${f(s.uploadGzip + s.assetGzip)} gzip = ${pct(s.uploadGzip + s.assetGzip, limits.free)} of the free limit`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(report(measure()));
}
