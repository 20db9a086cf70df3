import { createElement } from 'lwc';
import PlanCard from 'c/planCard';

async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) await Promise.resolve();
}

async function createCard(properties: Record<string, unknown>): Promise<HTMLElement> {
  const element = createElement('c-plan-card', { is: PlanCard });
  Object.assign(element, { iconName: 'standard:decision', heading: 'Graceful separation', ...properties });
  const content = document.createElement('p');
  content.dataset.id = 'content';
  content.textContent = 'The step';
  element.appendChild(content);
  document.body.appendChild(element);
  await settle();
  return element;
}

const $ = (element: HTMLElement, selector: string): HTMLElement | null => element.shadowRoot!.querySelector(selector);

describe('c-plan-card', () => {
  afterEach(() => {
    document.body.replaceChildren();
    jest.clearAllMocks();
  });

  it('shows the title, the status line and the way back, and an empty live region before any save', async () => {
    const element = await createCard({ subheading: 'Plan status: Assessed' });
    expect($(element, 'h2')!.textContent).toBe('Graceful separation');
    expect($(element, '[data-id="subheading"]')!.textContent).toBe('Plan status: Assessed');
    const region = $(element, '[data-id="status"]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.getAttribute('role')).toBe('status');
    expect($(element, '[data-id="status-message"]')).toBeNull();
    const back = jest.fn();
    element.addEventListener('back', back);
    $(element, '[data-id="back-to-value"]')!.click();
    expect(back).toHaveBeenCalledTimes(1);
    await expect(element).toBeAccessible();
  });

  it('says one status at a time, inside the live region, and replaces it', async () => {
    const element = await createCard({ statusMessage: 'Saved. Plan status: Path chosen.' });
    expect($(element, '[data-id="status"] [data-id="status-message"]')!.textContent).toBe(
      'Saved. Plan status: Path chosen.'
    );
    Object.assign(element, { statusMessage: 'Your changes are saved.' });
    await settle();
    const messages = element.shadowRoot!.querySelectorAll('[data-id="status-message"]');
    expect(Array.from(messages, (message) => message.textContent)).toEqual(['Your changes are saved.']);
    await expect(element).toBeAccessible();
    Object.assign(element, { statusMessage: '' });
    await settle();
    expect($(element, '[data-id="status-message"]')).toBeNull();
    expect($(element, '[data-id="status"]')).not.toBeNull();
  });

  it('shows a spinner while loading and one error panel with a retry when the load failed', async () => {
    const element = await createCard({ loading: true });
    expect($(element, 'lightning-spinner')).not.toBeNull();
    expect($(element, '[data-id="status"]')).toBeNull();
    await expect(element).toBeAccessible();
    Object.assign(element, {
      loading: false,
      loadError: new Error('Simulated outage'),
      loadErrorHeading: 'Not loaded'
    });
    await settle();
    const panel = $(element, 'c-error-panel')!;
    expect(panel).not.toBeNull();
    expect($(element, 'slot')).toBeNull();
    const retry = jest.fn();
    element.addEventListener('retry', retry);
    panel.dispatchEvent(new CustomEvent('retry'));
    expect(retry).toHaveBeenCalledTimes(1);
    await expect(element).toBeAccessible();
  });
});
