/**
 * Stored versus live: when the value was scored, and what a recompute from today's data would change (or the preview
 * of a never-scored account). A manager's tier override is stated here for everyone, with its reason.
 */
import { LightningElement, api } from 'lwc';
import { actionName, flagName, formatLabel, tierName } from 'c/valueLabels';
import { formatDate, formatMoney, formatNumber, formatPercent } from 'c/valueFormat';
import scoredOnLabel from '@salesforce/label/c.Panel_Last_Scored';
import liveSameLabel from '@salesforce/label/c.Panel_Live_Same';
import liveChangesLabel from '@salesforce/label/c.Panel_Live_Changes';
import changeLineLabel from '@salesforce/label/c.Panel_Change_Line';
import neverScoredLabel from '@salesforce/label/c.Panel_Never_Scored';
import neverScoredLiveLabel from '@salesforce/label/c.Panel_Never_Scored_Live';
import overriddenNoteLabel from '@salesforce/label/c.Panel_Overridden_Note';
import tierLabel from '@salesforce/label/c.Portfolio_Tier';
import scoreLabel from '@salesforce/label/c.Panel_Value_Score';
import netValueLabel from '@salesforce/label/c.Panel_Net_Value';
import costToServeLabel from '@salesforce/label/c.Panel_Cost_To_Serve';
import churnLabel from '@salesforce/label/c.Panel_Churn_Probability';
import actionLabel from '@salesforce/label/c.Panel_Recommended_Action';
import flagsLabel from '@salesforce/label/c.Portfolio_Flags';

const MEASURE_NAMES: Readonly<Record<string, string>> = {
  tier: tierLabel,
  score: scoreLabel,
  net_value: netValueLabel,
  cost_to_serve: costToServeLabel,
  churn_probability: churnLabel,
  recommended_action: actionLabel,
  flags: flagsLabel
};

/** A stored or live value of `measure` (sent as text by the engine) in the user's words and locale. */
function shownValue(measure: string, text: string): string {
  const number = Number(text);
  const numeric = text.trim() !== '' && Number.isFinite(number);
  if (measure === 'tier') return tierName(text);
  if (measure === 'recommended_action') return actionName(text);
  if (measure === 'flags') {
    return text
      .split(',')
      .filter((flag) => flag.trim() !== '')
      .map((flag) => flagName(flag.trim()))
      .join(', ');
  }
  if (!numeric) return text;
  if (measure === 'net_value' || measure === 'cost_to_serve') return formatMoney(number);
  // The engine sends churn probability as whole percentage points.
  if (measure === 'churn_probability') return formatPercent(number / 100);
  return formatNumber(number, 1);
}

export default class ValueFreshness extends LightningElement {
  @api value?: CvpApi.AccountValueResponse;

  readonly neverScoredLabel = neverScoredLabel;
  readonly liveChangesLabel = liveChangesLabel;
  readonly liveSameLabel = liveSameLabel;

  get isScored(): boolean {
    return this.value?.stored.scored === true;
  }

  get scoredOn(): string {
    return formatLabel(scoredOnLabel, formatDate(this.value?.stored.scoredOn ?? ''));
  }

  get livePreview(): string {
    const live = this.value?.live;
    return live ? formatLabel(neverScoredLiveLabel, Math.round(live.score), tierName(live.tier)) : '';
  }

  get hasChanges(): boolean {
    return (this.value?.changes.length ?? 0) > 0;
  }

  get changes(): { key: string; text: string }[] {
    return (this.value?.changes ?? []).map((change) => ({
      key: change.measure,
      text: formatLabel(
        changeLineLabel,
        MEASURE_NAMES[change.measure] ?? change.measure,
        shownValue(change.measure, change.before),
        shownValue(change.measure, change.after)
      )
    }));
  }

  get overrideNote(): string {
    const stored = this.value?.stored;
    if (!stored?.tierOverride.active) return '';
    const { overriddenBy, overriddenAt, reason } = stored.tierOverride;
    return formatLabel(
      overriddenNoteLabel,
      overriddenBy,
      formatDate(overriddenAt),
      tierName(stored.result.computedTier),
      reason
    );
  }
}
