// Settings: the server (name, version, uptime), its uplinks (create, view, edit, delete; the
// token only on request, copyable) and its builders (bob providers with Update, their bobs
// with Prepare and its pull progress, builders with Delete).

import {api, query, seg} from '../api.js';
import {announce, errorBox, h, replace, time} from '../dom.js';

function duration(secs) {
  const d = Math.floor(secs / 86400);
  const hr = Math.floor((secs % 86400) / 3600);
  const m = Math.floor((secs % 3600) / 60);
  return d ? `${d} d ${hr} h` : hr ? `${hr} h ${m} min` : `${m} min`;
}

// The optional keys of an uplink (docs/UPLINK.md), as form fields.
const OPTIONS = [
  ['tag', 'Tag', 'text'], ['index', 'Interface (number or name)', 'text'], ['certs', 'Certificates folder', 'text'],
  ['verify', 'Verify the certificate', 'bool'], ['reboot', 'Reboot on failure', 'bool'],
  ['ws_logging', 'Send the log over the uplink', 'bool'], ['serialize_ct', 'Serialize conntrack on update', 'bool'],
  ['send_stats', 'Send STATS every N ms (0: never)', 'number'],
];

export async function render(main) {
  const server = h('section', {'aria-labelledby': 'server-title'}, h('h2', {id: 'server-title'}, 'Server'));
  const uplinks = h('section', {'aria-labelledby': 'uplinks-title', id: 'uplinks'}, h('h2', {id: 'uplinks-title'}, 'Uplinks'));
  const builders = h('section', {'aria-labelledby': 'builders-title', id: 'builders'}, h('h2', {id: 'builders-title'}, 'Builders'));
  replace(main, h('h1', {}, 'Settings'), server, uplinks, builders);
  const uptime = h('dd', {id: 'server-uptime'});
  let started = null;
  try {
    const info = await api('GET', '/v1/info');
    started = Date.now() - info.uptime_secs * 1000;
    uptime.textContent = duration(info.uptime_secs);
    server.append(h('dl', {class: 'facts', id: 'server-info'},
      h('dt', {}, 'Name'), h('dd', {id: 'server-name'}, info.name),
      h('dt', {}, 'Version'), h('dd', {id: 'server-version'}, info.version),
      h('dt', {}, 'Uptime'), uptime,
      info.uplink ? [h('dt', {}, 'Uplink port'), h('dd', {}, `${info.uplink.port} (TLS: ${info.uplink.tls})`)] : null,
      info.uplink && info.uplink.certificate_fingerprint ? [h('dt', {}, 'Uplink certificate'), h('dd', {class: 'mono'}, info.uplink.certificate_fingerprint)] : null));
  } catch (e) {
    server.append(errorBox(e));
  }
  const uplinkStop = uplinkSection(uplinks);
  builderSection(builders);
  const timer = setInterval(() => { if (started) uptime.textContent = duration((Date.now() - started) / 1000); }, 30000);
  return () => { clearInterval(timer); uplinkStop(); };
}

// ---- Uplinks ----

