/**
 * Data-quality findings said plainly ("Revenue of the last 12 months is missing"), never hidden: when the account's
 * data is incomplete the list comes with a warning that the score may be off.
 */
import { LightningElement, api } from 'lwc';
import { findingText } from 'c/valueLabels';
import dataQualityLabel from '@salesforce/label/c.Panel_Data_Quality';
import completeLabel from '@salesforce/label/c.Panel_Data_Complete';
import incompleteLabel from '@salesforce/label/c.Panel_Data_Incomplete';

export default class ValueDataQuality extends LightningElement {
  @api findings: CvpApi.DataQualityFinding[] = [];

  readonly dataQualityLabel = dataQualityLabel;
  readonly completeLabel = completeLabel;
  readonly incompleteLabel = incompleteLabel;

  get hasFindings(): boolean {
    return this.findings.length > 0;
  }

  get sentences(): { key: string; text: string }[] {
    return this.findings.map((finding) => ({
      key: `${finding.field}-${finding.problem}`,
      text: findingText(finding.field, finding.problem)
    }));
  }
}
