/** Loading stencil of the customer value panel: grey placeholders in the shape of the content that is coming. */
import { LightningElement } from 'lwc';
import loadingLabel from '@salesforce/label/c.Common_Loading';

export default class ValuePanelStencil extends LightningElement {
  readonly loadingLabel = loadingLabel;
  readonly lines = ['summary', 'net-value', 'bar-1', 'bar-2', 'bar-3', 'bar-4', 'bar-5'];
}
