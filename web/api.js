// The JSON API, as the CLI uses it, from the browser: same-origin requests with the session
// cookie; every state-changing request carries the session's CSRF token.

let csrfToken = null;
const listeners = new Set();

/** A failed request: the API's error body. */
export class ApiError extends Error {
  constructor(status, body) {
    const detail = (body && body.error) || {};
    super(detail.message || `the server answered ${status}`);
    this.status = status;
    this.code = detail.code || 'http_' + status;
    this.hint = detail.hint;
  }
}

/** Called with no arguments when a request finds the session gone (401). */
export function onUnauthorized(fn) {
  listeners.add(fn);
}

export function setCsrf(token) {
  csrfToken = token || null;
}

/** A request to the API: `body` is sent as JSON; answers the parsed JSON (or null). */
export async function api(method, path, body, {raw = false, contentType} = {}) {
  const headers = {'X-Requested-With': 'mothership-web', 'Accept': 'application/json'};
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const init = {method, headers, credentials: 'same-origin', cache: 'no-store'};
  if (contentType) {
    // A body sent as it is (NaCl text) with that Content-Type.
    headers['Content-Type'] = contentType;
    init.body = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    // No answer at all (the server is down or the network is): say so, and what to do.
    const error = new Error(`The server at ${location.host} could not be reached.`);
    error.code = 'unreachable';
    error.hint = 'Check that mothership serve is running and that this machine can reach it, then reload the page.';
    throw error;
  }
  if (!response.ok) {
    let parsed = null;
    try { parsed = await response.json(); } catch { /* not JSON */ }
    const error = new ApiError(response.status, parsed);
    if (response.status === 401 && path !== '/v1/session') listeners.forEach((fn) => fn(error));
    throw error;
  }
  if (raw) return response;
  if (response.status === 204) return null;
  const type = response.headers.get('content-type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/** A path segment, percent-encoded. */
export const seg = (s) => encodeURIComponent(s);

/** The headers a request outside api() needs (an upload with progress through XMLHttpRequest). */
export function requestHeaders(method) {
  const headers = {'X-Requested-With': 'mothership-web', 'Accept': 'application/json'};
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  return headers;
}

/** Tells the listeners that the session is gone (a 401 seen outside api()). */
export function sessionLost(error) {
  listeners.forEach((fn) => fn(error));
}
