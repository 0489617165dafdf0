// NoteAudit extension: the content script. It checks the focused note field (a textarea or a
// contenteditable element) as the therapist types, debounced, through the extension's service
// worker and the NoteAudit program on this computer, and shows beside the field the grade and
// score, the missing elements with their suggestions, and the vague phrases. Clicking a finding
// selects its text in the field. The panel lives in a shadow root so the page's styles do not
// reach it, and it is only ever filled with textContent (never HTML from the note).
"use strict";

(() => {
  if (window.__noteauditLoaded) return;
  window.__noteauditLoaded = true;

  const DEBOUNCE_MS = 150;
  const fieldIds = new WeakMap();
  let fieldCount = 0;
  let active = null; // the field being checked
  let timer = 0;
  let sequence = 0; // answers to older checks are dropped
  let lastReport = null;

  // ---- Fields and their text ----

  function fieldOf(element) {
    if (!(element instanceof HTMLElement)) return null;
    if (element instanceof HTMLTextAreaElement) return element;
    if (element.isContentEditable) {
      let host = element;
      while (host.parentElement && host.parentElement.isContentEditable) host = host.parentElement;
      return host;
    }
    return null;
  }

  function fieldId(field) {
    if (!fieldIds.has(field)) fieldIds.set(field, `f${++fieldCount}`);
    return fieldIds.get(field);
  }

  const BLOCK = /^(DIV|P|LI|UL|OL|H[1-6]|TR|TABLE|BLOCKQUOTE|PRE|SECTION|ARTICLE)$/;

  /** A contenteditable's text with line breaks, and where each text node starts in it. */
  function editableText(root) {
    const pieces = [];
    const nodes = [];
    let length = 0;
    const push = (text) => { pieces.push(text); length += text.length; };
    const walk = (node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          nodes.push({ node: child, start: length });
          push(child.nodeValue);
        } else if (child.nodeName === "BR") {
          push("\n");
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const block = BLOCK.test(child.nodeName);
          if (block && length > 0 && !pieces[pieces.length - 1].endsWith("\n")) push("\n");
          walk(child);
        }
      }
    };
    walk(root);
    return { text: pieces.join(""), nodes };
  }

  function textOf(field) {
    return field instanceof HTMLTextAreaElement ? field.value : editableText(field).text;
  }

  /** Selects [start, end) (UTF-16 offsets of the text sent) in the field. */
  function select(field, start, end) {
    field.focus();
    if (field instanceof HTMLTextAreaElement) {
      field.setSelectionRange(start, end);
      return;
    }
    const { nodes } = editableText(field);
    const locate = (offset) => {
      let found = nodes[0];
      for (const entry of nodes) if (entry.start <= offset) found = entry;
      return found ? { node: found.node, offset: Math.min(offset - found.start, found.node.nodeValue.length) } : null;
    };
    const a = locate(start), b = locate(end);
    if (!a || !b) return;
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // ---- Checking ----

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  function check() {
    const field = active;
    if (!field) return;
    const text = textOf(field);
    const mine = ++sequence;
    if (!text.trim()) {
      render(field, null);
      return;
    }
    try {
      chrome.runtime.sendMessage({ type: "check", field: fieldId(field), text }, (answer) => {
        if (chrome.runtime.lastError) answer = { type: "error", message: chrome.runtime.lastError.message };
        if (mine !== sequence || field !== active) return;
        render(field, answer);
      });
    } catch (error) {
      // The extension was reloaded or removed since this page loaded.
      render(field, { type: "error", message: "NoteAudit was updated: reload this page to keep checking." });
    }
  }

  document.addEventListener("focusin", (event) => {
    const field = fieldOf(event.target);
    if (!field || field === active) return;
    active = field;
    check();
  }, true);

  document.addEventListener("input", (event) => {
    const field = fieldOf(event.target);
    if (!field) return;
    active = field;
    schedule();
  }, true);

  // ---- The panel ----

  const host = document.createElement("div");
  host.id = "noteaudit-panel";
  host.style.cssText = "position:fixed;z-index:2147483647;display:none;";
  const shadow = host.attachShadow({ mode: "open" });
  shadow.innerHTML = `<style>
    :host { all: initial; }
    .panel { box-sizing: border-box; width: 340px; max-height: 70vh; overflow: auto; background: #fff;
      border: 1px solid #c9cfdb; border-radius: 8px; box-shadow: 0 4px 16px rgba(20,30,60,.18);
      font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; padding: 10px 12px; }
    .head { display: flex; align-items: baseline; gap: 8px; margin-bottom: 4px; }
    .brand { font-weight: 600; }
    .grade { font-weight: 700; padding: 1px 8px; border-radius: 10px; text-transform: uppercase; font-size: 11px; }
    .grade.weak { background: #fde2e1; color: #a3211b; }
    .grade.adequate { background: #fff1cc; color: #7a5600; }
    .grade.strong { background: #dcf5e3; color: #17683a; }
    .score { color: #4a5263; }
    h2 { font-size: 12px; margin: 10px 0 4px; color: #4a5263; text-transform: uppercase; letter-spacing: .04em; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { margin: 0 0 6px; padding: 4px 6px; border-radius: 4px; }
    li.pick { cursor: pointer; }
    li.pick:hover { background: #eef2fa; }
    .what { font-weight: 600; }
    .hint { color: #4a5263; font-size: 12px; }
    .error { color: #a3211b; }
    .none { color: #17683a; }
    .close { margin-left: auto; border: 0; background: none; font-size: 16px; cursor: pointer; color: #4a5263; }
  </style><div class="panel" role="status" aria-live="polite"></div>`;
  const panel = shadow.querySelector(".panel");
  (document.body || document.documentElement).appendChild(host);

  function place(field) {
    const rect = field.getBoundingClientRect();
    const width = 340;
    if (rect.right + 12 + width <= window.innerWidth) {
      host.style.left = `${rect.right + 12}px`;
      host.style.top = `${Math.max(8, rect.top)}px`;
    } else {
      host.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - width - 8))}px`;
      host.style.top = `${Math.min(rect.bottom + 8, window.innerHeight - 120)}px`;
    }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function item(list, what, hint, rule, span, field) {
    const li = element("li", span ? "pick" : "");
    if (rule) li.dataset.rule = rule;
    li.appendChild(element("div", "what", what));
    if (hint) li.appendChild(element("div", "hint", hint));
    if (span) {
      li.title = "Select this text in the note";
      li.addEventListener("mousedown", (event) => event.preventDefault());
      li.addEventListener("click", () => select(field, span.start, span.end));
    }
    list.appendChild(li);
  }

  function render(field, report) {
    lastReport = report;
    panel.replaceChildren();
    if (!report) {
      host.style.display = "none";
      return;
    }
    const head = element("div", "head");
    head.appendChild(element("span", "brand", "NoteAudit"));
    const close = element("button", "close", "×");
    close.title = "Hide until the next change";
    close.addEventListener("click", () => { host.style.display = "none"; });
    if (report.type === "error") {
      head.appendChild(close);
      panel.appendChild(head);
      panel.appendChild(element("div", "error", report.message));
    } else {
      head.appendChild(element("span", `grade ${report.grade}`, report.grade));
      head.appendChild(element("span", "score", `${report.score}/100${report.passes ? "" : " · below the pass mark"}`));
      head.appendChild(close);
      panel.appendChild(head);

      panel.appendChild(element("h2", "", "Missing"));
      const missing = element("ul", "missing");
      for (const m of report.missing) item(missing, m.message, m.suggestion, m.rule, null, field);
      if (!report.missing.length) missing.appendChild(element("li", "none", "Every element is documented."));
      panel.appendChild(missing);

      if (report.vague.length) {
        panel.appendChild(element("h2", "", "Vague phrases"));
        const vague = element("ul", "vague");
        for (const v of report.vague) item(vague, `“${v.text}”`, v.suggestion, "vague.phrase", v, field);
        panel.appendChild(vague);
      }

      const shown = new Set(report.missing.map((m) => m.rule).concat(["vague.phrase"]));
      const others = report.findings.filter((f) => !shown.has(f.rule));
      if (others.length) {
        panel.appendChild(element("h2", "", "Other findings"));
        const list = element("ul", "other");
        for (const f of others) {
          const span = f.start !== undefined ? { start: f.start, end: f.end } : null;
          item(list, f.message, f.suggestion, f.rule, span, field);
        }
        panel.appendChild(list);
      }
    }
    host.style.display = "block";
    place(field);
  }

  const reposition = () => { if (active && lastReport && host.style.display !== "none") place(active); };
  window.addEventListener("scroll", reposition, true);
  window.addEventListener("resize", reposition);

  // Injected from the popup into a page where a field already has focus: start with it.
  const focused = fieldOf(document.activeElement);
  if (focused) {
    active = focused;
    check();
  }
})();
