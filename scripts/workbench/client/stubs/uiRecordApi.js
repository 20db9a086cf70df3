// `lightning/uiRecordApi` in the workbench: records come from the local server (GET /api/records/<id>) in the UI API's
// shape `{ id, apiName, fields: { Name: { value, displayValue } } }`.

const liveAdapters = new Set();

function fieldNames(fields) {
  return (Array.isArray(fields) ? fields : fields === undefined ? [] : [fields]).map((field) =>
    typeof field === 'string' ? field : `${field.objectApiName}.${field.fieldApiName}`
  );
}

async function fetchRecord(recordId, fields) {
  const query = new URLSearchParams({ fields: fieldNames(fields).join(',') });
  const response = await fetch(`/api/records/${encodeURIComponent(recordId)}?${query}`, { credentials: 'same-origin' });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw {
      status: response.status,
      statusText: response.statusText,
      ok: false,
      body: [body ?? { message: response.statusText }]
    };
  }
  return body;
}

class RecordAdapter {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
    this.config = undefined;
  }
  fetch() {
    const { recordId, fields, optionalFields } = this.config ?? {};
    if (recordId === undefined) return Promise.resolve();
    return fetchRecord(recordId, [...fieldNames(fields), ...fieldNames(optionalFields)]).then(
      (data) => this.dataCallback({ data, error: undefined }),
      (error) => this.dataCallback({ data: undefined, error })
    );
  }
  update(config) {
    this.config = config;
    this.fetch();
  }
  connect() {
    liveAdapters.add(this);
    this.dataCallback({ data: undefined, error: undefined });
  }
  disconnect() {
    liveAdapters.delete(this);
  }
}

export const getRecord = RecordAdapter;

function fieldPath(field) {
  const name = typeof field === 'string' ? field.split('.').slice(1).join('.') : field.fieldApiName;
  return name.split('.');
}

function fieldEntry(record, field) {
  let current = record;
  const path = fieldPath(field);
  for (let i = 0; i < path.length; i++) {
    const entry = current?.fields?.[path[i]];
    if (entry === undefined) return undefined;
    if (i === path.length - 1) return entry;
    current = entry.value;
  }
  return undefined;
}

export function getFieldValue(record, field) {
  return fieldEntry(record, field)?.value;
}

export function getFieldDisplayValue(record, field) {
  return fieldEntry(record, field)?.displayValue;
}

/** Refetches every live record wire (what Lightning does when a record is reported changed). */
export function notifyRecordUpdateAvailable() {
  return Promise.all([...liveAdapters].map((adapter) => adapter.fetch())).then(() => undefined);
}

export function getRecordNotifyChange() {
  void notifyRecordUpdateAvailable();
}

function unsupported(name) {
  return () =>
    Promise.reject({ status: 501, ok: false, body: [{ message: `${name} is not available in the workbench` }] });
}

export const updateRecord = unsupported('updateRecord');
export const createRecord = unsupported('createRecord');
export const deleteRecord = unsupported('deleteRecord');
