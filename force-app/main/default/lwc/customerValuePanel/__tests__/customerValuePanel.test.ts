import { createElement } from 'lwc';
import CustomerValuePanel from 'c/customerValuePanel';
import getAccountValue from '@salesforce/apex/CustomerValueController.getAccountValue';
import getValueHistory from '@salesforce/apex/CustomerValueController.getValueHistory';
import { refreshApex } from '@salesforce/apex';
import accountValue from './data/accountValue.json';
import accountValueNeverScored from './data/accountValueNeverScored.json';
import accountValueIncomplete from './data/accountValueIncomplete.json';
import valueHistory from './data/valueHistory.json';

interface TestAdapter {
  emit(value: unknown): void;
  error(body?: unknown, status?: number, statusText?: string): void;
}
const accountValueAdapter = getAccountValue as unknown as TestAdapter;
const historyAdapter = getValueHistory as unknown as TestAdapter;

function createPanel(): HTMLElement {
  const element = createElement('c-customer-value-panel', { is: CustomerValuePanel });
  element.setAttribute('record-id', '001000000000001AAA');
  Object.assign(element, { recordId: '001000000000001AAA' });
  document.body.appendChild(element);
  return element;
}

function flush(): Promise<void> {
  return Promise.resolve();
}

function query(element: HTMLElement, selector: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(selector);
}

describe('c-customer-value-panel', () => {
  afterEach(() => {
    document.body.replaceChildren();
    jest.clearAllMocks();
  });

  it('shows the loading stencil until the value arrives', () => {
    const element = createPanel();
    expect(query(element, 'c-value-panel-stencil')).not.toBeNull();
    expect(query(element, 'c-value-summary-card')).toBeNull();
  });

  it('hands the value and history to its parts and is accessible', async () => {
    const element = createPanel();
    accountValueAdapter.emit(accountValue);
    historyAdapter.emit(valueHistory);
    await flush();

    expect(query(element, 'c-value-panel-stencil')).toBeNull();
    const summary = query(element, 'c-value-summary-card') as HTMLElement & { value: unknown; history: unknown[] };
    expect(summary.value).toEqual(accountValue);
    expect(summary.history).toHaveLength(12);
    const badge = query(element, 'c-value-badge') as HTMLElement & { value: { tier: string } };
    expect(badge.value.tier).toBe('D1');
    const bars = query(element, 'c-value-score-bars') as HTMLElement & { components: unknown[] };
    expect(bars.components).toEqual(accountValue.components);
    const risk = query(element, 'c-value-risk') as HTMLElement & { probabilityAlive: number };
    expect(risk.probabilityAlive).toBe(0.91);
    // A sales rep (no custom permission) never sees the override.
    expect(query(element, 'c-value-tier-override')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says a never-scored account is not scored yet and shows no badge', async () => {
    const element = createPanel();
    accountValueAdapter.emit(accountValueNeverScored);
    await flush();

    expect(query(element, 'c-value-badge')).toBeNull();
    const freshness = query(element, 'c-value-freshness') as HTMLElement & { value: { stored: { scored: boolean } } };
    expect(freshness.value.stored.scored).toBe(false);
    await expect(element).toBeAccessible();
  });

  it('puts data-quality findings right under the top card when data is incomplete', async () => {
    const element = createPanel();
    accountValueAdapter.emit(accountValueIncomplete);
    await flush();

    const qualities = element.shadowRoot!.querySelectorAll<HTMLElement & { findings: unknown[] }>(
      'c-value-data-quality'
    );
    expect(qualities).toHaveLength(1);
    expect(qualities[0].findings).toHaveLength(3);
    expect(qualities[0].parentElement!.previousElementSibling!.firstElementChild!.tagName).toBe('C-VALUE-SUMMARY-CARD');
  });

  it('shows one error panel with the Apex message and retries both calls', async () => {
    const element = createPanel();
    accountValueAdapter.error({ message: 'Scoring configuration is invalid' });
    await flush();

    const errorPanel = query(element, 'c-error-panel') as HTMLElement & { errors: { body: { message: string } } };
    expect(errorPanel.errors.body.message).toBe('Scoring configuration is invalid');
    expect(query(element, 'c-value-summary-card')).toBeNull();
    await expect(element).toBeAccessible();

    errorPanel.dispatchEvent(new CustomEvent('retry'));
    await flush();
    expect(refreshApex).toHaveBeenCalledTimes(2);
  });

  it('says plainly when the user has no access instead of showing an error', async () => {
    const element = createPanel();
    accountValueAdapter.error({ message: 'Insufficient access', errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' }, 403);
    await flush();

    expect(query(element, 'c-error-panel')).toBeNull();
    expect(query(element, '[data-id="no-access"]')!.textContent).toBe('c.Panel_No_Access');
    await expect(element).toBeAccessible();
  });

  it('shows the history error in the trend place and keeps the rest of the panel', async () => {
    const element = createPanel();
    accountValueAdapter.emit(accountValue);
    historyAdapter.error({ message: 'Snapshots unavailable' });
    await flush();

    expect(query(element, 'c-value-summary-card')).not.toBeNull();
    expect(query(element, 'c-value-trend-chart')).toBeNull();
    expect(query(element, 'c-error-panel')).not.toBeNull();
  });
});
