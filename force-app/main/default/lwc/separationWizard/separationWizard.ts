/**
 * The separation wizard: a path of seven steps (Assess · Path · Notice · Letter · Approval · Execute · Close) over one
 * Separation_Plan__c. Each step shows what the engine decided and why, in sentences, and the one decision the user
 * makes; every decision is saved through `updateSeparationPlan` (the engine's state machine, server side), so the
 * wizard resumes where the plan stands — from the Account (quick action, panel) or from the plan record. Refusals
 * (invalid transition, guardrail, older version) come back as one message in the error panel; a save's result is one
 * status line under the path (c/planCard), replaced by the next one.
 */
import { LightningElement, api } from 'lwc';
import getSeparationPlan from '@salesforce/apex/SeparationController.getSeparationPlan';
import updateSeparationPlan from '@salesforce/apex/SeparationController.updateSeparationPlan';
import { emptySeparationActionInput, milderSeparationPaths } from 'c/valueEngine';
import { actionName, engineText, flagName, formatLabel, scoreComponentName, tierName } from 'c/valueLabels';
import { formatDate, formatMoney, formatNumber, formatPercent } from 'c/valueFormat';
import {
  LABELS,
  LANGUAGE_OPTIONS,
  OUTCOMES,
  doneText,
  PATHS,
  outcomeName,
  pathHelp,
  pathName,
  separationTaskName,
  statusName
} from 'c/separationLabels';
import nextLabel from '@salesforce/label/c.Common_Next';
import previousLabel from '@salesforce/label/c.Common_Previous';
import saveLabel from '@salesforce/label/c.Common_Save';
import netValueLabel from '@salesforce/label/c.Panel_Net_Value';

export const STEPS = ['assess', 'path', 'notice', 'letter', 'approval', 'execute', 'close'] as const;
export type Step = (typeof STEPS)[number];

/** The step a plan in `status` is worked on. */
export function stepOfStatus(status: string, hasPlan: boolean): Step {
  if (!hasPlan || status === 'draft') return 'assess';
  if (status === 'assessed') return 'path';
  if (status === 'path_chosen') return 'notice';
  if (status === 'pending_approval' || status === 'rejected') return 'approval';
  if (status === 'approved' || status === 'notified') return 'execute';
  return 'close';
}

type Input = CvpApi.SeparationActionInput;

interface Option {
  label: string;
  value: string;
}

export default class SeparationWizard extends LightningElement {
  /** An Account Id (its open plan, or a new one) or a Separation_Plan__c Id (resume). */
  @api recordId?: string;
  @api objectApiName?: string;

  plan?: CvpApi.SeparationPlanResponse;
  loadError: unknown;
  saveError: unknown;
  loading = true;
  saving = false;
  /** The result of the last save, said under the path; '' for none. */
  statusMessage = '';
  step: Step = 'assess';
  /** The user's edits not saved yet. */
  draft: Input = emptySeparationActionInput();
  editingLetter = false;
  problem = '';
  /** The manager's reason for an override, and the approval or rejection comment. */
  overrideReason = '';
  comment = '';

  readonly labels = LABELS;
  readonly languageOptions = LANGUAGE_OPTIONS;
  readonly nextLabel = nextLabel;
  readonly previousLabel = previousLabel;
  readonly saveLabel = saveLabel;

  connectedCallback(): void {
    void this.load();
  }

  async load(): Promise<void> {
    if (!this.recordId) return;
    this.loading = true;
    this.loadError = undefined;
    try {
      this.show(await getSeparationPlan({ recordId: this.recordId }));
    } catch (error) {
      this.plan = undefined;
      this.loadError = error;
    } finally {
      this.loading = false;
    }
  }

