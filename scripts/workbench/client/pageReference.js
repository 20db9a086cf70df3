// Lightning page references ↔ the workbench's URLs (Lightning's own URL shapes).

/** The URL of a page reference, as Lightning Experience would show it. */
export function pageReferenceToUrl(pageReference) {
  const { type, attributes = {}, state = {} } = pageReference ?? {};
  let path;
  switch (type) {
    case 'standard__recordPage':
      path = `/lightning/r/${attributes.objectApiName ?? 'Account'}/${attributes.recordId}/${attributes.actionName ?? 'view'}`;
      break;
    case 'standard__objectPage':
      path = `/lightning/o/${attributes.objectApiName}/${attributes.actionName ?? 'home'}`;
      break;
    case 'standard__navItemPage':
      path = `/lightning/n/${attributes.apiName}`;
      break;
    case 'standard__namedPage':
      path = `/lightning/page/${attributes.pageName}`;
      break;
    case 'standard__webPage':
      return attributes.url;
    default:
      path = '/lightning/page/home';
  }
  const query = new URLSearchParams(state).toString();
  return query === '' ? path : `${path}?${query}`;
}

/** The page reference of a workbench URL (`/lightning/r/Account/<id>/view`, …). */
export function pageReferenceOf(pathname, search = '') {
  const state = Object.fromEntries(new URLSearchParams(search));
  const parts = pathname
    .split('/')
    .filter((part) => part !== '')
    .map(decodeURIComponent);
  if (parts[0] !== 'lightning') return { type: 'standard__namedPage', attributes: { pageName: 'home' }, state };
  if (parts[1] === 'r' && parts.length >= 4) {
    return {
      type: 'standard__recordPage',
      attributes: { objectApiName: parts[2], recordId: parts[3], actionName: parts[4] ?? 'view' },
      state
    };
  }
  if (parts[1] === 'o' && parts.length >= 3) {
    return {
      type: 'standard__objectPage',
      attributes: { objectApiName: parts[2], actionName: parts[3] ?? 'home' },
      state
    };
  }
  if (parts[1] === 'n' && parts.length >= 3) {
    return { type: 'standard__navItemPage', attributes: { apiName: parts[2] }, state };
  }
  return { type: 'standard__namedPage', attributes: { pageName: parts[2] ?? 'home' }, state };
}

export function currentPageReference() {
  return pageReferenceOf(window.location.pathname, window.location.search);
}
