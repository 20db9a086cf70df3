/**
 * Money value of one account: gross margin = revenue × margin rate (account override, else product-family rate,
 * else org default); net value = gross margin − cost to serve.
 */
import type { MarginRate, ValueConfig } from './config';
import type { DriverCost } from './costToServe';
import { costToServeBreakdownOfFacts } from './costToServe';
import type { AccountFacts, DataFinding, PreparedFacts } from './facts';
import { prepareFacts } from './facts';

/** Money figures of one account over the window. */
export interface AccountValue {
  accountId: string;
  revenue: number;
  marginRate: number;
  grossMargin: number;
  costToServe: number;
  netValue: number;
  costByDriver: DriverCost[];
  findings: DataFinding[];
}

/**
 * Margin rates compiled once from a configuration (per workspace): each valid product-family rate (configuration
 * order, the first of a family wins) and the org rate (the last valid rate with an empty family, else the valid
 * `defaultMarginRate`, else 0).
 */
export interface MarginPlan {
  families: string[];
  rates: number[];
  orgRate: number;
}

/** The margin plan of `marginRates` and `defaultMarginRate` (invalid rates, outside [0, 1], are skipped). */
export function marginPlanOf(marginRates: MarginRate[], defaultMarginRate: number): MarginPlan {
  const plan: MarginPlan = {
    families: [],
    rates: [],
    orgRate:
      Number.isFinite(defaultMarginRate) && defaultMarginRate >= 0 && defaultMarginRate <= 1 ? defaultMarginRate : 0
  };
  const rates = marginRates ?? [];
  for (let i = 0; i < rates.length; i++) {
    const rate = rates[i].rate;
    if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
      continue;
    }
    const family = rates[i].productFamily ?? '';
    if (family === '') {
      plan.orgRate = rate;
    } else {
      plan.families.push(family);
      plan.rates.push(rate);
    }
  }
  return plan;
}

/** {@link marginRateFor} under a margin plan: the valid override, else the family's rate, else the org rate. */
export function marginRateOfPlan(plan: MarginPlan, overrideRate: number, productFamily: string): number {
  if (Number.isFinite(overrideRate) && overrideRate >= 0 && overrideRate <= 1) {
    return overrideRate;
  }
  const families = plan.families;
  for (let i = 0; i < families.length; i++) {
    if (families[i] === productFamily) {
      return plan.rates[i];
    }
  }
  return plan.orgRate;
}

/**
 * Margin rate of an account: its valid override (0–1), else the rate of its product family, else the org default
 * (the margin rate with an empty family, else `defaultMarginRate`). Always finite in [0, 1].
 */
export function marginRateFor(
  overrideRate: number,
  productFamily: string,
  marginRates: MarginRate[],
  defaultMarginRate: number
): number {
  return marginRateOfPlan(marginPlanOf(marginRates, defaultMarginRate), overrideRate, productFamily);
}

/** What the money rule reads: cleaned revenue, margin-rate override (−1: none), product family, cost to serve. */
export interface MoneyInputs {
  revenue: number;
  marginRateOverride: number;
  productFamily: string;
  costToServe: number;
}

/** The money figures of one account. */
export interface MoneyFigures {
  marginRate: number;
  grossMargin: number;
  costToServe: number;
  netValue: number;
}

/**
 * The money rule, in one place: margin rate ({@link marginRateFor}), gross margin = revenue × rate, net value = gross
 * margin − cost to serve. The evaluation, the first pass of a portfolio, the explanation and the value breakdown all
 * call it, so they cannot disagree.
 */
export function moneyFiguresOf(inputs: MoneyInputs, config: ValueConfig): MoneyFigures {
  const money: MoneyFigures = { marginRate: 0, grossMargin: 0, costToServe: 0, netValue: 0 };
  moneyFiguresInto(money, inputs.revenue, inputs.marginRateOverride, inputs.productFamily, inputs.costToServe, config);
  return money;
}

/** {@link moneyFiguresOf} into a caller-owned record. */
export function moneyFiguresInto(
  target: MoneyFigures,
  revenue: number,
  marginRateOverride: number,
  productFamily: string,
  costToServe: number,
  config: ValueConfig
): void {
  moneyFiguresOfPlanInto(
    target,
    revenue,
    marginRateOverride,
    productFamily,
    costToServe,
    marginPlanOf(config.marginRates, config.settings.defaultMarginRate)
  );
}

/** {@link moneyFiguresInto} under a margin plan compiled once (the batch's hot path: no record per account). */
export function moneyFiguresOfPlanInto(
  target: MoneyFigures,
  revenue: number,
  marginRateOverride: number,
  productFamily: string,
  costToServe: number,
  marginPlan: MarginPlan
): void {
  const rate = marginRateOfPlan(marginPlan, marginRateOverride, productFamily);
  const grossMargin = revenue * rate;
  target.marginRate = rate;
  target.grossMargin = grossMargin;
  target.costToServe = costToServe;
  target.netValue = grossMargin - costToServe;
}

/** The money figures of prepared facts whose cost to serve is known. */
export function moneyOfPrepared(prepared: PreparedFacts, costToServe: number, config: ValueConfig): MoneyFigures {
  return moneyFiguresOf(
    {
      revenue: prepared.revenueCurrent,
      marginRateOverride: prepared.marginRateOverride,
      productFamily: prepared.productFamily,
      costToServe: costToServe
    },
    config
  );
}

/** Money value of prepared facts (findings of the cost drivers are added to the prepared facts' findings). */
export function valueOfPrepared(prepared: PreparedFacts, facts: AccountFacts, config: ValueConfig): AccountValue {
  const costs = costToServeBreakdownOfFacts(config, facts, prepared.paymentDelayAbsurd, prepared.accountId);
  const findings: DataFinding[] = prepared.findings.slice();
  for (let i = 0; i < costs.findings.length; i++) {
    findings.push(costs.findings[i]);
  }
  const money = moneyOfPrepared(prepared, costs.total, config);
  return {
    accountId: prepared.accountId,
    revenue: prepared.revenueCurrent,
    marginRate: money.marginRate,
    grossMargin: money.grossMargin,
    costToServe: money.costToServe,
    netValue: money.netValue,
    costByDriver: costs.byDriver,
    findings: findings
  };
}

/** Money value of an account from its raw facts: revenue, margin rate, gross margin, cost to serve, net value. */
export function computeAccountValue(facts: AccountFacts, config: ValueConfig): AccountValue {
  const raw: AccountFacts = facts ?? {};
  return valueOfPrepared(prepareFacts(raw), raw, config);
}