  /** Shows a plan as saved: the form takes its values, the step is where the plan stands. */
  private show(plan: CvpApi.SeparationPlanResponse, keepStep = false): void {
    this.plan = plan;
    this.draft = {
      ...emptySeparationActionInput(),
      accountId: plan.accountId,
      planId: plan.planId,
      version: plan.version,
      reason: plan.reason,
      pathRationale: plan.pathRationale,
      path: plan.path,
      newPrice: plan.newPrice,
      priceIncrease: plan.priceIncrease,
      serviceReduction: plan.serviceReduction,
      serviceChange: plan.serviceChange,
      alternativeOffer: plan.alternativeOffer,
      letterLanguage: plan.letter.language,
      letterBody: plan.letter.edited ? plan.letter.body : '',
      partnerId: plan.partnerId !== '' ? plan.partnerId : (plan.partners[0]?.partnerId ?? ''),
      customerConsent: plan.customerConsent,
      actionDate: plan.notice.noticeDate
    };
    this.editingLetter = false;
    if (!keepStep) {
      // A blocked plan waits on the Assess step, where the guardrail and the manager's override are.
      const blocked = plan.guardrailBlocked && !plan.guardrailOverridden;
      this.step = blocked && plan.status === 'assessed' ? 'assess' : stepOfStatus(plan.status, plan.planId !== '');
    }
  }

  // ——— state ———

  get hasPlan(): boolean {
    return this.plan !== undefined;
  }

  get hasSaveError(): boolean {
    return this.saveError !== undefined;
  }

  get steps(): Option[] {
    const names: Record<Step, string> = {
      assess: LABELS.Separation_Step_Assess,
      path: LABELS.Separation_Step_Path,
      notice: LABELS.Separation_Step_Notice,
      letter: LABELS.Separation_Step_Letter,
      approval: LABELS.Separation_Step_Approval,
      execute: LABELS.Separation_Step_Execute,
      close: LABELS.Separation_Step_Close
    };
    return STEPS.map((step) => ({ label: names[step], value: step }));
  }

  get statusLine(): string {
    if (!this.plan) return '';
    return formatLabel(LABELS.Separation_Status_Line, statusName(this.plan.status));
  }

  get isAssess(): boolean {
    return this.step === 'assess';
  }
  get isPath(): boolean {
    return this.step === 'path';
  }
  get isNotice(): boolean {
    return this.step === 'notice';
  }
  get isLetter(): boolean {
    return this.step === 'letter';
  }
  get isApproval(): boolean {
    return this.step === 'approval';
  }
  get isExecute(): boolean {
    return this.step === 'execute';
  }
  get isClose(): boolean {
    return this.step === 'close';
  }

  private allows(action: string): boolean {
    return this.plan?.allowedActions.includes(action) ?? false;
  }

  get previousDisabled(): boolean {
    return this.step === 'assess' || this.saving;
  }

  /** Next is the step's save when the plan still changes there; otherwise it only moves on. */
  get nextDisabled(): boolean {
    return this.step === 'close' || this.saving;
  }

  get nextButtonLabel(): string {
    if (this.step === 'assess' && this.plan?.planId === '') return LABELS.Separation_Start_Assessment;
    if (this.step === 'path' && this.allows('choose_path')) return LABELS.Separation_Save_Continue;
    if (this.step === 'letter' && this.allows('submit_for_approval')) return LABELS.Separation_Submit;
    return nextLabel;
  }

  // ——— assess ———

  get assessment(): CvpApi.SeparationAssessment | undefined {
    return this.plan?.assessment;
  }

  get assessIntro(): string {
    const a = this.plan?.assessment;
    if (!a) return '';
    return formatLabel(
      LABELS.Separation_Assess_Intro,
      a.accountName,
      tierName(a.tier),
      formatMoney(a.netValue),
      actionName(a.recommendedAction)
    );
  }

