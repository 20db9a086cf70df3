/**
 * The Custom Label of every label key the engine emits (reasons, action reasons, warnings, alerts, tasks, notice,
 * separation and configuration messages). A jest test scans the engine for `cvp_…` keys and fails when one is missing
 * here or lacks its English or French label.
 */
import cvp_reason_value_destroying from '@salesforce/label/c.cvp_reason_value_destroying';
import cvp_reason_high_net_value from '@salesforce/label/c.cvp_reason_high_net_value';
import cvp_reason_high_cost_to_serve from '@salesforce/label/c.cvp_reason_high_cost_to_serve';
import cvp_reason_high_potential from '@salesforce/label/c.cvp_reason_high_potential';
import cvp_reason_influential from '@salesforce/label/c.cvp_reason_influential';
import cvp_reason_target_fit from '@salesforce/label/c.cvp_reason_target_fit';
import cvp_reason_churn_risk from '@salesforce/label/c.cvp_reason_churn_risk';
import cvp_reason_revenue_falling from '@salesforce/label/c.cvp_reason_revenue_falling';
import cvp_action_reason_standardize from '@salesforce/label/c.cvp_action_reason_standardize';
import cvp_action_reason_top_tier from '@salesforce/label/c.cvp_action_reason_top_tier';
import cvp_action_reason_top_tier_at_risk from '@salesforce/label/c.cvp_action_reason_top_tier_at_risk';
import cvp_action_reason_develop from '@salesforce/label/c.cvp_action_reason_develop';
import cvp_action_reason_develop_at_risk from '@salesforce/label/c.cvp_action_reason_develop_at_risk';
import cvp_action_reason_maintain_at_risk from '@salesforce/label/c.cvp_action_reason_maintain_at_risk';
import cvp_action_reason_maintain_high_potential from '@salesforce/label/c.cvp_action_reason_maintain_high_potential';
import cvp_action_reason_guardrail from '@salesforce/label/c.cvp_action_reason_guardrail';
import cvp_action_reason_value_destroying from '@salesforce/label/c.cvp_action_reason_value_destroying';
import cvp_alert_churn_threshold_crossed from '@salesforce/label/c.cvp_alert_churn_threshold_crossed';
import cvp_alert_tier_drop from '@salesforce/label/c.cvp_alert_tier_drop';
import cvp_alert_revenue_bend from '@salesforce/label/c.cvp_alert_revenue_bend';
import cvp_warning_renewal_due from '@salesforce/label/c.cvp_warning_renewal_due';
import cvp_warning_revenue_falling from '@salesforce/label/c.cvp_warning_revenue_falling';
import cvp_warning_complaints from '@salesforce/label/c.cvp_warning_complaints';
import cvp_warning_cases_rising from '@salesforce/label/c.cvp_warning_cases_rising';
import cvp_warning_low_satisfaction from '@salesforce/label/c.cvp_warning_low_satisfaction';
import cvp_warning_long_silence from '@salesforce/label/c.cvp_warning_long_silence';
import cvp_task_prepare_account_review from '@salesforce/label/c.cvp_task_prepare_account_review';
import cvp_task_director_visit from '@salesforce/label/c.cvp_task_director_visit';
import cvp_task_rep_visit from '@salesforce/label/c.cvp_task_rep_visit';
import cvp_task_follow_up_call from '@salesforce/label/c.cvp_task_follow_up_call';
import cvp_task_care_call from '@salesforce/label/c.cvp_task_care_call';
import cvp_task_follow_up_email from '@salesforce/label/c.cvp_task_follow_up_email';
import cvp_task_send_retention_letter from '@salesforce/label/c.cvp_task_send_retention_letter';
import cvp_notice_missing_relationship_start from '@salesforce/label/c.cvp_notice_missing_relationship_start';
import cvp_notice_invalid_notice_date from '@salesforce/label/c.cvp_notice_invalid_notice_date';
import cvp_sep_err_unknown_path from '@salesforce/label/c.cvp_sep_err_unknown_path';
import cvp_sep_err_guardrail_blocked from '@salesforce/label/c.cvp_sep_err_guardrail_blocked';
import cvp_sep_err_manager_required from '@salesforce/label/c.cvp_sep_err_manager_required';
import cvp_sep_err_reason_required from '@salesforce/label/c.cvp_sep_err_reason_required';
import cvp_sep_err_partner_agreement_required from '@salesforce/label/c.cvp_sep_err_partner_agreement_required';
import cvp_sep_err_invalid_date from '@salesforce/label/c.cvp_sep_err_invalid_date';
import cvp_sep_err_notice_months_required from '@salesforce/label/c.cvp_sep_err_notice_months_required';
import cvp_sep_err_consent_required from '@salesforce/label/c.cvp_sep_err_consent_required';
import cvp_sep_err_notice_not_ended from '@salesforce/label/c.cvp_sep_err_notice_not_ended';
import cvp_sep_err_outcome_required from '@salesforce/label/c.cvp_sep_err_outcome_required';
import cvp_sep_err_unknown_action from '@salesforce/label/c.cvp_sep_err_unknown_action';
import cvp_sep_err_not_allowed from '@salesforce/label/c.cvp_sep_err_not_allowed';
import cvp_config_duplicate from '@salesforce/label/c.cvp_config_duplicate';
import cvp_config_minimum_above_cap from '@salesforce/label/c.cvp_config_minimum_above_cap';
import cvp_config_minimum_above_maximum from '@salesforce/label/c.cvp_config_minimum_above_maximum';
import cvp_config_missing from '@salesforce/label/c.cvp_config_missing';
import cvp_config_no_default_margin_rate from '@salesforce/label/c.cvp_config_no_default_margin_rate';
import cvp_config_not_a_number from '@salesforce/label/c.cvp_config_not_a_number';
import cvp_config_not_positive from '@salesforce/label/c.cvp_config_not_positive';
import cvp_config_out_of_range from '@salesforce/label/c.cvp_config_out_of_range';
import cvp_config_shares_not_one from '@salesforce/label/c.cvp_config_shares_not_one';
import cvp_config_thresholds_not_descending from '@salesforce/label/c.cvp_config_thresholds_not_descending';
import cvp_config_unknown_value from '@salesforce/label/c.cvp_config_unknown_value';
import cvp_config_weights_total_zero from '@salesforce/label/c.cvp_config_weights_total_zero';
import cvp_override_err_invalid_tier from '@salesforce/label/c.cvp_override_err_invalid_tier';
import cvp_override_err_reason_required from '@salesforce/label/c.cvp_override_err_reason_required';
import cvp_override_err_reason_too_long from '@salesforce/label/c.cvp_override_err_reason_too_long';

