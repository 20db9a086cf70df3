/**
 * Cost to serve: each value driver's quantity × unit cost, in money, over the window.
 * `payment_delay`: quantity = Σ days late × amount, cost = quantity × unit cost (annual cost of capital) / 365.
 * `complexity`: quantity = rating 1–5, cost = (rating − 1) × unit cost. Every other component: quantity × unit cost.
 */
import type { ValueDriver } from './config';
import type { CostComponent } from './domain';
import type { DataFinding } from './facts';
import { ABSURD_AMOUNT } from './facts';

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

/** Money cost of `quantity` units of `driver` (bad quantities and unit costs count as 0, an overflow as 0). */
export function costOfDriver(driver: ValueDriver, quantity: number): number {
  const unitCost = Number.isFinite(driver.unitCost) && driver.unitCost > 0 ? driver.unitCost : 0;
  if (!Number.isFinite(quantity) || quantity <= 0) {
    return 0;
  }
  let cost = quantity * unitCost;
  if (driver.component === 'payment_delay') {
    cost = (quantity * unitCost) / 365;
  } else if (driver.component === 'complexity') {
    cost = (Math.min(quantity, 5) - 1 > 0 ? Math.min(quantity, 5) - 1 : 0) * unitCost;
  }
  return Number.isFinite(cost) ? cost : 0;
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
  accountId: string,
  findings: DataFinding[]
): number {
  if (quantities === undefined || quantities == null) {
    return 0;
  }
  const value = quantities[driver.name];
  if (value === undefined || value == null) {
    return 0;
  }
  const field = 'driverQuantities.' + driver.name;
  if (!Number.isFinite(value)) {
    findings.push({ accountId: accountId, field: field, problem: 'not_finite' });
    return 0;
  }
  if (value < 0) {
    findings.push({ accountId: accountId, field: field, problem: 'negative' });
    return 0;
  }
  if (driver.component === 'payment_delay' && paymentDelayAbsurd) {
    return 0;
  }
  if (driver.component === 'complexity' && value > 5) {
    findings.push({ accountId: accountId, field: field, problem: 'absurd' });
    return 5;
  }
  if (value > ABSURD_AMOUNT) {
    findings.push({ accountId: accountId, field: field, problem: 'absurd' });
    return 0;
  }
  return value;
}

/** Total cost to serve without the breakdown (the batch's hot path). Findings are appended to `findings`. */
export function totalCostToServe(
  drivers: ValueDriver[],
  quantities: Record<string, number> | undefined,
  paymentDelayAbsurd: boolean,
  accountId: string,
  findings: DataFinding[]
): number {
  let total = 0;
  if (quantities === undefined || quantities == null) {
    return 0;
  }
  for (let i = 0; i < drivers.length; i++) {
    const quantity = driverQuantity(drivers[i], quantities, paymentDelayAbsurd, accountId, findings);
    total = total + costOfDriver(drivers[i], quantity);
  }
  return total;
}

/** Cost to serve with its breakdown per driver and per component. */
export function costToServeBreakdown(
  drivers: ValueDriver[],
  quantities: Record<string, number> | undefined,
  paymentDelayAbsurd: boolean,
  accountId: string
): CostToServeResult {
  const findings: DataFinding[] = [];
  const byDriver: DriverCost[] = [];
  const byComponent: Record<string, number> = {};
  let total = 0;
  const list = drivers ?? [];
  for (let i = 0; i < list.length; i++) {
    const quantity = driverQuantity(list[i], quantities, paymentDelayAbsurd, accountId, findings);
    const cost = costOfDriver(list[i], quantity);
    byDriver.push({ driver: list[i].name, component: list[i].component, quantity: quantity, cost: cost });
    byComponent[list[i].component] = (byComponent[list[i].component] ?? 0) + cost;
    total = total + cost;
  }
  return { total: total, byDriver: byDriver, byComponent: byComponent, findings: findings };
}
