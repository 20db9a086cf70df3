/**
 * The value score 0–100. Each component has an index in [0, 1]; the score is Σ weightᶜ × indexᶜ × 100 / Σ weights
 * (with the default weights, which total 100, a component's points are simply weight × index).
 * Component indexes (docs/ENGINE.md "Score"):
 * - net_value: clamp(net value / reference, 0, 1), reference = the tier policy's D1 threshold (default 100 000);
 * - potential: potential / 100 (see {@link potentialOf});
 * - influence: influence / 100 (see {@link influenceOf});
 * - strategic_fit: the target-positioning match (see {@link strategicFitOf});
 * - loyalty: 0.5 × (1 − churn probability) + 0.25 × min(1, years of relationship / 5) + 0.25 × satisfaction / 10
 *   (unknown satisfaction counts 0.5).
 */
import type { ScoreWeights, TargetCriterion } from './config';
import type { PreparedFacts } from './facts';
import { clamp, safeDivide } from './numbers';

/** Net value that fills the net-value component when the tier policy has no positive D1 threshold. */
export const DEFAULT_NET_VALUE_REFERENCE = 100000;
/** Potential weights: pipeline / revenue, revenue growth, whitespace, predicted CLV / (3 × revenue). */
export const POTENTIAL_PIPELINE_WEIGHT = 0.35;
export const POTENTIAL_GROWTH_WEIGHT = 0.25;
export const POTENTIAL_WHITESPACE_WEIGHT = 0.2;
export const POTENTIAL_CLV_WEIGHT = 0.2;
/** Potential of an account flagged "future potential" is at least this (0–100). */
export const FUTURE_POTENTIAL_FLOOR = 80;
/** Years of relationship that give full tenure in the loyalty index. */
export const LOYALTY_FULL_TENURE_YEARS = 5;

/** The five component indexes, each in [0, 1]. */
export interface ScoreIndexes {
  netValue: number;
  potential: number;
  influence: number;
  strategicFit: number;
  loyalty: number;
}

/** Net-value index: clamp(netValue / reference, 0, 1); a non-positive reference uses the default 100 000. */
export function netValueIndex(netValue: number, reference: number): number {
  const scale = Number.isFinite(reference) && reference > 0 ? reference : DEFAULT_NET_VALUE_REFERENCE;
  // clamp(x / d, 0, 1) with d ≠ 0 is clamp(safeDivide(x, d, 0), 0, 1): what safeDivide replaces by 0 (a non-finite
  // side or quotient) the clamp turns into 0 too. The same holds below wherever a ratio is clamped from 0.
  return clamp(netValue / scale, 0, 1);
}

/**
 * Potential 0–100 = 100 × (0.35 × min(1, weighted pipeline / revenue) + 0.25 × clamp(revenue trend, 0, 1)
 * + 0.2 × whitespace share + 0.2 × min(1, predicted CLV / (3 × revenue))), at least 80 when flagged "future potential".
 * Without revenue, any pipeline or CLV counts in full.
 */
export function potentialOf(facts: PreparedFacts, revenueTrend: number): number {
  const revenue = facts.revenueCurrent;
  const pipelineRatio =
    revenue > 0 ? clamp(facts.weightedPipeline / revenue, 0, 1) : facts.weightedPipeline > 0 ? 1 : 0;
  const clvRatio = revenue > 0 ? clamp(facts.predictedClv / (3 * revenue), 0, 1) : facts.predictedClv > 0 ? 1 : 0;
  const raw =
    POTENTIAL_PIPELINE_WEIGHT * pipelineRatio +
    POTENTIAL_GROWTH_WEIGHT * clamp(revenueTrend, 0, 1) +
    POTENTIAL_WHITESPACE_WEIGHT * clamp(facts.whitespaceShare, 0, 1) +
    POTENTIAL_CLV_WEIGHT * clvRatio;
  const potential = 100 * clamp(raw, 0, 1);
  return facts.futurePotential ? Math.max(potential, FUTURE_POTENTIAL_FLOOR) : potential;
}

/**
 * Influence 0–100 ("Most Valued Customers"): 10 per referral made (at most 30), 20 × min(1, referral revenue / revenue),
 * 20 for a reference / case study, 20 × clamp((promoter score − 6) / 4, 0, 1), 10 early adopter, 10 VIP; capped at 100.
 */
export function influenceOf(facts: PreparedFacts): number {
  let influence = 10 * Math.min(Math.floor(facts.referralsMade), 3);
  if (facts.referralRevenue > 0) {
    influence =
      influence + 20 * (facts.revenueCurrent > 0 ? clamp(facts.referralRevenue / facts.revenueCurrent, 0, 1) : 1);
  }
  if (facts.isReference) {
    influence = influence + 20;
  }
  if (facts.promoterScore >= 0) {
    influence = influence + 20 * clamp((facts.promoterScore - 6) / 4, 0, 1);
  }
  if (facts.earlyAdopter) {
    influence = influence + 10;
  }
  if (facts.vip) {
    influence = influence + 10;
  }
  return Math.min(influence, 100);
}

