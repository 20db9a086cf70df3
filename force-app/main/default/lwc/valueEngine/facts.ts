/**
 * Facts per account, as the selectors (org) or the local adapter (workbench) build them, and their data-quality check.
 * Every field is optional: {@link prepareFacts} returns a complete, finite copy plus the findings, each naming the
 * field and the account. Fallbacks: see docs/ENGINE.md "Bad data".
 */
import type { ContractType } from './domain';
import { CONTRACT_TYPE_VALUES, isOneOf, isTier } from './domain';
import { INVALID_DAY_NUMBER, dayNumberOf } from './dates';

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
  /** Quantity per value-driver name (Value_Driver__mdt record name). */
  driverQuantities?: Record<string, number>;
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

function addFinding(findings: DataFinding[], accountId: string, field: string, kind: DataProblem): void {
  findings.push({ accountId: accountId, field: field, problem: kind });
}

/**
 * A non-negative number: missing → `fallback` (reported only when `required`), NaN/±Infinity → `fallback`
 * (`not_finite`), negative → 0 (`negative`), above `maximum` → `fallback` (`absurd`).
 */
function cleanAmount(
  value: number | undefined,
  field: string,
  accountId: string,
  findings: DataFinding[],
  required: boolean,
  maximum: number,
  fallback: number
): number {
  if (value === undefined || value == null) {
    if (required) {
      addFinding(findings, accountId, field, 'missing');
    }
    return fallback;
  }
  if (!Number.isFinite(value)) {
    addFinding(findings, accountId, field, 'not_finite');
    return fallback;
  }
  if (value < 0) {
    addFinding(findings, accountId, field, 'negative');
    return 0;
  }
  if (value > maximum) {
    addFinding(findings, accountId, field, 'absurd');
    return fallback;
  }
  return value;
}

/** Day number of a date field: missing → invalid silently, invalid → invalid with an `invalid_date` finding. */
function cleanDay(value: string | undefined, field: string, accountId: string, findings: DataFinding[]): number {
  if (value === undefined || value == null || value === '') {
    return INVALID_DAY_NUMBER;
  }
  const dayNumber = dayNumberOf(value);
  if (dayNumber === INVALID_DAY_NUMBER) {
    addFinding(findings, accountId, field, 'invalid_date');
  }
  return dayNumber;
}

function dateText(value: string | undefined, dayNumber: number): string {
  return dayNumber === INVALID_DAY_NUMBER || value === undefined || value == null ? '' : value;
}

function textOf(value: string | undefined): string {
  return value === undefined || value == null ? '' : value;
}

function flagOf(value: boolean | undefined): boolean {
  return value === true;
}

/**
 * Checks and completes the facts of one account. Never throws; the findings list the fields that were missing
 * (only `accountId`, `revenueCurrent`, `revenuePrevious` are required), negative, NaN/Infinity, absurd or invalid.
 */
