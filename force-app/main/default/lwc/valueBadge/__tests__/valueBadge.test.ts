import { createElement } from 'lwc';
import ValueBadge from 'c/valueBadge';
import getAccountValue from '@salesforce/apex/CustomerValueController.getAccountValue';
import accountValue from '../../customerValuePanel/__tests__/data/accountValue.json';
import accountValueNeverScored from '../../customerValuePanel/__tests__/data/accountValueNeverScored.json';

interface TestAdapter {
  emit(value: unknown): void;
  error(body?: unknown): void;
  getLastConfig(): unknown;
}
const adapter = getAccountValue as unknown as TestAdapter;

function createBadge(properties: Record<string, unknown>): HTMLElement {
  const element = createElement('c-value-badge', { is: ValueBadge });
  Object.assign(element, properties);
  document.body.appendChild(element);
  return element;
}

function flush(): Promise<void> {
  return Promise.resolve();
}

describe('c-value-badge', () => {
  afterEach(() => {
    document.body.replaceChildren();
    jest.clearAllMocks();
  });

  it('loads the stored value of its record and shows tier, score and flags with their names', async () => {
    const element = createBadge({ recordId: '001000000000001AAA' });
    expect(element.shadowRoot!.textContent).toContain('c.Common_Loading');
    adapter.emit(accountValue);
    await flush();

    expect(adapter.getLastConfig()).toEqual({ accountId: '001000000000001AAA' });
    const tier = element.shadowRoot!.querySelector('[data-id="tier"]')!;
    expect(tier.textContent).toBe('c.Tier_D1_Name');
    expect(tier.className).toContain('slds-theme_success');
    expect(element.shadowRoot!.querySelector('[data-id="score"]')!.textContent).toContain('c.Badge_Score');
    const flags = [...element.shadowRoot!.querySelectorAll<HTMLElement & { alternativeText: string }>('[data-flag]')];
    expect(flags.map((flag) => flag.dataset.flag)).toEqual(['most_valued_customer', 'strategic']);
    expect(flags.map((flag) => flag.alternativeText)).toEqual(['c.Flag_Most_Valued_Customer', 'c.Flag_Strategic']);
    await expect(element).toBeAccessible();
  });

  it('shows a passed-in value without a record, flags in their fixed order', async () => {
    const element = createBadge({ value: { tier: 'D4', score: 12.4, flags: ['data_incomplete', 'at_risk'] } });
    await flush();

    expect(element.shadowRoot!.querySelector('[data-id="tier"]')!.className).toContain('slds-theme_error');
    const flags = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-flag]')];
    expect(flags.map((flag) => flag.dataset.flag)).toEqual(['at_risk', 'data_incomplete']);
    await expect(element).toBeAccessible();
  });

  it('says "not scored yet" for an account never scored', async () => {
    const element = createBadge({ recordId: '001000000000003AAA' });
    adapter.emit(accountValueNeverScored);
    await flush();

    expect(element.shadowRoot!.querySelector('[data-id="tier"]')).toBeNull();
    expect(element.shadowRoot!.textContent).toContain('c.Badge_Not_Scored');
    await expect(element).toBeAccessible();
  });

  it('shows an error icon whose text is the Apex message, and says in words that the value is unavailable', async () => {
    const element = createBadge({ recordId: '001000000000001AAA' });
    adapter.error({ message: 'No access to this account' });
    await flush();

    const icon = element.shadowRoot!.querySelector<HTMLElement & { alternativeText: string }>('lightning-icon')!;
    expect(icon.alternativeText).toBe('No access to this account');
    expect(element.shadowRoot!.querySelector('[data-id="unavailable"]')!.textContent).toBe('c.Badge_Value_Unavailable');
    await expect(element).toBeAccessible();
  });
});
