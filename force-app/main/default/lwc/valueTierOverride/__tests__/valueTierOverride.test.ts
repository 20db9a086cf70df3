import { createElement } from 'lwc';
import ValueTierOverride from 'c/valueTierOverride';
import overrideTier from '@salesforce/apex/CustomerValueController.overrideTier';

const overrideTierMock = overrideTier as unknown as jest.Mock;

type Input = HTMLElement & { value: string; reportValidity: () => boolean };

function createOverride(): HTMLElement {
  const element = createElement('c-value-tier-override', { is: ValueTierOverride });
  Object.assign(element, { recordId: '001000000000001AAA', currentTier: 'D3' });
  document.body.appendChild(element);
  return element;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) await Promise.resolve();
}

async function openForm(element: HTMLElement, reason: string): Promise<void> {
  element.shadowRoot!.querySelector<HTMLElement>('[data-id="open"]')!.click();
  await settle();
  const textarea = element.shadowRoot!.querySelector<Input>('lightning-textarea')!;
  textarea.dispatchEvent(new CustomEvent('change', { detail: { value: reason } }));
  const combobox = element.shadowRoot!.querySelector<Input>('lightning-combobox')!;
  combobox.dispatchEvent(new CustomEvent('change', { detail: { value: 'D2' } }));
  await settle();
}

function clickSave(element: HTMLElement): void {
  const buttons = [...element.shadowRoot!.querySelectorAll<HTMLElement & { label: string }>('lightning-button')];
  buttons.find((button) => button.label === 'c.Common_Save')!.click();
}

describe('c-value-tier-override', () => {
  afterEach(() => {
    document.body.replaceChildren();
    jest.clearAllMocks();
  });

  it('saves the chosen tier with its reason and tells the panel', async () => {
    overrideTierMock.mockResolvedValue({ accountId: '001000000000001AAA', override: { active: true, tier: 'D2' } });
    const element = createOverride();
    const overridden = jest.fn<undefined, [Event]>();
    const toast = jest.fn();
    element.addEventListener('tieroverridden', overridden);
    element.addEventListener('lightning__showtoast', toast);
    await openForm(element, '  Key reference in the region  ');
    await expect(element).toBeAccessible();

    clickSave(element);
    await settle();

    expect(overrideTierMock).toHaveBeenCalledWith({
      accountId: '001000000000001AAA',
      tier: 'D2',
      reason: 'Key reference in the region'
    });
    expect((overridden.mock.calls[0][0] as CustomEvent).detail).toEqual({ tier: 'D2' });
    expect(toast).toHaveBeenCalledTimes(1);
    expect(element.shadowRoot!.querySelector('lightning-textarea')).toBeNull();
  });

  it('does not call Apex without a reason and says why, with the engine rule', async () => {
    const element = createOverride();
    await openForm(element, '   ');
    clickSave(element);
    await settle();

    expect(overrideTierMock).not.toHaveBeenCalled();
    expect(element.shadowRoot!.querySelector('[data-id="problem"]')!.textContent).toBe(
      'c.cvp_override_err_reason_required'
    );
    await expect(element).toBeAccessible();
  });

  it('offers to go back to the computed tier only while an override is in force', async () => {
    const element = createOverride();
    await openForm(element, 'Contract renegotiated');
    type Combobox = HTMLElement & { options: { value: string }[] };
    const values = (): string[] =>
      element.shadowRoot!.querySelector<Combobox>('lightning-combobox')!.options.map((option) => option.value);
    expect(values()).toEqual(['D1', 'D2', 'D3', 'D4']);
    Object.assign(element, { overrideActive: true });
    await settle();
    expect(values()).toEqual(['D1', 'D2', 'D3', 'D4', '']);
  });

  it('keeps the form open and shows the refusal through the error panel', async () => {
    overrideTierMock.mockRejectedValue({ body: { message: 'Only managers can override a tier.' } });
    const element = createOverride();
    await openForm(element, 'Strategic partner');
    clickSave(element);
    await settle();

    const errorPanel = element.shadowRoot!.querySelector<HTMLElement & { errors: unknown }>('c-error-panel')!;
    expect(errorPanel.errors).toEqual({ body: { message: 'Only managers can override a tier.' } });
    expect(element.shadowRoot!.querySelector('lightning-textarea')).not.toBeNull();
    await expect(element).toBeAccessible();
  });
});
