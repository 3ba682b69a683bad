// The web interface: routing with the History API (every page, tab, filter and search has its
// own URL; back, forward and reload work), the session, and the live event stream.

import {api, onUnauthorized, setCsrf} from './api.js';
import {announce, h, replace} from './dom.js';
import * as login from './pages/login.js';
import * as instances from './pages/instances.js';
import * as instance from './pages/instance.js';
import * as images from './pages/images.js';
import * as settings from './pages/settings.js';
import * as nacls from './pages/nacls.js';

const main = document.getElementById('main');
let session = null;
let cleanup = null;
let events = null;
const eventHandlers = new Set();

/** The pages: a pattern on the path, and the module that renders it. */
const routes = [
  [/^\/login\/?$/, login, 'Log in'],
  [/^\/(instances\/?)?$/, instances, 'Instances'],
  [/^\/instances\/([^/]+)(?:\/([a-z]+))?\/?$/, instance, 'Instance'],
  [/^\/images(?:\/.*)?$/, images, 'Images'],
  [/^\/nacls(?:\/([^/]+))?\/?$/, nacls, 'NaCl'],
  [/^\/settings(?:\/.*)?$/, settings, 'Settings'],
];

/** Goes to `url` (a path with its query) and renders it; `replace` keeps the history entry. */
export function navigate(url, {replace: replaceEntry = false} = {}) {
  if (url === location.pathname + location.search) return render();
  if (replaceEntry) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  return render();
}

/** Updates the query of the current URL without a new history entry or a new render. */
export function setQuery(params) {
  const q = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') q.delete(k);
    else q.set(k, v);
  }
  const s = q.toString();
  history.replaceState(null, '', location.pathname + (s ? '?' + s : ''));
}

/** Runs `fn(type, data)` for each live event until the page changes. */
export function subscribe(fn) {
  eventHandlers.add(fn);
  return () => eventHandlers.delete(fn);
}

function openEvents() {
  if (events) return;
  // The cookie goes along (same origin). `since` past every id: no history, only what happens
  // from now on. After a dropped connection the pages reload what they show ('reconnected').
  events = new EventSource('/v1/events?type=instance.*,image.*,deploy.*,upgrade.*,desired.*&since=18446744073709551615');
  let opened = false;
  events.addEventListener('open', () => {
    if (opened) for (const fn of [...eventHandlers]) fn('reconnected', {});
    opened = true;
  });
  for (const type of ['instance.docked', 'instance.disconnected', 'instance.panicked', 'instance.conflict',
    'image.created', 'image.deleted', 'deploy.state', 'upgrade.state', 'desired.state']) {
    events.addEventListener(type, (e) => {
      let record;
      try { record = JSON.parse(e.data); } catch { return; }
      for (const fn of [...eventHandlers]) fn(type, record.data || {});
    });
  }
}

function closeEvents() {
  if (events) events.close();
  events = null;
}

function showTopbar(visible) {
  document.getElementById('topbar').hidden = !visible;
  const who = document.getElementById('who');
  who.textContent = session && session.auth !== 'none' ? `Logged in as ${session.user}` : '';
  document.getElementById('logout').hidden = !session || session.auth === 'none';
}

async function render() {
  if (cleanup) { try { cleanup(); } catch { /* the old page is gone anyway */ } }
  cleanup = null;
  eventHandlers.clear();
  const path = location.pathname;
  if (!session && !path.startsWith('/login')) {
    const next = path + location.search;
    history.replaceState(null, '', '/login' + (next !== '/' ? '?next=' + encodeURIComponent(next) : ''));
    return render();
  }
  if (session && path.startsWith('/login')) {
    history.replaceState(null, '', '/instances');
    return render();
  }
  showTopbar(!!session);
  const section = path.split('/')[1] || 'instances';
  for (const a of document.querySelectorAll('#topbar [data-section]')) {
    if (a.dataset.section === section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const found = routes.find(([re]) => re.test(path));
  if (!found) {
    document.title = 'Not found · Mothership';
    replace(main, h('h1', {}, 'Not found'), h('p', {}, 'No page here. ', h('a', {href: '/instances'}, 'Go to the instances.')));
    return;
  }
  const [re, page, title] = found;
  const params = path.match(re).slice(1).map((p) => (p === undefined ? undefined : decodeURIComponent(p)));
  document.title = `${title} · Mothership`;
  const ctx = {params, query: new URLSearchParams(location.search), navigate, setQuery, subscribe, session, loggedIn};
  replace(main);
  cleanup = (await page.render(main, ctx)) || null;
}

/** Called by the login page with the answer of POST /v1/session. */
async function loggedIn(info, next) {
  session = info;
  setCsrf(info.csrf_token);
  openEvents();
  announce(`Logged in as ${info.user}`);
  await navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/instances', {replace: true});
  main.focus();
}

async function logout() {
  try { await api('DELETE', '/v1/session'); } catch { /* gone already */ }
  session = null;
  setCsrf(null);
  closeEvents();
  announce('Logged out');
  await navigate('/login', {replace: false});
}

onUnauthorized(() => {
  if (!session) return;
  session = null;
  setCsrf(null);
  closeEvents();
  const next = location.pathname + location.search;
  navigate('/login?expired=1&next=' + encodeURIComponent(next), {replace: true});
});

// Links inside the app are followed without reloading the page.
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target.closest('a[href]');
  if (!a || a.target || a.hasAttribute('download') || a.hasAttribute('data-external') || a.getAttribute('href').startsWith('#')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/v1/') || url.pathname.startsWith('/apidocs')) return;
  e.preventDefault();
  const menu = document.getElementById('support');
  if (menu) menu.open = false;
  navigate(url.pathname + url.search);
});
window.addEventListener('popstate', () => render());
document.getElementById('logout').addEventListener('click', logout);

async function start() {
  try {
    const info = await api('GET', '/v1/session');
    session = info;
    setCsrf(info.csrf_token);
    openEvents();
  } catch (e) {
    session = null;
    if (e.status !== 401) console.warn('could not ask who is logged in:', e.message);
  }
  await render();
}

start();
