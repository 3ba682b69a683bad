// Images: the list with search, sort and pages from the API.

import {api, query, seg} from '../api.js';
import {errorBox, h, replace, time} from '../dom.js';

const PAGE = 50;

export async function render(main, ctx) {
  const search = ctx.query.get('search') || '';
  const page = Math.max(1, parseInt(ctx.query.get('page') || '1', 10) || 1);
  const sort = ctx.query.get('sort') || '-created';
  const input = h('input', {type: 'search', id: 'image-search', value: search});
  const form = h('form', {class: 'toolbar', role: 'search'}, h('label', {for: 'image-search'}, 'Search'), input,
    h('button', {type: 'submit'}, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.navigate('/images' + query({search: input.value.trim()}));
  });
  const body = h('div');
  replace(main, h('h1', {}, 'Images'), form, body);
  try {
    const list = await api('GET', '/v1/images' + query({limit: PAGE, offset: (page - 1) * PAGE, sort, search}));
    const sortLink = (key, label) => {
      const current = sort.replace(/^-/, '') === key;
      const next = current && !sort.startsWith('-') ? '-' + key : key;
      return h('th', {scope: 'col', 'aria-sort': current ? (sort.startsWith('-') ? 'descending' : 'ascending') : 'none'},
        h('a', {href: '/images' + query({search, sort: next})}, label));
    };
    replace(body, h('table', {class: 'grid', id: 'images'},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'ID'), sortLink('tag', 'Tag'), sortLink('size', 'Size'),
        h('th', {scope: 'col'}, 'IncludeOS'), h('th', {scope: 'col'}, 'Service'), sortLink('created', 'Created'), h('th', {scope: 'col'}, 'Download'))),
      h('tbody', {}, list.items.length ? list.items.map((i) => h('tr', {},
        h('td', {class: 'mono'}, i.id.slice(0, 12)), h('td', {}, i.tag || ''), h('td', {}, `${(i.size / 1024).toFixed(0)} KiB`),
        h('td', {}, i.includeos_version || ''), h('td', {}, i.service || ''), h('td', {}, time(i.created)),
        h('td', {}, h('a', {href: `/v1/images/${seg(i.id)}`, download: `${i.id}.elf`, 'aria-label': `Download ${i.tag || i.id}`}, 'Download'))))
        : h('tr', {}, h('td', {colspan: 7, class: 'empty'}, 'No images.')))),
    h('p', {class: 'muted'}, `${list.total} image${list.total === 1 ? '' : 's'}`),
    h('nav', {class: 'pager', 'aria-label': 'Pages'},
      page > 1 ? h('a', {href: '/images' + query({search, sort, page: page - 1})}, 'Previous') : null, ' ',
      page * PAGE < list.total ? h('a', {href: '/images' + query({search, sort, page: page + 1})}, 'Next') : null));
  } catch (e) {
    replace(body, errorBox(e));
  }
}