function uplinkSection(section) {
  const problem = h('div');
  const table = h('table', {class: 'grid', id: 'uplink-table'});
  const detail = h('div', {id: 'uplink-detail'});
  const createButton = h('button', {type: 'button', id: 'uplink-new'}, 'New uplink');
  section.append(h('div', {class: 'toolbar'}, createButton), problem, table, detail);

  async function load() {
    try {
      const list = await api('GET', '/v1/uplinks?limit=1000');
      replace(table, h('caption', {class: 'visually-hidden'}, 'Uplinks'),
        h('thead', {}, h('tr', {}, ['Name', 'URL', 'ID', 'Updated', 'Actions'].map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, list.items.length ? list.items.map(row)
          : h('tr', {}, h('td', {colspan: 5, class: 'empty'}, 'No uplinks: create one so images can dock here.'))));
    } catch (e) {
      replace(problem, errorBox(e));
    }
  }

  function row(u) {
    return h('tr', {dataset: {uplink: u.name}},
      h('td', {}, u.name, u.problems && u.problems.length ? h('span', {class: 'badge badge-failed', title: u.problems.join('; ')}, 'problem') : null),
      h('td', {class: 'mono'}, u.url), h('td', {class: 'mono'}, u.id), h('td', {}, time(u.updated)),
      h('td', {class: 'actions'},
        h('button', {type: 'button', class: 'uplink-view', 'aria-label': `View uplink ${u.name}`, onclick: () => view(u.id)}, 'View'), ' ',
        h('button', {type: 'button', class: 'uplink-edit', 'aria-label': `Edit uplink ${u.name}`, onclick: () => edit(u)}, 'Edit'), ' ',
        h('button', {type: 'button', class: 'uplink-delete danger', 'aria-label': `Delete uplink ${u.name}`, onclick: (e) => remove(u, e.target)}, 'Delete')));
  }

  async function view(id) {
    replace(problem);
    let u;
    try { u = await api('GET', `/v1/uplinks/${seg(id)}`); } catch (e) { replace(problem, errorBox(e)); return; }
    const token = h('code', {id: 'uplink-token', class: 'mono token'}, '••••••••');
    const copy = h('button', {type: 'button', id: 'uplink-token-copy', hidden: true}, 'Copy');
    const copied = h('span', {role: 'status', class: 'muted', id: 'uplink-token-copied'});
    const reveal = h('button', {type: 'button', id: 'uplink-token-show'}, 'Show token');
    reveal.addEventListener('click', async () => {
      if (!copy.hidden) {
        token.textContent = '••••••••';
        copy.hidden = true;
        reveal.textContent = 'Show token';
        return;
      }
      try {
        const t = await api('GET', `/v1/uplinks/${seg(u.id)}/token`);
        token.textContent = t.token;
        copy.hidden = false;
        reveal.textContent = 'Hide token';
      } catch (e) {
        copied.textContent = e.message;
      }
    });
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(token.textContent);
        copied.textContent = 'Copied.';
      } catch {
        // No clipboard (no permission, or not a secure context): select it for Ctrl+C.
        const range = document.createRange();
        range.selectNodeContents(token);
        const sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        copied.textContent = 'Selected: press Ctrl+C to copy.';
      }
    });
    const opts = OPTIONS.filter(([k]) => u[k] !== undefined && u[k] !== null).map(([k, label]) => [h('dt', {}, label), h('dd', {}, String(u[k]))]);
    const close = h('button', {type: 'button'}, 'Close');
    close.addEventListener('click', () => replace(detail));
    replace(detail, h('section', {class: 'panel', 'aria-labelledby': 'uplink-detail-title'},
      h('h3', {id: 'uplink-detail-title'}, `Uplink ${u.name}`),
      h('dl', {class: 'facts'},
        h('dt', {}, 'ID'), h('dd', {class: 'mono'}, u.id),
        h('dt', {}, 'URL'), h('dd', {class: 'mono'}, u.url),
        h('dt', {}, 'Token'), h('dd', {}, token, ' ', reveal, ' ', copy, ' ', copied),
        opts,
        u.ca ? [h('dt', {}, 'CA'), h('dd', {}, h('pre', {class: 'mono'}, u.ca))] : null,
        u.presented_certificate ? [h('dt', {}, 'Certificate its images trust'), h('dd', {class: 'mono'}, u.presented_certificate)] : null,
        h('dt', {}, 'Created'), h('dd', {}, time(u.created)),
        h('dt', {}, 'Updated'), h('dd', {}, time(u.updated)),
        u.problems && u.problems.length ? [h('dt', {}, 'Problems'), h('dd', {}, h('ul', {}, u.problems.map((p) => h('li', {}, p))))] : null),
      close));
    reveal.focus();
  }

  /** The create form (no `u`) or the edit form of `u`. */
  function edit(u) {
    replace(problem);
    const creating = !u;
    const f = (id, label, value, attrs = {}) => {
      const input = h('input', {id, ...attrs});
      input.value = value === undefined || value === null ? '' : String(value);
      return [h('label', {for: id}, label), input];
    };
    const name = f('uplink-name', 'Name', u && u.name, {required: true});
    const url = f('uplink-url', 'URL (http(s)://host:port)', u && u.url, {required: true, class: 'mono'});
    const token = creating ? f('uplink-token-input', 'Token (empty: generated)', '', {class: 'mono', autocomplete: 'off'}) : null;
    const options = OPTIONS.map(([k, label, kind]) => {
      const id = `uplink-opt-${k}`;
      if (kind === 'bool') {
        const sel = h('select', {id}, h('option', {value: ''}, 'instance default'), h('option', {value: 'true'}, 'yes'), h('option', {value: 'false'}, 'no'));
        sel.value = u && typeof u[k] === 'boolean' ? String(u[k]) : '';
        return [h('label', {for: id}, label), sel];
      }
      return f(id, label, u && u[k], kind === 'number' ? {type: 'number', min: 0} : {});
    });
    const message = h('div', {role: 'alert'});
    const save = h('button', {type: 'submit', id: 'uplink-save'}, creating ? 'Create' : 'Save');
    const cancel = h('button', {type: 'button'}, 'Cancel');
    const form = h('form', {class: 'panel form-grid', id: 'uplink-form', 'aria-labelledby': 'uplink-form-title'},
      h('h3', {id: 'uplink-form-title'}, creating ? 'New uplink' : `Edit uplink ${u.name}`),
      name, url, token,
      h('details', {}, h('summary', {}, 'Options'), h('div', {class: 'form-grid'}, options)),
      message, h('div', {class: 'toolbar'}, save, cancel));
    cancel.addEventListener('click', () => { replace(detail); createButton.focus(); });
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const body = {name: name[1].value.trim(), url: url[1].value.trim()};
      if (creating && token[1].value.trim()) body.token = token[1].value.trim();
      for (const [k, , kind] of OPTIONS) {
        const v = document.getElementById(`uplink-opt-${k}`).value.trim();
        if (v === '') { if (!creating && u[k] !== undefined && u[k] !== null) body[k] = null; continue; }
        body[k] = kind === 'bool' ? v === 'true' : kind === 'number' ? Number(v) : k === 'index' && /^\d+$/.test(v) ? Number(v) : v;
      }
      save.disabled = true;
      try {
        const saved = creating ? await api('POST', '/v1/uplinks', body) : await api('PATCH', `/v1/uplinks/${seg(u.id)}`, body);
        announce(`Uplink ${saved.name} ${creating ? 'created' : 'saved'}`);
        await load();
        await view(saved.id);
      } catch (err) {
        replace(message, errorBox(err));
        save.disabled = false;
      }
    });
    replace(detail, form);
    name[1].focus();
  }

  function remove(u, button) {
    const yes = h('button', {type: 'button', class: 'danger', id: 'uplink-delete-confirm'}, `Delete ${u.name}`);
    const no = h('button', {type: 'button'}, 'Cancel');
    replace(detail, h('div', {class: 'confirm', role: 'group', 'aria-label': 'Confirm delete'},
      h('span', {}, `Delete uplink ${u.name}? Images built for it keep its token and still dock only while some uplink has that token.`), yes, no));
    yes.focus();
    no.addEventListener('click', () => { replace(detail); button.focus(); });
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      try {
        await api('DELETE', `/v1/uplinks/${seg(u.id)}`);
        announce(`Uplink ${u.name} deleted`);
        replace(detail, h('div', {class: 'notice', role: 'status'}, `Deleted uplink ${u.name}.`));
        await load();
      } catch (e) {
        replace(detail, errorBox(e));
      }
    });
  }

  createButton.addEventListener('click', () => edit(null));
  load();
  return () => {};
}

