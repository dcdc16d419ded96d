// copyLink makes the "Copy link" button of an event or a quote: it copies
// the item's deep link (this page, #storylens/KIND/ID) to the clipboard and
// says so; when the clipboard is refused, it shows the link selected, ready
// to copy by hand.

import { C } from './classes.js';
import { h } from './h.js';

/**
 * @param {'event' | 'quote'} kind
 * @param {string} id
 * @param {(message: string) => void} announce speaks a message (an aria-live region)
 * @returns {HTMLElement}
 */
export function copyLink(kind, id, announce) {
  const what = kind === 'event' ? 'this event' : 'this quote';
  const b = h('button', { class: C.btn, type: 'button', 'aria-label': `Copy link to ${what}` }, 'Copy link');
  b.addEventListener('click', async () => {
    const url = `${location.href.replace(/#.*$/, '')}#storylens/${kind}/${encodeURIComponent(id)}`;
    b.nextElementSibling?.classList.contains(C.copy) && b.nextElementSibling.remove();
    try {
      await navigator.clipboard.writeText(url);
      b.textContent = 'Link copied';
      announce(`Link to ${what} copied.`);
      setTimeout(() => { b.textContent = 'Copy link'; }, 3000);
    } catch {
      const field = h('input', { class: C.copy, readonly: true, 'aria-label': `Link to ${what}`, value: url });
      b.after(field);
      field.select();
      announce('The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  });
  return b;
}
