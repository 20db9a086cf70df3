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

  it('goes from gross margin to net value through each costly driver, most costly first', async () => {
    const element = createDrivers(accountValue.money);
    await Promise.resolve();

    const drivers = [...element.shadowRoot!.querySelectorAll<HTMLElement>('dt[data-driver]')];
    expect(drivers.map((driver) => driver.dataset.driver)).toEqual(['Support_Cases', 'Sales_Visits', 'Late_Payment']);
    expect(drivers[0].textContent).toBe('c.Cost_Component_Support');
    expect(drivers[0].nextElementSibling!.textContent).toBe('-$21,250');
    const details = [...element.shadowRoot!.querySelectorAll('dd')].map((detail) => detail.textContent);
    expect(details[0]).toBe('$168,000');
    expect(details[details.length - 1]).toBe('$125,500');
    await expect(element).toBeAccessible();
  });

  it('renders nothing without money figures', async () => {
    const element = createDrivers(undefined);
    await Promise.resolve();
    expect(element.shadowRoot!.querySelector('dl')).toBeNull();
  });
});
