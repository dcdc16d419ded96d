// renderCard shows one entity: name, type, aliases, descriptors, quotes,
// events, relations and sources. renderPeople lists the story's people with
// a typo-tolerant lookup box that opens their cards.

import { C } from './classes.js';
import { checkedMark, contestedBadge, outlets, relationReading } from './evidence.js';
import { formatDate, plural } from './format.js';
import { emit, h, nextId } from './h.js';

const TYPE = /** @type {Record<string, string>} */ ({ person: 'Person', org: 'Organisation', place: 'Place' });

/**
 * @param {HTMLElement} el container
 * @param {NonNullable<Awaited<ReturnType<import('./store.js').createStore>['entity']>>} e
 * @param {{root: Element, onClose: () => void}} opts
 * @returns {() => void} destroy
 */
export function renderCard(el, e, opts) {
  const titleId = nextId('card');
  const close = h('button', { class: C.btn, type: 'button', 'aria-label': `Close ${e.name}` }, 'Close ×');
  /** @param {string} title @param {any[]} items @param {(x: any) => Node} row */
  const section = (title, items, row) => (items.length ? [h('h4', null, title), h('ul', null, items.map((x) => h('li', null, row(x))))] : null);
  const card = h('section', { class: C.card, role: 'dialog', 'aria-labelledby': titleId, tabindex: '-1', 'data-entity': e.id },
    h('header', null,
      h('div', null, h('h3', { id: titleId }, e.name, checkedMark(e.corrected)), h('span', { class: C.muted }, TYPE[e.type] || e.type, e.role ? ` · ${e.role}` : '')),
      close),
    e.aliases.length ? h('p', null, h('strong', null, 'Also called: '), e.aliases.join(', ')) : null,
    e.descriptors.length ? h('p', null, h('strong', null, 'Described as: '), e.descriptors.join('; ')) : null,
    section(`Quotes (${e.quotes.length})`, e.quotes, (q) => h('span', null, `“${q.text}”`, contestedBadge(q.contested), checkedMark(q.corrected), q.doc ? h('span', { class: C.source }, ' — ', q.doc.outlet) : null, ' ',
      h('a', { class: C.link, href: `#storylens/quote/${encodeURIComponent(q.id)}` }, 'Open'))),
    section(`Events (${e.events.length})`, e.events, (v) => h('span', null, v.date.value ? h('strong', null, formatDate(v.date), ': ') : null, v.label, contestedBadge(v.contested), checkedMark(v.corrected), ' ',
      h('a', { class: C.link, href: `#storylens/event/${encodeURIComponent(v.id)}` }, 'Open'))),
    section(`Relations (${e.relations.length})`, e.relations, (r) => h('span', null,
      relationReading(r, e.id, e.name).map((part) => typeof part === 'string' ? part
        : h('button', { class: C.chip, type: 'button', 'data-entity': r.other?.id, 'data-type': r.other?.type }, r.other?.name)), checkedMark(r.corrected),
      r.evidence.length ? h('span', { class: C.source }, ' (', outlets(r.evidence.map((/** @type {any} */ v) => v.doc)), ')') : null)),
    section('Sources', e.sources, (d) => h('span', null, d.outlet, d.title ? `: ${d.title}` : '')),
  );
  /** @param {KeyboardEvent} ev */
  function onKey(ev) {
    if (ev.key === 'Escape') {
      ev.stopPropagation();
      opts.onClose();
    }
  }
  /** @param {Event} ev */
  function onClick(ev) {
    const b = /** @type {HTMLElement} */ (ev.target).closest('button[data-entity]');
    if (b) emit(opts.root, 'select', { type: 'entity', id: /** @type {HTMLElement} */ (b).dataset.entity });
  }
  close.addEventListener('click', opts.onClose);
  card.addEventListener('keydown', onKey);
  card.addEventListener('click', onClick);
  el.replaceChildren(card);
  el.hidden = false;
  return () => {
    card.removeEventListener('keydown', onKey);
    card.removeEventListener('click', onClick);
    el.replaceChildren();
    el.hidden = true;
  };
}

/**
 * @param {HTMLElement} el container
 * @param {{people: import('./store.js').KeyActor[], examples: string[], lookup: (q: string) => Promise<import('./store.js').EntityRef[]>}} data
 *   people: the story's key people and organisations; examples: searches that find some of them
 * @param {{root: Element}} opts
 * @returns {() => void} destroy
 */
export function renderPeople(el, data, opts) {
  const input = h('input', { type: 'search', autocomplete: 'off', spellcheck: 'false', maxlength: 200, placeholder: data.examples.length ? `e.g. ${data.examples.join(', ')}` : null });
  const status = h('p', { class: C.status, role: 'status' });
  const results = h('ul', { class: C.people, 'aria-label': 'Matches' });
  const people = h('ul', { class: C.people, 'aria-label': 'Key people and organisations' },
    data.people.map((p) => h('li', null, h('button', { class: C.chip, type: 'button', 'data-entity': p.id, 'data-type': p.type }, p.name,
      h('span', { class: C.muted, 'aria-hidden': 'true' }, ` ${p.mentions}`), h('span', { class: C.srOnly }, `, ${plural(p.mentions, 'mention', 'mentions')} in ${plural(p.documents, 'article', 'articles')}`)))));
  let seq = 0;
  async function onInput() {
    const q = input.value.trim();
    const my = ++seq;
    if (!q) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    /** @type {import('./store.js').EntityRef[]} */
    let found;
    try {
      found = await data.lookup(q);
    } catch (err) {
      if (my === seq) status.textContent = `Lookup failed: ${err instanceof Error ? err.message : err}`;
      return;
    }
    if (my !== seq) return;
    results.replaceChildren(...found.map((p) => h('li', null, h('button', { class: C.chip, type: 'button', 'data-entity': p.id, 'data-type': p.type }, p.name, h('span', { class: C.srOnly }, `, ${p.type}`)))));
    status.textContent = found.length ? `${plural(found.length, 'match', 'matches')} for “${q}”.` : `No match for “${q}”.`;
  }
  /** @param {Event} ev */
  function onClick(ev) {
    const b = /** @type {HTMLElement} */ (ev.target).closest('button[data-entity]');
    if (b) emit(opts.root, 'select', { type: 'entity', id: /** @type {HTMLElement} */ (b).dataset.entity });
  }
  input.addEventListener('input', onInput);
  el.addEventListener('click', onClick);
  el.replaceChildren(
    h('div', { class: C.field }, h('label', null, 'Find a person, organisation or place', input)),
    status, results,
    h('h4', null, 'In this story'), people);
  return () => {
    input.removeEventListener('input', onInput);
    el.removeEventListener('click', onClick);
    el.replaceChildren();
  };
}
