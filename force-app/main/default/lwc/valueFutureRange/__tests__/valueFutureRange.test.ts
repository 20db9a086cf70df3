import { createElement } from 'lwc';
import ValueFutureRange from 'c/valueFutureRange';
import accountValue from '../../customerValuePanel/__tests__/data/accountValue.json';
import accountValueNeverScored from '../../customerValuePanel/__tests__/data/accountValueNeverScored.json';

function createRange(clv: unknown): HTMLElement {
  const element = createElement('c-value-future-range', { is: ValueFutureRange });
  Object.assign(element, { clv });
  document.body.appendChild(element);
  return element;
}

describe('c-value-future-range', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('draws the 95 % interval as a band with the estimate inside it', async () => {
    const element = createRange(accountValue.clv);
    await Promise.resolve();

    expect(element.shadowRoot!.querySelector('[data-id="estimate"]')!.textContent).toBe('$310,000');
    const band = element.shadowRoot!.querySelector<HTMLElement>('.range-band')!;
    const marker = element.shadowRoot!.querySelector<HTMLElement>('.range-marker')!;
    // Scale 0 → 395 000 × 1.1: the band spans 240 000–395 000, the estimate sits between.
    expect(parseFloat(band.style.left)).toBeCloseTo(55.2, 1);
    expect(parseFloat(band.style.width)).toBeCloseTo(35.7, 1);
    const markerLeft = parseFloat(marker.style.left);
    expect(markerLeft).toBeGreaterThan(parseFloat(band.style.left));
    expect(markerLeft).toBeLessThan(parseFloat(band.style.left) + parseFloat(band.style.width));
    await expect(element).toBeAccessible();
  });

  it('says in words that there is no range when the interval collapses to the estimate', async () => {
    const element = createRange({ ...accountValue.clv, lower: 75_364, estimate: 75_364, upper: 75_364 });
    await Promise.resolve();

    expect(element.shadowRoot!.querySelector('[data-id="estimate"]')!.textContent).toBe('$75,364');
    expect(element.shadowRoot!.querySelector('.range-band')).toBeNull();
    expect(element.shadowRoot!.querySelector('[data-id="interval"]')).toBeNull();
    expect(element.shadowRoot!.querySelector('[data-id="no-interval"]')!.textContent).toBe('c.Panel_Clv_No_Interval');
    await expect(element).toBeAccessible();
  });

  it('says why there is no forecast', async () => {
    const element = createRange(accountValueNeverScored.clv);
    await Promise.resolve();

    expect(element.shadowRoot!.querySelector('.range-band')).toBeNull();
    expect(element.shadowRoot!.querySelector('[data-id="unknown"]')!.textContent).toBe('c.Panel_Clv_Not_Available');
    await expect(element).toBeAccessible();
  });
});