  get figures(): { key: string; label: string; value: string; valueClass: string }[] {
    const a = this.plan?.assessment;
    if (!a) return [];
    return [
      { key: 'revenue', label: LABELS.Separation_Revenue, value: formatMoney(a.revenue), negative: false },
      { key: 'margin', label: LABELS.Separation_Gross_Margin, value: formatMoney(a.grossMargin), negative: false },
      { key: 'cost', label: LABELS.Separation_Cost_To_Serve, value: formatMoney(a.costToServe), negative: false },
      { key: 'net', label: netValueLabel, value: formatMoney(a.netValue), negative: a.netValue < 0 },
      { key: 'potential', label: scoreComponentName('potential'), value: formatNumber(a.potential), negative: false },
      { key: 'influence', label: scoreComponentName('influence'), value: formatNumber(a.influence), negative: false },
      {
        key: 'fit',
        label: scoreComponentName('strategic_fit'),
        value: formatPercent(a.strategicFit),
        negative: false
      },
      { key: 'churn', label: LABELS.Separation_Churn, value: formatPercent(a.churnProbability), negative: false }
    ].map((figure) => ({ ...figure, valueClass: figure.negative ? 'slds-text-color_error' : '' }));
  }

  get contractLines(): { key: string; label: string; value: string }[] {
    const a = this.plan?.assessment;
    if (!a) return [];
    const dateOr = (date: string): string => (date === '' ? LABELS.Separation_Unknown : formatDate(date));
    return [
      { key: 'type', label: LABELS.Separation_Contract_Type, value: a.contractType || LABELS.Separation_Unknown },
      { key: 'end', label: LABELS.Separation_Contract_End, value: dateOr(a.contractEndDate) },
      {
        key: 'clause',
        label: LABELS.Separation_Contract_Clause,
        value:
          a.contractNoticeMonths > 0
            ? formatLabel(LABELS.Separation_Months, a.contractNoticeMonths)
            : LABELS.Separation_None
      },
      { key: 'start', label: LABELS.Separation_Relationship_Start, value: dateOr(a.relationshipStartDate) }
    ];
  }

  get reputationText(): string {
    return this.plan?.assessment.reputationRisk
      ? LABELS.Separation_Reputation_Risk
      : LABELS.Separation_No_Reputation_Risk;
  }

  /** The guardrail blocks and no manager has overridden it yet. */
  get blocked(): boolean {
    return (this.plan?.guardrailBlocked ?? false) && !(this.plan?.guardrailOverridden ?? false);
  }

  get guardrailText(): string {
    const reasons = (this.plan?.assessment.guardrailReasons ?? []).map(flagName).join(', ');
    return formatLabel(LABELS.Separation_Guardrail_Text, reasons);
  }

  get showGuardrailWait(): boolean {
    return !(this.plan?.userIsManager ?? false);
  }

  get canOverride(): boolean {
    return this.blocked && (this.plan?.userIsManager ?? false) && this.allows('override_guardrail');
  }

  get overriddenText(): string {
    return this.plan?.guardrailOverridden ? formatLabel(LABELS.Separation_Overridden, this.plan.overrideReason) : '';
  }

  get notBlockedText(): string {
    return this.plan?.guardrailBlocked ? '' : LABELS.Separation_Not_Blocked;
  }

  // ——— path ———

  /** The graduated paths, mildest first, each with when it fits. */
  get pathOptions(): Option[] {
    return PATHS.map((path, index) => ({ label: `${index + 1}. ${pathName(path)} — ${pathHelp(path)}`, value: path }));
  }

  get pathLocked(): boolean {
    return !this.allows('choose_path');
  }

  get isPriceIncrease(): boolean {
    return this.draft.path === 'price_increase';
  }

  get isServiceReduction(): boolean {
    return this.draft.path === 'service_reduction';
  }

  get isReferral(): boolean {
    return this.draft.path === 'referral';
  }

  get priceIncreasePercent(): number {
    return Math.round(this.draft.priceIncrease * 1000) / 10;
  }

  get serviceReductionPercent(): number {
    return Math.round(this.draft.serviceReduction * 1000) / 10;
  }

