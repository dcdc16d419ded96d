// renderEvidence shows where a fact comes from: each source sentence, quoted,
// with its outlet.

import { C } from './classes.js';
import { h } from './h.js';

/**
 * @param {import('./store.js').Evidence[]} evidence
 * @param {import('./store.js').DocRef[]} [docs] outlets to name when there is no sentence
 * @returns {HTMLElement}
 */
export function renderEvidence(evidence, docs = []) {
  const box = h('div', { class: C.evidence });
  if (!evidence.length) {
    box.append(h('p', null, 'Reported by ', docs.map((d) => d.outlet).join('; ') || 'an unnamed source', '.'));
    return box;
  }
  for (const ev of evidence) {
    box.append(h('blockquote', null, ev.text, ev.doc ? h('cite', null, '— ', ev.doc.outlet, ev.doc.title ? `, “${ev.doc.title}”` : '') : null));
  }
  return box;
}

/**
 * Returns a "contested" badge when c is set: a claim on which sources disagree.
 * @param {any} c
 */
export function contestedBadge(c) {
  if (!c) return null;
  const claim = typeof c === 'object' && c.claim ? String(c.claim) : '';
  return h('span', { class: `${C.badge} ${C.contested}`, title: claim || null }, 'Contested', claim ? h('span', { class: C.srOnly }, `: ${claim}`) : null);
}

/**
 * Lists outlets once each.
 * @param {(import('./store.js').DocRef | null)[]} docs
 */
export function outlets(docs) {
  return [...new Set(docs.filter(Boolean).map((d) => /** @type {any} */ (d).outlet))].join('; ');
}

/**
 * Returns a "checked by the newsroom" mark when an editor's correction
 * touched the item (corrected: true in the dataset).
 * @param {unknown} corrected
 */
export function checkedMark(corrected) {
  return corrected ? h('span', { class: `${C.badge} ${C.checked}`, title: 'Checked by the newsroom' }, '✓ Checked', h('span', { class: C.srOnly }, ' by the newsroom')) : null;
}

/**
 * How a relation reads from one of its entities: "spokesperson for Acme"
 * on Jane Roe's card, "Jane Roe spokesperson for" never: on Acme's card it
 * is "Jane Roe, spokesperson for Acme". Returns the parts in reading order;
 * `other` marks where the other entity's button goes.
 * @param {{label: string, subject: string}} r
 * @param {string} self the entity whose card or list this is
 * @param {string} selfName
 * @returns {(string | {other: true})[]}
 */
export function relationReading(r, self, selfName) {
  const label = r.label === 'mentioned together' ? 'mentioned with' : r.label;
  if (r.subject && r.subject !== self) return [{ other: true }, `, ${label} ${selfName}`];
  return [`${label} `, { other: true }];
}
