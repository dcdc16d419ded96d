// renderGraph draws the relationship graph as SVG at the positions graph()
// computed at build time, scaled to the width it has, with labels placed so
// that none overlaps another (labels.js). Below 560px it shows one entity's
// connections instead: an ego graph around it and a ranked list. Selecting
// an edge shows its evidence sentences and outlets. No animation, no wheel
// capture: + and − buttons zoom and the page keeps its touch scrolling.

import { C } from './classes.js';
import { checkedMark, contestedBadge, outlets, relationReading, renderEvidence } from './evidence.js';
import { plural } from './format.js';
import { emit, h, s } from './h.js';
import { around, measure, placeLabels, shortForms } from './labels.js';
import { roving } from './roving.js';

const NARROW = 560, LINE = 16, MAX_EGO = 8;
const RANK = /** @type {Record<string, number>} */ ({ person: 0, org: 1, place: 2 });

/** @param {string} type @param {number} r */
function shape(type, r) {
  if (type === 'org') return s('rect', { x: -r, y: -r, width: 2 * r, height: 2 * r, rx: 3 });
  if (type === 'place') return s('path', { d: `M0 ${-r * 1.2}L${r * 1.2} 0L0 ${r * 1.2}L${-r * 1.2} 0Z` });
  return s('circle', { r });
}

/**
 * Returns a relation's two ends in reading order: a person before an
 * organisation before a place ("Ada Brook – leads – Brook Foods").
 * @template {{type: string}} T @param {T} a @param {T} b @returns {[T, T]}
 */
export const ends = (a, b) => ((RANK[a.type] ?? 3) > (RANK[b.type] ?? 3) ? [b, a] : [a, b]);

/**
 * @param {HTMLElement} el container
 * @param {import('./store.js').Graph} data
 * @param {{root: Element, selected?: string}} opts selected: an entity ID to emphasise
 * @returns {() => void} destroy
 */
