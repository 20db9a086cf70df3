/**
 * c/valueLabels — the words for the engine's keys and enumerations, in the user's language (Custom Labels, English
 * and French). One place, so a tier, an action or a flag has the same name on every screen. Unknown keys come back as
 * the key itself: a new engine value shows up raw instead of disappearing.
 */
import tierD1Name from '@salesforce/label/c.Tier_D1_Name';
import tierD1ShortName from '@salesforce/label/c.Tier_D1_Short_Name';
import tierD1Description from '@salesforce/label/c.Tier_D1_Description';
import tierD2Name from '@salesforce/label/c.Tier_D2_Name';
import tierD2ShortName from '@salesforce/label/c.Tier_D2_Short_Name';
import tierD2Description from '@salesforce/label/c.Tier_D2_Description';
import tierD3Name from '@salesforce/label/c.Tier_D3_Name';
import tierD3ShortName from '@salesforce/label/c.Tier_D3_Short_Name';
import tierD3Description from '@salesforce/label/c.Tier_D3_Description';
import tierD4Name from '@salesforce/label/c.Tier_D4_Name';
import tierD4ShortName from '@salesforce/label/c.Tier_D4_Short_Name';
import tierD4Description from '@salesforce/label/c.Tier_D4_Description';
import actionProtect from '@salesforce/label/c.Action_Protect';
import actionProtectDescription from '@salesforce/label/c.Action_Protect_Description';
import actionDevelop from '@salesforce/label/c.Action_Develop';
import actionDevelopDescription from '@salesforce/label/c.Action_Develop_Description';
import actionRetain from '@salesforce/label/c.Action_Retain';
import actionRetainDescription from '@salesforce/label/c.Action_Retain_Description';
import actionStandardize from '@salesforce/label/c.Action_Standardize';
import actionStandardizeDescription from '@salesforce/label/c.Action_Standardize_Description';
import actionTransform from '@salesforce/label/c.Action_Transform';
import actionTransformDescription from '@salesforce/label/c.Action_Transform_Description';
import actionSeparate from '@salesforce/label/c.Action_Separate';
import actionSeparateDescription from '@salesforce/label/c.Action_Separate_Description';
import flagMostValuedCustomer from '@salesforce/label/c.Flag_Most_Valued_Customer';
import flagHighPotential from '@salesforce/label/c.Flag_High_Potential';
import flagAtRisk from '@salesforce/label/c.Flag_At_Risk';
import flagStrategic from '@salesforce/label/c.Flag_Strategic';
import flagDataIncomplete from '@salesforce/label/c.Flag_Data_Incomplete';
import scoreComponentNetvalue from '@salesforce/label/c.Score_Component_NetValue';
import scoreComponentPotential from '@salesforce/label/c.Score_Component_Potential';
import scoreComponentInfluence from '@salesforce/label/c.Score_Component_Influence';
import scoreComponentStrategicfit from '@salesforce/label/c.Score_Component_StrategicFit';
import scoreComponentLoyalty from '@salesforce/label/c.Score_Component_Loyalty';
import costComponentSupport from '@salesforce/label/c.Cost_Component_Support';
import costComponentSalesactivity from '@salesforce/label/c.Cost_Component_SalesActivity';
import costComponentPaymentdelay from '@salesforce/label/c.Cost_Component_PaymentDelay';
import costComponentDiscount from '@salesforce/label/c.Cost_Component_Discount';
import costComponentReturns from '@salesforce/label/c.Cost_Component_Returns';
import costComponentComplaints from '@salesforce/label/c.Cost_Component_Complaints';
import costComponentComplexity from '@salesforce/label/c.Cost_Component_Complexity';
import costComponentCustom from '@salesforce/label/c.Cost_Component_Custom';
import findingMissing from '@salesforce/label/c.Finding_Missing';
import findingNegative from '@salesforce/label/c.Finding_Negative';
import findingNotFinite from '@salesforce/label/c.Finding_Not_Finite';
import findingAbsurd from '@salesforce/label/c.Finding_Absurd';
import findingInvalidDate from '@salesforce/label/c.Finding_Invalid_Date';
import findingInvalidValue from '@salesforce/label/c.Finding_Invalid_Value';
import dataFieldAccount from '@salesforce/label/c.Data_Field_Account';
import dataFieldRevenueCurrent from '@salesforce/label/c.Data_Field_Revenue_Current';
import dataFieldRevenuePrevious from '@salesforce/label/c.Data_Field_Revenue_Previous';
import dataFieldEmployees from '@salesforce/label/c.Data_Field_Employees';
import dataFieldMarginRate from '@salesforce/label/c.Data_Field_Margin_Rate';
import dataFieldCasesCurrent from '@salesforce/label/c.Data_Field_Cases_Current';
import dataFieldCasesPrevious from '@salesforce/label/c.Data_Field_Cases_Previous';
import dataFieldComplaints from '@salesforce/label/c.Data_Field_Complaints';
import dataFieldSatisfaction from '@salesforce/label/c.Data_Field_Satisfaction';
import dataFieldPromoterScore from '@salesforce/label/c.Data_Field_Promoter_Score';
import dataFieldPredictedClv from '@salesforce/label/c.Data_Field_Predicted_Clv';
import dataFieldReferralRevenue from '@salesforce/label/c.Data_Field_Referral_Revenue';
import dataFieldReferralsMade from '@salesforce/label/c.Data_Field_Referrals_Made';
import dataFieldWhitespaceShare from '@salesforce/label/c.Data_Field_Whitespace_Share';
import dataFieldWeightedPipeline from '@salesforce/label/c.Data_Field_Weighted_Pipeline';
import dataFieldPaymentDelay from '@salesforce/label/c.Data_Field_Payment_Delay';
import dataFieldLastOrderDate from '@salesforce/label/c.Data_Field_Last_Order_Date';
import dataFieldLastContactDate from '@salesforce/label/c.Data_Field_Last_Contact_Date';
import dataFieldRelationshipStart from '@salesforce/label/c.Data_Field_Relationship_Start';
import dataFieldContractEnd from '@salesforce/label/c.Data_Field_Contract_End';
import dataFieldContractType from '@salesforce/label/c.Data_Field_Contract_Type';
import dataFieldTierOverride from '@salesforce/label/c.Data_Field_Tier_Override';
import dataFieldCostDriver from '@salesforce/label/c.Data_Field_Cost_Driver';
import driverComplaint from '@salesforce/label/c.Driver_Complaint';
import driverCreditNote from '@salesforce/label/c.Driver_Credit_Note';
import driverDiscountGiven from '@salesforce/label/c.Driver_Discount_Given';
import driverMeetingTime from '@salesforce/label/c.Driver_Meeting_Time';
import driverOperationalComplexity from '@salesforce/label/c.Driver_Operational_Complexity';
import driverPaymentDelay from '@salesforce/label/c.Driver_Payment_Delay';
import driverSalesTask from '@salesforce/label/c.Driver_Sales_Task';
import driverSalesVisit from '@salesforce/label/c.Driver_Sales_Visit';
import driverSupportCaseHigh from '@salesforce/label/c.Driver_Support_Case_High';
import driverSupportCaseMedium from '@salesforce/label/c.Driver_Support_Case_Medium';
import driverSupportCaseLow from '@salesforce/label/c.Driver_Support_Case_Low';
import { formatNumber, isSingular } from 'c/valueFormat';
import { ENGINE_LABELS } from './engineLabels';

