import { createElement } from 'lwc';
import CustomerValuePanel from 'c/customerValuePanel';
import getAccountValue from '@salesforce/apex/CustomerValueController.getAccountValue';
import { refreshApex } from '@salesforce/apex';
import accountValue from './data/accountValue.json';
import accountValueNeverScored from './data/accountValueNeverScored.json';

// A manager: the Customer_Value_Override_Tier custom permission is granted.
jest.mock('@salesforce/customPermission/Customer_Value_Override_Tier', () => ({ __esModule: true, default: true }));

const adapter = getAccountValue as unknown as { emit(value: unknown): void };

function createPanel(): HTMLElement {
  const element = createElement('c-customer-value-panel', { is: CustomerValuePanel });
  Object.assign(element, { recordId: '001000000000001AAA' });
  document.body.appendChild(element);
  return element;
}

describe('c-customer-value-panel for a manager', () => {
  afterEach(() => {
    document.body.replaceChildren();
    jest.clearAllMocks();
  });

  it('offers the tier override, then reloads its value and asks the page to refresh', async () => {
    const element = createPanel();
    const pageRefresh = jest.fn();
    element.addEventListener('lightning__refresh', pageRefresh);
    adapter.emit(accountValue);
    await Promise.resolve();

    const override = element.shadowRoot!.querySelector<HTMLElement & { currentTier: string }>('c-value-tier-override')!;
    expect(override.currentTier).toBe('D1');
    override.dispatchEvent(new CustomEvent('tieroverridden', { detail: { tier: 'D2' } }));
    await Promise.resolve();
    await Promise.resolve();
    expect(refreshApex).toHaveBeenCalledTimes(2);
    expect(pageRefresh).toHaveBeenCalledTimes(1);
    await expect(element).toBeAccessible();
  });

  it('offers no override before the first scoring', async () => {
    const element = createPanel();
    adapter.emit(accountValueNeverScored);
    await Promise.resolve();
    expect(element.shadowRoot!.querySelector('c-value-tier-override')).toBeNull();
  });
});
