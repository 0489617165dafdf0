/// The fixed parts of the HTML report: style sheet, table markup and script. Kept apart from the
/// writer so the Swift reads as Swift; none of it depends on the data.
enum HTMLAssets {
  static let css = #"""
    :root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--panel:#fff;--accent:#0b5cad;
    --strong:#1a7f37;--adequate:#b35900;--weak:#c62828;--missing:#6e7781;--tpl:#8c959f;
    --hl:#fff3bf;--vague:#ffd8d8;--diff:#ffe08a;font-family:system-ui,-apple-system,"Segoe UI",Roboto,
    "Helvetica Neue",Arial,sans-serif;font-size:15px;line-height:1.45;color:var(--fg);background:var(--bg)}
    *{box-sizing:border-box}body{margin:0}
    .wrap{max-width:1320px;margin:0 auto;padding:0 24px}
    .top{background:#0f2f4f;color:#fff;padding:18px 0;margin-bottom:20px}
    .top h1{margin:0;font-size:22px;font-weight:600}.top .sub{margin:4px 0 0;color:#c9d6e3;font-size:13px}
    h2{font-size:15px;margin:0 0 10px;font-weight:600}
    .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px;margin-bottom:16px}
    .card{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:12px 14px;
    border-top:4px solid var(--line)}
    .card .value{font-size:26px;font-weight:650;font-variant-numeric:tabular-nums}
    .card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
    .card.strong{border-top-color:var(--strong)}.card.adequate{border-top-color:var(--adequate)}
    .card.weak{border-top-color:var(--weak)}.card.alert{border-top-color:#8250df}
    .charts,.lists{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:12px;margin-bottom:16px;
    align-items:start}
    a{color:var(--accent)}
    .panel{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:0}
    .chart svg{width:100%;height:auto;display:block}.chart figcaption{color:var(--muted);font-size:12px}
    svg text{font-size:12px;fill:var(--fg)}svg .val{fill:var(--muted)}svg .track{fill:#eef1f4}
    .bar.strong{fill:var(--strong)}.bar.adequate{fill:var(--adequate)}.bar.weak{fill:var(--weak)}
    .bar.missing{fill:var(--missing)}
    ol.counts,ul.groups,ul.errors{margin:0;padding-left:20px}ol.counts li{display:flex;justify-content:space-between;
    gap:12px;border-bottom:1px dotted var(--line);padding:2px 0}
    .kind{display:inline-block;font-size:12px;padding:0 6px;border-radius:10px;background:#eadcff;color:#5a32a3}
    #notes .filters{display:flex;flex-wrap:wrap;gap:10px;align-items:end;margin-bottom:10px}
    .filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:2px}
    .filters select,.filters input{font:inherit;font-size:14px;padding:5px 8px;border:1px solid var(--line);
    border-radius:6px;background:#fff;min-width:130px}.filters input[type=search]{min-width:220px}
    button{font:inherit;font-size:13px;border:1px solid var(--line);background:#fff;border-radius:6px;
    padding:5px 10px;cursor:pointer}button:hover{background:#f0f3f6}button:disabled{opacity:.45;cursor:default}
    :focus-visible{outline:2px solid var(--accent);outline-offset:1px}
    table{border-collapse:collapse;width:100%;font-size:14px}
    th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
    th{background:#f0f3f6;position:sticky;top:0;z-index:1}th button{border:0;background:none;padding:0;
    font-weight:600;color:var(--fg)}th[aria-sort=ascending] button::after{content:" ▲"}
    th[aria-sort=descending] button::after{content:" ▼"}
    td.num{text-align:right;font-variant-numeric:tabular-nums}td.id{min-width:190px}td.who{white-space:nowrap}tbody tr:hover{background:#f6f9fc}
    tbody tr.open{background:#eaf2fb}td.id button{border:0;background:none;padding:0;color:var(--accent);
    text-align:left;word-break:break-all}
    .grade{display:inline-block;min-width:70px;text-align:center;border-radius:10px;font-size:12px;
    padding:1px 8px;color:#fff;font-weight:600}.grade.strong{background:var(--strong)}
    .grade.adequate{background:var(--adequate)}.grade.weak{background:var(--weak)}
    .score{display:flex;align-items:center;gap:8px;justify-content:flex-end}.score i{display:block;width:44px;
    height:6px;border-radius:3px;background:#e4e8ec;overflow:hidden}.score b{display:block;height:100%;
    background:var(--accent);opacity:.7}
    .missing-list{color:var(--muted);font-size:12.5px}
    .pager{display:flex;gap:8px;align-items:center;margin-top:10px}#status{color:var(--muted);font-size:13px}
    #detail{position:fixed;top:0;right:0;bottom:0;width:min(1040px,94vw);overflow:auto;z-index:10;
    border-radius:0;border-width:0 0 0 1px;box-shadow:-8px 0 32px rgba(15,47,79,.22);padding:18px 22px}
    #detail[hidden],#shade[hidden]{display:none}#shade{position:fixed;inset:0;background:rgba(15,30,45,.28);z-index:9}
    #detail h3{font-size:14px;margin:14px 0 8px}
    .detail-head{display:flex;justify-content:space-between;align-items:start;gap:12px}
    .detail-head h2{font-size:18px;word-break:break-all}.meta{color:var(--muted);font-size:13px;margin:2px 0 10px}
    .detail-grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(280px,2fr);gap:16px}
    .note-text{white-space:pre-wrap;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;
    font-size:13px;background:#fbfcfd;border:1px solid var(--line);border-radius:6px;padding:12px;margin:0;
    max-height:520px;overflow:auto}
    mark.ev{background:var(--hl);border-bottom:2px solid #e3b341;padding:0 1px;color:inherit}
    mark.ev-vague_phrase{background:var(--vague);border-bottom-color:var(--weak)}
    .tpl{color:var(--tpl)}mark.diff{background:var(--diff);color:inherit}
    ul.snippets,ul.elements,ul.findings{list-style:none;margin:0;padding:0}
    ul.snippets li{padding:6px 0;border-bottom:1px dotted var(--line);font-size:14px}
    .tag{display:inline-block;font-size:11px;padding:0 6px;border-radius:4px;background:#eef1f4;
    color:var(--muted);margin-right:6px;white-space:nowrap}
    .loc{color:var(--muted);font-size:12px;margin-left:6px}
    ul.elements li{padding:2px 0}ul.elements .yes::before{content:"✓ ";color:var(--strong);font-weight:700}
    ul.elements .no::before{content:"✗ ";color:var(--weak);font-weight:700}ul.elements .no{color:var(--muted)}
    ul.findings li{border-left:4px solid var(--line);padding:6px 10px;margin:6px 0;background:#fbfcfd}
    ul.findings li.error{border-left-color:var(--weak)}ul.findings li.warning{border-left-color:var(--adequate)}
    ul.findings li.info{border-left-color:var(--accent)}.sugg{color:var(--muted);font-size:13px}
    .rule{font-family:ui-monospace,monospace;font-size:11px;color:var(--muted)}
    .clone-pair{display:grid;grid-template-columns:1fr 1fr;gap:12px}.clone-pair h4{margin:4px 0;font-size:13px}
    .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    noscript p{background:#fff3bf;padding:8px 12px;border-radius:6px}
    @media (max-width:800px){.detail-grid,.clone-pair{grid-template-columns:1fr}}
    @media print{body{background:#fff}.top{background:#fff;color:#000;border-bottom:2px solid #000}
    .top .sub{color:#333}.filters,.pager,button.close{display:none}th{position:static}
    .panel,.card{break-inside:avoid}.note-text{max-height:none}#shade{display:none}
    #detail{position:static;width:auto;box-shadow:none;border:1px solid #999;break-before:page}}

    """#

  static let notesSection = #"""
    <section id="notes" class="panel" aria-labelledby="notes-title">
    <h2 id="notes-title">Notes</h2>
    <noscript><p>Turn on JavaScript to browse the notes; the summary above needs none.</p></noscript>
    <form class="filters" id="filters" onsubmit="return false">
    <label>Grade<select id="f-grade" name="grade"><option value="">All</option><option value="strong">strong</option>
    <option value="adequate">adequate</option><option value="weak">weak</option></select></label>
    <label>Missing element<select id="f-missing" name="missing"><option value="">Any</option></select></label>
    <label>Provider<select id="f-provider" name="provider"><option value="">All</option></select></label>
    <label>Clinic<select id="f-clinic" name="clinic"><option value="">All</option></select></label>
    <label>Rule<select id="f-rule" name="rule"><option value="">Any</option></select></label>
    <label>Search<input type="search" id="f-q" name="q" placeholder="id, provider, finding…"></label>
    <button type="button" id="f-reset">Clear filters</button>
    </form>
    <div id="status" role="status" aria-live="polite"></div>
    <div class="table-wrap"><table id="note-table">
    <thead><tr>
    <th scope="col" data-sort="id"><button type="button">Note</button></th>
    <th scope="col" data-sort="p"><button type="button">Provider</button></th>
    <th scope="col" data-sort="c"><button type="button">Clinic</button></th>
    <th scope="col" data-sort="s" class="num"><button type="button">Score</button></th>
    <th scope="col" data-sort="g"><button type="button">Grade</button></th>
    <th scope="col" data-sort="m"><button type="button">Missing</button></th>
    <th scope="col" data-sort="f" class="num"><button type="button">Findings</button></th>
    <th scope="col" data-sort="k"><button type="button">Clones</button></th>
    </tr></thead><tbody id="rows"></tbody></table></div>
    <div class="pager"><button type="button" id="prev">‹ Previous</button>
    <span id="page-info"></span><button type="button" id="next">Next ›</button></div>
    </section>
    <div id="shade" hidden></div>
    <section id="detail" class="panel" hidden role="dialog" aria-modal="true" aria-labelledby="detail-title"></section>
    </main>

    """#

  static let script = #"""
    (function () {
    'use strict';
    var NOTES = JSON.parse(document.getElementById('notes-data').textContent);
    var BATCH = JSON.parse(document.getElementById('batch-data').textContent);
    var ELEMENTS = JSON.parse(document.getElementById('elements-data').textContent);
    var ELEMENT_NAME = {}; ELEMENTS.forEach(function (e) { ELEMENT_NAME[e[0]] = e[1]; });
    ELEMENT_NAME.vague_phrase = 'vague phrase';
    var PAGE = 100, GRADE_RANK = { weak: 0, adequate: 1, strong: 2 };
    var KEYS = ['grade', 'missing', 'provider', 'clinic', 'rule', 'q', 'sort', 'dir', 'page', 'note'];
    var byId = new Map(), sameId = new Map();
    NOTES.forEach(function (n, i) {
      n.i = i; n.k = []; byId.set(n.id, n);
      if (sameId.has(n.id)) sameId.get(n.id).push(n); else sameId.set(n.id, [n]);
    });
    // What the batch found about a note (its clones, the findings only the batch could make) joins
    // the note's own, so the table, the filters and the detail show it beside the note.
    BATCH.forEach(function (b) {
      (sameId.get(b.id) || []).forEach(function (n) { n.f = n.f.concat(b.f); n.k = b.k; });
    });
    var state = {}, view = [];
    function $(id) { return document.getElementById(id); }
    function el(tag, cls, text) {
      var e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text !== undefined && text !== null) e.textContent = String(text);
      return e;
    }
    function fill(select, values, names) {
      Array.from(new Set(values)).sort().forEach(function (v) {
        var o = el('option', '', names ? names[v] || v : v); o.value = v; select.appendChild(o);
      });
    }
    fill($('f-missing'), ELEMENTS.map(function (e) { return e[0]; }), ELEMENT_NAME);
    fill($('f-provider'), NOTES.filter(function (n) { return n.p; }).map(function (n) { return n.p; }));
    fill($('f-clinic'), NOTES.filter(function (n) { return n.c; }).map(function (n) { return n.c; }));
    var rules = [];
    NOTES.forEach(function (n) { n.f.forEach(function (f) { rules.push(f[0]); }); });
    fill($('f-rule'), rules);

    function readHash() {
      var p = new URLSearchParams(location.hash.replace(/^#/, ''));
      state = {};
      KEYS.forEach(function (k) { state[k] = p.get(k) || ''; });
      state.page = Math.max(1, parseInt(state.page, 10) || 1);
      ['grade', 'missing', 'provider', 'clinic', 'rule', 'q'].forEach(function (k) { $('f-' + k).value = state[k]; });
    }
    function writeHash() {
      var p = new URLSearchParams();
      KEYS.forEach(function (k) { if (state[k] && !(k === 'page' && state[k] === 1)) p.set(k, state[k]); });
      var h = p.toString();
      try { history.replaceState(null, '', h ? '#' + h : location.pathname + location.search); } catch (e) { }
    }
    function haystack(n) {
      if (n.h === undefined) {
        var parts = [n.id, n.p || '', n.c || '', n.pt || '', n.g];
        n.f.forEach(function (f) { parts.push(f[0], f[2]); });
        n.e.forEach(function (e) { parts.push(e[1]); });
        if (n.t) n.t.forEach(function (s) { parts.push(s[0]); });
        n.h = parts.join('\n').toLowerCase();
      }
      return n.h;
    }
    function matches(n) {
      if (state.grade && n.g !== state.grade) return false;
      if (state.missing && n.m.indexOf(state.missing) < 0) return false;
      if (state.provider && n.p !== state.provider) return false;
      if (state.clinic && n.c !== state.clinic) return false;
      if (state.rule && !n.f.some(function (f) { return f[0] === state.rule; })) return false;
      if (state.q && haystack(n).indexOf(state.q.toLowerCase()) < 0) return false;
      return true;
    }
    function key(n, k) {
      switch (k) {
        case 'g': return GRADE_RANK[n.g];
        case 'm': return n.m.length;
        case 'f': return n.f.length;
        case 'k': return n.k.length;
        case 's': return n.s;
        default: return (n[k] || '').toLowerCase();
      }
    }
    function apply() {
      view = NOTES.filter(matches);
      if (state.sort) {
        var k = state.sort, d = state.dir === 'desc' ? -1 : 1;
        view.sort(function (a, b) {
          var x = key(a, k), y = key(b, k);
          return x < y ? -d : x > y ? d : a.i - b.i;
        });
      }
      document.querySelectorAll('th[data-sort]').forEach(function (th) {
        if (th.dataset.sort === state.sort) th.setAttribute('aria-sort', state.dir === 'desc' ? 'descending' : 'ascending');
        else th.removeAttribute('aria-sort');
      });
      render();
    }
    function render() {
      var pages = Math.max(1, Math.ceil(view.length / PAGE));
      if (state.page > pages) state.page = pages;
      var start = (state.page - 1) * PAGE, slice = view.slice(start, start + PAGE);
      var body = $('rows'), frag = document.createDocumentFragment();
      slice.forEach(function (n) {
        var tr = el('tr'); tr.dataset.id = n.id;
        if (n.id === state.note) tr.className = 'open';
        var td = el('td', 'id'), b = el('button', '', n.id); b.type = 'button';
        b.addEventListener('click', function () { state.note = n.id; writeHash(); showNote(); render(); });
        td.appendChild(b); tr.appendChild(td);
        tr.appendChild(el('td', 'who', n.p || '—'));
        tr.appendChild(el('td', 'who', n.c || '—'));
        var sc = el('td', 'num'), wrap = el('span', 'score'), track = el('i'), fill = el('b');
        fill.style.width = Math.max(0, Math.min(100, n.s)) + '%'; track.appendChild(fill);
        wrap.appendChild(track); wrap.appendChild(el('span', '', n.s));
        sc.appendChild(wrap); tr.appendChild(sc);
        var g = el('td'); g.appendChild(el('span', 'grade ' + n.g, n.g)); tr.appendChild(g);
        tr.appendChild(el('td', 'missing-list', n.m.map(function (m) { return ELEMENT_NAME[m]; }).join(', ') || '—'));
        tr.appendChild(el('td', 'num', n.f.length));
        var k = el('td');
        n.k.forEach(function (c) { k.appendChild(el('span', 'kind', c[2])); k.appendChild(document.createTextNode(' ')); });
        tr.appendChild(k);
        frag.appendChild(tr);
      });
      body.replaceChildren(frag);
      $('status').textContent = view.length === 0 ? 'No notes match these filters.'
        : 'Showing ' + (start + 1) + '–' + (start + slice.length) + ' of ' + view.length +
          (view.length !== NOTES.length ? ' (filtered from ' + NOTES.length + ')' : '') + ' notes';
      $('page-info').textContent = 'Page ' + state.page + ' of ' + pages;
      $('prev').disabled = state.page <= 1; $('next').disabled = state.page >= pages;
    }

    function segmentsNode(segs) {
      var pre = el('pre', 'note-text');
      segs.forEach(function (s) {
        var cls = s[1], node;
        if (cls.indexOf('ev') >= 0) {
          node = el('mark', cls, s[0]);
          node.title = cls.split(' ').filter(function (c) { return c.indexOf('ev-') === 0; })
            .map(function (c) { return ELEMENT_NAME[c.slice(3)] || c; }).join(', ');
        } else if (cls) node = el('span', cls, s[0]);
        else node = document.createTextNode(s[0]);
        pre.appendChild(node);
      });
      return pre;
    }
    function words(n) {
      var out = [];
      n.t.forEach(function (s) {
        var tpl = s[1].indexOf('tpl') >= 0;
        s[0].split(/(\s+)/).forEach(function (w) { if (w) out.push({ w: w, tpl: tpl, space: /^\s+$/.test(w) }); });
      });
      return out;
    }
    function diffNodes(a, b) {
      var wa = words(a), wb = words(b);
      var xa = wa.filter(function (t) { return !t.space; }), xb = wb.filter(function (t) { return !t.space; });
      var n = xa.length, m = xb.length;
      if (n * m > 4000000) { xa.forEach(function (t) { t.same = true; }); xb.forEach(function (t) { t.same = true; }); }
      else {
        var L = new Uint16Array((n + 1) * (m + 1));
        for (var i = n - 1; i >= 0; i--) for (var j = m - 1; j >= 0; j--)
          L[i * (m + 1) + j] = xa[i].w.toLowerCase() === xb[j].w.toLowerCase() ? L[(i + 1) * (m + 1) + j + 1] + 1
            : Math.max(L[(i + 1) * (m + 1) + j], L[i * (m + 1) + j + 1]);
        i = 0; j = 0;
        while (i < n && j < m) {
          if (xa[i].w.toLowerCase() === xb[j].w.toLowerCase()) { xa[i++].same = true; xb[j++].same = true; }
          else if (L[(i + 1) * (m + 1) + j] >= L[i * (m + 1) + j + 1]) i++; else j++;
        }
      }
      return [wa, wb].map(function (list) {
        var pre = el('pre', 'note-text');
        list.forEach(function (t) {
          if (t.space) pre.appendChild(document.createTextNode(t.w));
          else if (!t.same) pre.appendChild(el('mark', 'diff' + (t.tpl ? ' tpl' : ''), t.w));
          else if (t.tpl) pre.appendChild(el('span', 'tpl', t.w));
          else pre.appendChild(document.createTextNode(t.w));
        });
        return pre;
      });
    }
    function showNote() {
      var box = $('detail'), n = byId.get(state.note);
      if (!n) { box.hidden = true; $('shade').hidden = true; box.replaceChildren(); return; }
      box.replaceChildren();
      var head = el('div', 'detail-head'), h = el('h2', '', n.id); h.id = 'detail-title';
      var close = el('button', 'close', 'Close'); close.type = 'button';
      close.addEventListener('click', closeNote);
      head.appendChild(h); head.appendChild(close); box.appendChild(head);
      var meta = [n.g + ' · score ' + n.s + '/100', 'best code ' + n.cf];
      if (n.p) meta.push('provider ' + n.p); if (n.c) meta.push('clinic ' + n.c);
      if (n.pt) meta.push('patient ' + n.pt); if (n.d) meta.push(n.d);
      box.appendChild(el('p', 'meta', meta.join(' · ')));
      var grid = el('div', 'detail-grid'), left = el('div'), right = el('aside');
      if (n.t) {
        left.appendChild(el('h3', '', 'Note text'));
        left.appendChild(segmentsNode(n.t));
      } else {
        left.appendChild(el('h3', '', 'Evidence'));
        var ul = el('ul', 'snippets');
        if (!n.e.length) ul.appendChild(el('li', '', 'No evidence found.'));
        n.e.forEach(function (e) {
          var li = el('li');
          li.appendChild(el('span', 'tag', ELEMENT_NAME[e[0]] || e[0]));
          if (e[4]) li.appendChild(document.createTextNode('…' + e[4] + ' '));
          li.appendChild(el('mark', 'ev ev-' + e[0], e[1]));
          if (e[5]) li.appendChild(document.createTextNode(' ' + e[5] + '…'));
          li.appendChild(el('span', 'loc', e[2] + ':' + e[3]));
          ul.appendChild(li);
        });
        left.appendChild(ul);
      }
      right.appendChild(el('h3', '', 'Elements'));
      var elist = el('ul', 'elements');
      ELEMENTS.forEach(function (e) { elist.appendChild(el('li', n.m.indexOf(e[0]) < 0 ? 'yes' : 'no', e[1])); });
      right.appendChild(elist);
      right.appendChild(el('h3', '', 'Findings (' + n.f.length + ')'));
      var fl = el('ul', 'findings');
      n.f.forEach(function (f) {
        var li = el('li', f[1]);
        li.appendChild(el('div', '', f[2] + (f[4] ? ' (line ' + f[4] + ':' + f[5] + ')' : '')));
        if (f[3]) li.appendChild(el('div', 'sugg', 'Suggestion: ' + f[3]));
        li.appendChild(el('div', 'rule', f[1] + ' · ' + f[0]));
        fl.appendChild(li);
      });
      right.appendChild(fl);
      grid.appendChild(left); grid.appendChild(right); box.appendChild(grid);
      n.k.forEach(function (c) {
        var other = byId.get(c[0]);
        box.appendChild(el('h3', '', 'Clone: ' + c[2].replace(/_/g, ' ') + ' of ' + c[0] + ' (' + Math.round(c[1] * 100) + '%' + (c[3] ? ', ' + c[3] : '') + ')'));
        if (n.t && other && other.t) {
          var pair = el('div', 'clone-pair'), nodes = diffNodes(n, other);
          [[n.id, nodes[0]], [other.id, nodes[1]]].forEach(function (p) {
            var col = el('div'); col.appendChild(el('h4', '', p[0])); col.appendChild(p[1]); pair.appendChild(col);
          });
          box.appendChild(pair);
        } else {
          box.appendChild(el('p', 'meta', 'The note text is not in this report (run with --include-text to compare the pair side by side).'));
        }
      });
      box.hidden = false; $('shade').hidden = false;
      box.scrollTop = 0; close.focus();
    }
    function closeNote() { state.note = ''; writeHash(); showNote(); render(); }

    ['grade', 'missing', 'provider', 'clinic', 'rule'].forEach(function (k) {
      $('f-' + k).addEventListener('change', function () { state[k] = this.value; state.page = 1; writeHash(); apply(); });
    });
    var timer;
    $('f-q').addEventListener('input', function () {
      var v = this.value; clearTimeout(timer);
      timer = setTimeout(function () { state.q = v; state.page = 1; writeHash(); apply(); }, 150);
    });
    $('f-reset').addEventListener('click', function () {
      ['grade', 'missing', 'provider', 'clinic', 'rule', 'q'].forEach(function (k) { state[k] = ''; $('f-' + k).value = ''; });
      state.page = 1; writeHash(); apply();
    });
    document.querySelectorAll('th[data-sort] button').forEach(function (b) {
      b.addEventListener('click', function () {
        var k = b.parentNode.dataset.sort;
        if (state.sort === k) state.dir = state.dir === 'desc' ? 'asc' : 'desc'; else { state.sort = k; state.dir = 'asc'; }
        writeHash(); apply();
      });
    });
    $('prev').addEventListener('click', function () { state.page--; writeHash(); render(); });
    $('next').addEventListener('click', function () { state.page++; writeHash(); render(); });
    $('shade').addEventListener('click', closeNote);
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && state.note) closeNote(); });
    window.addEventListener('hashchange', function () { readHash(); apply(); showNote(); });
    readHash(); apply(); showNote();
    })();

    """#
}
