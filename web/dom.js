// Small DOM helpers: elements are built with h() and text nodes, never from HTML strings, so
// nothing the server or an instance sends can become markup.

/** An element: h('a', {href: '/x', class: 'c', onclick: f}, 'text', child, ...). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `el`. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Says something to screen readers (the live region of index.html). */
export function announce(text) {
  const region = document.getElementById('announce');
  if (region) region.textContent = text;
}

/** A timestamp as local date and time, '' when absent. */
export function when(ts) {
  if (!ts) return '';
  const d = new Date(ts);
  return Number.isNaN(d.getTime()) ? ts : d.toLocaleString();
}

/** A <time> element for a timestamp (the exact value in its title). */
export function time(ts) {
  if (!ts) return h('span', {class: 'muted'}, '—');
  return h('time', {datetime: ts, title: ts}, when(ts));
}

/** The status badge of an instance: text, not only colour. */
export function badge(status, panicked) {
  return h('span', {class: `badge badge-${status}`}, status, panicked ? h('span', {class: 'badge badge-panicked'}, 'panicked') : null);
}

/** An error box for a failed request. */
export function errorBox(error) {
  return h('div', {class: 'error', role: 'alert'},
    h('strong', {}, error.message || String(error)),
    error.hint ? h('div', {}, error.hint) : null);
}
