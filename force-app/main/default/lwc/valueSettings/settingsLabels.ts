/** The Value Settings page's Custom Labels (English and French), in one object. */
import title from '@salesforce/label/c.Settings_Title';
import subtitle from '@salesforce/label/c.Settings_Subtitle';
import noAccess from '@salesforce/label/c.Settings_No_Access';
import loadError from '@salesforce/label/c.Settings_Load_Error';
import sectionDrivers from '@salesforce/label/c.Settings_Section_Drivers';
import sectionWeights from '@salesforce/label/c.Settings_Section_Weights';
import sectionTiers from '@salesforce/label/c.Settings_Section_Tiers';
import sectionMargins from '@salesforce/label/c.Settings_Section_Margins';
import sectionAlerts from '@salesforce/label/c.Settings_Section_Alerts';
import sectionPlays from '@salesforce/label/c.Settings_Section_Plays';
import sectionNotice from '@salesforce/label/c.Settings_Section_Notice';
import sectionPositioning from '@salesforce/label/c.Settings_Section_Positioning';
import unitMoneyPerUnit from '@salesforce/label/c.Settings_Unit_Money_Per_Unit';
import unitPercent from '@salesforce/label/c.Settings_Unit_Percent';
import unitPoints from '@salesforce/label/c.Settings_Unit_Points';
import unitDays from '@salesforce/label/c.Settings_Unit_Days';
import unitMonths from '@salesforce/label/c.Settings_Unit_Months';
import unitScore from '@salesforce/label/c.Settings_Unit_Score';
import unitWeight from '@salesforce/label/c.Settings_Unit_Weight';
import unitEmployees from '@salesforce/label/c.Settings_Unit_Employees';
import fieldUnitCost from '@salesforce/label/c.Settings_Field_Unit_Cost';
import helpUnitCost from '@salesforce/label/c.Settings_Help_Unit_Cost';
import helpUnitCostComplexity from '@salesforce/label/c.Settings_Help_Unit_Cost_Complexity';
import fieldCostOfCapital from '@salesforce/label/c.Settings_Field_Cost_Of_Capital';
import helpCostOfCapital from '@salesforce/label/c.Settings_Help_Cost_Of_Capital';
import fieldWeightNetValue from '@salesforce/label/c.Settings_Field_Weight_Net_Value';
import fieldWeightPotential from '@salesforce/label/c.Settings_Field_Weight_Potential';
import fieldWeightInfluence from '@salesforce/label/c.Settings_Field_Weight_Influence';
import fieldWeightStrategicFit from '@salesforce/label/c.Settings_Field_Weight_Strategic_Fit';
import fieldWeightLoyalty from '@salesforce/label/c.Settings_Field_Weight_Loyalty';
import helpWeight from '@salesforce/label/c.Settings_Help_Weight';
import fieldTierMethod from '@salesforce/label/c.Settings_Field_Tier_Method';
import helpTierMethod from '@salesforce/label/c.Settings_Help_Tier_Method';
import tierMethodPercentile from '@salesforce/label/c.Settings_Tier_Method_Percentile';
import tierMethodAbsolute from '@salesforce/label/c.Settings_Tier_Method_Absolute';
import fieldTierShare from '@salesforce/label/c.Settings_Field_Tier_Share';
import helpTierShare from '@salesforce/label/c.Settings_Help_Tier_Share';
import fieldTierThreshold from '@salesforce/label/c.Settings_Field_Tier_Threshold';
import helpTierThreshold from '@salesforce/label/c.Settings_Help_Tier_Threshold';
import fieldDefaultMargin from '@salesforce/label/c.Settings_Field_Default_Margin';
import helpDefaultMargin from '@salesforce/label/c.Settings_Help_Default_Margin';
import fieldMarginRate from '@salesforce/label/c.Settings_Field_Margin_Rate';
import helpMarginRate from '@salesforce/label/c.Settings_Help_Margin_Rate';
import fieldAlertChurn from '@salesforce/label/c.Settings_Field_Alert_Churn';
import helpAlertChurn from '@salesforce/label/c.Settings_Help_Alert_Churn';
import fieldAtRisk from '@salesforce/label/c.Settings_Field_At_Risk';
import helpAtRisk from '@salesforce/label/c.Settings_Help_At_Risk';
import fieldEscalate from '@salesforce/label/c.Settings_Field_Escalate';
import helpEscalate from '@salesforce/label/c.Settings_Help_Escalate';
import fieldMvc from '@salesforce/label/c.Settings_Field_Mvc';
import helpMvc from '@salesforce/label/c.Settings_Help_Mvc';
import fieldHighPotential from '@salesforce/label/c.Settings_Field_High_Potential';
import helpHighPotential from '@salesforce/label/c.Settings_Help_High_Potential';
import fieldPlay from '@salesforce/label/c.Settings_Field_Play';
import helpPlay from '@salesforce/label/c.Settings_Help_Play';
import fieldFollowUp from '@salesforce/label/c.Settings_Field_Follow_Up';
import helpFollowUp from '@salesforce/label/c.Settings_Help_Follow_Up';
import fieldCapRevenue from '@salesforce/label/c.Settings_Field_Cap_Revenue';
import helpCapRevenue from '@salesforce/label/c.Settings_Help_Cap_Revenue';
import fieldCapMargin from '@salesforce/label/c.Settings_Field_Cap_Margin';
import helpCapMargin from '@salesforce/label/c.Settings_Help_Cap_Margin';
import fieldNoticeBasis from '@salesforce/label/c.Settings_Field_Notice_Basis';
import helpNoticeBasis from '@salesforce/label/c.Settings_Help_Notice_Basis';
import noticeBasisPerYear from '@salesforce/label/c.Settings_Notice_Basis_Per_Year';
import noticeBasisFixed from '@salesforce/label/c.Settings_Notice_Basis_Fixed';
import fieldMonthsPerYear from '@salesforce/label/c.Settings_Field_Months_Per_Year';
import helpMonthsPerYear from '@salesforce/label/c.Settings_Help_Months_Per_Year';
import fieldFixedMonths from '@salesforce/label/c.Settings_Field_Fixed_Months';
import helpFixedMonths from '@salesforce/label/c.Settings_Help_Fixed_Months';
import fieldMinimumMonths from '@salesforce/label/c.Settings_Field_Minimum_Months';
import helpMinimumMonths from '@salesforce/label/c.Settings_Help_Minimum_Months';
import fieldCapMonths from '@salesforce/label/c.Settings_Field_Cap_Months';
import helpCapMonths from '@salesforce/label/c.Settings_Help_Cap_Months';
import fieldPartialRupture from '@salesforce/label/c.Settings_Field_Partial_Rupture';
import helpPartialRupture from '@salesforce/label/c.Settings_Help_Partial_Rupture';
import fieldTargetWeight from '@salesforce/label/c.Settings_Field_Target_Weight';
import helpTargetWeight from '@salesforce/label/c.Settings_Help_Target_Weight';
import fieldTargetMinimum from '@salesforce/label/c.Settings_Field_Target_Minimum';
import fieldTargetMaximum from '@salesforce/label/c.Settings_Field_Target_Maximum';
import helpTargetRange from '@salesforce/label/c.Settings_Help_Target_Range';
import save from '@salesforce/label/c.Settings_Save';
import saveDisabled from '@salesforce/label/c.Settings_Save_Disabled';
import problemCount from '@salesforce/label/c.Settings_Problem_Count';
import noChange from '@salesforce/label/c.Settings_No_Change';
import reset from '@salesforce/label/c.Settings_Reset';
import rescore from '@salesforce/label/c.Settings_Rescore';
import history from '@salesforce/label/c.Settings_History';
import statusNone from '@salesforce/label/c.Settings_Status_None';
import statusPending from '@salesforce/label/c.Settings_Status_Pending';
import statusSucceeded from '@salesforce/label/c.Settings_Status_Succeeded';
import statusFailed from '@salesforce/label/c.Settings_Status_Failed';
import saveError from '@salesforce/label/c.Settings_Save_Error';
import changedFields from '@salesforce/label/c.Settings_Changed_Fields';
import problemCountOne from '@salesforce/label/c.Settings_Problem_Count_One';
import previewReading from '@salesforce/label/c.Settings_Preview_Reading';
import statusPendingOne from '@salesforce/label/c.Settings_Status_Pending_One';
import statusSucceededOne from '@salesforce/label/c.Settings_Status_Succeeded_One';
import changedFieldsOne from '@salesforce/label/c.Settings_Changed_Fields_One';
import marginOtherFamilies from '@salesforce/label/c.Settings_Margin_Other_Families';
import noticeAnyCountry from '@salesforce/label/c.Settings_Notice_Any_Country';
import contractFramework from '@salesforce/label/c.Settings_Contract_Framework';
import contractSubscription from '@salesforce/label/c.Settings_Contract_Subscription';
import contractOneOff from '@salesforce/label/c.Settings_Contract_One_Off';
import unitPerComplaint from '@salesforce/label/c.Settings_Unit_Per_Complaint';
import unitPerCreditNote from '@salesforce/label/c.Settings_Unit_Per_Credit_Note';
import unitPerDiscount from '@salesforce/label/c.Settings_Unit_Per_Discount';
import unitPerMinute from '@salesforce/label/c.Settings_Unit_Per_Minute';
import unitPerComplexityLevel from '@salesforce/label/c.Settings_Unit_Per_Complexity_Level';
import unitPerTask from '@salesforce/label/c.Settings_Unit_Per_Task';
import unitPerVisit from '@salesforce/label/c.Settings_Unit_Per_Visit';
import unitPerCase from '@salesforce/label/c.Settings_Unit_Per_Case';
import dimensionCountry from '@salesforce/label/c.Portfolio_Country';
import dimensionIndustry from '@salesforce/label/c.Portfolio_Industry';
import dimensionEmployees from '@salesforce/label/c.Data_Field_Employees';
import previewLoading from '@salesforce/label/c.Settings_Preview_Loading';
import playDirectorVisit from '@salesforce/label/c.Retention_Play_DirectorVisit';
import playRepVisit from '@salesforce/label/c.Retention_Play_RepVisit';
import playCareCall from '@salesforce/label/c.Retention_Play_CareCall';
import playLetter from '@salesforce/label/c.Retention_Play_Letter';

