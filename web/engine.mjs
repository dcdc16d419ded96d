// StoryLens engine: runs the Go wasm module and exposes its query API.
// The same module serves the browser widget and Node (through node.mjs).
//
// Contract with the wasm program (wasm/main.go): before go.run we set
// globalThis.__storylens = { ready(query, open) }; the program calls ready
// during go.run, synchronously, so the global is ours for that moment only.
// query(requestJSON) takes the JSON text of one request (story.Request:
// {method, name | id | query, options}) and returns a string: JSON text, or
// "!" and an error message, which we throw as an Error. Every check of the
// arguments is made in Go, once, for this module and the worker alike.

/**
 * @typedef {{id: string, name: string, type: string, score: number}} Match
 * @typedef {{
 *   lookup(name: string, opts?: {limit?: number}): Match[],
 *   entity(id: string): object | null,
 *   searchQuotes(q: string, opts?: {limit?: number, speaker?: string, doc?: string, from?: string, to?: string}): object[],
 *   timeline(opts?: {entity?: string, from?: string, to?: string}): object[],
 *   graph(opts?: {entity?: string, minWeight?: number}): {nodes: object[], relations: object[]},
 *   stats(): {documents: number, entities: number, quotes: number, events: number, relations: number, schema: number, version: string, outlets: number},
 *   overview(): object,
 * }} Engine
 */

/** The longest request, as JSON text, that a query may pass to Go. */
const MAX_REQUEST = 64 * 1024;

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

  let query;
  let open;
  const previous = globalThis.__storylens;
  globalThis.__storylens = { ready: (q, o) => { query = q; open = o; } };
  const exited = go.run(instance); // runs main until it waits for calls
  if (previous === undefined) delete globalThis.__storylens;
  else globalThis.__storylens = previous;
  if (typeof query !== 'function') {
    await exited;
    throw new Error('storylens: the wasm program exited before it was ready');
  }

  /** Sends one request (story.Request) and returns the parsed answer. */
  const invoke = (request) => {
    const method = typeof request?.method === 'string' ? request.method : 'call';
    let json;
    try {
      json = JSON.stringify(request, (_, v) => (typeof v === 'bigint' ? {} : v));
    } catch (err) {
      throw new Error(`${method}: arguments must be plain JSON values (${err.message})`);
    }
    // Refused here, before the text is copied into the Go heap: a reader's
    // query is never this long, and wasm memory, once grown, never shrinks.
    if (json.length > MAX_REQUEST) {
      throw new Error(`${method}: arguments too long (${json.length} characters as JSON; at most ${MAX_REQUEST})`);
    }
    const out = query(json);
    if (typeof out !== 'string') throw new Error(`${method}: no answer from the engine`);
    if (out[0] === '!') throw new Error(out.slice(1));
    return JSON.parse(out);
  };

  if (dataset !== undefined) {
    const text = typeof dataset === 'string' ? dataset : JSON.stringify(dataset);
    if (typeof text !== 'string') throw new Error('storylens: options.dataset must be JSON text or an object');
    const out = open(text); // the dataset travels as it is, not wrapped in a request
    if (out[0] === '!') throw new Error(out.slice(1));
  }

  return Object.freeze({
    lookup: (name, options) => invoke({ method: 'lookup', name, options }),
    entity: (id) => withSources(invoke({ method: 'entity', id })),
    searchQuotes: (query, options) => invoke({ method: 'searchQuotes', query, options }),
    timeline: (options) => invoke({ method: 'timeline', options }),
    graph: (options) => withEdges(invoke({ method: 'graph', options })),
    stats: () => invoke({ method: 'stats' }),
    overview: () => invoke({ method: 'overview' }),
    /** Sends a story.Request object as it is: the worker's API takes the same. */
    request: (request) => invoke(request),
  });
}

// withSources keeps entity().sources, the name its documents had before,
// as a non-enumerable alias of entity().documents.
function withSources(c) {
  if (c && Array.isArray(c.documents)) Object.defineProperty(c, 'sources', { value: c.documents, enumerable: false });
  return c;
}

// withEdges keeps graph().edges, the name relations had before, as a
// non-enumerable alias of graph().relations.
function withEdges(g) {
  if (g && Array.isArray(g.relations)) Object.defineProperty(g, 'edges', { value: g.relations, enumerable: false });
  return g;
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
