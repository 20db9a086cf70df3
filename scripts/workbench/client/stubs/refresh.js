// `lightning/refresh` in the workbench: RefreshEvent bubbles to the shell, which refetches every Apex and record wire
// and calls the handlers components registered.
const handlers = new Map();

export const REFRESH_COMPLETE = 'REFRESH_COMPLETE';
export const REFRESH_COMPLETE_WITH_ERRORS = 'REFRESH_COMPLETE_WITH_ERRORS';
export const REFRESH_ERROR = 'REFRESH_ERROR';

export class RefreshEvent extends CustomEvent {
  constructor() {
    super('lightning__refreshevent', { bubbles: true, composed: true, cancelable: true });
  }
}

export function registerRefreshHandler(element, handler) {
  const id = Symbol('refreshHandler');
  handlers.set(id, { element, handler });
  return id;
}

export function unregisterRefreshHandler(id) {
  handlers.delete(id);
}

export function registerRefreshContainer() {
  return Symbol('refreshContainer');
}

export function unregisterRefreshContainer() {}

/** Called by the shell on a RefreshEvent. */
export function runRefreshHandlers() {
  return Promise.all([...handlers.values()].map(({ handler }) => Promise.resolve(handler())));
}
