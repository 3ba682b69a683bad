// One instance: alias and description editable in place, status, and the tabs Overview, Log
// (following live), Hardware and Panics, each with its own URL.

import {api, seg} from '../api.js';
import {announce, badge, errorBox, h, replace, time} from '../dom.js';

const TABS = [['overview', 'Overview'], ['log', 'Log'], ['hardware', 'Hardware'], ['panics', 'Panics']];

export async function render(main, ctx) {
  const [id, tabParam] = ctx.params;
  const tab = TABS.some(([t]) => t === tabParam) ? tabParam : 'overview';
  let instance;
  try {
    instance = await api('GET', `/v1/instances/${seg(id)}`);
  } catch (e) {
    replace(main, h('h1', {}, 'Instance'), errorBox(e), h('p', {}, h('a', {href: '/instances'}, 'Back to the instances')));
    return;
  }
  const base = `/instances/${seg(instance.id)}`;
  const heading = h('h1', {id: 'instance-title'});
  const status = h('p', {class: 'instance-status'});
  const panel = h('section', {id: 'tab-panel', 'aria-labelledby': 'tab-' + tab});
  const tabs = h('nav', {class: 'tabs', 'aria-label': 'Instance'},
    TABS.map(([t, label]) => h('a', {href: `${base}/${t}`, id: 'tab-' + t, 'aria-current': t === tab ? 'page' : null},
      label, t === 'panics' ? h('span', {id: 'panic-count'}) : null)));
  replace(main, h('p', {class: 'crumbs'}, h('a', {href: '/instances'}, 'Instances')), heading, status, tabs, panel);

  function showHeader() {
    document.title = `${instance.alias || instance.id} · Mothership`;
    replace(heading, editable('alias', 'Alias', instance.alias || '', instance.alias || instance.id));
    replace(status, badge(instance.status, instance.panicked), ' · launched ', time(instance.connected_since),
      ' · last seen ', time(instance.last_seen));
  }

  function editable(field, label, value, shown) {
    const button = h('button', {type: 'button', class: 'edit', id: `edit-${field}`, 'aria-label': `Edit ${label.toLowerCase()}`}, 'Edit');
    const wrap = h('span', {class: 'editable'}, h('span', {id: `${field}-text`}, shown), ' ', button);
    button.addEventListener('click', () => {
      const input = h(field === 'description' ? 'textarea' : 'input', {id: `${field}-input`, 'aria-label': label});
      input.value = value;
      const save = h('button', {type: 'submit'}, 'Save');
      const cancel = h('button', {type: 'button'}, 'Cancel');
      const message = h('span', {role: 'alert', class: 'inline-error'});
      const form = h('form', {class: 'inline-edit'}, input, ' ', save, ' ', cancel, ' ', message);
      cancel.addEventListener('click', () => { showHeader(); showTab(); });
      input.addEventListener('keydown', (e) => { if (e.key === 'Escape') cancel.click(); });
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        save.disabled = true;
        try {
          instance = await api('PATCH', `/v1/instances/${seg(instance.id)}`, {[field]: input.value.trim()});
          announce(`${label} saved`);
          showHeader();
          showTab();
          document.getElementById(`edit-${field}`)?.focus();
        } catch (err) {
          message.textContent = err.message;
          save.disabled = false;
        }
      });
      wrap.replaceWith(form);
      input.focus();
    });
    return wrap;
  }

  let stop = null;
  function showTab() {
    if (stop) stop();
    stop = null;
    if (tab === 'overview') overview();
    else if (tab === 'log') stop = log();
    else if (tab === 'hardware') hardware();
    else panics();
  }

  function facts(rows) {
    return h('dl', {class: 'facts'}, rows.filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
  }

  function overview() {
    const i = instance;
    replace(panel,
      h('h2', {class: 'visually-hidden'}, 'Overview'),
      h('div', {class: 'description'}, h('h3', {}, 'Description'),
        editable('description', 'Description', i.description || '', i.description || 'No description.')),
      h('h3', {}, 'Running on instance'),
      facts([
        ['UUID', h('span', {class: 'mono'}, i.id)],
        ['Image', i.image_id ? h('span', {class: 'mono'}, i.image_id) : ''],
        ['Tag', i.tag], ['Service', i.service], ['IncludeOS version', i.version],
        ['Uplink', i.uplink && i.uplink.url], ['Address', i.address],
        ['First seen', time(i.first_seen)], ['Connected since', time(i.connected_since)],
        ['Last seen', time(i.last_seen)], ['Disconnect reason', i.disconnect_reason],
      ]));
  }

  function hardware() {
    const i = instance;
    replace(panel,
      h('h2', {class: 'visually-hidden'}, 'Hardware'),
      facts([['Architecture', i.arch], ['Memory', i.physical_ram ? `${(i.physical_ram / 1048576).toFixed(0)} MiB` : '']]),
      h('h3', {}, 'Network interfaces'),
      i.net && i.net.length ? h('table', {class: 'grid'},
        h('thead', {}, h('tr', {}, ['Name', 'Address', 'Netmask', 'Gateway', 'DNS', 'MAC', 'Driver'].map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, i.net.map((n) => h('tr', {}, [n.name, n.addr, n.netmask, n.gateway, n.dns, n.mac, n.driver].map((v) => h('td', {class: 'mono'}, v || '')))))) : h('p', {class: 'muted'}, 'None reported.'),
      h('h3', {}, 'Devices'),
      i.devices && i.devices.length ? h('ul', {}, i.devices.map((d) => h('li', {}, d))) : h('p', {class: 'muted'}, 'None reported.'),
      h('h3', {}, 'CPU features'),
      i.cpu_features && i.cpu_features.length ? h('p', {class: 'mono'}, i.cpu_features.join(' ')) : h('p', {class: 'muted'}, 'None reported.'));
  }

  async function panics() {
    replace(panel, h('h2', {class: 'visually-hidden'}, 'Panics'), h('p', {class: 'muted'}, 'Loading…'));
    try {
      const page = await api('GET', `/v1/instances/${seg(instance.id)}/panics?limit=100`);
      replace(panel, h('h2', {class: 'visually-hidden'}, 'Panics'),
        page.items.length ? h('ol', {class: 'panics'}, page.items.slice().reverse().map((p) =>
          h('li', {}, time(p.at), h('pre', {}, p.text)))) : h('p', {class: 'muted'}, 'No panics reported.'));
    } catch (e) {
      replace(panel, errorBox(e));
    }
  }

  function log() {
    const pre = h('pre', {class: 'log', id: 'log', tabindex: '0', 'aria-label': 'Instance log', 'aria-live': 'off'});
    const follow = h('input', {type: 'checkbox', id: 'log-follow', checked: true});
    const state = h('span', {class: 'muted', id: 'log-state'}, 'connecting…');
    replace(panel, h('h2', {class: 'visually-hidden'}, 'Log'),
      h('div', {class: 'toolbar'}, follow, h('label', {for: 'log-follow'}, 'Scroll to new lines'), ' ', state), pre);
    const controller = new AbortController();
    (async () => {
      try {
        const response = await api('GET', `/v1/instances/${seg(instance.id)}/logs?lines=1000&follow=true`, undefined, {raw: true});
        state.textContent = 'following';
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        controller.signal.addEventListener('abort', () => reader.cancel().catch(() => {}));
        for (;;) {
          const {value, done} = await reader.read();
          if (done) break;
          pre.append(document.createTextNode(value));
          if (follow.checked) pre.scrollTop = pre.scrollHeight;
        }
        state.textContent = 'the stream ended';
      } catch (e) {
        if (!controller.signal.aborted) replace(state, e.message);
      }
    })();
    return () => controller.abort();
  }

  async function countPanics() {
    try {
      const page = await api('GET', `/v1/instances/${seg(instance.id)}/panics?limit=1`);
      const el = document.getElementById('panic-count');
      if (el) el.textContent = page.total ? ` (${page.total})` : '';
    } catch { /* the tab shows the error */ }
  }

  ctx.subscribe(async (type, data) => {
    if (type !== 'reconnected' && data.instance_id !== instance.id) return;
    try {
      instance = await api('GET', `/v1/instances/${seg(instance.id)}`);
      if (!document.querySelector('.inline-edit')) showHeader();
      if (type === 'instance.panicked') countPanics();
    } catch { /* deleted meanwhile */ }
  });
  showHeader();
  showTab();
  countPanics();
  return () => { if (stop) stop(); };
}
