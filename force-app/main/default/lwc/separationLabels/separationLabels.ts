/**
 * c/separationLabels — the separation wizard's and the retention play's words (Custom Labels, English and French),
 * and the names of the plan's statuses, paths and outcomes, so both screens say the same thing the same way.
 */
import { SEPARATION_OUTCOME_VALUES, SEPARATION_PATH_VALUES } from 'c/valueEngine';
import { formatLabel } from 'c/valueLabels';
import separationWizardTitle from '@salesforce/label/c.Separation_Wizard_Title';
import separationStepAssess from '@salesforce/label/c.Separation_Step_Assess';
import separationStepPath from '@salesforce/label/c.Separation_Step_Path';
import separationStepNotice from '@salesforce/label/c.Separation_Step_Notice';
import separationStepLetter from '@salesforce/label/c.Separation_Step_Letter';
import separationStepApproval from '@salesforce/label/c.Separation_Step_Approval';
import separationStepExecute from '@salesforce/label/c.Separation_Step_Execute';
import separationStepClose from '@salesforce/label/c.Separation_Step_Close';
import separationLoadError from '@salesforce/label/c.Separation_Load_Error';
import separationSaveError from '@salesforce/label/c.Separation_Save_Error';
import separationStatusLine from '@salesforce/label/c.Separation_Status_Line';
import separationSaved from '@salesforce/label/c.Separation_Saved';
import separationChangesSaved from '@salesforce/label/c.Separation_Changes_Saved';
import separationDoneAssess from '@salesforce/label/c.Separation_Done_assess';
import separationDoneOverrideGuardrail from '@salesforce/label/c.Separation_Done_override_guardrail';
import separationDoneChoosePath from '@salesforce/label/c.Separation_Done_choose_path';
import separationDoneSubmitForApproval from '@salesforce/label/c.Separation_Done_submit_for_approval';
import separationDoneApprove from '@salesforce/label/c.Separation_Done_approve';
import separationDoneReject from '@salesforce/label/c.Separation_Done_reject';
import separationDoneRevise from '@salesforce/label/c.Separation_Done_revise';
import separationDoneSendNotice from '@salesforce/label/c.Separation_Done_send_notice';
import separationDoneMakeEffective from '@salesforce/label/c.Separation_Done_make_effective';
import separationDoneCancel from '@salesforce/label/c.Separation_Done_cancel';
import separationDoneClose from '@salesforce/label/c.Separation_Done_close';
import playDoneApproveConcession from '@salesforce/label/c.Play_Done_approve_concession';
import playDoneRejectConcession from '@salesforce/label/c.Play_Done_reject_concession';
import playDoneRecordOutcome from '@salesforce/label/c.Play_Done_record_outcome';
import separationEventLine from '@salesforce/label/c.Separation_Event_Line';
import separationApprovalSummary from '@salesforce/label/c.Separation_Approval_Summary';
import playLimitToCap from '@salesforce/label/c.Play_Limit_To_Cap';
import separationBackToValue from '@salesforce/label/c.Separation_Back_To_Value';
import separationSaveContinue from '@salesforce/label/c.Separation_Save_Continue';
import separationAssessQuestion from '@salesforce/label/c.Separation_Assess_Question';
import separationAssessIntro from '@salesforce/label/c.Separation_Assess_Intro';
import separationRevenue from '@salesforce/label/c.Separation_Revenue';
import separationGrossMargin from '@salesforce/label/c.Separation_Gross_Margin';
import separationCostToServe from '@salesforce/label/c.Separation_Cost_To_Serve';
import separationChurn from '@salesforce/label/c.Separation_Churn';
import separationReputationRisk from '@salesforce/label/c.Separation_Reputation_Risk';
import separationNoReputationRisk from '@salesforce/label/c.Separation_No_Reputation_Risk';
import separationContract from '@salesforce/label/c.Separation_Contract';
import separationContractType from '@salesforce/label/c.Separation_Contract_Type';
import separationContractEnd from '@salesforce/label/c.Separation_Contract_End';
import separationContractClause from '@salesforce/label/c.Separation_Contract_Clause';
import separationRelationshipStart from '@salesforce/label/c.Separation_Relationship_Start';
import separationUnknown from '@salesforce/label/c.Separation_Unknown';
import separationMonths from '@salesforce/label/c.Separation_Months';
import separationNone from '@salesforce/label/c.Separation_None';
import separationGuardrailTitle from '@salesforce/label/c.Separation_Guardrail_Title';
import separationGuardrailText from '@salesforce/label/c.Separation_Guardrail_Text';
import separationGuardrailWait from '@salesforce/label/c.Separation_Guardrail_Wait';
import separationOverrideReason from '@salesforce/label/c.Separation_Override_Reason';
import separationOverrideButton from '@salesforce/label/c.Separation_Override_Button';
import separationOverridden from '@salesforce/label/c.Separation_Overridden';
import separationStartAssessment from '@salesforce/label/c.Separation_Start_Assessment';
import separationNotBlocked from '@salesforce/label/c.Separation_Not_Blocked';
import separationPathQuestion from '@salesforce/label/c.Separation_Path_Question';
import separationPathHelpPriceIncrease from '@salesforce/label/c.Separation_Path_Help_price_increase';
import separationPathHelpServiceReduction from '@salesforce/label/c.Separation_Path_Help_service_reduction';
import separationPathHelpStandardOffer from '@salesforce/label/c.Separation_Path_Help_standard_offer';
import separationPathHelpReferral from '@salesforce/label/c.Separation_Path_Help_referral';
import separationPathHelpEndRelationship from '@salesforce/label/c.Separation_Path_Help_end_relationship';
import separationNewPrice from '@salesforce/label/c.Separation_New_Price';
import separationPriceIncrease from '@salesforce/label/c.Separation_Price_Increase';
import separationServiceReduction from '@salesforce/label/c.Separation_Service_Reduction';
import separationServiceChange from '@salesforce/label/c.Separation_Service_Change';
import separationAlternative from '@salesforce/label/c.Separation_Alternative';
import separationReason from '@salesforce/label/c.Separation_Reason';
import separationRationale from '@salesforce/label/c.Separation_Rationale';
import separationRationaleHelp from '@salesforce/label/c.Separation_Rationale_Help';
import separationRationaleRequired from '@salesforce/label/c.Separation_Rationale_Required';
import separationMildest from '@salesforce/label/c.Separation_Mildest';
import separationPathRequired from '@salesforce/label/c.Separation_Path_Required';
import separationReasonRequired from '@salesforce/label/c.Separation_Reason_Required';
import separationPartners from '@salesforce/label/c.Separation_Partners';
import separationPartnerRank from '@salesforce/label/c.Separation_Partner_Rank';
import separationMatchIndustry from '@salesforce/label/c.Separation_Match_Industry';
import separationMatchRegion from '@salesforce/label/c.Separation_Match_Region';
import separationMatchSize from '@salesforce/label/c.Separation_Match_Size';
import separationNoMatch from '@salesforce/label/c.Separation_No_Match';
import separationNoPartners from '@salesforce/label/c.Separation_No_Partners';
import separationPartnerRequired from '@salesforce/label/c.Separation_Partner_Required';
import separationNoticeQuestion from '@salesforce/label/c.Separation_Notice_Question';
import separationNoticeSummary from '@salesforce/label/c.Separation_Notice_Summary';
import separationNoticePolicy from '@salesforce/label/c.Separation_Notice_Policy';
import separationNoticeUnknownStart from '@salesforce/label/c.Separation_Notice_Unknown_Start';
import separationNoticeClauseApplied from '@salesforce/label/c.Separation_Notice_Clause_Applied';
import separationNoticeClauseShorter from '@salesforce/label/c.Separation_Notice_Clause_Shorter';
import separationNoticePartialRupture from '@salesforce/label/c.Separation_Notice_Partial_Rupture';
import separationNoticeBelowThreshold from '@salesforce/label/c.Separation_Notice_Below_Threshold';
import separationNoticeDate from '@salesforce/label/c.Separation_Notice_Date';
import separationEffectiveEnd from '@salesforce/label/c.Separation_Effective_End';
import separationLetterQuestion from '@salesforce/label/c.Separation_Letter_Question';
import separationLetterLanguage from '@salesforce/label/c.Separation_Letter_Language';
import separationLanguageEn from '@salesforce/label/c.Separation_Language_En';
import separationLanguageFr from '@salesforce/label/c.Separation_Language_Fr';
import separationLetterSubject from '@salesforce/label/c.Separation_Letter_Subject';
import separationLetterMissing from '@salesforce/label/c.Separation_Letter_Missing';
import separationLetterEdit from '@salesforce/label/c.Separation_Letter_Edit';
import separationLetterEdited from '@salesforce/label/c.Separation_Letter_Edited';
import separationLetterLocked from '@salesforce/label/c.Separation_Letter_Locked';
import separationLetterBody from '@salesforce/label/c.Separation_Letter_Body';
import separationLetterCompany from '@salesforce/label/c.Separation_Letter_Company';
import separationTalkingPoints from '@salesforce/label/c.Separation_Talking_Points';
import separationAlternativeHighlight from '@salesforce/label/c.Separation_Alternative_Highlight';
import separationSubmit from '@salesforce/label/c.Separation_Submit';
import separationApprovalPending from '@salesforce/label/c.Separation_Approval_Pending';
import separationApprovalComment from '@salesforce/label/c.Separation_Approval_Comment';
import separationApprove from '@salesforce/label/c.Separation_Approve';
import separationReject from '@salesforce/label/c.Separation_Reject';
import separationApprovedBy from '@salesforce/label/c.Separation_Approved_By';
import separationRejected from '@salesforce/label/c.Separation_Rejected';
import separationRevise from '@salesforce/label/c.Separation_Revise';
import separationApprovalNotYet from '@salesforce/label/c.Separation_Approval_Not_Yet';
import separationExecuteQuestion from '@salesforce/label/c.Separation_Execute_Question';
import separationTasks from '@salesforce/label/c.Separation_Tasks';
import separationTaskSendApprovedLetter from '@salesforce/label/c.Separation_Task_Send_Approved_Letter';
import separationTaskReferralHandoff from '@salesforce/label/c.Separation_Task_Referral_Handoff';
import separationTaskEffectiveReview from '@salesforce/label/c.Separation_Task_Effective_Review';
import separationReferralPartner from '@salesforce/label/c.Separation_Referral_Partner';
import separationConsent from '@salesforce/label/c.Separation_Consent';
import separationSendNotice from '@salesforce/label/c.Separation_Send_Notice';
import separationNotified from '@salesforce/label/c.Separation_Notified';
import separationReferralRecorded from '@salesforce/label/c.Separation_Referral_Recorded';
import separationEffectiveDate from '@salesforce/label/c.Separation_Effective_Date';
import separationMakeEffective from '@salesforce/label/c.Separation_Make_Effective';
import separationEffectiveDone from '@salesforce/label/c.Separation_Effective_Done';
import separationExecuteNotYet from '@salesforce/label/c.Separation_Execute_Not_Yet';
import separationOutcome from '@salesforce/label/c.Separation_Outcome';
import separationClosePlan from '@salesforce/label/c.Separation_Close_Plan';
import separationClosed from '@salesforce/label/c.Separation_Closed';
import separationAuditTrail from '@salesforce/label/c.Separation_Audit_Trail';
import separationCloseNotYet from '@salesforce/label/c.Separation_Close_Not_Yet';
import separationCancelled from '@salesforce/label/c.Separation_Cancelled';
import separationReload from '@salesforce/label/c.Separation_Reload';
import playTitle from '@salesforce/label/c.Play_Title';
import playLoadError from '@salesforce/label/c.Play_Load_Error';
import playSaveError from '@salesforce/label/c.Play_Save_Error';
import playIntro from '@salesforce/label/c.Play_Intro';
import playNameDirectorVisit from '@salesforce/label/c.Play_Name_director_visit';
import playNameRepVisit from '@salesforce/label/c.Play_Name_rep_visit';
import playNameCareCall from '@salesforce/label/c.Play_Name_care_call';
import playNameLetter from '@salesforce/label/c.Play_Name_letter';
import playTasksPlanned from '@salesforce/label/c.Play_Tasks_Planned';
import playTasks from '@salesforce/label/c.Play_Tasks';
import playFollowUp from '@salesforce/label/c.Play_Follow_Up';
import playScriptTitle from '@salesforce/label/c.Play_Script_Title';
import playConcession from '@salesforce/label/c.Play_Concession';
import playConcessionCap from '@salesforce/label/c.Play_Concession_Cap';
import playConcessionAbove from '@salesforce/label/c.Play_Concession_Above';
import playStarted from '@salesforce/label/c.Play_Started';
import playAwaitingApproval from '@salesforce/label/c.Play_Awaiting_Approval';
import playConcessionApproved from '@salesforce/label/c.Play_Concession_Approved';
import playConcessionLimited from '@salesforce/label/c.Play_Concession_Limited';
import playConcessionWithinCap from '@salesforce/label/c.Play_Concession_Within_Cap';
import playOutcomeRetained from '@salesforce/label/c.Play_Outcome_retained';
import playOutcomeLost from '@salesforce/label/c.Play_Outcome_lost';
import playRecordOutcome from '@salesforce/label/c.Play_Record_Outcome';
import playCompleted from '@salesforce/label/c.Play_Completed';
import playWinBackTitle from '@salesforce/label/c.Play_Win_Back_Title';
import playWinBackWorthIt from '@salesforce/label/c.Play_Win_Back_worth_it';
import playWinBackNotWorthIt from '@salesforce/label/c.Play_Win_Back_not_worth_it';
import playErrorAlreadyRunning from '@salesforce/label/c.Play_Error_Already_Running';
import playErrorNotFound from '@salesforce/label/c.Play_Error_Not_Found';
import playErrorManagerRequired from '@salesforce/label/c.Play_Error_Manager_Required';
import playErrorNoApproval from '@salesforce/label/c.Play_Error_No_Approval';
import playErrorOutcomeRequired from '@salesforce/label/c.Play_Error_Outcome_Required';
import playErrorApprovalPending from '@salesforce/label/c.Play_Error_Approval_Pending';
import playScriptSubjectDirectorVisit from '@salesforce/label/c.Play_Script_Subject_director_visit';
import playScriptDirectorVisit from '@salesforce/label/c.Play_Script_director_visit';
import playScriptSubjectRepVisit from '@salesforce/label/c.Play_Script_Subject_rep_visit';
import playScriptRepVisit from '@salesforce/label/c.Play_Script_rep_visit';
import playScriptSubjectCareCall from '@salesforce/label/c.Play_Script_Subject_care_call';
import playScriptCareCall from '@salesforce/label/c.Play_Script_care_call';
import playScriptSubjectLetter from '@salesforce/label/c.Play_Script_Subject_letter';
import playScriptLetter from '@salesforce/label/c.Play_Script_letter';
import statusDraft from '@salesforce/label/c.Separation_Status_Draft';
import statusAssessed from '@salesforce/label/c.Separation_Status_Assessed';
import statusPathChosen from '@salesforce/label/c.Separation_Status_PathChosen';
import statusPendingApproval from '@salesforce/label/c.Separation_Status_PendingApproval';
import statusApproved from '@salesforce/label/c.Separation_Status_Approved';
import statusRejected from '@salesforce/label/c.Separation_Status_Rejected';
import statusNotified from '@salesforce/label/c.Separation_Status_Notified';
import statusEffective from '@salesforce/label/c.Separation_Status_Effective';
import statusClosed from '@salesforce/label/c.Separation_Status_Closed';
import statusCancelled from '@salesforce/label/c.Separation_Status_Cancelled';
import pathPriceIncrease from '@salesforce/label/c.Separation_Path_PriceIncrease';
import pathServiceReduction from '@salesforce/label/c.Separation_Path_ServiceReduction';
import pathStandardOffer from '@salesforce/label/c.Separation_Path_StandardOffer';
import pathReferral from '@salesforce/label/c.Separation_Path_Referral';
import pathEndRelationship from '@salesforce/label/c.Separation_Path_EndRelationship';
import outcomeTransformed from '@salesforce/label/c.Separation_Outcome_Transformed';
import outcomeReferred from '@salesforce/label/c.Separation_Outcome_Referred';
import outcomeEnded from '@salesforce/label/c.Separation_Outcome_Ended';
import outcomeRetained from '@salesforce/label/c.Separation_Outcome_Retained';

