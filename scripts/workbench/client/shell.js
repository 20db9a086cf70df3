// The Lightning-like shell: global header (language and user switchers), the app's navigation bar, and the page of
// the current URL — record page, list view or app tab — with the project's components mounted as Lightning would.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import { components } from 'workbench:components';
import { refreshAllApexWires } from './apexClient.js';
import { pageReferenceOf } from './pageReference.js';
import { picklistLabel, shellText } from './shellText.js';
import { runRefreshHandlers } from './stubs/refresh.js';
import { notifyRecordUpdateAvailable } from './stubs/uiRecordApi.js';

const session = window.__WORKBENCH__;
const text = (key, parameters) => shellText(session.language, key, parameters);
const picklist = (value) => picklistLabel(session.language, value);
const PAGE_SIZE = 50;

function h(tag, attributes = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') element.textContent = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

function icon(category, name, extraClass = '') {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', `slds-icon slds-icon_small ${extraClass}`);
  svg.setAttribute('aria-hidden', 'true');
  const use = document.createElementNS('http://www.w3.org/2000/svg', 'use');
  use.setAttribute('href', `/slds/icons/${category}-sprite/svg/symbols.svg#${name}`);
  svg.append(use);
  return h('span', { class: `slds-icon_container slds-icon-${category}-${name}` }, [svg]);
}

/** A project component as Lightning mounts it, with the page's context; a notice when the branch lacks it. */
function mount(tagName, properties) {
  const constructor = components[tagName];
  if (!constructor) {
    return h('div', { class: 'slds-box slds-theme_shade slds-text-color_weak', 'data-missing-component': tagName }, [
      h('p', { text: text('componentMissing', { name: tagName.replace(/^c-/, '') }) })
    ]);
  }
  const element = createElement(tagName, { is: constructor });
  Object.assign(element, properties);
  return element;
}

function header() {
  const languages = h(
    'select',
    {
      class: 'slds-select',
      id: 'workbench-language',
      'aria-label': text('language'),
      onchange: (event) => switchTo({ lang: event.target.value })
    },
    ['en', 'fr'].map((code) =>
      h('option', { value: code, selected: code === session.language, text: code === 'en' ? 'English' : 'Français' })
    )
  );
  const users = h(
    'select',
    {
      class: 'slds-select',
      id: 'workbench-user',
      'aria-label': text('user'),
      onchange: (event) => switchTo({ user: event.target.value })
    },
    session.users.map((user) =>
      h('option', {
        value: user.key,
        selected: user.key === session.user.key,
        text: `${user.name} (${text(`role_${user.role}`)})`
      })
    )
  );
  return h('header', { class: 'slds-global-header_container' }, [
    h('div', { class: 'slds-global-header slds-grid slds-grid_align-spread slds-grid_vertical-align-center' }, [
      h('div', { class: 'slds-global-header__item slds-text-heading_small' }, [
        h('span', { class: 'workbench-logo', text: text('app') }),
        h('span', { class: 'slds-badge slds-m-left_small', text: text('workbench') })
      ]),
      h('div', { class: 'slds-global-header__item slds-grid slds-grid_vertical-align-center' }, [
        h('label', {
          class: 'slds-form-element__label slds-m-right_x-small',
          for: 'workbench-language',
          text: text('language')
        }),
        h('div', { class: 'slds-select_container slds-m-right_medium' }, [languages]),
        h('label', {
          class: 'slds-form-element__label slds-m-right_x-small',
          for: 'workbench-user',
          text: text('user')
        }),
        h('div', { class: 'slds-select_container' }, [users])
      ])
    ])
  ]);
}

function switchTo(change) {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(change)) url.searchParams.set(name, value);
  window.location.assign(url.toString());
}

function navigationBar(active) {
  const tab = (key, href, label) =>
    h('li', { class: `slds-context-bar__item${active === key ? ' slds-is-active' : ''}` }, [
      h('a', { href, class: 'slds-context-bar__label-action', 'aria-current': active === key ? 'page' : undefined }, [
        h('span', { class: 'slds-truncate', text: label })
      ])
    ]);
  return h('div', { class: 'slds-context-bar' }, [
    h('div', { class: 'slds-context-bar__primary' }, [
      h('div', { class: 'slds-context-bar__item slds-no-hover' }, [
        h('span', { class: 'slds-context-bar__label-action slds-context-bar__app-name' }, [
          h('span', { class: 'slds-truncate', text: text('app') })
        ])
      ])
    ]),
    h('nav', { class: 'slds-context-bar__secondary', role: 'navigation' }, [
      h('ul', { class: 'slds-grid' }, [
        tab('accounts', '/lightning/o/Account/list', text('accounts')),
        tab('portfolio', '/lightning/n/Portfolio', text('portfolio')),
        tab('settings', '/lightning/n/Value_Settings', text('valueSettings'))
      ])
    ])
  ]);
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.message ?? response.statusText);
  return body;
}

