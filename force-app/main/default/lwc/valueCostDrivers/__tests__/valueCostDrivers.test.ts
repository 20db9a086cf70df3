import { createElement } from 'lwc';
import ValueCostDrivers from 'c/valueCostDrivers';
import accountValue from '../../customerValuePanel/__tests__/data/accountValue.json';

function createDrivers(money: unknown): HTMLElement {
  const element = createElement('c-value-cost-drivers', { is: ValueCostDrivers });
  Object.assign(element, { money });
  document.body.appendChild(element);
  return element;
}

describe('c-value-cost-drivers', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('goes from gross margin to net value through the cost of each cost component, most costly first', async () => {
    const element = createDrivers(accountValue.money);
    await Promise.resolve();

    const drivers = [...element.shadowRoot!.querySelectorAll<HTMLElement>('dt[data-component]')];
    expect(drivers.map((driver) => driver.dataset.component)).toEqual(['support', 'sales_activity', 'payment_delay']);
    expect(drivers[0].textContent).toBe('c.Cost_Component_Support');
    expect(drivers[0].nextElementSibling!.textContent).toBe('-$21,250');
    const details = [...element.shadowRoot!.querySelectorAll('dd')].map((detail) => detail.textContent);
    expect(details[0]).toBe('$168,000');
    expect(details[details.length - 1]).toBe('$125,500');
    await expect(element).toBeAccessible();
  });

  it('adds up the drivers of one cost component', async () => {
    const drivers = [
      { driver: 'Phone_Cases', component: 'support', quantity: 4, cost: 400 },
      { driver: 'Email_Cases', component: 'support', quantity: 2, cost: 100 },
      { driver: 'Visits', component: 'sales_activity', quantity: 1, cost: 450 }
    ];
    const element = createDrivers({ ...accountValue.money, drivers });
    await Promise.resolve();

    const rows = [...element.shadowRoot!.querySelectorAll<HTMLElement>('dt[data-component]')];
    expect(rows.map((row) => [row.dataset.component, row.nextElementSibling!.textContent])).toEqual([
      ['support', '-$500'],
      ['sales_activity', '-$450']
    ]);
  });

  it('renders nothing without money figures', async () => {
    const element = createDrivers(undefined);
    await Promise.resolve();
    expect(element.shadowRoot!.querySelector('dl')).toBeNull();
  });
});
