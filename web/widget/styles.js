// The widget's stylesheet, adopted by each shadow root as a constructable
// stylesheet, so a page with a strict CSP (style-src 'self', no inline
// styles) renders it. Hosts theme it with --storylens-* custom properties.

import { C } from './classes.js';

const css = `
:host{display:block;contain:layout;max-width:100%;
--sl-font:var(--storylens-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);
--sl-fg:var(--storylens-fg,#1a1a1a);--sl-bg:var(--storylens-bg,#fff);--sl-muted:var(--storylens-muted,#4f5660);
--sl-accent:var(--storylens-accent,#0b57a4);--sl-accent-fg:var(--storylens-accent-fg,#fff);--sl-border:var(--storylens-border,#c5cad1);
--sl-soft:var(--storylens-soft,#f2f4f7);--sl-mark:var(--storylens-mark,#ffe27a);--sl-warn:var(--storylens-warn,#8a3b00);--sl-focus:var(--storylens-focus,#c4005a);
--sl-person:#0b57a4;--sl-org:#6b3fa0;--sl-place:#1d6b3a}
:host([data-theme=dark]){--sl-fg:var(--storylens-fg,#eceff3);--sl-bg:var(--storylens-bg,#15181c);--sl-muted:var(--storylens-muted,#b3bcc6);
--sl-accent:var(--storylens-accent,#8cc4ff);--sl-accent-fg:var(--storylens-accent-fg,#0b1a2a);--sl-border:var(--storylens-border,#59616b);
--sl-soft:var(--storylens-soft,#22272e);--sl-mark:var(--storylens-mark,#7a5d00);--sl-warn:var(--storylens-warn,#ffb27a);--sl-focus:var(--storylens-focus,#ff7ab8);
--sl-person:#8cc4ff;--sl-org:#d2b4ff;--sl-place:#8fe0a8}
@media (prefers-color-scheme:dark){:host([data-theme=auto]){--sl-fg:var(--storylens-fg,#eceff3);--sl-bg:var(--storylens-bg,#15181c);--sl-muted:var(--storylens-muted,#b3bcc6);
--sl-accent:var(--storylens-accent,#8cc4ff);--sl-accent-fg:var(--storylens-accent-fg,#0b1a2a);--sl-border:var(--storylens-border,#59616b);
--sl-soft:var(--storylens-soft,#22272e);--sl-mark:var(--storylens-mark,#7a5d00);--sl-warn:var(--storylens-warn,#ffb27a);--sl-focus:var(--storylens-focus,#ff7ab8);
--sl-person:#8cc4ff;--sl-org:#d2b4ff;--sl-place:#8fe0a8}}
.${C.root}{container:storylens/inline-size;font:1rem/1.5 var(--sl-font);color:var(--sl-fg);background:var(--sl-bg);border:1px solid var(--sl-border);border-radius:8px;padding:12px;overflow-wrap:anywhere;min-width:0}
.${C.root}.${C.fallback}{border:0;padding:0;background:none}
.${C.root} *{box-sizing:border-box}
.${C.root} h2,.${C.root} h3,.${C.root} h4{margin:.2em 0 .4em;line-height:1.25}
.${C.title}{font-size:1.15rem}
.${C.head}{display:flex;flex-wrap:wrap;gap:8px;align-items:center;justify-content:space-between;margin-bottom:8px}
.${C.tabs}{display:flex;flex-wrap:wrap;gap:4px}
button,input,select{font:inherit;color:inherit}
.${C.tab},.${C.btn},.${C.chip}{min-height:24px;min-width:24px;border:1px solid var(--sl-border);background:var(--sl-soft);color:var(--sl-fg);border-radius:6px;padding:2px 10px;cursor:pointer}
.${C.tab}{min-height:36px}
.${C.tab}[aria-selected=true]{background:var(--sl-accent);color:var(--sl-accent-fg);border-color:var(--sl-accent)}
.${C.chip}{border-radius:12px;font-size:.875rem;margin:2px 4px 2px 0}
.${C.chip}[data-type=person]{border-color:var(--sl-person)}
.${C.link}{color:var(--sl-accent);text-decoration:underline;min-height:24px;display:inline-flex;align-items:center;padding:0 2px}
.${C.btn}:hover,.${C.chip}:hover,.${C.tab}:hover{border-color:var(--sl-accent)}
:focus{outline:none}
:focus-visible{outline:3px solid var(--sl-focus);outline-offset:2px}
.${C.node}:focus-visible>g>:first-child,.${C.edge}:focus-visible>line{stroke:var(--sl-focus);stroke-width:5}
.${C.muted},.${C.source}{color:var(--sl-muted);font-size:.875rem}
.${C.badge}{display:inline-block;font-size:.75rem;font-weight:600;border:1px solid currentColor;border-radius:4px;padding:0 4px;margin-left:4px;text-transform:uppercase;letter-spacing:.03em}
.${C.contested}{color:var(--sl-warn)}
.${C.checked}{color:var(--sl-place);text-transform:none;letter-spacing:0}
.${C.filter}{display:flex;flex-wrap:wrap;align-items:center;gap:6px;padding:6px 8px;background:var(--sl-soft);border-radius:6px;margin-bottom:8px}
.${C.filter}[hidden],[hidden]{display:none!important}
.${C.status}{font-size:.875rem;color:var(--sl-muted);min-height:1.5em}
.${C.srOnly}{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.${C.evidence}{margin:6px 0;padding:6px 10px;border-left:3px solid var(--sl-accent);background:var(--sl-soft);font-style:italic}
.${C.evidence} blockquote{margin:0 0 4px}
.${C.evidence} cite{display:block;font-style:normal;font-size:.875rem;color:var(--sl-muted)}
ol.${C.timeline},ul.${C.quotes},ul.${C.people}{list-style:none;margin:0;padding:0}
.${C.event}{display:grid;grid-template-columns:10.5em 1fr;gap:2px 12px;padding:6px;border-left:3px solid var(--sl-border);margin-left:4px;border-radius:0 6px 6px 0}
.${C.event}.${C.selected}{border-left-color:var(--sl-accent);background:var(--sl-soft)}
.${C.event}>*{min-width:0}
.${C.date}{font-weight:600;font-variant-numeric:tabular-nums}
.${C.event} p{margin:0}
.${C.headline}{font-weight:600;line-height:1.35}
.${C.event} .${C.source}{margin:2px 0}.${C.event}>p>.${C.source}{display:block}
@container storylens (max-width:560px){.${C.event}>p>.${C.source}{display:inline}.${C.event}>p>.${C.source}::before{content:" · "}}
.${C.claims}{margin-top:12px;padding:4px 10px;border:1px solid var(--sl-warn);border-radius:6px}
.${C.claims} h3{font-size:1rem;color:var(--sl-warn)}
.${C.claims} summary{cursor:pointer;min-height:24px;padding:2px 0}
.${C.claims} p{margin:4px 0 6px 1.1em;font-size:.9rem}
.${C.copy}{display:block;min-height:28px;width:100%;max-width:32em;margin-top:4px;padding:2px 6px;border:1px solid var(--sl-border);border-radius:4px;background:var(--sl-bg)}
.${C.axis} line{stroke:var(--sl-muted)}
.${C.axis} [data-id]>g>:first-child{fill:var(--sl-accent)}
.${C.axis} .${C.selected}>g>:first-child{fill:var(--sl-focus)}
.${C.ticks} text{fill:var(--sl-muted);font-size:12px}
.${C.graphWrap}{overflow:auto;max-width:100%;max-height:80vh;border:1px solid var(--sl-border);border-radius:6px;touch-action:pan-x pan-y}
.${C.graph}{display:block}
.${C.graph} text{font-size:13px;fill:var(--sl-fg);paint-order:stroke;stroke:var(--sl-bg);stroke-width:4px;stroke-linejoin:round}
.${C.edge}>line{stroke:var(--sl-muted);stroke-opacity:.7}
.${C.edge} text{fill:var(--sl-muted);font-style:italic;font-size:12px}
.${C.edge}[data-contested]>line{stroke:var(--sl-warn);stroke-dasharray:6 4;stroke-opacity:1}
.${C.edge}.${C.selected}>line{stroke:var(--sl-accent);stroke-opacity:1}
.${C.edge}>line.${C.hit}{stroke:transparent;stroke-dasharray:none;stroke-width:14px}
.${C.node}{cursor:pointer}
.${C.hit}{fill:transparent;stroke:none}
.${C.node}>g>:first-child{stroke:var(--sl-bg);stroke-width:2}
.${C.node}[data-type=person]>g>:first-child,.${C.key}[data-type=person]>:first-child{fill:var(--sl-person)}
.${C.node}[data-type=org]>g>:first-child,.${C.key}[data-type=org]>:first-child{fill:var(--sl-org)}
.${C.node}[data-type=place]>g>:first-child,.${C.key}[data-type=place]>:first-child{fill:var(--sl-place)}
line.${C.key}{stroke:var(--sl-warn);stroke-dasharray:6 4}
.${C.node}.${C.selected} text{font-weight:700;text-decoration:underline}
.${C.dim}{opacity:.35}
.${C.zoom}{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin:6px 0}.${C.zoom}>p{margin:0}
.${C.btn},.${C.tab}{white-space:nowrap}
.${C.legend}{display:flex;flex-wrap:wrap;gap:10px;font-size:.875rem;color:var(--sl-muted)}
.${C.legend} svg{vertical-align:middle}
.${C.ranked}{margin:4px 0 8px;padding-left:1.6em}.${C.ranked} li{margin:2px 0}
.${C.listing}{margin-top:8px}.${C.listing} summary{cursor:pointer;min-height:24px;color:var(--sl-accent)}.${C.listing} ul{list-style:none;padding:0;margin:4px 0}
.${C.detail}{margin-top:8px;padding:8px;border:1px solid var(--sl-border);border-radius:6px}
.${C.card}{border:2px solid var(--sl-accent);border-radius:8px;padding:10px 12px;margin:0 0 10px;background:var(--sl-bg)}
.${C.card} header{display:flex;justify-content:space-between;align-items:start;gap:8px}
.${C.card} ul{margin:.2em 0 .6em;padding-left:1.2em}
.${C.field}{display:flex;flex-wrap:wrap;gap:8px;align-items:end;margin-bottom:8px}
.${C.field} label{display:flex;flex-direction:column;font-size:.875rem;gap:2px;flex:1 1 10em;min-width:0}
.${C.field} label:first-child:has(input){flex:2 1 16em}
.${C.field} input,.${C.field} select{min-height:36px;padding:4px 8px;border:1px solid var(--sl-border);border-radius:6px;background:var(--sl-bg);width:100%}
.${C.quote}{padding:8px 0;border-bottom:1px solid var(--sl-border)}
.${C.quote}.${C.selected}{background:var(--sl-soft)}
.${C.quote} blockquote{margin:0 0 4px;font-size:1.05rem}
mark.${C.mark}{background:var(--sl-mark);color:inherit;border-radius:2px}
.${C.people} li{display:inline-block}
::slotted([slot=contested]){display:block;margin-top:12px;padding:4px 12px;border:1px solid var(--sl-warn);border-radius:6px;font-size:.9rem}
@media (max-width:600px){.${C.event}{grid-template-columns:1fr}}
@container storylens (max-width:560px){.${C.event}{grid-template-columns:1fr}}
@media (prefers-reduced-motion:no-preference){.${C.tab},.${C.btn},.${C.chip}{transition:background-color .15s,border-color .15s}}
@media print{:host,:host([data-theme=dark]),:host([data-theme=auto]){--sl-fg:#000;--sl-bg:#fff;--sl-muted:#333;--sl-soft:#f2f2f2;--sl-border:#999;--sl-accent:#000;--sl-mark:#ffe27a;--sl-warn:#8a3b00;--sl-person:#0b57a4;--sl-org:#6b3fa0;--sl-place:#1d6b3a}
.${C.root}{border:0;padding:0;color:#000;background:#fff}
.${C.tabs},.${C.filter},.${C.zoom},.${C.field},.${C.btn},.${C.status},.${C.link}{display:none!important}
.${C.panel}[hidden]{display:block!important}.${C.panel}:not([data-print]){display:none!important}
.${C.event}{grid-template-columns:8em 1fr;break-inside:avoid;border-left-color:#000}.${C.evidence}[hidden]{display:block!important}}
`;

/** @type {CSSStyleSheet | null} */
let sheet = null;

/**
 * Returns the widget stylesheet, created once and shared by every widget
 * on the page.
 */
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

/** The stylesheet's text, for size measurement. */
export const cssText = css;
