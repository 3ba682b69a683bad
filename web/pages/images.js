// Images: the list with search, sort by column and pages from the API (never all rows), each
// row expanding to its details; upload with progress, download, delete; and Create new image
// (/images/new), a dialog over the list whose build log streams in as the builder writes it.
// Search, sort and page are in the URL; the list follows image events live.

import {ApiError, api, query, requestHeaders, seg, sessionLost} from '../api.js';
import {announce, errorBox, h, replace, time} from '../dom.js';
import {editor} from './nacls.js';

const PAGE = 50;
const DEFAULT_SORT = '-created';
const COLUMNS = [
  ['id', 'ID', 'id'],
  ['tag', 'Tag', 'tag'],
  ['size', 'Size', 'size'],
  ['version', 'IncludeOS', 'version'],
  ['service', 'Service', 'service'],
  ['created', 'Created', 'created'],
];

/** A size in bytes as people read it. */
export function bytes(n) {
  if (n === null || n === undefined) return '';
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

export function render(main, ctx) {
  const state = {
    search: ctx.query.get('search') || '',
    sort: ctx.query.get('sort') || DEFAULT_SORT,
    page: Math.max(1, parseInt(ctx.query.get('page') || '1', 10) || 1),
  };
  const expanded = new Set();
  const search = h('input', {type: 'search', id: 'image-search', value: state.search, placeholder: 'ID, tag, version, NaCl, uplink…'});
  const fileInput = h('input', {type: 'file', id: 'image-file'});
  const tagInput = h('input', {id: 'image-tag', autocomplete: 'off', maxlength: 128});
  const uploadButton = h('button', {type: 'submit', id: 'image-upload'}, 'Upload');
  const progress = h('progress', {id: 'upload-progress', max: 1, value: 0, hidden: true, 'aria-label': 'Upload progress'});
  const progressText = h('span', {id: 'upload-status', class: 'muted', role: 'status'});
  const uploadForm = h('form', {class: 'toolbar upload', 'aria-label': 'Upload an image'},
    h('label', {for: 'image-file'}, 'Image file'), fileInput,
    h('label', {for: 'image-tag'}, 'Tag'), tagInput, uploadButton, progress, progressText);
  const problem = h('div', {id: 'images-message'});
  const confirmBar = h('div', {class: 'confirm', hidden: true});
  const table = h('table', {class: 'grid', id: 'images'});
  const pager = h('nav', {class: 'pager', 'aria-label': 'Pages'});
  replace(main,
    h('div', {class: 'title-row'}, h('h1', {}, 'Images'),
      h('a', {href: '/images/new' + location.search, class: 'button primary', id: 'image-create'}, 'Create new image'),
      h('a', {href: '/nacls', class: 'button'}, 'NaCl editor')),
    h('div', {class: 'toolbar'}, h('label', {for: 'image-search'}, 'Search'), search),
    uploadForm, problem, confirmBar, table, pager);

  function listUrl(change = {}) {
    const s = {...state, ...change};
    return '/images' + query({search: s.search, sort: s.sort === DEFAULT_SORT ? '' : s.sort, page: s.page > 1 ? s.page : ''});
  }

  function go(change) {
    Object.assign(state, change);
    ctx.navigate(listUrl());
  }

  let typing = null;
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state.search = search.value.trim();
      state.page = 1;
      ctx.setQuery({search: state.search, page: ''});
      load();
    }, 300);
  });

  function header() {
    const key = state.sort.replace(/^-/, '');
    const descending = state.sort.startsWith('-');
    return h('thead', {}, h('tr', {},
      h('th', {scope: 'col', class: 'check'}, h('span', {class: 'visually-hidden'}, 'Details')),
      COLUMNS.map(([, label, sortKey]) => {
        const current = key === sortKey;
        const next = current && !descending ? '-' + sortKey : sortKey;
        return h('th', {scope: 'col', 'aria-sort': current ? (descending ? 'descending' : 'ascending') : 'none'},
          h('button', {type: 'button', class: 'sort', dataset: {sort: sortKey}, onclick: () => go({sort: next, page: 1})},
            label, current ? (descending ? ' ▼' : ' ▲') : ''));
      }),
      h('th', {scope: 'col'}, 'Actions')));
  }

  function details(i) {
    const fact = (label, value) => [h('dt', {}, label), h('dd', {}, value === null || value === undefined || value === '' ? h('span', {class: 'muted'}, '—') : value)];
    return h('dl', {class: 'facts'},
      fact('ID', h('span', {class: 'mono'}, i.id)),
      fact('Size', `${bytes(i.size)} (${i.size} bytes)`),
      fact('IncludeOS version', i.version),
      fact('Service', i.service),
      fact('Builder', i.builder_id ? h('span', {class: 'mono'}, i.builder_id) : null),
      fact('NaCl', i.nacl_id ? (i.nacl_name ? h('a', {href: `/nacls/${seg(i.nacl_id)}`}, i.nacl_name) : h('span', {}, h('span', {class: 'mono'}, i.nacl_id), ' (deleted)')) : null),
      fact('Uplink', i.uplink_id ? (i.uplink_url ? h('span', {class: 'mono'}, i.uplink_url) : h('span', {}, h('span', {class: 'mono'}, i.uplink_id), ' (deleted)')) : null),
      fact('Trusts', i.trusted_certificate ? h('span', {class: 'mono'}, `${i.trusted_certificate.fingerprint} (${i.trusted_certificate.source})`) : null),
      fact('Created', time(i.created)));
  }

  function rows(i) {
    const name = i.tag || i.id.slice(0, 12);
    const open = expanded.has(i.id);
    const detailId = `image-details-${i.id}`;
    const detailRow = h('tr', {class: 'details', id: detailId, hidden: !open},
      h('td', {colspan: COLUMNS.length + 2}, details(i)));
    const toggle = h('button', {type: 'button', class: 'expand', 'aria-expanded': String(open), 'aria-controls': detailId,
      'aria-label': `Details of ${name}`}, open ? '▾' : '▸');
    toggle.addEventListener('click', () => {
      const now = !expanded.has(i.id);
      if (now) expanded.add(i.id); else expanded.delete(i.id);
      toggle.setAttribute('aria-expanded', String(now));
      toggle.textContent = now ? '▾' : '▸';
      detailRow.hidden = !now;
    });
    return [h('tr', {dataset: {id: i.id}},
      h('td', {class: 'check'}, toggle),
      h('td', {class: 'mono'}, i.id.slice(0, 12)),
      h('td', {}, i.tag || ''),
      h('td', {}, bytes(i.size)),
      h('td', {}, i.version || ''),
      h('td', {}, i.service || ''),
      h('td', {}, time(i.created)),
      h('td', {class: 'actions'},
        h('a', {href: `/v1/images/${seg(i.id)}/binary`, download: i.tag || i.id, class: 'download', 'aria-label': `Download ${name}`}, 'Download'), ' ',
        h('button', {type: 'button', class: 'delete', 'aria-label': `Delete ${name}`, onclick: () => askDelete(i, name)}, 'Delete'))),
    detailRow];
  }

  function askDelete(i, name) {
    const yes = h('button', {type: 'button', class: 'danger', id: 'image-delete-confirm'}, `Delete ${name}`);
    const no = h('button', {type: 'button'}, 'Cancel');
    replace(confirmBar, h('span', {}, `Delete the image ${name} (${i.id.slice(0, 12)})? Instances running it keep running.`), ' ', yes, ' ', no);
    confirmBar.hidden = false;
    yes.focus();
    no.addEventListener('click', () => { confirmBar.hidden = true; });
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      try {
        await api('DELETE', `/v1/images/${seg(i.id)}`);
        confirmBar.hidden = true;
        announce(`Deleted ${name}`);
        replace(problem, h('div', {class: 'notice', role: 'status'}, `Deleted the image ${name}.`));
        await load();
      } catch (e) {
        replace(problem, errorBox(e));
        yes.disabled = false;
      }
    });
  }

  // The header once (a new sort is a new page); the rows only when what they show changed, so
  // that a live reload does not take the focus or the element under the pointer away.
  const tbody = h('tbody');
  replace(table, h('caption', {class: 'visually-hidden'}, 'Images'), header(), tbody);
  let shown = null;
  let generation = 0;
  async function load() {
    const mine = ++generation;
    const q = {limit: PAGE, offset: (state.page - 1) * PAGE, sort: state.sort, search: state.search};
    try {
      const page = await api('GET', '/v1/images' + query(q));
      if (mine !== generation) return;
      const signature = JSON.stringify([state.search, page]);
      if (signature === shown) return;
      shown = signature;
      replace(tbody, page.items.length ? page.items.map(rows)
        : h('tr', {}, h('td', {colspan: COLUMNS.length + 2, class: 'empty'}, state.search ? 'No image matches.' : 'No image yet: upload one or create one.')));
      const first = page.total ? (state.page - 1) * PAGE + 1 : 0;
      const last = (state.page - 1) * PAGE + page.items.length;
      replace(pager,
        h('button', {type: 'button', disabled: state.page <= 1, onclick: () => go({page: state.page - 1})}, 'Previous'),
        h('span', {id: 'image-page-status'}, `${first}–${last} of ${page.total}`),
        h('button', {type: 'button', disabled: last >= page.total, onclick: () => go({page: state.page + 1})}, 'Next'));
    } catch (e) {
      if (mine === generation) replace(problem, errorBox(e));
    }
  }

  let upload = null;
  uploadForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const file = fileInput.files[0];
    if (!file) {
      replace(problem, errorBox({message: 'Choose an image file (an IncludeOS ELF binary) first.'}));
      fileInput.focus();
      return;
    }
    replace(problem);
    uploadButton.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    progressText.textContent = `Uploading ${file.name}…`;
    const xhr = new XMLHttpRequest();
    upload = xhr;
    xhr.open('POST', '/v1/images' + query({tag: tagInput.value.trim()}));
    for (const [k, v] of Object.entries(requestHeaders('POST'))) xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (ev) => {
      if (!ev.lengthComputable) return;
      progress.value = ev.loaded / ev.total;
      progressText.textContent = `Uploading ${file.name}: ${bytes(ev.loaded)} of ${bytes(ev.total)}`;
    });
    const done = () => { upload = null; uploadButton.disabled = false; progress.hidden = true; };
    xhr.addEventListener('load', () => {
      done();
      if (xhr.status === 200 || xhr.status === 201) {
        const image = xhr.response;
        const what = xhr.status === 201 ? 'Uploaded' : 'Already stored:';
        progressText.textContent = '';
        replace(problem, h('div', {class: 'notice', role: 'status', id: 'upload-done'}, `${what} ${image.tag || image.id.slice(0, 12)} (${bytes(image.size)}).`));
        announce(`${what} ${image.tag || image.id}`);
        uploadForm.reset();
        load();
      } else {
        progressText.textContent = '';
        const error = new ApiError(xhr.status, xhr.response);
        if (xhr.status === 401) sessionLost(error);
        replace(problem, errorBox(error));
      }
    });
    xhr.addEventListener('error', () => {
      done();
      progressText.textContent = '';
      replace(problem, errorBox({message: 'The upload failed: the connection to the server broke.', hint: 'Try again.'}));
    });
    xhr.addEventListener('abort', () => { done(); progressText.textContent = 'Upload cancelled.'; });
    xhr.send(file);
  });

  // Live: images created or deleted anywhere reload the page shown (at most every 250 ms).
  let pending = null;
  ctx.subscribe((type) => {
    if (!type.startsWith('image.') && type !== 'reconnected') return;
    if (pending) return;
    pending = setTimeout(() => { pending = null; load(); }, 250);
  });
  load();

  let dialog = null;
  if (ctx.params[0] === 'new' || location.pathname.replace(/\/$/, '') === '/images/new') {
    dialog = createDialog(main, ctx, () => ctx.navigate(listUrl()));
  }

  return () => {
    clearTimeout(pending);
    clearTimeout(typing);
    generation++;
    if (upload) upload.abort();
    if (dialog) dialog.stop();
  };
}