export function prepareFacts(facts: AccountFacts): PreparedFacts {
  const findings: DataFinding[] = [];
  const raw: AccountFacts = facts ?? {};
  const accountId = textOf(raw.accountId);
  if (accountId === '') {
    addFinding(findings, accountId, 'accountId', 'missing');
  }
  const delay = cleanAmount(
    raw.maxPaymentDelayDays,
    'maxPaymentDelayDays',
    accountId,
    findings,
    false,
    ABSURD_PAYMENT_DELAY_DAYS,
    -1
  );
  let marginOverride = -1;
  if (raw.marginRateOverride !== undefined && raw.marginRateOverride != null) {
    marginOverride = cleanAmount(raw.marginRateOverride, 'marginRateOverride', accountId, findings, false, 1, -1);
    if (raw.marginRateOverride < 0) {
      marginOverride = -1;
    }
  }
  let promoter = -1;
  if (raw.promoterScore !== undefined && raw.promoterScore != null) {
    promoter = cleanAmount(raw.promoterScore, 'promoterScore', accountId, findings, false, 10, -1);
  }
  let satisfaction = -1;
  if (raw.satisfaction !== undefined && raw.satisfaction != null) {
    satisfaction = cleanAmount(raw.satisfaction, 'satisfaction', accountId, findings, false, 10, -1);
  }
  let contractType: ContractType = 'any';
  const rawType = textOf(raw.contractType);
  if (rawType !== '') {
    if (isOneOf(rawType, CONTRACT_TYPE_VALUES)) {
      contractType = rawType as ContractType;
    } else {
      addFinding(findings, accountId, 'contractType', 'invalid_value');
    }
  }
  let tierOverride = '';
  const rawTier = textOf(raw.tierOverride);
  if (rawTier !== '') {
    if (isTier(rawTier)) {
      tierOverride = rawTier;
    } else {
      addFinding(findings, accountId, 'tierOverride', 'invalid_value');
    }
  }
  const lastOrderDay = cleanDay(raw.lastOrderDate, 'lastOrderDate', accountId, findings);
  const relationshipStartDay = cleanDay(raw.relationshipStartDate, 'relationshipStartDate', accountId, findings);
  const contractEndDay = cleanDay(raw.contractEndDate, 'contractEndDate', accountId, findings);
  const lastContactDay = cleanDay(raw.lastContactDate, 'lastContactDate', accountId, findings);
  const casesCurrent = cleanAmount(raw.casesCurrent, 'casesCurrent', accountId, findings, false, 10000000, 0);
  return {
    accountId: accountId,
    name: textOf(raw.name),
    industry: textOf(raw.industry),
    country: textOf(raw.country),
    employees: cleanAmount(raw.employees, 'employees', accountId, findings, false, ABSURD_EMPLOYEES, 0),
    productFamily: textOf(raw.productFamily),
    contractType: contractType,
    revenueCurrent: cleanAmount(raw.revenueCurrent, 'revenueCurrent', accountId, findings, true, ABSURD_AMOUNT, 0),
    revenuePrevious: cleanAmount(raw.revenuePrevious, 'revenuePrevious', accountId, findings, true, ABSURD_AMOUNT, 0),
    marginRateOverride: marginOverride,
    maxPaymentDelayDays: delay < 0 ? 0 : delay,
    paymentDelayAbsurd: raw.maxPaymentDelayDays !== undefined && raw.maxPaymentDelayDays > ABSURD_PAYMENT_DELAY_DAYS,
    weightedPipeline: cleanAmount(
      raw.weightedPipeline,
      'weightedPipeline',
      accountId,
      findings,
      false,
      ABSURD_AMOUNT,
      0
    ),
    whitespaceShare: cleanAmount(raw.whitespaceShare, 'whitespaceShare', accountId, findings, false, 1, 0),
    futurePotential: flagOf(raw.futurePotential),
    predictedClv: cleanAmount(raw.predictedClv, 'predictedClv', accountId, findings, false, ABSURD_AMOUNT, 0),
    referralsMade: cleanAmount(raw.referralsMade, 'referralsMade', accountId, findings, false, 1000000, 0),
    referralRevenue: cleanAmount(raw.referralRevenue, 'referralRevenue', accountId, findings, false, ABSURD_AMOUNT, 0),
    isReference: flagOf(raw.isReference),
    promoterScore: promoter,
    earlyAdopter: flagOf(raw.earlyAdopter),
    vip: flagOf(raw.vip),
    strategic: flagOf(raw.strategic),
    casesCurrent: casesCurrent,
    // Unknown previous cases mean no known trend (as many as now), not a rise from zero.
    casesPrevious: cleanAmount(raw.casesPrevious, 'casesPrevious', accountId, findings, false, 10000000, casesCurrent),
    complaints: cleanAmount(raw.complaints, 'complaints', accountId, findings, false, 10000000, 0),
    satisfaction: satisfaction,
    lastOrderDate: dateText(raw.lastOrderDate, lastOrderDay),
    relationshipStartDate: dateText(raw.relationshipStartDate, relationshipStartDay),
    contractEndDate: dateText(raw.contractEndDate, contractEndDay),
    lastContactDate: dateText(raw.lastContactDate, lastContactDay),
    lastOrderDay: lastOrderDay,
    relationshipStartDay: relationshipStartDay,
    contractEndDay: contractEndDay,
    contractNoticeMonths: cleanAmount(
      raw.contractNoticeMonths,
      'contractNoticeMonths',
      accountId,
      findings,
      false,
      1200,
      0
    ),
    tierOverride: tierOverride,
    tierOverrideReason: textOf(raw.tierOverrideReason),
    findings: findings
  };
}
