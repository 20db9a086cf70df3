import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SeparationActionInput, SeparationPlanResponse } from '../../apexgen/contract/apiTypes';
import { WorkbenchPortfolio } from '../portfolio';
import type { SeparationContext } from '../separation';
import { SeparationRefusal, WorkbenchSeparations, letterText } from '../separation';
import { WorkbenchStore } from '../store';
import type { WorkbenchUser } from '../users';

const ROOT = join(__dirname, '..', '..', '..');
/** A value-destroying French retailer of the sample data (D4, separate). */
const ACCOUNT = 'AccountRef29';
/** A D1 account (director visit). */
const TOP_ACCOUNT = 'AccountRef6';
/** A strategic D1 account: the guardrail blocks its separation. */
const STRATEGIC_ACCOUNT = 'AccountRef2';

const labels: Record<string, string> = {
  Separation_Error_Concurrent_Save: 'saved by {0} at {1}',
  Separation_Error_Letter_Locked: 'letter locked',
  cvp_sep_err_manager_required: 'manager required',
  cvp_sep_err_consent_required: 'consent required',
  cvp_sep_err_notice_not_ended: 'notice not ended',
  cvp_sep_err_reason_required: 'reason required',
  Play_Error_Manager_Required: 'manager required for the concession',
  Retention_Error_Concurrent_Save: 'play {0} of {1} saved by {2} at {3}'
};

function user(key: string, permissions: string[]): WorkbenchUser {
  return { key, id: `005${key}`, name: key, role: key, permissionSet: '', customPermissions: permissions };
}

const rep: SeparationContext = { user: user('sales', []), language: 'en', labelsIn: () => labels };
const manager: SeparationContext = {
  user: user('manager', ['Customer_Value_Approve_Separation', 'Customer_Value_Approve_Concession']),
  language: 'en',
  labelsIn: () => labels
};

function input(plan: SeparationPlanResponse, action: string, changes: Partial<SeparationActionInput> = {}) {
  return {
    accountId: plan.accountId,
    planId: plan.planId,
    version: plan.version,
    action,
    reason: '',
    pathRationale: '',
    path: plan.path,
    newPrice: 0,
    priceIncrease: 0,
    serviceReduction: 0,
    serviceChange: '',
    alternativeOffer: '',
    letterLanguage: '',
    letterBody: '',
    partnerId: plan.partnerId,
    customerConsent: false,
    actionDate: '',
    outcome: '',
    ...changes
  };
}

function refusal(run: () => unknown): SeparationRefusal {
  try {
    run();
  } catch (error) {
    if (error instanceof SeparationRefusal) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the workbench separation and retention adapter', () => {
  let folder: string;
  let separations: WorkbenchSeparations;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'cvp-separation-'));
    const store = new WorkbenchStore(folder);
    separations = new WorkbenchSeparations(new WorkbenchPortfolio({ root: ROOT, syntheticAccounts: 0, store }), store);
  });

  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('runs a referral through the engine state machine, refusing each step taken too early', () => {
    let plan = separations.plan(ACCOUNT, rep);
    expect(plan.planId).toBe('');
    expect(plan.assessment.guardrailReasons).toEqual([]);
    plan = separations.update(input(plan, 'assess'), rep);
    const top = plan.partners[0];
    plan = separations.update(
      input(plan, 'choose_path', { path: 'referral', partnerId: top.partnerId, reason: 'small orders cost more' }),
      rep
    );
    expect(plan.letter.language).toBe('fr');
    // Named as the admin labelled the record in Setup, with its legal reference — never its DeveloperName.
    expect(plan.notice.policyName).toBe('France Default (Code de commerce, art. L442-1 II)');
    expect(plan.letter.body).toContain(`${plan.notice.months} mois`);
    expect(plan.letter.body).toContain(top.name);
    plan = separations.update(input(plan, 'submit_for_approval'), rep);
    expect(refusal(() => separations.update(input(plan, 'approve'), rep)).message).toBe('manager required');
    plan = separations.update(input(plan, 'approve', { reason: 'ok' }), manager);
    expect(plan.letter.editable).toBe(false);
    expect(refusal(() => separations.update(input(plan, 'save', { letterBody: 'changed' }), rep)).message).toBe(
      'letter locked'
    );
    expect(refusal(() => separations.update(input(plan, 'send_notice'), rep)).message).toBe('consent required');
    plan = separations.update(input(plan, 'send_notice', { customerConsent: true }), rep);
    expect(
      refusal(() => separations.update(input(plan, 'make_effective', { actionDate: plan.notice.noticeDate }), rep))
        .message
    ).toBe('notice not ended');
    plan = separations.update(input(plan, 'make_effective', { actionDate: plan.notice.effectiveEndDate }), rep);
    plan = separations.update(input(plan, 'close', { outcome: 'referred' }), rep);
    expect(plan.status).toBe('closed');
    expect(plan.events.map((event) => event.action)).toEqual([
      'assess',
      'choose_path',
      'submit_for_approval',
      'approve',
      'send_notice',
      'make_effective',
      'close'
    ]);
    expect(plan.anonymizeAfter > plan.effectiveDate).toBe(true);
  });

  it('refuses a save from an older version with who saved first', () => {
    let plan = separations.plan(STRATEGIC_ACCOUNT, rep);
    plan = separations.update(input(plan, 'assess'), rep);
    const stale = plan;
    separations.update(input(plan, 'save', { alternativeOffer: 'standard offer' }), rep);
    const refused = refusal(() => separations.update(input(stale, 'save', { alternativeOffer: 'other' }), manager));
    expect(refused.status).toBe(409);
    expect(refused.message).toMatch(/^saved by sales at \d{4}-\d{2}-\d{2}T/);
    // A strategic D1 account is blocked: no path before a manager's override.
    expect(plan.guardrailBlocked).toBe(true);
  });

  it('starts a D1 play whose concession above the cap waits for a manager', () => {
    const proposed = separations.play(TOP_ACCOUNT, rep);
    expect(proposed.play).toBe('director_visit');
    expect(proposed.tasks).toHaveLength(3);
    const started = separations.updatePlay(
      { ...proposed, action: 'start', concession: proposed.concessionCap + 1, comment: '', outcome: '' },
      rep
    );
    expect(started.concessionApprovalNeeded).toBe(true);
    const decide = { ...started, action: 'approve_concession', concession: 0, comment: '', outcome: '' };
    expect(refusal(() => separations.updatePlay(decide, rep)).status).toBe(403);
    const approved = separations.updatePlay(decide, manager);
    expect(approved.concessionApproved).toBe(true);
    expect(approved.concessionApprovedBy).toBe('manager');
    expect(Number(approved.version)).toBe(Number(started.version) + 1);

    // Two managers deciding the same concession: the second decision, made on the version before the first, is refused.
    const stale = refusal(() => separations.updatePlay({ ...decide, action: 'reject_concession' }, manager));
    expect(stale.status).toBe(409);
    expect(stale.message).toMatch(
      new RegExp(`^play ${started.playRunId} of .+ saved by manager at \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$`)
    );
    expect(separations.play(TOP_ACCOUNT, manager).concessionApproved).toBe(true);
  });

  it('turns the engine letter into the text the rep edits', () => {
    expect(letterText('<p>Dear Ms Martin,</p><p>A &amp; B<br>C</p>')).toBe('Dear Ms Martin,\n\nA & B\nC');
  });
});
