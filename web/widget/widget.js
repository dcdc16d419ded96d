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
import { createStore } from './store.js';
import { styleSheet } from './styles.js';
import { renderTimeline } from './timeline.js';

/** @typedef {'timeline' | 'graph' | 'people' | 'quotes'} View */

/** @type {Record<View, string>} */
const TITLE = { timeline: 'Timeline of the story', graph: 'Who is connected to whom', people: 'People in the story', quotes: 'Who said what' };

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

  // Load what every view needs once: the whole graph and timeline also fill
  // the store's name and outlet tables.
  const [graph, events, stats] = await Promise.all([store.graph(), store.timeline(), Promise.resolve(engine.stats())]);
  // The engine lists quotes for an empty query only when filtered, so ask
  // document by document; the answers also name each document's outlet.
  const docIds = new Set([...events.flatMap((e) => e.docs.map((d) => d.id)), ...graph.edges.flatMap((e) => e.evidence.map((v) => v.doc?.id))]);
  for (const n of graph.nodes.slice(0, 50)) for (const d of (await store.entity(n.id).catch(() => null))?.sources || []) docIds.add(d.id);
  docIds.delete(undefined);
  const allQuotes = (await Promise.all([...docIds].map((doc) => store.searchQuotes('', { doc, limit: 200 })))).flat();
  for (const ev of events) ev.docs = ev.docs.map((d) => store.docs.get(d.id) || d);
  // Chronological, "early 2022" before "2022" before "late 2022" (as the static fallback orders them).
  const rank = (/** @type {string | undefined} */ m) => (m === 'early' ? 0 : m === 'late' ? 2 : 1);
  events.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : rank(a.date.mod) - rank(b.date.mod)));

  // Contested claims come with the page: the fallback fragment's
  // [slot=contested] section lists the items whose evidence they touch.
  const claims = host.querySelector(':scope > [slot=contested]');
  const ids = (/** @type {string} */ k) => new Set((claims?.getAttribute(k) || '').split(' ').filter(Boolean));
  const contested = { events: ids('data-events'), quotes: ids('data-quotes'), relations: ids('data-relations') };
  for (const ev of events) ev.contested ||= contested.events.has(ev.id);
  for (const q of allQuotes) q.contested ||= contested.quotes.has(q.id);
  for (const e of graph.edges) e.contested ||= contested.relations.has(`${e.a}~${e.b}`) || contested.relations.has(`${e.b}~${e.a}`);
  const quoteIndex = new Map(allQuotes.map((q) => [q.id, q]));
  const speakers = [...new Map(allQuotes.filter((q) => q.speaker).map((q) => [q.speaker?.id, q.speaker])).values()]
    .sort((a, b) => String(a?.name).localeCompare(String(b?.name)));
  const people = [...graph.nodes].sort((a, b) => (a.type === 'person' ? 0 : 1) - (b.type === 'person' ? 0 : 1) || b.weight - a.weight);

  const state = {
    view: views[0],
    entity: options.entity || '',
    event: '',
    quote: '',
    card: '',
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
  const title = options.title || (views.length > 1 ? 'Story explorer' : TITLE[views[0]]);
  const root = h('div', { class: C.root, lang: 'en' },
    h('div', { class: C.head },
      h('h2', { class: C.title }, title),
      views.length > 1 ? h('div', { class: C.tabs, role: 'tablist', 'aria-label': 'Views' }, tabs) : null),
    h('p', { class: `${C.muted} ${C.source}` }, `${plural(Number(stats?.documents) || store.docs.size, 'article', 'articles')}: ${[...store.docs.values()].map((d) => d.outlet).join('; ')}`),
    filter, cardBox, panels, h('slot', { name: 'contested' }));
  shadow.replaceChildren(root);

  const nameOf = (/** @type {string} */ id) => store.entityRef(id)?.name || id;

  function render() {
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
    views.forEach((v, i) => {
      const el = panels[i];
      if (v === 'timeline') {
        const list = state.entity ? events.filter((e) => e.entities.some((x) => x.id === state.entity)) : events;
        cleanups.push(renderTimeline(el, { events: list }, { root: host, selected: state.event, filterName: fname }));
      } else if (v === 'graph') {
        cleanups.push(renderGraph(el, graph, { root: host, selected: state.entity }));
      } else if (v === 'people') {
        cleanups.push(renderPeople(el, { people, lookup: (q) => store.lookup(q) }, { root: host }));
      } else if (v === 'quotes') {
        cleanups.push(renderQuotes(el, {
          search: async (q, o) => (q ? store.searchQuotes(q, o) : allQuotes.filter((x) => (!o.speaker || x.speaker?.id === o.speaker) && (!o.doc || x.doc?.id === o.doc))),
          speakers: /** @type {any[]} */ (speakers), docs: [...store.docs.values()],
        }, { root: host, speaker: state.entity, selected: state.quote }));
      }
    });
    state.event = state.quote = '';
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

  function onHash() {
    const link = parseHash(location.hash);
    if (!link) return;
    if (link.kind === 'entity') {
      if (!store.entityRef(link.id) || store.entityRef(link.id)?.name === link.id) {
        // Unknown to the graph and timeline: ask the engine.
        store.entity(link.id).then((e) => e && selectEntity(e.id), () => {});
        return;
      }
      selectEntity(link.id);
    } else if (link.kind === 'event' && views.includes('timeline') && events.some((e) => e.id === link.id)) {
      state.entity = '';
      state.view = 'timeline';
      state.event = link.id;
      render();
    } else if (link.kind === 'quote' && views.includes('quotes') && quoteIndex.has(link.id)) {
      state.entity = '';
      state.view = 'quotes';
      state.quote = link.id;
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

  render();
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