export const LABELS = {
  title,
  subtitle,
  noAccess,
  loadError,
  sectionDrivers,
  sectionWeights,
  sectionTiers,
  sectionMargins,
  sectionAlerts,
  sectionPlays,
  sectionNotice,
  sectionPositioning,
  unitMoneyPerUnit,
  unitPercent,
  unitPoints,
  unitDays,
  unitMonths,
  unitScore,
  unitWeight,
  unitEmployees,
  fieldUnitCost,
  helpUnitCost,
  helpUnitCostComplexity,
  fieldCostOfCapital,
  helpCostOfCapital,
  fieldWeightNetValue,
  fieldWeightPotential,
  fieldWeightInfluence,
  fieldWeightStrategicFit,
  fieldWeightLoyalty,
  helpWeight,
  fieldTierMethod,
  helpTierMethod,
  tierMethodPercentile,
  tierMethodAbsolute,
  fieldTierShare,
  helpTierShare,
  fieldTierThreshold,
  helpTierThreshold,
  fieldDefaultMargin,
  helpDefaultMargin,
  fieldMarginRate,
  helpMarginRate,
  fieldAlertChurn,
  helpAlertChurn,
  fieldAtRisk,
  helpAtRisk,
  fieldEscalate,
  helpEscalate,
  fieldMvc,
  helpMvc,
  fieldHighPotential,
  helpHighPotential,
  fieldPlay,
  helpPlay,
  fieldFollowUp,
  helpFollowUp,
  fieldCapRevenue,
  helpCapRevenue,
  fieldCapMargin,
  helpCapMargin,
  fieldNoticeBasis,
  helpNoticeBasis,
  noticeBasisPerYear,
  noticeBasisFixed,
  fieldMonthsPerYear,
  helpMonthsPerYear,
  fieldFixedMonths,
  helpFixedMonths,
  fieldMinimumMonths,
  helpMinimumMonths,
  fieldCapMonths,
  helpCapMonths,
  fieldPartialRupture,
  helpPartialRupture,
  fieldTargetWeight,
  helpTargetWeight,
  fieldTargetMinimum,
  fieldTargetMaximum,
  helpTargetRange,
  save,
  saveDisabled,
  problemCount,
  noChange,
  reset,
  rescore,
  history,
  statusNone,
  statusPending,
  statusSucceeded,
  statusFailed,
  saveError,
  changedFields,
  previewLoading,
  playDirectorVisit,
  playRepVisit,
  playCareCall,
  playLetter,
  problemCountOne,
  previewReading,
  statusPendingOne,
  statusSucceededOne,
  changedFieldsOne,
  marginOtherFamilies,
  noticeAnyCountry,
  contractFramework,
  contractSubscription,
  contractOneOff,
  unitPerComplaint,
  unitPerCreditNote,
  unitPerDiscount,
  unitPerMinute,
  unitPerComplexityLevel,
  unitPerTask,
  unitPerVisit,
  unitPerCase,
  dimensionCountry,
  dimensionIndustry,
  dimensionEmployees
} as const;
