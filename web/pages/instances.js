// Instances: counts per status (each a filter), search, sort by column, pages from the API
// (never all rows), delete one or many; all of it in the URL, updated live from the events.

import {api, query, seg} from '../api.js';
import {announce, badge, errorBox, h, replace, time} from '../dom.js';

const PAGE = 50;
// `panicked` is a filter of its own in the API (`?panicked=true`), shown like a status here.
const STATUSES = ['connected', 'disconnected', 'unknown', 'panicked'];
const COLUMNS = [
  ['alias', 'Alias', 'alias'],
  ['status', 'Status', 'status'],
  ['id', 'UUID', 'id'],
  ['image', 'Image', null],
  ['tag', 'Tag', 'tag'],
  ['version', 'IncludeOS', 'version'],
  ['launched', 'Launched', 'connected_since'],
  ['last_seen', 'Last seen', 'last_seen'],
];

export function render(main, ctx) {
  const state = {
    search: ctx.query.get('search') || '',
    status: STATUSES.includes(ctx.query.get('status')) ? ctx.query.get('status') : '',
    sort: ctx.query.get('sort') || '-last_seen',
    page: Math.max(1, parseInt(ctx.query.get('page') || '1', 10) || 1),
  };
  const selected = new Set();
  const counts = h('div', {class: 'counts', role: 'group', 'aria-label': 'Instances by status'});
  const search = h('input', {type: 'search', id: 'instance-search', value: state.search, placeholder: 'uuid, alias, tag, address…'});
  const deleteButton = h('button', {type: 'button', id: 'delete-selected', disabled: true}, 'Delete selected');
  const confirmBar = h('div', {class: 'confirm', hidden: true});
  const table = h('table', {class: 'grid', id: 'instances'});
  const pager = h('nav', {class: 'pager', 'aria-label': 'Pages'});
  const problem = h('div');
  replace(main,
    h('h1', {}, 'Instances'),
    counts,
    h('div', {class: 'toolbar'},
      h('label', {for: 'instance-search'}, 'Search'), search, deleteButton),
    confirmBar, problem, table, pager);

  function go(change) {
    Object.assign(state, change);
    const q = {search: state.search, status: state.status, sort: state.sort === '-last_seen' ? '' : state.sort,
      page: state.page > 1 ? state.page : ''};
    ctx.navigate(location.pathname + query(q));
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

  function countButton(label, value, status) {
    const active = state.status === status;
    return h('button', {type: 'button', class: 'count' + (active ? ' active' : ''), 'aria-pressed': String(active),
      dataset: {status: status || 'all'}, onclick: () => go({status, page: 1})},
    h('span', {class: 'count-value'}, String(value)), ' ', label);
  }

  function renderCounts(c) {
    replace(counts,
      countButton('All', c.total, ''),
      countButton('Connected', c.connected, 'connected'),
      countButton('Disconnected', c.disconnected, 'disconnected'),
      countButton('Unknown', c.unknown, 'unknown'),
      countButton('Panicked', c.panicked, 'panicked'));
  }

  function header() {
    const key = state.sort.replace(/^-/, '');
    const descending = state.sort.startsWith('-');
    return h('thead', {}, h('tr', {},
      h('th', {scope: 'col', class: 'check'}, h('input', {type: 'checkbox', id: 'select-all', 'aria-label': 'Select all on this page',
        onchange: (e) => {
          for (const box of table.querySelectorAll('tbody input[type=checkbox]')) {
            box.checked = e.target.checked;
            if (box.checked) selected.add(box.value); else selected.delete(box.value);
          }
          deleteButton.disabled = selected.size === 0;
        }})),
      COLUMNS.map(([, label, sortKey]) => {
        if (!sortKey) return h('th', {scope: 'col'}, label);
        const current = key === sortKey;
        const next = current && !descending ? '-' + sortKey : sortKey;
        return h('th', {scope: 'col', 'aria-sort': current ? (descending ? 'descending' : 'ascending') : 'none'},
          h('button', {type: 'button', class: 'sort', dataset: {sort: sortKey}, onclick: () => go({sort: next, page: 1})},
            label, current ? (descending ? ' ▼' : ' ▲') : ''));
      })));
  }

  function row(i) {
    const name = i.alias || i.id;
    const box = h('input', {type: 'checkbox', value: i.id, 'aria-label': `Select ${name}`, checked: selected.has(i.id),
      onchange: (e) => {
        if (e.target.checked) selected.add(i.id); else selected.delete(i.id);
        deleteButton.disabled = selected.size === 0;
      }});
    return h('tr', {dataset: {id: i.id}},
      h('td', {class: 'check'}, box),
      h('td', {}, h('a', {href: `/instances/${seg(i.id)}`}, i.alias || h('span', {class: 'muted'}, '(no alias)'))),
      h('td', {}, badge(i.status, i.panicked)),
      h('td', {class: 'mono'}, i.id),
      h('td', {class: 'mono'}, i.image_id ? i.image_id.slice(0, 12) : ''),
      h('td', {}, i.tag || ''),
      h('td', {}, i.version || ''),
      h('td', {}, time(i.connected_since)),
      h('td', {}, time(i.last_seen)));
  }

  let generation = 0;
  async function load() {
    const mine = ++generation;
    const q = {limit: PAGE, offset: (state.page - 1) * PAGE, sort: state.sort, search: state.search,
      status: state.status === 'panicked' ? '' : state.status, panicked: state.status === 'panicked' ? 'true' : ''};
    try {
      const [page, c] = await Promise.all([api('GET', '/v1/instances' + query(q)), api('GET', '/v1/instances/counts')]);
      if (mine !== generation) return;
      // An error goes once the list loads again; a notice (what a delete did) stays.
      for (const el of [...problem.children]) if (!el.classList.contains('notice')) el.remove();
      renderCounts(c);
      const visible = new Set(page.items.map((i) => i.id));
      for (const id of [...selected]) if (!visible.has(id)) selected.delete(id);
      deleteButton.disabled = selected.size === 0;
      replace(table,
        h('caption', {class: 'visually-hidden'}, 'Instances'),
        header(),
        h('tbody', {}, page.items.length ? page.items.map(row)
          : h('tr', {}, h('td', {colspan: COLUMNS.length + 1, class: 'empty'}, state.search || state.status ? 'No instance matches.' : 'No instance has docked yet.'))));
      const first = page.total ? (state.page - 1) * PAGE + 1 : 0;
      const last = (state.page - 1) * PAGE + page.items.length;
      replace(pager,
        h('button', {type: 'button', disabled: state.page <= 1, onclick: () => go({page: state.page - 1})}, 'Previous'),
        h('span', {id: 'page-status'}, `${first}–${last} of ${page.total}`),
        h('button', {type: 'button', disabled: last >= page.total, onclick: () => go({page: state.page + 1})}, 'Next'));
    } catch (e) {
      if (mine === generation) replace(problem, errorBox(e));
    }
  }

  deleteButton.addEventListener('click', () => {
    const ids = [...selected];
    if (!ids.length) return;
    replace(problem);
    const force = h('input', {type: 'checkbox', id: 'delete-force'});
    const yes = h('button', {type: 'button', class: 'danger', id: 'delete-confirm'}, `Delete ${ids.length}`);
    const no = h('button', {type: 'button'}, 'Cancel');
    replace(confirmBar,
      h('span', {}, `Forget ${ids.length} instance${ids.length === 1 ? '' : 's'}?`), ' ',
      force, h('label', {for: 'delete-force'}, 'also connected ones (they dock again)'), ' ', yes, ' ', no);
    confirmBar.hidden = false;
    yes.focus();
    no.addEventListener('click', () => { confirmBar.hidden = true; deleteButton.focus(); });
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      try {
        const result = await api('DELETE', '/v1/instances' + query({force: force.checked ? 'true' : ''}), {ids});
        confirmBar.hidden = true;
        selected.clear();
        const left = result.connected.length ? `; ${result.connected.length} connected left alone` : '';
        announce(`Deleted ${result.deleted.length}${left}`);
        replace(problem, h('div', {class: 'notice', role: 'status'}, `Deleted ${result.deleted.length} instance${result.deleted.length === 1 ? '' : 's'}${left}.`));
        await load();
      } catch (e) {
        replace(problem, errorBox(e));
        yes.disabled = false;
      }
    });
  });

  // Live: anything about instances reloads the page shown (at most every 250 ms).
  let pending = null;
  ctx.subscribe((type) => {
    if (!type.startsWith('instance.') && type !== 'reconnected') return;
    if (pending) return;
    pending = setTimeout(() => { pending = null; load(); }, 250);
  });
  load();
  return () => { clearTimeout(pending); clearTimeout(typing); generation++; };
}
