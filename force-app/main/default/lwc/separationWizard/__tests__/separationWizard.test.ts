import { createElement } from 'lwc';
import SeparationWizard, { stepOfStatus } from 'c/separationWizard';
import getSeparationPlan from '@salesforce/apex/SeparationController.getSeparationPlan';
import updateSeparationPlan from '@salesforce/apex/SeparationController.updateSeparationPlan';

type Plan = CvpApi.SeparationPlanResponse;

const getMock = getSeparationPlan as unknown as jest.Mock;
const updateMock = updateSeparationPlan as unknown as jest.Mock<
  Promise<Plan>,
  [{ input: CvpApi.SeparationActionInput }]
>;

/** A plan as the controller returns it; `changes` set what each test is about. */
function planOf(changes: Partial<Plan> = {}): Plan {
  return {
    accountId: '001000000000001AAA',
    planId: 'a0A000000000001AAA',
    version: '3',
    status: 'assessed',
    allowedActions: ['choose_path', 'override_guardrail', 'cancel'],
    userIsManager: false,
    assessment: {
      accountName: 'Papeterie Chevalier',
      tier: 'D4',
      score: 12,
      revenue: 40000,
      grossMargin: 9000,
      costToServe: 14500,
      netValue: -5500,
      potential: 10,
      influence: 5,
      strategicFit: 0.2,
      churnProbability: 0.4,
      reputationRisk: false,
      flags: ['at_risk'],
      recommendedAction: 'separate',
      guardrailReasons: [],
      contractType: 'subscription',
      contractEndDate: '2027-03-31',
      contractNoticeMonths: 6,
      relationshipStartDate: '2014-05-25',
      country: 'FR'
    },
    guardrailBlocked: false,
    guardrailOverridden: false,
    overrideReason: '',
    path: '',
    reason: '',
    pathRationale: '',
    newPrice: 0,
    priceIncrease: 0,
    serviceReduction: 0,
    serviceChange: '',
    alternativeOffer: '',
    notice: {
      months: 12,
      policyMonths: 12,
      policyName: 'France Default (Code de commerce, art. L442-1 II)',
      capMonths: 18,
      minimumMonths: 1,
      relationshipStartKnown: true,
      relationshipYears: 12.5,
      contractClauseApplied: false,
      contractNoticeMonths: 6,
      partialRupture: false,
      partialRuptureThreshold: 0.1,
      noticeDate: '2026-11-30',
      effectiveEndDate: '2027-11-30'
    },
    letter: {
      language: 'fr',
      subject: '',
      body: '',
      talkingPoints: [],
      missingFields: [],
      edited: false,
      editable: true
    },
    partners: [
      {
        partnerId: 'a0P1',
        name: 'Proxi Services',
        rank: 1,
        score: 6,
        industryMatch: true,
        regionMatch: true,
        sizeMatch: true,
        needsMatched: 0,
        contactName: 'Claire Dubois'
      },
      {
        partnerId: 'a0P2',
        name: 'Autre Partenaire',
        rank: 2,
        score: 2,
        industryMatch: false,
        regionMatch: true,
        sizeMatch: false,
        needsMatched: 0,
        contactName: ''
      }
    ],
    partnerId: '',
    customerConsent: false,
    approvedBy: '',
    approvalComment: '',
    effectiveDate: '',
    tasks: [],
    outcome: '',
    anonymizeAfter: '',
    events: [],
    ...changes
  };
}

const referralLetter: CvpApi.SeparationLetter = {
  language: 'fr',
  subject: 'Un partenaire plus adapté à vos besoins',
  body: 'Madame, Monsieur [contactName],\n\nNotre accord se poursuit jusqu’au 30 novembre 2027, après un préavis de 12 mois.',
  talkingPoints: ['Expliquer pourquoi un autre prestataire les servira mieux.'],
  missingFields: ['contactName'],
  edited: false,
  editable: true
};

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await Promise.resolve();
}

