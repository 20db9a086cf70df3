/**
 * The graceful-separation plan as a state machine. {@link applySeparationAction} validates an action against the
 * current state and returns either the new state and the event to record, or an error (label key + params) with the
 * state unchanged — never a half-applied change.
 *
 * draft —assess→ assessed —choose_path→ path_chosen —submit_for_approval→ pending_approval —approve→ approved
 * —send_notice→ notified —make_effective→ effective —close→ closed; pending_approval —reject→ rejected —revise→
 * path_chosen; path_chosen —choose_path→ path_chosen; assessed/path_chosen —override_guardrail→ (same);
 * any open status —cancel→ cancelled.
 */
import type { SeparationAction, SeparationStatus } from './domain';
import { SEPARATION_ACTION_VALUES, SEPARATION_OUTCOME_VALUES, SEPARATION_PATH_VALUES, isOneOf } from './domain';
import { isIsoDate, isOnOrBefore, addMonths } from './dates';
import { isMissingText } from './numbers';

/** The state of a separation plan. Dates are ISO strings, `''` when not set. */
export interface SeparationPlanState {
  status: SeparationStatus;
  /** True when the guardrail blocks separation (high potential, influential or strategic account). */
  blocked: boolean;
  guardrailOverridden: boolean;
  overrideReason: string;
  path: string;
  partnerId: string;
  partnerHasAgreement: boolean;
  customerConsent: boolean;
  noticeMonths: number;
  noticeDate: string;
  noticeEndDate: string;
  effectiveDate: string;
  approvedBy: string;
  outcome: string;
}

/** An action requested on a plan, with what it needs. */
export interface SeparationActionRequest {
  action: string;
  actorId: string;
  actorIsManager: boolean;
  date: string;
  reason?: string;
  path?: string;
  partnerId?: string;
  partnerHasAgreement?: boolean;
  customerConsent?: boolean;
  /** For `send_notice`: the notice owed, in months (from {@link computeNotice}). */
  noticeMonths?: number;
  outcome?: string;
}

/** The event recorded for an applied action (the audit trail). */
export interface SeparationEvent {
  action: SeparationAction;
  fromStatus: SeparationStatus;
  toStatus: SeparationStatus;
  actorId: string;
  date: string;
  reason: string;
}

/** The result of an action: `ok` with the new state and the event, or not `ok` with an error and the unchanged state. */
export interface SeparationTransition {
  ok: boolean;
  state: SeparationPlanState;
  event?: SeparationEvent;
  errorKey: string;
  errorParams: Record<string, string>;
}

/** A new plan in `draft`, blocked or not by the guardrail. */
export function newSeparationPlan(blocked: boolean): SeparationPlanState {
  return {
    status: 'draft',
    blocked: blocked,
    guardrailOverridden: false,
    overrideReason: '',
    path: '',
    partnerId: '',
    partnerHasAgreement: false,
    customerConsent: false,
    noticeMonths: 0,
    noticeDate: '',
    noticeEndDate: '',
    effectiveDate: '',
    approvedBy: '',
    outcome: ''
  };
}

/** Status an action leads to from `status`, or `''` when the action is not allowed there. */
export function nextSeparationStatus(status: string, action: string): string {
  if (action === 'cancel') {
    return status === 'closed' || status === 'cancelled' || status === 'effective' ? '' : 'cancelled';
  }
  if (status === 'draft') {
    return action === 'assess' ? 'assessed' : '';
  }
  if (status === 'assessed') {
    if (action === 'choose_path') {
      return 'path_chosen';
    }
    return action === 'override_guardrail' ? 'assessed' : '';
  }
  if (status === 'path_chosen') {
    if (action === 'choose_path' || action === 'override_guardrail') {
      return 'path_chosen';
    }
    return action === 'submit_for_approval' ? 'pending_approval' : '';
  }
  if (status === 'pending_approval') {
    if (action === 'approve') {
      return 'approved';
    }
    return action === 'reject' ? 'rejected' : '';
  }
  if (status === 'rejected') {
    return action === 'revise' ? 'path_chosen' : '';
  }
  if (status === 'approved') {
    return action === 'send_notice' ? 'notified' : '';
  }
  if (status === 'notified') {
    return action === 'make_effective' ? 'effective' : '';
  }
  if (status === 'effective') {
    return action === 'close' ? 'closed' : '';
  }
  return '';
}