/** Engine label key → label text in the user's language. */
export const ENGINE_LABELS: Readonly<Record<string, string>> = {
  cvp_reason_value_destroying,
  cvp_reason_high_net_value,
  cvp_reason_high_cost_to_serve,
  cvp_reason_high_potential,
  cvp_reason_influential,
  cvp_reason_target_fit,
  cvp_reason_churn_risk,
  cvp_reason_revenue_falling,
  cvp_action_reason_standardize,
  cvp_action_reason_top_tier,
  cvp_action_reason_top_tier_at_risk,
  cvp_action_reason_develop,
  cvp_action_reason_develop_at_risk,
  cvp_action_reason_maintain_at_risk,
  cvp_action_reason_maintain_high_potential,
  cvp_action_reason_guardrail,
  cvp_action_reason_value_destroying,
  cvp_alert_churn_threshold_crossed,
  cvp_alert_tier_drop,
  cvp_alert_revenue_bend,
  cvp_warning_renewal_due,
  cvp_warning_revenue_falling,
  cvp_warning_complaints,
  cvp_warning_cases_rising,
  cvp_warning_low_satisfaction,
  cvp_warning_long_silence,
  cvp_task_prepare_account_review,
  cvp_task_director_visit,
  cvp_task_rep_visit,
  cvp_task_follow_up_call,
  cvp_task_care_call,
  cvp_task_follow_up_email,
  cvp_task_send_retention_letter,
  cvp_notice_missing_relationship_start,
  cvp_notice_invalid_notice_date,
  cvp_sep_err_unknown_path,
  cvp_sep_err_guardrail_blocked,
  cvp_sep_err_manager_required,
  cvp_sep_err_reason_required,
  cvp_sep_err_partner_agreement_required,
  cvp_sep_err_invalid_date,
  cvp_sep_err_notice_months_required,
  cvp_sep_err_consent_required,
  cvp_sep_err_notice_not_ended,
  cvp_sep_err_outcome_required,
  cvp_sep_err_unknown_action,
  cvp_sep_err_not_allowed,
  cvp_config_duplicate,
  cvp_config_minimum_above_cap,
  cvp_config_minimum_above_maximum,
  cvp_config_missing,
  cvp_config_no_default_margin_rate,
  cvp_config_not_a_number,
  cvp_config_not_positive,
  cvp_config_out_of_range,
  cvp_config_shares_not_one,
  cvp_config_thresholds_not_descending,
  cvp_config_unknown_value,
  cvp_config_weights_total_zero,
  cvp_override_err_invalid_tier,
  cvp_override_err_reason_required,
  cvp_override_err_reason_too_long
};
