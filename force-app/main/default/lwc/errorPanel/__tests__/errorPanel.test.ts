import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';

function createPanel(properties: Record<string, unknown>): HTMLElement {
  const element = createElement('c-error-panel', { is: ErrorPanel });
  Object.assign(element, properties);
  document.body.appendChild(element);
  return element;
}

describe('c-error-panel', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows one message from the Apex error body and fires retry', async () => {
    const element = createPanel({
      heading: 'Could not load',
      errors: [{ body: { message: 'Row lock' }, message: 'Internal' }, new Error('Timeout')]
    });
    const retry = jest.fn();
    element.addEventListener('retry', retry);
    await Promise.resolve();

    expect(element.shadowRoot!.querySelector('.error-message')!.textContent).toBe('Row lock Timeout');
    element.shadowRoot!.querySelector<HTMLElement>('lightning-button')!.click();
    expect(retry).toHaveBeenCalledTimes(1);
    await expect(element).toBeAccessible();
  });

  it('falls back to a generic message when the error says nothing', async () => {
    const element = createPanel({ errors: {} });
    await Promise.resolve();
    expect(element.shadowRoot!.querySelector('.error-message')!.textContent).toBe('c.Error_Generic');
    await expect(element).toBeAccessible();
  });
});
