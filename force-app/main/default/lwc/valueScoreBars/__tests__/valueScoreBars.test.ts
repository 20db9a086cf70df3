import { createElement } from 'lwc';
import ValueScoreBars, { roundToTotal } from 'c/valueScoreBars';
import accountValue from '../../customerValuePanel/__tests__/data/accountValue.json';

function createBars(components: unknown[]): HTMLElement {
  const element = createElement('c-value-score-bars', { is: ValueScoreBars });
  Object.assign(element, { components });
  document.body.appendChild(element);
  return element;
}

describe('c-value-score-bars', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('rounds points so that they add up to the rounded score', () => {
    // 33.4 + 12.6 + 6.3 + 10 + 15.4 = 77.7 → 78, but plain rounding gives 33 + 13 + 6 + 10 + 15 = 77: the two
    // largest remainders (12.6, then 15.4 whose binary remainder is a hair above 33.4's) take the missing points.
    const rounded = roundToTotal([33.4, 12.6, 6.3, 10, 15.4]);
    expect(rounded).toEqual([33, 13, 6, 10, 16]);
    expect(rounded.reduce((sum, value) => sum + value, 0)).toBe(78);
    expect(roundToTotal([])).toEqual([]);
  });

  it('draws one bar per component whose widths add up to the score shown', async () => {
    const element = createBars(accountValue.components);
    await Promise.resolve();

    const rows = [...element.shadowRoot!.querySelectorAll<HTMLElement>('tr[data-component]')];
    expect(rows.map((row) => row.dataset.component)).toEqual([
      'net_value',
      'potential',
      'influence',
      'strategic_fit',
      'loyalty'
    ]);
    const widths = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.slds-progress-bar__value')].map((bar) =>
      parseFloat(bar.style.width)
    );
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(78);
    // Money behind each component, except strategic fit which is not an amount.
    expect(rows[0].lastElementChild!.textContent).toBe('$125,500');
    expect(rows[3].lastElementChild!.textContent).toBe('');
    await expect(element).toBeAccessible();
  });

  it('renders an empty breakdown as a zero total', async () => {
    const element = createBars([]);
    await Promise.resolve();
    expect(element.shadowRoot!.querySelectorAll('tr[data-component]')).toHaveLength(0);
    await expect(element).toBeAccessible();
  });
});