/**
 * Strategic fit 0–1: for each dimension the positioning uses (Industry, Country, Employees), the weight of the best
 * matching criterion over the dimension's largest weight; the fit is the sum over dimensions divided by the number
 * of dimensions used. No positioning → 0. Example (defaults): Technology / BE / 200 employees → (1 + 0.5 + 1) / 3.
 */
export function strategicFitOf(
  industry: string,
  country: string,
  employees: number,
  criteria: TargetCriterion[]
): number {
  return strategicFitWith(targetFitOf(criteria), industry, country, employees);
}

/**
 * The target positioning as {@link strategicFitWith} reads it, compiled once per run: per dimension, each criterion
 * that counts (finite positive weight; for Industry and Country, a non-empty value) with its weight over the
 * dimension's largest weight, in configuration order; and the number of dimensions used (largest weight above 0).
 */
export interface TargetFit {
  industryValues: string[];
  industryRatios: number[];
  countryValues: string[];
  countryRatios: number[];
  employeeMinimums: number[];
  employeeMaximums: number[];
  employeeRatios: number[];
  /** 0–3. */
  used: number;
}

/** The {@link TargetFit} of `criteria`: each criterion's dimension and weight checked once. */
export function targetFitOf(criteria: TargetCriterion[]): TargetFit {
  const list = criteria ?? [];
  let largestIndustry = 0;
  let largestCountry = 0;
  let largestEmployees = 0;
  for (let i = 0; i < list.length; i++) {
    const weight = countedCriterionWeight(list[i]);
    if (list[i].dimension === 'Industry') {
      largestIndustry = Math.max(largestIndustry, weight);
    } else if (list[i].dimension === 'Country') {
      largestCountry = Math.max(largestCountry, weight);
    } else if (list[i].dimension === 'Employees') {
      largestEmployees = Math.max(largestEmployees, weight);
    }
  }
  const fit: TargetFit = {
    industryValues: [],
    industryRatios: [],
    countryValues: [],
    countryRatios: [],
    employeeMinimums: [],
    employeeMaximums: [],
    employeeRatios: [],
    used: (largestIndustry > 0 ? 1 : 0) + (largestCountry > 0 ? 1 : 0) + (largestEmployees > 0 ? 1 : 0)
  };
  for (let i = 0; i < list.length; i++) {
    const criterion = list[i];
    const weight = countedCriterionWeight(criterion);
    // A criterion that does not count, or an empty value (an empty industry or country never matches), is left out.
    if (weight === 0) {
      continue;
    }
    if (criterion.dimension === 'Industry' && criterion.value !== '') {
      fit.industryValues.push(criterion.value);
      fit.industryRatios.push(weight / largestIndustry);
    } else if (criterion.dimension === 'Country' && criterion.value !== '') {
      fit.countryValues.push(criterion.value);
      fit.countryRatios.push(weight / largestCountry);
    } else if (criterion.dimension === 'Employees') {
      fit.employeeMinimums.push(criterion.minimum);
      fit.employeeMaximums.push(criterion.maximum);
      fit.employeeRatios.push(weight / largestEmployees);
    }
  }
  return fit;
}

/** A criterion's weight as the fit counts it: finite and positive, else 0. */
function countedCriterionWeight(criterion: TargetCriterion): number {
  return Number.isFinite(criterion.weight) && criterion.weight > 0 ? criterion.weight : 0;
}

/** The largest ratio among the criteria whose value is `text` (0 when none is). */
function bestRatioOfText(values: string[], ratios: number[], text: string): number {
  let best = 0;
  for (let i = 0; i < values.length; i++) {
    if (text === values[i]) {
      best = Math.max(best, ratios[i]);
    }
  }
  return best;
}

/**
 * {@link strategicFitOf} with the positioning compiled once ({@link targetFitOf}). Each dimension's best weight over
 * its largest equals its best ratio (dividing by the same positive number keeps the order, also when rounded); an
 * unused dimension adds 0.
 */
export function strategicFitWith(fit: TargetFit, industry: string, country: string, employees: number): number {
  if (fit.used === 0) {
    return 0;
  }
  let bestEmployees = 0;
  if (employees > 0) {
    const ratios = fit.employeeRatios;
    for (let i = 0; i < ratios.length; i++) {
      if (employees >= fit.employeeMinimums[i] && employees <= fit.employeeMaximums[i]) {
        bestEmployees = Math.max(bestEmployees, ratios[i]);
      }
    }
  }
  const total =
    bestRatioOfText(fit.industryValues, fit.industryRatios, industry) +
    bestRatioOfText(fit.countryValues, fit.countryRatios, country) +
    bestEmployees;
  // Each ratio is in [0, 1], so the sum over the `used` (1–3) dimensions divided by `used` is in [0, 1]: no guard,
  // no clamp.
  return total / fit.used;
}

