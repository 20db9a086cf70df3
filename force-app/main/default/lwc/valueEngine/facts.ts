/**
 * Facts per account, as the selectors (org) or the local adapter (workbench) build them, and their data-quality check.
 * Every field is optional: {@link prepareFacts} returns a complete, finite copy plus the findings, each naming the
 * field and the account. Fallbacks: see docs/ENGINE.md "Bad data".
 */
import type { ContractType } from './domain';
import { CONTRACT_TYPE_VALUES, isOneOf, isTier } from './domain';
import { INVALID_DAY_NUMBER, dayNumberOf } from './dates';
import { isMissingNumber, isMissingText } from './numbers';

/** Raw facts of one account over the window (money in corporate currency). */
export interface AccountFacts {
  accountId?: string;
  name?: string;
  industry?: string;
  country?: string;
  employees?: number;
  productFamily?: string;
  contractType?: string;
  /** Revenue in the current window and in the window before. */
  revenueCurrent?: number;
  revenuePrevious?: number;
  /** Per-account margin rate (0–1), wins over the family and org rates. */
  marginRateOverride?: number;
  /** Quantity per value-driver name (Value_Driver__mdt record name); read when `driverQuantityList` is absent. */
  driverQuantities?: Record<string, number>;
  /**
   * The value drivers' quantities as a list, `driverQuantityList[i]` being the quantity of the i-th driver named in
   * `driverNames` (the names joined by commas: `Support_Case_High,Support_Case_Medium,…`) — the shape the producers
   * build (the scoring batch, the workbench), one names text shared by the facts of a run: the engine reads the list
   * by position when the names are the configured drivers' (one comparison), else by name (facts stored before the
   * drivers changed). It wins over `driverQuantities`; findings still name the field `driverQuantities.<driver name>`.
   */
  driverNames?: string;
  driverQuantityList?: number[];
  /** Longest payment delay in days (absurd above ten years). */
  maxPaymentDelayDays?: number;
  /** Open pipeline weighted by probability. */
  weightedPipeline?: number;
  /** Share (0–1) of the catalogue the account could still buy. */
  whitespaceShare?: number;
  futurePotential?: boolean;
  /** Predicted customer lifetime value (from the predictive models), if known. */
  predictedClv?: number;
  referralsMade?: number;
  referralRevenue?: number;
  isReference?: boolean;
  /** Promoter score 0–10. */
  promoterScore?: number;
  earlyAdopter?: boolean;
  vip?: boolean;
  strategic?: boolean;
  casesCurrent?: number;
  casesPrevious?: number;
  complaints?: number;
  /** Satisfaction 0–10. */
  satisfaction?: number;
  lastOrderDate?: string;
  relationshipStartDate?: string;
  contractEndDate?: string;
  lastContactDate?: string;
  /**
   * The same dates as day numbers (days since 1970-01-01, {@link dayNumberOf}; Apex: `Date.daysBetween`), for callers
   * that hold dates, not text (the scoring batch): when given, a day number wins over the ISO text, which is then
   * only kept for display — parsing text costs more than the rest of the facts' cleaning.
   */
  lastOrderDay?: number;
  relationshipStartDay?: number;
  contractEndDay?: number;
  lastContactDay?: number;
  /** Notice the contract itself grants, in months. */
  contractNoticeMonths?: number;
  tierOverride?: string;
  tierOverrideReason?: string;
}

/** Kind of data-quality finding. */
export type DataProblem = 'missing' | 'negative' | 'not_finite' | 'absurd' | 'invalid_date' | 'invalid_value';
export const DATA_PROBLEM_VALUES: readonly string[] = [
  'missing',
  'negative',
  'not_finite',
  'absurd',
  'invalid_date',
  'invalid_value'
];

/** A data-quality finding: which account, which field, what is wrong. Computation went on with the fallback. */
export interface DataFinding {
  accountId: string;
  field: string;
  problem: DataProblem;
}