async function createWizard(plan: Plan | Error): Promise<HTMLElement> {
  if (plan instanceof Error) getMock.mockRejectedValue(plan);
  else getMock.mockResolvedValue(plan);
  const element = createElement('c-separation-wizard', { is: SeparationWizard });
  Object.assign(element, { recordId: '001000000000001AAA' });
  document.body.appendChild(element);
  await settle();
  return element;
}

const $ = (element: HTMLElement, selector: string): HTMLElement | null => element.shadowRoot!.querySelector(selector);
const text = (element: HTMLElement, selector: string): string => $(element, selector)?.textContent ?? '';
const step = (element: HTMLElement): string => $(element, '[data-step]')?.dataset.step ?? '';
/** What the card (c-plan-card) shows around the steps: the load error, the status of the last save. */
const inCard = (element: HTMLElement, selector: string): HTMLElement | null =>
  $(element, 'c-plan-card')!.shadowRoot!.querySelector(selector);
const statuses = (element: HTMLElement): string[] =>
  Array.from(
    $(element, 'c-plan-card')!.shadowRoot!.querySelectorAll('[data-id="status"] [data-id="status-message"]'),
    (message) => message.textContent
  );

function click(element: HTMLElement, dataId: string): void {
  $(element, `[data-id="${dataId}"]`)!.click();
}

function change(element: HTMLElement, field: string, detail: Record<string, unknown>): void {
  $(element, `[data-field="${field}"]`)!.dispatchEvent(new CustomEvent('change', { detail }));
}