/** Loyalty index 0–1 from the churn probability, the years of relationship and the satisfaction (−1 = unknown). */
export function loyaltyIndex(churnProbability: number, tenureYears: number, satisfaction: number): number {
  const retention = 1 - clamp(churnProbability, 0, 1);
  const tenure = clamp(tenureYears / LOYALTY_FULL_TENURE_YEARS, 0, 1);
  const satisfied = satisfaction >= 0 && Number.isFinite(satisfaction) ? clamp(satisfaction / 10, 0, 1) : 0.5;
  return clamp(0.5 * retention + 0.25 * tenure + 0.25 * satisfied, 0, 1);
}

/** Sum of the weights, each counted only when finite and positive. */
export function totalWeight(weights: ScoreWeights): number {
  return (
    positiveOrZero(weights.netValue) +
    positiveOrZero(weights.potential) +
    positiveOrZero(weights.influence) +
    positiveOrZero(weights.strategicFit) +
    positiveOrZero(weights.loyalty)
  );
}

/** `value` when finite and positive, else 0. */
export function positiveOrZero(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** Points (0–100 scale) a component earns: 100 × weight × index / total weight. */
export function componentPoints(weight: number, index: number, weightTotal: number): number {
  return pointsOfCountedWeight(positiveOrZero(weight), index, weightTotal);
}

/** {@link componentPoints} of a weight already counted (finite and positive, else 0). */
function pointsOfCountedWeight(weight: number, index: number, weightTotal: number): number {
  return safeDivide(100 * weight * clamp(index, 0, 1), weightTotal, 0);
}

/** The value score 0–100 from the component indexes and the weights (0 when every weight is 0). */
export function scoreFromIndexes(indexes: ScoreIndexes, weights: ScoreWeights): number {
  return scoreWithWeighting(indexes, scoreWeightingOf(weights));
}

/** The weights as the score counts them (each finite positive weight, else 0) and their total: once per run. */
export interface ScoreWeighting {
  netValue: number;
  potential: number;
  influence: number;
  strategicFit: number;
  loyalty: number;
  total: number;
}

/** The {@link ScoreWeighting} of `weights`. */
export function scoreWeightingOf(weights: ScoreWeights): ScoreWeighting {
  return {
    netValue: positiveOrZero(weights.netValue),
    potential: positiveOrZero(weights.potential),
    influence: positiveOrZero(weights.influence),
    strategicFit: positiveOrZero(weights.strategicFit),
    loyalty: positiveOrZero(weights.loyalty),
    total: totalWeight(weights)
  };
}

/**
 * {@link scoreFromIndexes} with the weights counted once (a weighting from {@link scoreWeightingOf}): each
 * component's {@link componentPoints}.
 */
export function scoreWithWeighting(indexes: ScoreIndexes, weighting: ScoreWeighting): number {
  const total = weighting.total;
  const netValue = indexes.netValue;
  const potential = indexes.potential;
  const influence = indexes.influence;
  const strategicFit = indexes.strategicFit;
  const loyalty = indexes.loyalty;
  // The usual case first: a positive total whose 100-fold is finite and every index in [0, 1] (as the evaluation
  // computes them). Each weight of a weighting from scoreWeightingOf is at most the total, so each 100 × weight ×
  // index is finite and so is its quotient: the guarded division and the index clamp would return what this computes
  // (a −0 index gives −0 points instead of +0, which the final clamp turns into the same score).
  if (
    total > 0 &&
    Number.isFinite(100 * total) &&
    netValue >= 0 &&
    netValue <= 1 &&
    potential >= 0 &&
    potential <= 1 &&
    influence >= 0 &&
    influence <= 1 &&
    strategicFit >= 0 &&
    strategicFit <= 1 &&
    loyalty >= 0 &&
    loyalty <= 1
  ) {
    return clamp(
      (100 * weighting.netValue * netValue) / total +
        (100 * weighting.potential * potential) / total +
        (100 * weighting.influence * influence) / total +
        (100 * weighting.strategicFit * strategicFit) / total +
        (100 * weighting.loyalty * loyalty) / total,
      0,
      100
    );
  }
  return scoreOfAnyIndexes(indexes, weighting);
}

/** {@link scoreWithWeighting} of any indexes and weighting: each component's points guarded. */
function scoreOfAnyIndexes(indexes: ScoreIndexes, weighting: ScoreWeighting): number {
  const total = weighting.total;
  const points =
    pointsOfCountedWeight(weighting.netValue, indexes.netValue, total) +
    pointsOfCountedWeight(weighting.potential, indexes.potential, total) +
    pointsOfCountedWeight(weighting.influence, indexes.influence, total) +
    pointsOfCountedWeight(weighting.strategicFit, indexes.strategicFit, total) +
    pointsOfCountedWeight(weighting.loyalty, indexes.loyalty, total);
  return clamp(points, 0, 100);
}
