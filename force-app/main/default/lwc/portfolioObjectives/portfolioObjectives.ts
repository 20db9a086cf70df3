/**
 * The Portfolio tab's retention objectives [004]: each objective of the year with its targets against the actuals the
 * scoring job measured (and when), a progress bar per measure with its projection to 31 December, and the objectives
 * whose pace will miss the year first. Status and projection come from the engine's objectivePace.
 */
import { LightningElement, api } from 'lwc';
import { formatCount, formatLabel } from 'c/valueLabels';
import { formatDate, formatMoneyCompact, formatNumber, formatPercent } from 'c/valueFormat';
import titleLabel from '@salesforce/label/c.Objectives_Title';
import computedLabel from '@salesforce/label/c.Objectives_Last_Computed';
import neverComputedLabel from '@salesforce/label/c.Objectives_Never_Computed';
import emptyLabel from '@salesforce/label/c.Objectives_Empty';
import willMissCountLabel from '@salesforce/label/c.Objectives_Will_Miss_Count';
import willMissOneLabel from '@salesforce/label/c.Objectives_Will_Miss_One';
import measureLineLabel from '@salesforce/label/c.Objectives_Measure_Line';
import customersLabel from '@salesforce/label/c.Objective_Measure_Customers_Retained';
import existingLabel from '@salesforce/label/c.Objective_Measure_Existing_Revenue';
import upsellLabel from '@salesforce/label/c.Objective_Measure_Upsell_Revenue';
import retentionLabel from '@salesforce/label/c.Objective_Measure_Retention_Rate';
import noTargetLabel from '@salesforce/label/c.Objective_Status_No_Target';
import notStartedLabel from '@salesforce/label/c.Objective_Status_Not_Started';
import onPaceLabel from '@salesforce/label/c.Objective_Status_On_Pace';
import willMissLabel from '@salesforce/label/c.Objective_Status_Will_Miss';
import metLabel from '@salesforce/label/c.Objective_Status_Met';
import missedLabel from '@salesforce/label/c.Objective_Status_Missed';

const MEASURES: Readonly<Record<string, { name: string; format: (value: number) => string }>> = {
  customers_retained: { name: customersLabel, format: (value) => formatNumber(value) },
  existing_revenue: { name: existingLabel, format: (value) => formatMoneyCompact(value) },
  upsell_revenue: { name: upsellLabel, format: (value) => formatMoneyCompact(value) },
  retention_rate: { name: retentionLabel, format: (value) => formatPercent(value) }
};

const STATUSES: Readonly<Record<string, { text: string; icon: string; badge: string }>> = {
  no_target: { text: noTargetLabel, icon: 'utility:dash', badge: 'slds-badge' },
  not_started: { text: notStartedLabel, icon: 'utility:clock', badge: 'slds-badge' },
  on_pace: { text: onPaceLabel, icon: 'utility:success', badge: 'slds-badge slds-theme_success' },
  will_miss: { text: willMissLabel, icon: 'utility:warning', badge: 'slds-badge slds-theme_warning' },
  met: { text: metLabel, icon: 'utility:success', badge: 'slds-badge slds-theme_success' },
  missed: { text: missedLabel, icon: 'utility:error', badge: 'slds-badge slds-theme_error' }
};

interface ObjectiveView {
  key: string;
  name: string;
  holder: string;
  statusText: string;
  statusIcon: string;
  badgeClass: string;
  computed: string;
  measures: { key: string; name: string; line: string; percent: number; willMiss: boolean }[];
}

export default class PortfolioObjectives extends LightningElement {
  @api objectives?: CvpApi.PortfolioObjectivesResponse;

  get title(): string {
    return formatLabel(titleLabel, String(this.objectives?.year ?? ''));
  }

  get hasObjectives(): boolean {
    return (this.objectives?.objectives.length ?? 0) > 0;
  }

  get emptyText(): string {
    return formatLabel(emptyLabel, String(this.objectives?.year ?? ''));
  }

  get willMissText(): string {
    const count = (this.objectives?.objectives ?? []).filter((objective) => objective.willMiss).length;
    return count > 0 ? formatCount(count, willMissOneLabel, willMissCountLabel) : '';
  }

  /** The objectives that will miss the year first, then by name. */
  get items(): ObjectiveView[] {
    const objectives = [...(this.objectives?.objectives ?? [])].sort(
      (a, b) => Number(b.willMiss) - Number(a.willMiss) || a.name.localeCompare(b.name)
    );
    return objectives.map((objective) => {
      const status = STATUSES[objective.paceStatus] ?? STATUSES.no_target;
      return {
        key: objective.objectiveId,
        name: objective.name,
        holder: objective.holder,
        statusText: status.text,
        statusIcon: status.icon,
        badgeClass: status.badge,
        computed:
          objective.lastComputedAt === ''
            ? neverComputedLabel
            : formatLabel(computedLabel, formatDate(objective.lastComputedAt.slice(0, 10))),
        measures: objective.measures.map((measure) => {
          const text = MEASURES[measure.measure] ?? { name: measure.measure, format: (value: number) => String(value) };
          return {
            key: `${objective.objectiveId}-${measure.measure}`,
            name: text.name,
            line: formatLabel(
              measureLineLabel,
              text.name,
              text.format(measure.actual),
              text.format(measure.target),
              formatPercent(measure.progress),
              text.format(measure.projected)
            ),
            percent: Math.max(0, Math.min(100, Math.round(measure.progress * 100))),
            willMiss: measure.willMiss
          };
        })
      };
    });
  }
}
