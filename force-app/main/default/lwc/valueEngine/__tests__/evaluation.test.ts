import type { AccountFacts } from '../valueEngine';
import {
  computeTierCutoffs,
  dayNumberOf,
  defaultConfig,
  evaluateAccount,
  evaluateAccountOnDay,
  evaluatePortfolio,
  evaluateAccountInto,
  explainScore,
  keepEvaluation,
  netValueOfFacts,
  netValueOfFactsInto,
  newEvaluationWorkspace
} from '../valueEngine';

const config = defaultConfig();
const today = '2025-06-30';
/** Absolute cut-offs (D1 ≥ 100 000, D2 ≥ 25 000, D3 ≥ 0): the explanation's tier does not depend on a portfolio. */
const absolute = computeTierCutoffs([], { ...config.tierPolicy, method: 'absolute' });

/** The account of the scoring tests: net value 53 140, potential 41.75, influence 67, fit 5/6. */
const rich: AccountFacts = {
  accountId: 'A1',
  industry: 'Technology',
  country: 'BE',
  employees: 200,
  productFamily: 'Services',
  revenueCurrent: 100000,
  revenuePrevious: 80000,
  driverQuantities: {
    Support_Case_High: 2,
    Meeting_Time: 120,
    Payment_Delay: 365000,
    Operational_Complexity: 3,
    Discount_Given: 500
  },
  weightedPipeline: 50000,
  whitespaceShare: 0.4,
  predictedClv: 150000,
  referralsMade: 2,
  referralRevenue: 10000,
  isReference: true,
  promoterScore: 9,
  vip: true,
  satisfaction: 8,
  lastOrderDate: '2025-04-01',
  relationshipStartDate: '2020-01-01'
};

const loser: AccountFacts = {
  accountId: 'A2',
  industry: 'Retail',
  country: 'US',
  revenueCurrent: 5000,
  revenuePrevious: 9000,
  driverQuantities: { Support_Case_High: 20, Complaint: 4 },
  complaints: 4,
  satisfaction: 3,
  lastOrderDate: '2024-10-01',
  relationshipStartDate: '2023-01-01'
};

