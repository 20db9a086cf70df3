import type { AccountFacts } from '../valueEngine';
import {
  computeAccountValue,
  costOfDriver,
  costToServeBreakdown,
  defaultConfig,
  marginRateFor,
  totalCostToServe
} from '../valueEngine';

const config = defaultConfig();
const driver = (name: string) => config.drivers.find((item) => item.name === name)!;
const RATE = config.settings.costOfCapital;

describe('value', () => {
  it('costs each driver as quantity × unit cost, with the payment-delay and complexity formulas', () => {
    expect(costOfDriver(driver('Support_Case_High'), 2, RATE)).toBe(300);
    // 365 000 euro-days late × 0.08 / 365 = 80
    expect(costOfDriver(driver('Payment_Delay'), 365000, RATE)).toBeCloseTo(80, 10);
    // complexity rating 3 → (3 − 1) × 400
    expect(costOfDriver(driver('Operational_Complexity'), 3, RATE)).toBe(800);
    expect(costOfDriver(driver('Operational_Complexity'), 1, RATE)).toBe(0);
    expect(costOfDriver(driver('Sales_Visit'), -2, RATE)).toBe(0);
    expect(costOfDriver({ ...driver('Sales_Visit'), unitCost: Number.NaN }, 2, RATE)).toBe(0);
  });

  it('prices payment delay at the settings cost of capital, not at the driver unit cost', () => {
    // 365 000 euro-days late × 0.12 / 365 = 120, whatever the driver record's unit cost says
    expect(costOfDriver({ ...driver('Payment_Delay'), unitCost: 5 }, 365000, 0.12)).toBeCloseTo(120, 10);
    expect(costOfDriver(driver('Payment_Delay'), 365000, Number.NaN)).toBe(0);
    const dearMoney = { ...config, settings: { ...config.settings, costOfCapital: 0.16 } };
    expect(totalCostToServe(dearMoney, { Payment_Delay: 365000 }, false, { accountId: 'A', findings: [] })).toBeCloseTo(
      160,
      10
    );
  });

  it('adds up the cost to serve per driver and per component', () => {
    const quantities = {
      Support_Case_High: 2,
      Meeting_Time: 120,
      Payment_Delay: 365000,
      Operational_Complexity: 3,
      Discount_Given: 500
    };
    // 300 + 180 + 80 + 800 + 500 = 1860
    const result = costToServeBreakdown(config, quantities, false, 'A1');
    expect(result.total).toBeCloseTo(1860, 9);
    expect(result.byComponent.sales_activity).toBeCloseTo(180, 9);
    expect(result.byComponent.support).toBe(300);
    expect(result.byDriver).toHaveLength(11);
    expect(result.findings).toEqual([]);
    expect(totalCostToServe(config, quantities, false, { accountId: 'A1', findings: [] })).toBeCloseTo(1860, 9);
    expect(totalCostToServe(config, undefined, false, { accountId: 'A1', findings: [] })).toBe(0);
  });

  it('ignores bad quantities and reports them, and drops payment delay when the delay is absurd', () => {
    const report = { accountId: 'A9', findings: [] as { field: string; problem: string }[] };
    const total = totalCostToServe(
      config,
      {
        Support_Case_High: Number.NaN,
        Sales_Visit: -1,
        Operational_Complexity: 9,
        Payment_Delay: 365000,
        Credit_Note: 1e14
      },
      true,
      report as never
    );
    // complexity capped at 5 → 4 × 400 = 1600; everything else dropped
    expect(total).toBe(1600);
    expect(report.findings.map((finding) => `${finding.field}:${finding.problem}`)).toEqual([
      'driverQuantities.Support_Case_High:not_finite',
      'driverQuantities.Sales_Visit:negative',
      'driverQuantities.Credit_Note:absurd',
      'driverQuantities.Operational_Complexity:absurd'
    ]);
  });

  it('picks the margin rate: valid override, then product family, then org default', () => {
    expect(marginRateFor(0.5, 'Services', config.marginRates, 0.35)).toBe(0.5);
    expect(marginRateFor(-1, 'Services', config.marginRates, 0.35)).toBe(0.55);
    expect(marginRateFor(-1, 'Hardware', config.marginRates, 0.35)).toBe(0.22);
    expect(marginRateFor(-1, 'Food', config.marginRates, 0.3)).toBe(0.35);
    expect(marginRateFor(-1, 'Food', [], 0.3)).toBe(0.3);
    expect(marginRateFor(-1, 'Food', [], Number.NaN)).toBe(0);
  });

  it('computes gross margin and net value of an account', () => {
    const facts: AccountFacts = {
      accountId: 'A1',
      revenueCurrent: 100000,
      revenuePrevious: 80000,
      productFamily: 'Services',
      driverQuantities: {
        Support_Case_High: 2,
        Meeting_Time: 120,
        Payment_Delay: 365000,
        Operational_Complexity: 3,
        Discount_Given: 500
      }
    };
    const value = computeAccountValue(facts, config);
    // 100 000 × 0.55 = 55 000; 55 000 − 1 860 = 53 140
    expect(value.grossMargin).toBeCloseTo(55000, 9);
    expect(value.netValue).toBeCloseTo(53140, 9);
    expect(value.findings).toEqual([]);
    const overridden = computeAccountValue({ ...facts, marginRateOverride: 0.5 }, config);
    expect(overridden.grossMargin).toBe(50000);
  });

  it('keeps going on an absurd margin rate, with the finding and the fallback rate', () => {
    const value = computeAccountValue(
      { accountId: 'A1', revenueCurrent: 1000, revenuePrevious: 0, marginRateOverride: 2 },
      config
    );
    expect(value.marginRate).toBe(0.35);
    expect(value.findings.map((finding) => finding.problem)).toEqual(['absurd']);
  });
});