describe('c-separation-wizard', () => {
  /** Toasts raised by any wizard (none: a save's result is the card's status line). */
  let toasts: Event[] = [];
  const collectToast = (event: Event): void => {
    toasts.push(event);
  };
  beforeEach(() => {
    toasts = [];
    document.addEventListener('lightning__showtoast', collectToast);
  });

  afterEach(() => {
    document.removeEventListener('lightning__showtoast', collectToast);
    document.body.replaceChildren();
    jest.clearAllMocks();
  });

  it('puts each status on its step', () => {
    expect(stepOfStatus('draft', false)).toBe('assess');
    expect(stepOfStatus('assessed', true)).toBe('path');
    expect(stepOfStatus('path_chosen', true)).toBe('notice');
    expect(stepOfStatus('pending_approval', true)).toBe('approval');
    expect(stepOfStatus('rejected', true)).toBe('approval');
    expect(stepOfStatus('approved', true)).toBe('execute');
    expect(stepOfStatus('notified', true)).toBe('execute');
    expect(stepOfStatus('effective', true)).toBe('close');
  });

  it('assesses a new plan: the figures, the contract, no guardrail, and Next records the assessment', async () => {
    const element = await createWizard(
      planOf({ planId: '', version: '', status: 'draft', allowedActions: ['assess'] })
    );
    expect(step(element)).toBe('assess');
    expect(element.shadowRoot!.querySelectorAll('[data-id="figures"] dd')).toHaveLength(8);
    // A value destroyer's net value reads in red (the minus sign says it too).
    expect(text(element, '[data-id="figures"] dd.slds-text-color_error')).toMatch(/-\D*5,500/);
    expect($(element, '[data-id="guardrail"]')).toBeNull();
    expect(text(element, '[data-id="not-blocked"]')).toBe('c.Separation_Not_Blocked');
    await expect(element).toBeAccessible();

    updateMock.mockResolvedValue(planOf());
    click(element, 'next');
    await settle();
    expect(updateMock.mock.calls[0][0].input).toMatchObject({ action: 'assess', accountId: '001000000000001AAA' });
    expect(step(element)).toBe('path');
  });

  it('shows a blocked account its guardrail; a rep gets no override form, a manager must give a reason', async () => {
    const blocked = { guardrailBlocked: true, assessment: { ...planOf().assessment, guardrailReasons: ['strategic'] } };
    const rep = await createWizard(planOf(blocked));
    expect(step(rep)).toBe('assess');
    expect(text(rep, '[data-id="guardrail"]')).toContain('c.Separation_Guardrail_Title');
    expect($(rep, '[data-id="override-form"]')).toBeNull();
    document.body.replaceChildren();

    const manager = await createWizard(planOf({ ...blocked, userIsManager: true }));
    await expect(manager).toBeAccessible();
    click(manager, 'override');
    await settle();
    expect(updateMock).not.toHaveBeenCalled();
    expect(text(manager, '[data-id="problem"]')).not.toBe('');

    $(manager, '[data-id="override-form"] lightning-textarea')!.dispatchEvent(
      new CustomEvent('change', { detail: { value: '  Board decision  ' } })
    );
    updateMock.mockResolvedValue(planOf({ ...blocked, guardrailOverridden: true, overrideReason: 'Board decision' }));
    click(manager, 'override');
    await settle();
    expect(updateMock.mock.calls[0][0].input).toMatchObject({ action: 'override_guardrail', reason: 'Board decision' });
    expect(text(manager, '[data-id="overridden"]')).toContain('c.Separation_Overridden');
  });

  it('asks why a milder step is not chosen, ranks partners with their reasons and saves the path', async () => {
    const element = await createWizard(planOf());
    change(element, 'path', { value: 'referral' });
    await settle();
    const partners = element.shadowRoot!.querySelectorAll('[data-id="partners"] li');
    expect(partners).toHaveLength(2);
    expect(partners[0].textContent).toContain('c.Separation_Match_Industry');
    expect(partners[1].textContent).toContain('c.Separation_Match_Region');
    expect(text(element, '[data-id="rationale-help"]')).toBe('c.Separation_Rationale_Help');
    await expect(element).toBeAccessible();

    change(element, 'reason', { value: 'small orders cost more than they bring' });
    click(element, 'next');
    await settle();
    expect(updateMock).not.toHaveBeenCalled();
    expect(text(element, '[data-id="problem"]')).toBe('c.Separation_Rationale_Required');

    change(element, 'pathRationale', { value: 'a price increase would not cover the cost' });
    updateMock.mockResolvedValue(planOf({ status: 'path_chosen', path: 'referral', partnerId: 'a0P1' }));
    click(element, 'next');
    await settle();
    expect(updateMock.mock.calls[0][0].input).toMatchObject({
      action: 'choose_path',
      path: 'referral',
      partnerId: 'a0P1',
      version: '3'
    });
    expect(step(element)).toBe('notice');
    expect(statuses(element)).toEqual(['c.Separation_Done_choose_path']);
  });

  it('says a referral without partners must take another path', async () => {
    const element = await createWizard(planOf({ partners: [] }));
    change(element, 'path', { value: 'referral' });
    await settle();
    expect(text(element, '[data-id="no-partners"]')).toBe('c.Separation_No_Partners');
  });

  it('explains the notice: the policy rule, the contract clause, and the cap when the start is unknown', async () => {
    const known = await createWizard(planOf({ status: 'path_chosen', path: 'price_increase', priceIncrease: 0.12 }));
    expect(step(known)).toBe('notice');
    expect(text(known, '[data-id="notice-rule"]')).toBe('c.Separation_Notice_Policy');
    expect(text(known, '[data-id="notice-clause"]')).toBe('c.Separation_Notice_Clause_Shorter');
    expect(text(known, '[data-id="notice-rupture"]')).toBe('c.Separation_Notice_Below_Threshold');
    await expect(known).toBeAccessible();
    document.body.replaceChildren();

    const unknown = await createWizard(
      planOf({
        status: 'path_chosen',
        path: 'end_relationship',
        notice: { ...planOf().notice, relationshipStartKnown: false, months: 18, policyMonths: 18 }
      })
    );
    expect(text(unknown, '[data-id="notice-rule"]')).toBe('c.Separation_Notice_Unknown_Start');
    expect($(unknown, '[data-id="notice-rupture"]')).toBeNull();
  });

  it('shows the letter with what is missing, saves the rep’s edit and submits it for approval', async () => {
    const plan = planOf({
      status: 'path_chosen',
      path: 'referral',
      partnerId: 'a0P1',
      allowedActions: ['choose_path', 'submit_for_approval', 'override_guardrail', 'cancel'],
      letter: referralLetter
    });
    const element = await createWizard(plan);
    click(element, 'next');
    await settle();
    expect(step(element)).toBe('letter');
    expect(text(element, '[data-id="letter-body"]')).toContain('12 mois');
    expect(text(element, '[data-id="missing"]')).toBe('c.Separation_Letter_Missing');
    expect(element.shadowRoot!.querySelectorAll('[data-id="talking-points"] li')).toHaveLength(1);
    await expect(element).toBeAccessible();

    click(element, 'edit-letter');
    await settle();
    change(element, 'letterBody', { value: 'Madame, Monsieur Dupont, …' });
    updateMock.mockResolvedValue({
      ...plan,
      letter: { ...referralLetter, body: 'Madame, Monsieur Dupont, …', edited: true }
    });
    click(element, 'save-letter');
    await settle();
    expect(updateMock.mock.calls[0][0].input).toMatchObject({
      action: 'save',
      letterBody: 'Madame, Monsieur Dupont, …'
    });
    expect(step(element)).toBe('letter');
    expect(statuses(element)).toEqual(['c.Separation_Changes_Saved']);

    updateMock.mockResolvedValue({ ...plan, status: 'pending_approval', allowedActions: ['approve', 'reject'] });
    click(element, 'next');
    await settle();
    expect(updateMock.mock.calls[1][0].input.action).toBe('submit_for_approval');
    expect(step(element)).toBe('approval');
    // One status at a time: the submission's replaces the letter's, and nothing is raised as a toast.
    expect(statuses(element)).toEqual(['c.Separation_Done_submit_for_approval']);
    expect(toasts).toHaveLength(0);
    expect(text(element, '[data-id="awaiting"]')).toContain('c.Separation_Approval_Pending');
    expect($(element, '[data-id="approval-form"]')).toBeNull();
  });

  it('lets a manager approve with a comment, and keeps the approved letter verbatim', async () => {
    const pending = planOf({
      status: 'pending_approval',
      path: 'referral',
      allowedActions: ['approve', 'reject', 'cancel'],
      userIsManager: true,
      letter: referralLetter
    });
    const element = await createWizard(pending);
    expect(step(element)).toBe('approval');
    expect(text(element, '[data-id="approval-summary"]')).toBe('c.Separation_Approval_Summary');
    await expect(element).toBeAccessible();
    $(element, '[data-id="approval-form"] lightning-textarea')!.dispatchEvent(
      new CustomEvent('change', { detail: { value: 'OK' } })
    );
    updateMock.mockResolvedValue({
      ...pending,
      status: 'approved',
      allowedActions: ['send_notice', 'cancel'],
      approvedBy: 'Julien Peeters',
      approvalComment: 'OK',
      partnerId: 'a0P1',
      tasks: ['Separation_Task_Send_Approved_Letter', 'Separation_Task_Referral_Handoff'],
      letter: { ...referralLetter, editable: false }
    });
    click(element, 'approve');
    await settle();
    expect(updateMock.mock.calls[0][0].input).toMatchObject({ action: 'approve', reason: 'OK' });
    expect(step(element)).toBe('execute');
    expect(element.shadowRoot!.querySelectorAll('[data-id="tasks"] li')).toHaveLength(2);
    expect(text(element, '[data-id="referral"]')).toBe('c.Separation_Referral_Partner');
    click(element, 'previous');
    click(element, 'previous');
    await settle();
    expect(step(element)).toBe('letter');
    expect($(element, '[data-id="edit-letter"]')).toBeNull();
    expect(text(element, '[data-id="letter-locked"]')).toContain('c.Separation_Letter_Locked');
  });

  it('records the consent and the notice, then the effective date on or after the notice end', async () => {
    const approved = planOf({
      status: 'approved',
      path: 'referral',
      partnerId: 'a0P1',
      allowedActions: ['send_notice', 'cancel'],
      letter: { ...referralLetter, editable: false }
    });
    const element = await createWizard(approved);
    change(element, 'customerConsent', { checked: true });
    updateMock.mockResolvedValue({
      ...approved,
      status: 'notified',
      customerConsent: true,
      allowedActions: ['make_effective']
    });
    click(element, 'send-notice');
    await settle();
    expect(updateMock.mock.calls[0][0].input).toMatchObject({
      action: 'send_notice',
      customerConsent: true,
      actionDate: '2026-11-30'
    });
    expect(text(element, '[data-id="referral-recorded"]')).toBe('c.Separation_Referral_Recorded');
    await expect(element).toBeAccessible();

    updateMock.mockResolvedValue({
      ...approved,
      status: 'effective',
      effectiveDate: '2027-11-30',
      allowedActions: ['close']
    });
    click(element, 'make-effective');
    await settle();
    expect(updateMock.mock.calls[1][0].input).toMatchObject({ action: 'make_effective', actionDate: '2027-11-30' });
    expect(step(element)).toBe('close');
  });

  it('closes with an outcome and shows the audit trail and the anonymisation date', async () => {
    const element = await createWizard(
      planOf({
        status: 'closed',
        outcome: 'referred',
        anonymizeAfter: '2030-11-30',
        allowedActions: [],
        events: [
          {
            action: 'assess',
            fromStatus: 'draft',
            toStatus: 'assessed',
            actorName: 'Camille Laurent',
            occurredAt: '2026-11-30T10:00:00Z',
            comment: ''
          }
        ]
      })
    );
    expect(step(element)).toBe('close');
    expect(text(element, '[data-id="closed"]')).toBe('c.Separation_Closed');
    expect(element.shadowRoot!.querySelectorAll('[data-id="events"] li')).toHaveLength(1);
    expect($(element, '[data-id="close-plan"]')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows a load failure in one error panel with a retry', async () => {
    const element = await createWizard(new Error('Simulated outage'));
    expect(inCard(element, 'c-error-panel')).not.toBeNull();
    expect($(element, '[data-step]')).toBeNull();
    await expect(element).toBeAccessible();
    getMock.mockResolvedValue(planOf());
    inCard(element, 'c-error-panel')!.dispatchEvent(new CustomEvent('retry'));
    await settle();
    expect(step(element)).toBe('path');
  });

  it('shows the refusal of a save (another user saved first) and keeps the step', async () => {
    const element = await createWizard(planOf());
    change(element, 'path', { value: 'price_increase' });
    change(element, 'reason', { value: 'costs' });
    updateMock.mockResolvedValueOnce(planOf({ status: 'path_chosen', path: 'price_increase', reason: 'costs' }));
    click(element, 'next');
    await settle();
    expect(statuses(element)).toEqual(['c.Separation_Done_choose_path']);
    click(element, 'previous');
    await settle();
    // Moving without saving clears the last save's status: it would speak of another step.
    expect(statuses(element)).toEqual([]);
    updateMock.mockRejectedValue({ status: 409, body: { message: 'Someone else saved this plan in the meantime.' } });
    click(element, 'next');
    await settle();
    expect(step(element)).toBe('path');
    expect($(element, '[data-id="save-error"] c-error-panel')).not.toBeNull();
    expect(statuses(element)).toEqual([]);
    await expect(element).toBeAccessible();
  });
});
