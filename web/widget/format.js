// Formatting shared by the views. formatDate matches fallback.FormatDate in Go.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * @typedef {{value: string, precision?: string, mod?: string}} When
 */

/**
 * Formats a date at its true precision: "Wed 6 Nov 2024", "June 2023",
 * "late 2022", "2022".
 * @param {When | null | undefined} d
 */
export function formatDate(d) {
  if (!d || typeof d.value !== 'string') return '';
  const n = d.value.split('-').map(Number);
  if (n.some(isNaN)) return d.value;
  if (d.precision === 'day' && n.length === 3) {
    const t = new Date(Date.UTC(n[0], n[1] - 1, n[2], 12));
    return `${DAYS[t.getUTCDay()]} ${n[2]} ${MONTHS[n[1] - 1].slice(0, 3)} ${n[0]}`;
  }
  let s = d.precision === 'month' && n.length >= 2 && n[1] >= 1 && n[1] <= 12 ? `${MONTHS[n[1] - 1]} ${n[0]}` : String(n[0]);
  if (d.mod === 'early' || d.mod === 'mid' || d.mod === 'late') s = `${d.mod} ${s}`;
  return s;
}

/** @param {number} n @param {string} one @param {string} many */
export const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** @param {unknown} v @returns {any[]} */
export const list = (v) => (Array.isArray(v) ? v : []);