  /** The milder steps the chosen path skips, said by name, for the rationale the rep must give. */
  get milderSteps(): string {
    return milderSeparationPaths(this.draft.path)
      .map((path) => pathName(path))
      .join(', ');
  }

  get rationaleHelp(): string {
    return this.milderSteps === ''
      ? LABELS.Separation_Mildest
      : formatLabel(LABELS.Separation_Rationale_Help, this.milderSteps);
  }

  get rationaleNeeded(): boolean {
    return this.milderSteps !== '';
  }

  get partnerOptions(): Option[] {
    return (this.plan?.partners ?? []).map((partner) => ({
      label: formatLabel(LABELS.Separation_Partner_Rank, partner.rank, partner.name, formatNumber(partner.score, 1)),
      value: partner.partnerId
    }));
  }

  /** Each ranked partner with the reasons for its rank. */
  get rankedPartners(): { partnerId: string; title: string; reasons: string; className: string }[] {
    return (this.plan?.partners ?? []).map((partner) => {
      const reasons = [
        partner.industryMatch ? LABELS.Separation_Match_Industry : '',
        partner.regionMatch ? LABELS.Separation_Match_Region : '',
        partner.sizeMatch ? LABELS.Separation_Match_Size : ''
      ].filter((reason) => reason !== '');
      return {
        partnerId: partner.partnerId,
        title: formatLabel(LABELS.Separation_Partner_Rank, partner.rank, partner.name, formatNumber(partner.score, 1)),
        reasons: reasons.length > 0 ? reasons.join(' · ') : LABELS.Separation_No_Match,
        className:
          partner.partnerId === this.draft.partnerId
            ? 'slds-item slds-p-around_x-small slds-theme_shade'
            : 'slds-item slds-p-around_x-small'
      };
    });
  }

  get hasPartners(): boolean {
    return (this.plan?.partners.length ?? 0) > 0;
  }

  // ——— notice ———

  get notice(): CvpApi.SeparationNotice | undefined {
    return this.plan?.notice;
  }

  get noticeSummary(): string {
    const notice = this.plan?.notice;
    if (!notice) return '';
    return formatLabel(LABELS.Separation_Notice_Summary, notice.months, formatDate(notice.effectiveEndDate));
  }

  get noticeRule(): string {
    const notice = this.plan?.notice;
    if (!notice) return '';
    if (!notice.relationshipStartKnown) return formatLabel(LABELS.Separation_Notice_Unknown_Start, notice.capMonths);
    return formatLabel(
      LABELS.Separation_Notice_Policy,
      notice.policyName,
      formatNumber(notice.relationshipYears, 1),
      notice.policyMonths,
      notice.minimumMonths,
      notice.capMonths
    );
  }

  get clauseText(): string {
    const notice = this.plan?.notice;
    if (!notice || notice.contractNoticeMonths <= 0) return '';
    return formatLabel(
      notice.contractClauseApplied ? LABELS.Separation_Notice_Clause_Applied : LABELS.Separation_Notice_Clause_Shorter,
      notice.contractNoticeMonths
    );
  }

  /** Partial rupture, said only for the paths that change rather than end the relationship. */
  get ruptureText(): string {
    const notice = this.plan?.notice;
    if (!notice || !['price_increase', 'service_reduction'].includes(this.plan?.path ?? '')) return '';
    return formatLabel(
      notice.partialRupture ? LABELS.Separation_Notice_Partial_Rupture : LABELS.Separation_Notice_Below_Threshold,
      formatPercent(notice.partialRuptureThreshold)
    );
  }

  get noticeDateLocked(): boolean {
    return !['assessed', 'path_chosen', 'rejected'].includes(this.plan?.status ?? '');
  }

  // ——— letter ———

  get letter(): CvpApi.SeparationLetter | undefined {
    return this.plan?.letter;
  }