export const LABELS = {
  Separation_Wizard_Title: separationWizardTitle,
  Separation_Step_Assess: separationStepAssess,
  Separation_Step_Path: separationStepPath,
  Separation_Step_Notice: separationStepNotice,
  Separation_Step_Letter: separationStepLetter,
  Separation_Step_Approval: separationStepApproval,
  Separation_Step_Execute: separationStepExecute,
  Separation_Step_Close: separationStepClose,
  Separation_Load_Error: separationLoadError,
  Separation_Save_Error: separationSaveError,
  Separation_Status_Line: separationStatusLine,
  Separation_Saved: separationSaved,
  Separation_Changes_Saved: separationChangesSaved,
  Separation_Done_assess: separationDoneAssess,
  Separation_Done_override_guardrail: separationDoneOverrideGuardrail,
  Separation_Done_choose_path: separationDoneChoosePath,
  Separation_Done_submit_for_approval: separationDoneSubmitForApproval,
  Separation_Done_approve: separationDoneApprove,
  Separation_Done_reject: separationDoneReject,
  Separation_Done_revise: separationDoneRevise,
  Separation_Done_send_notice: separationDoneSendNotice,
  Separation_Done_make_effective: separationDoneMakeEffective,
  Separation_Done_cancel: separationDoneCancel,
  Separation_Done_close: separationDoneClose,
  Play_Done_approve_concession: playDoneApproveConcession,
  Play_Done_reject_concession: playDoneRejectConcession,
  Play_Done_record_outcome: playDoneRecordOutcome,
  Separation_Event_Line: separationEventLine,
  Separation_Approval_Summary: separationApprovalSummary,
  Play_Limit_To_Cap: playLimitToCap,
  Separation_Back_To_Value: separationBackToValue,
  Separation_Save_Continue: separationSaveContinue,
  Separation_Assess_Question: separationAssessQuestion,
  Separation_Assess_Intro: separationAssessIntro,
  Separation_Revenue: separationRevenue,
  Separation_Gross_Margin: separationGrossMargin,
  Separation_Cost_To_Serve: separationCostToServe,
  Separation_Churn: separationChurn,
  Separation_Reputation_Risk: separationReputationRisk,
  Separation_No_Reputation_Risk: separationNoReputationRisk,
  Separation_Contract: separationContract,
  Separation_Contract_Type: separationContractType,
  Separation_Contract_End: separationContractEnd,
  Separation_Contract_Clause: separationContractClause,
  Separation_Relationship_Start: separationRelationshipStart,
  Separation_Unknown: separationUnknown,
  Separation_Months: separationMonths,
  Separation_None: separationNone,
  Separation_Guardrail_Title: separationGuardrailTitle,
  Separation_Guardrail_Text: separationGuardrailText,
  Separation_Guardrail_Wait: separationGuardrailWait,
  Separation_Override_Reason: separationOverrideReason,
  Separation_Override_Button: separationOverrideButton,
  Separation_Overridden: separationOverridden,
  Separation_Start_Assessment: separationStartAssessment,
  Separation_Not_Blocked: separationNotBlocked,
  Separation_Path_Question: separationPathQuestion,
  Separation_Path_Help_price_increase: separationPathHelpPriceIncrease,
  Separation_Path_Help_service_reduction: separationPathHelpServiceReduction,
  Separation_Path_Help_standard_offer: separationPathHelpStandardOffer,
  Separation_Path_Help_referral: separationPathHelpReferral,
  Separation_Path_Help_end_relationship: separationPathHelpEndRelationship,
  Separation_New_Price: separationNewPrice,
  Separation_Price_Increase: separationPriceIncrease,
  Separation_Service_Reduction: separationServiceReduction,
  Separation_Service_Change: separationServiceChange,
  Separation_Alternative: separationAlternative,
  Separation_Reason: separationReason,
  Separation_Rationale: separationRationale,
  Separation_Rationale_Help: separationRationaleHelp,
  Separation_Rationale_Required: separationRationaleRequired,
  Separation_Mildest: separationMildest,
  Separation_Path_Required: separationPathRequired,
  Separation_Reason_Required: separationReasonRequired,
  Separation_Partners: separationPartners,
  Separation_Partner_Rank: separationPartnerRank,
  Separation_Match_Industry: separationMatchIndustry,
  Separation_Match_Region: separationMatchRegion,
  Separation_Match_Size: separationMatchSize,
  Separation_No_Match: separationNoMatch,
  Separation_No_Partners: separationNoPartners,
  Separation_Partner_Required: separationPartnerRequired,
  Separation_Notice_Question: separationNoticeQuestion,
  Separation_Notice_Summary: separationNoticeSummary,
  Separation_Notice_Policy: separationNoticePolicy,
  Separation_Notice_Unknown_Start: separationNoticeUnknownStart,
  Separation_Notice_Clause_Applied: separationNoticeClauseApplied,
  Separation_Notice_Clause_Shorter: separationNoticeClauseShorter,
  Separation_Notice_Partial_Rupture: separationNoticePartialRupture,
  Separation_Notice_Below_Threshold: separationNoticeBelowThreshold,
  Separation_Notice_Date: separationNoticeDate,
  Separation_Effective_End: separationEffectiveEnd,
  Separation_Letter_Question: separationLetterQuestion,
  Separation_Letter_Language: separationLetterLanguage,
  Separation_Language_En: separationLanguageEn,
  Separation_Language_Fr: separationLanguageFr,
  Separation_Letter_Subject: separationLetterSubject,
  Separation_Letter_Missing: separationLetterMissing,
  Separation_Letter_Edit: separationLetterEdit,
  Separation_Letter_Edited: separationLetterEdited,
  Separation_Letter_Locked: separationLetterLocked,
  Separation_Letter_Body: separationLetterBody,
  Separation_Letter_Company: separationLetterCompany,
  Separation_Talking_Points: separationTalkingPoints,
  Separation_Alternative_Highlight: separationAlternativeHighlight,
  Separation_Submit: separationSubmit,
  Separation_Approval_Pending: separationApprovalPending,
  Separation_Approval_Comment: separationApprovalComment,
  Separation_Approve: separationApprove,
  Separation_Reject: separationReject,
  Separation_Approved_By: separationApprovedBy,
  Separation_Rejected: separationRejected,
  Separation_Revise: separationRevise,
  Separation_Approval_Not_Yet: separationApprovalNotYet,
  Separation_Execute_Question: separationExecuteQuestion,
  Separation_Tasks: separationTasks,
  Separation_Task_Send_Approved_Letter: separationTaskSendApprovedLetter,
  Separation_Task_Referral_Handoff: separationTaskReferralHandoff,
  Separation_Task_Effective_Review: separationTaskEffectiveReview,
  Separation_Referral_Partner: separationReferralPartner,
  Separation_Consent: separationConsent,
  Separation_Send_Notice: separationSendNotice,
  Separation_Notified: separationNotified,
  Separation_Referral_Recorded: separationReferralRecorded,
  Separation_Effective_Date: separationEffectiveDate,
  Separation_Make_Effective: separationMakeEffective,
  Separation_Effective_Done: separationEffectiveDone,
  Separation_Execute_Not_Yet: separationExecuteNotYet,
  Separation_Outcome: separationOutcome,
  Separation_Close_Plan: separationClosePlan,
  Separation_Closed: separationClosed,
  Separation_Audit_Trail: separationAuditTrail,
  Separation_Close_Not_Yet: separationCloseNotYet,
  Separation_Cancelled: separationCancelled,
  Separation_Reload: separationReload,
  Play_Title: playTitle,
  Play_Load_Error: playLoadError,
  Play_Save_Error: playSaveError,
  Play_Intro: playIntro,
  Play_Name_director_visit: playNameDirectorVisit,
  Play_Name_rep_visit: playNameRepVisit,
  Play_Name_care_call: playNameCareCall,
  Play_Name_letter: playNameLetter,
  Play_Tasks_Planned: playTasksPlanned,
  Play_Tasks: playTasks,
  Play_Follow_Up: playFollowUp,
  Play_Script_Title: playScriptTitle,
  Play_Concession: playConcession,
  Play_Concession_Cap: playConcessionCap,
  Play_Concession_Above: playConcessionAbove,
  Play_Started: playStarted,
  Play_Awaiting_Approval: playAwaitingApproval,
  Play_Concession_Approved: playConcessionApproved,
  Play_Concession_Limited: playConcessionLimited,
  Play_Concession_Within_Cap: playConcessionWithinCap,
  Play_Outcome_retained: playOutcomeRetained,
  Play_Outcome_lost: playOutcomeLost,
  Play_Record_Outcome: playRecordOutcome,
  Play_Completed: playCompleted,
  Play_Win_Back_Title: playWinBackTitle,
  Play_Win_Back_worth_it: playWinBackWorthIt,
  Play_Win_Back_not_worth_it: playWinBackNotWorthIt,
  Play_Error_Already_Running: playErrorAlreadyRunning,
  Play_Error_Not_Found: playErrorNotFound,
  Play_Error_Manager_Required: playErrorManagerRequired,
  Play_Error_No_Approval: playErrorNoApproval,
  Play_Error_Outcome_Required: playErrorOutcomeRequired,
  Play_Error_Approval_Pending: playErrorApprovalPending,
  Play_Script_Subject_director_visit: playScriptSubjectDirectorVisit,
  Play_Script_director_visit: playScriptDirectorVisit,
  Play_Script_Subject_rep_visit: playScriptSubjectRepVisit,
  Play_Script_rep_visit: playScriptRepVisit,
  Play_Script_Subject_care_call: playScriptSubjectCareCall,
  Play_Script_care_call: playScriptCareCall,
  Play_Script_Subject_letter: playScriptSubjectLetter,
  Play_Script_letter: playScriptLetter
} as const;