// ---- Builders: providers, their bobs, builders ----

function builderSection(section) {
  const providers = h('div', {id: 'bobproviders'}, h('p', {class: 'muted'}, 'Loading…'));
  const bobs = h('div', {id: 'bobs'});
  const list = h('div', {id: 'builder-list'}, h('p', {class: 'muted'}, 'Loading…'));
  section.append(h('h3', {}, 'Bob providers'), providers, bobs, h('h3', {}, 'Builders on the engine'), list);

  async function loadProviders() {
    try {
      const page = await api('GET', '/v1/bobproviders');
      replace(providers, h('table', {class: 'grid'},
        h('thead', {}, h('tr', {}, ['Provider', 'Source', 'Last update', 'Bobs', 'Last error', 'Actions'].map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, page.items.map((p) => {
          const update = h('button', {type: 'button', 'aria-label': `Update ${p.id}`}, 'Update');
          const show = h('button', {type: 'button', 'aria-label': `Show the bobs of ${p.id}`}, 'Bobs');
          const note = h('span', {role: 'status', class: 'muted'});
          update.addEventListener('click', async () => {
            update.disabled = true;
            note.textContent = 'updating…';
            try {
              await api('POST', `/v1/bobproviders/${seg(p.id)}/update`);
              announce(`${p.id} updated`);
              await loadProviders();
            } catch (e) {
              note.textContent = e.message;
              update.disabled = false;
            }
          });
          show.addEventListener('click', () => loadBobs(p.id));
          return h('tr', {dataset: {provider: p.id}}, h('td', {}, p.id), h('td', {class: 'mono'}, p.source),
            h('td', {}, p.last_update ? time(p.last_update) : h('span', {class: 'muted'}, 'never')), h('td', {}, String(p.bobs)),
            h('td', {class: p.last_error ? 'bad' : 'muted'}, p.last_error || 'none'), h('td', {class: 'actions'}, update, ' ', show, ' ', note));
        }))));
    } catch (e) {
      replace(providers, errorBox(e));
    }
  }

  async function loadBobs(provider) {
    replace(bobs, h('p', {class: 'muted'}, `Loading the bobs of ${provider}…`));
    try {
      const page = await api('GET', `/v1/bobproviders/${seg(provider)}/bobs${query({limit: 1000})}`);
      replace(bobs, h('h4', {}, `Bobs of ${provider}`), page.items.length ? h('table', {class: 'grid'},
        h('thead', {}, h('tr', {}, ['ID', 'Version', 'Tags', 'Services', 'Prepared', 'Actions'].map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, page.items.map((b) => {
          const progress = h('div', {class: 'pull', role: 'status'});
          const prepare = h('button', {type: 'button', 'aria-label': `Prepare bob ${b.id}`}, b.prepared ? 'Prepare again' : 'Prepare');
          prepare.addEventListener('click', () => prepareBob(provider, b, prepare, progress));
          return h('tr', {}, h('td', {class: 'mono'}, b.id), h('td', {}, b.version || ''), h('td', {}, (b.tags || []).join(', ')),
            h('td', {}, (b.services || []).join(', ')), h('td', {}, b.prepared ? 'yes' : 'no'), h('td', {}, prepare, progress));
        }))) : h('p', {class: 'muted'}, 'No bobs: update the provider.'));
    } catch (e) {
      replace(bobs, errorBox(e));
    }
  }

  /** POST .../prepare: an NDJSON progress stream, one line per engine report; the last says how it ended. */
  async function prepareBob(provider, bob, button, progress) {
    button.disabled = true;
    const layers = new Map();
    const line = h('div', {}, 'starting…');
    const bar = h('progress', {max: 1, value: 0, 'aria-label': `Pull of ${bob.id}`});
    replace(progress, bar, line);
    const show = (ev) => {
      if (ev.layer && ev.total) layers.set(ev.layer, [ev.current || 0, ev.total]);
      let cur = 0, tot = 0;
      for (const [c, t] of layers.values()) { cur += Math.min(c, t); tot += t; }
      if (tot) { bar.max = tot; bar.value = cur; }
      line.textContent = `${ev.layer ? ev.layer + ': ' : ''}${ev.status || ''}${ev.total ? ` ${Math.round(((ev.current || 0) / ev.total) * 100)} %` : ''}`;
    };
    try {
      const response = await api('POST', `/v1/bobproviders/${seg(provider)}/prepare/bobs/${seg(bob.id)}`, undefined, {raw: true});
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let rest = '', last = null;
      for (;;) {
        const {value, done} = await reader.read();
        if (done) break;
        rest += value;
        const lines = rest.split('\n');
        rest = lines.pop();
        for (const l of lines) {
          if (!l.trim()) continue;
          try { last = JSON.parse(l); show(last); } catch { /* not a progress line */ }
        }
      }
      if (last && last.error) line.textContent = `Failed: ${last.error}`;
      else if (last && last.builder) { line.textContent = `Prepared builder ${last.builder.id}`; bar.value = bar.max; loadBuilders(); }
      else line.textContent = 'The stream ended without an outcome.';
    } catch (e) {
      line.textContent = e.message;
    }
    button.disabled = false;
  }

  async function loadBuilders() {
    try {
      const page = await api('GET', '/v1/builders?limit=1000');
      replace(list, page.items.length ? h('table', {class: 'grid'},
        h('thead', {}, h('tr', {}, ['ID', 'Name', 'IncludeOS', 'Contract', 'Services', 'Tags', 'Size', 'Actions'].map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, page.items.map((b) => {
          const del = h('button', {type: 'button', class: 'danger', 'aria-label': `Delete builder ${b.id}`}, 'Delete');
          const note = h('span', {role: 'status'});
          del.addEventListener('click', () => {
            const yes = h('button', {type: 'button', class: 'danger', 'aria-label': `Confirm: delete builder ${b.id}`}, 'Delete');
            const no = h('button', {type: 'button', 'aria-label': `Cancel: keep builder ${b.id}`}, 'Cancel');
            replace(note, ` Remove ${b.id} from the engine? `, yes, ' ', no);
            del.hidden = true;
            yes.focus();
            no.addEventListener('click', () => { replace(note); del.hidden = false; del.focus(); });
            yes.addEventListener('click', async () => {
              yes.disabled = true;
              try {
                await api('DELETE', `/v1/builders/${seg(b.id)}`);
                announce(`Builder ${b.id} deleted`);
                await loadBuilders();
              } catch (e) {
                replace(note, ' ', e.message);
                del.hidden = false;
              }
            });
          });
          return h('tr', {}, h('td', {class: 'mono'}, b.id), h('td', {}, b.name || ''), h('td', {}, b.version || ''), h('td', {}, b.contract || ''),
            h('td', {}, (b.services || []).join(', ')), h('td', {}, (b.tags || []).join(', ')),
            h('td', {}, b.size ? `${(b.size / 1048576).toFixed(0)} MiB` : ''), h('td', {}, del, note));
        }))) : h('p', {class: 'muted'}, 'No builders: prepare a bob.'));
    } catch (e) {
      replace(list, errorBox(e));
    }
  }

  loadProviders();
  loadBuilders();
}
