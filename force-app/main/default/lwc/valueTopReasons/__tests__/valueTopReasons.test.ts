import { createElement } from 'lwc';
import ValueTopReasons from 'c/valueTopReasons';

function createReasons(reasons: unknown[]): HTMLElement {
  const element = createElement('c-value-top-reasons', { is: ValueTopReasons });
  Object.assign(element, {
    reasons,
    drivers: [{ driver: 'Support_Cases', component: 'support', quantity: 3, cost: 90 }]
  });
  document.body.appendChild(element);
  return element;
}

describe('c-value-top-reasons', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('renders each reason from its engine key, money parameters in the currency', async () => {
    // An unknown key is shown as is, which lets the test see the parameters filled in.
    const element = createReasons([
      {
        labelKey: 'Net value {netValue}, potential {potential}, driver {driver}',
        params: { netValue: '-1234', potential: '63', driver: 'Support_Cases' }
      },
      { labelKey: 'cvp_reason_target_fit', params: {} }
    ]);
    await Promise.resolve();

    const items = [...element.shadowRoot!.querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toEqual([
      'Net value -$1,234, potential 63, driver c.cost_component_support',
      'c.cvp_reason_target_fit'
    ]);
    await expect(element).toBeAccessible();
  });

  it('renders nothing without reasons', async () => {
    const element = createReasons([]);
    await Promise.resolve();
    expect(element.shadowRoot!.querySelector('ol')).toBeNull();
    await expect(element).toBeAccessible();
  });
});
