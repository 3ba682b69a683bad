// NaCls: the stored NaCls and an editor for them. The editor (also used by Create new image)
// is a textarea with a line-number gutter kept in step on scroll, snippets to insert at the
// cursor, and validation as you type through POST /v1/nacls/validate: each problem is marked at
// its line in the gutter (hover or focus shows the message) and listed below (a click jumps to
// it).

import {api, query, seg} from '../api.js';
import {announce, errorBox, h, replace, time} from '../dom.js';

/** Typical NaCl pieces, inserted at the cursor when the server has no stored snippet for it. */
export const SNIPPETS = [
  ['Iface with DHCP', 'Iface eth0 {\n    index: 0,\n    config: dhcp\n}\n'],
  ['Static Iface', 'Iface eth1 {\n    index: 1,\n    address: 10.0.0.10,\n    netmask: 255.255.255.0,\n    gateway: 10.0.0.1,\n    dns: 8.8.8.8\n}\n'],
  ['Gateway', 'Gateway gw {\n    default_route: {\n        net: 0.0.0.0,\n        netmask: 0.0.0.0,\n        nexthop: 10.0.0.1,\n        iface: eth1\n    }\n}\n'],
  ['Filter::IP', 'Filter::IP my_filter {\n    Filter::TCP {\n        if (tcp.dport in [22, 80, 443]) {\n            accept\n        }\n    }\n    drop\n}\n'],
  ['Nat', 'Nat::IP my_nat {\n    if (ip.daddr == 10.0.0.10) {\n        dnat(10.0.0.20)\n    }\n}\n'],
  ['Load_balancer', 'Load_balancer lb {\n    layer: tcp,\n    clients: {\n        iface: eth0,\n        port: 80,\n        wait_queue_limit: 1000,\n        session_limit: 1000\n    },\n    servers: {\n        iface: eth1,\n        algorithm: round_robin,\n        pool: [\n            { address: 10.0.0.20, port: 80 },\n            { address: 10.0.0.21, port: 80 }\n        ]\n    }\n}\n'],
  ['Syslog', 'Syslog settings {\n    address: 10.0.0.2,\n    port: 514\n}\n'],
];

const DEBOUNCE_MS = 300;

/**
 * A NaCl editor. `id` prefixes the ids of its controls; `label` names the text area. Answers
 * {el, textarea, value(), setValue(text), validate(), problems()}; `onChange(text)` runs on
 * each edit.
 */
