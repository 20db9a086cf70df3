import { createElement } from 'lwc';
import ValueSummaryCard from 'c/valueSummaryCard';
import accountValue from '../../customerValuePanel/__tests__/data/accountValue.json';
import accountValueIncomplete from '../../customerValuePanel/__tests__/data/accountValueIncomplete.json';
import valueHistory from '../../customerValuePanel/__tests__/data/valueHistory.json';

function createCard(properties: Record<string, unknown>): HTMLElement {
  const element = createElement('c-value-summary-card', { is: ValueSummaryCard });
  Object.assign(element, properties);
  document.body.appendChild(element);
  return element;
}

type Button = HTMLElement & { label: string; disabled: boolean };

describe('c-value-summary-card', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('sums the customer up and shows net value rising against 12 months ago', async () => {
    const element = createCard({ value: accountValue, history: valueHistory.points });
    await Promise.resolve();

    expect(element.shadowRoot!.querySelector('[data-id="sentence"]')!.textContent).toBe('c.Panel_Summary_Sentence');
    const netValue = element.shadowRoot!.querySelector('[data-id="net-value"]')!;
    expect(netValue.textContent).toContain('$125,500');
    expect(netValue.textContent).toContain('c.Panel_Net_Value_Up');
    await expect(element).toBeAccessible();
  });

  it('offers the recommended action disabled, with why, until plays are enabled', async () => {
    const element = createCard({ value: accountValue, history: [] });
    await Promise.resolve();

    const button = element.shadowRoot!.querySelector<Button>('lightning-button')!;
    expect(button.label).toBe('c.Action_Protect');
    expect(button.disabled).toBe(true);
    expect(element.shadowRoot!.querySelector('[data-id="play-unavailable"]')).not.toBeNull();
    expect(element.shadowRoot!.textContent).not.toContain('c.Panel_Net_Value_Up');
  });

  it('fires startplay with the account, action and play once plays are enabled', async () => {
    const element = createCard({ value: accountValueIncomplete, history: [], playsEnabled: true });
    const handler = jest.fn<undefined, [Event]>();
    element.addEventListener('startplay', handler);
    await Promise.resolve();

    const button = element.shadowRoot!.querySelector<Button>('lightning-button')!;
    expect(button.disabled).toBe(false);
    button.click();
    expect(handler).toHaveBeenCalledTimes(1);
    expect((handler.mock.calls[0][0] as CustomEvent).detail).toEqual({
      accountId: '001000000000002AAA',
      action: 'retain',
      play: 'care_call'
    });
    expect(element.shadowRoot!.querySelector('[data-id="play-unavailable"]')).toBeNull();
  });

  it('shows a negative net value in red as well as with its minus sign', async () => {
    const destroying = { ...accountValue, live: { ...accountValue.live, netValue: -5499 } };
    const element = createCard({ value: destroying, history: [] });
    await Promise.resolve();

    const netValue = element.shadowRoot!.querySelector('[data-id="net-value"]')!;
    expect(netValue.textContent).toContain('-$5,499');
    expect(netValue.className).toContain('slds-text-color_error');
  });
});
