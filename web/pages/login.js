// The login page: posts the credentials once; the server answers with the session cookie.

import {api} from '../api.js';
import {announce, h, replace} from '../dom.js';

export function render(main, ctx) {
  const message = h('div', {id: 'login-message', role: 'alert', class: 'login-message'});
  if (ctx.query.get('expired')) message.textContent = 'Your session has ended. Please log in again.';
  const user = h('input', {id: 'login-user', name: 'user', autocomplete: 'username', required: true, autofocus: true});
  const password = h('input', {id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true});
  const submit = h('button', {type: 'submit', id: 'login-submit'}, 'Log in');
  const form = h('form', {class: 'login', 'aria-labelledby': 'login-title', novalidate: false},
    h('h1', {id: 'login-title'}, 'Mothership'),
    h('p', {class: 'muted'}, 'Log in with a user of the server’s htpasswd file.'),
    h('label', {for: 'login-user'}, 'User name'), user,
    h('label', {for: 'login-password'}, 'Password'), password,
    message, submit);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    message.className = 'login-message';
    message.textContent = '';
    try {
      const info = await api('POST', '/v1/session', {user: user.value, password: password.value});
      await ctx.loggedIn(info, ctx.query.get('next'));
    } catch (err) {
      password.value = '';
      message.className = 'login-message error';
      message.textContent = err.status === 401 ? 'Wrong user name or password.'
        : err.status === 429 ? 'Too many failed logins from this address: wait a minute, then try again.'
          : err.message;
      announce(message.textContent);
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  replace(main, h('div', {class: 'login-wrap'}, form));
  user.focus();
}
