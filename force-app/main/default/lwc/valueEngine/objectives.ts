/**
 * Retention objectives [004]: a manager's targets for a year (customers retained, revenue from existing customers,
 * up-sell revenue, retention rate), the actuals the scoring job measures for the objective's accounts, and the pace
 * rule — will the objective miss the year at its current pace?
 *
 * The actuals are the portfolio's retention figures (the same definitions as the Portfolio KPIs) over the objective's
 * accounts, measured on the scoring window ending on the run day (12 rolling months by default). On the last day of
 * the year that window is the calendar year, so the year ends at the window's value on 31 December. At the current
 * pace, a figure moves from its opening value (the window that ended when the year started) in a straight line:
 * projected = opening + (actual − opening) ÷ elapsed share of the year. Without an opening value, or during the first
 * {@link PACE_MINIMUM_ELAPSED_DAYS} days, the projection is the actual (too early to extrapolate).
 */
import type { PortfolioAggregate } from './portfolio';
import { summarizePortfolio } from './portfolio';
import { dayNumberOf, INVALID_DAY_NUMBER } from './dates';
import { clamp, finiteOr, isMissingNumber, safeDivide } from './numbers';

/** Pace of an objective: Retention_Objective__c.Pace_Status__c API names. */
export type ObjectivePaceStatus = 'no_target' | 'not_started' | 'on_pace' | 'will_miss' | 'met' | 'missed';
export const OBJECTIVE_PACE_STATUS_VALUES: readonly string[] = [
  'no_target',
  'not_started',
  'on_pace',
  'will_miss',
  'met',
  'missed'
];

/** Days of the year before which the pace is the current level (no straight-line extrapolation). */
export const PACE_MINIMUM_ELAPSED_DAYS = 31;

/** The measured figures of an objective's accounts (retention rate, NRR, GRR as fractions). */
export interface ObjectiveActuals {
  customersRetained: number;
  existingRevenue: number;
  upsellRevenue: number;
  retentionRate: number;
  netRevenueRetention: number;
  grossRevenueRetention: number;
}

/** The targets of an objective; an absent or non-positive target is not tracked. Retention rate as a fraction. */
export interface ObjectiveTargets {
  customersRetained?: number;
  existingRevenue?: number;
  upsellRevenue?: number;
  retentionRate?: number;
}

/** What {@link objectivePace} needs: the year, the run day, the targets, the actuals and (when known) the opening. */
export interface ObjectivePaceInput {
  year: number;
  today: string;
  targets: ObjectiveTargets;
  actual: ObjectiveActuals;
  /** The same figures over the window that ended on 31 December of the previous year. */
  opening?: ObjectiveActuals;
}

/** The pace of one measure (`customers_retained`, `existing_revenue`, `upsell_revenue`, `retention_rate`). */
export interface MeasurePace {
  measure: string;
  target: number;
  actual: number;
  projected: number;
  /** actual ÷ target. */
  progress: number;
  willMiss: boolean;
}

/** The pace of an objective: one line per tracked measure. */
export interface ObjectivePaceResult {
  status: ObjectivePaceStatus;
  /** Share of the year elapsed on the run day, 0–1. */
  elapsedShare: number;
  measures: MeasurePace[];
  /** True when at least one tracked measure is projected below its target. */
  willMiss: boolean;
}

/** The actuals of an objective's accounts from their portfolio aggregate (the Portfolio KPIs' definitions). */
export function objectiveActualsOf(aggregate: PortfolioAggregate): ObjectiveActuals {
  const summary = summarizePortfolio(aggregate);
  return {
    customersRetained: aggregate.retainedCount,
    existingRevenue: aggregate.existingRevenueCurrent,
    upsellRevenue: aggregate.upsellRevenue,
    retentionRate: summary.retentionRate,
    netRevenueRetention: summary.netRevenueRetention,
    grossRevenueRetention: summary.grossRevenueRetention
  };
}

