// Starts the built worker under `wrangler dev` on 127.0.0.1, offline, for
// the tests and the cold-start figures.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The environment that keeps wrangler from reaching the network. */
export const offlineEnv = {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_SEND_ERROR_REPORTS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};

/** Returns a TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Runs `wrangler dev` in its own process group and resolves once it says
 * it is ready, with its URL, the time that took, and stop().
 *
 * @param {{timeoutMs?: number}} [opts]
 * @returns {Promise<{url: string, readyMs: number, startedAt: number, log: () => string, stop: () => Promise<void>}>}
 */
export async function startWorker({ timeoutMs = 60_000 } = {}) {
  const [port, inspector] = [await freePort(), await freePort()];
  const env = { ...process.env, ...offlineEnv };
  delete env.CLOUDFLARE_API_TOKEN; // never a remote session from a test
  const startedAt = performance.now();
  const child = spawn(
    'node_modules/.bin/wrangler',
    ['dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspector),
      '--show-interactive-dev-session=false', '--log-level', 'info'],
    { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch {}
      const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }, 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wrangler dev not ready after ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (d) => {
      out += d;
      if (/Ready on http:\/\/127\.0\.0\.1:\d+/.test(out)) {
        clearTimeout(timer);
        resolve(performance.now() - startedAt);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then((code) => { clearTimeout(timer); reject(new Error(`wrangler dev exited (${code}):\n${out}`)); });
  });
  let readyMs;
  try {
    readyMs = await ready;
  } catch (err) {
    await stop();
    throw err;
  }
  return { url: `http://127.0.0.1:${port}`, readyMs, startedAt, log: () => out, stop };
}
