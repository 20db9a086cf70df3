/**
 * The workbench's local store: what users change in the workbench (tier overrides, the Value Settings page's saved
 * configuration and its change audit, separation plans, retention plays) kept in `.workbench/store.json` at the project
 * root (git-ignored). Every change is written atomically (temporary file, then rename), so a crash never leaves half a file and a restart finds every change.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A manager's tier override, audited: who, when, why. */
export interface TierOverrideEntry {
  tier: string;
  reason: string;
  userId: string;
  userName: string;
  at: string;
}

/** One saved change of the Value Settings page, audited as the org's Value_Setting_Change__c records it. */
export interface SettingChangeEntry {
  deploymentId: string;
  path: string;
  record: string;
  field: string;
  before: string;
  after: string;
  userId: string;
  userName: string;
  at: string;
}

/** A separation plan as the org's Separation_Plan__c holds it, with its events (Separation_Event__c). */
export interface StoredSeparationPlan {
  planId: string;
  accountId: string;
  /** Incremented by every save: a save on an older version is refused. */
  version: number;
  /** The engine's plan state (SeparationPlanState). */
  state: Record<string, unknown> & { status: string };
  reason: string;
  pathRationale: string;
  newPrice: number;
  priceIncrease: number;
  serviceReduction: number;
  serviceChange: string;
  alternativeOffer: string;
  letterLanguage: string;
  /** The rep's edited letter, `''` for the generated one; frozen (the sent text) from approval on. */
  letterBody: string;
  plannedNoticeDate: string;
  approvalComment: string;
  events: {
    action: string;
    fromStatus: string;
    toStatus: string;
    actorName: string;
    occurredAt: string;
    comment: string;
  }[];
}

/** A retention play run as the org's Retention_Play_Run__c holds it. */
export interface StoredPlayRun {
  playRunId: string;
  accountId: string;
  version: number;
  status: string;
  tier: string;
  play: string;
  tasks: string[];
  followUpDate: string;
  language: string;
  concessionRequested: number;
  concessionCap: number;
  concessionApprovalNeeded: boolean;
  concessionApproved: boolean;
  concessionApprovedBy: string;
  outcome: string;
  startedAt: string;
  /** Who saved the play last, and when (ISO): named when a save from an older version is refused. */
  savedBy?: string;
  savedAt?: string;
}

export interface StoreContent {
  version: 1;
  overrides: Record<string, TierOverrideEntry>;
  /** The configuration saved from the Value Settings page (the engine's ValueConfig); absent: the repository's records. */
  settings?: unknown;
  settingChanges?: SettingChangeEntry[];
  plans: Record<string, StoredSeparationPlan>;
  plays: Record<string, StoredPlayRun>;
}

function empty(): StoreContent {
  return { version: 1, overrides: {}, plans: {}, plays: {} };
}

export class WorkbenchStore {
  private content: StoreContent;
  private readonly file: string;

  constructor(private readonly folder: string) {
    this.file = join(folder, 'store.json');
    this.content = WorkbenchStore.read(this.file);
  }

  private static read(file: string): StoreContent {
    if (!existsSync(file)) return empty();
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file} is not valid JSON (${(error as Error).message}); start with --reset to clear it`);
    }
    const content = parsed as Partial<StoreContent>;
    if (content.version !== 1 || typeof content.overrides !== 'object' || content.overrides === null) {
      throw new Error(`${file} is not a workbench store of version 1; start with --reset to clear it`);
    }
    return {
      version: 1,
      overrides: content.overrides,
      settings: content.settings,
      settingChanges: Array.isArray(content.settingChanges) ? content.settingChanges : [],
      plans: content.plans ?? {},
      plays: content.plays ?? {}
    };
  }

  /** Deletes the store folder (`--reset`). */
  static reset(folder: string): void {
    rmSync(folder, { recursive: true, force: true });
  }

  get overrides(): Readonly<Record<string, TierOverrideEntry>> {
    return this.content.overrides;
  }

  setOverride(accountId: string, entry: TierOverrideEntry | undefined): void {
    const overrides = Object.fromEntries(Object.entries(this.content.overrides).filter(([id]) => id !== accountId));
    if (entry !== undefined) overrides[accountId] = entry;
    this.write({ ...this.content, overrides });
  }

  /** The saved configuration, or undefined when the page never saved (the repository's Custom Metadata then). */
  get settings(): unknown {
    return this.content.settings;
  }

  get settingChanges(): readonly SettingChangeEntry[] {
    return this.content.settingChanges ?? [];
  }

  /** Saves a configuration with the changes that led to it (never into the repository's metadata files). */
  saveSettings(settings: unknown, changes: SettingChangeEntry[]): void {
    this.write({ ...this.content, settings, settingChanges: [...this.settingChanges, ...changes] });
  }

  get plans(): Readonly<Record<string, StoredSeparationPlan>> {
    return this.content.plans;
  }

  savePlan(plan: StoredSeparationPlan): void {
    this.write({ ...this.content, plans: { ...this.content.plans, [plan.planId]: plan } });
  }

  get plays(): Readonly<Record<string, StoredPlayRun>> {
    return this.content.plays;
  }

  savePlay(run: StoredPlayRun): void {
    this.write({ ...this.content, plays: { ...this.content.plays, [run.playRunId]: run } });
  }

  private write(next: StoreContent): void {
    mkdirSync(this.folder, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(next, null, 2) + '\n');
    renameSync(temporary, this.file);
    this.content = next;
  }
}
