/**
 * Cost to serve: each value driver's quantity × unit cost, in money, over the window.
 * `payment_delay`: quantity = Σ days late × amount, cost = quantity × cost of capital / 365, the rate being
 * `settings.costOfCapital` (the one source of that rate: the driver's unit cost is not used).
 * `complexity`: quantity = rating 1–5, cost = (rating − 1) × unit cost. Every other component: quantity × unit cost.
 */
import type { ValueConfig, ValueDriver } from './config';
import type { CostComponent } from './domain';
import type { DataFinding, DataProblem, FindingsReport } from './facts';
import { ABSURD_AMOUNT } from './facts';
import { isMissingNumber } from './numbers';

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

/**
 * Money cost of `quantity` units of `driver` (bad quantities, unit costs and rates count as 0, an overflow as 0).
 * `costOfCapital` is the annual rate of `settings.costOfCapital`, used by payment-delay drivers only.
 */
export function costOfDriver(driver: ValueDriver, quantity: number, costOfCapital: number): number {
  if (!Number.isFinite(quantity) || quantity <= 0) {
    return 0;
  }
  const unitCost = positiveRate(driver.unitCost);
  let cost = quantity * unitCost;
  if (driver.component === 'payment_delay') {
    cost = (quantity * positiveRate(costOfCapital)) / 365;
  } else if (driver.component === 'complexity') {
    cost = (Math.min(quantity, 5) - 1 > 0 ? Math.min(quantity, 5) - 1 : 0) * unitCost;
  }
  return Number.isFinite(cost) ? cost : 0;
}

/** Reports a bad quantity of `driver` (the field name is built only then: the hot path allocates nothing). */
function addDriverFinding(report: FindingsReport, driver: ValueDriver, problem: DataProblem): void {
  report.findings.push({ accountId: report.accountId, field: 'driverQuantities.' + driver.name, problem: problem });
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
  const value = quantities[driver.name];
  if (isMissingNumber(value)) {
    return 0;
  }
  if (!Number.isFinite(value)) {
    addDriverFinding(report, driver, 'not_finite');
    return 0;
  }
  if (value < 0) {
    addDriverFinding(report, driver, 'negative');
    return 0;
  }
  if (driver.component === 'payment_delay' && paymentDelayAbsurd) {
    return 0;
  }
  if (driver.component === 'complexity' && value > 5) {
    addDriverFinding(report, driver, 'absurd');
    return 5;
  }
  if (value > ABSURD_AMOUNT) {
    addDriverFinding(report, driver, 'absurd');
    return 0;
  }
  return value;
}

/**
 * Total cost to serve under `config` (its drivers and cost of capital) without the breakdown (the batch's hot path).
 * Findings are appended to the report.
 */
export function totalCostToServe(
  config: ValueConfig,
  quantities: Record<string, number> | undefined,
  paymentDelayAbsurd: boolean,
  report: FindingsReport
): number {
  let total = 0;
  if (quantities == null) {
    return 0;
  }
  const drivers = config.drivers ?? [];
  const costOfCapital = config.settings.costOfCapital;
  for (let i = 0; i < drivers.length; i++) {
    const quantity = driverQuantity(drivers[i], quantities, paymentDelayAbsurd, report);
    total = total + costOfDriver(drivers[i], quantity, costOfCapital);
  }
  return total;
}

/** Cost to serve under `config` with its breakdown per driver and per component (the same rules as the total). */
export function costToServeBreakdown(
  config: ValueConfig,
  quantities: Record<string, number> | undefined,
  paymentDelayAbsurd: boolean,
  accountId: string
): CostToServeResult {
  const report: FindingsReport = { accountId: accountId, findings: [] };
  const byDriver: DriverCost[] = [];
  const byComponent: Record<string, number> = {};
  let total = 0;
  const list = config.drivers ?? [];
  const costOfCapital = config.settings.costOfCapital;
  for (let i = 0; i < list.length; i++) {
    const quantity = driverQuantity(list[i], quantities, paymentDelayAbsurd, report);
    const cost = costOfDriver(list[i], quantity, costOfCapital);
    byDriver.push({ driver: list[i].name, component: list[i].component, quantity: quantity, cost: cost });
    byComponent[list[i].component] = (byComponent[list[i].component] ?? 0) + cost;
    total = total + cost;
  }
  return { total: total, byDriver: byDriver, byComponent: byComponent, findings: report.findings };
}
