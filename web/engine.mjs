// StoryLens engine: runs the Go wasm module and exposes its query API.
// The same module serves the browser widget and Node (through node.mjs).
//
// Contract with the wasm program (wasm/main.go): before go.run we put
// { ready(api) } in globalThis under a fresh name and pass that name in
// go.env.STORYLENS_GLOBAL; the program calls ready(api) once. Every api
// method returns a string: JSON text, or "!" and an error message, which
// we throw as an Error.

/**
 * @typedef {{id: string, name: string, type: string, score: number}} Match
 * @typedef {{
 *   lookup(name: string, opts?: {limit?: number}): Match[],
 *   entity(id: string): object | null,
 *   searchQuotes(q: string, opts?: {limit?: number, speaker?: string, doc?: string, from?: string, to?: string}): object[],
 *   timeline(opts?: {entity?: string, from?: string, to?: string}): object[],
 *   graph(opts?: {entity?: string, minWeight?: number}): {nodes: object[], edges: object[]},
 *   stats(): {documents: number, entities: number, quotes: number, events: number, relations: number, schema: number, version: string},
 * }} Engine
 */

let instances = 0;

/**
 * Instantiates the wasm module and returns the engine API.
 *
 * @param {object} options
 * @param {Response | Promise<Response> | BufferSource | WebAssembly.Module} options.wasm
 *   the module: a fetch Response (streamed when the server sends application/wasm),
 *   its bytes, or a compiled module.
 * @param {string | object} [options.dataset] a dataset (JSON text or object) to use
 *   instead of the embedded one; it is validated like the embedded one.
 * @param {typeof globalThis.Go} [options.Go] the Go class from wasm_exec.js
 *   (default: globalThis.Go).
 * @param {(instance: WebAssembly.Instance) => void} [options.onInstance] called with
 *   the wasm instance, for measurements.
 * @returns {Promise<Engine>}
 */
export async function createEngine({ wasm, dataset, Go = globalThis.Go, onInstance } = {}) {
  if (typeof Go !== 'function') {
    throw new Error('storylens: wasm_exec.js must be loaded first (globalThis.Go is missing)');
  }
  if (wasm == null) throw new Error('storylens: options.wasm is required');
  const go = new Go();
  const instance = await instantiate(await wasm, go.importObject);
  onInstance?.(instance);

  const key = `__storylens${++instances}`;
  go.env = { ...go.env, STORYLENS_GLOBAL: key };
  let api;
  const ready = new Promise((resolve) => {
    globalThis[key] = { ready: resolve };
  });
  const exited = go.run(instance).then(() => {
    throw new Error('storylens: the wasm program exited');
  });
  try {
    api = await Promise.race([ready, exited]);
  } finally {
    delete globalThis[key];
  }
  exited.catch(() => {}); // it only settles if the program dies later

  const call = (method, ...args) => {
    const out = api[method](...args);
    if (typeof out !== 'string') throw new Error(`${method}: no answer from the engine`);
    if (out[0] === '!') throw new Error(out.slice(1));
    return JSON.parse(out);
  };

  if (dataset !== undefined) {
    const text = typeof dataset === 'string' ? dataset : JSON.stringify(dataset);
    if (typeof text !== 'string') throw new Error('storylens: options.dataset must be JSON text or an object');
    call('open', text);
  }

  return Object.freeze({
    lookup: (name, opts) => call('lookup', name, opts),
    entity: (id) => call('entity', id),
    searchQuotes: (q, opts) => call('searchQuotes', q, opts),
    timeline: (opts) => call('timeline', opts),
    graph: (opts) => call('graph', opts),
    stats: () => call('stats'),
  });
}

async function instantiate(source, imports) {
  if (source instanceof WebAssembly.Module) {
    return WebAssembly.instantiate(source, imports);
  }
  if (typeof Response !== 'undefined' && source instanceof Response) {
    if (!source.ok) throw new Error(`storylens: fetching the wasm module failed: HTTP ${source.status}`);
    if (WebAssembly.instantiateStreaming && /application\/wasm/.test(source.headers.get('content-type') || '')) {
      return (await WebAssembly.instantiateStreaming(source, imports)).instance;
    }
    source = await source.arrayBuffer();
  }
  return (await WebAssembly.instantiate(source, imports)).instance;
}