/**
 * The graduated path's milder steps before `path` (price increase → service reduction → standard offer → referral →
 * end of relationship): the steps the plan must say why it does not take. Empty for the mildest or an unknown path.
 */
export function milderSeparationPaths(path: string): string[] {
  const milder: string[] = [];
  const position = SEPARATION_PATH_VALUES.indexOf(path ?? '');
  for (let i = 0; i < position; i++) {
    milder.push(SEPARATION_PATH_VALUES[i]);
  }
  return milder;
}

/** Actions allowed from `status`, in the order of SEPARATION_ACTION_VALUES. */
export function allowedSeparationActions(status: string): string[] {
  const allowed: string[] = [];
  for (let i = 0; i < SEPARATION_ACTION_VALUES.length; i++) {
    if (nextSeparationStatus(status, SEPARATION_ACTION_VALUES[i]) !== '') {
      allowed.push(SEPARATION_ACTION_VALUES[i]);
    }
  }
  return allowed;
}

function copyState(state: SeparationPlanState): SeparationPlanState {
  return {
    status: state.status,
    blocked: state.blocked ?? false,
    guardrailOverridden: state.guardrailOverridden ?? false,
    overrideReason: state.overrideReason ?? '',
    path: state.path ?? '',
    partnerId: state.partnerId ?? '',
    partnerHasAgreement: state.partnerHasAgreement ?? false,
    customerConsent: state.customerConsent ?? false,
    noticeMonths: Number.isFinite(state.noticeMonths) ? state.noticeMonths : 0,
    noticeDate: state.noticeDate ?? '',
    noticeEndDate: state.noticeEndDate ?? '',
    effectiveDate: state.effectiveDate ?? '',
    approvedBy: state.approvedBy ?? '',
    outcome: state.outcome ?? ''
  };
}

function failure(state: SeparationPlanState, errorKey: string, name: string, value: string): SeparationTransition {
  const params: Record<string, string> = {};
  if (name !== '') {
    params[name] = value;
  }
  return { ok: false, state: copyState(state), errorKey: errorKey, errorParams: params };
}

function textOr(value: string | undefined): string {
  return isMissingText(value) ? '' : value.trim();
}

