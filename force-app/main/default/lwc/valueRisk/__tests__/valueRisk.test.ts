import { createElement } from 'lwc';
import ValueRisk from 'c/valueRisk';
import accountValue from '../../customerValuePanel/__tests__/data/accountValue.json';

function createRisk(properties: Record<string, unknown>): HTMLElement {
  const element = createElement('c-value-risk', { is: ValueRisk });
  Object.assign(element, properties);
  document.body.appendChild(element);
  return element;
}

describe('c-value-risk', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows churn probability, P(alive) and only the active signals with the date seen', async () => {
    const element = createRisk({ churnProbability: 0.14, probabilityAlive: 0.91, signals: accountValue.riskSignals });
    await Promise.resolve();

    expect(element.shadowRoot!.querySelector('[data-id="churn"]')!.textContent).toBe('14%');
    expect(element.shadowRoot!.querySelector('[data-id="alive"]')!.textContent).toBe('91%');
    const signals = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-signal]')];
    expect(signals.map((signal) => signal.dataset.signal)).toEqual(['renewal_due']);
    expect(signals[0].textContent).toContain('c.cvp_warning_renewal_due');
    expect(signals[0].textContent).toContain('c.Panel_Signal_Contract_End');
    await expect(element).toBeAccessible();
  });

  it('dates a signal seen in the data with "seen on"', async () => {
    const falling = { ...accountValue.riskSignals[0], active: true, labelKey: 'cvp_warning_revenue_falling' };
    const element = createRisk({ churnProbability: 0.3, probabilityAlive: 0.5, signals: [falling] });
    await Promise.resolve();

    const signal = element.shadowRoot!.querySelector('[data-signal="revenue_trend"]')!;
    expect(signal.textContent).toContain('c.Panel_Signal_Seen');
  });

  it('says when P(alive) is unknown and when no signal is active', async () => {
    const element = createRisk({ churnProbability: 0.02, probabilityAlive: -1, signals: [] });
    await Promise.resolve();

    expect(element.shadowRoot!.querySelector('[data-id="alive"]')!.textContent).toBe('c.Panel_Not_Available');
    expect(element.shadowRoot!.querySelector('[data-id="no-signals"]')).not.toBeNull();
    await expect(element).toBeAccessible();
  });
});
