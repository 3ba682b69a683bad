// One instance: alias and description editable in place, status, the switch "Automatically
// redeploy last image", its desired state (in the Overview), and the tabs Overview (what it runs; Update instance), Activity, Log
// (following live), Hardware, Statistics (charts of its STATS history) and Panics, each with
// its own URL.

import {api, query, seg} from '../api.js';
import {announce, badge, errorBox, h, replace, time} from '../dom.js';

const TABS = [['overview', 'Overview'], ['activity', 'Activity'], ['log', 'Log'], ['hardware', 'Hardware'],
  ['statistics', 'Statistics'], ['panics', 'Panics']];

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
    showSwitch();
  }

  // "Automatically redeploy last image": the server's value, changed with a PATCH.
  const autoBox = h('input', {type: 'checkbox', id: 'auto-redeploy', role: 'switch', class: 'switch',
    'aria-describedby': 'auto-redeploy-help'});
  const autoState = h('span', {id: 'auto-redeploy-state', class: 'muted', role: 'status'});
  const autoWrap = h('div', {class: 'switch-row'}, autoBox,
    h('label', {for: 'auto-redeploy'}, 'Automatically redeploy last image'), ' ', autoState,
    h('p', {id: 'auto-redeploy-help', class: 'muted help'},
      'When the instance docks running another binary than the image Mothership last deployed to it (after a reboot into its original image, say), that image is deployed again. A desired image, when the instance has one, takes precedence.'));
  status.after(autoWrap);
  function showSwitch() {
    if (autoBox.disabled) return;
    autoBox.checked = !!instance.auto_redeploy;
    autoBox.setAttribute('aria-checked', String(!!instance.auto_redeploy));
    autoState.textContent = instance.auto_redeploy ? 'on' : 'off';
  }
  autoBox.addEventListener('change', async () => {
    const want = autoBox.checked;
    autoBox.disabled = true;
    autoState.textContent = 'saving…';
    try {
      instance = await api('PATCH', `/v1/instances/${seg(instance.id)}`, {auto_redeploy: want});
      announce(`Automatic redeploy ${instance.auto_redeploy ? 'on' : 'off'}`);
    } catch (e) {
      autoState.textContent = e.message;
      autoBox.disabled = false;
      autoBox.checked = !want;
      return;
    }
    autoBox.disabled = false;
    showSwitch();
  });

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
    if (tab === 'overview') stop = overview();
    else if (tab === 'activity') stop = activity(panel, instance, ctx);
    else if (tab === 'log') stop = log();
    else if (tab === 'hardware') hardware();
    else if (tab === 'statistics') stop = statistics(panel, instance);
    else panics();
  }

  function facts(rows) {
    return h('dl', {class: 'facts'}, rows.filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
  }

  // Overview: the description, what runs on the instance (refreshed as it changes), and
  // Update instance (kept while a deploy is followed).
  let running = null;
  function overview() {
    running = h('div', {id: 'running'});
    const update = h('section', {id: 'update-instance', 'aria-labelledby': 'update-title'});
    replace(panel,
      h('h2', {class: 'visually-hidden'}, 'Overview'),
      h('div', {class: 'description'}, h('h3', {}, 'Description'),
        editable('description', 'Description', instance.description || '', instance.description || 'No description.')),
      h('h3', {}, 'Running on instance'), running, update);
    showRunning();
    return updateInstance(update, instance, ctx);
  }

  let imageShown = null;
  let imageFacts = null;
  function showRunning() {
    if (!running || !running.isConnected) return;
    const i = instance;
    const nacl = h('span', {id: 'running-nacl'});
    const imageTag = h('span', {id: 'running-image-tag'});
    const fill = (img) => {
      replace(nacl, img ? (img.nacl_name || img.nacl_id || 'unknown (an uploaded image)') : 'unknown (the image is no longer stored)');
      nacl.className = img && (img.nacl_name || img.nacl_id) ? '' : 'muted';
      replace(imageTag, img && img.tag ? ` · tag ${img.tag}` : '', img && img.version ? ` · built for IncludeOS ${img.version}` : '');
    };
    if (!i.image_id) fill(undefined);
    else if (imageShown === i.image_id) fill(imageFacts);
    else {
      replace(nacl, '…');
      imageShown = i.image_id;
      imageFacts = null;
      api('GET', `/v1/images/${seg(i.image_id)}`).then((img) => { imageFacts = img; fill(img); }).catch(() => fill(null));
    }
    if (!i.image_id) replace(nacl, 'unknown');
    replace(running, facts([
      ['UUID', h('span', {class: 'mono'}, i.id)],
      ['Image', i.image_id ? h('span', {}, h('a', {class: 'mono', href: `/images${query({search: i.image_id})}`}, i.image_id), imageTag)
        : (i.binary ? h('span', {class: 'mono'}, `${i.binary} (not a stored image)`) : h('span', {class: 'muted'}, 'unknown'))],
      ['Desired image', desiredLine(i.desired)],
      ['Tag', i.tag], ['Service', i.service], ['IncludeOS version', i.version],
      ['Uplink', i.uplink && i.uplink.url], ['NaCl', nacl], ['Address', i.address],
      ['First seen', time(i.first_seen)], ['Connected since', time(i.connected_since)],
      ['Last seen', time(i.last_seen)], ['Disconnect reason', i.disconnect_reason],
    ]));
  }

  // Desired state: the image the instance should run and where it stands (in sync, updating,
  // failed with the reason, or not managed).
  function desiredLine(d) {
    if (!d || d.status === 'not_managed') return h('span', {id: 'desired-state', class: 'muted'}, 'not managed');
    const label = {in_sync: 'in sync', updating: 'updating', failed: 'failed'}[d.status] || d.status;
    return h('span', {id: 'desired-state'}, h('span', {class: 'mono'}, d.image_id || ''), ` · ${label}`,
      d.reason && d.status !== 'in_sync' ? h('span', {class: d.status === 'failed' ? 'inline-error' : 'muted'}, ` (${d.reason})`) : '');
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
      showRunning();
      if (type === 'instance.panicked') countPanics();
    } catch { /* deleted meanwhile */ }
  });
  showHeader();
  showTab();
  countPanics();
  return () => { if (stop) stop(); };
}