/** Facts after the quality check: every number finite and in range, every date valid or `''`. */
export interface PreparedFacts {
  accountId: string;
  name: string;
  industry: string;
  country: string;
  employees: number;
  productFamily: string;
  contractType: ContractType;
  revenueCurrent: number;
  revenuePrevious: number;
  /** −1 when there is no valid override. */
  marginRateOverride: number;
  maxPaymentDelayDays: number;
  /** True when the payment delay is absurd: payment-delay drivers are then ignored. */
  paymentDelayAbsurd: boolean;
  weightedPipeline: number;
  whitespaceShare: number;
  futurePotential: boolean;
  predictedClv: number;
  referralsMade: number;
  referralRevenue: number;
  isReference: boolean;
  /** −1 when unknown. */
  promoterScore: number;
  earlyAdopter: boolean;
  vip: boolean;
  strategic: boolean;
  casesCurrent: number;
  casesPrevious: number;
  complaints: number;
  /** −1 when unknown. */
  satisfaction: number;
  lastOrderDate: string;
  relationshipStartDate: string;
  contractEndDate: string;
  lastContactDate: string;
  /** Day numbers of the dates above (INVALID_DAY_NUMBER when missing or invalid). */
  lastOrderDay: number;
  relationshipStartDay: number;
  contractEndDay: number;
  contractNoticeMonths: number;
  /** `''` when there is no valid override. */
  tierOverride: string;
  tierOverrideReason: string;
  findings: DataFinding[];
}

/** Ten years, in days: a longer payment delay is absurd. */
export const ABSURD_PAYMENT_DELAY_DAYS = 3650;
/** Above this many employees the figure is absurd. */
export const ABSURD_EMPLOYEES = 10000000;
/** Above this absolute amount a money figure is absurd (10^13). */
export const ABSURD_AMOUNT = 10000000000000;
/** Above this many cases or complaints in a window the count is absurd. */
export const ABSURD_COUNT = 10000000;

/** Where the quality check reports: the account and its findings list. */
export interface FindingsReport {
  accountId: string;
  findings: DataFinding[];
}

function addFinding(report: FindingsReport, field: string, kind: DataProblem): void {
  report.findings.push({ accountId: report.accountId, field: field, problem: kind });
}

/**
 * A non-negative number: missing → `fallback` (reported only when `required`), NaN/±Infinity → `fallback`
 * (`not_finite`), negative → 0 (`negative`), above `maximum` → `fallback` (`absurd`). Positional arguments, not a rule
 * object: the hot path cleans about twenty figures per account and allocates nothing for them.
 */
function cleanAmount(
  value: number | undefined,
  field: string,
  required: boolean,
  maximum: number,
  fallback: number,
  report: FindingsReport
): number {
  // The usual cases first: a number from 0 to the maximum (NaN fails both comparisons), then none.
  if (!isMissingNumber(value) && value >= 0 && value <= maximum) {
    return value;
  }
  if (isMissingNumber(value)) {
    if (required) {
      addFinding(report, field, 'missing');
    }
    return fallback;
  }
  return cleanUnusualAmount(value, field, maximum, fallback, report);
}

/** {@link cleanAmount} of a number that is not from 0 to `maximum`: reported, and its fallback. */
function cleanUnusualAmount(
  value: number,
  field: string,
  maximum: number,
  fallback: number,
  report: FindingsReport
): number {
  if (!Number.isFinite(value)) {
    addFinding(report, field, 'not_finite');
    return fallback;
  }
  if (value < 0) {
    addFinding(report, field, 'negative');
    return 0;
  }
  if (value > maximum) {
    addFinding(report, field, 'absurd');
    return fallback;
  }
  return value;
}

/** An optional non-negative number up to `maximum`; absent or unusable → 0. */
function optionalAmount(value: number | undefined, field: string, maximum: number, report: FindingsReport): number {
  return cleanAmount(value, field, false, maximum, 0, report);
}

/** An optional score 0–10 (satisfaction, promoter score): absent, non-finite or above 10 → −1 (unknown). */
function optionalScore(value: number | undefined, field: string, report: FindingsReport): number {
  return cleanAmount(value, field, false, 10, -1, report);
}

/** What {@link usualAmount} returns for a figure that needs {@link cleanAmount} (no cleaned figure is below −1). */
export const UNUSUAL_AMOUNT = -2;

/**
 * {@link cleanAmount} of an optional figure in the usual cases, which report nothing: absent → `fallback`, from 0 to
 * `maximum` → the figure; otherwise {@link UNUSUAL_AMOUNT}, and the caller cleans it with its rule. Small enough to be
 * compiled into the caller: preparing an account then makes no call for its usual figures.
 */
function usualAmount(value: number | undefined, maximum: number, fallback: number): number {
  if (isMissingNumber(value)) {
    return fallback;
  }
  return value >= 0 && value <= maximum ? value : UNUSUAL_AMOUNT;
}

