// createStore wraps the engine API (DESIGN.md, "JS engine API") and gives the
// views one normalised shape: entity and document references become objects
// with names and outlets, evidence becomes {doc, text}. Engine results are
// awaited, so a synchronous or an asynchronous engine both work.

import { list } from './format.js';

/**
 * @typedef {{id: string, name: string, type: string}} EntityRef
 * @typedef {{id: string, outlet: string, title: string, url?: string}} DocRef
 * @typedef {{doc: DocRef | null, text: string}} Evidence
 * @typedef {{value: string, precision: string, mod?: string}} When
 * @typedef {{id: string, date: When, text: string, entities: EntityRef[], docs: DocRef[], evidence: Evidence[], contested: any}} TimelineEvent
 * @typedef {{id: string, name: string, type: string, weight: number, x: number, y: number}} GraphNode
 * @typedef {{id: string, a: string, b: string, label: string, weight: number, evidence: Evidence[], contested: any}} GraphEdge
 * @typedef {{id: string, text: string, speaker: EntityRef | null, doc: DocRef | null, highlights: number[][], contested: any, evidence: Evidence[]}} Quote
 * @typedef {{nodes: GraphNode[], edges: GraphEdge[]}} Graph
 */

/**
 * @param {any} engine the object createEngine resolves to
 */
export function createStore(engine) {
  /** @type {Map<string, EntityRef>} */
  const names = new Map();
  /** @type {Map<string, DocRef>} */
  const docs = new Map();

  /** @param {any} x @returns {EntityRef | null} */
  function entityRef(x) {
    if (x == null) return null;
    if (typeof x === 'string') {
      if (!names.has(x)) {
        let e = null;
        try { e = engine.entity(x); } catch { /* unknown id */ }
        if (e && typeof e.then !== 'function' && e.name) names.set(x, { id: x, name: String(e.name), type: String(e.type || '') });
      }
      return names.get(x) || { id: x, name: x, type: '' };
    }
    const r = { id: String(x.id ?? ''), name: String(x.name ?? x.id ?? ''), type: String(x.type ?? '') };
    if (r.id && r.name && !names.has(r.id)) names.set(r.id, r);
    return names.get(r.id) || r;
  }

  /** @param {any} x @returns {DocRef | null} */
  function docRef(x) {
    if (x == null) return null;
    if (typeof x === 'string') return docs.get(x) || { id: x, outlet: x, title: '' };
    const r = { id: String(x.id ?? x.doc ?? ''), outlet: String(x.outlet ?? x.id ?? ''), title: String(x.title ?? ''), url: x.url ? String(x.url) : undefined };
    if (r.id && x.outlet && !docs.has(r.id)) docs.set(r.id, r);
    return docs.get(r.id) || r;
  }

  /** @param {any} ev @returns {Evidence} */
  function evidence(ev) {
    if (typeof ev === 'string') return { doc: null, text: ev };
    const d = ev && (ev.doc ?? ev.document);
    return { doc: d == null ? null : docRef(typeof d === 'object' ? d : ev.outlet ? { id: d, outlet: ev.outlet, title: ev.title } : d), text: String(ev?.text ?? ev?.sentence ?? '') };
  }

  /** @param {any} e @returns {TimelineEvent} */
  const event = (e) => {
    // Evidence first: it names the outlets of the documents in e.docs.
    const ev = list(e.evidence).map(evidence).filter((v) => v.text);
    return {
      id: String(e.id),
      date: e.date || { value: '', precision: '' },
      text: String(e.text ?? ''),
      entities: list(e.entities).map(entityRef).filter(Boolean),
      docs: list(e.docs).map(docRef).filter(Boolean),
      evidence: ev,
      contested: e.contested || null,
    };
  };

  /** @param {any} q @returns {Quote} */
  const quote = (q) => ({
    id: String(q.id),
    text: String(q.text ?? ''),
    speaker: entityRef(q.speaker),
    doc: docRef(q.doc),
    highlights: list(q.highlights),
    contested: q.contested || null,
    evidence: list(q.evidence).map(evidence).filter((v) => v.text),
  });

  const store = {
    engine,
    entityRef,
    docRef,
    evidence,
    docs,
    names,

    /** @param {{entity?: string}} [o] @returns {Promise<TimelineEvent[]>} */
    async timeline(o = {}) {
      const opts = o.entity ? { entity: o.entity } : {};
      return list(await engine.timeline(opts)).map(event);
    },

    /** @param {{entity?: string}} [o] @returns {Promise<Graph>} */
    async graph(o = {}) {
      const g = (await engine.graph(o.entity ? { entity: o.entity } : {})) || {};
      const nodes = list(g.nodes).map((n) => {
        const r = entityRef(n);
        return { ...r, weight: Number(n.weight) || 1, x: Number(n.x) || 0, y: Number(n.y) || 0 };
      });
      const edges = list(g.edges).map((e, i) => ({
        id: `${e.a}~${e.b}~${i}`,
        a: String(e.a), b: String(e.b), label: String(e.label ?? ''), weight: Number(e.weight) || 1,
        evidence: list(e.evidence).map(evidence).filter((v) => v.text || v.doc),
        contested: e.contested || null,
      }));
      return { nodes, edges };
    },

    /**
     * @param {string} q
     * @param {{speaker?: string, doc?: string, limit?: number}} [o]
     * @returns {Promise<Quote[]>}
     */
    async searchQuotes(q, o = {}) {
      /** @type {Record<string, any>} */
      const opts = { limit: o.limit || 50, evidence: true };
      if (o.speaker) opts.speaker = o.speaker;
      if (o.doc) opts.doc = o.doc;
      return list(await engine.searchQuotes(q, opts)).map(quote);
    },

    /** @param {string} id */
    async entity(id) {
      const e = await engine.entity(id);
      if (!e) return null;
      entityRef({ id: e.id, name: e.name, type: e.type });
      for (const s of list(e.sources)) docRef(s);
      return {
        id: String(e.id), name: String(e.name), type: String(e.type || ''),
        aliases: list(e.aliases).map(String),
        descriptors: [...new Map(list(e.descriptors).map((d) => [String(d).toLowerCase(), String(d)])).values()],
        quotes: list(e.quotes).map((q) => (typeof q === 'string' ? { id: q, text: q, speaker: null, doc: null, highlights: [], contested: null, evidence: [] } : quote(q))),
        events: list(e.events).map((x) => (typeof x === 'string' ? { id: x, date: { value: '', precision: '' }, text: x, entities: [], docs: [], evidence: [], contested: null } : event(x))),
        relations: list(e.relations).map((r) => ({
          other: entityRef(r.other ?? (r.a === e.id ? r.b : r.a) ?? r.id),
          label: String(r.label ?? ''),
          evidence: list(r.evidence).map(evidence).filter((v) => v.text),
        })),
        sources: list(e.sources).map(docRef).filter(Boolean),
      };
    },

    /** @param {string} name @returns {Promise<(EntityRef & {score: number})[]>} */
    async lookup(name) {
      return list(await engine.lookup(name, { limit: 8 })).map((r) => ({ ...entityRef(r), score: Number(r.score) || 0 }));
    },
  };

  return store;
}
