import { createElement } from 'lwc';
import ValueFreshness from 'c/valueFreshness';
import accountValue from '../../customerValuePanel/__tests__/data/accountValue.json';
import accountValueNeverScored from '../../customerValuePanel/__tests__/data/accountValueNeverScored.json';
import accountValueIncomplete from '../../customerValuePanel/__tests__/data/accountValueIncomplete.json';

function createFreshness(value: unknown): HTMLElement {
  const element = createElement('c-value-freshness', { is: ValueFreshness });
  Object.assign(element, { value });
  document.body.appendChild(element);
  return element;
}

describe('c-value-freshness', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('says when the value was scored and lists what a live recompute changes', async () => {
    const element = createFreshness(accountValue);
    await Promise.resolve();

    expect(element.shadowRoot!.querySelector('[data-id="scored-on"]')!.textContent).toBe('c.Panel_Last_Scored');
    const measures = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-measure]')];
    expect(measures.map((item) => item.dataset.measure)).toEqual(['score', 'net_value']);
    expect(element.shadowRoot!.querySelector('[data-id="override-note"]')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says "not scored yet" with a preview from today\'s data', async () => {
    const element = createFreshness(accountValueNeverScored);
    await Promise.resolve();

    expect(element.shadowRoot!.querySelector('[data-id="never-scored"]')!.textContent).toBe('c.Panel_Never_Scored');
    expect(element.shadowRoot!.querySelector('[data-id="live-preview"]')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('states a manager override with its reason, and that nothing changed live', async () => {
    const element = createFreshness({ ...accountValueIncomplete, changes: [] });
    await Promise.resolve();

    expect(element.shadowRoot!.querySelector('[data-id="live-same"]')).not.toBeNull();
    const note = element.shadowRoot!.querySelector('[data-id="override-note"]')!;
    expect(note.textContent).toContain('c.Panel_Overridden_Note');
  });
});