function field(label, value) {
  return h('div', { class: 'slds-form-element slds-form-element_readonly' }, [
    h('span', { class: 'slds-form-element__label', text: label }),
    h('div', { class: 'slds-form-element__control' }, [
      h('div', { class: 'slds-form-element__static', text: value ?? '' })
    ])
  ]);
}

async function recordPage(main, reference) {
  const recordId = reference.attributes.recordId;
  let account;
  try {
    account = await getJson(`/api/accounts/${encodeURIComponent(recordId)}`);
  } catch {
    main.append(
      h('div', {
        class: 'slds-card slds-p-around_medium',
        role: 'alert',
        'data-id': 'record-not-found',
        text: text('notFound')
      })
    );
    return;
  }
  document.title = `${account.Name} | ${text('account')} | ${text('app')}`;
  const highlight = (label, value) =>
    h('li', { class: 'slds-page-header__detail-block' }, [
      h('div', { class: 'slds-text-title slds-truncate', text: label }),
      h('div', { class: 'slds-truncate', text: value ?? '' })
    ]);
  main.append(
    h('div', { class: 'slds-page-header slds-page-header_record-home' }, [
      h('div', { class: 'slds-page-header__row' }, [
        h('div', { class: 'slds-page-header__col-title' }, [
          h('div', { class: 'slds-media' }, [
            h('div', { class: 'slds-media__figure' }, [icon('standard', 'account', 'slds-icon_medium')]),
            h('div', { class: 'slds-media__body' }, [
              h('span', { class: 'slds-page-header__name-meta', text: text('account') }),
              h('h1', { class: 'slds-page-header__title slds-truncate', 'data-id': 'record-name', text: account.Name })
            ])
          ])
        ]),
        h('div', { class: 'slds-page-header__col-actions', 'data-id': 'header-badge' }, [
          mount('c-value-badge', { recordId, objectApiName: 'Account' })
        ])
      ]),
      h('div', { class: 'slds-page-header__row slds-page-header__row_gutters' }, [
        h('div', { class: 'slds-page-header__col-details' }, [
          h('ul', { class: 'slds-page-header__detail-row' }, [
            highlight(text('type'), picklist(account.Type)),
            highlight(text('industry'), picklist(account.Industry)),
            highlight(text('city'), account.BillingCity),
            highlight(text('country'), picklist(account.BillingCountry))
          ])
        ])
      ])
    ]),
    h('div', { class: 'slds-grid slds-wrap slds-gutters_small slds-m-top_small' }, [
      h('div', { class: 'slds-col slds-size_1-of-1 slds-large-size_8-of-12' }, [
        mount('c-customer-value-panel', { recordId, objectApiName: 'Account' })
      ]),
      h('div', { class: 'slds-col slds-size_1-of-1 slds-large-size_4-of-12' }, [
        h('article', { class: 'slds-card' }, [
          h('div', { class: 'slds-card__header' }, [
            h('h2', { class: 'slds-card__header-title', text: text('details') })
          ]),
          h('div', { class: 'slds-card__body slds-card__body_inner' }, [
            field(text('name'), account.Name),
            field(text('industry'), picklist(account.Industry)),
            field(text('employees'), account.NumberOfEmployees?.toLocaleString(session.locale)),
            field(text('city'), account.BillingCity),
            field(text('country'), picklist(account.BillingCountry))
          ])
        ])
      ])
    ])
  );
}

