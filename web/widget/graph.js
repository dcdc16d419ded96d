// renderGraph draws the relationship graph as SVG at the positions graph()
// computed at build time. Nodes are labelled and shaped by type, edges are
// labelled; selecting an edge shows its evidence sentences and outlets.
// No animation, no wheel capture: + and − buttons zoom and the page keeps
// its touch scrolling.

import { C } from './classes.js';
import { contestedBadge, outlets, renderEvidence } from './evidence.js';
import { plural } from './format.js';
import { emit, h, s } from './h.js';
import { roving } from './roving.js';

const PAD = 90;

/** @param {string} type @param {number} r */
function shape(type, r) {
  if (type === 'org') return s('rect', { x: -r, y: -r, width: 2 * r, height: 2 * r, rx: 3 });
  if (type === 'place') return s('path', { d: `M0 ${-r * 1.2}L${r * 1.2} 0L0 ${r * 1.2}L${-r * 1.2} 0Z` });
  return s('circle', { r });
}

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
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const x0 = Math.min(...xs) - PAD, y0 = Math.min(...ys) - PAD / 2;
  const w = Math.max(...xs) - x0 + PAD, hgt = Math.max(...ys) - y0 + PAD / 2;
  const maxW = Math.max(1, ...nodes.map((n) => n.weight));
  const nearSel = new Set(opts.selected ? [opts.selected] : []);
  for (const e of edges) if (e.a === opts.selected || e.b === opts.selected) { nearSel.add(e.a); nearSel.add(e.b); }

  const gEdges = s('g', null), gNodes = s('g', null);
  /** @type {SVGElement[]} */
  const focusables = [];
  for (const e of edges) {
    const a = byId.get(e.a), b = byId.get(e.b);
    if (!a || !b) continue;
    const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
    const g = s('g', { class: C.edge, role: 'button', 'data-edge': e.id, 'data-contested': e.contested ? '' : null, 'aria-label': `${a.name} – ${b.name}: ${e.label}${e.contested ? ' (contested)' : ''}. Show evidence.` },
      s('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'stroke-width': 1 + Math.min(e.weight, 6) }),
      s('text', { x: mx, y: my, 'text-anchor': 'middle', 'font-size': '0.8em' }, e.label.length > 28 ? e.label.slice(0, 27) + '…' : e.label));
    if (opts.selected && !(e.a === opts.selected || e.b === opts.selected)) g.classList.add(C.dim);
    gEdges.append(g);
    focusables.push(g);
  }
  for (const n of nodes) {
    const r = 9 + 9 * Math.sqrt(n.weight / maxW);
    const g = s('g', { class: C.node, role: 'button', 'data-entity': n.id, 'data-type': n.type, transform: `translate(${n.x} ${n.y})`, 'aria-label': `${n.name}, ${n.type || 'entity'}` },
      shape(n.type, r), s('text', { y: r + 16, 'text-anchor': 'middle' }, n.name), s('circle', { class: C.hit, r, 'data-r': r }));
    if (n.id === opts.selected) g.classList.add(C.selected);
    if (opts.selected && !nearSel.has(n.id)) g.classList.add(C.dim);
    gNodes.append(g);
  }
  // Nodes first in keyboard order, then edges.
  focusables.unshift(...[...gNodes.children].map((n) => /** @type {SVGElement} */ (n)));
  const content = s('g', null, gEdges, gNodes);
  const svg = s('svg', { class: C.graph, viewBox: `${x0} ${y0} ${w} ${hgt}`, role: 'group', 'aria-label': `Relationship graph: ${plural(nodes.length, 'entity', 'entities')}, ${plural(edges.length, 'relation', 'relations')}. Arrow keys move, Enter selects.`, width: '100%' },
    content);
  const wrap = h('div', { class: C.graphWrap }, svg);
  const detail = h('div', { class: C.detail, 'aria-live': 'polite', hidden: true });
  let zoom = 1;
  const zoomLabel = h('span', { class: C.muted, 'aria-live': 'polite' }, '100%');
  const minus = h('button', { class: C.btn, type: 'button', 'aria-label': 'Zoom out' }, '−');
  const plus = h('button', { class: C.btn, type: 'button', 'aria-label': 'Zoom in' }, '+');
  const reset = h('button', { class: C.btn, type: 'button' }, 'Reset');
  /** @param {number} z */
  function setZoom(z) {
    zoom = Math.max(1, Math.min(4, z));
    svg.setAttribute('width', `${zoom * 100}%`);
    svg.classList.toggle(C.zoomed, zoom > 1);
    zoomLabel.textContent = `${Math.round(zoom * 100)}%`;
    fontSize();
  }
  // Keep labels about 13px whatever the container width (font-size is in
  // viewBox units), then fit the viewBox to the drawing, labels included.
  // Two rounds settle both.
  let vb = [x0, y0, w, hgt];
  function fontSize() {
    for (let k = 0; k < 2; k++) {
      const r = svg.getBoundingClientRect();
      if (!r.width || !r.height) return;
      const scale = Math.min(r.width / vb[2], r.height / vb[3]);
      svg.setAttribute('font-size', String(Math.round(13 / scale)));
      // Pointer targets at least 28px across, whatever the scale.
      for (const c of content.querySelectorAll(`.${C.hit}`)) c.setAttribute('r', String(Math.max(Number(c.getAttribute('data-r') || c.getAttribute('r')), 14 / scale)));
      const b = /** @type {SVGGraphicsElement} */ (content).getBBox();
      const m = 10 / scale;
      const next = [b.x - m, b.y - m, b.width + 2 * m, b.height + 2 * m].map(Math.round);
      if (next.every((v, i) => Math.abs(v - vb[i]) < 2)) return;
      vb = next;
      svg.setAttribute('viewBox', vb.join(' '));
    }
  }
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(fontSize) : null;
  ro?.observe(wrap);
  minus.addEventListener('click', () => setZoom(zoom / 1.4));
  plus.addEventListener('click', () => setZoom(zoom * 1.4));
  reset.addEventListener('click', () => setZoom(1));

  const legend = h('div', { class: C.legend, 'aria-hidden': 'true' },
    ['person', 'org', 'place'].map((t) => h('span', null, legendIcon(t), ' ', t === 'org' ? 'organisation' : t)),
    edges.some((e) => e.contested) ? h('span', null, s('svg', { width: 24, height: 8, 'aria-hidden': 'true' }, s('line', { class: C.key, x1: 0, y1: 4, x2: 24, y2: 4, 'stroke-width': 2 })), ' contested') : null);

  /** @param {SVGElement} g */
  function select(g) {
    const ent = g.getAttribute('data-entity');
    if (ent) {
      emit(opts.root, 'select', { type: 'entity', id: ent });
      return;
    }
    const e = edges.find((x) => x.id === g.getAttribute('data-edge'));
    if (!e) return;
    for (const x of gEdges.children) x.classList.toggle(C.selected, x === g);
    const a = byId.get(e.a), b = byId.get(e.b);
    detail.hidden = false;
    detail.replaceChildren(
      h('h4', null, `${a?.name} – ${b?.name}`),
      h('p', null, e.label, contestedBadge(e.contested), ' ', h('span', { class: C.source }, 'Sources: ', outlets(e.evidence.map((v) => v.doc)) || 'unnamed')),
      renderEvidence(e.evidence.filter((v) => v.text)),
    );
    emit(opts.root, 'select', { type: 'edge', a: e.a, b: e.b });
  }
  /** @param {Event} ev */
  function onClick(ev) {
    const g = /** @type {Element} */ (ev.target).closest(`.${C.node},.${C.edge}`);
    if (g) select(/** @type {SVGElement} */ (g));
  }
  svg.addEventListener('click', onClick);
  const rv = roving(svg, () => focusables, { keys: 'both', onActivate: select });

  // The same relations as a list: easier on a phone and with a screen reader.
  const rows = edges.filter((e) => byId.has(e.a) && byId.has(e.b)).map((e) =>
    h('li', null, h('button', { class: C.chip, type: 'button', 'data-list-edge': e.id },
      `${byId.get(e.a)?.name} – ${e.label} – ${byId.get(e.b)?.name}`), e.contested ? contestedBadge(e.contested) : null));
  const listing = h('details', { class: C.listing }, h('summary', null, `All relations as a list (${rows.length})`), h('ul', null, rows));
  /** @param {Event} ev */
  function onList(ev) {
    const b = /** @type {HTMLElement} */ (ev.target).closest('button[data-list-edge]');
    const g = b && [...gEdges.children].find((x) => x.getAttribute('data-edge') === /** @type {HTMLElement} */ (b).dataset.listEdge);
    if (g) select(/** @type {SVGElement} */ (g));
  }
  listing.addEventListener('click', onList);
  el.replaceChildren(
    h('div', { class: C.zoom }, minus, plus, reset, zoomLabel, legend),
    wrap, detail, listing);
  fontSize();
  if (opts.selected) {
    const i = focusables.findIndex((g) => g.getAttribute('data-entity') === opts.selected);
    if (i >= 0) rv.setActive(i);
  }
  return () => {
    ro?.disconnect();
    rv.destroy();
    svg.removeEventListener('click', onClick);
    el.replaceChildren();
  };
}

/** @param {string} type */
function legendIcon(type) {
  return s('svg', { width: 16, height: 16, viewBox: '-10 -10 20 20', 'aria-hidden': 'true' }, s('g', { class: C.key, 'data-type': type }, shape(type, 7)));
}
