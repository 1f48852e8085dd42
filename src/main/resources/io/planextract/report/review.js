// Review page filter. Row data is read once on load; a filter is one pass over it, deferred while typing,
// so the page stays responsive with hundreds of notices (no per-keystroke work proportional to rows x rows).
(function () {
  'use strict';
  var started = Date.now();
  var unitBox = document.getElementById('f-unit');
  var textBox = document.getElementById('f-text');
  var warnBox = document.getElementById('f-warn');
  var shown = document.getElementById('shown');
  var noticeEls = Array.prototype.slice.call(document.querySelectorAll('details.notice'));
  var notices = [];
  var rows = [];
  var sections = [];

  // Same idea as UnitNames.key on the Java side: spacing, punctuation, brackets and 和 do not matter.
  function key(s) {
    return s.normalize('NFKC').replace(/[\s\u3000、，,。.；;：:·•“”‘’"'《》「」()（）\[\]【】〔〕|]|和/g, '');
  }

  noticeEls.forEach(function (el) {
    var n = { el: el, total: 0, count: 0, badge: el.querySelector('.match') };
    notices.push(n);
    Array.prototype.forEach.call(el.querySelectorAll('table.tasks > tbody'), function (body) {
      var section = null;
      var row = null;
      for (var tr = body.firstElementChild; tr; tr = tr.nextElementSibling) {
        if (tr.classList.contains('section')) {
          section = { el: tr, count: 0 };
          sections.push(section);
        } else if (tr.classList.contains('task')) {
          var units = tr.getAttribute('data-units') || '';
          row = {
            el: tr, notice: n, section: section, extras: [],
            text: tr.textContent.toLowerCase(),
            units: units ? units.split('|') : [],
            keys: (tr.getAttribute('data-keys') || '').split('|'),
            warn: tr.hasAttribute('data-warn'),
            hidden: false
          };
          rows.push(row);
          n.total++;
        } else if (tr.classList.contains('warn') && row) {
          row.extras.push(tr);
        }
      }
    });
  });

  function matchesUnit(r, raw, k) {
    if (!raw) return true;
    for (var i = 0; i < r.units.length; i++) {
      if (r.units[i].indexOf(raw) >= 0 || (k && r.keys[i] && r.keys[i].indexOf(k) >= 0)) return true;
    }
    return false;
  }

  function apply() {
    var t0 = Date.now();
    var unit = unitBox.value.trim();
    var text = textBox.value.trim().toLowerCase();
    var warnOnly = warnBox.checked;
    var active = !!(unit || text || warnOnly);
    var k = key(unit);
    var visible = 0;
    notices.forEach(function (n) { n.count = 0; });
    sections.forEach(function (s) { s.count = 0; });
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var match = matchesUnit(r, unit, k) && (!text || r.text.indexOf(text) >= 0) && (!warnOnly || r.warn);
      if (r.hidden === match) {            // touch the DOM only where something changes
        r.hidden = !match;
        r.el.hidden = !match;
        for (var j = 0; j < r.extras.length; j++) r.extras[j].hidden = !match;
      }
      if (match) {
        visible++;
        r.notice.count++;
        if (r.section) r.section.count++;
      }
    }
    sections.forEach(function (s) { s.el.hidden = active && s.count === 0; });
    notices.forEach(function (n) {
      n.el.hidden = active && n.count === 0;
      if (active && n.count > 0) n.el.open = true;
      if (n.badge) n.badge.textContent = active ? '匹配 ' + n.count + ' / ' + n.total : '';
    });
    shown.textContent = active ? '显示 ' + visible + ' / ' + rows.length + ' 项任务' : '共 ' + rows.length + ' 项任务';
    remember(unit, textBox.value.trim(), warnOnly);
    document.body.setAttribute('data-filter-ms', String(Date.now() - t0));
  }

  // The filter lives in the address, so a link can point at one unit's tasks.
  function remember(unit, text, warnOnly) {
    var parts = [];
    if (unit) parts.push('unit=' + encodeURIComponent(unit));
    if (text) parts.push('q=' + encodeURIComponent(text));
    if (warnOnly) parts.push('warn=1');
    var hash = parts.length ? '#' + parts.join('&') : '';
    if (location.hash !== hash && history.replaceState) {
      try { history.replaceState(null, '', hash || location.pathname + location.search); } catch (e) { /* file: URLs in some browsers */ }
    }
  }

  function readParams() {
    var p = {};
    [location.search.slice(1), location.hash.slice(1)].forEach(function (s) {
      s.split('&').forEach(function (pair) {
        if (!pair) return;
        var at = pair.indexOf('=');
        var name = at < 0 ? pair : pair.slice(0, at);
        var value = at < 0 ? '' : pair.slice(at + 1);
        try { p[name] = decodeURIComponent(value.replace(/\+/g, ' ')); } catch (e) { p[name] = value; }
      });
    });
    return p;
  }

  var timer = null;
  function later() {
    clearTimeout(timer);
    timer = setTimeout(apply, 150);
  }
  unitBox.addEventListener('input', later);
  textBox.addEventListener('input', later);
  warnBox.addEventListener('change', apply);
  document.getElementById('open-all').addEventListener('click', function () {
    notices.forEach(function (n) { if (!n.el.hidden) n.el.open = true; });
  });
  document.getElementById('close-all').addEventListener('click', function () {
    notices.forEach(function (n) { n.el.open = false; });
  });

  var params = readParams();
  unitBox.value = params.unit || params.filter || '';
  textBox.value = params.q || '';
  warnBox.checked = params.warn === '1';
  var openUpTo = parseInt(document.getElementById('totals').getAttribute('data-open-up-to'), 10) || 0;
  if (notices.length <= openUpTo) notices.forEach(function (n) { n.el.open = true; });
  apply();
  document.body.setAttribute('data-init-ms', String(Date.now() - started));
  document.body.setAttribute('data-ready', '1');
})();