const short = (id) => (id ? String(id).slice(0, 12) : '');

/** The lines of a `text/event-stream` history as event records ({id, time, type, data}). */
function parseEvents(text) {
  const out = [];
  for (const block of String(text || '').split('\n\n')) {
    const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
    if (!data) continue;
    try { out.push(JSON.parse(data)); } catch { /* a notice, not an event */ }
  }
  return out;
}

// ---- Update instance: deploy a stored image, or build & deploy (an upgrade) ----

/** The steps of one deploy target, from its record: sent, acked, re-docked, verified/failed. */
function targetSteps(deploy, uuid) {
  const t = (deploy.targets || []).find((x) => x.instance_id === uuid) || {};
  const done = t.status === 'verified';
  const failed = t.status === 'failed' || (deploy.status === 'failed' && !done);
  const step = (label, at, reached) => h('li', {class: reached ? 'done' : 'pending'},
    h('span', {class: 'step-mark', 'aria-hidden': 'true'}, reached ? '✓' : '·'), ' ', label, ' ',
    reached ? (at ? time(at) : h('span', {class: 'muted'}, '(no time recorded)')) : h('span', {class: 'muted'}, 'not yet'));
  return [
    step('Sent', t.sent, !!t.sent),
    step('Acked', t.acked, !!t.acked || done),
    step('Re-docked running the image', done ? t.finished : null, done),
    h('li', {class: failed ? 'failed' : done ? 'done' : 'pending', id: 'update-result'},
      h('strong', {}, done ? 'Verified' : failed ? 'Failed' : 'Running'),
      failed && (t.reason || deploy.reason) ? ': ' + (t.reason || deploy.reason) : '',
      done && t.reason ? ` (${t.reason})` : ''),
  ];
}

