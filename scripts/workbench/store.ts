/**
 * The workbench's local store: what users change in the workbench (tier overrides, the Value Settings page's saved
 * configuration and its change audit; plans and plays as their issues land) kept in `.workbench/store.json` at the project root (git-ignored). Every change is written
 * atomically (temporary file, then rename), so a crash never leaves half a file and a restart finds every change.
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

export interface StoreContent {
  version: 1;
  overrides: Record<string, TierOverrideEntry>;
  /** The configuration saved from the Value Settings page (the engine's ValueConfig); absent: the repository's records. */
  settings?: unknown;
  settingChanges?: SettingChangeEntry[];
}

function empty(): StoreContent {
  return { version: 1, overrides: {} };
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
      settingChanges: Array.isArray(content.settingChanges) ? content.settingChanges : []
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

  private write(next: StoreContent): void {
    mkdirSync(this.folder, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(next, null, 2) + '\n');
    renameSync(temporary, this.file);
    this.content = next;
  }
}
