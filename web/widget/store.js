// createStore wraps the engine API (README.md, "Engine API") and gives the
// views one normalised shape: entity and document references become objects
// with names and outlets, evidence becomes {doc, text, start, end}. It never
// calls the engine on its own: names come from the answers it has seen
// (overview, graph, cards, lookups). Engine results are awaited, so a
// synchronous or an asynchronous engine both work.

import { list } from './format.js';

/**
 * @typedef {{id: string, name: string, type: string}} EntityRef
 * @typedef {{id: string, outlet: string, title: string, url?: string, published?: string}} DocRef
 * @typedef {{doc: DocRef | null, text: string, start?: number, end?: number}} Evidence
 * @typedef {{value: string, precision: string, mod?: string}} When
 * @typedef {{id: string, claim: string, outlets: number, sides: {stance: string, holder: EntityRef | null, evidence: Evidence}[]}} Claim
 * @typedef {{id: string, date: When, label: string, text: string, entities: EntityRef[], docs: DocRef[], outlets: number, evidence: Evidence[], importance: number, contested: Claim | null, corrected: boolean}} TimelineEvent
 * @typedef {{id: string, name: string, type: string, weight: number, x: number, y: number}} GraphNode
 * @typedef {{id: string, a: string, b: string, label: string, subject: string, weight: number, evidence: Evidence[], contested: Claim | null, corrected: boolean}} GraphEdge
 * @typedef {{id: string, text: string, speaker: EntityRef | null, doc: DocRef | null, sources: Evidence[], highlights: number[][], contested: Claim | null, corrected: boolean, evidence: Evidence[]}} Quote
 * @typedef {{nodes: GraphNode[], edges: GraphEdge[]}} Graph
 * @typedef {EntityRef & {mentions: number, documents: number, role: string}} KeyActor
 */

/**
 * Reports whether two evidence spans overlap in one document.
 * @param {Evidence} a @param {Evidence} b
 */
const overlap = (a, b) => !!a.doc && a.doc.id === b.doc?.id && Number(a.start) < Number(b.end) && Number(b.start) < Number(a.end);

/**
 * Marks the items whose evidence (a quote's sources) overlaps a side of a
 * contested claim.
 * @param {{evidence: Evidence[], sources?: Evidence[], contested: Claim | null}[]} items
 * @param {Claim[]} claims
 */
export function markContested(items, claims) {
  for (const it of items) {
    // A quote's own words (its sources), not the paragraph around them.
    it.contested ||= claims.find((c) => c.sides.some((s) => (it.sources || it.evidence).some((v) => overlap(v, s.evidence)))) || null;
  }
}

/**
 * Merges quote hits that are one quotation: the same ID, or the same
 * speaker and words, reported by several documents. The first hit of each
 * keeps its place and gains the others' sources.
 * @param {Quote[]} quotes
 */