export function updateInstance(section, instance, ctx) {
  const uuid = instance.id;
  const progress = h('div', {id: 'update-progress', 'aria-live': 'polite'});
  const problem = h('div');
  // Deploy a stored image.
  const imageSelect = h('select', {id: 'deploy-image', required: true}, h('option', {value: ''}, 'Loading images…'));
  const force = h('input', {type: 'checkbox', id: 'deploy-force'});
  const deployButton = h('button', {type: 'submit', id: 'deploy-submit'}, 'Deploy');
  const deployForm = h('form', {class: 'update-form', id: 'deploy-form'},
    h('h4', {}, 'Deploy a previously built image'),
    h('label', {for: 'deploy-image'}, 'Image'), imageSelect,
    h('span', {}, force, ' ', h('label', {for: 'deploy-force'}, 'Even if built for another uplink or IncludeOS version')),
    deployButton);
  // Build & deploy (POST /v1/instances/{id}/upgrade).
  const builderSelect = h('select', {id: 'upgrade-builder'}, h('option', {value: ''}, 'Newest for its IncludeOS version'));
  const naclSelect = h('select', {id: 'upgrade-nacl'}, h('option', {value: ''}, 'The one its image was built with'));
  const tagInput = h('input', {id: 'upgrade-tag', placeholder: 'optional'});
  const upgradeButton = h('button', {type: 'submit', id: 'upgrade-submit'}, 'Build & deploy');
  // Builders live on the Docker engine: asked for only when this form is opened.
  const upgradeForm = h('form', {id: 'upgrade-form', class: 'form-grid'},
    h('label', {for: 'upgrade-builder'}, 'Builder'), builderSelect,
    h('label', {for: 'upgrade-nacl'}, 'NaCl'), naclSelect,
    h('label', {for: 'upgrade-tag'}, 'Tag'), tagInput, upgradeButton);
  const upgradeBox = h('details', {class: 'update-form', id: 'upgrade-box'},
    h('summary', {}, h('h4', {class: 'inline'}, 'Build & deploy a new image')), upgradeForm);
  replace(section, h('h3', {id: 'update-title'}, 'Update instance'),
    instance.status !== 'connected' ? h('p', {class: 'muted'}, 'The instance is not docked: a deploy needs it connected.') : null,
    h('div', {class: 'update-forms'}, deployForm, upgradeBox), problem, progress);

  api('GET', '/v1/images?limit=200&sort=-created').then((page) => {
    replace(imageSelect, h('option', {value: ''}, page.items.length ? 'Choose an image' : 'No image stored yet'),
      page.items.map((img) => h('option', {value: img.id},
        `${img.tag || '(no tag)'} · ${short(img.id)}${img.version ? ' · ' + img.version : ''}${img.nacl_name ? ' · NaCl ' + img.nacl_name : ''}${img.id === instance.image_id ? ' · running now' : ''}`)));
  }).catch((e) => replace(imageSelect, h('option', {value: ''}, `Images could not be listed: ${e.message}`)));
  let choicesLoaded = false;
  upgradeBox.addEventListener('toggle', () => {
    if (!upgradeBox.open || choicesLoaded) return;
    choicesLoaded = true;
    api('GET', '/v1/builders?limit=100').then((page) => {
      builderSelect.append(...page.items.map((b) => h('option', {value: b.id}, `${b.version || '?'} · ${b.id}${b.name ? ' · ' + b.name : ''}`)));
    }).catch((e) => builderSelect.append(h('option', {value: '', disabled: true}, `builders unavailable: ${e.message}`)));
    api('GET', '/v1/nacls?limit=200').then((page) => {
      naclSelect.append(...page.items.map((n) => h('option', {value: n.id}, n.name)));
    }).catch(() => { /* the default stays */ });
  });

  let following = null; // {deploy} or {upgrade}
  let refresh = null;
  let timer = null;
  const stopTimer = () => { clearInterval(timer); timer = null; };

  async function showDeploy(id) {
    const d = await api('GET', `/v1/deploys/${seg(id)}`);
    const over = d.status !== 'running';
    replace(progress, h('h4', {}, `Deploy ${short(d.id)} of image ${short(d.image_id)}`),
      d.trigger ? h('p', {class: 'muted'}, d.trigger) : null,
      (d.warnings || []).length ? h('ul', {class: 'warnings'}, d.warnings.map((w) => h('li', {}, w))) : null,
      h('ol', {class: 'steps', id: 'deploy-steps'}, targetSteps(d, uuid)));
    if (over) {
      stopTimer();
      deployButton.disabled = false;
      upgradeButton.disabled = false;
      announce(`Deploy ${d.status}`);
    }
    return over;
  }

  async function showUpgrade(id) {
    const u = await api('GET', `/v1/upgrades/${seg(id)}`);
    const over = !['building', 'deploying'].includes(u.status);
    const b = u.build || {};
    const head = [h('h4', {}, `Upgrade ${short(u.id)}`),
      h('p', {id: 'upgrade-status'}, h('strong', {}, u.status), u.error ? ': ' + u.error : '',
        b.id ? [' · build ', h('a', {href: `/v1/builds/${seg(b.id)}/log`, 'data-external': true, target: '_blank', rel: 'noopener'}, short(b.id)), ` (${b.status || ''})`] : '')];
    if (u.deploy) replace(progress, head, h('ol', {class: 'steps', id: 'deploy-steps'}, targetSteps(u.deploy, uuid)));
    else replace(progress, head);
    if (over) {
      stopTimer();
      deployButton.disabled = false;
      upgradeButton.disabled = false;
      announce(`Upgrade ${u.status}`);
    }
    return over;
  }

  function follow(kind, id) {
    following = {kind, id};
    refresh = () => (kind === 'deploy' ? showDeploy(id) : showUpgrade(id)).catch((e) => replace(problem, errorBox(e)));
    refresh();
    stopTimer();
    // The events drive it; a look every 5 s as well, for the steps no event announces.
    timer = setInterval(refresh, 5000);
  }

  deployForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    replace(problem);
    if (!imageSelect.value) { replace(problem, errorBox(new Error('Choose an image to deploy.'))); imageSelect.focus(); return; }
    deployButton.disabled = true;
    try {
      const d = await api('POST', `/v1/instances/${seg(uuid)}/deploy/${seg(imageSelect.value)}${force.checked ? '?force=true' : ''}`);
      announce('Deploy started');
      follow('deploy', d.id);
    } catch (err) {
      replace(problem, errorBox(err));
      deployButton.disabled = false;
    }
  });
  upgradeForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    replace(problem);
    upgradeButton.disabled = true;
    const body = {};
    if (builderSelect.value) body.builder_id = builderSelect.value;
    if (naclSelect.value) body.nacl_id = naclSelect.value;
    if (tagInput.value.trim()) body.tag = tagInput.value.trim();
    try {
      const u = await api('POST', `/v1/instances/${seg(uuid)}/upgrade`, body);
      announce('Upgrade started');
      follow('upgrade', u.id);
    } catch (err) {
      replace(problem, errorBox(err));
      upgradeButton.disabled = false;
    }
  });

  ctx.subscribe((type, data) => {
    if (!following || !refresh) return;
    const mine = (type === 'deploy.state' && (following.kind === 'deploy' ? data.id === following.id : true))
      || (type === 'upgrade.state' && data.id === following.id)
      || (type.startsWith('instance.') && data.instance_id === uuid)
      || type === 'reconnected';
    if (mine) refresh();
  });
  return stopTimer;
}