  get hasLetter(): boolean {
    return (this.plan?.letter.body ?? '') !== '';
  }

  get letterSubject(): string {
    return formatLabel(LABELS.Separation_Letter_Subject, this.plan?.letter.subject ?? '');
  }

  get missingText(): string {
    const missing = this.plan?.letter.missingFields ?? [];
    return missing.length === 0 ? '' : formatLabel(LABELS.Separation_Letter_Missing, missing.join(', '));
  }

  get alternativeText(): string {
    const alternative = this.plan?.alternativeOffer ?? '';
    return alternative === '' ? '' : formatLabel(LABELS.Separation_Alternative_Highlight, alternative);
  }

  get letterEditable(): boolean {
    return this.plan?.letter.editable ?? false;
  }

  get letterLocked(): boolean {
    return !this.letterEditable && this.hasLetter;
  }

  get talkingPoints(): { key: string; text: string }[] {
    return (this.plan?.letter.talkingPoints ?? []).map((text, index) => ({ key: String(index), text }));
  }

  // ——— approval ———

  get awaitingApproval(): boolean {
    return this.plan?.status === 'pending_approval';
  }

  /** What the manager approves, in one sentence: the path, the notice and its end (the letter is one step back). */
  get approvalSummary(): string {
    const plan = this.plan;
    if (!plan) return '';
    const partner = this.chosenPartner;
    return formatLabel(
      LABELS.Separation_Approval_Summary,
      partner ? `${pathName(plan.path)} (${partner.name})` : pathName(plan.path),
      plan.notice.months,
      formatDate(plan.notice.effectiveEndDate)
    );
  }

  get canApprove(): boolean {
    return this.awaitingApproval && (this.plan?.userIsManager ?? false);
  }

  get approvedText(): string {
    const plan = this.plan;
    if (!plan || plan.approvedBy === '' || ['pending_approval', 'rejected'].includes(plan.status)) return '';
    return formatLabel(LABELS.Separation_Approved_By, plan.approvedBy, plan.approvalComment);
  }

  get rejectedText(): string {
    return this.plan?.status === 'rejected' ? formatLabel(LABELS.Separation_Rejected, this.plan.approvalComment) : '';
  }

  get canRevise(): boolean {
    return this.allows('revise');
  }

  get approvalNotYet(): boolean {
    return ['draft', 'assessed', 'path_chosen'].includes(this.plan?.status ?? 'draft');
  }

  // ——— execute ———

  get executeNotYet(): boolean {
    return !['approved', 'notified', 'effective', 'closed'].includes(this.plan?.status ?? '');
  }

  get canSendNotice(): boolean {
    return this.allows('send_notice');
  }

  get canMakeEffective(): boolean {
    return this.allows('make_effective');
  }

  get tasks(): { key: string; text: string }[] {
    return (this.plan?.tasks ?? []).map((key) => ({ key, text: separationTaskName(key) }));
  }

  get chosenPartner(): CvpApi.RankedReferralPartner | undefined {
    return this.plan?.partners.find((partner) => partner.partnerId === this.plan?.partnerId);
  }

  get referralText(): string {
    const partner = this.chosenPartner;
    return partner ? formatLabel(LABELS.Separation_Referral_Partner, partner.name, partner.contactName) : '';
  }

  get isReferralPlan(): boolean {
    return this.plan?.path === 'referral';
  }

  get referralRecordedText(): string {
    const partner = this.chosenPartner;
    return partner && this.plan?.customerConsent && !this.canSendNotice
      ? formatLabel(LABELS.Separation_Referral_Recorded, partner.name)
      : '';
  }

  get notifiedText(): string {
    const plan = this.plan;
    if (!plan || ['approved', 'pending_approval'].includes(plan.status) || this.executeNotYet) return '';
    return formatLabel(
      LABELS.Separation_Notified,
      formatDate(plan.notice.noticeDate),
      formatDate(plan.notice.effectiveEndDate)
    );
  }

