/**
 * Tier override for managers: a tier (or back to the computed one) and a required reason, checked here by the
 * engine's `tierOverrideProblem` and saved by `overrideTier` (which checks the same rule and the custom permission
 * again in Apex, and audits the change). Fires `tieroverridden` so the panel refreshes its data. The panel
 * renders this component only for users with the Customer_Value_Override_Tier custom permission.
 */
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import overrideTier from '@salesforce/apex/CustomerValueController.overrideTier';
import { OVERRIDE_REASON_MAX_LENGTH, tierOverrideProblem } from 'c/valueEngine';
import { engineText, tierName } from 'c/valueLabels';
import overrideLabel from '@salesforce/label/c.Panel_Override_Tier';
import reasonLabel from '@salesforce/label/c.Panel_Override_Reason';
import helpLabel from '@salesforce/label/c.Panel_Override_Help';
import savedLabel from '@salesforce/label/c.Panel_Override_Saved';
import reasonRequiredLabel from '@salesforce/label/c.Error_Override_Reason_Required';
import tierLabel from '@salesforce/label/c.Portfolio_Tier';
import saveLabel from '@salesforce/label/c.Common_Save';
import cancelLabel from '@salesforce/label/c.Common_Cancel';
import removeLabel from '@salesforce/label/c.Panel_Override_Remove';

const TIERS = ['D1', 'D2', 'D3', 'D4'];

export default class ValueTierOverride extends LightningElement {
  @api recordId?: string;
  /** The tier in force, preselected in the form. */
  @api currentTier = '';
  /** True when a manager's override is in force: the form then offers to remove it. */
  @api overrideActive = false;

  editing = false;
  saving = false;
  saveError: unknown;
  /** The engine's objection to the request (the same rule the controller applies), in words. */
  problem = '';
  selectedTier = '';
  reason = '';

  readonly overrideLabel = overrideLabel;
  readonly reasonLabel = reasonLabel;
  readonly helpLabel = helpLabel;
  readonly reasonRequiredLabel = reasonRequiredLabel;
  readonly tierLabel = tierLabel;
  readonly saveLabel = saveLabel;
  readonly cancelLabel = cancelLabel;
  readonly reasonMaxLength = OVERRIDE_REASON_MAX_LENGTH;

  get tierOptions(): { label: string; value: string }[] {
    const options = TIERS.map((tier) => ({ label: tierName(tier), value: tier }));
    return this.overrideActive ? [...options, { label: removeLabel, value: '' }] : options;
  }

  get hasError(): boolean {
    return this.saveError !== undefined;
  }

  handleOpen(): void {
    this.editing = true;
    this.selectedTier = this.currentTier;
    this.reason = '';
    this.problem = '';
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
    const problemKey = tierOverrideProblem(this.selectedTier, this.reason);
    this.problem = problemKey === '' ? '' : engineText(problemKey);
    if (problemKey !== '' || !this.recordId) return;
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