// ---- Activity: deploys, upgrades, docks, disconnects, panics; newest first ----

export function activity(panel, instance, ctx) {
  const uuid = instance.id;
  const list = h('div', {id: 'activity'}, h('p', {class: 'muted'}, 'Loading…'));
  replace(panel, h('h2', {class: 'visually-hidden'}, 'Activity'), list);
  let generation = 0;
  async function load() {
    const mine = ++generation;
    try {
      const [deploys, upgrades, history] = await Promise.all([
        api('GET', `/v1/deploys${query({search: uuid, limit: 200})}`),
        api('GET', `/v1/upgrades${query({instance_id: uuid, limit: 200})}`),
        api('GET', `/v1/events${query({instance_id: uuid, type: 'instance.*', follow: 'false'})}`),
      ]);
      if (mine !== generation) return;
      const rows = [];
      for (const d of deploys.items) {
        rows.push({at: d.finished || d.created, kind: d.trigger ? 'Automatic redeploy' : 'Deploy', status: d.status,
          text: [`image ${short(d.image_id)}`, d.trigger ? ` — ${d.trigger}` : '', d.reason ? ` — ${d.reason}` : '']});
      }
      for (const u of upgrades.items) {
        rows.push({at: u.finished || u.updated || u.created, kind: 'Upgrade', status: u.status,
          text: [u.build && u.build.image_id ? `image ${short(u.build.image_id)}` : 'build ' + short(u.build && u.build.id), u.error ? ` — ${u.error}` : '']});
      }
      for (const ev of parseEvents(history)) {
        const d = ev.data || {};
        if (ev.type === 'instance.docked') {
          rows.push({at: ev.time, kind: 'Docked', status: '', text: [`from ${d.address || '?'}`, d.binary ? ` running ${short(d.binary)}` : ' (no binary reported)', d.version ? ` · ${d.version}` : '']});
        } else if (ev.type === 'instance.disconnected') {
          rows.push({at: ev.time, kind: 'Disconnected', status: '', text: d.reason || ''});
        } else if (ev.type === 'instance.panicked') {
          rows.push({at: ev.time, kind: 'Panicked', status: '', text: String(d.text || '').split('\n')[0]});
        } else if (ev.type === 'instance.conflict') {
          rows.push({at: ev.time, kind: 'Dock refused', status: '', text: [d.address ? `from ${d.address}: ` : '', d.reason || '']});
        }
      }
      rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
      replace(list, rows.length ? h('table', {class: 'grid'},
        h('caption', {class: 'visually-hidden'}, 'Activity, newest first'),
        h('thead', {}, h('tr', {}, ['When', 'What', 'Status', 'Details'].map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, rows.map((r) => h('tr', {dataset: {kind: r.kind}},
          h('td', {}, time(r.at)), h('td', {}, r.kind), h('td', {}, r.status ? h('span', {class: `badge badge-${r.status}`}, r.status) : ''),
          h('td', {}, r.text)))))
        : h('p', {class: 'muted'}, 'Nothing recorded yet (docks, disconnects and panics come from the server\'s event history).'));
    } catch (e) {
      if (mine === generation) replace(list, errorBox(e));
    }
  }
  let pending = null;
  ctx.subscribe((type, data) => {
    const about = type === 'deploy.state' || type === 'reconnected' || data.instance_id === uuid;
    if (!about || pending) return;
    pending = setTimeout(() => { pending = null; load(); }, 250);
  });
  load();
  return () => { clearTimeout(pending); generation++; };
}

// ---- Statistics: the STATS history as line charts ----

const SVG = 'http://www.w3.org/2000/svg';
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
  for (const c of children) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** A number short enough for an axis: 1234567 → 1.23M. */
function num(v) {
  const a = Math.abs(v);
  if (a >= 1e9) return (v / 1e9).toPrecision(3) + 'G';
  if (a >= 1e6) return (v / 1e6).toPrecision(3) + 'M';
  if (a >= 1e4) return (v / 1e3).toPrecision(3) + 'k';
  if (Number.isInteger(v)) return String(v);
  return v.toPrecision(3);
}

const clock = (ms) => new Date(ms).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit', second: '2-digit'});

/** One line chart: `points` are [ms, value], oldest first; axes with their values written. */
function chart(name, points, unit = '') {
  const W = 560, H = 200, L = 64, R = 12, T = 14, B = 34;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  let lo = Math.min(...ys), hi = Math.max(...ys);
  if (lo === hi) { lo = lo > 0 ? 0 : lo - 1; hi = hi > 0 ? hi : hi + 1; }
  if (lo > 0 && lo < hi / 3) lo = 0;
  const x0 = Math.min(...xs), x1 = Math.max(...xs) === x0 ? x0 + 1 : Math.max(...xs);
  const px = (x) => L + ((x - x0) / (x1 - x0)) * (W - L - R);
  const py = (y) => T + (1 - (y - lo) / (hi - lo)) * (H - T - B);
  const last = ys[ys.length - 1];
  const u = (v) => num(v) + unit;
  const summary = `${name}: latest ${u(last)}, lowest ${u(Math.min(...ys))}, highest ${u(Math.max(...ys))}, ${points.length} samples from ${clock(x0)} to ${clock(Math.max(...xs))}`;
  const svg = s('svg', {viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': summary, class: 'chart'});
  svg.append(s('title', {}, summary));
  for (let k = 0; k <= 2; k++) {
    const v = lo + ((hi - lo) * k) / 2;
    const y = py(v);
    svg.append(s('line', {x1: L, x2: W - R, y1: y, y2: y, class: 'grid-line'}),
      s('text', {x: L - 6, y: y + 4, 'text-anchor': 'end', class: 'axis-label'}, u(v)));
  }
  svg.append(s('line', {x1: L, x2: L, y1: T, y2: H - B, class: 'axis'}),
    s('line', {x1: L, x2: W - R, y1: H - B, y2: H - B, class: 'axis'}),
    s('text', {x: L, y: H - B + 18, 'text-anchor': 'start', class: 'axis-label'}, clock(x0)),
    s('text', {x: W - R, y: H - B + 18, 'text-anchor': 'end', class: 'axis-label'}, clock(Math.max(...xs))),
    s('text', {x: (L + W - R) / 2, y: H - 4, 'text-anchor': 'middle', class: 'axis-label'}, 'time (local)'));
  if (points.length > 1) {
    svg.append(s('polyline', {points: points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' '), class: 'series'}));
  }
  for (const [x, y] of points.slice(-1)) svg.append(s('circle', {cx: px(x), cy: py(y), r: 3.5, class: 'series-dot'}));
  return h('figure', {class: 'chart-box', dataset: {stat: name}},
    h('figcaption', {}, h('strong', {}, name), ' ', h('span', {class: 'chart-latest'}, `latest ${u(last)}`)), svg);
}

// What IncludeOS puts in STATS: Statman's entries as [{name, value}] (lib/uplink's
// send_stats()). Its own entries are network counters (`eth0.ethernet.packets_rx`,
// `eth0.ip4.packets_tx`, `eth0.tcp.rx`, the driver's `<device>.stat_rx_total_bytes`, ...),
// per-CPU timer counts (`cpu0.timers.oneshot_started`), `blocking.*`, `system.updates`. The CPU
// figures it has had are the cumulative cycle counters `cpu0.cycles_hlt` (asleep) and
// `cpu0.cycles_total`; a CPU is busy for 1 - Δhlt / Δtotal of the time between two answers.
// IncludeOS itself sends no memory figure: a service can add its own (a Statman entry named
// e.g. `heap_used` or `mem.used`), and names like those (whole words, not `memdisk0.reads`)
// are charted as memory; the same fallback charts `cpu_usage`-like names as CPU.
const CYCLES = /^(cpu\d+)\.cycles_(hlt|total)$/;
const MEMORY = /(^|[._])(mem|memory|heap|ram|rss)([._]|$)|alloc(ated|ations)?([._]|$)/i;
const CPU = /(^|[._])(cpu(\d+)?[._](load|usage|busy|util\w*)|cpu_(load|usage|busy|util\w*)|load(avg)?)([._]|$)/i;
const NETWORK = /^[a-z]+\d+\.(ethernet|ip4|ip6|tcp|udp|icmp|arp|ndp|http_server|(cpu\d+\.tcp))\.|^[a-z]+\d+\.(packets_(rx|tx)|stat_(rx|tx)_\w+|sendq_\w+|rx_refill_dropped)$|^(router|net\.tcp)\./;
/** Cumulative counters: drawn as a rate per second between answers. */
const COUNTER = /(_rx|_tx|_dropped|packets_\w+|bytes_\w+|total_\w+|conn_\w+|requests_\w+|replies_\w+|fwd)$/;

/** [ms, value] pairs of a cumulative counter → [ms, increase per second]; a reset (a smaller
 * value, after a reboot) starts again. */
function perSecond(points) {
  const out = [];
  for (let i = 1; i < points.length; i++) {
    const [t0, v0] = points[i - 1], [t1, v1] = points[i];
    if (t1 > t0 && v1 >= v0) out.push([t1, ((v1 - v0) * 1000) / (t1 - t0)]);
  }
  return out;
}

/** The busy share (%) of `cpuN` between answers, from its cycles_hlt and cycles_total. */
function busy(hlt, total) {
  const asleep = new Map(hlt);
  const out = [];
  for (let i = 1; i < total.length; i++) {
    const [t0, c0] = total[i - 1], [t1, c1] = total[i];
    const h0 = asleep.get(t0), h1 = asleep.get(t1);
    if (h0 === undefined || h1 === undefined || c1 <= c0 || h1 < h0) continue;
    out.push([t1, Math.min(100, Math.max(0, 100 * (1 - (h1 - h0) / (c1 - c0))))]);
  }
  return out;
}

export function statistics(panel, instance) {
  const uuid = instance.id;
  const charts = h('div', {id: 'stats-charts', 'aria-live': 'off'}, h('p', {class: 'muted'}, 'Loading…'));
  const state = h('span', {id: 'stats-state', class: 'muted'});
  const ask = h('button', {type: 'button', id: 'stats-ask', disabled: instance.status !== 'connected'}, 'Ask the instance now');
  replace(panel, h('h2', {class: 'visually-hidden'}, 'Statistics'),
    h('div', {class: 'toolbar'}, ask, state), charts);

  function draw(stats) {
    const snaps = [...(stats.history || [])].reverse();
    if (stats.latest) snaps.push(stats.latest);
    if (!snaps.length) {
      replace(charts, h('p', {class: 'muted'}, instance.status === 'connected'
        ? 'No STATS yet: ask the instance, or set send_stats on its uplink.' : 'No STATS stored for this instance.'));
      return;
    }
    const series = new Map();
    for (const snap of snaps) {
      const at = Date.parse(snap.at);
      for (const st of snap.stats || []) {
        if (typeof st.value !== 'number' || !Number.isFinite(st.value)) continue;
        if (!series.has(st.name)) series.set(st.name, []);
        series.get(st.name).push([at, st.value]);
      }
    }
    // Each group holds [title, points, unit] charts.
    const memory = [], cpu = [], network = [], other = [];
    const cycles = new Map();
    for (const [name, points] of series) {
      const c = CYCLES.exec(name);
      if (c) {
        if (!cycles.has(c[1])) cycles.set(c[1], {});
        cycles.get(c[1])[c[2]] = points;
      } else if (MEMORY.test(name)) memory.push([name, points, '']);
      else if (CPU.test(name)) cpu.push([name, points, '']);
      else if (NETWORK.test(name) && COUNTER.test(name)) network.push([`${name} per second`, perSecond(points), '/s']);
      else if (NETWORK.test(name)) network.push([name, points, '']);
      else other.push([name, points, '']);
    }
    for (const [id, c] of cycles) {
      if (c.hlt && c.total) cpu.unshift([`${id} busy`, busy(c.hlt, c.total), '%']);
      else for (const [kind, points] of Object.entries(c)) other.push([`${id}.cycles_${kind}`, points, '']);
    }
    const group = (title, id, list, none) => h('section', {id, 'aria-labelledby': `${id}-title`},
      h('h3', {id: `${id}-title`}, title),
      list.length ? h('div', {class: 'charts'}, list.map(([n, points, unit]) => points.length
        ? chart(n, points, unit) : h('p', {class: 'muted', dataset: {stat: n}}, `${n}: needs two answers.`)))
        : h('p', {class: 'muted'}, none));
    replace(charts,
      h('p', {class: 'muted'}, `${snaps.length} STATS answer${snaps.length === 1 ? '' : 's'}, the newest ${new Date(Date.parse(snaps[snaps.length - 1].at)).toLocaleString()}.`),
      group('CPU', 'stats-cpu', cpu, 'The instance reports no CPU figures (IncludeOS counts cpu0.cycles_hlt and cpu0.cycles_total only in some versions).'),
      group('Memory', 'stats-memory', memory, 'The instance reports no memory figures (IncludeOS sends none of its own; a service can add a STATS entry such as heap_used).'),
      network.length ? group('Network', 'stats-network', network, '') : null,
      other.length ? group('Other', 'stats-other', other, '') : null);
  }

  async function load() {
    try {
      draw(await api('GET', `/v1/instances/${seg(uuid)}/stats`));
    } catch (e) {
      replace(charts, errorBox(e));
    }
  }
  async function askNow() {
    ask.disabled = true;
    state.textContent = 'asking…';
    try {
      await api('POST', `/v1/instances/${seg(uuid)}/stats?timeout=5`);
      state.textContent = '';
    } catch (e) {
      state.textContent = e.message;
    }
    ask.disabled = false;
    await load();
  }
  ask.addEventListener('click', askNow);
  (async () => {
    const first = await api('GET', `/v1/instances/${seg(uuid)}/stats`).catch(() => null);
    if (first) draw(first);
    // Nothing from the last 5 s: a fresh answer first (a docked instance only).
    const fresh = first && first.latest && Date.now() - Date.parse(first.latest.at) < 5000;
    if (instance.status === 'connected' && !fresh) await askNow();
    else if (!first) await load();
  })();
  // New answers arrive without an event: a look every 5 s.
  const timer = setInterval(load, 5000);
  return () => clearInterval(timer);
}