  get effectiveText(): string {
    const date = this.plan?.effectiveDate ?? '';
    return date === '' ? '' : formatLabel(LABELS.Separation_Effective_Done, formatDate(date));
  }

  // ——— close ———

  get outcomeOptions(): Option[] {
    return OUTCOMES.map((outcome) => ({ label: outcomeName(outcome), value: outcome }));
  }

  get canClose(): boolean {
    return this.allows('close');
  }

  get closedText(): string {
    const plan = this.plan;
    if (plan?.status !== 'closed') return '';
    return formatLabel(LABELS.Separation_Closed, outcomeName(plan.outcome), formatDate(plan.anonymizeAfter));
  }

  get cancelled(): boolean {
    return this.plan?.status === 'cancelled';
  }

  get closeNotYet(): boolean {
    return !this.canClose && this.plan?.status !== 'closed' && !this.cancelled;
  }

  get events(): { key: string; text: string }[] {
    return (this.plan?.events ?? []).map((event, index) => ({
      key: String(index),
      text:
        formatLabel(
          LABELS.Separation_Event_Line,
          formatDate(event.occurredAt.slice(0, 10)),
          event.actorName,
          statusName(event.fromStatus),
          statusName(event.toStatus)
        ) + (event.comment === '' ? '' : ` (${event.comment})`)
    }));
  }

  get hasEvents(): boolean {
    return (this.plan?.events.length ?? 0) > 0;
  }

  // ——— handlers ———

  handleField(event: CustomEvent<{ value?: string; checked?: boolean }>): void {
    const name = (event.target as HTMLElement).dataset.field as keyof Input;
    const detail = event.detail;
    let value: string | number | boolean = detail.checked ?? detail.value ?? '';
    if (name === 'newPrice') value = Number(value) || 0;
    if (name === 'priceIncrease' || name === 'serviceReduction') value = (Number(value) || 0) / 100;
    this.draft = { ...this.draft, [name]: value };
  }

  handlePartnerPick(event: Event): void {
    const partnerId = (event.currentTarget as HTMLElement).dataset.partner ?? '';
    this.draft = { ...this.draft, partnerId };
  }

  handleStepFocus(event: Event): void {
    const step = (event.target as HTMLElement & { value?: string }).value as Step | undefined;
    if (step !== undefined && STEPS.includes(step)) this.step = step;
  }

  handlePrevious(): void {
    const index = STEPS.indexOf(this.step);
    if (index > 0) this.step = STEPS[index - 1];
    this.problem = '';
    this.statusMessage = '';
    this.saveError = undefined;
  }

  async handleNext(): Promise<void> {
    this.problem = '';
    const plan = this.plan;
    if (!plan) return;
    if (this.step === 'assess' && plan.planId === '') {
      if (await this.save('assess')) this.step = 'path';
      return;
    }
    if (this.step === 'path' && this.allows('choose_path')) {
      const problem = this.pathProblem();
      if (problem !== '') {
        this.problem = problem;
        return;
      }
      if (await this.save('choose_path')) this.step = 'notice';
      return;
    }
    if (this.step === 'notice' && !this.noticeDateLocked && this.draft.actionDate !== plan.notice.noticeDate) {
      if (await this.save('save')) this.step = 'letter';
      return;
    }
    if (this.step === 'letter' && this.allows('submit_for_approval')) {
      if (await this.save('submit_for_approval')) this.step = 'approval';
      return;
    }
    const index = STEPS.indexOf(this.step);
    this.step = STEPS[Math.min(index + 1, STEPS.length - 1)];
    this.statusMessage = '';
    this.saveError = undefined;
  }

