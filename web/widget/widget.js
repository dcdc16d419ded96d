// mountWidget renders the interactive StoryLens widget into a host element's
// shadow root: the views chosen by data-view, linked by one entity filter,
// and deep links (#storylens/entity/ID, #storylens/quote/ID,
// #storylens/event/ID) that open the same state.

import { renderCard, renderPeople } from './cards.js';
import { C } from './classes.js';
import { plural } from './format.js';
import { renderGraph } from './graph.js';
import { emit, h, nextId } from './h.js';
import { renderQuotes } from './quotes.js';
import { when } from './axis.js';
import { createStore, markContested } from './store.js';
import { styleSheet } from './styles.js';
import { renderTimeline } from './timeline.js';

/** @typedef {'timeline' | 'graph' | 'people' | 'quotes'} View */

/** @type {Record<View, string>} */
const TITLE = { timeline: 'Timeline of the story', graph: 'Who is connected to whom', people: 'People in the story', quotes: 'Who said what' };

const MAX_KEY = 8;

/** @type {Record<View, string>} */
const LABEL = { timeline: 'Timeline', graph: 'Relations', people: 'People', quotes: 'Quotes' };

/**
 * Parses a StoryLens deep link.
 * @param {string} hash location.hash
 * @returns {{kind: 'entity' | 'quote' | 'event', id: string} | null}
 */
export function parseHash(hash) {
  const m = /^#storylens\/(entity|quote|event)\/([^/?#]{1,200})$/.exec(hash);
  if (!m) return null;
  try {
    return { kind: /** @type {any} */ (m[1]), id: decodeURIComponent(m[2]) };
  } catch {
    return null;
  }
}

/**
 * @param {HTMLElement} host the [data-storylens] element
 * @param {any} engine the engine API object
 * @param {{view?: string, entity?: string, title?: string}} [options]
 *   view: all | timeline | graph | quotes | people; entity: initial filter
 * @returns {Promise<() => void>} destroy
 */
