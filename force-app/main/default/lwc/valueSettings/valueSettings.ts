/**
 * Value Settings — the admin's page: the configuration in sections (unit and help on each field, validateConfig's
 * problems next to their field as the admin types), the live what-if beside it (c/valueEngine re-scores the portfolio's
 * latest facts, or a stratified sample above 10 000 accounts, at most once per 60 ms of typing), and the footer: Save
 * (disabled while a problem remains), the deployment's status, Re-score now, the change history.
 */
import { LightningElement } from 'lwc';
import getValueSettings from '@salesforce/apex/ValueSettingsController.getValueSettings';
import getWhatIfAccounts from '@salesforce/apex/ValueSettingsController.getWhatIfAccounts';
import saveValueSettings from '@salesforce/apex/ValueSettingsController.saveValueSettings';
import getDeploymentStatus from '@salesforce/apex/ValueSettingsController.getDeploymentStatus';
import scoreNow from '@salesforce/apex/ScoringRunController.scoreNow';
import hasEditPermission from '@salesforce/customPermission/Customer_Value_Edit_Settings';
import type {
  AccountFacts,
  ConfigProblem,
  ValueConfig,
  WhatIfAccount,
  WhatIfBaseline,
  WhatIfResult
} from 'c/valueEngine';
import { WHAT_IF_FULL_LIMIT, prepareWhatIf, runWhatIf, validateConfig, whatIfSampleSizes } from 'c/valueEngine';
import { formatCount, formatLabel, tierShortName } from 'c/valueLabels';
import { formatDate, formatNumber } from 'c/valueFormat';
import type { FieldDef, SectionDef } from './settingsFields';
import { TIERS, displayValue, parsedValue, problemsByPlace, readPath, sectionsFor, writePath } from './settingsFields';
import { LABELS } from './settingsLabels';

/** Typing pauses this long before the what-if runs (a keystroke never waits for a re-score). */
export const WHAT_IF_DEBOUNCE_MS = 60;
const PAGE_SIZE = 1000;
const STATUS_POLL_MS = 2000;
const STATUS_POLLS = 30;

interface FieldView {
  key: string;
  path: string;
  inputId: string;
  label: string;
  group: string;
  unit: string;
  help: string;
  value: string;
  isNumber: boolean;
  isSelect: boolean;
  isTiers: boolean;
  options: { label: string; value: string; selected: boolean }[];
  tiers: { tier: string; label: string; checked: boolean; id: string }[];
  hasError: boolean;
  errors: string;
  errorId: string;
  className: string;
  changed: boolean;
}

interface GroupView {
  key: string;
  title: string;
  fields: FieldView[];
}

interface SectionView {
  key: string;
  title: string;
  errors: string[];
  hasErrors: boolean;
  /** Fields in a row per record (a tier's play, a notice policy…); ungrouped fields share one grid. */
  groups: GroupView[];
  fields: FieldView[];
}

/** Consecutive fields of the same record, in one group. */
function groupsOf(fields: FieldView[]): GroupView[] {
  const groups: GroupView[] = [];
  for (const view of fields) {
    const last = groups[groups.length - 1] as GroupView | undefined;
    if (last?.title === view.group) last.fields.push(view);
    else groups.push({ key: `${view.path}-group`, title: view.group, fields: [view] });
  }
  return groups;
}

export default class ValueSettings extends LightningElement {
  readonly labels = LABELS;
  readonly canEdit = hasEditPermission === true;

  loaded = false;
  loadError: unknown;
  saved?: ValueConfig;
  draft?: ValueConfig;
  today = '';
  problems: ConfigProblem[] = [];
  /** Text the admin typed, per path, while it does not parse (kept so the field shows what was typed). */
  private typed: Record<string, string> = {};