describe('evaluation', () => {
  it('evaluates an account end to end: value, churn, score, tier, flags and action', () => {
    const cutoffs = computeTierCutoffs([0, 50000], config.tierPolicy);
    const evaluation = evaluateAccount(rich, config, cutoffs, today);
    expect(evaluation.netValue).toBeCloseTo(53140, 8);
    expect(evaluation.potential).toBeCloseTo(41.75, 10);
    expect(evaluation.influence).toBeCloseTo(67, 10);
    expect(evaluation.strategicFit).toBeCloseTo(2.5 / 3, 12);
    // churn: trend 0.25 → −1; 90 days since last order → 0; satisfaction 8 → −0.35; z = −3.35 (+ complaints at 0: −0.25)
    const z = -2 + -1.2 * (0.25 / 0.3) + 0.5 * (0 - 0.5) + -0.7 * ((8 - 7) / 2);
    expect(evaluation.churnProbability).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
    // loyalty = 0.5 × (1 − churn) + 0.25 × 1 (more than 5 years) + 0.25 × 0.8
    expect(evaluation.loyalty).toBeCloseTo(0.5 * (1 - evaluation.churnProbability) + 0.25 + 0.2, 12);
    const expectedScore = 40 * (53140 / 100000) + 20 * 0.4175 + 15 * 0.67 + 10 * (2.5 / 3) + 15 * evaluation.loyalty;
    expect(evaluation.score).toBeCloseTo(expectedScore, 8);
    expect(evaluation.tier).toBe('D2');
    expect(evaluation.flags).toEqual(['most_valued_customer']);
    expect(evaluation.action).toBe('develop');
    expect(evaluation.findings).toEqual([]);
  });

  it('recommends separation for a value-destroying account and explains why', () => {
    const absolute = { ...config, tierPolicy: { ...config.tierPolicy, method: 'absolute' as const } };
    const portfolio = evaluatePortfolio([rich, loser], absolute, today);
    const evaluation = portfolio.evaluations[1];
    // 5 000 × 0.35 − (20 × 150 + 4 × 250) = 1 750 − 4 000 = −2 250
    expect(evaluation.netValue).toBeCloseTo(-2250, 9);
    expect(evaluation.tier).toBe('D4');
    expect(evaluation.action).toBe('separate');
    expect(evaluation.flags).toContain('at_risk');
    expect(portfolio.cutoffs.d3Minimum).toBe(0.01);
    expect(portfolio.evaluations[0].tier).toBe('D2');
    expect(netValueOfFacts(loser, config)).toBeCloseTo(-2250, 9);
  });

  it('gives the same evaluation with today as a day number', () => {
    const cutoffs = computeTierCutoffs([0, 50000], config.tierPolicy);
    expect(evaluateAccountOnDay(rich, config, cutoffs, dayNumberOf(today))).toEqual(
      evaluateAccount(rich, config, cutoffs, today)
    );
  });

  it('evaluates into one workspace account after account exactly as record by record, and leaves kept lists alone', () => {
    const cutoffs = computeTierCutoffs([0, 50000], config.tierPolicy);
    const workspace = newEvaluationWorkspace(config);
    const day = dayNumberOf(today);
    const accounts: AccountFacts[] = [rich, { accountId: 'A3', revenueCurrent: Number.NaN }, rich, {}];
    const kept: string[][] = [];
    for (const facts of accounts) {
      evaluateAccountInto(workspace, facts, cutoffs, day);
      expect(workspace.evaluation).toEqual(evaluateAccountOnDay(facts, config, cutoffs, day));
      kept.push(workspace.evaluation.flags);
      netValueOfFactsInto(workspace, facts);
      expect(workspace.figures.money.netValue).toBe(netValueOfFacts(facts, config));
    }
    expect(kept[1]).toEqual(['data_incomplete']);
    expect(kept[2]).not.toContain('data_incomplete');
  });

  it('keeps each evaluation handed over by keepEvaluation as it was while the workspace goes on with the next accounts', () => {
    const cutoffs = computeTierCutoffs([0, 50000], config.tierPolicy);
    const workspace = newEvaluationWorkspace(config);
    const day = dayNumberOf(today);
    // Empty flags, warnings and findings, then an account with all three: lists a workspace re-used would fill.
    const quiet: AccountFacts = {
      accountId: 'Q1',
      industry: 'Retail',
      country: 'FR',
      revenueCurrent: 20000,
      revenuePrevious: 20000,
      satisfaction: 9,
      lastOrderDate: '2025-06-01',
      relationshipStartDate: '2022-01-01'
    };
    const loud: AccountFacts = { accountId: 'L1', revenuePrevious: 9000, complaints: 2, satisfaction: 2 };
    evaluateAccountInto(workspace, quiet, cutoffs, day);
    const keptQuiet = keepEvaluation(workspace);
    // The first pass straight after: its findings must not land in the kept account's findings.
    netValueOfFactsInto(workspace, loud);
    evaluateAccountInto(workspace, loud, cutoffs, day);
    const keptLoud = keepEvaluation(workspace);
    evaluateAccountInto(workspace, rich, cutoffs, day);
    expect(keptQuiet).toEqual(evaluateAccountOnDay(quiet, config, cutoffs, day));
    expect(keptQuiet.flags).toEqual([]);
    expect(keptQuiet.warnings).toEqual([]);
    expect(keptQuiet.findings).toEqual([]);
    expect(keptLoud).toEqual(evaluateAccountOnDay(loud, config, cutoffs, day));
    expect(keptLoud.flags).toEqual(['at_risk', 'data_incomplete']);
    expect(workspace.evaluation).toEqual(evaluateAccountOnDay(rich, config, cutoffs, day));
    expect(workspace.evaluation).not.toBe(keptLoud);
  });

  it('flags incomplete data and keeps computing', () => {
    const evaluation = evaluateAccount(
      { accountId: 'A3', revenueCurrent: Number.NaN },
      config,
      computeTierCutoffs([], config.tierPolicy),
      today
    );
    expect(evaluation.flags).toContain('data_incomplete');
    expect(evaluation.revenue).toBe(0);
    expect(evaluation.findings.map((finding) => finding.field)).toEqual(['revenueCurrent', 'revenuePrevious']);
    expect(evaluatePortfolio(undefined as never, config, today).evaluations).toEqual([]);
  });

  it('explains the score with points and money per component and the top reasons', () => {
    const cutoffs = computeTierCutoffs([0], config.tierPolicy);
    const explanation = explainScore(rich, config, cutoffs, today);
    const evaluation = evaluateAccount(rich, config, cutoffs, today);
    expect(explanation.score).toBe(evaluation.score);
    expect(explanation.tier).toBe(evaluation.tier);
    // gross margin 100 000 × 0.55 = 55 000, then the drivers that cost something, in configuration order:
    // 300 + 180 + 80 + 500 + 800 = 1 860, so the lines sum to the net value 53 140
    expect(explanation.moneyLines[0].name).toBe('gross_margin');
    expect(explanation.moneyLines[0].amount).toBeCloseTo(55000, 8);
    expect(explanation.moneyLines.slice(1).map((line) => `${line.name}:${line.amount.toFixed(6)}`)).toEqual([
      'Support_Case_High:-300.000000',
      'Meeting_Time:-180.000000',
      'Payment_Delay:-80.000000',
      'Discount_Given:-500.000000',
      'Operational_Complexity:-800.000000'
    ]);
    expect(explanation.netValue).toBeCloseTo(53140, 8);
    expect(explanation.contributions.map((item) => item.component)).toEqual([
      'net_value',
      'potential',
      'influence',
      'strategic_fit',
      'loyalty'
    ]);
    expect(explanation.contributions[0].points).toBeCloseTo(21.256, 9);
    expect(explanation.contributions[0].maxPoints).toBe(40);
    expect(explanation.contributions[0].money).toBeCloseTo(53140, 8);
    expect(explanation.contributions[1].money).toBe(50000);
    expect(explanation.contributions[2].money).toBe(10000);
    expect(explanation.reasons.map((reason) => reason.labelKey)).toEqual(['cvp_reason_influential']);
    expect(explanation.reasons[0].params).toEqual({ influence: '67' });
  });

  it('names the costliest driver and the churn risk among the reasons for a value destroyer', () => {
    const explanation = explainScore(loser, config, absolute, today);
    expect(explanation.reasons.map((reason) => reason.labelKey)).toEqual([
      'cvp_reason_value_destroying',
      'cvp_reason_high_cost_to_serve',
      'cvp_reason_churn_risk'
    ]);
    expect(explanation.reasons[0].params).toEqual({ netValue: '-2250' });
    expect(explanation.reasons[1].params).toEqual({ driver: 'Support_Case_High', cost: '3000' });
  });

  it('gives high net value, high potential, target fit and falling revenue as reasons when they apply', () => {
    const star: AccountFacts = {
      ...rich,
      revenueCurrent: 400000,
      revenuePrevious: 300000,
      weightedPipeline: 400000,
      whitespaceShare: 1,
      predictedClv: 1200000,
      country: 'FR',
      referralsMade: 0,
      isReference: false,
      vip: false
    };
    expect(explainScore(star, config, absolute, today).reasons.map((reason) => reason.labelKey)).toEqual([
      'cvp_reason_high_net_value',
      'cvp_reason_high_potential',
      'cvp_reason_target_fit'
    ]);
    const falling = explainScore(
      { ...star, revenueCurrent: 200000, revenuePrevious: 400000, weightedPipeline: 0 },
      config,
      absolute,
      today
    );
    expect(falling.reasons.map((reason) => reason.labelKey)).toContain('cvp_reason_revenue_falling');
  });
});
