import type { SeparationActionRequest, SeparationPlanState } from '../valueEngine';
import {
  allowedSeparationActions,
  anonymizationDueDate,
  applySeparationAction,
  defaultConfig,
  milderSeparationPaths,
  newSeparationPlan,
  nextSeparationStatus
} from '../valueEngine';

const rep = { actorId: 'U1', actorIsManager: false, date: '2025-01-10' };
const manager = { actorId: 'M1', actorIsManager: true, date: '2025-01-12' };

function run(state: SeparationPlanState, requests: SeparationActionRequest[]): SeparationPlanState {
  let current = state;
  for (const request of requests) {
    const result = applySeparationAction(current, request);
    expect(result.errorKey).toBe('');
    current = result.state;
  }
  return current;
}

const toApproved: SeparationActionRequest[] = [
  { ...rep, action: 'assess' },
  { ...rep, action: 'choose_path', path: 'price_increase' },
  { ...rep, action: 'submit_for_approval' },
  { ...manager, action: 'approve' }
];

describe('separationPlan', () => {
  it('walks the happy path from draft to closed, recording an event at each step', () => {
    const approved = run(newSeparationPlan(false), toApproved);
    expect(approved.status).toBe('approved');
    expect(approved.approvedBy).toBe('M1');
    const notified = applySeparationAction(approved, {
      ...rep,
      action: 'send_notice',
      date: '2025-01-31',
      noticeMonths: 1
    });
    expect(notified.ok).toBe(true);
    expect(notified.state.noticeEndDate).toBe('2025-02-28');
    expect(notified.event).toEqual({
      action: 'send_notice',
      fromStatus: 'approved',
      toStatus: 'notified',
      actorId: 'U1',
      date: '2025-01-31',
      reason: ''
    });
    const closed = run(notified.state, [
      { ...rep, action: 'make_effective', date: '2025-02-28' },
      { ...rep, action: 'close', outcome: 'transformed' }
    ]);
    expect(closed.status).toBe('closed');
    expect(closed.outcome).toBe('transformed');
  });

  it('refuses a notice before approval and leaves the state untouched', () => {
    const chosen = run(newSeparationPlan(false), toApproved.slice(0, 2));
    const result = applySeparationAction(chosen, { ...rep, action: 'send_notice', noticeMonths: 3 });
    expect(result.ok).toBe(false);
    expect(result.errorKey).toBe('cvp_sep_err_not_allowed');
    expect(result.errorParams).toEqual({ status: 'path_chosen' });
    expect(result.state).toEqual(chosen);
    expect(result.event).toBeUndefined();
  });

  it('refuses the effective end before the notice period ends', () => {
    const approved = run(newSeparationPlan(false), toApproved);
    const notified = run(approved, [{ ...rep, action: 'send_notice', date: '2025-01-15', noticeMonths: 6 }]);
    const early = applySeparationAction(notified, { ...rep, action: 'make_effective', date: '2025-07-14' });
    expect(early.errorKey).toBe('cvp_sep_err_notice_not_ended');
    expect(applySeparationAction(notified, { ...rep, action: 'make_effective', date: '2025-07-15' }).ok).toBe(true);
    expect(applySeparationAction(notified, { ...rep, action: 'make_effective', date: 'x' }).errorKey).toBe(
      'cvp_sep_err_invalid_date'
    );
  });

  it('blocks a guarded account until a manager overrides the guardrail with a reason', () => {
    const assessed = run(newSeparationPlan(true), [{ ...rep, action: 'assess' }]);
    expect(applySeparationAction(assessed, { ...rep, action: 'choose_path', path: 'end_relationship' }).errorKey).toBe(
      'cvp_sep_err_guardrail_blocked'
    );
    expect(applySeparationAction(assessed, { ...rep, action: 'override_guardrail', reason: 'why' }).errorKey).toBe(
      'cvp_sep_err_manager_required'
    );
    expect(applySeparationAction(assessed, { ...manager, action: 'override_guardrail', reason: ' ' }).errorKey).toBe(
      'cvp_sep_err_reason_required'
    );
    const overridden = run(assessed, [
      { ...manager, action: 'override_guardrail', reason: 'Losing money for 3 years' }
    ]);
    expect(overridden.guardrailOverridden).toBe(true);
    expect(run(overridden, [{ ...rep, action: 'choose_path', path: 'end_relationship' }]).status).toBe('path_chosen');
  });

  it('keeps a blocked plan from being submitted even when the path was chosen before blocking', () => {
    const state: SeparationPlanState = { ...newSeparationPlan(true), status: 'path_chosen', path: 'standard_offer' };
    expect(applySeparationAction(state, { ...rep, action: 'submit_for_approval' }).errorKey).toBe(
      'cvp_sep_err_guardrail_blocked'
    );
  });

  it('requires a partner with an agreement and the customer consent for a referral', () => {
    const assessed = run(newSeparationPlan(false), [{ ...rep, action: 'assess' }]);
    const noAgreement = run(assessed, [
      { ...rep, action: 'choose_path', path: 'referral', partnerId: 'P1', partnerHasAgreement: false }
    ]);
    expect(applySeparationAction(noAgreement, { ...rep, action: 'submit_for_approval' }).errorKey).toBe(
      'cvp_sep_err_partner_agreement_required'
    );
    const approved = run(assessed, [
      { ...rep, action: 'choose_path', path: 'referral', partnerId: 'P1', partnerHasAgreement: true },
      { ...rep, action: 'submit_for_approval' },
      { ...manager, action: 'approve' }
    ]);
    expect(applySeparationAction(approved, { ...rep, action: 'send_notice', noticeMonths: 2 }).errorKey).toBe(
      'cvp_sep_err_consent_required'
    );
    const consented = applySeparationAction(approved, {
      ...rep,
      action: 'send_notice',
      noticeMonths: 2,
      customerConsent: true
    });
    expect(consented.ok).toBe(true);
    expect(consented.state.customerConsent).toBe(true);
    const lostAgreement = { ...approved, partnerHasAgreement: false };
    expect(applySeparationAction(lostAgreement, { ...rep, action: 'send_notice', noticeMonths: 2 }).errorKey).toBe(
      'cvp_sep_err_partner_agreement_required'
    );
  });

  it('lets a manager reject with a reason, then the rep revise the path', () => {
    const pending = run(newSeparationPlan(false), toApproved.slice(0, 3));
    expect(applySeparationAction(pending, { ...rep, action: 'approve' }).errorKey).toBe('cvp_sep_err_manager_required');
    expect(applySeparationAction(pending, { ...rep, action: 'reject', reason: 'no' }).errorKey).toBe(
      'cvp_sep_err_manager_required'
    );
    expect(applySeparationAction(pending, { ...manager, action: 'reject' }).errorKey).toBe(
      'cvp_sep_err_reason_required'
    );
    const revised = run(pending, [
      { ...manager, action: 'reject', reason: 'Try a price increase first' },
      { ...rep, action: 'revise' }
    ]);
    expect(revised.status).toBe('path_chosen');
  });

  it('validates inputs of each step: path, notice months, outcome, action name, cancel reason', () => {
    const assessed = run(newSeparationPlan(false), [{ ...rep, action: 'assess' }]);
    expect(applySeparationAction(assessed, { ...rep, action: 'choose_path', path: 'ghosting' }).errorKey).toBe(
      'cvp_sep_err_unknown_path'
    );
    expect(applySeparationAction(assessed, { ...rep, action: 'teleport' }).errorKey).toBe('cvp_sep_err_unknown_action');
    expect(applySeparationAction(assessed, { ...rep, action: 'cancel' }).errorKey).toBe('cvp_sep_err_reason_required');
    expect(run(assessed, [{ ...rep, action: 'cancel', reason: 'Customer improved' }]).status).toBe('cancelled');
    const approved = run(newSeparationPlan(false), toApproved);
    expect(applySeparationAction(approved, { ...rep, action: 'send_notice' }).errorKey).toBe(
      'cvp_sep_err_notice_months_required'
    );
    expect(applySeparationAction(approved, { ...rep, action: 'send_notice', date: '', noticeMonths: 1 }).errorKey).toBe(
      'cvp_sep_err_invalid_date'
    );
    const effective: SeparationPlanState = { ...approved, status: 'effective' };
    expect(applySeparationAction(effective, { ...rep, action: 'close', outcome: 'vanished' }).errorKey).toBe(
      'cvp_sep_err_outcome_required'
    );
  });

  it('lists allowed actions per status and allows nothing after closing', () => {
    expect(allowedSeparationActions('draft')).toEqual(['assess', 'cancel']);
    expect(allowedSeparationActions('path_chosen')).toEqual([
      'choose_path',
      'override_guardrail',
      'submit_for_approval',
      'cancel'
    ]);
    expect(allowedSeparationActions('closed')).toEqual([]);
    expect(allowedSeparationActions('cancelled')).toEqual([]);
    expect(nextSeparationStatus('notified', 'make_effective')).toBe('effective');
    expect(nextSeparationStatus('nowhere', 'assess')).toBe('');
  });

  it('schedules anonymisation of personal data after the retention period following the last contact', () => {
    expect(anonymizationDueDate('2025-02-28', defaultConfig().settings.dataRetentionMonths)).toBe('2028-02-28');
    expect(anonymizationDueDate('bad', 36)).toBe('');
  });
});

describe('graduated path', () => {
  it('lists the milder steps a plan must say why it does not take', () => {
    expect(milderSeparationPaths('end_relationship')).toEqual([
      'price_increase',
      'service_reduction',
      'standard_offer',
      'referral'
    ]);
    expect(milderSeparationPaths('service_reduction')).toEqual(['price_increase']);
    expect(milderSeparationPaths('price_increase')).toEqual([]);
    expect(milderSeparationPaths('')).toEqual([]);
  });
});