export { ENGINE_LABELS };

interface TierWords {
  name: string;
  shortName: string;
  description: string;
}

const TIERS: Readonly<Record<string, TierWords>> = {
  D1: { name: tierD1Name, shortName: tierD1ShortName, description: tierD1Description },
  D2: { name: tierD2Name, shortName: tierD2ShortName, description: tierD2Description },
  D3: { name: tierD3Name, shortName: tierD3ShortName, description: tierD3Description },
  D4: { name: tierD4Name, shortName: tierD4ShortName, description: tierD4Description }
};

const ACTIONS: Readonly<Record<string, { name: string; description: string }>> = {
  protect: { name: actionProtect, description: actionProtectDescription },
  develop: { name: actionDevelop, description: actionDevelopDescription },
  retain: { name: actionRetain, description: actionRetainDescription },
  standardize: { name: actionStandardize, description: actionStandardizeDescription },
  transform: { name: actionTransform, description: actionTransformDescription },
  separate: { name: actionSeparate, description: actionSeparateDescription }
};

/** Flags in the order the badge shows them. */
export const FLAG_LABELS: Readonly<Record<string, string>> = {
  most_valued_customer: flagMostValuedCustomer,
  high_potential: flagHighPotential,
  at_risk: flagAtRisk,
  strategic: flagStrategic,
  data_incomplete: flagDataIncomplete
};

const SCORE_COMPONENTS: Readonly<Record<string, string>> = {
  net_value: scoreComponentNetvalue,
  potential: scoreComponentPotential,
  influence: scoreComponentInfluence,
  strategic_fit: scoreComponentStrategicfit,
  loyalty: scoreComponentLoyalty
};

const COST_COMPONENTS: Readonly<Record<string, string>> = {
  support: costComponentSupport,
  sales_activity: costComponentSalesactivity,
  payment_delay: costComponentPaymentdelay,
  discount: costComponentDiscount,
  returns: costComponentReturns,
  complaints: costComponentComplaints,
  complexity: costComponentComplexity,
  custom: costComponentCustom
};

const PROBLEMS: Readonly<Record<string, string>> = {
  missing: findingMissing,
  negative: findingNegative,
  not_finite: findingNotFinite,
  absurd: findingAbsurd,
  invalid_date: findingInvalidDate,
  invalid_value: findingInvalidValue
};

