/**
 * The retention play of an account, scaled to its value (D1 sales-director visit … D4 letter): before it starts, the
 * play, the tasks it creates, the follow-up date, the call script or letter in the customer's language and an optional
 * goodwill concession checked against the cap; once started, the concession decision (a manager's, above the cap) and
 * the outcome. The win-back decision for a departing customer is said plainly. Saved through `updateRetentionPlay`; a
 * save's result is one status line at the top of the card (c/planCard), replaced by the next one.
 */
import { LightningElement, api } from 'lwc';
import getRetentionPlay from '@salesforce/apex/RetentionPlayController.getRetentionPlay';
import updateRetentionPlay from '@salesforce/apex/RetentionPlayController.updateRetentionPlay';
import { engineText, formatLabel, tierName } from 'c/valueLabels';
import { formatDate, formatMoney } from 'c/valueFormat';
import { LABELS, LANGUAGE_OPTIONS, doneText, playName } from 'c/separationLabels';
import startLabel from '@salesforce/label/c.Panel_Start_Play';

type Input = CvpApi.RetentionPlayInput;

export default class RetentionPlay extends LightningElement {
  @api recordId?: string;

  play?: CvpApi.RetentionPlayResponse;
  loadError: unknown;
  saveError: unknown;
  loading = true;
  saving = false;
  /** The result of the last save; '' for none. */
  statusMessage = '';
  concession = 0;
  comment = '';
  outcome = '';

  readonly labels = LABELS;
  readonly languageOptions = LANGUAGE_OPTIONS;
  readonly startLabel = startLabel;

  connectedCallback(): void {
    void this.load();
  }

  async load(): Promise<void> {
    if (!this.recordId) return;
    this.loading = true;
    this.loadError = undefined;
    try {
      this.play = await getRetentionPlay({ accountId: this.recordId });
      this.concession = this.play.concessionRequested;
    } catch (error) {
      this.play = undefined;
      this.loadError = error;
    } finally {
      this.loading = false;
    }
  }

  get hasSaveError(): boolean {
    return this.saveError !== undefined;
  }

  get proposed(): boolean {
    return this.play?.status === 'proposed';
  }

  get running(): boolean {
    return this.play?.status === 'in_progress';
  }

  get completed(): boolean {
    return this.play?.status === 'completed';
  }

  get intro(): string {
    const play = this.play;
    return play ? formatLabel(LABELS.Play_Intro, tierName(play.tier), playName(play.play)) : '';
  }

  get tasksTitle(): string {
    return this.proposed ? LABELS.Play_Tasks_Planned : LABELS.Play_Tasks;
  }

  get tasks(): { key: string; text: string }[] {
    return (this.play?.tasks ?? []).map((key) => ({ key, text: engineText(key) }));
  }

  get followUp(): string {
    return formatLabel(LABELS.Play_Follow_Up, formatDate(this.play?.followUpDate ?? ''));
  }

  get capText(): string {
    return formatLabel(LABELS.Play_Concession_Cap, formatMoney(this.play?.concessionCap ?? 0));
  }

  /** The requested concession is above the cap: said before the start, decided by a manager after. */
  get aboveCap(): boolean {
    return this.proposed && this.concession > (this.play?.concessionCap ?? 0);
  }

  get aboveCapText(): string {
    return formatLabel(LABELS.Play_Concession_Above, formatMoney(this.play?.concessionCap ?? 0));
  }

  get awaitingApproval(): boolean {
    return this.running && (this.play?.concessionApprovalNeeded ?? false);
  }

  get awaitingText(): string {
    const play = this.play;
    return play
      ? formatLabel(
          LABELS.Play_Awaiting_Approval,
          formatMoney(play.concessionRequested),
          formatMoney(play.concessionCap)
        )
      : '';
  }

  get canDecide(): boolean {
    return this.awaitingApproval && (this.play?.userIsManager ?? false);
  }

  get concessionText(): string {
    const play = this.play;
    if (!play || play.status === 'proposed' || play.concessionApprovalNeeded || play.concessionRequested <= 0)
      return '';
    if (play.concessionApproved) {
      return formatLabel(
        LABELS.Play_Concession_Approved,
        formatMoney(play.concessionRequested),
        play.concessionApprovedBy
      );
    }
    if (play.concessionApprovedBy !== '') {
      return formatLabel(LABELS.Play_Concession_Limited, formatMoney(play.concessionCap), play.concessionApprovedBy);
    }
    return formatLabel(LABELS.Play_Concession_Within_Cap, formatMoney(play.concessionRequested));
  }

  get outcomeOptions(): { label: string; value: string }[] {
    return [
      { label: LABELS.Play_Outcome_retained, value: 'retained' },
      { label: LABELS.Play_Outcome_lost, value: 'lost' }
    ];
  }

  get canRecordOutcome(): boolean {
    return this.running && !this.awaitingApproval;
  }

  get completedText(): string {
    const outcome = this.play?.outcome ?? '';
    return formatLabel(
      LABELS.Play_Completed,
      outcome === 'retained' ? LABELS.Play_Outcome_retained : LABELS.Play_Outcome_lost
    );
  }

  get winBackText(): string {
    return this.play?.winBack === 'worth_it' ? LABELS.Play_Win_Back_worth_it : LABELS.Play_Win_Back_not_worth_it;
  }

  get winBackReason(): string {
    return engineText(this.play?.winBackReasonKey ?? '');
  }

  get winBackClass(): string {
    return this.play?.winBack === 'worth_it'
      ? 'slds-box slds-box_x-small slds-theme_success'
      : 'slds-box slds-box_x-small slds-theme_shade';
  }

  handleConcession(event: CustomEvent<{ value: string }>): void {
    this.concession = Math.max(0, Number(event.detail.value) || 0);
  }

  handleComment(event: CustomEvent<{ value: string }>): void {
    this.comment = event.detail.value;
  }

  handleOutcome(event: CustomEvent<{ value: string }>): void {
    this.outcome = event.detail.value;
  }

  async handleLanguage(event: CustomEvent<{ value: string }>): Promise<void> {
    if (!this.play) return;
    // The script is the server's, in the chosen language: ask for it again, nothing is saved before the start.
    this.play = { ...this.play, language: event.detail.value };
    await this.save('preview_language');
  }

  handleStart(): Promise<boolean> {
    return this.save('start');
  }

  handleApprove(): Promise<boolean> {
    return this.save('approve_concession');
  }

  handleReject(): Promise<boolean> {
    return this.save('reject_concession');
  }

  handleRecordOutcome(): Promise<boolean> {
    return this.save('record_outcome');
  }

  handleReload(): Promise<void> {
    this.saveError = undefined;
    this.statusMessage = '';
    return this.load();
  }

  handleBackToValue(): void {
    this.dispatchEvent(new CustomEvent('close'));
  }

  async save(action: string): Promise<boolean> {
    const play = this.play;
    if (!play) return false;
    this.saving = true;
    this.saveError = undefined;
    this.statusMessage = '';
    const input: Input = {
      accountId: play.accountId,
      playRunId: play.playRunId,
      version: play.version,
      action,
      language: play.language,
      concession: this.concession,
      comment: this.comment.trim(),
      outcome: this.outcome
    };
    try {
      this.play = await updateRetentionPlay({ input });
      if (action === 'start') this.statusMessage = formatLabel(LABELS.Play_Started, playName(this.play.play));
      else if (action !== 'preview_language') this.statusMessage = doneText(action, this.play.status);
      return true;
    } catch (error) {
      this.saveError = error;
      return false;
    } finally {
      this.saving = false;
    }
  }
}
