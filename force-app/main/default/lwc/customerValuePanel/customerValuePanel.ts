/**
 * The customer value panel on the Account record page: what this customer is worth, why, whether it is leaving and
 * what to do. It loads the value (stored and live, one cacheable call) and the 12-month history, owns the states
 * (loading, no access, error with retry, never scored) and hands each part to a small child component.
 */
import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { RefreshEvent } from 'lightning/refresh';
import getAccountValue from '@salesforce/apex/CustomerValueController.getAccountValue';
import getValueHistory from '@salesforce/apex/CustomerValueController.getValueHistory';
import hasOverridePermission from '@salesforce/customPermission/Customer_Value_Override_Tier';
import panelTitle from '@salesforce/label/c.Panel_Title';
import errorTitle from '@salesforce/label/c.Panel_Error_Title';
import noAccessLabel from '@salesforce/label/c.Panel_No_Access';
import openPlayLabel from '@salesforce/label/c.Panel_Open_Play';
import openSeparationLabel from '@salesforce/label/c.Panel_Open_Separation';

/** Recommended actions the separation wizard carries out (a graduated path); the others start a retention play. */
const SEPARATION_ACTIONS = ['standardize', 'transform', 'separate'];

interface Wired<T> {
  data?: T;
  error?: unknown;
}

/** A refusal for lack of access (record or object sharing, permission set) rather than a failure. */
export function isNoAccessError(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { status, body } = error as { status?: unknown; body?: unknown };
  if (status === 403) return true;
  const details = (Array.isArray(body) ? body[0] : body) as
    { errorCode?: unknown; exceptionType?: unknown } | undefined;
  const code = typeof details?.errorCode === 'string' ? details.errorCode : '';
  const type = typeof details?.exceptionType === 'string' ? details.exceptionType : '';
  // ValueAccessException: the controller's refusal of a user-mode query or DML (no permission set, no field access).
  return (
    code.startsWith('INSUFFICIENT_ACCESS') || type.endsWith('NoAccessException') || type === 'ValueAccessException'
  );
}

export default class CustomerValuePanel extends LightningElement {
  @api recordId?: string;
  /** The recommended action's button starts the retention play or opens the separation wizard (`startplay`). */
  readonly playsEnabled = true;

  /** What the panel shows: the value, the retention play or the separation wizard. */
  mode: 'value' | 'play' | 'separation' = 'value';

  value?: CvpApi.AccountValueResponse;
  error: unknown;
  loaded = false;
  history: CvpApi.ValueHistoryPoint[] = [];
  historyError: unknown;
  private wiredValue?: Wired<CvpApi.AccountValueResponse>;
  private wiredHistory?: Wired<CvpApi.ValueHistoryResponse>;

  readonly panelTitle = panelTitle;
  readonly errorTitle = errorTitle;
  readonly noAccessLabel = noAccessLabel;
  readonly canOverride = hasOverridePermission === true;
  readonly openPlayLabel = openPlayLabel;
  readonly openSeparationLabel = openSeparationLabel;

  get showValue(): boolean {
    return this.mode === 'value';
  }

  get showPlay(): boolean {
    return this.mode === 'play';
  }

  get showSeparation(): boolean {
    return this.mode === 'separation';
  }

  /** The summary card's primary button: the recommended action, carried out by the wizard or by a play. */
  handleStartPlay(event: CustomEvent<{ action: string }>): void {
    event.stopPropagation();
    this.mode = SEPARATION_ACTIONS.includes(event.detail.action) ? 'separation' : 'play';
  }

  handleOpenPlay(): void {
    this.mode = 'play';
  }

  handleOpenSeparation(): void {
    this.mode = 'separation';
  }

  /** Back from the play or the wizard: the value reloads (a plan or a play may have changed what the rep sees). */
  async handleBackToValue(): Promise<void> {
    this.mode = 'value';
    await Promise.all([refreshApex(this.wiredValue), refreshApex(this.wiredHistory)]);
  }

  @wire(getAccountValue, { accountId: '$recordId' })
  wiredAccountValue(result: Wired<CvpApi.AccountValueResponse>): void {
    this.wiredValue = result;
    if (result.data) {
      this.value = result.data;
      this.error = undefined;
      this.loaded = true;
    } else if (result.error) {
      this.value = undefined;
      this.error = result.error;
      this.loaded = true;
    }
  }

  /** The controller returns the 12-month history the trend shows. */
  @wire(getValueHistory, { accountId: '$recordId' })
  wiredValueHistory(result: Wired<CvpApi.ValueHistoryResponse>): void {
    this.wiredHistory = result;
    this.history = result.data?.points ?? [];
    this.historyError = result.error;
  }

  get isLoading(): boolean {
    return !this.loaded;
  }

  get noAccess(): boolean {
    return this.loaded && isNoAccessError(this.error);
  }

  get hasError(): boolean {
    return this.loaded && this.error !== undefined && !this.noAccess;
  }

  get hasHistoryError(): boolean {
    return this.historyError !== undefined;
  }

  /** The stored result for the badge in the card header; nothing before the first scoring. */
  get badgeValue(): CvpApi.ValueResult | undefined {
    return this.value?.stored.scored ? this.value.stored.result : undefined;
  }

  get hasFindings(): boolean {
    return (this.value?.findings.length ?? 0) > 0;
  }

  /** Complete data is said once, at the bottom; findings go near the top where they cannot be missed. */
  get dataComplete(): boolean {
    return this.value !== undefined && !this.hasFindings;
  }

  get showOverride(): boolean {
    return this.canOverride && this.value?.stored.scored === true;
  }

  async handleRetry(): Promise<void> {
    this.loaded = false;
    try {
      await Promise.all([refreshApex(this.wiredValue), refreshApex(this.wiredHistory)]);
    } finally {
      this.loaded = true;
    }
  }

  async handleHistoryRetry(): Promise<void> {
    await refreshApex(this.wiredHistory);
  }

  /** The override changed the account: this panel reloads, and the page refreshes the rest (header badge, fields). */
  async handleTierOverridden(): Promise<void> {
    await Promise.all([refreshApex(this.wiredValue), refreshApex(this.wiredHistory)]);
    this.dispatchEvent(new RefreshEvent());
  }
}
