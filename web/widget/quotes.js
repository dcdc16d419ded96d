// renderQuotes is the quote search: results as you type (typo tolerant, in
// the engine), matched ranges highlighted, speaker and outlet filters, and
// the result count announced in a status region. A quotation that several
// outlets carry is one result, "in N outlets", with their names.

import { C } from './classes.js';
import { checkedMark, contestedBadge, outlets, renderEvidence } from './evidence.js';
import { plural } from './format.js';
import { emit, h } from './h.js';
import { copyLink } from './share.js';

/**
 * Splits text into plain and marked pieces from UTF-16 [start, end) ranges.
 * @param {string} text
 * @param {number[][]} ranges
 * @returns {(string | HTMLElement)[]}
 */
export function highlight(text, ranges) {
  /** @type {(string | HTMLElement)[]} */
  const out = [];
  let at = 0;
  const rs = ranges.filter((r) => Array.isArray(r) && r[0] >= 0 && r[1] > r[0] && r[1] <= text.length).sort((a, b) => a[0] - b[0]);
  for (const [a, b] of rs) {
    if (a < at) continue;
    if (a > at) out.push(text.slice(at, a));
    out.push(h('mark', { class: C.mark }, text.slice(a, b)));
    at = b;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/**
 * @param {HTMLElement} el container
 * @param {{search: (q: string, o: {speaker?: string, outlet?: string}) => Promise<import('./store.js').Quote[]>,
 *          speakers: import('./store.js').EntityRef[], outlets: string[], examples: string[]}} data
 *   examples: words that find quotes in this story, for the placeholder
 * @param {{root: Element, speaker?: string, selected?: string, query?: string, announce: (m: string) => void}} opts
 * @returns {() => void} destroy
 */
export function renderQuotes(el, data, opts) {
  const input = h('input', { type: 'search', autocomplete: 'off', spellcheck: 'false', maxlength: 200, placeholder: data.examples.length ? `e.g. ${data.examples.slice(0, 2).join(', ')}` : 'Words from a quote; typos are fine' });
  input.value = opts.query || '';
  const speaker = h('select', null, h('option', { value: '' }, 'Anyone'), data.speakers.map((p) => h('option', { value: p.id }, p.name)));
  speaker.value = opts.speaker && data.speakers.some((p) => p.id === opts.speaker) ? opts.speaker : '';
  const outlet = h('select', null, h('option', { value: '' }, 'Any outlet'), data.outlets.map((o) => h('option', { value: o }, o)));
  const status = h('p', { class: C.status, role: 'status', 'aria-live': 'polite' });
  const ul = h('ul', { class: C.quotes, 'aria-label': 'Quotes' });
  let seq = 0;
  let selected = opts.selected || '';

  async function run() {
    const q = input.value.trim();
    const my = ++seq;
    /** @type {import('./store.js').Quote[]} */
    let found;
    try {
      found = await data.search(q, { speaker: speaker.value || undefined, outlet: outlet.value || undefined });
    } catch (err) {
      if (my === seq) status.textContent = `Search failed: ${err instanceof Error ? err.message : err}`;
      return;
    }
    if (my !== seq) return;
    ul.replaceChildren(...found.map((r) => {
      const box = r.evidence.length ? renderEvidence(r.evidence) : null;
      const toggle = box ? h('button', { class: C.btn, type: 'button', 'aria-expanded': 'false', 'aria-controls': (box.id = `q-${r.id}-${seq}`) }, 'Source sentence') : null;
      if (box && toggle) {
        box.hidden = true;
        toggle.addEventListener('click', () => {
          box.hidden = !box.hidden;
          toggle.setAttribute('aria-expanded', String(!box.hidden));
        });
      }
      const names = outlets(r.sources.map((v) => v.doc));
      const n = new Set(r.sources.map((v) => v.doc?.outlet)).size;
      const li = h('li', { class: C.quote, 'data-id': r.id, tabindex: '-1' },
        h('blockquote', null, '“', highlight(r.text, r.highlights), '”', contestedBadge(r.contested), checkedMark(r.corrected)),
        h('div', { class: C.source },
          r.speaker?.name ? h('button', { class: C.chip, type: 'button', 'data-entity': r.speaker.id, 'data-type': r.speaker.type || 'person' }, r.speaker.name) : h('span', null, 'Speaker not named'),
          n > 1 ? [` in ${n} outlets: `, names] : [' in ', names || 'an unnamed outlet', r.doc?.title ? `, “${r.doc.title}”` : ''], ' ',
          toggle, ' ', copyLink('quote', r.id, opts.announce)),
        box);
      if (r.id === selected) li.classList.add(C.selected);
      return li;
    }));
    const who = speaker.value ? ` by ${speaker.selectedOptions[0]?.textContent}` : '';
    status.textContent = q ? `${plural(found.length, 'quote', 'quotes')}${who} match “${q}”.` : `${plural(found.length, 'quote', 'quotes')}${who}.`;
    emit(opts.root, 'search', { query: q, count: found.length });
    if (selected) {
      const li = /** @type {HTMLElement | null} */ (ul.querySelector(`.${C.selected}`));
      li?.focus();
      li?.scrollIntoView({ block: 'nearest' });
      selected = '';
    }
  }
  /** @param {Event} ev */
  function onClick(ev) {
    const b = /** @type {HTMLElement} */ (ev.target).closest('button[data-entity]');
    if (b) emit(opts.root, 'select', { type: 'entity', id: /** @type {HTMLElement} */ (b).dataset.entity });
  }
  input.addEventListener('input', run);
  speaker.addEventListener('change', run);
  outlet.addEventListener('change', run);
  ul.addEventListener('click', onClick);
  el.replaceChildren(
    h('div', { class: C.field },
      h('label', null, 'Search quotes', input),
      h('label', null, 'Speaker', speaker),
      h('label', null, 'Outlet', outlet)),
    status, ul);
  run();
  return () => {
    seq++;
    input.removeEventListener('input', run);
    speaker.removeEventListener('change', run);
    outlet.removeEventListener('change', run);
    ul.removeEventListener('click', onClick);
    el.replaceChildren();
  };
}
