// placeLabels puts labels where they overlap nothing: each label, most
// important first, takes the first of its candidate spots whose box stays
// inside the drawing and clears every box placed before it; when no spot
// fits its text, it tries its shorter forms (a surname, initials), and when
// none fits it stays hidden. Geometry in pixels; measure reads the widths
// from the drawing.

import { s } from './h.js';

/**
 * @typedef {{x: number, y: number, w: number, h: number}} Box
 * @typedef {{x: number, y: number, ax: number}} Spot
 *   (x, y) is the middle of the label's left edge when ax is 0, of its
 *   centre when ax is 0.5 and of its right edge when ax is 1.
 * @typedef {{texts: string[], spots: Spot[]}} Label
 * @typedef {{text: string, box: Box, ax: number} | null} Placed
 */

/** @param {Box} a @param {Box} b */
export const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * @param {Label[]} labels in order of importance
 * @param {(text: string) => number} width a text's width in px
 * @param {{bounds: Box, height: number, pad?: number, obstacles?: Box[]}} o
 *   height: a label's line height; pad: clear space around each label
 * @returns {Placed[]} the placement of each label, null when hidden
 */
export function placeLabels(labels, width, o) {
  const pad = o.pad ?? 2;
  const taken = [...(o.obstacles || [])];
  const { bounds: b, height } = o;
  return labels.map((l) => {
    for (const text of l.texts) {
      const w = width(text);
      for (const s of l.spots) {
        const box = { x: s.x - s.ax * w - pad, y: s.y - height / 2 - pad, w: w + 2 * pad, h: height + 2 * pad };
        if (box.x < b.x || box.y < b.y || box.x + box.w > b.x + b.w || box.y + box.h > b.y + b.h) continue;
        if (taken.some((t) => overlaps(t, box))) continue;
        taken.push(box);
        return { text, box, ax: s.ax };
      }
    }
    return null;
  });
}

/**
 * Returns a name's shorter forms, longest first: a person's surname, then
 * initials ("Ada Brook" → "Brook", "AB").
 * @param {string} name
 * @param {string} [type]
 */
export function shortForms(name, type) {
  const words = name.split(/\s+/).filter(Boolean);
  const out = [name];
  if (type === 'person' && words.length > 1) out.push(words[words.length - 1]);
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  if (initials.length > 1 && initials !== name) out.push(initials);
  return out;
}

/**
 * Candidate spots around a point of radius r (a node): below, above,
 * right, left, then the four corners.
 * @param {number} x @param {number} y @param {number} r @param {number} h line height
 * @returns {Spot[]}
 */
export function around(x, y, r, h) {
  const d = r + 3 + h / 2, c = r * 0.75 + 3;
  return [
    { x, y: y + d, ax: 0.5 }, { x, y: y - d, ax: 0.5 },
    { x: x + r + 4, y, ax: 0 }, { x: x - r - 4, y, ax: 1 },
    { x: x + c, y: y + c + h / 2, ax: 0 }, { x: x - c, y: y + c + h / 2, ax: 1 },
    { x: x + c, y: y - c - h / 2, ax: 0 }, { x: x - c, y: y - c - h / 2, ax: 1 },
  ];
}

/**
 * Adds to widths the width in px of each text not in it yet, as an SVG
 * text in svg would show it (bold: the widest form a label takes).
 * @param {SVGElement} svg a drawing on the page
 * @param {string[]} texts
 * @param {Map<string, number>} widths
 */
export function measure(svg, texts, widths) {
  const todo = [...new Set(texts)].filter((t) => !widths.has(t));
  if (!todo.length) return;
  const g = s('g', { 'font-weight': 'bold', 'aria-hidden': 'true' }, todo.map((t) => s('text', null, t)));
  svg.append(g);
  [...g.children].forEach((t, i) => widths.set(todo[i], Math.ceil(/** @type {SVGTextElement} */ (t).getComputedTextLength())));
  g.remove();
}