  previewLoading = false;
  /** Accounts read so far and to read (each tier's share of the sample), while the preview loads. */
  previewRead = 0;
  previewToRead = 0;
  previewError: unknown;
  baseline?: WhatIfBaseline;
  result?: WhatIfResult;
  previewMs = 0;
  private timer?: ReturnType<typeof setTimeout>;

  saving = false;
  saveError: unknown;
  deployment?: CvpApi.SettingsDeploymentStatus;
  rescoreMessage = '';
  rescoring = false;

  connectedCallback(): void {
    if (this.canEdit) void this.load();
  }

  disconnectedCallback(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
  }

  async load(): Promise<void> {
    this.loaded = false;
    this.loadError = undefined;
    try {
      const response = await getValueSettings({});
      const config = JSON.parse(response.configJson) as ValueConfig;
      this.saved = config;
      this.draft = config;
      this.today = response.today;
      this.deployment = response.lastDeployment;
      this.problems = validateConfig(config);
      this.typed = {};
      this.loaded = true;
      await this.loadPortfolio(response.strata);
    } catch (error) {
      this.loadError = error;
      this.loaded = true;
    }
  }

  /**
   * Reads each stratum's accounts: all of them, or its share of a 10 000-account sample (proportional allocation,
   * whatIfSampleSizes) — its first accounts by stored random key, a simple random sample of it — and re-scores them.
   */
  private async loadPortfolio(strata: CvpApi.SettingsStratum[]): Promise<void> {
    this.previewLoading = true;
    this.previewError = undefined;
    try {
      const sizes = whatIfSampleSizes(
        strata.map((stratum) => stratum.accounts),
        WHAT_IF_FULL_LIMIT
      );
      this.previewRead = 0;
      this.previewToRead = sizes.reduce((sum, size) => sum + size, 0);
      const accounts: WhatIfAccount[] = [];
      const read = await Promise.all(strata.map((stratum, s) => this.readStratum(stratum.stratum, sizes[s])));
      read.forEach((list) => accounts.push(...list));
      const counted = strata.map((stratum, s) => ({
        stratum: stratum.stratum,
        population: stratum.accounts,
        sampled: read[s].length
      }));
      if (this.saved !== undefined) {
        this.baseline = prepareWhatIf(accounts, counted, this.saved, this.today);
        this.runPreview();
      }
    } catch (error) {
      this.previewError = error;
    } finally {
      this.previewLoading = false;
    }
  }

  /**
   * The first `size` accounts of a stratum in sample-key order (the server orders by Sample_Key__c, then Id): about
   * ceil(size / PAGE_SIZE) pages, whatever the stratum's size.
   */
  private async readStratum(stratum: string, size: number): Promise<WhatIfAccount[]> {
    const accounts: WhatIfAccount[] = [];
    let afterId = '';
    while (accounts.length < size) {
      const page = await getWhatIfAccounts({
        stratum,
        afterId,
        pageSize: Math.min(PAGE_SIZE, size - accounts.length)
      });
      for (const each of page.accounts) {
        accounts.push({
          accountId: each.accountId,
          name: each.name,
          stratum: each.stratum,
          facts: JSON.parse(each.factsJson) as AccountFacts
        });
      }
      this.previewRead += page.accounts.length;
      if (page.nextAfterId === '') break;
      afterId = page.nextAfterId;
    }
    return accounts;
  }

  get previewProgress(): string {
    return this.previewToRead > 0
      ? formatLabel(LABELS.previewReading, formatNumber(this.previewRead), formatNumber(this.previewToRead))
      : '';
  }

  private runPreview(): void {
    if (this.baseline === undefined || this.draft === undefined || this.problems.length > 0) return;
    const started = performance.now();
    this.result = runWhatIf(this.baseline, this.draft);
    this.previewMs = Math.round(performance.now() - started);
  }