/** A date's day number when given and valid (see {@link cleanDay}), else {@link INVALID_DAY_NUMBER}: clean it then. */
function usualDay(day: number | undefined): number {
  return !isMissingNumber(day) &&
    Math.floor(day) === day &&
    day >= FIRST_VALID_DAY_NUMBER &&
    day <= LAST_VALID_DAY_NUMBER
    ? day
    : INVALID_DAY_NUMBER;
}

/**
 * A revenue figure (required): missing, non-finite, negative or above {@link ABSURD_AMOUNT} → 0, with the finding.
 * The first pass of a portfolio calls it too, so both passes keep the same revenue.
 */
export function cleanRevenue(value: number | undefined, field: string, report: FindingsReport): number {
  return cleanAmount(value, field, true, ABSURD_AMOUNT, 0, report);
}

/** The account's margin-rate override: a rate in [0, 1], else −1 (no override; negative, non-finite, above 1 reported). */
export function cleanMarginRateOverride(value: number | undefined, report: FindingsReport): number {
  const rate = cleanAmount(value, 'marginRateOverride', false, 1, -1, report);
  // A negative override is reported like any negative figure, but means "no override", not a zero margin.
  return !isMissingNumber(value) && value < 0 ? -1 : rate;
}

/** True when the longest payment delay is absurd (over {@link ABSURD_PAYMENT_DELAY_DAYS}): payment-delay drivers are then ignored. */
export function isPaymentDelayAbsurd(maxPaymentDelayDays: number | undefined): boolean {
  return !isMissingNumber(maxPaymentDelayDays) && maxPaymentDelayDays > ABSURD_PAYMENT_DELAY_DAYS;
}

/** Day number of 1000-01-01, the first date {@link dayNumberOf} accepts. */
export const FIRST_VALID_DAY_NUMBER = -354285;
/** Day number of 9999-12-31, the last date {@link dayNumberOf} accepts. */
export const LAST_VALID_DAY_NUMBER = 2932896;

/**
 * Day number of a date field: given as a day number (`day`), it must be a whole number of a date from 1000-01-01 to
 * 9999-12-31; else the ISO text is parsed. Missing → invalid silently, invalid → invalid with an `invalid_date` finding
 * on the date's field.
 */
function cleanDay(day: number | undefined, value: string | undefined, field: string, report: FindingsReport): number {
  if (!isMissingNumber(day)) {
    // NaN and ±Infinity fail these comparisons: no finiteness test needed.
    if (Math.floor(day) === day && day >= FIRST_VALID_DAY_NUMBER && day <= LAST_VALID_DAY_NUMBER) {
      return day;
    }
    addFinding(report, field, 'invalid_date');
    return INVALID_DAY_NUMBER;
  }
  if (isMissingText(value) || value === '') {
    return INVALID_DAY_NUMBER;
  }
  const dayNumber = dayNumberOf(value);
  if (dayNumber === INVALID_DAY_NUMBER) {
    addFinding(report, field, 'invalid_date');
  }
  return dayNumber;
}

function dateText(value: string | undefined, dayNumber: number): string {
  return dayNumber === INVALID_DAY_NUMBER || isMissingText(value) ? '' : value;
}

function textOf(value: string | undefined): string {
  return isMissingText(value) ? '' : value;
}

function flagOf(value: boolean | undefined): boolean {
  return value === true;
}

/** A prepared-facts record with every field at its empty value, for {@link prepareFactsInto}. */
export function emptyPreparedFacts(): PreparedFacts {
  return {
    accountId: '',
    name: '',
    industry: '',
    country: '',
    employees: 0,
    productFamily: '',
    contractType: 'any',
    revenueCurrent: 0,
    revenuePrevious: 0,
    marginRateOverride: 0,
    maxPaymentDelayDays: 0,
    paymentDelayAbsurd: false,
    weightedPipeline: 0,
    whitespaceShare: 0,
    futurePotential: false,
    predictedClv: 0,
    referralsMade: 0,
    referralRevenue: 0,
    isReference: false,
    promoterScore: 0,
    earlyAdopter: false,
    vip: false,
    strategic: false,
    casesCurrent: 0,
    casesPrevious: 0,
    complaints: 0,
    satisfaction: 0,
    lastOrderDate: '',
    relationshipStartDate: '',
    contractEndDate: '',
    lastContactDate: '',
    lastOrderDay: 0,
    relationshipStartDay: 0,
    contractEndDay: 0,
    contractNoticeMonths: 0,
    tierOverride: '',
    tierOverrideReason: '',
    findings: []
  };
}

/**
 * Checks and completes the facts of one account. Never throws; the findings list the fields that were missing
 * (only `accountId`, `revenueCurrent`, `revenuePrevious` are required), negative, NaN/Infinity, absurd or invalid.
 */
