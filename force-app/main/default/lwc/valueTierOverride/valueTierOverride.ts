/**
 * Tier override for managers: a tier and a required reason, saved by `overrideTier` (which checks the custom
 * permission again in Apex and audits the change). Fires `tieroverridden` so the panel refreshes its data. The panel
 * renders this component only for users with the Customer_Value_Override_Tier custom permission.
 */
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import overrideTier from '@salesforce/apex/CustomerValueController.overrideTier';
import { tierName } from 'c/valueLabels';
import overrideLabel from '@salesforce/label/c.Panel_Override_Tier';
import reasonLabel from '@salesforce/label/c.Panel_Override_Reason';
import helpLabel from '@salesforce/label/c.Panel_Override_Help';
import savedLabel from '@salesforce/label/c.Panel_Override_Saved';
import reasonRequiredLabel from '@salesforce/label/c.Error_Override_Reason_Required';
import tierLabel from '@salesforce/label/c.Portfolio_Tier';
import saveLabel from '@salesforce/label/c.Common_Save';
import cancelLabel from '@salesforce/label/c.Common_Cancel';

const TIERS = ['D1', 'D2', 'D3', 'D4'];

interface Validatable extends HTMLElement {
  reportValidity(): boolean;
}

export default class ValueTierOverride extends LightningElement {
  @api recordId?: string;
  /** The tier in force, preselected in the form. */
  @api currentTier = '';

  editing = false;
  saving = false;
  saveError: unknown;
  selectedTier = '';
  reason = '';

  readonly overrideLabel = overrideLabel;
  readonly reasonLabel = reasonLabel;
  readonly helpLabel = helpLabel;
  readonly reasonRequiredLabel = reasonRequiredLabel;
  readonly tierLabel = tierLabel;
  readonly saveLabel = saveLabel;
  readonly cancelLabel = cancelLabel;

  get tierOptions(): { label: string; value: string }[] {
    return TIERS.map((tier) => ({ label: tierName(tier), value: tier }));
  }

  get hasError(): boolean {
    return this.saveError !== undefined;
  }

  handleOpen(): void {
    this.editing = true;
    this.selectedTier = this.currentTier;
    this.reason = '';
    this.saveError = undefined;
  }

  handleCancel(): void {
    this.editing = false;
    this.saveError = undefined;
  }

  handleTierChange(event: CustomEvent<{ value: string }>): void {
    this.selectedTier = event.detail.value;
  }

  handleReasonChange(event: CustomEvent<{ value: string }>): void {
    this.reason = event.detail.value;
  }

  async handleSave(): Promise<void> {
    // The inputs show their own messages; whether to save is decided on the values (a blank reason is missing).
    this.template?.querySelectorAll<Validatable>('lightning-combobox, lightning-textarea').forEach((input) => {
      input.reportValidity();
    });
    if (!TIERS.includes(this.selectedTier) || this.reason.trim() === '' || !this.recordId) return;
    this.saving = true;
    this.saveError = undefined;
    try {
      await overrideTier({ accountId: this.recordId, tier: this.selectedTier, reason: this.reason.trim() });
      this.editing = false;
      this.dispatchEvent(
        new ShowToastEvent({ title: savedLabel, message: tierName(this.selectedTier), variant: 'success' })
      );
      this.dispatchEvent(new CustomEvent('tieroverridden', { detail: { tier: this.selectedTier } }));
    } catch (error) {
      this.saveError = error;
    } finally {
      this.saving = false;
    }
  }
}