/** Share of `year` elapsed at the end of `today` (0 before the year, 1 after it); -1 when the inputs are invalid. */
export function yearElapsedShare(year: number, today: string): number {
  const day = dayNumberOf(today);
  if (day === INVALID_DAY_NUMBER || !Number.isFinite(year) || year < 1000 || year > 9998) {
    return -1;
  }
  const whole = Math.floor(year);
  const first = dayNumberOf(String(whole) + '-01-01');
  const next = dayNumberOf(String(whole + 1) + '-01-01');
  return clamp(safeDivide(day - first + 1, next - first, 0), 0, 1);
}

function projectedFigure(actual: number, opening: number | undefined, elapsed: number, days: number): number {
  if (isMissingNumber(opening) || !Number.isFinite(opening) || elapsed >= 1 || days < PACE_MINIMUM_ELAPSED_DAYS) {
    return actual;
  }
  return opening + safeDivide(actual - opening, elapsed, 0);
}

function measurePace(
  measure: string,
  target: number | undefined,
  actual: number,
  opening: number | undefined,
  elapsed: number,
  days: number,
  maximum: number
): MeasurePace | undefined {
  const goal = finiteOr(target, 0);
  if (goal <= 0) {
    return undefined;
  }
  const current = finiteOr(actual, 0);
  const projected = clamp(projectedFigure(current, opening, elapsed, days), 0, maximum);
  return {
    measure: measure,
    target: goal,
    actual: current,
    projected: projected,
    progress: safeDivide(current, goal, 0),
    willMiss: projected < goal
  };
}

function pushMeasure(measures: MeasurePace[], pace: MeasurePace | undefined): void {
  if (pace != null) {
    measures.push(pace);
  }
}

/**
 * Will the objective miss the year at its current pace? Each tracked measure (positive target) is projected to
 * 31 December (see the module comment); retention rate is capped at 1. Status: `no_target` when nothing is tracked,
 * `not_started` before the year, `met` / `missed` once the year is over (the actuals are then the year's), otherwise
 * `will_miss` when a projection falls short of its target and `on_pace` when none does.
 */
export function objectivePace(input: ObjectivePaceInput): ObjectivePaceResult {
  const elapsed = yearElapsedShare(input.year, input.today);
  const share = elapsed < 0 ? 0 : elapsed;
  const days = elapsed < 0 ? 0 : dayNumberOf(input.today) - dayNumberOf(String(Math.floor(input.year)) + '-01-01') + 1;
  const opening = input.opening;
  const actual = input.actual;
  const targets = input.targets;
  const noCap = 1e15;
  const measures: MeasurePace[] = [];
  pushMeasure(
    measures,
    measurePace(
      'customers_retained',
      targets.customersRetained,
      actual.customersRetained,
      opening?.customersRetained,
      share,
      days,
      noCap
    )
  );
  pushMeasure(
    measures,
    measurePace(
      'existing_revenue',
      targets.existingRevenue,
      actual.existingRevenue,
      opening?.existingRevenue,
      share,
      days,
      noCap
    )
  );
  pushMeasure(
    measures,
    measurePace(
      'upsell_revenue',
      targets.upsellRevenue,
      actual.upsellRevenue,
      opening?.upsellRevenue,
      share,
      days,
      noCap
    )
  );
  pushMeasure(
    measures,
    measurePace('retention_rate', targets.retentionRate, actual.retentionRate, opening?.retentionRate, share, days, 1)
  );
  let willMiss = false;
  for (const pace of measures) {
    if (pace.willMiss) {
      willMiss = true;
    }
  }
  let status: ObjectivePaceStatus = willMiss ? 'will_miss' : 'on_pace';
  if (measures.length === 0) {
    status = 'no_target';
    willMiss = false;
  } else if (elapsed < 0 || days <= 0) {
    status = 'not_started';
    willMiss = false;
  } else if (elapsed >= 1) {
    status = willMiss ? 'missed' : 'met';
  }
  return { status: status, elapsedShare: share, measures: measures, willMiss: willMiss };
}
