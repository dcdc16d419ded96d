// renderFallback shows the static fallback while the engine loads, and keeps
// it if the engine cannot run: the host's own light-DOM content (the
// summary, key people and dated list that tools/demopage or the publisher's
// server rendered with the Go fallback package), slotted into the shadow
// root, and one status line.

import { C } from './classes.js';
import { h } from './h.js';
import { styleSheet } from './styles.js';

/**
 * @param {HTMLElement} host the [data-storylens] element
 * @param {{status: string} | null} data
 * @param {{busy?: boolean}} [opts]
 * @returns {() => void} destroy
 */
export function renderFallback(host, data, opts = {}) {
  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [styleSheet()];
  const status = h('p', { class: C.status, role: 'status', 'aria-busy': opts.busy ? 'true' : null }, data?.status || '');
  root.replaceChildren(h('div', { class: `${C.root} ${C.fallback}` }, h('slot'), h('slot', { name: 'contested' }), status));
  return () => root.replaceChildren();
}