  /** What the path step still lacks, in words (the server checks the engine's rules again). */
  private pathProblem(): string {
    if (!PATHS.includes(this.draft.path)) return LABELS.Separation_Path_Required;
    if (this.draft.reason.trim() === '') return LABELS.Separation_Reason_Required;
    if (this.rationaleNeeded && this.draft.pathRationale.trim() === '') return LABELS.Separation_Rationale_Required;
    if (this.draft.path === 'referral' && this.draft.partnerId === '') return LABELS.Separation_Partner_Required;
    return '';
  }

  handleOverrideReason(event: CustomEvent<{ value: string }>): void {
    this.overrideReason = event.detail.value;
  }

  handleComment(event: CustomEvent<{ value: string }>): void {
    this.comment = event.detail.value;
  }

  handleOverride(): Promise<boolean> {
    if (this.overrideReason.trim() === '') {
      this.problem = engineText('cvp_sep_err_reason_required', { action: LABELS.Separation_Override_Button });
      return Promise.resolve(false);
    }
    return this.save('override_guardrail', true, { reason: this.overrideReason.trim() });
  }

  handleLanguage(event: CustomEvent<{ value: string }>): Promise<boolean> {
    this.draft = { ...this.draft, letterLanguage: event.detail.value, letterBody: '' };
    return this.save('save', true);
  }

  handleEditLetter(): void {
    this.draft = { ...this.draft, letterBody: this.plan?.letter.body ?? '' };
    this.editingLetter = true;
  }

  handleSaveLetter(): Promise<boolean> {
    return this.save('save', true);
  }

  handleApprove(): Promise<boolean> {
    return this.save('approve', true, { reason: this.comment.trim() });
  }

  handleReject(): Promise<boolean> {
    return this.save('reject', true, { reason: this.comment.trim() });
  }

  async handleRevise(): Promise<void> {
    if (await this.save('revise', true, { reason: this.comment.trim() })) this.step = 'path';
  }

  handleSendNotice(): Promise<boolean> {
    return this.save('send_notice', true, { actionDate: this.plan?.notice.noticeDate ?? '' });
  }

  handleMakeEffective(): Promise<boolean> {
    return this.save('make_effective', true, { actionDate: this.effectiveDateValue });
  }

  handleEffectiveDate(event: CustomEvent<{ value: string }>): void {
    this.draft = { ...this.draft, actionDate: event.detail.value };
  }

  handleOutcome(event: CustomEvent<{ value: string }>): void {
    this.draft = { ...this.draft, outcome: event.detail.value };
  }

  handleClose(): Promise<boolean> {
    return this.save('close', true);
  }

  handleBackToValue(): void {
    this.dispatchEvent(new CustomEvent('close'));
  }

  /** Saves the form with `action`; true when saved. The server's refusal is shown as is. */
  async save(action: string, keepStep = false, extra: Partial<Input> = {}): Promise<boolean> {
    if (!this.plan) return false;
    this.saving = true;
    this.saveError = undefined;
    this.statusMessage = '';
    try {
      // The honest reason travels with the path; other actions carry their own reason or comment (the audit trail's).
      const reason = extra.reason ?? (['assess', 'choose_path', 'save'].includes(action) ? this.draft.reason : '');
      const input: Input = { ...this.draft, ...extra, reason, action, accountId: this.plan.accountId };
      const saved = await updateSeparationPlan({ input });
      this.show(saved, true);
      this.problem = '';
      if (keepStep && action === 'make_effective') this.step = 'close';
      if (keepStep && action === 'approve') this.step = 'execute';
      this.statusMessage = doneText(action, saved.status);
      return true;
    } catch (error) {
      this.saveError = error;
      return false;
    } finally {
      this.saving = false;
    }
  }

  handleReload(): Promise<void> {
    this.saveError = undefined;
    this.statusMessage = '';
    return this.load();
  }

  get effectiveDateValue(): string {
    return this.draft.actionDate !== '' && this.draft.actionDate >= (this.plan?.notice.effectiveEndDate ?? '')
      ? this.draft.actionDate
      : (this.plan?.notice.effectiveEndDate ?? '');
  }
}
