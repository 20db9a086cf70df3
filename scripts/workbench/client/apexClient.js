// Browser side of `@salesforce/apex/<Class>.<method>` in the workbench: each import is a function that calls the local
// server (POST /api/apex/<Class>/<method>) and, when LWC constructs it with `new` for @wire, a wire adapter — as in
// Lightning, where one Apex import serves both uses.

/** Emitted wire values → function that refetches them, for refreshApex. */
const refreshers = new WeakMap();
/** Live wire adapters, refreshed together on a RefreshEvent. */
const liveAdapters = new Set();

/** Rejects like Lightning's Apex transport: `{ status, statusText, body: { message, exceptionType } }`. */
async function invoke(controller, method, params) {
  let response;
  try {
    response = await fetch(`/api/apex/${controller}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(params ?? {})
    });
  } catch (error) {
    throw { status: 0, statusText: 'Network error', ok: false, body: { message: String(error?.message ?? error) } };
  }
  const text = await response.text();
  let body;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    body = { message: text };
  }
  if (!response.ok) throw { status: response.status, statusText: response.statusText, ok: false, body };
  return body;
}

function hasUndefinedValue(config) {
  return Object.values(config ?? {}).some((value) => value === undefined);
}

class ApexWireAdapter {
  constructor(dataCallback, controller, method) {
    this.dataCallback = dataCallback;
    this.controller = controller;
    this.method = method;
    this.config = undefined;
    this.connected = false;
    this.generation = 0;
  }

  emit(value) {
    refreshers.set(value, () => this.fetch());
    this.dataCallback(value);
  }

  fetch() {
    // Lightning does not call the method while a reactive parameter is still undefined.
    if (!this.connected || this.config === undefined || hasUndefinedValue(this.config)) return Promise.resolve();
    const generation = ++this.generation;
    return invoke(this.controller, this.method, this.config).then(
      (data) => {
        if (generation === this.generation) this.emit({ data, error: undefined });
      },
      (error) => {
        if (generation === this.generation) this.emit({ data: undefined, error });
      }
    );
  }

  update(config) {
    this.config = config;
    this.fetch();
  }

  connect() {
    this.connected = true;
    liveAdapters.add(this);
    this.emit({ data: undefined, error: undefined });
    if (this.config !== undefined) this.fetch();
  }

  disconnect() {
    this.connected = false;
    liveAdapters.delete(this);
  }
}

/** The default export of `@salesforce/apex/<controller>.<method>`. */
export function apexMethod(controller, method) {
  return function apex(paramsOrDataCallback) {
    if (new.target) return new ApexWireAdapter(paramsOrDataCallback, controller, method);
    return invoke(controller, method, paramsOrDataCallback);
  };
}

/** `refreshApex(wiredValue)` of `@salesforce/apex`: refetches the wire that emitted this value. */
export function refreshApex(wiredValue) {
  const refresh = refreshers.get(wiredValue);
  return refresh ? refresh() : Promise.resolve();
}

/** Refetches every live Apex wire (the shell calls it on a RefreshEvent). */
export function refreshAllApexWires() {
  return Promise.all([...liveAdapters].map((adapter) => adapter.fetch()));
}

/** `getSObjectValue(record, field)` of `@salesforce/apex`. */
export function getSObjectValue(record, field) {
  const path = typeof field === 'string' ? field.split('.').slice(1) : String(field.fieldApiName).split('.');
  return path.reduce((value, name) => (value == null ? undefined : value[name]), record);
}