export function mergeQuotes(quotes) {
  /** @type {Map<string, Quote>} */
  const seen = new Map();
  const out = [];
  for (const q of quotes) {
    const words = `${q.speaker?.id}|${q.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
    const first = seen.get(q.id) || seen.get(words);
    if (first) {
      for (const s of q.sources) if (!first.sources.some((x) => x.doc?.id === s.doc?.id)) first.sources.push(s);
      continue;
    }
    seen.set(q.id, q).set(words, q);
    out.push(q);
  }
  return out;
}

/**
 * @param {any} engine the object createEngine resolves to
 */
export function createStore(engine) {
  /** @type {Map<string, EntityRef>} */
  const names = new Map();
  /** @type {Map<string, DocRef>} */
  const docs = new Map();

  /** @param {any} x @returns {EntityRef} */
  function entityRef(x) {
    if (x == null || typeof x !== 'object') return names.get(String(x)) || { id: String(x), name: '', type: '' };
    const r = { id: String(x.id ?? ''), name: String(x.name ?? ''), type: String(x.type ?? '') };
    const known = names.get(r.id);
    if (r.name && (!known || !known.type)) names.set(r.id, known && !r.type ? { ...r, type: known.type } : r);
    return names.get(r.id) || r;
  }

  /** @param {any} x @returns {DocRef | null} */
  function docRef(x) {
    if (x == null) return null;
    if (typeof x !== 'object') return docs.get(String(x)) || { id: String(x), outlet: String(x), title: '' };
    const r = { id: String(x.id ?? ''), outlet: String(x.outlet ?? x.id ?? ''), title: String(x.title ?? ''), url: x.url ? String(x.url) : undefined, published: x.published ? String(x.published) : undefined };
    if (r.id && x.outlet && !docs.has(r.id)) docs.set(r.id, r);
    return docs.get(r.id) || r;
  }

  /** @param {any} ev @returns {Evidence} */
  function evidence(ev) {
    if (typeof ev === 'string') return { doc: null, text: ev };
    const d = ev?.doc;
    return { doc: d == null ? null : docRef(typeof d === 'object' || !ev.outlet ? d : { id: d, outlet: ev.outlet }), text: String(ev?.text ?? ''), start: ev?.start, end: ev?.end };
  }

  /** @param {any} e @returns {TimelineEvent} */
  const event = (e) => {
    // Evidence and coverage first: they name the outlets of e.docs.
    const ev = list(e.evidence).map(evidence).filter((v) => v.text);
    list(e.coverage?.documents).forEach(docRef);
    const ds = list(e.docs).map(docRef).filter(Boolean);
    return {
      id: String(e.id),
      date: e.date || { value: '', precision: '' },
      label: String(e.label || e.text || ''),
      text: String(e.text ?? ''),
      entities: list(e.entities).map(entityRef).filter((x) => x.name),
      docs: /** @type {DocRef[]} */ (ds),
      outlets: Number(e.coverage?.outletCount) || new Set(ds.map((d) => d?.outlet)).size,
      evidence: ev,
      importance: Number(e.importance) || 0,
      contested: null,
      corrected: !!e.corrected,
    };
  };

  /** @param {any} q @returns {Quote} */
  const quote = (q) => {
    const doc = docRef(q.doc);
    const sources = list(q.sources).map(evidence);
    return {
      id: String(q.id),
      text: String(q.text ?? ''),
      speaker: q.speaker ? entityRef(q.speaker) : null,
      doc,
      sources: sources.length ? sources : [{ doc, text: String(q.text ?? '') }],
      highlights: list(q.highlights),
      contested: null,
      corrected: !!q.corrected,
      evidence: list(q.evidence).map(evidence).filter((v) => v.text),
    };
  };

  return {
    engine,
    entityRef,
    docs,
    names,

    /** The first screen, in one engine call. */
    async overview() {
      const o = (await engine.overview()) || {};
      const documents = list(o.documents).map(docRef).filter(Boolean);
      /** @type {KeyActor[]} */
      const people = [...list(o.people), ...list(o.organisations)].map((p) => ({ ...entityRef(p), mentions: Number(p.mentions) || 0, documents: Number(p.documents) || 0, role: String(p.role || '') }));
      /** @type {Claim[]} */
      const contested = list(o.contested).map((c) => ({
        id: String(c.id), claim: String(c.claim ?? ''), outlets: Number(c.coverage?.outletCount) || 0,
        sides: list(c.sides).map((s) => ({ stance: String(s.stance ?? ''), holder: s.holder ? entityRef(s.holder) : null, evidence: evidence(s.evidence) })),
      }));
      const events = list(o.events).map(event);
      markContested(events, contested);
      return {
        title: String(o.title ?? ''),
        counts: o.counts || {},
        outlets: list(o.outlets).map((x) => String(x.name ?? x)),
        documents: /** @type {DocRef[]} */ (documents),
        people, events, contested,
        examples: { people: list(o.examples?.people).map(String), quotes: list(o.examples?.quotes).map(String) },
      };
    },

    /** @param {{entity?: string}} [o] @returns {Promise<TimelineEvent[]>} */
    async timeline(o = {}) {
      return list(await engine.timeline(o.entity ? { entity: o.entity } : {})).map(event);
    },

    /** @returns {Promise<Graph>} */
    async graph() {
      const g = (await engine.graph({})) || {};
      const nodes = list(g.nodes).map((n) => ({ ...entityRef(n), weight: Number(n.weight) || 1, x: Number(n.x) || 0, y: Number(n.y) || 0 }));
      const edges = list(g.edges).map((e, i) => ({
        id: `${e.a}~${e.b}~${i}`,
        a: String(e.a), b: String(e.b), label: String(e.label ?? ''), subject: String(e.subject ?? ''), weight: Number(e.weight) || 1,
        evidence: list(e.evidence).map(evidence).filter((v) => v.text || v.doc),
        contested: null, corrected: !!e.corrected,
      }));
      return { nodes, edges };
    },

    /**
     * @param {string} q
     * @param {{speaker?: string, outlet?: string, from?: string, limit?: number}} [o]
     * @returns {Promise<Quote[]>}
     */
    async searchQuotes(q, o = {}) {
      /** @type {Record<string, any>} */
      const opts = { limit: o.limit || 50, evidence: true };
      for (const k of /** @type {const} */ (['speaker', 'outlet', 'from'])) if (o[k]) opts[k] = o[k];
      return mergeQuotes(list(await engine.searchQuotes(q, opts)).map(quote));
    },

    /** @param {string} id */
    async entity(id) {
      const e = await engine.entity(id);
      if (!e) return null;
      entityRef({ id: e.id, name: e.name, type: e.type });
      for (const s of list(e.sources)) docRef(s);
      return {
        id: String(e.id), name: String(e.name), type: String(e.type || ''), role: String(e.role || ''), corrected: !!e.corrected,
        aliases: list(e.aliases).map(String),
        descriptors: [...new Map(list(e.descriptors).map((d) => [String(d).toLowerCase(), String(d)])).values()],
        quotes: list(e.quotes).map(quote),
        events: list(e.events).map(event),
        relations: list(e.relations).map((r) => ({
          other: entityRef(r.other),
          label: String(r.label ?? ''),
          subject: String(r.subject ?? ''),
          corrected: !!r.corrected,
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
}
