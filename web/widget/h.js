// h builds DOM without ever parsing markup: text becomes text nodes, and
// attributes that could run code (on*, style, unsafe URLs) are refused.

const SVG = 'http://www.w3.org/2000/svg';

/**
 * @typedef {string | number | Node | null | undefined | false} Child
 * @typedef {Record<string, string | number | boolean | null | undefined>} Attrs
 */

/**
 * Sets attrs on el. Values of null, undefined or false are skipped; true sets
 * an empty attribute.
 * @param {Element} el
 * @param {Attrs | null | undefined} attrs
 */
export function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    const name = k.toLowerCase();
    if (name.startsWith('on') || name === 'style') throw new Error('h: refused attribute ' + k);
    const val = v === true ? '' : String(v);
    if ((name === 'href' || name === 'src' || name === 'xlink:href') && !safeURL(val)) continue;
    el.setAttribute(k, val);
  }
}

/**
 * Reports whether u is a fragment or an http(s) URL.
 * @param {string} u
 */
export function safeURL(u) {
  if (u.startsWith('#')) return true;
  try {
    const p = new URL(u, 'https://x.invalid/');
    return p.protocol === 'https:' || p.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * @param {Element} el
 * @param {Child[]} kids
 */
function append(el, kids) {
  for (const k of kids.flat(Infinity)) {
    if (k == null || k === false) continue;
    el.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return el;
}

/**
 * Creates an HTML element.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attrs | null} [attrs]
 * @param {...(Child | Child[])} kids
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  return /** @type {any} */ (append(el, kids));
}

/**
 * Creates an SVG element.
 * @param {string} tag
 * @param {Attrs | null} [attrs]
 * @param {...(Child | Child[])} kids
 * @returns {SVGElement}
 */
export function s(tag, attrs, ...kids) {
  const el = document.createElementNS(SVG, tag);
  setAttrs(el, attrs);
  return /** @type {SVGElement} */ (append(el, kids));
}

/**
 * Dispatches a StoryLens CustomEvent from the widget host: it bubbles and
 * leaves the shadow root.
 * @param {Element} root
 * @param {string} type
 * @param {unknown} detail
 */
export function emit(root, type, detail) {
  root.dispatchEvent(new CustomEvent('storylens:' + type, { detail, bubbles: true, composed: true }));
}

let uid = 0;
/** Returns a page-unique id with the given prefix. @param {string} p */
export const nextId = (p) => `${p}-${++uid}`;