/** Separation statuses in the engine's order. */
const STATUSES: Readonly<Record<string, string>> = {
  draft: statusDraft,
  assessed: statusAssessed,
  path_chosen: statusPathChosen,
  pending_approval: statusPendingApproval,
  approved: statusApproved,
  rejected: statusRejected,
  notified: statusNotified,
  effective: statusEffective,
  closed: statusClosed,
  cancelled: statusCancelled
};

/** The graduated paths, mildest first: the engine's list. */
export const PATHS: readonly string[] = SEPARATION_PATH_VALUES;

const PATH_NAMES: Readonly<Record<string, string>> = {
  price_increase: pathPriceIncrease,
  service_reduction: pathServiceReduction,
  standard_offer: pathStandardOffer,
  referral: pathReferral,
  end_relationship: pathEndRelationship
};

const PATH_HELP: Readonly<Record<string, string>> = {
  price_increase: LABELS.Separation_Path_Help_price_increase,
  service_reduction: LABELS.Separation_Path_Help_service_reduction,
  standard_offer: LABELS.Separation_Path_Help_standard_offer,
  referral: LABELS.Separation_Path_Help_referral,
  end_relationship: LABELS.Separation_Path_Help_end_relationship
};

export const OUTCOMES: readonly string[] = SEPARATION_OUTCOME_VALUES;

