// renderAxis draws events on a horizontal time axis, spaced by time: each
// event a dot at its date (the middle of its month or year when that is
// all the date says), its headline above it where it fits (labels.js), and
// years or months below. Dots are one roving tab stop; Enter or a click
// picks the event.

import { C } from './classes.js';
import { formatDate } from './format.js';
import { s } from './h.js';
import { measure, placeLabels } from './labels.js';
import { roving } from './roving.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LINE = 16, LANES = 5, AXIS = 24 + LANES * 18, HEIGHT = AXIS + 30;

/**
 * Returns the time (ms) a date stands for: its day, the 15th of its month,
 * or 1 March, 1 July or 1 October of its year (early, mid or late).
 * @param {import('./store.js').When} d
 */
export function when(d) {
  const [y, m = 1, day = 15] = String(d.value).split('-').map(Number);
  if (d.precision === 'day' || d.precision === 'month') return Date.UTC(y, m - 1, day);
  return Date.UTC(y, d.mod === 'early' ? 2 : d.mod === 'late' ? 9 : 6, 1);
}

/** Cuts t to at most n characters, with an ellipsis. @param {string} t @param {number} n */
export const cut = (t, n) => (t.length > n ? t.slice(0, n - 1).trimEnd() + '…' : t);

/**
 * @param {import('./store.js').TimelineEvent[]} events in date order
 * @param {{onPick: (id: string) => void}} opts
 * @returns {{el: SVGElement, draw: (width: number) => void, destroy: () => void}}
 */
export function renderAxis(events, opts) {
  const ts = events.map((e) => when(e.date));
  let t0 = Math.min(...ts), t1 = Math.max(...ts);
  if (t1 - t0 < 864e5 * 30) { t0 -= 864e5 * 15; t1 += 864e5 * 15; }
  const ticks = s('g', { class: C.ticks }), lines = s('g', null);
  const dots = events.map((e) => s('g', { class: C.node, role: 'button', 'data-id': e.id, 'aria-label': `${formatDate(e.date)}: ${e.label}` },
    s('title', null, `${formatDate(e.date)}: ${e.label}`), s('g', null, s('circle', { r: 6 }), s('circle', { class: C.hit, r: 12 }))));
  const labels = events.map(() => s('text', { 'dominant-baseline': 'central' }));
  const svg = s('svg', { class: `${C.graph} ${C.axis}`, role: 'group', height: HEIGHT, 'aria-label': `Time axis: ${events.length} events, ${formatDate(events[0]?.date)} to ${formatDate(events[events.length - 1]?.date)}. Arrow keys move, Enter shows the event.` },
    s('line', { x1: 0, x2: '100%', y1: AXIS, y2: AXIS }), ticks, lines, ...labels, ...dots);
  /** @type {Map<string, number>} */
  const widths = new Map();

  /** @param {number} w */
  function draw(w) {
    if (!w) return;
    svg.setAttribute('width', String(w));
    svg.setAttribute('viewBox', `0 0 ${w} ${HEIGHT}`);
    const x = (/** @type {number} */ t) => Math.round(20 + ((t - t0) / (t1 - t0)) * (w - 40));
    // Ticks: years, or months when the events span less than two years.
    const y0 = new Date(t0).getUTCFullYear(), months = (t1 - t0) / 864e5 < 730;
    ticks.replaceChildren();
    const every = Math.max(1, Math.ceil(((t1 - t0) / (months ? 2592e6 : 31536e6)) / (w / 84)));
    let year = 0;
    for (let i = 0, t = 0; (t = months ? Date.UTC(y0, new Date(t0).getUTCMonth() + i, 1) : Date.UTC(y0 + i, 0, 1)) <= t1; i++) {
      if (t < t0 || i % every) continue;
      // Months name their year on the first tick and when it changes.
      const d = new Date(t), y = d.getUTCFullYear();
      ticks.append(s('line', { x1: x(t), x2: x(t), y1: AXIS - 4, y2: AXIS + 4 }),
        s('text', { x: x(t), y: AXIS + 18, 'text-anchor': x(t) < 40 ? 'start' : x(t) > w - 40 ? 'end' : 'middle' }, months ? `${MONTHS[d.getUTCMonth()]}${y !== year ? ` ${y}` : ''}` : String(y)));
      year = y;
    }
    const xs = ts.map(x);
    dots.forEach((g, i) => g.firstElementChild?.nextElementSibling?.setAttribute('transform', `translate(${xs[i]} ${AXIS})`));
    const texts = events.map((e) => [cut(e.label, 30), cut(e.label, 16)]);
    measure(svg, texts.flat(), widths);
    const lanes = Array.from({ length: LANES }, (_, k) => AXIS - 22 - k * 18);
    const placed = placeLabels(texts.map((t, i) => ({ texts: t, spots: lanes.flatMap((y) => [{ x: xs[i] - 6, y, ax: 0 }, { x: xs[i] + 6, y, ax: 1 }]) })),
      (t) => widths.get(t) || 0, { bounds: { x: 0, y: 0, w, h: AXIS - 8 }, height: LINE, pad: 1 });
    lines.replaceChildren();
    placed.forEach((p, i) => {
      const l = labels[i];
      if (!p) {
        l.setAttribute('display', 'none');
        return;
      }
      l.removeAttribute('display');
      l.textContent = p.text;
      l.setAttribute('text-anchor', p.ax ? 'end' : 'start');
      l.setAttribute('x', String(Math.round(p.box.x + 1 + p.ax * (p.box.w - 2))));
      l.setAttribute('y', String(Math.round(p.box.y + p.box.h / 2)));
      lines.append(s('line', { x1: xs[i], x2: xs[i], y1: AXIS, y2: Math.round(p.box.y + p.box.h / 2) }));
    });
  }

  /** @param {Event} ev */
  const onClick = (ev) => {
    const g = /** @type {Element} */ (ev.target).closest('[data-id]');
    if (g) opts.onPick(String(g.getAttribute('data-id')));
  };
  svg.addEventListener('click', onClick);
  const rv = roving(svg, () => dots, { keys: 'both', onActivate: (g) => opts.onPick(String(g.getAttribute('data-id'))) });
  return { el: svg, draw, destroy: () => { rv.destroy(); svg.removeEventListener('click', onClick); } };
}
