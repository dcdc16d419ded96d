// roving gives a list of items one tab stop: arrow keys move between items,
// Home and End jump, and only the active item (and the controls inside it)
// is reachable with Tab.

/**
 * @param {HTMLElement | SVGElement} container element whose keydown is handled
 * @param {() => (HTMLElement | SVGElement)[]} items the current items, in order
 * @param {{onActivate?: (el: HTMLElement | SVGElement, i: number) => void, keys?: 'vertical' | 'both'}} [opts]
 * @returns {{focus: (i: number) => void, setActive: (i: number) => void, destroy: () => void}}
 */
export function roving(container, items, opts = {}) {
  let active = 0;
  /** @param {number} i */
  function setActive(i) {
    const all = items();
    if (!all.length) return;
    active = Math.max(0, Math.min(i, all.length - 1));
    all.forEach((el, j) => {
      el.setAttribute('tabindex', j === active ? '0' : '-1');
      for (const c of el.querySelectorAll('button,a,input,select')) c.setAttribute('tabindex', j === active ? '0' : '-1');
    });
  }
  /** @param {number} i */
  function focus(i) {
    setActive(i);
    const el = items()[active];
    if (el) {
      /** @type {HTMLElement} */ (el).focus();
      if ('scrollIntoView' in el) el.scrollIntoView({ block: 'nearest' });
    }
  }
  /** @param {KeyboardEvent} e */
  function onKey(e) {
    const all = items();
    const i = all.indexOf(/** @type {any} */ (e.target));
    if (i < 0) return; // keys inside an item's controls are theirs
    const prev = opts.keys === 'both' ? ['ArrowUp', 'ArrowLeft'] : ['ArrowUp'];
    const next = opts.keys === 'both' ? ['ArrowDown', 'ArrowRight'] : ['ArrowDown'];
    let to = -1;
    if (next.includes(e.key)) to = Math.min(i + 1, all.length - 1);
    else if (prev.includes(e.key)) to = Math.max(i - 1, 0);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = all.length - 1;
    else if ((e.key === 'Enter' || e.key === ' ') && opts.onActivate) {
      e.preventDefault();
      opts.onActivate(all[i], i);
      return;
    }
    if (to >= 0) {
      e.preventDefault();
      focus(to);
    }
  }
  /** @param {FocusEvent} e */
  function onFocus(e) {
    const all = items();
    const i = all.findIndex((el) => el === e.target || el.contains(/** @type {Node} */ (e.target)));
    if (i >= 0 && i !== active) setActive(i);
  }
  container.addEventListener('keydown', /** @type {EventListener} */ (onKey));
  container.addEventListener('focusin', /** @type {EventListener} */ (onFocus));
  setActive(0);
  return {
    focus,
    setActive,
    destroy() {
      container.removeEventListener('keydown', /** @type {EventListener} */ (onKey));
      container.removeEventListener('focusin', /** @type {EventListener} */ (onFocus));
    },
  };
}