/** The engine's fact names (facts.ts) as a rep knows them. */
const DATA_FIELDS: Readonly<Record<string, string>> = {
  accountId: dataFieldAccount,
  revenueCurrent: dataFieldRevenueCurrent,
  revenuePrevious: dataFieldRevenuePrevious,
  employees: dataFieldEmployees,
  marginRateOverride: dataFieldMarginRate,
  casesCurrent: dataFieldCasesCurrent,
  casesPrevious: dataFieldCasesPrevious,
  complaints: dataFieldComplaints,
  satisfaction: dataFieldSatisfaction,
  promoterScore: dataFieldPromoterScore,
  predictedClv: dataFieldPredictedClv,
  referralRevenue: dataFieldReferralRevenue,
  referralsMade: dataFieldReferralsMade,
  whitespaceShare: dataFieldWhitespaceShare,
  weightedPipeline: dataFieldWeightedPipeline,
  maxPaymentDelayDays: dataFieldPaymentDelay,
  lastOrderDate: dataFieldLastOrderDate,
  lastContactDate: dataFieldLastContactDate,
  relationshipStartDate: dataFieldRelationshipStart,
  contractEndDate: dataFieldContractEnd,
  contractType: dataFieldContractType,
  tierOverride: dataFieldTierOverride
};

/**
 * The value drivers the project ships (Value_Driver__mdt records, by DeveloperName). Custom Metadata record labels
 * cannot be translated, so each shipped record has a Custom Label; a driver an admin adds in Setup shows its name.
 */
const DRIVERS: Readonly<Record<string, string>> = {
  Complaint: driverComplaint,
  Credit_Note: driverCreditNote,
  Discount_Given: driverDiscountGiven,
  Meeting_Time: driverMeetingTime,
  Operational_Complexity: driverOperationalComplexity,
  Payment_Delay: driverPaymentDelay,
  Sales_Task: driverSalesTask,
  Sales_Visit: driverSalesVisit,
  Support_Case_High: driverSupportCaseHigh,
  Support_Case_Medium: driverSupportCaseMedium,
  Support_Case_Low: driverSupportCaseLow
};

/** Cost driver quantities are reported as `driverQuantities.<driver name>`. */
const DRIVER_FIELD_PREFIX = 'driverQuantities.';

/** Fills a Custom Label's positional placeholders: `{0}`, `{1}`, … */
export function formatLabel(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}

/** A count in a sentence, singular or plural as the user's language wants: `{0}` is the count, then `values`. */
export function formatCount(count: number, one: string, other: string, ...values: (string | number)[]): string {
  return formatLabel(isSingular(count) ? one : other, formatNumber(count), ...values);
}

/** An engine label key rendered with its named parameters (`{netValue}`); an unknown key is returned as is. */
export function engineText(labelKey: string, params: Readonly<Record<string, string>> = {}): string {
  const template = ENGINE_LABELS[labelKey] ?? labelKey;
  return template.replace(/\{([A-Za-z]\w*)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}

/** "D1 – Protect". */
export function tierName(tier: string): string {
  return TIERS[tier]?.name ?? tier;
}

/** "Protect". */
export function tierShortName(tier: string): string {
  return TIERS[tier]?.shortName ?? tier;
}

/** What the tier means and what to do with it. */
export function tierDescription(tier: string): string {
  return TIERS[tier]?.description ?? '';
}

/** "Protect". */
export function actionName(action: string): string {
  return ACTIONS[action]?.name ?? action;
}

/** "Protect: keep service excellent …". */
export function actionDescription(action: string): string {
  return ACTIONS[action]?.description ?? '';
}

/** "At risk". */
export function flagName(flag: string): string {
  return FLAG_LABELS[flag] ?? flag;
}

/** "Net value", "Potential", … */
export function scoreComponentName(component: string): string {
  return SCORE_COMPONENTS[component] ?? component;
}

/** "Support", "Payment delay", … */
export function costComponentName(component: string): string {
  return COST_COMPONENTS[component] ?? component;
}

/** A value driver by its record name: "Support cases, high priority"; an unknown one in words (`My_Driver` → "My Driver"). */
export function driverName(name: string): string {
  return DRIVERS[name] ?? name.replace(/_/g, ' ');
}

/** A data-quality finding said plainly: "Revenue of the last 12 months is missing". */
export function findingText(field: string, problem: string): string {
  const fieldName = field.startsWith(DRIVER_FIELD_PREFIX)
    ? formatLabel(dataFieldCostDriver, driverName(field.slice(DRIVER_FIELD_PREFIX.length)))
    : (DATA_FIELDS[field] ?? field);
  const template = PROBLEMS[problem];
  return template === undefined ? `${fieldName}: ${problem}` : formatLabel(template, fieldName);
}
