/*! StoryLens embed loader. One async classic script, no dependencies:
 *
 *   <div data-storylens data-view="all|timeline|graph|quotes|people" data-entity="jane-doe"
 *        data-theme="light|dark|auto"> …static fallback HTML (tools/demopage, package fallback)… </div>
 *   <script src=".../embed.js" async></script>
 *
 * Optional attributes: data-dataset="URL" (a dataset.json on this site, loaded
 * at runtime instead of the one embedded in the wasm), data-title.
 *
 * What it does: shows each widget's static fallback at once (the host's own
 * HTML, slotted into a shadow root); loads the WebAssembly engine when a
 * widget comes within 400px of the viewport (or at once for a
 * #storylens/... deep link), once per page and dataset, shared by every
 * widget; keeps the fallback if the engine cannot run (CSP without
 * 'wasm-unsafe-eval', old browser). It requests only files next to itself
 * (wasm_exec.js, engine.mjs, storylens.wasm, widget/*.js) and datasets on the
 * page's own origin; no cookies, no storage.
 *
 * Page API: window.StoryLens = {engine(opts?) -> Promise<engine API>, version}.
 * Events on the host element (bubbling, composed):
 *   storylens:ready {views}        storylens:error {message}
 *   storylens:select {type: 'entity'|'event'|'edge', id | a, b}
 *   storylens:search {query, count}   storylens:navigate {kind, id}
 * Deep links: #storylens/entity/ID, #storylens/quote/ID, #storylens/event/ID.
 * Theme with CSS custom properties on the host: --storylens-font, -fg, -bg,
 * -muted, -accent, -accent-fg, -border, -soft, -mark, -warn, -focus.
 * Performance marks: storylens:start, first-render, wasm-ready, interactive.
 */
(function () {
  'use strict';
  // Captured while this script runs: the directory this file was served from.
  var self = document.currentScript;
  var base = new URL('.', (self && self.src) || location.href).href;
  var perf = window.performance;
  function mark(name) {
    try { perf.mark('storylens:' + name); } catch (e) { /* no User Timing */ }
  }
  mark('start');

  /** @type {Map<string, Promise<any>>} engines by dataset URL ('' for the embedded one) */
  var engines = new Map();
  /** @type {Promise<void> | null} */
  var goRuntime = null;

  function loadGo() {
    if (globalThis.Go) return Promise.resolve();
    if (!goRuntime) {
      goRuntime = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = base + 'wasm_exec.js';
        s.onload = function () { resolve(); };
        s.onerror = function () { reject(new Error('StoryLens: could not load wasm_exec.js')); };
        document.head.appendChild(s);
      });
    }
    return goRuntime;
  }

  /**
   * Returns the engine API, loading the wasm module on first use.
   * @param {{dataset?: string}} [opts] dataset: URL of a dataset.json (same origin) to load instead of the embedded story
   * @returns {Promise<any>}
   */
  function engine(opts) {
    var dataset = opts && opts.dataset ? new URL(String(opts.dataset), location.href) : null;
    if (dataset && dataset.origin !== location.origin) return Promise.reject(new Error('StoryLens: dataset must be on this site: ' + dataset.href));
    var key = dataset ? dataset.href : '';
    if (!engines.has(key)) {
      engines.set(key, loadGo().then(function () {
        return import(base + 'engine.mjs');
      }).then(function (mod) {
        var o = { wasm: fetch(base + 'storylens.wasm', { credentials: 'same-origin' }) };
        if (!dataset) return mod.createEngine(o);
        return fetch(dataset.href, { credentials: 'same-origin' }).then(function (r) {
          if (!r.ok) throw new Error('StoryLens: dataset ' + dataset.href + ': HTTP ' + r.status);
          return r.text();
        }).then(function (text) {
          o.dataset = text;
          return mod.createEngine(o);
        });
      }).then(function (api) {
        mark('wasm-ready');
        return api;
      }));
    }
    return engines.get(key);
  }

  var api = { engine: engine, version: 1 };
  window.StoryLens = api;

  var capable = typeof WebAssembly === 'object' && 'attachShadow' in Element.prototype &&
    'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype;
  if (!capable) return; // keep the static fallback the page already has

  var hosts = Array.prototype.slice.call(document.querySelectorAll('[data-storylens]'));
  if (!hosts.length) return;

  var widgets = import(base + 'widget/fallback.js').then(function (fb) {
    hosts.forEach(function (host) {
      if (!host.getAttribute('data-theme')) host.setAttribute('data-theme', 'light');
      fb.renderFallback(host, { status: 'The interactive story explorer loads when you reach it.' });
    });
    mark('first-render');
    return fb;
  });

  var warned = false;
  function fail(host, fb, err) {
    var msg = String(err && err.message || err);
    if (!warned) { // one warning a page, however many widgets it has
      warned = true;
      console.warn(/Content Security Policy|unsafe-eval/i.test(msg)
        ? "StoryLens: this page's Content-Security-Policy blocks WebAssembly, so the static summary stays. Add 'wasm-unsafe-eval' to script-src to enable the story explorer."
        : 'StoryLens: the story explorer cannot run here (' + msg + '), so the static summary stays.');
    }
    fb.renderFallback(host, { status: 'The interactive explorer cannot run in this browser; the summary above lists the story’s people and dates.' });
    host.dispatchEvent(new CustomEvent('storylens:error', { detail: { message: msg }, bubbles: true }));
  }

  var started = new Set();
  function start(host) {
    if (started.has(host)) return;
    started.add(host);
    if (io) io.unobserve(host);
    var ds = host.getAttribute('data-dataset');
    // The engine, the widget code and the fallback's status line load in parallel.
    var ready = Promise.all([engine(ds ? { dataset: ds } : undefined), import(base + 'widget/widget.js'), widgets]);
    widgets.then(function (fb) {
      if (host.getAttribute('data-storylens-state') !== 'ready') {
        fb.renderFallback(host, { status: 'Loading the interactive story explorer…' }, { busy: true });
      }
    });
    ready.then(function (r) {
      return r[1].mountWidget(host, r[0], {
        view: host.getAttribute('data-view') || 'all',
        entity: host.getAttribute('data-entity') || '',
        title: host.getAttribute('data-title') || '',
      });
    }).then(function () {
      host.setAttribute('data-storylens-state', 'ready');
      mark('interactive');
    }, function (err) {
      host.setAttribute('data-storylens-state', 'fallback');
      widgets.then(function (fb) { fail(host, fb, err); });
    });
  }

  // A deep link (#storylens/...) asks for the explorer now, wherever it is.
  function onHash() {
    if (location.hash.indexOf('#storylens/') === 0) hosts.forEach(start);
  }
  var io = typeof IntersectionObserver === 'function' ? new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      if (e.isIntersecting) start(e.target);
    });
  }, { rootMargin: '400px 0px' }) : null;
  if (io) hosts.forEach(function (h) { io.observe(h); });
  else hosts.forEach(start);
  window.addEventListener('hashchange', onHash);
  onHash();
})();