export function renderGraph(el, data, opts) {
  const { nodes, edges } = data;
  if (!nodes.length) {
    el.replaceChildren(h('p', { class: C.muted }, 'No relations to show.'));
    return () => el.replaceChildren();
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  /** "Jane Roe – spokesperson for – Acme": from the label's subject, else person first. @param {import('./store.js').GraphEdge} e */
  const reading = (e) => {
    const x = /** @type {any} */ (byId.get(e.a)), y = /** @type {any} */ (byId.get(e.b));
    const [a, b] = e.subject === e.b ? [y, x] : e.subject === e.a ? [x, y] : ends(x, y);
    return `${a.name} – ${e.label} – ${b.name}`;
  };
  const live = edges.filter((e) => byId.has(e.a) && byId.has(e.b));
  const maxW = Math.max(1, ...nodes.map((n) => n.weight));
  const top = [...nodes].sort((a, b) => (RANK[a.type] ?? 3) - (RANK[b.type] ?? 3) || b.weight - a.weight);
  let center = byId.has(opts.selected || '') ? /** @type {string} */ (opts.selected) : top[0].id;
  /** @type {'' | 'full' | 'ego'} */
  let mode = '';
  let zoom = 1;
  const wrap = h('div', { class: C.graphWrap });
  const detail = h('div', { class: C.detail, 'aria-live': 'polite', hidden: true });
  const zoomLabel = h('span', { class: C.muted, 'aria-live': 'polite' }, '100%');
  const minus = h('button', { class: C.btn, type: 'button', 'aria-label': 'Zoom out' }, '−');
  const plus = h('button', { class: C.btn, type: 'button', 'aria-label': 'Zoom in' }, '+');
  const reset = h('button', { class: C.btn, type: 'button' }, 'Reset');
  const pick = h('select', null, top.map((n) => h('option', { value: n.id }, n.name)));
  const ranked = h('ol', { class: C.ranked, 'aria-label': 'Connections, strongest first' });
  const egoField = h('div', { class: C.field, hidden: true }, h('label', null, 'Connections of', pick));
  const zoomBar = h('div', { class: C.zoom }, minus, plus, reset, zoomLabel);
  /** @type {SVGElement | null} */
  let svg = null;
  /** @type {ReturnType<typeof roving> | null} */
  let rv = null;
  /** @type {{n: any, g: SVGElement, at: SVGElement, text: SVGElement, r: number, x: number, y: number}[]} */
  let drawnNodes = [];
  /** @type {{e: any, g: SVGElement, line: SVGElement, hit: SVGElement, text: SVGElement}[]} */
  let drawnEdges = [];
  /** @type {Map<string, number>} */
  let widths = new Map();
  let size = '';

  /** The nodes and edges on show, at layout positions. */
  function view() {
    if (mode === 'full') return { vn: nodes, ve: live };
    const links = live.filter((e) => e.a === center || e.b === center)
      .sort((x, y) => y.weight - x.weight || (byId.get(y.a === center ? y.b : y.a)?.weight || 0) - (byId.get(x.a === center ? x.b : x.a)?.weight || 0));
    const near = links.slice(0, MAX_EGO).map((e) => (e.a === center ? e.b : e.a));
    const c = /** @type {any} */ (byId.get(center));
    const vn = [{ ...c, x: 0, y: 0 }, ...near.map((id, i) => {
      const t = (2 * Math.PI * i) / near.length - Math.PI / 2;
      return { ...byId.get(id), x: Math.round(Math.cos(t) * 1000) / 1000, y: Math.round(Math.sin(t) * 1000) / 1000 };
    })];
    const shown = new Set([center, ...near]);
    return { vn, ve: live.filter((e) => shown.has(e.a) && shown.has(e.b)), links };
  }

  function build() {
    rv?.destroy();
    const { vn, ve, links } = view();
    const sel = mode === 'ego' ? center : opts.selected;
    const nearSel = new Set(sel ? [sel] : []);
    for (const e of ve) if (e.a === sel || e.b === sel) { nearSel.add(e.a); nearSel.add(e.b); }
    const gEdges = s('g', null), gNodes = s('g', null);
    drawnEdges = ve.map((e) => {
      const [a, b] = ends(/** @type {any} */ (byId.get(e.a)), /** @type {any} */ (byId.get(e.b)));
      const line = s('line', { 'stroke-width': 1 + Math.min(e.weight, 5), 'vector-effect': 'non-scaling-stroke' });
      // A wide, invisible stroke under the line: a thin edge is still easy to hit with a finger or a mouse.
      const hit = s('line', { class: C.hit, 'stroke-width': 14, 'vector-effect': 'non-scaling-stroke' });
      const text = s('text', { 'text-anchor': 'middle', 'dominant-baseline': 'central' }, e.label.length > 28 ? e.label.slice(0, 27) + '…' : e.label);
      const g = s('g', { class: C.edge, role: 'button', 'data-edge': e.id, 'data-contested': e.contested ? '' : null, 'aria-label': `${reading(e)}${e.contested ? ' (contested)' : ''}. Show evidence.` }, hit, line, text);
      if (sel && !(e.a === sel || e.b === sel)) g.classList.add(C.dim);
      gEdges.append(g);
      return { e, g, line, hit, text };
    });
    drawnNodes = vn.map((n) => {
      const r = 6 + 8 * Math.sqrt(n.weight / maxW);
      const at = s('g', null, shape(n.type, r), s('circle', { class: C.hit, r: Math.max(r, 14) }));
      const text = s('text', { 'dominant-baseline': 'central' }, n.name);
      const g = s('g', { class: C.node, role: 'button', 'data-entity': n.id, 'data-type': n.type, 'aria-label': `${n.name}, ${n.type || 'entity'}` }, s('title', null, n.name), at, text);
      if (n.id === sel) g.classList.add(C.selected);
      if (sel && !nearSel.has(n.id)) g.classList.add(C.dim);
      gNodes.append(g);
      return { n, g, at, text, r, x: 0, y: 0 };
    });
    svg = s('svg', { class: C.graph, role: 'group', 'aria-label': mode === 'ego'
      ? `Connections of ${byId.get(center)?.name}: ${plural(vn.length - 1, 'entity', 'entities')}. Arrow keys move, Enter selects.`
      : `Relationship graph: ${plural(nodes.length, 'entity', 'entities')}, ${plural(live.length, 'relation', 'relations')}. Arrow keys move, Enter selects.` }, gEdges, gNodes);
    svg.addEventListener('click', onClick);
    wrap.replaceChildren(svg);
    widths = new Map();
    size = '';
    const focusables = [...drawnNodes.map((d) => d.g), ...drawnEdges.map((d) => d.g)];
    rv = roving(svg, () => focusables, { keys: 'both', onActivate: select });
    const i = focusables.findIndex((g) => g.getAttribute('data-entity') === sel);
    if (i >= 0) rv.setActive(i);
    zoomBar.hidden = mode === 'ego';
    egoField.hidden = ranked.hidden = mode !== 'ego';
    if (mode === 'ego') {
      pick.value = center;
      ranked.replaceChildren(...(links || []).map((e) => {
        const o = /** @type {any} */ (byId.get(e.a === center ? e.b : e.a));
        const me = /** @type {any} */ (byId.get(center));
        return h('li', null, relationReading(e, center, me?.name || '').map((part) => typeof part === 'string' ? part
          : h('button', { class: C.chip, type: 'button', 'data-entity': o.id, 'data-type': o.type }, o.name)), ' ',
          h('button', { class: C.btn, type: 'button', 'data-list-edge': e.id }, plural(e.evidence.length || e.weight, 'source', 'sources')),
          contestedBadge(e.contested), checkedMark(e.corrected));
      }));
      if (!links?.length) ranked.append(h('li', { class: C.muted }, 'No relations found.'));
    }
  }

  /** Scales the drawing to its width and places every label. */
  function layout() {
    if (!svg) return;
    const w = Math.round(wrap.clientWidth * zoom);
    if (!w) return;
    const { vn } = view();
    const xs = vn.map((n) => n.x), ys = vn.map((n) => n.y);
    const x0 = Math.min(...xs), y0 = Math.min(...ys);
    const ew = Math.max(Math.max(...xs) - x0, 1e-9), eh = Math.max(Math.max(...ys) - y0, 1e-9);
    const mx = mode === 'ego' ? 40 : 70, my = 30;
    const maxH = Math.max(240, Math.min(600, innerHeight * 0.7)) * zoom;
    const hp = Math.round(Math.min(maxH, Math.max(220, (w - 2 * mx) * (eh / ew) + 2 * my)));
    if (size === `${w}x${hp}`) return;
    size = `${w}x${hp}`;
    const k = Math.min((w - 2 * mx) / ew, (hp - 2 * my) / eh);
    const ox = w / 2 - (x0 + ew / 2) * k, oy = hp / 2 - (y0 + eh / 2) * k;
    svg.setAttribute('viewBox', `0 0 ${w} ${hp}`);
    svg.setAttribute('width', String(w));
    svg.setAttribute('height', String(hp));
    const pos = new Map();
    drawnNodes.forEach((d, i) => {
      d.x = Math.round(vn[i].x * k + ox);
      d.y = Math.round(vn[i].y * k + oy);
      pos.set(d.n.id, d);
      d.at.setAttribute('transform', `translate(${d.x} ${d.y})`);
    });
    for (const d of drawnEdges) {
      const a = pos.get(d.e.a), b = pos.get(d.e.b);
      for (const l of [d.line, d.hit]) {
        l.setAttribute('x1', a.x); l.setAttribute('y1', a.y);
        l.setAttribute('x2', b.x); l.setAttribute('y2', b.y);
      }
    }
    // Labels: the selected entity and its neighbours first, then by weight; edge labels last.
    const sel = mode === 'ego' ? center : opts.selected;
    const order = [...drawnNodes].sort((a, b) => Number(b.n.id === sel) - Number(a.n.id === sel) || Number(b.g.classList.contains(C.dim) ? 0 : 1) - Number(a.g.classList.contains(C.dim) ? 0 : 1) || b.n.weight - a.n.weight);
    const edgeOrder = [...drawnEdges].sort((a, b) => b.e.weight - a.e.weight);
    const labels = [
      ...order.map((d) => ({ texts: shortForms(d.n.name, d.n.type), spots: around(d.x, d.y, d.r, LINE) })),
      ...edgeOrder.map((d) => {
        const a = pos.get(d.e.a), b = pos.get(d.e.b);
        return { texts: [d.text.textContent || ''], spots: [0.5, 0.38, 0.62, 0.26, 0.74].map((t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, ax: 0.5 })) };
      }),
    ];
    measure(svg, labels.flatMap((l) => l.texts), widths);
    const placed = placeLabels(labels, (t) => widths.get(t) || 0, {
      bounds: { x: 0, y: 0, w, h: hp }, height: LINE,
      obstacles: drawnNodes.map((d) => ({ x: d.x - d.r, y: d.y - d.r, w: 2 * d.r, h: 2 * d.r })),
    });
    [...order, ...edgeOrder].forEach((d, i) => {
      const p = placed[i];
      if (!p) {
        d.text.setAttribute('display', 'none');
        return;
      }
      d.text.removeAttribute('display');
      d.text.textContent = p.text;
      // A shortened name is part of the node's accessible name, as shown.
      if ('n' in d && p.text !== d.n.name && !d.n.name.includes(p.text)) d.g.setAttribute('aria-label', `${d.n.name}, shown as ${p.text}, ${d.n.type || 'entity'}`);
      d.text.setAttribute('text-anchor', p.ax === 0 ? 'start' : p.ax === 1 ? 'end' : 'middle');
      d.text.setAttribute('x', String(Math.round(p.box.x + 2 + p.ax * (p.box.w - 4))));
      d.text.setAttribute('y', String(Math.round(p.box.y + p.box.h / 2)));
    });
  }

  function draw() {
    const w = wrap.clientWidth || el.clientWidth;
    if (!w) return;
    const m = el.clientWidth < NARROW ? 'ego' : 'full';
    if (m !== mode) {
      mode = m;
      build();
    }
    layout();
  }

  /** @param {number} z */
  function setZoom(z) {
    zoom = Math.max(1, Math.min(4, z));
    zoomLabel.textContent = `${Math.round(zoom * 100)}%`;
    layout();
  }
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(draw) : null;
  ro?.observe(el);
  minus.addEventListener('click', () => setZoom(zoom / 1.4));
  plus.addEventListener('click', () => setZoom(zoom * 1.4));
  reset.addEventListener('click', () => setZoom(1));
  pick.addEventListener('change', () => {
    center = pick.value;
    mode = '';
    draw();
  });

  const legend = h('div', { class: C.legend, 'aria-hidden': 'true' },
    ['person', 'org', 'place'].map((t) => h('span', null, legendIcon(t), ' ', t === 'org' ? 'organisation' : t)),
    live.some((e) => e.contested) ? h('span', null, s('svg', { width: 24, height: 8, 'aria-hidden': 'true' }, s('line', { class: C.key, x1: 0, y1: 4, x2: 24, y2: 4, 'stroke-width': 2 })), ' contested') : null);
  zoomBar.append(legend);

  /** @param {Element} g a node or an edge */
  function select(g) {
    const ent = g.getAttribute('data-entity');
    if (ent) emit(opts.root, 'select', { type: 'entity', id: ent });
    else showEdge(g.getAttribute('data-edge') || g.getAttribute('data-list-edge'));
  }
  /** @param {string | null | undefined} id */
  function showEdge(id) {
    const e = live.find((x) => x.id === id);
    if (!e) return;
    for (const d of drawnEdges) d.g.classList.toggle(C.selected, d.e === e);
    detail.hidden = false;
    detail.replaceChildren(
      h('h4', null, reading(e)),
      h('p', null, contestedBadge(e.contested), checkedMark(e.corrected), ' ', h('span', { class: C.source }, 'Sources: ', outlets(e.evidence.map((v) => v.doc)) || 'unnamed')),
      renderEvidence(e.evidence.filter((v) => v.text)),
    );
    emit(opts.root, 'select', { type: 'edge', a: e.a, b: e.b });
  }
  /** @param {Event} ev */
  function onClick(ev) {
    const g = /** @type {Element} */ (ev.target).closest(`.${C.node},.${C.edge}`);
    if (g) select(g);
  }

  // Every relation as a list: easier on a phone and with a screen reader.
  const rows = live.map((e) => {
    return h('li', null, h('button', { class: C.chip, type: 'button', 'data-list-edge': e.id }, reading(e)), contestedBadge(e.contested), checkedMark(e.corrected));
  });
  const listing = h('details', { class: C.listing }, h('summary', null, `All relations as a list (${rows.length})`), h('ul', null, rows));
  /** @param {Event} ev */
  function onList(ev) {
    const b = /** @type {HTMLElement} */ (ev.target).closest('button[data-list-edge],button[data-entity]');
    if (b) select(b);
  }
  listing.addEventListener('click', onList);
  ranked.addEventListener('click', onList);
  el.replaceChildren(zoomBar, egoField, wrap, ranked, detail, listing);
  draw();
  return () => {
    ro?.disconnect();
    rv?.destroy();
    el.replaceChildren();
  };
}

/** @param {string} type */
function legendIcon(type) {
  return s('svg', { width: 16, height: 16, viewBox: '-10 -10 20 20', 'aria-hidden': 'true' }, s('g', { class: C.key, 'data-type': type }, shape(type, 7)));
}