  private schedulePreview(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- the what-if waits for a pause in typing (debounce)
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.runPreview();
    }, WHAT_IF_DEBOUNCE_MS);
  }

  private edit(path: string, value: unknown): void {
    if (this.draft === undefined) return;
    this.draft = writePath(this.draft, path, value);
    this.problems = validateConfig(this.draft);
    this.schedulePreview();
  }

  private defOf(path: string): FieldDef | undefined {
    return this.sectionDefs.flatMap((section) => section.fields).find((def) => def.path === path);
  }

  handleInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const path = target.dataset.path ?? '';
    const def = this.defOf(path);
    if (def === undefined) return;
    const value = parsedValue(def, target.value);
    this.typed = { ...this.typed, [path]: target.value };
    this.edit(path, value);
  }

  handleTierToggle(event: Event): void {
    const target = event.target as HTMLInputElement;
    const path = target.dataset.path ?? '';
    const tier = target.dataset.tier ?? '';
    if (this.draft === undefined) return;
    const current = (readPath(this.draft, path) as string[] | undefined) ?? [];
    const next = TIERS.filter((each) => (each === tier ? target.checked : current.includes(each)));
    this.edit(path, next);
  }

  handleReset(): void {
    if (this.saved === undefined) return;
    this.draft = this.saved;
    this.typed = {};
    this.problems = validateConfig(this.saved);
    this.runPreview();
  }

  get sectionDefs(): SectionDef[] {
    return this.draft === undefined ? [] : sectionsFor(this.draft);
  }

  get sections(): SectionView[] {
    const draft = this.draft;
    const saved = this.saved;
    if (draft === undefined || saved === undefined) return [];
    const defs = this.sectionDefs;
    const { byField, bySection } = problemsByPlace(defs, this.problems);
    return defs.map((section) => {
      const fields = section.fields.map((def) => this.fieldView(def, draft, saved, byField.get(def.path) ?? []));
      return {
        key: section.key,
        title: section.title,
        errors: bySection.get(section.key) ?? [],
        hasErrors: (bySection.get(section.key) ?? []).length > 0,
        groups: groupsOf(fields),
        fields
      };
    });
  }

  private fieldView(def: FieldDef, draft: ValueConfig, saved: ValueConfig, errors: string[]): FieldView {
    const value = readPath(draft, def.path);
    const id = def.path.replace(/[^A-Za-z0-9]/g, '-');
    const shown = this.typed[def.path] ?? displayValue(def, value);
    const tiers = def.kind === 'tiers' ? ((value as string[] | undefined) ?? []) : [];
    const changed = JSON.stringify(value) !== JSON.stringify(readPath(saved, def.path));
    return {
      key: def.path,
      path: def.path,
      inputId: `input-${id}`,
      label: def.label,
      group: def.group,
      unit: def.unit,
      help: def.help,
      value: shown,
      isNumber: def.kind === 'number' || def.kind === 'percent',
      isSelect: def.kind === 'select',
      isTiers: def.kind === 'tiers',
      options: (def.options ?? []).map((option) => ({ ...option, selected: option.value === value })),
      tiers: TIERS.map((tier) => ({
        tier,
        label: tierShortName(tier),
        checked: tiers.includes(tier),
        id: `tier-${id}-${tier}`
      })),
      hasError: errors.length > 0,
      errors: errors.join(' '),
      errorId: `error-${id}`,
      className: `slds-col slds-size_1-of-2 slds-m-bottom_x-small slds-form-element${errors.length > 0 ? ' slds-has-error' : ''}${changed ? ' settings-changed' : ''}`,
      changed
    };
  }

  get otherProblems(): string[] {
    return problemsByPlace(this.sectionDefs, this.problems).other;
  }

  get hasOtherProblems(): boolean {
    return this.otherProblems.length > 0;
  }

  get noAccess(): boolean {
    return !this.canEdit;
  }

  get isLoading(): boolean {
    return this.canEdit && !this.loaded;
  }

  get hasLoadError(): boolean {
    return this.canEdit && this.loaded && this.loadError !== undefined;
  }

  get ready(): boolean {
    return this.canEdit && this.loaded && this.loadError === undefined && this.draft !== undefined;
  }

  get isValid(): boolean {
    return this.problems.length === 0;
  }

  get problemSummary(): string {
    return formatCount(this.problems.length, LABELS.problemCountOne, LABELS.problemCount);
  }

  get changedCount(): number {
    return this.sections.reduce((n, section) => n + section.fields.filter((each) => each.changed).length, 0);
  }

  get hasChanges(): boolean {
    return this.changedCount > 0;
  }

  get changedSummary(): string {
    return formatCount(this.changedCount, LABELS.changedFieldsOne, LABELS.changedFields);
  }

  get saveDisabled(): boolean {
    return !this.isValid || !this.hasChanges || this.saving;
  }

  get saveHint(): string {
    if (!this.isValid) return LABELS.saveDisabled;
    return this.hasChanges ? '' : LABELS.noChange;
  }

  get deploymentText(): string {
    const status = this.deployment;
    if (status === undefined || status.status === 'none') return LABELS.statusNone;
    if (status.status === 'pending') {
      return formatCount(status.changeCount, LABELS.statusPendingOne, LABELS.statusPending, status.savedBy);
    }
    if (status.status === 'failed') return formatLabel(LABELS.statusFailed, status.message);
    return formatCount(
      status.changeCount,
      LABELS.statusSucceededOne,
      LABELS.statusSucceeded,
      status.savedBy,
      formatDate(status.savedAt.slice(0, 10))
    );
  }

  get deploymentClass(): string {
    const status = this.deployment?.status ?? 'none';
    if (status === 'failed') return 'slds-text-color_error';
    if (status === 'succeeded') return 'slds-text-color_success';
    return 'slds-text-color_weak';
  }

  get showPreview(): boolean {
    return this.result !== undefined;
  }

  get previewWaiting(): boolean {
    return !this.isValid && this.result !== undefined;
  }

  get previewEmpty(): boolean {
    return !this.previewLoading && this.previewError === undefined && this.baseline?.accounts.length === 0;
  }

  async handleSave(): Promise<void> {
    if (this.draft === undefined || this.saveDisabled) return;
    this.saving = true;
    this.saveError = undefined;
    try {
      const response = await saveValueSettings({ configJson: JSON.stringify(this.draft) });
      if (!response.accepted) {
        this.problems = response.problems;
        return;
      }
      this.deployment = response.deployment;
      this.saved = this.draft;
      this.typed = {};
      if (this.baseline !== undefined) {
        this.baseline = prepareWhatIf(this.baseline.accounts, this.baseline.strata, this.draft, this.today);
        this.runPreview();
      }
      void this.pollStatus(response.deployment.deploymentId, STATUS_POLLS);
    } catch (error) {
      this.saveError = error;
    } finally {
      this.saving = false;
    }
  }

  private async pollStatus(deploymentId: string, remaining: number): Promise<void> {
    if (deploymentId === '' || remaining <= 0 || this.deployment?.status !== 'pending') return;
    await new Promise((resolve) => {
      // eslint-disable-next-line @lwc/lwc/no-async-operation -- the deployment's status is polled until it ends
      setTimeout(resolve, STATUS_POLL_MS);
    });
    try {
      this.deployment = await getDeploymentStatus({ deploymentId });
    } catch (error) {
      this.saveError = error;
      return;
    }
    await this.pollStatus(deploymentId, remaining - 1);
  }

  async handleRescore(): Promise<void> {
    this.rescoring = true;
    try {
      this.rescoreMessage = await scoreNow({});
    } catch (error) {
      this.saveError = error;
    } finally {
      this.rescoring = false;
    }
  }

  /** The audit's list view (Value Setting Changes, all records): who changed what, when, before → after. */
  readonly historyUrl = '/lightning/o/Value_Setting_Change__c/list?filterName=All';

  handleRetry(): void {
    void this.load();
  }
}