const OUTCOME_NAMES: Readonly<Record<string, string>> = {
  transformed: outcomeTransformed,
  referred: outcomeReferred,
  ended: outcomeEnded,
  retained: outcomeRetained
};

const PLAY_NAMES: Readonly<Record<string, string>> = {
  director_visit: LABELS.Play_Name_director_visit,
  rep_visit: LABELS.Play_Name_rep_visit,
  care_call: LABELS.Play_Name_care_call,
  letter: LABELS.Play_Name_letter
};

const TASKS: Readonly<Record<string, string>> = {
  Separation_Task_Send_Approved_Letter: LABELS.Separation_Task_Send_Approved_Letter,
  Separation_Task_Referral_Handoff: LABELS.Separation_Task_Referral_Handoff,
  Separation_Task_Effective_Review: LABELS.Separation_Task_Effective_Review
};

export function statusName(status: string): string {
  return STATUSES[status] ?? status;
}

export function pathName(path: string): string {
  return PATH_NAMES[path] ?? path;
}

export function pathHelp(path: string): string {
  return PATH_HELP[path] ?? '';
}

export function outcomeName(outcome: string): string {
  return OUTCOME_NAMES[outcome] ?? outcome;
}

export function playName(play: string): string {
  return PLAY_NAMES[play] ?? play;
}

