// renderTimeline shows the story's key moments first: each event a short
// headline, its date at true precision, how many outlets report it, the
// people involved and, on demand, its source sentences. "Show all N
// events" expands the list; from 720px, a time axis can space the events
// by time. Below them, the claims the sources disagree on, both sides.

import { cut, renderAxis } from './axis.js';
import { C } from './classes.js';
import { checkedMark, contestedBadge, renderEvidence } from './evidence.js';
import { formatDate, plural } from './format.js';
import { emit, h } from './h.js';
import { roving } from './roving.js';
import { copyLink } from './share.js';

const WIDE = 720;

/**
 * "Reported by The Courier", "Reported by 3 of 6 outlets".
 * @param {import('./store.js').TimelineEvent} ev @param {number} total outlets in the story
 */
export function reported(ev, total) {
  if (ev.outlets <= 1) return `Reported by ${ev.docs[0]?.outlet || 'one outlet'}`;
  return ev.outlets >= total ? `Reported by all ${total} outlets` : `Reported by ${ev.outlets} of ${total} outlets`;
}

/**
 * @param {HTMLElement} el container
 * @param {{events: import('./store.js').TimelineEvent[], total: number, all: boolean, outlets: number, claims: import('./store.js').Claim[]}} data
 *   events to show, in date order; total: how many the story has; all: whether events are all of them
 * @param {{root: Element, selected?: string, filterName?: string, announce: (m: string) => void, onAll: (all: boolean) => void}} opts
 *   root receives the widget's CustomEvents; selected is an event ID to open; onAll asks for all events or the key ones.
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
    if (ev.entities.length) box.append(h('p', { class: C.people }, 'People: ', ev.entities.map((e) => h('button', { class: C.chip, type: 'button', 'data-entity': e.id, 'data-type': e.type }, e.name))));
    box.id = evId;
    box.hidden = true;
    const li = h('li', { class: C.event, 'data-id': ev.id, 'aria-label': `${formatDate(ev.date)}: ${ev.label}` },
      h('p', null, h('time', { class: C.date, datetime: ev.date.value }, formatDate(ev.date)), ' ', h('span', { class: C.source }, reported(ev, data.outlets))),
      h('div', null,
        h('p', { class: C.headline }, ev.label),
        h('p', { class: C.source }, toggle, ' ', copyLink('event', ev.id, opts.announce), contestedBadge(ev.contested), checkedMark(ev.corrected)),
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

  // The time axis, for wide containers: a toggle, off at first.
  const axisToggle = h('button', { class: C.btn, type: 'button', 'aria-pressed': 'false', hidden: true }, 'Time axis');
  /** @type {ReturnType<typeof renderAxis> | null} */
  let axis = null;
  const axisBox = h('div', { class: C.graphWrap, hidden: true });
  /** @param {string} id */
  function pick(id) {
    const i = items.findIndex((li) => li.dataset.id === id);
    if (i < 0) return;
    for (const li of items) li.classList.toggle(C.selected, li === items[i]);
    for (const g of axisBox.querySelectorAll('[data-id]')) g.classList.toggle(C.selected, g.getAttribute('data-id') === id);
    show(items[i], true);
    rv.focus(i);
  }
  axisToggle.addEventListener('click', () => {
    const on = axisToggle.getAttribute('aria-pressed') !== 'true';
    axisToggle.setAttribute('aria-pressed', String(on));
    axisBox.hidden = !on;
    if (on && !axis && events.length) {
      axis = renderAxis(events, { onPick: pick });
      axisBox.append(axis.el);
    }
    fit();
  });
  function fit() {
    const w = el.clientWidth;
    if (!w) return;
    axisToggle.hidden = innerWidth < WIDE || w < 480 || events.length < 2;
    if (axisToggle.hidden) axisBox.hidden = true;
    else axisBox.hidden = axisToggle.getAttribute('aria-pressed') !== 'true';
    if (!axisBox.hidden) axis?.draw(axisBox.clientWidth - 2);
  }
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : null;
  ro?.observe(el);

  const more = data.total > events.length || data.all
    ? h('button', { class: C.btn, type: 'button', 'aria-expanded': String(data.all) }, data.all ? 'Show key moments only' : `Show all ${data.total} events`)
    : null;
  more?.addEventListener('click', () => opts.onAll(!data.all));

  const claims = data.claims.length ? h('section', { class: C.claims, 'aria-label': 'Where sources disagree' },
    h('h3', null, `Where sources disagree (${data.claims.length})`),
    data.claims.map((c) => h('details', null, h('summary', null, cut(c.claim, 90)), c.claim.length > 90 ? h('p', null, c.claim) : null,
      c.outlets > 0 ? h('p', { class: C.source }, reported({ outlets: c.outlets, docs: c.sides.map((sd) => sd.evidence.doc).filter(Boolean) }, data.outlets)) : null,
      c.sides.map((sd) => h('p', null, h('strong', null, sd.stance === 'against' ? 'Disputed' : 'Claimed', sd.holder?.name ? ` by ${sd.holder.name}` : '', ': '),
        `“${sd.evidence.text}”`, sd.evidence.doc ? h('span', { class: C.source }, ` — ${sd.evidence.doc.outlet}`) : null))))) : null;

  const what = opts.filterName ? ` involving ${opts.filterName}` : '';
  el.replaceChildren(
    h('div', { class: C.zoom },
      h('p', { class: C.status, role: 'status' }, data.all || data.total <= events.length ? `${plural(events.length, 'dated event', 'dated events')}${what}.` : `Key moments: ${events.length} of ${data.total} dated events${what}.`),
      axisToggle),
    ...[axisBox, ol, more, claims].filter(Boolean));
  fit();

  if (opts.selected) pick(opts.selected);
  return () => {
    ro?.disconnect();
    rv.destroy();
    axis?.destroy();
    ol.removeEventListener('click', onClick);
    el.replaceChildren();
  };
}
