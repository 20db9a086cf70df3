/**
 * Cost to serve: each value driver's quantity × unit cost, in money, over the window.
 * `payment_delay`: quantity = Σ days late × amount, cost = quantity × cost of capital / 365, the rate being
 * `settings.costOfCapital` (the one source of that rate: the driver's unit cost is not used).
 * `complexity`: quantity = rating 1–5, cost = (rating − 1) × unit cost. Every other component: quantity × unit cost.
 */
import type { ValueConfig, ValueDriver } from './config';
import type { CostComponent } from './domain';
import type { AccountFacts, DataFinding, DataProblem, FindingsReport } from './facts';
import { ABSURD_AMOUNT } from './facts';
import { isMissingNumber, isMissingText } from './numbers';

/** The cost of one driver for one account. */
export interface DriverCost {
  driver: string;
  component: CostComponent;
  quantity: number;
  cost: number;
}

/** Cost to serve of one account: total, per driver (configuration order) and per component. */
export interface CostToServeResult {
  total: number;
  byDriver: DriverCost[];
  byComponent: Record<string, number>;
  findings: DataFinding[];
}

/** A rate or unit cost as the cost rules use it: finite and positive, else 0. */
function positiveRate(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** Driver kinds of a {@link CostPlan}: quantity × unit cost (every component without a rule of its own). */
const KIND_PER_UNIT = 0;
/** `payment_delay`: quantity × cost of capital / 365. */
const KIND_PAYMENT_DELAY = 1;
/** `complexity`: (rating − 1) × unit cost, the rating capped at 5. */
const KIND_COMPLEXITY = 2;

/** The kind of rule a component's cost follows. */
function costKindOf(component: string): number {
  if (component === 'payment_delay') {
    return KIND_PAYMENT_DELAY;
  }
  if (component === 'complexity') {
    return KIND_COMPLEXITY;
  }
  return KIND_PER_UNIT;
}

/**
 * The drivers' cost rules compiled once from a configuration (per workspace, per chunk): the configured drivers' names
 * (configuration order) and those names joined by commas (what listed quantities are checked against), their rule
 * kinds, their cleaned unit costs and the cleaned cost of capital — so that the per-account loop only does arithmetic.
 * The same rules as {@link driverQuantity} and {@link costOfDriver}.
 */
export interface CostPlan {
  names: string[];
  namesKey: string;
  kinds: number[];
  unitCosts: number[];
  costOfCapital: number;
}

/** The cost plan of `config`'s drivers and cost of capital. */
export function costPlanOf(config: ValueConfig): CostPlan {
  const plan: CostPlan = {
    names: [],
    namesKey: '',
    kinds: [],
    unitCosts: [],
    costOfCapital: positiveRate(config.settings.costOfCapital)
  };
  const drivers = config.drivers ?? [];
  for (let i = 0; i < drivers.length; i++) {
    plan.names.push(drivers[i].name);
    plan.kinds.push(costKindOf(drivers[i].component));
    plan.unitCosts.push(positiveRate(drivers[i].unitCost));
  }
  plan.namesKey = plan.names.join(',');
  return plan;
}

/** Money cost of a clean `quantity` under a rule kind, a cleaned unit cost and a cleaned cost of capital. */
function costOfKind(kind: number, quantity: number, unitCost: number, costOfCapital: number): number {
  if (!Number.isFinite(quantity) || quantity <= 0) {
    return 0;
  }
  let cost = quantity * unitCost;
  if (kind === KIND_PAYMENT_DELAY) {
    cost = (quantity * costOfCapital) / 365;
  } else if (kind === KIND_COMPLEXITY) {
    cost = (Math.min(quantity, 5) - 1 > 0 ? Math.min(quantity, 5) - 1 : 0) * unitCost;
  }
  return Number.isFinite(cost) ? cost : 0;
}

/**
 * Money cost of `quantity` units of `driver` (bad quantities, unit costs and rates count as 0, an overflow as 0).
 * `costOfCapital` is the annual rate of `settings.costOfCapital`, used by payment-delay drivers only.
 */
export function costOfDriver(driver: ValueDriver, quantity: number, costOfCapital: number): number {
  return costOfKind(costKindOf(driver.component), quantity, positiveRate(driver.unitCost), positiveRate(costOfCapital));
}

/** Reports a bad quantity of the driver `name` (the field name is built only then: the hot path allocates nothing). */
function addDriverFinding(report: FindingsReport, name: string, problem: DataProblem): void {
  report.findings.push({ accountId: report.accountId, field: 'driverQuantities.' + name, problem: problem });
}

/** The clean quantity of a driver of rule `kind` named `name` from its raw `value` ({@link driverQuantity}). */
function cleanQuantity(
  value: number | undefined,
  kind: number,
  name: string,
  paymentDelayAbsurd: boolean,
  report: FindingsReport
): number {
  if (isMissingNumber(value)) {
    return 0;
  }
  if (!Number.isFinite(value)) {
    addDriverFinding(report, name, 'not_finite');
    return 0;
  }
  if (value < 0) {
    addDriverFinding(report, name, 'negative');
    return 0;
  }
  if (kind === KIND_PAYMENT_DELAY && paymentDelayAbsurd) {
    return 0;
  }
  if (kind === KIND_COMPLEXITY && value > 5) {
    addDriverFinding(report, name, 'absurd');
    return 5;
  }
  if (value > ABSURD_AMOUNT) {
    addDriverFinding(report, name, 'absurd');
    return 0;
  }
  return value;
}

/**
 * Clean quantity of `driver` from `quantities`: missing → 0 (silently: no activity), NaN/Infinity → 0 (`not_finite`),
 * negative → 0 (`negative`), absurd (above 10^13, or a complexity rating above 5) → 0 or 5 (`absurd`), and any
 * payment-delay quantity → 0 when the account's payment delay itself is absurd.
 */
export function driverQuantity(
  driver: ValueDriver,
  quantities: Record<string, number> | undefined,
  paymentDelayAbsurd: boolean,
  report: FindingsReport
): number {
  if (quantities == null) {
    return 0;
  }
  return cleanQuantity(quantities[driver.name], costKindOf(driver.component), driver.name, paymentDelayAbsurd, report);
}

/**
 * Cost of the plan's driver `index` for its raw quantity `value`: {@link cleanQuantity} then {@link costOfKind}, with
 * the usual quantities (absent, zero, or from 0 to 10^13 and a rating up to 5: nothing to report) priced here at once,
 * the others by {@link unusualDriverCost} (kept apart so that this one stays small enough to be compiled inline).
 */
function planDriverCost(
  plan: CostPlan,
  index: number,
  value: number | undefined,
  paymentDelayAbsurd: boolean,
  report: FindingsReport
): number {
  if (isMissingNumber(value) || value === 0) {
    return 0;
  }
  const kind = plan.kinds[index];
  if (value > 0 && value <= ABSURD_AMOUNT && (kind !== KIND_COMPLEXITY || value <= 5)) {
    let cost = 0;
    if (kind === KIND_PER_UNIT) {
      cost = value * plan.unitCosts[index];
    } else if (kind === KIND_PAYMENT_DELAY) {
      cost = paymentDelayAbsurd ? 0 : (value * plan.costOfCapital) / 365;
    } else {
      cost = (value - 1 > 0 ? value - 1 : 0) * plan.unitCosts[index];
    }
    return Number.isFinite(cost) ? cost : 0;
  }
  return unusualDriverCost(plan, index, value, paymentDelayAbsurd, report);
}

/** {@link planDriverCost} of a quantity to clean first (bad, absurd, a rating above 5), reported as it is cleaned. */
function unusualDriverCost(
  plan: CostPlan,
  index: number,
  value: number,
  paymentDelayAbsurd: boolean,
  report: FindingsReport
): number {
  const kind = plan.kinds[index];
  return costOfKind(
    kind,
    cleanQuantity(value, kind, plan.names[index], paymentDelayAbsurd, report),
    plan.unitCosts[index],
    plan.costOfCapital
  );
}

/**
 * True when `list` is aligned with the plan's drivers: `names` (the names it is aligned with, joined by commas) are the
 * plan's names in the plan's order — one comparison of two texts, at once when the producer shares one text between
 * its facts — and it has one quantity per driver. Stored facts keep the names beside the list, as a list alone
 * misaligns when the configured drivers change. Driver names (Custom Metadata developer names) hold no comma.
 */
export function driverListAligned(plan: CostPlan, names: string | undefined, list: number[]): boolean {
  return names === plan.namesKey && list.length === plan.names.length;
}

/** The names a quantity list is aligned with, one per position (`driverNames` split at its commas). */
function listedNamesOf(facts: AccountFacts): string[] {
  const names = facts.driverNames;
  return isMissingText(names) ? [] : names.split(',');
}

/**
 * Raw quantity of the plan's driver `index` in `facts`: from `driverQuantityList` (by position when `aligned`, else at
 * the first position of its name in `listedNames`, the list's names), else from the keyed `driverQuantities`;
 * `undefined` when absent.
 */
function rawQuantityOf(
  plan: CostPlan,
  index: number,
  facts: AccountFacts,
  aligned: boolean,
  listedNames: string[]
): number | undefined {
  const list = facts.driverQuantityList;
  if (list != null) {
    if (aligned) {
      return list[index];
    }
    const at = listedNames.indexOf(plan.names[index]);
    return at >= 0 && at < list.length ? list[at] : undefined;
  }
  const quantities = facts.driverQuantities;
  return quantities == null ? undefined : quantities[plan.names[index]];
}

/**
 * Total cost to serve of one account's facts under a plan (the batch's hot path: arithmetic only, findings appended
 * to the report). The quantities come from `facts.driverQuantityList` when given (read by position when its
 * `driverNames` are the plan's, else by name), else from the keyed `driverQuantities`.
 */
export function totalCostOfFacts(
  plan: CostPlan,
  facts: AccountFacts,
  paymentDelayAbsurd: boolean,
  report: FindingsReport
): number {
  const list = facts.driverQuantityList;
  const count = plan.names.length;
  let total = 0;
  if (list != null && driverListAligned(plan, facts.driverNames, list)) {
    for (let i = 0; i < count; i++) {
      total = total + planDriverCost(plan, i, list[i], paymentDelayAbsurd, report);
    }
    return total;
  }
  if (list == null && facts.driverQuantities == null) {
    return 0;
  }
  return totalCostByName(plan, facts, paymentDelayAbsurd, report);
}

/** {@link totalCostOfFacts} of quantities read by driver name: keyed, or a list aligned with other names. */
function totalCostByName(
  plan: CostPlan,
  facts: AccountFacts,
  paymentDelayAbsurd: boolean,
  report: FindingsReport
): number {
  const listedNames: string[] = facts.driverQuantityList == null ? [] : listedNamesOf(facts);
  let total = 0;
  for (let i = 0; i < plan.names.length; i++) {
    total =
      total + planDriverCost(plan, i, rawQuantityOf(plan, i, facts, false, listedNames), paymentDelayAbsurd, report);
  }
  return total;
}

/**
 * Total cost to serve under `config` (its drivers and cost of capital) without the breakdown.
 * Findings are appended to the report.
 */
export function totalCostToServe(
  config: ValueConfig,
  quantities: Record<string, number> | undefined,
  paymentDelayAbsurd: boolean,
  report: FindingsReport
): number {
  if (quantities == null) {
    return 0;
  }
  return totalCostOfFacts(costPlanOf(config), { driverQuantities: quantities }, paymentDelayAbsurd, report);
}

/** Cost to serve under `config` with its breakdown per driver and per component (the same rules as the total). */
export function costToServeBreakdown(
  config: ValueConfig,
  quantities: Record<string, number> | undefined,
  paymentDelayAbsurd: boolean,
  accountId: string
): CostToServeResult {
  return costToServeBreakdownOfFacts(config, { driverQuantities: quantities }, paymentDelayAbsurd, accountId);
}

/**
 * {@link costToServeBreakdown} of an account's facts, whichever shape their quantities have (the list aligned with
 * the drivers, or keyed by name: {@link totalCostOfFacts}).
 */
export function costToServeBreakdownOfFacts(
  config: ValueConfig,
  facts: AccountFacts,
  paymentDelayAbsurd: boolean,
  accountId: string
): CostToServeResult {
  const report: FindingsReport = { accountId: accountId, findings: [] };
  const byDriver: DriverCost[] = [];
  const byComponent: Record<string, number> = {};
  let total = 0;
  const list = config.drivers ?? [];
  const plan = costPlanOf(config);
  const quantityList = facts.driverQuantityList;
  const aligned = quantityList != null && driverListAligned(plan, facts.driverNames, quantityList);
  const absent = quantityList == null && facts.driverQuantities == null;
  const listedNames = listedNamesOf(facts);
  for (let i = 0; i < list.length; i++) {
    const quantity = absent
      ? 0
      : cleanQuantity(
          rawQuantityOf(plan, i, facts, aligned, listedNames),
          plan.kinds[i],
          plan.names[i],
          paymentDelayAbsurd,
          report
        );
    const cost = costOfKind(plan.kinds[i], quantity, plan.unitCosts[i], plan.costOfCapital);
    byDriver.push({ driver: list[i].name, component: list[i].component, quantity: quantity, cost: cost });
    byComponent[list[i].component] = (byComponent[list[i].component] ?? 0) + cost;
    total = total + cost;
  }
  return { total: total, byDriver: byDriver, byComponent: byComponent, findings: report.findings };
}