export async function mountWidget(host, engine, options = {}) {
  const store = createStore(engine);
  /** @type {View[]} */
  const views = options.view && options.view !== 'all' && options.view in LABEL ? [/** @type {View} */ (options.view)] : ['timeline', 'graph', 'people', 'quotes'];

  // The first screen comes from one engine call; the rest loads when a view
  // needs it, once.
  const ov = await store.overview();
  const byDate = (/** @type {import('./store.js').TimelineEvent[]} */ evs) => evs.sort((a, b) => when(a.date) - when(b.date) || (a.id < b.id ? -1 : 1));
  /** @type {Record<string, Promise<any>>} */
  const loaded = {};
  /** @template T @param {string} key @param {() => Promise<T>} load @returns {Promise<T>} */
  const once = (key, load) => (loaded[key] ||= load());
  const allEvents = () => once('events', async () => {
    const evs = await store.timeline();
    const key = new Map(ov.events.map((e) => [e.id, e]));
    for (const e of evs) e.importance = key.get(e.id)?.importance ?? e.importance;
    markContested(evs, ov.contested);
    return byDate(evs);
  });
  const graph = () => once('graph', async () => {
    const g = await store.graph();
    markContested(g.edges, ov.contested);
    return g;
  });
  // Every quote, for the list before a search and for deep links: the
  // engine lists quotes for an empty query when a filter is set, and every
  // quote is reported on or after the earliest publication date.
  const from = ov.documents.map((d) => d.published || '').filter(Boolean).sort()[0] || '0';
  const allQuotes = () => once('quotes', async () => {
    const qs = await store.searchQuotes('', { from, limit: 200 });
    markContested(qs, ov.contested);
    return qs;
  });

  const state = {
    view: views[0],
    entity: options.entity || '',
    event: '',
    quote: '',
    card: '',
    all: false,
  };
  /** @type {(() => void)[]} */
  let cleanups = [];
  /** @type {(() => void) | null} */
  let closeCard = null;
  /** @type {Element | null} */
  let opener = null;

  const shadow = host.shadowRoot || host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [styleSheet()];
  const base = nextId('sl');
  const tabs = views.map((v) => h('button', { class: C.tab, type: 'button', role: 'tab', id: `${base}-tab-${v}`, 'aria-controls': `${base}-${v}`, 'data-view': v }, LABEL[v]));
  const panels = views.map((v) => h('div', { class: C.panel, role: views.length > 1 ? 'tabpanel' : 'region', id: `${base}-${v}`, 'aria-labelledby': views.length > 1 ? `${base}-tab-${v}` : null, 'aria-label': views.length > 1 ? null : LABEL[v], 'data-print': v === 'timeline' || views.length === 1 ? '' : null }));
  const filterText = h('span');
  const clear = h('button', { class: C.btn, type: 'button' }, 'Show everyone');
  const filter = h('div', { class: C.filter, hidden: true }, filterText, clear);
  const cardBox = h('div', { hidden: true });
  const live = h('p', { class: C.srOnly, 'aria-live': 'polite' });
  const announce = (/** @type {string} */ m) => { live.textContent = ''; setTimeout(() => { live.textContent = m; }, 50); };
  const title = options.title || (views.length > 1 ? 'Story explorer' : TITLE[views[0]]);
  const docs = Number(ov.counts.documents) || ov.documents.length;
  const root = h('div', { class: C.root, lang: 'en' },
    h('div', { class: C.head },
      h('h2', { class: C.title }, title),
      views.length > 1 ? h('div', { class: C.tabs, role: 'tablist', 'aria-label': 'Views' }, tabs) : null),
    h('p', { class: `${C.muted} ${C.source}` }, ov.outlets.length < docs ? `${plural(docs, 'article', 'articles')} from ${plural(ov.outlets.length, 'outlet', 'outlets')}: ` : `${plural(docs, 'article', 'articles')}: `, ov.outlets.join('; ')),
    filter, cardBox, panels, live);
  shadow.replaceChildren(root);

  const nameOf = (/** @type {string} */ id) => store.entityRef(id).name || id;
  let seq = 0;

  /** The events the timeline shows: the key moments, or all of them, or the filtered entity's. */
  async function timelineData() {
    if (!state.entity && !state.all) return { events: ov.events, total: Number(ov.counts.events) || ov.events.length };
    const evs = (await allEvents()).filter((e) => !state.entity || e.entities.some((x) => x.id === state.entity));
    if (state.all || evs.length <= MAX_KEY) return { events: evs, total: evs.length };
    // The entity's most important events: the engine's importance, then the outlets reporting them.
    const top = new Set([...evs].sort((a, b) => b.importance - a.importance || b.outlets - a.outlets).slice(0, MAX_KEY));
    return { events: evs.filter((e) => top.has(e)), total: evs.length };
  }

  async function render() {
    const my = ++seq;
    for (const c of cleanups) c();
    cleanups = [];
    tabs.forEach((t, i) => {
      const on = views[i] === state.view;
      t.setAttribute('aria-selected', String(on));
      t.setAttribute('tabindex', on ? '0' : '-1');
      panels[i].hidden = !on;
    });
    const fname = state.entity ? nameOf(state.entity) : '';
    filter.hidden = !state.entity;
    filterText.textContent = state.entity ? `Showing ${fname}` : '';
    const v = state.view, el = panels[views.indexOf(v)];
    const selected = { event: state.event, quote: state.quote };
    state.event = state.quote = '';
    /** @type {() => Promise<() => void>} */
    let draw;
    if (v === 'timeline') {
      draw = async () => {
        const d = await timelineData();
        return renderTimeline(el, { ...d, all: state.all, outlets: ov.outlets.length, claims: state.entity ? [] : ov.contested },
          { root: host, selected: selected.event, filterName: fname, announce, onAll: (all) => { state.all = all; render(); } });
      };
    } else if (v === 'graph') {
      draw = async () => renderGraph(el, await graph(), { root: host, selected: state.entity });
    } else if (v === 'people') {
      draw = async () => renderPeople(el, { people: ov.people, examples: ov.examples.people, lookup: (q) => store.lookup(q) }, { root: host });
    } else {
      draw = async () => {
        const all = await allQuotes();
        const speakers = [...new Map(all.filter((q) => q.speaker?.name).map((q) => [q.speaker?.id, q.speaker])).values()]
          .sort((a, b) => String(a?.name).localeCompare(String(b?.name)));
        return renderQuotes(el, {
          search: async (q, o) => (q || o.outlet ? store.searchQuotes(q, o) : all.filter((x) => !o.speaker || x.speaker?.id === o.speaker)),
          speakers: /** @type {any[]} */ (speakers), outlets: ov.outlets, examples: ov.examples.quotes,
        }, { root: host, speaker: state.entity, selected: selected.quote, announce });
      };
    }
    const needs = { timeline: state.entity || state.all ? 'events' : '', graph: 'graph', quotes: 'quotes', people: '' }[v];
    if (needs && !loaded[needs]) el.replaceChildren(h('p', { class: C.status, role: 'status' }, 'Loading…'));
    try {
      const destroy = await draw();
      if (my === seq) cleanups.push(destroy);
      else destroy();
    } catch (err) {
      if (my === seq) el.replaceChildren(h('p', { class: C.status, role: 'status' }, `Could not load this view: ${err instanceof Error ? err.message : err}`));
    }
  }

  /** @param {string} id @param {boolean} [focus] */
  async function openCard(id, focus = true) {
    closeCard?.();
    closeCard = null;
    const e = await store.entity(id).catch(() => null);
    if (!e) return;
    opener = /** @type {Element | null} */ (shadow.activeElement);
    state.card = id;
    closeCard = renderCard(cardBox, e, { root: host, onClose: hideCard });
    if (focus) /** @type {HTMLElement | null} */ (cardBox.firstElementChild)?.focus();
  }
  function hideCard() {
    closeCard?.();
    closeCard = null;
    state.card = '';
    const back = opener && opener.isConnected ? opener : filter.hidden ? tabs[0] || panels[0] : clear;
    /** @type {HTMLElement} */ (back)?.focus?.();
  }

  /** @param {string} id */
  function selectEntity(id) {
    if (!id) return;
    state.entity = id;
    render();
    openCard(id);
  }

  /** @param {Event} ev */
  function onSelect(ev) {
    const d = /** @type {CustomEvent} */ (ev).detail;
    if (d && d.type === 'entity') selectEntity(String(d.id));
  }
  /** @param {KeyboardEvent} ev */
  function onTabKey(ev) {
    const i = tabs.indexOf(/** @type {any} */ (ev.target));
    if (i < 0) return;
    let to = -1;
    if (ev.key === 'ArrowRight') to = (i + 1) % tabs.length;
    else if (ev.key === 'ArrowLeft') to = (i - 1 + tabs.length) % tabs.length;
    else if (ev.key === 'Home') to = 0;
    else if (ev.key === 'End') to = tabs.length - 1;
    if (to < 0) return;
    ev.preventDefault();
    show(views[to]);
    tabs[to].focus();
  }
  /** @param {View} v */
  function show(v) {
    if (state.view === v) return;
    state.view = v;
    render();
  }
  /** @param {Event} ev */
  function onTabClick(ev) {
    const t = /** @type {HTMLElement} */ (ev.target).closest('[role=tab]');
    if (t) show(/** @type {View} */ (/** @type {HTMLElement} */ (t).dataset.view));
  }
  /** @param {KeyboardEvent} ev */
  function onRootKey(ev) {
    if (ev.key === 'Escape' && closeCard) {
      ev.preventDefault();
      hideCard();
    }
  }
  function onClear() {
    state.entity = '';
    closeCard?.();
    closeCard = null;
    render();
    /** @type {HTMLElement} */ (tabs[views.indexOf(state.view)] || panels[0]).focus?.();
  }

  async function onHash() {
    const link = parseHash(location.hash);
    if (!link) return;
    if (link.kind === 'entity') {
      if (!store.entityRef(link.id).name) {
        // Not named by the answers so far: ask the engine.
        const e = await store.entity(link.id).catch(() => null);
        if (!e) return;
      }
      selectEntity(link.id);
    } else if (link.kind === 'event' && views.includes('timeline')) {
      const key = ov.events.some((e) => e.id === link.id);
      if (!key && !(await allEvents()).some((e) => e.id === link.id)) return;
      Object.assign(state, { entity: '', view: 'timeline', event: link.id, all: !key });
      render();
    } else if (link.kind === 'quote' && views.includes('quotes') && (await allQuotes()).some((q) => q.id === link.id)) {
      Object.assign(state, { entity: '', view: 'quotes', quote: link.id });
      render();
    } else {
      return;
    }
    emit(host, 'navigate', link);
  }

  host.addEventListener('storylens:select', onSelect);
  root.addEventListener('keydown', onRootKey);
  root.addEventListener('keydown', onTabKey);
  root.addEventListener('click', onTabClick);
  clear.addEventListener('click', onClear);
  addEventListener('hashchange', onHash);

  await render();
  onHash();
  emit(host, 'ready', { views });

  return () => {
    for (const c of cleanups) c();
    closeCard?.();
    host.removeEventListener('storylens:select', onSelect);
    removeEventListener('hashchange', onHash);
    shadow.replaceChildren();
  };
}
