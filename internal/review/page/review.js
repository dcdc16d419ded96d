// Copy buttons of the StoryLens review sheet: each copies its edit, the
// text of the <code class="line"> beside it. Text only; nothing is fetched.
(function () {
  'use strict';
  /** @param {string} text */
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (ok, fail) {
      var ta = document.createElement('textarea');
      ta.className = 'offscreen';
      ta.value = text;
      ta.setAttribute('readonly', '');
      document.body.appendChild(ta);
      ta.select();
      var done = false;
      try { done = document.execCommand('copy'); } catch (e) { /* refused */ }
      ta.remove();
      if (done) ok(undefined); else fail(new Error('copy refused'));
    });
  }
  /** @param {Element} el */
  function select(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var sel = window.getSelection();
    if (sel) { sel.removeAllRanges(); sel.addRange(range); }
  }
  var main = document.querySelector('main');
  if (!main) return;
  main.addEventListener('click', function (ev) {
    var button = ev.target instanceof Element ? ev.target.closest('button.copy') : null;
    if (!button) return;
    var fix = button.closest('.fix');
    var line = fix && fix.querySelector('.line');
    var status = fix && fix.querySelector('.status');
    if (!line || !status) return;
    var say = function (/** @type {string} */ msg) { if (status) status.textContent = msg; };
    copy(line.textContent || '').then(function () {
      say('Copied');
      button.setAttribute('data-copied', '');
    }, function () {
      select(line);
      say('Selected: press Ctrl+C (⌘C) to copy');
    });
  });
})();
