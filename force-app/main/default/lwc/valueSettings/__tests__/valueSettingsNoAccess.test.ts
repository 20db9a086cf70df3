import { createElement } from 'lwc';
import ValueSettings from 'c/valueSettings';
import getValueSettings from '@salesforce/apex/ValueSettingsController.getValueSettings';

// A user without the Customer_Value_Edit_Settings custom permission (the stand-in's default).
describe('c-value-settings without the permission', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('says so clearly, calls nothing and is accessible', async () => {
    const element = createElement('c-value-settings', { is: ValueSettings });
    document.body.appendChild(element);
    await Promise.resolve();
    expect(element.shadowRoot!.querySelector('[data-id="no-access"]')!.textContent).not.toBe('');
    expect(element.shadowRoot!.querySelector('[data-section]')).toBeNull();
    expect(getValueSettings).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
  });
});
