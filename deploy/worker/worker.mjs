// The worker's entry module: syumai/workers' generated worker.mjs, changed
// to keep one Go program for all the requests an isolate serves.
//
// The generated entry starts a new Go program for every request, so each
// request paid Go's start and the parsing of the dataset (story.Open) again:
// some 40-300 ms of wasm before the query's microseconds. Here the first
// request starts the program and the later ones call its handler; if the
// program ever ends, the next request starts another. main.go serves with
// workers.ServeNonBlock and never returns, to match.
//
// The program sees the env and ctx of the request that started it. The API
// reads neither (no bindings, no waitUntil); a handler that did would need
// the generated entry back.
import './build/worker/wasm_exec.js';
import { createRuntimeContext, loadModule } from './build/worker/runtime.mjs';

globalThis.tryCatch = (fn) => {
  try {
    return { result: fn() };
  } catch (error) {
    return { error };
  }
};

/** @type {Promise<{handleRequest(req: Request): Promise<Response>}> | undefined} */
let program;

function start(env, ctx) {
  const started = (async () => {
    const mod = await loadModule();
    const go = new Go();
    const binding = {};
    let ready;
    const isReady = new Promise((resolve) => {
      ready = resolve;
    });
    const instance = new WebAssembly.Instance(mod, {
      ...go.importObject,
      workers: { ready: () => ready() },
    });
    const ended = () => {
      if (program === started) program = undefined;
    };
    go.run(instance, createRuntimeContext({ env, ctx, binding })).then(ended, ended);
    await isReady;
    return binding;
  })();
  started.catch(() => {
    if (program === started) program = undefined;
  });
  return started;
}

export default {
  async fetch(req, env, ctx) {
    program ??= start(env, ctx);
    return (await program).handleRequest(req);
  },
};