/** A separation task's label key → its words (the play's tasks are engine keys: c/valueLabels engineText). */
export function separationTaskName(key: string): string {
  return TASKS[key] ?? key;
}

/** What a save did, said in the status line of the wizard or the play (c/planCard) — by the action saved. */
const DONE: Readonly<Record<string, string>> = {
  assess: LABELS.Separation_Done_assess,
  override_guardrail: LABELS.Separation_Done_override_guardrail,
  choose_path: LABELS.Separation_Done_choose_path,
  submit_for_approval: LABELS.Separation_Done_submit_for_approval,
  approve: LABELS.Separation_Done_approve,
  reject: LABELS.Separation_Done_reject,
  revise: LABELS.Separation_Done_revise,
  send_notice: LABELS.Separation_Done_send_notice,
  make_effective: LABELS.Separation_Done_make_effective,
  close: LABELS.Separation_Done_close,
  cancel: LABELS.Separation_Done_cancel,
  save: LABELS.Separation_Changes_Saved,
  approve_concession: LABELS.Play_Done_approve_concession,
  reject_concession: LABELS.Play_Done_reject_concession,
  record_outcome: LABELS.Play_Done_record_outcome
};

/** The status line after `action` was saved; an action without its own words says the plan's new status. */
export function doneText(action: string, status: string): string {
  return DONE[action] ?? formatLabel(LABELS.Separation_Saved, statusName(status));
}

/** The languages a letter or a script is written in: the customer's choice on both screens. */
export const LANGUAGE_OPTIONS: readonly { label: string; value: string }[] = [
  { label: LABELS.Separation_Language_En, value: 'en' },
  { label: LABELS.Separation_Language_Fr, value: 'fr' }
];