/** The guard of an action, applied to a copy of the state: `''` when it passes, else the error label key. */
function applyGuard(next: SeparationPlanState, request: SeparationActionRequest): string {
  const reason = textOr(request.reason);
  if (request.action === 'choose_path') {
    const path = textOr(request.path);
    if (!isOneOf(path, SEPARATION_PATH_VALUES)) {
      return 'cvp_sep_err_unknown_path';
    }
    if (next.blocked && !next.guardrailOverridden) {
      return 'cvp_sep_err_guardrail_blocked';
    }
    next.path = path;
    if (path === 'referral') {
      next.partnerId = textOr(request.partnerId);
      next.partnerHasAgreement = request.partnerHasAgreement === true;
      next.customerConsent = request.customerConsent === true;
    }
    return '';
  }
  if (request.action === 'override_guardrail') {
    if (!request.actorIsManager) {
      return 'cvp_sep_err_manager_required';
    }
    if (reason === '') {
      return 'cvp_sep_err_reason_required';
    }
    next.guardrailOverridden = true;
    next.overrideReason = reason;
    return '';
  }
  if (request.action === 'submit_for_approval') {
    if (next.blocked && !next.guardrailOverridden) {
      return 'cvp_sep_err_guardrail_blocked';
    }
    if (next.path === 'referral' && (next.partnerId === '' || !next.partnerHasAgreement)) {
      return 'cvp_sep_err_partner_agreement_required';
    }
    return '';
  }
  if (request.action === 'approve') {
    if (!request.actorIsManager) {
      return 'cvp_sep_err_manager_required';
    }
    next.approvedBy = request.actorId ?? '';
    return '';
  }
  if (request.action === 'reject') {
    if (!request.actorIsManager) {
      return 'cvp_sep_err_manager_required';
    }
    if (reason === '') {
      return 'cvp_sep_err_reason_required';
    }
    return '';
  }
  if (request.action === 'send_notice') {
    if (!isIsoDate(request.date)) {
      return 'cvp_sep_err_invalid_date';
    }
    const months = request.noticeMonths ?? -1;
    if (!Number.isFinite(months) || months < 0) {
      return 'cvp_sep_err_notice_months_required';
    }
    if (next.path === 'referral') {
      if (next.partnerId === '' || !next.partnerHasAgreement) {
        return 'cvp_sep_err_partner_agreement_required';
      }
      if (!(next.customerConsent || request.customerConsent === true)) {
        return 'cvp_sep_err_consent_required';
      }
      next.customerConsent = true;
    }
    next.noticeMonths = Math.ceil(months);
    next.noticeDate = request.date;
    next.noticeEndDate = addMonths(request.date, Math.ceil(months));
    return '';
  }
  if (request.action === 'make_effective') {
    if (!isIsoDate(request.date)) {
      return 'cvp_sep_err_invalid_date';
    }
    if (next.noticeEndDate !== '' && !isOnOrBefore(next.noticeEndDate, request.date)) {
      return 'cvp_sep_err_notice_not_ended';
    }
    next.effectiveDate = request.date;
    return '';
  }
  if (request.action === 'close') {
    const outcome = textOr(request.outcome);
    if (!isOneOf(outcome, SEPARATION_OUTCOME_VALUES)) {
      return 'cvp_sep_err_outcome_required';
    }
    next.outcome = outcome;
    return '';
  }
  if (request.action === 'cancel') {
    if (reason === '') {
      return 'cvp_sep_err_reason_required';
    }
    return '';
  }
  return '';
}

/**
 * Applies `request` to `state`. Errors: unknown action, action not allowed in the status, guard failure (guardrail,
 * manager, reason, partner agreement, consent, notice not ended, invalid date, missing outcome).
 */
export function applySeparationAction(
  state: SeparationPlanState,
  request: SeparationActionRequest
): SeparationTransition {
  if (!isOneOf(request.action, SEPARATION_ACTION_VALUES)) {
    return failure(state, 'cvp_sep_err_unknown_action', 'action', textOr(request.action));
  }
  const target = nextSeparationStatus(state.status, request.action);
  if (target === '') {
    return failure(state, 'cvp_sep_err_not_allowed', 'status', state.status);
  }
  const next = copyState(state);
  const errorKey = applyGuard(next, request);
  if (errorKey !== '') {
    return failure(state, errorKey, 'action', request.action);
  }
  next.status = target as SeparationStatus;
  const event: SeparationEvent = {
    action: request.action as SeparationAction,
    fromStatus: state.status,
    toStatus: next.status,
    actorId: request.actorId ?? '',
    date: isIsoDate(request.date) ? request.date : '',
    reason: textOr(request.reason)
  };
  return { ok: true, state: next, event: event, errorKey: '', errorParams: {} };
}

/**
 * Date from which the personal data of an ended relationship may be anonymised (GDPR): the last contact plus the
 * retention period in months (default 36). `''` when the last contact date is invalid.
 */
export function anonymizationDueDate(lastContactDate: string, dataRetentionMonths: number): string {
  const months = Number.isFinite(dataRetentionMonths) && dataRetentionMonths > 0 ? Math.ceil(dataRetentionMonths) : 0;
  return addMonths(lastContactDate, months);
}