export function editor({id = 'nacl', label = 'NaCl', value = '', onChange} = {}) {
  const textarea = h('textarea', {id: `${id}-text`, class: 'code-text', spellcheck: 'false', autocapitalize: 'off',
    autocomplete: 'off', wrap: 'off', rows: 18, 'aria-describedby': `${id}-status`});
  textarea.value = value;
  const numbers = h('div', {class: 'gutter-lines'});
  const gutter = h('div', {class: 'gutter', id: `${id}-gutter`}, numbers);
  const tip = h('div', {class: 'code-tip', role: 'tooltip', id: `${id}-tip`, hidden: true});
  const status = h('p', {class: 'nacl-status', id: `${id}-status`, role: 'status'}, '');
  const list = h('ul', {class: 'problems', id: `${id}-problems`, 'aria-label': 'Problems'});
  const picker = h('select', {id: `${id}-snippet`});
  const insertButton = h('button', {type: 'button', id: `${id}-insert`}, 'Insert');
  const el = h('div', {class: 'nacl-editor'},
    h('div', {class: 'toolbar'},
      h('label', {for: `${id}-snippet`}, 'Snippet'), picker, insertButton),
    h('label', {for: `${id}-text`, class: 'code-label'}, label),
    h('div', {class: 'code'}, gutter, textarea, tip),
    status, list);

  let diagnostics = [];
  let lineCount = 0;

  // The gutter: one row per line, each a number and, for a line with a problem, a mark.
  function renderGutter() {
    const lines = textarea.value.split('\n').length;
    const byLine = new Map();
    for (const d of diagnostics) {
      const line = Math.min(Math.max(d.line, 1), lines);
      if (!byLine.has(line)) byLine.set(line, []);
      byLine.get(line).push(d);
    }
    const rows = [];
    for (let n = 1; n <= lines; n++) {
      const here = byLine.get(n);
      if (!here) {
        rows.push(h('div', {class: 'ln'}, String(n)));
        continue;
      }
      const error = here.some((d) => d.severity === 'error');
      const message = here.map((d) => `${d.severity === 'error' ? 'Error' : 'Warning'} at ${d.line}:${d.column}: ${d.message}`).join('\n');
      const mark = h('span', {class: `mark ${error ? 'mark-error' : 'mark-warning'}`, tabindex: '0', role: 'img',
        dataset: {line: String(n)}, 'aria-label': message, 'aria-describedby': `${id}-tip`}, error ? '!' : '?');
      const show = () => showTip(mark, message);
      mark.addEventListener('mouseenter', show);
      mark.addEventListener('focus', show);
      mark.addEventListener('mouseleave', hideTip);
      mark.addEventListener('blur', hideTip);
      rows.push(h('div', {class: `ln ${error ? 'ln-error' : 'ln-warning'}`, dataset: {line: String(n)}}, mark, String(n)));
    }
    replace(numbers, rows);
    lineCount = lines;
    syncScroll();
  }

  function syncScroll() {
    numbers.style.transform = `translateY(${-textarea.scrollTop}px)`;
  }

  function showTip(mark, message) {
    tip.textContent = message;
    tip.hidden = false;
    const box = el.querySelector('.code').getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    tip.style.top = `${at.bottom - box.top + 2}px`;
    tip.style.left = `${at.left - box.left}px`;
  }

  function hideTip() {
    tip.hidden = true;
  }

  function renderProblems() {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.length - errors;
    const parts = [];
    if (errors) parts.push(`${errors} error${errors === 1 ? '' : 's'}`);
    if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
    status.textContent = parts.length ? parts.join(', ') : 'No problems found.';
    status.className = 'nacl-status ' + (errors ? 'is-invalid' : 'is-valid');
    replace(list, diagnostics.map((d) => h('li', {class: `problem problem-${d.severity}`},
      h('button', {type: 'button', class: 'link', dataset: {line: String(d.line)}, onclick: () => jump(d)},
        `Line ${d.line}, column ${d.column}`),
      ` ${d.severity}: ${d.message}`, h('span', {class: 'muted'}, ` (${d.code})`))));
  }

  // The cursor to a problem's place, the line scrolled into view.
  function jump(d) {
    const lines = textarea.value.split('\n');
    const line = Math.min(Math.max(d.line, 1), lines.length);
    let offset = 0;
    for (let i = 0; i < line - 1; i++) offset += lines[i].length + 1;
    offset += Math.min(Math.max(d.column - 1, 0), lines[line - 1].length);
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 20;
    textarea.scrollTop = Math.max(0, (line - 1) * lineHeight - textarea.clientHeight / 2);
    syncScroll();
  }

  let generation = 0;
  let timer = null;
  /** Validates now; resolves to the diagnostics (null when a newer edit overtook it). */
  async function validate() {
    clearTimeout(timer);
    const mine = ++generation;
    const text = textarea.value;
    try {
      const answer = await api('POST', '/v1/nacls/validate', text, {contentType: 'text/plain; charset=utf-8'});
      if (mine !== generation) return null;
      diagnostics = answer.diagnostics || [];
      renderGutter();
      renderProblems();
      return diagnostics;
    } catch (e) {
      if (mine !== generation) return null;
      status.textContent = `Could not validate: ${e.message}`;
      status.className = 'nacl-status is-unknown';
      return null;
    }
  }

  textarea.addEventListener('input', () => {
    if (textarea.value.split('\n').length !== lineCount) renderGutter();
    status.textContent = 'Checking…';
    clearTimeout(timer);
    timer = setTimeout(validate, DEBOUNCE_MS);
    if (onChange) onChange(textarea.value);
  });
  textarea.addEventListener('scroll', syncScroll);

  // Snippets: the stored ones (content fetched when inserted), then the built-in list.
  const builtIn = h('optgroup', {label: 'Built-in'}, SNIPPETS.map(([name], i) => h('option', {value: `builtin:${i}`}, name)));
  replace(picker, builtIn);
  api('GET', '/v1/snippets' + query({limit: 200})).then((page) => {
    if (!page.items.length) return;
    picker.prepend(h('optgroup', {label: 'Stored snippets'}, page.items.map((s) => h('option', {value: `stored:${s.id}`}, s.name))));
    picker.value = `stored:${page.items[0].id}`;
  }).catch(() => { /* the built-in ones still work */ });

  insertButton.addEventListener('click', async () => {
    const [kind, key] = picker.value.split(/:(.*)/s);
    let text;
    try {
      text = kind === 'stored' ? (await api('GET', `/v1/snippets/${seg(key)}`)).content : SNIPPETS[Number(key)][1];
    } catch (e) {
      status.textContent = `Could not load the snippet: ${e.message}`;
      return;
    }
    insertAtCursor(text);
  });

  function insertAtCursor(text) {
    textarea.focus();
    const start = textarea.selectionStart;
    const before = textarea.value.slice(0, start);
    const piece = (before && !before.endsWith('\n') ? '\n' : '') + text;
    // execCommand keeps the browser's undo history; setRangeText where it is not supported.
    if (!document.execCommand || !document.execCommand('insertText', false, piece)) {
      textarea.setRangeText(piece, start, textarea.selectionEnd, 'end');
      textarea.dispatchEvent(new Event('input'));
    }
  }

  renderGutter();
  return {
    el, textarea, validate,
    value: () => textarea.value,
    setValue(text) {
      textarea.value = text;
      renderGutter();
      validate();
    },
    problems: () => diagnostics,
    stop() { clearTimeout(timer); generation++; },
  };
}

