// Settings: the server (name, version, uptime) and its uplinks.

import {api} from '../api.js';
import {errorBox, h, replace} from '../dom.js';

function duration(secs) {
  const d = Math.floor(secs / 86400);
  const hr = Math.floor((secs % 86400) / 3600);
  const m = Math.floor((secs % 3600) / 60);
  return d ? `${d} d ${hr} h` : hr ? `${hr} h ${m} min` : `${m} min`;
}

export async function render(main) {
  const server = h('section', {'aria-labelledby': 'server-title'}, h('h2', {id: 'server-title'}, 'Server'));
  const uplinks = h('section', {'aria-labelledby': 'uplinks-title'}, h('h2', {id: 'uplinks-title'}, 'Uplinks'));
  replace(main, h('h1', {}, 'Settings'), server, uplinks);
  try {
    const info = await api('GET', '/v1/info');
    server.append(h('dl', {class: 'facts', id: 'server-info'},
      h('dt', {}, 'Name'), h('dd', {}, info.name),
      h('dt', {}, 'Version'), h('dd', {}, info.version),
      h('dt', {}, 'Uptime'), h('dd', {}, duration(info.uptime_secs)),
      info.uplink ? [h('dt', {}, 'Uplink port'), h('dd', {}, `${info.uplink.port} (TLS: ${info.uplink.tls})`)] : null));
  } catch (e) {
    server.append(errorBox(e));
  }
  try {
    const list = await api('GET', '/v1/uplinks?limit=100');
    uplinks.append(h('table', {class: 'grid'},
      h('thead', {}, h('tr', {}, ['Name', 'URL', 'ID'].map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', {}, list.items.map((u) => h('tr', {}, h('td', {}, u.name), h('td', {class: 'mono'}, u.url), h('td', {class: 'mono'}, u.id))))));
  } catch (e) {
    uplinks.append(errorBox(e));
  }
}
