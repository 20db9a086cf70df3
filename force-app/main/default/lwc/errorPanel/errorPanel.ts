/**
 * The one error panel of the UI (STYLE.md: one error path): whatever failed is reduced by `reduceErrors` to one
 * message, shown with a retry button that fires `retry` for the owner to re-run what failed.
 */
import { LightningElement, api } from 'lwc';
import { reduceErrors } from 'c/ldsUtils';
import errorGeneric from '@salesforce/label/c.Error_Generic';
import retryLabel from '@salesforce/label/c.Common_Retry';

export default class ErrorPanel extends LightningElement {
  /** What could not be done, as a heading ("The customer value could not be loaded"). */
  @api heading = '';
  /** The error(s) as received from a wire, an Apex call or JavaScript. */
  @api errors: unknown;

  readonly retryLabel = retryLabel;

  get message(): string {
    const messages = reduceErrors(this.errors);
    return messages.length > 0 ? messages.join(' ') : errorGeneric.replace('{0}', '').replace(/[:\s]+$/, '');
  }

  handleRetry(): void {
    this.dispatchEvent(new CustomEvent('retry'));
  }
}
