/**
 * The card of the separation wizard and the retention play: title and the way back to the customer value, the loading
 * spinner, the load error (one panel, a retry), and the one status message of the last save. The status replaces the
 * previous one, stays in the page's flow under the path (never over the header, as stacked toasts did) and is said by
 * screen readers (a polite live region, present before it is filled so that every change is announced).
 */
import { LightningElement, api } from 'lwc';
import backToValueLabel from '@salesforce/label/c.Separation_Back_To_Value';

export default class PlanCard extends LightningElement {
  @api iconName = '';
  @api heading = '';
  /** A line under the title (the plan's status). */
  @api subheading = '';
  @api loading = false;
  /** What the load failed with; the content is not shown while it is set. */
  @api loadError: unknown;
  @api loadErrorHeading = '';
  /** The result of the last save, in one sentence; '' for none. */
  @api statusMessage = '';

  readonly backToValueLabel = backToValueLabel;

  get hasLoadError(): boolean {
    return !this.loading && this.loadError !== undefined && this.loadError !== null;
  }

  handleBack(): void {
    this.dispatchEvent(new CustomEvent('back'));
  }

  handleRetry(): void {
    this.dispatchEvent(new CustomEvent('retry'));
  }
}