/** Create new image: a modal dialog; `close` runs when it is closed. */
function createDialog(main, ctx, close) {
  const tag = h('input', {id: 'build-tag', autocomplete: 'off', maxlength: 128});
  const builder = h('select', {id: 'build-builder', required: true});
  const service = h('select', {id: 'build-service', required: true});
  const nacl = h('select', {id: 'build-nacl'});
  const uplink = h('select', {id: 'build-uplink'});
  const ed = editor({id: 'build-nacl-editor', label: 'NaCl text'});
  const naclBox = h('div', {class: 'inline-nacl', hidden: true}, ed.el);
  const buildButton = h('button', {type: 'submit', class: 'primary', id: 'build-start'}, 'Build');
  const cancelButton = h('button', {type: 'button', id: 'build-close'}, 'Close');
  const message = h('div', {id: 'build-message'});
  const log = h('pre', {class: 'log build-log', id: 'build-log', hidden: true, tabindex: '0', 'aria-label': 'Build log'});
  const buildStatus = h('p', {id: 'build-status', role: 'status'});
  const form = h('form', {class: 'build-form'},
    h('div', {class: 'form-grid'},
      h('label', {for: 'build-tag'}, 'Tag'), tag,
      h('label', {for: 'build-builder'}, 'IncludeOS builder'), builder,
      h('label', {for: 'build-service'}, 'Service'), service,
      h('label', {for: 'build-nacl'}, 'NaCl'), nacl,
      h('label', {for: 'build-uplink'}, 'Uplink'), uplink),
    naclBox,
    h('div', {class: 'toolbar'}, buildButton, cancelButton));
  const dialog = h('dialog', {id: 'create-image', 'aria-labelledby': 'create-image-title', class: 'wide'},
    h('h2', {id: 'create-image-title'}, 'Create new image'),
    form, message, buildStatus, log);
  main.append(dialog);
  dialog.showModal();
  let stopped = false;
  let reader = null;
  dialog.addEventListener('close', () => { if (!stopped) close(); });
  cancelButton.addEventListener('click', () => dialog.close());

  let builders = [];
  let services = [];
  function fillServices() {
    const chosen = builder.value;
    const names = services.filter((s) => s.builders.includes(chosen)).map((s) => s.name);
    const b = builders.find((x) => x.id === chosen);
    for (const n of (b && b.services) || []) if (!names.includes(n)) names.push(n);
    const keep = service.value;
    replace(service, names.map((n) => h('option', {value: n}, n)));
    if (names.includes(keep)) service.value = keep;
    else if (names.includes('Starbase')) service.value = 'Starbase';
  }
  builder.addEventListener('change', fillServices);
  nacl.addEventListener('change', () => { naclBox.hidden = nacl.value !== ''; });

  (async () => {
    const [b, s, n, u] = await Promise.allSettled([
      api('GET', '/v1/builders?limit=100'), api('GET', '/v1/services?limit=1000'),
      api('GET', '/v1/nacls?limit=1000&sort=name'), api('GET', '/v1/uplinks?limit=1000')]);
    const problems = [];
    if (b.status === 'fulfilled') builders = b.value.items; else problems.push(b.reason);
    if (s.status === 'fulfilled') services = s.value.items; else problems.push(s.reason);
    // The list is newest first: the first builder is preselected.
    replace(builder, builders.map((x) => h('option', {value: x.id}, `${x.version || 'unknown version'} · ${x.id}${x.contract ? ` (${x.contract})` : ''}`)));
    if (!builders.length && b.status === 'fulfilled') problems.push({message: 'There is no builder yet.', hint: 'Prepare one in Settings (a bob of a provider) or with `mothership bobs prepare`.'});
    fillServices();
    const nacls = n.status === 'fulfilled' ? n.value.items : [];
    if (n.status === 'rejected') problems.push(n.reason);
    replace(nacl, h('option', {value: ''}, 'Write one here'), nacls.map((x) => h('option', {value: x.id}, x.name)));
    if (nacls.length) nacl.value = nacls[0].id;
    naclBox.hidden = nacl.value !== '';
    const uplinks = u.status === 'fulfilled' ? u.value.items : [];
    if (u.status === 'rejected') problems.push(u.reason);
    replace(uplink, uplinks.map((x) => h('option', {value: x.id}, `${x.name} · ${x.url}`)));
    const preferred = uplinks.find((x) => x.name === 'default');
    if (preferred) uplink.value = preferred.id;
    // The engine's absence fails several lists alike: say it once.
    const unique = problems.filter((p, i) => problems.findIndex((q) => q.message === p.message) === i);
    if (unique.length) replace(message, unique.map(errorBox));
    buildButton.disabled = !builders.length;
    tag.focus();
  })();

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!builder.value || !service.value) {
      replace(message, errorBox({message: 'Choose a builder and a service.'}));
      return;
    }
    const body = {tag: tag.value.trim() || undefined, uplink_id: uplink.value || undefined};
    if (nacl.value) body.nacl_id = nacl.value; else body.nacl_content = ed.value();
    buildButton.disabled = true;
    replace(message);
    buildStatus.textContent = 'Queueing the build…';
    let build;
    try {
      build = await api('POST', `/v1/images/build/services/${seg(service.value)}/builders/${seg(builder.value)}`, body);
    } catch (err) {
      buildStatus.textContent = '';
      replace(message, errorBox(err));
      buildButton.disabled = false;
      return;
    }
    buildStatus.textContent = `Build ${build.id}: ${build.status}…`;
    log.hidden = false;
    log.textContent = '';
    await follow(build.id);
    if (stopped) return;
    try {
      build = await api('GET', `/v1/builds/${seg(build.id)}`);
    } catch (err) {
      replace(message, errorBox(err));
      buildButton.disabled = false;
      return;
    }
    buildButton.disabled = false;
    if (build.status === 'succeeded') {
      buildStatus.textContent = `Build ${build.id}: succeeded.`;
      replace(message, h('div', {class: 'notice', id: 'build-done'},
        `Built the image ${build.image_id.slice(0, 12)} (${bytes(build.image_size)}); it is in the list. `,
        h('a', {href: '/images' + query({search: build.image_id})}, 'Show it')));
      announce('The build succeeded');
    } else {
      buildStatus.textContent = `Build ${build.id}: ${build.status}.`;
      replace(message, h('div', {class: 'error', role: 'alert', id: 'build-failed'},
        h('strong', {}, `The build ${build.status.replace('_', ' ')}`), build.exit_code !== null && build.exit_code !== undefined ? ` (exit status ${build.exit_code})` : '',
        build.error ? h('pre', {class: 'build-error'}, build.error) : null));
      announce(`The build ${build.status}`);
    }
  });

  // The log as the builder writes it (the answer stays open until the build ends).
  async function follow(id) {
    try {
      const response = await api('GET', `/v1/builds/${seg(id)}/log?follow=true`, undefined, {raw: true});
      reader = response.body.getReader();
      const decoder = new TextDecoder();
      for (;;) {
        const {value, done} = await reader.read();
        if (done || stopped) break;
        const atEnd = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
        log.append(decoder.decode(value, {stream: true}));
        if (atEnd) log.scrollTop = log.scrollHeight;
      }
      log.append(decoder.decode());
    } catch (err) {
      if (!stopped) replace(message, errorBox(err));
    } finally {
      reader = null;
    }
  }

  return {
    stop() {
      stopped = true;
      ed.stop();
      if (reader) reader.cancel().catch(() => {});
      if (dialog.open) dialog.close();
    },
  };
}
