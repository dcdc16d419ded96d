// Generated requests, good and bad, each as an engine call (for the wasm
// module through web/node.mjs) and as the API URL that means the same call
// (for the worker). Deterministic: the same seed gives the same requests.
import { rng } from '../../../bench/rng.mjs';

/**
 * @param {number} n
 * @param {{ids: string[], docs: string[], words: string[]}} from what the dataset holds
 * @param {number} [seed]
 * @returns {{method: string, args: any[], path: string}[]}
 */
export function generate(n, { ids, docs, words }, seed = 7) {
  const rand = rng(seed);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const maybe = (p, v) => (rand() < p ? v() : undefined);
  const typo = (w) => {
    const i = Math.floor(rand() * w.length);
    return w.slice(0, i) + w.slice(i + 1);
  };
  const text = () => pick([
    () => pick(words), () => typo(pick(words)), () => `${pick(words)} ${typo(pick(words))}`,
    () => 'ж'.repeat(513), () => ' ', () => '<img src=x>', () => 'a\u0000b', () => 'Україна', () => '“quoted” & co',
  ])();
  const id = () => pick([() => pick(ids), () => pick(ids), () => 'no-such-entity', () => 'a b', () => '<x>', () => 'a'.repeat(513)])();
  const doc = () => pick([() => pick(docs), () => 'no-such-doc', () => 'bad doc'])();
  const date = () => pick(['2024', '2024-11', '2024-11-06', '2001', '2030-01-01', 'yesterday', '2024-13', '2024-11-32', '24']);
  const limit = () => pick([1, 2, 5, 10, 100, 101, 200, 201, 0, -1, 2.5, 1e3, 'ten']);
  const minWeight = () => pick([0, 1, 2, 3, 1e9, -1, 0.5, 'heavy']);
  const evidence = () => pick([true, false, 'maybe']);

  const out = [];
  for (let i = 0; i < n; i++) {
    const method = pick(['lookup', 'lookup', 'searchQuotes', 'searchQuotes', 'searchQuotes', 'entity', 'timeline', 'graph', 'stats', 'overview']);
    let opts = {};
    let call;
    let path;
    switch (method) {
      case 'lookup': {
        const q = text();
        opts = { limit: maybe(0.5, limit) };
        call = [q, clean(opts)];
        path = `/api/lookup?${query({ q, ...opts })}`;
        break;
      }
      case 'searchQuotes': {
        const q = maybe(0.9, text) ?? '';
        opts = { limit: maybe(0.4, limit), speaker: maybe(0.2, id), doc: maybe(0.1, doc), outlet: maybe(0.1, text),
          from: maybe(0.2, date), to: maybe(0.2, date), evidence: maybe(0.2, evidence) };
        call = [q, clean(opts)];
        path = `/api/search?${query({ q, ...opts })}`;
        break;
      }
      case 'entity': {
        const x = id();
        call = [x];
        path = `/api/entity/${encodeURIComponent(x)}`;
        break;
      }
      case 'timeline':
        opts = { entity: maybe(0.4, id), from: maybe(0.3, date), to: maybe(0.3, date) };
        call = [clean(opts)];
        path = `/api/timeline?${query(opts)}`;
        break;
      case 'graph':
        opts = { entity: maybe(0.4, id), minWeight: maybe(0.5, minWeight) };
        call = [clean(opts)];
        path = `/api/graph?${query(opts)}`;
        break;
      default:
        call = [];
        path = `/api/${method}`;
    }
    out.push({ method, args: call, path });
  }
  return out;
}

function clean(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function query(o) {
  return new URLSearchParams(Object.entries(clean(o)).map(([k, v]) => [k, String(v)])).toString();
}
