// Loads the StoryLens engine in Node from the built files in dist/.
import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import vm from 'node:vm';
import { createEngine } from './engine.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Loads the wasm engine from disk and returns the same API as the browser's.
 *
 * @param {object} [opts]
 * @param {string} [opts.wasm] path of the wasm file (default ../dist/storylens.wasm)
 * @param {string} [opts.wasmExec] path of wasm_exec.js (default ../dist/wasm_exec.js,
 *   else the Go installation's)
 * @param {string | object} [opts.dataset] a dataset to open instead of the embedded
 *   one: a file path, JSON text or an object
 * @param {(instance: WebAssembly.Instance) => void} [opts.onInstance]
 */
export async function loadEngine(opts = {}) {
  loadGo(opts.wasmExec);
  const bytes = await readFile(opts.wasm ?? join(dist, 'storylens.wasm'));
  let dataset = opts.dataset;
  if (typeof dataset === 'string' && !/^\s*[{[]/.test(dataset)) {
    dataset = await readFile(dataset, 'utf8');
  }
  return createEngine({ wasm: bytes, dataset, onInstance: opts.onInstance });
}

// loadGo runs wasm_exec.js, which defines globalThis.Go, once.
function loadGo(path) {
  if (typeof globalThis.Go === 'function') return;
  if (!path) {
    path = join(dist, 'wasm_exec.js');
    if (!existsSync(path)) {
      const root = execFileSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).trim();
      path = join(root, 'lib', 'wasm', 'wasm_exec.js');
    }
  }
  vm.runInThisContext(readFileSync(path, "utf8"), { filename: path });
}