const PAGE = 100;

/** /nacls, /nacls/new and /nacls/{id}: the list beside the editor. */
export async function render(main, ctx) {
  const key = ctx.params[0];
  const search = ctx.query.get('search') || '';
  const searchInput = h('input', {type: 'search', id: 'nacl-search', value: search});
  const listBox = h('nav', {class: 'nacl-list', 'aria-label': 'Stored NaCls'});
  const work = h('section', {class: 'nacl-work', 'aria-labelledby': 'nacl-title'});
  replace(main, h('h1', {}, 'NaCl'),
    h('div', {class: 'nacl-layout'},
      h('div', {},
        h('div', {class: 'toolbar'}, h('label', {for: 'nacl-search'}, 'Search'), searchInput),
        h('p', {}, h('a', {href: '/nacls/new', id: 'nacl-new', class: 'button'}, 'New NaCl')),
        listBox),
      work));

  let typing = null;
  searchInput.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      ctx.setQuery({search: searchInput.value.trim()});
      loadList(searchInput.value.trim());
    }, 300);
  });

  async function loadList(term) {
    try {
      const page = await api('GET', '/v1/nacls' + query({limit: PAGE, search: term, sort: 'name'}));
      replace(listBox, page.items.length
        ? h('ul', {id: 'nacls'}, page.items.map((n) => h('li', {},
          h('a', {href: `/nacls/${seg(n.id)}` + query({search: term}), 'aria-current': n.id === key || n.name === key ? 'page' : null}, n.name),
          ' ', h('span', {class: 'muted'}, `${n.size} B`))))
        : h('p', {class: 'muted'}, term ? 'No NaCl matches.' : 'No NaCl stored yet.'),
      page.total > page.items.length ? h('p', {class: 'muted'}, `${page.items.length} of ${page.total}: search to narrow`) : null);
    } catch (e) {
      replace(listBox, errorBox(e));
    }
  }
  loadList(search);

  let doc = null;
  if (key && key !== 'new') {
    try {
      doc = await api('GET', `/v1/nacls/${seg(key)}`);
    } catch (e) {
      replace(work, h('h2', {id: 'nacl-title'}, 'NaCl'), errorBox(e));
      return () => clearTimeout(typing);
    }
  }

  const ed = editor({id: 'nacl', label: 'Content', value: doc ? doc.content : SNIPPETS[0][1]});
  const nameInput = h('input', {id: 'nacl-name', value: doc ? doc.name : '', required: true, autocomplete: 'off'});
  const message = h('div', {id: 'nacl-message'});
  const saveButton = doc ? h('button', {type: 'button', class: 'primary', id: 'nacl-save'}, 'Save') : null;
  const saveAsName = h('input', {id: 'nacl-saveas-name', autocomplete: 'off', placeholder: 'a new name'});
  const saveAsButton = h('button', {type: 'button', id: 'nacl-saveas', class: doc ? '' : 'primary'}, doc ? 'Save as new NaCl' : 'Save');
  const snippetButton = h('button', {type: 'button', id: 'nacl-save-snippet'}, 'Save as snippet');
  const deleteButton = doc ? h('button', {type: 'button', class: 'danger', id: 'nacl-delete'}, 'Delete') : null;
  const confirmBar = h('div', {class: 'confirm', hidden: true});

  replace(work,
    h('h2', {id: 'nacl-title'}, doc ? doc.name : 'New NaCl'),
    doc ? h('p', {class: 'muted'}, 'Updated ', time(doc.updated), ` · ID `, h('span', {class: 'mono'}, doc.id)) : null,
    doc ? h('div', {class: 'toolbar'}, h('label', {for: 'nacl-name'}, 'Name'), nameInput) : null,
    ed.el,
    h('div', {class: 'toolbar'},
      saveButton,
      h('label', {for: 'nacl-saveas-name'}, doc ? 'New name' : 'Name'), saveAsName, saveAsButton, snippetButton,
      deleteButton),
    confirmBar, message);

  function saved(text) {
    replace(message, h('div', {class: 'notice', role: 'status'}, text));
    announce(text);
  }

  if (saveButton) {
    saveButton.addEventListener('click', async () => {
      saveButton.disabled = true;
      try {
        const changed = await api('PATCH', `/v1/nacls/${seg(doc.id)}`, {name: nameInput.value.trim(), content: ed.value()});
        doc = changed;
        saved(`Saved ${changed.name}.`);
        loadList(searchInput.value.trim());
      } catch (e) {
        replace(message, errorBox(e));
      } finally {
        saveButton.disabled = false;
      }
    });
  }

  saveAsButton.addEventListener('click', async () => {
    const name = saveAsName.value.trim();
    if (!name) {
      replace(message, errorBox({message: 'Give the new NaCl a name.'}));
      saveAsName.focus();
      return;
    }
    saveAsButton.disabled = true;
    try {
      const created = await api('POST', '/v1/nacls', {name, content: ed.value()});
      announce(`Saved ${created.name}`);
      await ctx.navigate(`/nacls/${seg(created.id)}` + query({search: searchInput.value.trim(), saved: '1'}));
    } catch (e) {
      replace(message, errorBox(e));
      saveAsButton.disabled = false;
    }
  });
  if (doc && ctx.query.get('saved')) saved(`Saved ${doc.name}.`);

  // The selection (or the whole text) as a stored snippet, offered in every editor's list.
  snippetButton.addEventListener('click', async () => {
    const name = saveAsName.value.trim();
    if (!name) {
      replace(message, errorBox({message: 'Give the new snippet a name.'}));
      saveAsName.focus();
      return;
    }
    const t = ed.textarea;
    const content = t.selectionEnd > t.selectionStart ? t.value.slice(t.selectionStart, t.selectionEnd) : t.value;
    snippetButton.disabled = true;
    try {
      const created = await api('POST', '/v1/snippets', {name, content});
      saved(`Saved the snippet ${created.name}.`);
    } catch (e) {
      replace(message, errorBox(e));
    } finally {
      snippetButton.disabled = false;
    }
  });

  if (deleteButton) {
    deleteButton.addEventListener('click', () => {
      const yes = h('button', {type: 'button', class: 'danger', id: 'nacl-delete-confirm'}, `Delete ${doc.name}`);
      const no = h('button', {type: 'button'}, 'Cancel');
      replace(confirmBar, h('span', {}, `Delete the NaCl ${doc.name}? Images built with it keep working.`), ' ', yes, ' ', no);
      confirmBar.hidden = false;
      yes.focus();
      no.addEventListener('click', () => { confirmBar.hidden = true; deleteButton.focus(); });
      yes.addEventListener('click', async () => {
        yes.disabled = true;
        try {
          await api('DELETE', `/v1/nacls/${seg(doc.id)}`);
          announce(`Deleted ${doc.name}`);
          await ctx.navigate('/nacls' + query({search: searchInput.value.trim()}));
        } catch (e) {
          replace(message, errorBox(e));
          yes.disabled = false;
        }
      });
    });
  }

  ed.validate();
  return () => { clearTimeout(typing); ed.stop(); };
}
