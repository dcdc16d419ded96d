// renderTimeline lists dated events in order, each with its date at true
// precision, the people and organisations involved, its outlets and, on
// demand, the source sentence.

import { C } from './classes.js';
import { contestedBadge, outlets, renderEvidence } from './evidence.js';
import { formatDate, plural } from './format.js';
import { emit, h } from './h.js';
import { roving } from './roving.js';

/**
 * @param {HTMLElement} el container
 * @param {{events: import('./store.js').TimelineEvent[]}} data
 * @param {{root: Element, selected?: string, filterName?: string}} opts
 *   root receives the widget's CustomEvents; selected is an event ID to open.
 * @returns {() => void} destroy
 */
export function renderTimeline(el, data, opts) {
  const { events } = data;
  const ol = h('ol', { class: C.timeline, 'aria-label': opts.filterName ? `Timeline for ${opts.filterName}` : 'Timeline' });
  /** @type {HTMLElement[]} */
  const items = [];
  for (const ev of events) {
    const evId = `ev-${ev.id}`;
    const toggle = h('button', { class: C.btn, type: 'button', 'aria-expanded': 'false', 'aria-controls': evId }, 'Source sentence');
    const box = renderEvidence(ev.evidence, ev.docs);
    box.id = evId;
    box.hidden = true;
    const li = h('li', { class: C.event, 'data-id': ev.id, 'aria-label': `${formatDate(ev.date)}: ${ev.text}` },
      h('time', { class: C.date, datetime: ev.date.value }, formatDate(ev.date)),
      h('div', null,
        h('p', null, ev.text, contestedBadge(ev.contested)),
        h('div', null, ev.entities.map((e) => h('button', { class: C.chip, type: 'button', 'data-entity': e.id, 'data-type': e.type }, e.name))),
        h('div', { class: C.source }, 'Source: ', outlets(ev.docs) || 'unnamed', ' ', toggle, ' ',
          h('a', { class: C.link, href: `#storylens/event/${encodeURIComponent(ev.id)}` }, 'Link')),
        box));
    toggle.addEventListener('click', () => show(li, toggle.getAttribute('aria-expanded') !== 'true'));
    items.push(li);
    ol.append(li);
  }
  if (!events.length) ol.append(h('li', { class: C.muted }, 'No dated events', opts.filterName ? ` for ${opts.filterName}` : '', '.'));

  /** @param {HTMLElement} li @param {boolean} open */
  function show(li, open) {
    const t = li.querySelector('button[aria-expanded]');
    const box = li.querySelector(`.${C.evidence}`);
    if (!t || !box) return;
    t.setAttribute('aria-expanded', String(open));
    /** @type {HTMLElement} */ (box).hidden = !open;
    if (open) emit(opts.root, 'select', { type: 'event', id: li.dataset.id });
  }

  /** @param {Event} e */
  function onClick(e) {
    const b = /** @type {HTMLElement} */ (e.target).closest('button[data-entity]');
    if (b) emit(opts.root, 'select', { type: 'entity', id: /** @type {HTMLElement} */ (b).dataset.entity });
  }
  ol.addEventListener('click', onClick);
  const rv = roving(ol, () => items, { onActivate: (li) => { const t = li.querySelector('button[aria-expanded]'); show(/** @type {HTMLElement} */ (li), t?.getAttribute('aria-expanded') !== 'true'); } });

  el.replaceChildren(h('p', { class: C.status, role: 'status' }, plural(events.length, 'dated event', 'dated events'), opts.filterName ? ` involving ${opts.filterName}` : '', '. Use the arrow keys to move between them.'), ol);

  if (opts.selected) {
    const i = items.findIndex((li) => li.dataset.id === opts.selected);
    if (i >= 0) {
      items[i].classList.add(C.selected);
      show(items[i], true);
      rv.focus(i);
    }
  }
  return () => {
    rv.destroy();
    ol.removeEventListener('click', onClick);
    el.replaceChildren();
  };
}