async function listPage(main, reference) {
  document.title = `${text('accounts')} | ${text('app')}`;
  const state = reference.state;
  const page = Math.max(1, Number(state.page ?? 1) || 1);
  const query = state.q ?? '';
  const result = await getJson(
    `/api/accounts?offset=${(page - 1) * PAGE_SIZE}&limit=${PAGE_SIZE}&q=${encodeURIComponent(query)}`
  );
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const pageLink = (target, label) => {
    const url = new URL(window.location.href);
    url.searchParams.set('page', String(target));
    const disabled = target < 1 || target > pages;
    return h('a', {
      class: `slds-button slds-button_neutral${disabled ? ' slds-disabled' : ''}`,
      href: disabled ? undefined : url.pathname + url.search,
      'aria-disabled': disabled ? 'true' : undefined,
      text: label
    });
  };
  const search = h('input', {
    class: 'slds-input',
    type: 'search',
    name: 'q',
    value: query,
    placeholder: text('search'),
    'aria-label': text('search')
  });
  const rows = result.accounts.map((account) =>
    h('tr', { class: 'slds-hint-parent', 'data-account-id': account.Id }, [
      h('th', { scope: 'row' }, [
        h('div', { class: 'slds-truncate' }, [
          h('a', { href: `/lightning/r/Account/${encodeURIComponent(account.Id)}/view`, text: account.Name })
        ])
      ]),
      h('td', {}, [h('div', { class: 'slds-truncate', text: account.BillingCity ?? '' })]),
      h('td', {}, [h('div', { class: 'slds-truncate', text: picklist(account.BillingCountry) })]),
      h('td', {}, [h('div', { class: 'slds-truncate', text: picklist(account.Industry) })]),
      h('td', { 'data-id': 'value-cell' }, [mount('c-value-badge', { recordId: account.Id, objectApiName: 'Account' })])
    ])
  );
  main.append(
    h('div', { class: 'slds-page-header slds-page-header_object-home' }, [
      h('div', { class: 'slds-page-header__row' }, [
        h('div', { class: 'slds-page-header__col-title' }, [
          h('div', { class: 'slds-media' }, [
            h('div', { class: 'slds-media__figure' }, [icon('standard', 'account', 'slds-icon_medium')]),
            h('div', { class: 'slds-media__body' }, [
              h('span', { class: 'slds-page-header__name-meta', text: text('accounts') }),
              h('h1', { class: 'slds-page-header__title', text: text('allAccounts') })
            ])
          ])
        ]),
        h('form', { class: 'slds-page-header__col-actions', method: 'get', role: 'search' }, [search])
      ]),
      h('div', { class: 'slds-page-header__row' }, [
        h('p', {
          class: 'slds-page-header__meta-text slds-text-body_small',
          'data-id': 'list-count',
          text: text('items', { count: result.total.toLocaleString(session.locale), page, pages })
        })
      ])
    ]),
    result.accounts.length === 0
      ? h('div', { class: 'slds-card slds-p-around_medium slds-text-color_weak', text: text('noResults') })
      : h(
          'table',
          {
            class: 'slds-table slds-table_cell-buffer slds-table_bordered slds-m-top_x-small',
            'aria-label': text('allAccounts')
          },
          [
            h('thead', {}, [
              h(
                'tr',
                { class: 'slds-line-height_reset' },
                ['name', 'city', 'country', 'industry', 'value'].map((key) =>
                  h('th', { scope: 'col' }, [h('div', { class: 'slds-truncate', text: text(key) })])
                )
              )
            ]),
            h('tbody', {}, rows)
          ]
        ),
    pages > 1
      ? h('div', { class: 'slds-grid slds-grid_align-center slds-m-vertical_small' }, [
          pageLink(page - 1, text('previous')),
          pageLink(page + 1, text('next'))
        ])
      : ''
  );
}

function appTab(main, title) {
  document.title = `${title} | ${text('app')}`;
  main.append(
    h('article', { class: 'slds-card slds-m-top_small' }, [
      h('div', { class: 'slds-card__header' }, [
        h('h1', { class: 'slds-card__header-title slds-text-heading_medium', text: title })
      ]),
      h('div', {
        class: 'slds-card__body slds-card__body_inner slds-text-color_weak',
        'data-id': 'own-issue',
        text: text('ownIssue')
      })
    ])
  );
}

/** Toasts of ShowToastEvent, as Lightning's toast container shows them. */
function toastContainer() {
  const container = h('div', { class: 'slds-notify_container', role: 'status', 'aria-live': 'polite' });
  document.addEventListener('lightning__showtoast', (event) => {
    const { title = '', message = '', variant = 'info' } = event.detail ?? {};
    const toast = h(
      'div',
      { class: `slds-notify slds-notify_toast slds-theme_${variant}`, role: 'status', 'data-id': 'toast' },
      [
        h('div', { class: 'slds-notify__content' }, [
          h('h2', { class: 'slds-text-heading_small', text: title }),
          message ? h('p', { text: message }) : null
        ]),
        h('button', {
          class: 'slds-button slds-button_icon slds-notify__close slds-button_icon-inverse',
          title: text('dismiss'),
          text: '×',
          onclick: () => toast.remove()
        })
      ]
    );
    container.append(toast);
    setTimeout(() => toast.remove(), 6000);
  });
  return container;
}

async function main() {
  const reference = pageReferenceOf(window.location.pathname, window.location.search);
  document.documentElement.lang = session.language;
  document.addEventListener('lightning__refreshevent', () => {
    void Promise.all([refreshAllApexWires(), notifyRecordUpdateAvailable(), runRefreshHandlers()]);
  });
  let active = 'accounts';
  if (reference.type === 'standard__navItemPage')
    active = reference.attributes.apiName === 'Portfolio' ? 'portfolio' : 'settings';
  const content = h('main', { class: 'workbench-main slds-p-around_small', 'data-page': reference.type });
  document.body.append(header(), navigationBar(active), toastContainer(), content);
  try {
    if (reference.type === 'standard__recordPage') await recordPage(content, reference);
    else if (reference.type === 'standard__navItemPage' && reference.attributes.apiName === 'Portfolio') {
      document.title = `${text('portfolio')} | ${text('app')}`;
      content.append(mount('c-portfolio-overview', {}));
    } else if (reference.type === 'standard__navItemPage' && reference.attributes.apiName === 'Value_Settings') {
      document.title = `${text('valueSettings')} | ${text('app')}`;
      content.append(mount('c-value-settings', {}));
    } else if (reference.type === 'standard__navItemPage') appTab(content, text('valueSettings'));
    else await listPage(content, reference);
  } catch (error) {
    content.append(
      h('div', {
        class: 'slds-notify slds-notify_alert slds-alert_error',
        role: 'alert',
        text: String(error?.message ?? error)
      })
    );
  }
  document.body.setAttribute('data-workbench-ready', 'true');
}

void main();
