/**
 * The workbench's side of the separation wizard and the retention plays (SeparationController, RetentionPlayController
 * in the org): plans and play runs kept in the local store, every transition through the engine's state machine
 * (`applySeparationAction`), the notice from `computeNotice`, partners from `rankReferralPartners`, letters from the
 * engine's templates, plays and concession caps from `retentionPlanFor` / `checkConcession` — the same functions the
 * org's services run as generated Apex. A save carries the version it edited; an older version is refused.
 */
import type {
  AccountFacts,
  AccountEvaluation,
  RankedReferralPartner,
  ReferralPartner,
  RetentionPlayInput,
  RetentionPlayResponse,
  SeparationActionInput,
  SeparationActionRequest,
  SeparationLetter,
  SeparationNotice,
  SeparationPlanResponse,
  SeparationPlanState
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import {
  accountValueView,
  allowedSeparationActions,
  anonymizationDueDate,
  applySeparationAction,
  checkConcession,
  computeNotice,
  findNoticePolicy,
  isPartialRupture,
  newSeparationPlan,
  rankReferralPartners,
  renderDefaultLetter,
  retentionPlanFor
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import type { WorkbenchPortfolio } from './portfolio';
import type { StoredPlayRun, StoredSeparationPlan, WorkbenchStore } from './store';
import type { WorkbenchUser } from './users';

/** Custom permissions the org's services check (approving a plan or overriding its guardrail; a concession above the cap). */
export const APPROVE_SEPARATION_PERMISSION = 'Customer_Value_Approve_Separation';
export const APPROVE_CONCESSION_PERMISSION = 'Customer_Value_Approve_Concession';

/** Statuses in which the plan's letter and choices may still change (before approval). */
const EDITABLE_STATUSES = ['draft', 'assessed', 'path_chosen', 'rejected'];
const GUARDRAIL_FLAGS = ['high_potential', 'most_valued_customer', 'strategic'];
/** Countries whose customers get French letters by default (the rep can switch). */
const FRENCH_SPEAKING = ['FR', 'BE', 'LU', 'MC', 'CH'];
/** Actions that keep the customer worth winning back (value or potential justify the effort). */
const WIN_BACK_ACTIONS = ['protect', 'develop', 'retain'];

/** A refusal the org's controller raises as an AuraHandledException (status for the local transport). */
export class SeparationRefusal extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

export interface SeparationContext {
  user: WorkbenchUser;
  /** Custom Labels in a language (the session's for messages, the customer's for letters and scripts). */
  labelsIn: (language: string) => Readonly<Record<string, string>>;
  language: string;
}

function text(context: SeparationContext, name: string, ...values: (string | number)[]): string {
  const template = context.labelsIn(context.language)[name] ?? name;
  return values.reduce<string>((result, value, index) => result.split(`{${index}}`).join(String(value)), template);
}

/** Plain text of the engine's rendered letter (paragraphs on blank lines), entities decoded. */
export function letterText(html: string): string {
  return html
    .replace(/<\/p>/g, '\n\n')
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

function longDate(isoDate: string, language: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return '';
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`)
  );
}

function money(amount: number, language: string): string {
  return new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(
    amount
  );
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function list(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(';')
        .map((each) => each.trim())
        .filter((each) => each !== '')
    : [];
}

/** Company size bands the partner catalogue and the account are matched on. */
function sizeBand(employees: number): string {
  if (employees < 50) return 'small';
  return employees < 250 ? 'medium' : 'large';
}

function bandsBetween(minimum: number, maximum: number): string[] {
  return ['small', 'medium', 'large'].filter((band) => {
    const [low, high] = band === 'small' ? [0, 49] : band === 'medium' ? [50, 249] : [250, Number.MAX_SAFE_INTEGER];
    return low <= maximum && high >= minimum;
  });
}

export class WorkbenchSeparations {
  private counter = 0;

  constructor(
    private readonly portfolio: WorkbenchPortfolio,
    private readonly store: WorkbenchStore
  ) {}

  private nextId(prefix: string): string {
    this.counter++;
    return `${prefix}${Date.now().toString(36).toUpperCase()}${this.counter}`;
  }

  private accountParts(accountId: string): { facts: AccountFacts; evaluation: AccountEvaluation; name: string } {
    const facts = this.portfolio.facts(accountId);
    const evaluation = this.portfolio.evaluation(accountId);
    if (facts === undefined || evaluation === undefined) throw new SeparationRefusal(400, `No account ${accountId}`);
    return { facts, evaluation, name: this.portfolio.row(accountId)?.Name ?? accountId };
  }

  /** Partners of the catalogue (active ones) as the engine ranks them. */
  private partners(): (ReferralPartner & { contactName: string })[] {
    return this.portfolio
      .sampleRecords('Referral_Partner__c')
      .filter((record) => record.fields.Is_Active__c !== false)
      .map((record) => ({
        id: record.referenceId,
        name: textOf(record.fields.Name),
        industries: list(record.fields.Industries_Served__c),
        regions: list(record.fields.Regions_Served__c),
        sizes: bandsBetween(
          Number(record.fields.Min_Employees__c ?? 0),
          Number(record.fields.Max_Employees__c ?? Number.MAX_SAFE_INTEGER)
        ),
        needs: list(record.fields.Needs_Served__c),
        hasAgreement: record.fields.Agreement_In_Place__c === true,
        contactName: textOf(record.fields.Contact_Name__c)
      }));
  }

  private rankedPartners(facts: AccountFacts): RankedReferralPartner[] {
    const partners = this.partners();
    return rankReferralPartners(partners, {
      industry: facts.industry ?? '',
      region: facts.country ?? '',
      size: sizeBand(facts.employees ?? 0),
      needs: []
    }).map((ranked, index) => ({
      partnerId: ranked.partnerId,
      name: ranked.name,
      rank: index + 1,
      score: ranked.score,
      industryMatch: ranked.industryMatch,
      regionMatch: ranked.regionMatch,
      sizeMatch: ranked.sizeMatch,
      needsMatched: ranked.needsMatched,
      contactName: partners.find((partner) => partner.id === ranked.partnerId)?.contactName ?? ''
    }));
  }

  /** The open plan of an account (not closed or cancelled), or a plan by its id. */
  private findPlan(recordId: string): StoredSeparationPlan | undefined {
    const plans = Object.values(this.store.plans);
    const byId = plans.find((plan) => plan.planId === recordId);
    if (byId !== undefined) return byId;
    return plans
      .filter((plan) => plan.accountId === recordId && !['closed', 'cancelled'].includes(plan.state.status))
      .sort((a, b) => (a.planId < b.planId ? 1 : -1))[0];
  }

  /** The wizard's data for an account or a plan (resumed from its record). */
  plan(recordId: string, context: SeparationContext): SeparationPlanResponse {
    const stored = this.findPlan(recordId);
    const accountId = stored?.accountId ?? recordId;
    return this.view(accountId, stored, context);
  }

  private notice(facts: AccountFacts, plan: StoredSeparationPlan | undefined): SeparationNotice {
    const config = this.portfolio.config;
    const state = plan?.state as SeparationPlanState | undefined;
    const noticeDate =
      state?.noticeDate !== undefined && state.noticeDate !== ''
        ? state.noticeDate
        : plan?.plannedNoticeDate || this.portfolio.today;
    const policy = findNoticePolicy(config.noticePolicies, facts.country ?? '', facts.contractType ?? 'any');
    const computed = computeNotice(
      config.noticePolicies,
      facts.country ?? '',
      facts.contractType ?? 'any',
      facts.relationshipStartDate ?? '',
      noticeDate,
      facts.contractNoticeMonths ?? 0
    );
    return {
      months: computed.months,
      policyMonths: computed.policyMonths,
      policyName: this.portfolio.noticePolicyTitles.get(computed.policyName) ?? computed.policyName,
      capMonths: policy.capMonths,
      minimumMonths: policy.minimumMonths,
      relationshipStartKnown: !computed.problems.includes('cvp_notice_missing_relationship_start'),
      relationshipYears: computed.relationshipYears,
      contractClauseApplied: computed.contractClauseApplied,
      contractNoticeMonths: facts.contractNoticeMonths ?? 0,
      partialRupture: isPartialRupture(
        { priceIncrease: plan?.priceIncrease ?? 0, serviceReduction: plan?.serviceReduction ?? 0 },
        policy
      ),
      partialRuptureThreshold: policy.partialRuptureThreshold,
      noticeDate: computed.noticeDate,
      effectiveEndDate: computed.effectiveEndDate
    };
  }

  private letter(
    name: string,
    plan: StoredSeparationPlan | undefined,
    notice: SeparationNotice,
    partners: RankedReferralPartner[],
    facts: AccountFacts,
    context: SeparationContext
  ): SeparationLetter {
    const language = plan?.letterLanguage || (FRENCH_SPEAKING.includes(facts.country ?? '') ? 'fr' : 'en');
    const path = plan === undefined || plan.state.status === 'draft' ? '' : textOf(plan.state.path);
    const editable = plan === undefined || EDITABLE_STATUSES.includes(plan.state.status);
    if (path === '') {
      return { language, subject: '', body: '', talkingPoints: [], missingFields: [], edited: false, editable };
    }
    const partner = partners.find((each) => each.partnerId === plan?.state.partnerId);
    const rendered = renderDefaultLetter(path, language, {
      contactName: '',
      accountName: name,
      reason: plan?.reason ?? '',
      effectiveDate: longDate(notice.effectiveEndDate, language),
      noticeMonths: String(notice.months),
      newPrice: plan !== undefined && plan.newPrice > 0 ? money(plan.newPrice, language) : '',
      serviceChange: plan?.serviceChange ?? '',
      alternativeOffer: plan?.alternativeOffer ?? '',
      partnerName: partner?.name ?? '',
      senderName: context.user.name,
      companyName: context.labelsIn(language).Separation_Letter_Company
    });
    const edited = plan !== undefined && plan.letterBody !== '';
    return {
      language,
      subject: letterText(rendered.subject),
      body: edited ? plan.letterBody : letterText(rendered.html),
      talkingPoints: rendered.talkingPoints.map(letterText),
      missingFields: edited ? [] : rendered.missingFields,
      edited,
      editable
    };
  }

  private view(
    accountId: string,
    plan: StoredSeparationPlan | undefined,
    context: SeparationContext
  ): SeparationPlanResponse {
    const { facts, evaluation, name } = this.accountParts(accountId);
    const state = (plan?.state ?? newSeparationPlan(evaluation.separationBlocked)) as SeparationPlanState;
    const notice = this.notice(facts, plan);
    const partners = this.rankedPartners(facts);
    const path = state.path;
    const tasks: string[] = [];
    if (path !== '') {
      tasks.push('Separation_Task_Send_Approved_Letter');
      if (path === 'referral') tasks.push('Separation_Task_Referral_Handoff');
      tasks.push('Separation_Task_Effective_Review');
    }
    return {
      accountId,
      planId: plan?.planId ?? '',
      version: plan === undefined ? '' : String(plan.version),
      status: state.status,
      allowedActions: plan === undefined ? ['assess'] : allowedSeparationActions(state.status),
      userIsManager: context.user.customPermissions.includes(APPROVE_SEPARATION_PERMISSION),
      assessment: {
        accountName: name,
        tier: evaluation.tier,
        score: evaluation.score,
        revenue: evaluation.revenue,
        grossMargin: evaluation.grossMargin,
        costToServe: evaluation.costToServe,
        netValue: evaluation.netValue,
        potential: evaluation.potential,
        influence: evaluation.influence,
        strategicFit: evaluation.strategicFit,
        churnProbability: evaluation.churnProbability,
        reputationRisk: evaluation.flags.includes('most_valued_customer'),
        flags: [...evaluation.flags],
        recommendedAction: evaluation.action,
        guardrailReasons: evaluation.flags.filter((flag) => GUARDRAIL_FLAGS.includes(flag)),
        contractType: facts.contractType ?? '',
        contractEndDate: facts.contractEndDate ?? '',
        contractNoticeMonths: facts.contractNoticeMonths ?? 0,
        relationshipStartDate: facts.relationshipStartDate ?? '',
        country: facts.country ?? ''
      },
      guardrailBlocked: state.blocked,
      guardrailOverridden: state.guardrailOverridden,
      overrideReason: state.overrideReason,
      path,
      reason: plan?.reason ?? '',
      pathRationale: plan?.pathRationale ?? '',
      newPrice: plan?.newPrice ?? 0,
      priceIncrease: plan?.priceIncrease ?? 0,
      serviceReduction: plan?.serviceReduction ?? 0,
      serviceChange: plan?.serviceChange ?? '',
      alternativeOffer: plan?.alternativeOffer ?? '',
      notice,
      letter: this.letter(name, plan, notice, partners, facts, context),
      partners,
      partnerId: state.partnerId,
      customerConsent: state.customerConsent,
      approvedBy: state.approvedBy,
      approvalComment: plan?.approvalComment ?? '',
      effectiveDate: state.effectiveDate,
      tasks,
      outcome: state.outcome,
      anonymizeAfter:
        state.status === 'closed'
          ? anonymizationDueDate(
              state.effectiveDate || this.portfolio.today,
              this.portfolio.config.settings.dataRetentionMonths
            )
          : '',
      events: plan?.events ?? []
    };
  }

  /** Applies a save or an engine action; refuses an older version, a locked letter and every invalid transition. */
  update(input: SeparationActionInput, context: SeparationContext): SeparationPlanResponse {
    const { evaluation } = this.accountParts(input.accountId);
    let plan = input.planId === '' ? undefined : this.store.plans[input.planId];
    if (input.planId !== '' && plan === undefined)
      throw new SeparationRefusal(404, text(context, 'Separation_Error_Not_Found'));
    if (plan === undefined) {
      if (input.action !== 'assess') throw new SeparationRefusal(400, text(context, 'Separation_Error_Not_Found'));
      const open = this.findPlan(input.accountId);
      if (open !== undefined)
        throw new SeparationRefusal(409, text(context, 'Separation_Error_Concurrent_Save', '', ''));
      plan = {
        planId: this.nextId('SEP'),
        accountId: input.accountId,
        version: 0,
        state: newSeparationPlan(evaluation.separationBlocked) as unknown as StoredSeparationPlan['state'],
        reason: '',
        pathRationale: '',
        newPrice: 0,
        priceIncrease: 0,
        serviceReduction: 0,
        serviceChange: '',
        alternativeOffer: '',
        letterLanguage: '',
        letterBody: '',
        plannedNoticeDate: '',
        approvalComment: '',
        events: []
      };
    } else if (String(plan.version) !== input.version) {
      const last = plan.events.length > 0 ? plan.events[plan.events.length - 1] : undefined;
      throw new SeparationRefusal(
        409,
        text(
          context,
          'Separation_Error_Concurrent_Save',
          last === undefined ? '' : last.actorName,
          last === undefined ? '' : last.occurredAt.slice(0, 16)
        )
      );
    }
    const editable = EDITABLE_STATUSES.includes(plan.state.status);
    const next: StoredSeparationPlan = { ...plan, events: [...plan.events] };
    if (input.action === 'save' || input.action === 'choose_path') {
      if (!editable) throw new SeparationRefusal(400, text(context, 'Separation_Error_Letter_Locked'));
      next.pathRationale = input.pathRationale.trim();
      next.newPrice = Math.max(0, input.newPrice);
      next.priceIncrease = Math.max(0, input.priceIncrease);
      next.serviceReduction = Math.max(0, input.serviceReduction);
      next.serviceChange = input.serviceChange.trim();
      next.alternativeOffer = input.alternativeOffer.trim();
      next.letterLanguage = input.letterLanguage === 'fr' || input.letterLanguage === 'en' ? input.letterLanguage : '';
      next.letterBody = input.letterBody.trim();
      if (input.actionDate !== '') next.plannedNoticeDate = input.actionDate;
      if (input.action === 'choose_path' || input.reason.trim() !== '') next.reason = input.reason.trim();
    }
    if (input.action !== 'save') {
      const { facts } = this.accountParts(input.accountId);
      const partner = this.rankedPartners(facts).find((each) => each.partnerId === input.partnerId);
      const notice = this.notice(facts, next);
      const request: SeparationActionRequest = {
        action: input.action,
        actorId: context.user.id,
        actorIsManager: context.user.customPermissions.includes(APPROVE_SEPARATION_PERMISSION),
        date: input.actionDate !== '' ? input.actionDate : next.plannedNoticeDate || this.portfolio.today,
        reason: input.reason,
        path: input.path,
        partnerId: input.partnerId,
        partnerHasAgreement: partner !== undefined,
        customerConsent: input.customerConsent,
        noticeMonths: notice.months,
        outcome: input.outcome
      };
      if (input.action === 'choose_path' && input.reason.trim() === '') {
        throw new SeparationRefusal(400, text(context, 'cvp_sep_err_reason_required'));
      }
      const transition = applySeparationAction(next.state as unknown as SeparationPlanState, request);
      if (!transition.ok) {
        // The engine's message with its named parameters ({action}, {status}), as EngineLabels fills them in Apex.
        const params = transition.errorParams;
        const message = Object.keys(params).reduce(
          (result, name) => result.split(`{${name}}`).join(params[name]),
          text(context, transition.errorKey)
        );
        throw new SeparationRefusal(400, message);
      }
      next.state = transition.state as unknown as StoredSeparationPlan['state'];
      if (input.action === 'approve' || input.action === 'reject') next.approvalComment = input.reason.trim();
      if (input.action === 'approve') {
        // The sent text is kept verbatim from approval on.
        const view = this.view(next.accountId, next, context);
        next.letterBody = view.letter.body;
        next.letterLanguage = view.letter.language;
      }
      next.events.push({
        action: input.action,
        fromStatus: transition.event?.fromStatus ?? plan.state.status,
        toStatus: transition.event?.toStatus ?? next.state.status,
        actorName: context.user.name,
        occurredAt: new Date().toISOString(),
        comment: transition.event?.reason ?? ''
      });
    }
    next.version = plan.version + 1;
    this.store.savePlan(next);
    return this.view(next.accountId, next, context);
  }

  /** The running play of an account, or the play its tier calls for (not started). */
  play(accountId: string, context: SeparationContext): RetentionPlayResponse {
    const run = Object.values(this.store.plays)
      .filter((each) => each.accountId === accountId && each.status !== 'completed')
      .sort((a, b) => (a.playRunId < b.playRunId ? 1 : -1))[0];
    return this.playView(accountId, run, context, '');
  }

  private playView(
    accountId: string,
    run: StoredPlayRun | undefined,
    context: SeparationContext,
    language: string
  ): RetentionPlayResponse {
    const { facts, evaluation, name } = this.accountParts(accountId);
    const config = this.portfolio.config;
    const plan = retentionPlanFor(evaluation.tier, this.portfolio.today, config);
    const cap = checkConcession(evaluation.tier, evaluation.revenue, evaluation.grossMargin, 0, config);
    const scriptLanguage = run?.language || language || (FRENCH_SPEAKING.includes(facts.country ?? '') ? 'fr' : 'en');
    const labels = context.labelsIn(scriptLanguage);
    const play = run?.play ?? plan.play;
    const followUpDate = run?.followUpDate ?? plan.followUpDate;
    const fill = (template: string): string =>
      template.split('{0}').join(name).split('{1}').join(longDate(followUpDate, scriptLanguage));
    const scriptKey = `Play_Script_${play}`;
    const subjectKey = `Play_Script_Subject_${play}`;
    return {
      accountId,
      playRunId: run?.playRunId ?? '',
      version: run === undefined ? '' : String(run.version),
      status: run?.status ?? 'proposed',
      tier: run?.tier ?? plan.tier,
      play,
      tasks: run?.tasks ?? plan.tasks,
      followUpDate,
      language: scriptLanguage,
      scriptSubject: fill(labels[subjectKey] ?? subjectKey),
      script: fill(labels[scriptKey] ?? scriptKey),
      concessionCap: run?.concessionCap ?? cap.cap,
      concessionRequested: run?.concessionRequested ?? 0,
      concessionApprovalNeeded: run?.concessionApprovalNeeded ?? false,
      concessionApproved: run?.concessionApproved ?? false,
      concessionApprovedBy: run?.concessionApprovedBy ?? '',
      userIsManager: context.user.customPermissions.includes(APPROVE_CONCESSION_PERMISSION),
      outcome: run?.outcome ?? '',
      winBack: WIN_BACK_ACTIONS.includes(evaluation.action) ? 'worth_it' : 'not_worth_it',
      winBackReasonKey: accountValueView(
        { facts, stored: this.portfolio.stored(accountId), cutoffs: this.portfolio.tierCutoffs },
        config,
        this.portfolio.today
      ).play.reasonKey
    };
  }

  /** Starts a play, decides a concession above the cap (managers), or records the outcome. */
  updatePlay(input: RetentionPlayInput, context: SeparationContext): RetentionPlayResponse {
    const { evaluation } = this.accountParts(input.accountId);
    const config = this.portfolio.config;
    if (input.action === 'preview_language' && input.playRunId === '') {
      return this.playView(input.accountId, undefined, context, input.language);
    }
    if (input.action === 'start') {
      const running = this.play(input.accountId, context);
      if (running.playRunId !== '') throw new SeparationRefusal(409, text(context, 'Play_Error_Already_Running'));
      const plan = retentionPlanFor(evaluation.tier, this.portfolio.today, config);
      const check = checkConcession(
        evaluation.tier,
        evaluation.revenue,
        evaluation.grossMargin,
        input.concession,
        config
      );
      const run: StoredPlayRun = {
        playRunId: this.nextId('PLAY'),
        accountId: input.accountId,
        version: 1,
        status: 'in_progress',
        tier: plan.tier,
        play: plan.play,
        tasks: plan.tasks,
        followUpDate: plan.followUpDate,
        language: input.language === 'fr' || input.language === 'en' ? input.language : '',
        concessionRequested: check.requested,
        concessionCap: check.cap,
        concessionApprovalNeeded: check.approvalNeeded,
        concessionApproved: false,
        concessionApprovedBy: '',
        outcome: '',
        startedAt: new Date().toISOString(),
        savedBy: context.user.name,
        savedAt: new Date().toISOString()
      };
      this.store.savePlay(run);
      return this.playView(input.accountId, run, context, run.language);
    }
    const stored = this.store.plays[input.playRunId] as StoredPlayRun | undefined;
    if (stored?.accountId !== input.accountId) {
      throw new SeparationRefusal(404, text(context, 'Play_Error_Not_Found'));
    }
    if (String(stored.version) !== input.version) {
      // As RetentionPlayService says it: the play (its record name) and its account, who saved it last and when.
      throw new SeparationRefusal(
        409,
        text(
          context,
          'Retention_Error_Concurrent_Save',
          stored.playRunId,
          this.accountParts(stored.accountId).name,
          stored.savedBy ?? '',
          (stored.savedAt ?? '').slice(0, 16)
        )
      );
    }
    const next: StoredPlayRun = {
      ...stored,
      version: stored.version + 1,
      savedBy: context.user.name,
      savedAt: new Date().toISOString()
    };
    if (input.action === 'approve_concession' || input.action === 'reject_concession') {
      if (!context.user.customPermissions.includes(APPROVE_CONCESSION_PERMISSION)) {
        throw new SeparationRefusal(403, text(context, 'Play_Error_Manager_Required'));
      }
      if (!stored.concessionApprovalNeeded) throw new SeparationRefusal(400, text(context, 'Play_Error_No_Approval'));
      next.concessionApprovalNeeded = false;
      next.concessionApproved = input.action === 'approve_concession';
      next.concessionApprovedBy = context.user.name;
      if (!next.concessionApproved) next.concessionRequested = stored.concessionCap;
    } else if (input.action === 'preview_language') {
      next.language = input.language === 'fr' ? 'fr' : 'en';
    } else if (input.action === 'record_outcome') {
      if (input.outcome !== 'retained' && input.outcome !== 'lost') {
        throw new SeparationRefusal(400, text(context, 'Play_Error_Outcome_Required'));
      }
      if (stored.concessionApprovalNeeded)
        throw new SeparationRefusal(400, text(context, 'Play_Error_Approval_Pending'));
      next.outcome = input.outcome;
      next.status = 'completed';
    } else {
      throw new SeparationRefusal(400, text(context, 'cvp_sep_err_unknown_action'));
    }
    this.store.savePlay(next);
    return this.playView(input.accountId, next, context, next.language);
  }
}
