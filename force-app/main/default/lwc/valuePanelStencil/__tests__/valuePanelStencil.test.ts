import { createElement } from 'lwc';
import ValuePanelStencil from 'c/valuePanelStencil';

describe('c-value-panel-stencil', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('announces loading to assistive technology and hides its placeholders', async () => {
    const element = createElement('c-value-panel-stencil', { is: ValuePanelStencil });
    document.body.appendChild(element);
    await Promise.resolve();

    expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('c.Common_Loading');
    expect(element.shadowRoot!.querySelectorAll('.stencil-line[aria-hidden="true"]')).toHaveLength(7);
    await expect(element).toBeAccessible();
  });
});
