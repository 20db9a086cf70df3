import { createElement } from 'lwc';
import ValueDataQuality from 'c/valueDataQuality';
import accountValueIncomplete from '../../customerValuePanel/__tests__/data/accountValueIncomplete.json';

function createQuality(findings: unknown[]): HTMLElement {
  const element = createElement('c-value-data-quality', { is: ValueDataQuality });
  Object.assign(element, { findings });
  document.body.appendChild(element);
  return element;
}

describe('c-value-data-quality', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('lists every finding as a sentence under a warning', async () => {
    const element = createQuality(accountValueIncomplete.findings);
    await Promise.resolve();

    const items = [...element.shadowRoot!.querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toEqual(['c.Finding_Missing', 'c.Finding_Invalid_Date', 'c.Finding_Negative']);
    expect(element.shadowRoot!.textContent).toContain('c.Panel_Data_Incomplete');
    await expect(element).toBeAccessible();
  });

  it('says the data is complete when there is no finding', async () => {
    const element = createQuality([]);
    await Promise.resolve();

    expect(element.shadowRoot!.querySelector('li')).toBeNull();
    expect(element.shadowRoot!.querySelector('[data-id="complete"]')!.textContent).toContain('c.Panel_Data_Complete');
    await expect(element).toBeAccessible();
  });
});