export function prepareFacts(facts: AccountFacts): PreparedFacts {
  const prepared = emptyPreparedFacts();
  prepareFactsInto(prepared, facts);
  return prepared;
}

/**
 * {@link prepareFacts} into a caller-owned record, overwritten whole (with a new findings list when the one it holds is
 * not empty): a chunk re-uses one record instead of allocating about forty fields per account.
 */
export function prepareFactsInto(target: PreparedFacts, facts: AccountFacts): void {
  prepareFactsReportingInto(target, facts, { accountId: '', findings: [] });
}

/**
 * {@link prepareFactsInto} reporting through a caller-owned `report`, overwritten with the account and the prepared
 * facts' findings list: a workspace keeps one report, so preparing an account allocates nothing (but its findings).
 */
export function prepareFactsReportingInto(target: PreparedFacts, facts: AccountFacts, report: FindingsReport): void {
  const raw: AccountFacts = facts ?? {};
  if (target.findings.length > 0) {
    target.findings = [];
  }
  report.accountId = textOf(raw.accountId);
  report.findings = target.findings;
  const accountId = report.accountId;
  if (accountId === '') {
    addFinding(report, 'accountId', 'missing');
  }
  // Each figure: its usual value at once, else its cleaning rule (findings in the same order as the rules run).
  let delay = usualAmount(raw.maxPaymentDelayDays, ABSURD_PAYMENT_DELAY_DAYS, 0);
  if (delay === UNUSUAL_AMOUNT) {
    delay = optionalAmount(raw.maxPaymentDelayDays, 'maxPaymentDelayDays', ABSURD_PAYMENT_DELAY_DAYS, report);
  }
  const marginOverride = cleanMarginRateOverride(raw.marginRateOverride, report);
  let promoter = usualAmount(raw.promoterScore, 10, -1);
  if (promoter === UNUSUAL_AMOUNT) {
    promoter = optionalScore(raw.promoterScore, 'promoterScore', report);
  }
  let satisfaction = usualAmount(raw.satisfaction, 10, -1);
  if (satisfaction === UNUSUAL_AMOUNT) {
    satisfaction = optionalScore(raw.satisfaction, 'satisfaction', report);
  }
  let contractType: ContractType = 'any';
  const rawType = textOf(raw.contractType);
  if (rawType !== '') {
    if (isOneOf(rawType, CONTRACT_TYPE_VALUES)) {
      contractType = rawType as ContractType;
    } else {
      addFinding(report, 'contractType', 'invalid_value');
    }
  }
  let tierOverride = '';
  const rawTier = textOf(raw.tierOverride);
  if (rawTier !== '') {
    if (isTier(rawTier)) {
      tierOverride = rawTier;
    } else {
      addFinding(report, 'tierOverride', 'invalid_value');
    }
  }
  let lastOrderDay = usualDay(raw.lastOrderDay);
  if (lastOrderDay === INVALID_DAY_NUMBER) {
    lastOrderDay = cleanDay(raw.lastOrderDay, raw.lastOrderDate, 'lastOrderDate', report);
  }
  let relationshipStartDay = usualDay(raw.relationshipStartDay);
  if (relationshipStartDay === INVALID_DAY_NUMBER) {
    relationshipStartDay = cleanDay(
      raw.relationshipStartDay,
      raw.relationshipStartDate,
      'relationshipStartDate',
      report
    );
  }
  let contractEndDay = usualDay(raw.contractEndDay);
  if (contractEndDay === INVALID_DAY_NUMBER) {
    contractEndDay = cleanDay(raw.contractEndDay, raw.contractEndDate, 'contractEndDate', report);
  }
  let lastContactDay = usualDay(raw.lastContactDay);
  if (lastContactDay === INVALID_DAY_NUMBER) {
    lastContactDay = cleanDay(raw.lastContactDay, raw.lastContactDate, 'lastContactDate', report);
  }
  let casesCurrent = usualAmount(raw.casesCurrent, ABSURD_COUNT, 0);
  if (casesCurrent === UNUSUAL_AMOUNT) {
    casesCurrent = optionalAmount(raw.casesCurrent, 'casesCurrent', ABSURD_COUNT, report);
  }
  target.accountId = accountId;
  target.name = textOf(raw.name);
  target.industry = textOf(raw.industry);
  target.country = textOf(raw.country);
  let employees = usualAmount(raw.employees, ABSURD_EMPLOYEES, 0);
  if (employees === UNUSUAL_AMOUNT) {
    employees = optionalAmount(raw.employees, 'employees', ABSURD_EMPLOYEES, report);
  }
  target.employees = employees;
  target.productFamily = textOf(raw.productFamily);
  target.contractType = contractType;
  target.revenueCurrent = cleanRevenue(raw.revenueCurrent, 'revenueCurrent', report);
  target.revenuePrevious = cleanRevenue(raw.revenuePrevious, 'revenuePrevious', report);
  target.marginRateOverride = marginOverride;
  target.maxPaymentDelayDays = delay;
  target.paymentDelayAbsurd = isPaymentDelayAbsurd(raw.maxPaymentDelayDays);
  let weightedPipeline = usualAmount(raw.weightedPipeline, ABSURD_AMOUNT, 0);
  if (weightedPipeline === UNUSUAL_AMOUNT) {
    weightedPipeline = optionalAmount(raw.weightedPipeline, 'weightedPipeline', ABSURD_AMOUNT, report);
  }
  target.weightedPipeline = weightedPipeline;
  let whitespaceShare = usualAmount(raw.whitespaceShare, 1, 0);
  if (whitespaceShare === UNUSUAL_AMOUNT) {
    whitespaceShare = optionalAmount(raw.whitespaceShare, 'whitespaceShare', 1, report);
  }
  target.whitespaceShare = whitespaceShare;
  target.futurePotential = flagOf(raw.futurePotential);
  let predictedClv = usualAmount(raw.predictedClv, ABSURD_AMOUNT, 0);
  if (predictedClv === UNUSUAL_AMOUNT) {
    predictedClv = optionalAmount(raw.predictedClv, 'predictedClv', ABSURD_AMOUNT, report);
  }
  target.predictedClv = predictedClv;
  let referralsMade = usualAmount(raw.referralsMade, 1000000, 0);
  if (referralsMade === UNUSUAL_AMOUNT) {
    referralsMade = optionalAmount(raw.referralsMade, 'referralsMade', 1000000, report);
  }
  target.referralsMade = referralsMade;
  let referralRevenue = usualAmount(raw.referralRevenue, ABSURD_AMOUNT, 0);
  if (referralRevenue === UNUSUAL_AMOUNT) {
    referralRevenue = optionalAmount(raw.referralRevenue, 'referralRevenue', ABSURD_AMOUNT, report);
  }
  target.referralRevenue = referralRevenue;
  target.isReference = flagOf(raw.isReference);
  target.promoterScore = promoter;
  target.earlyAdopter = flagOf(raw.earlyAdopter);
  target.vip = flagOf(raw.vip);
  target.strategic = flagOf(raw.strategic);
  target.casesCurrent = casesCurrent;
  // Unknown previous cases mean no known trend (as many as now), not a rise from zero.
  let casesPrevious = usualAmount(raw.casesPrevious, ABSURD_COUNT, casesCurrent);
  if (casesPrevious === UNUSUAL_AMOUNT) {
    casesPrevious = cleanAmount(raw.casesPrevious, 'casesPrevious', false, ABSURD_COUNT, casesCurrent, report);
  }
  target.casesPrevious = casesPrevious;
  let complaints = usualAmount(raw.complaints, ABSURD_COUNT, 0);
  if (complaints === UNUSUAL_AMOUNT) {
    complaints = optionalAmount(raw.complaints, 'complaints', ABSURD_COUNT, report);
  }
  target.complaints = complaints;
  target.satisfaction = satisfaction;
  target.lastOrderDate = dateText(raw.lastOrderDate, lastOrderDay);
  target.relationshipStartDate = dateText(raw.relationshipStartDate, relationshipStartDay);
  target.contractEndDate = dateText(raw.contractEndDate, contractEndDay);
  target.lastContactDate = dateText(raw.lastContactDate, lastContactDay);
  target.lastOrderDay = lastOrderDay;
  target.relationshipStartDay = relationshipStartDay;
  target.contractEndDay = contractEndDay;
  let contractNoticeMonths = usualAmount(raw.contractNoticeMonths, 1200, 0);
  if (contractNoticeMonths === UNUSUAL_AMOUNT) {
    contractNoticeMonths = optionalAmount(raw.contractNoticeMonths, 'contractNoticeMonths', 1200, report);
  }
  target.contractNoticeMonths = contractNoticeMonths;
  target.tierOverride = tierOverride;
  target.tierOverrideReason = textOf(raw.tierOverrideReason);
}
