/**
 * The workbench's data: the bundled sample data set (through the local adapter: records → facts, Custom Metadata →
 * configuration), optionally a seeded synthetic portfolio, the users' changes from the store, and the engine's
 * evaluation of every account. The tier cut-offs come from the whole portfolio once; an override re-evaluates only
 * its account (an override changes a tier, never a net value, so the cut-offs stay).
 */
import { join } from 'node:path';
import type {
  AccountEvaluation,
  AccountFacts,
  StoredAccountValue,
  TierCutoffs,
  ValueConfig,
  ValueHistoryPoint
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import {
  evaluateAccount,
  evaluatePortfolio,
  noTierOverride,
  validateConfig,
  VALUE_HISTORY_MONTHS
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import { mappedConfigFromRecords } from '../local/configFromCustomMetadata';
import { readCustomMetadataRecords } from '../local/customMetadataRecords';
import { buildSamplePurchaseSummaries } from '../local/samplePurchaseHistory';
import { SAMPLE_DATA_AS_OF, buildSampleFacts } from '../local/sampleDataFacts';
import type { SampleRecord } from '../local/sampleDataRecords';
import { readSampleRecords } from '../local/sampleDataRecords';
import { WorkbenchClv } from './clv';
import type { SettingChangeEntry, TierOverrideEntry, WorkbenchStore } from './store';
import { syntheticPortfolio } from './synthetic';

/** What the list view and the record page show of an account (standard fields). */
export interface AccountRow {
  Id: string;
  Name: string;
  Type?: string;
  Industry?: string;
  NumberOfEmployees?: number;
  BillingCity?: string;
  BillingCountry?: string;
  [field: string]: unknown;
}

/** A random number in [0, 1) for an account: mulberry32 seeded with the FNV-1a hash of its Id. */
export function sampleKeyOf(accountId: string): number {
  let seed = 2166136261;
  for (let i = 0; i < accountId.length; i++) seed = Math.imul(seed ^ accountId.charCodeAt(i), 16777619) >>> 0;
  let t = (seed + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Sample-key order: by key, then by Id (the org's ORDER BY Sample_Key__c, Id). */
export function compareSampleOrder(keyA: number, idA: string, keyB: number, idB: string): number {
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

export interface PortfolioOptions {
  root: string;
  /** Synthetic accounts added to the sample data. */
  syntheticAccounts: number;
  store: WorkbenchStore;
}

export class WorkbenchPortfolio {
  readonly today = SAMPLE_DATA_AS_OF;
  private currentConfig: ValueConfig;
  /** The configuration of the repository's Custom Metadata records (what an org has before any save). */
  readonly recordsConfig: ValueConfig;
  /** The record behind each record path of the configuration (`drivers[2]` → `Value_Driver.…`), for the audit. */
  readonly recordByPath: Record<string, string>;
  /**
   * What users read for each notice policy, by DeveloperName, as SeparationPlanResponses.noticePolicyTitles gives it
   * in the org: the record's label, with its legal reference when it has one.
   */
  readonly noticePolicyTitles: ReadonlyMap<string, string>;
  readonly rows: AccountRow[] = [];
  private readonly rowById = new Map<string, AccountRow>();
  /** Facts as the data set gives them, before the store's overrides. */
  private readonly baseFactsById = new Map<string, AccountFacts>();
  private readonly factsById = new Map<string, AccountFacts>();
  private readonly evaluationById = new Map<string, AccountEvaluation>();
  private cutoffs: TierCutoffs;
  /** The local store: overrides here; plans and plays through WorkbenchSeparations. */
  readonly store: WorkbenchStore;
  private readonly records: Map<string, SampleRecord[]>;
  /** Synthetic account → the sample account it copies and its amount scale (its trend is the sample's, scaled). */
  private readonly syntheticTemplates = new Map<string, { templateId: string; scale: number }>();
  private historyBySampleId: Map<string, ValueHistoryPoint[]> | undefined;
  private readonly clv: WorkbenchClv;

  constructor(options: PortfolioOptions) {
    const metadata = join(options.root, 'force-app', 'main', 'default');
    this.store = options.store;
    const metadataRecords = readCustomMetadataRecords(join(metadata, 'customMetadata'));
    const mapped = mappedConfigFromRecords(metadataRecords);
    this.recordsConfig = mapped.config;
    this.recordByPath = mapped.recordByPath;
    this.noticePolicyTitles = new Map(
      (metadataRecords.get('Notice_Policy') ?? []).map((record) => {
        const reference = record.values.Legal_Reference__c;
        const title = reference === undefined || reference === '' ? record.label : `${record.label} (${reference})`;
        return [record.developerName, title];
      })
    );
    // The Value Settings page saves into the store, never into the repository's records.
    this.currentConfig = (options.store.settings as ValueConfig | undefined) ?? this.recordsConfig;
    const problems = validateConfig(this.currentConfig);
    if (problems.length > 0) {
      throw new Error(`Configuration: ${problems.map((p) => `${p.path} (${p.labelKey})`).join('; ')}`);
    }
    const records = readSampleRecords(join(options.root, 'data', 'sample-plan.json'));
    this.records = records;
    // Facts read the value drivers' definitions (objects, filters), which the Value Settings page does not change.
    const sampleFacts = buildSampleFacts(records, this.recordsConfig, this.today);
    const purchases = buildSamplePurchaseSummaries(records, this.config.settings.revenueSource, this.today);
    this.clv = new WorkbenchClv(this.config, purchases, this.today);
    for (const account of records.get('Account') ?? []) {
      this.addRow({ ...account.fields, Id: account.referenceId } as AccountRow);
    }
    const synthetic = syntheticPortfolio(sampleFacts, options.syntheticAccounts, this.today);
    for (const row of synthetic.rows) this.addRow(row);
    for (const [id, template] of synthetic.templates) this.syntheticTemplates.set(id, template);
    for (const facts of [...sampleFacts, ...synthetic.facts]) this.baseFactsById.set(facts.accountId ?? '', facts);
    const allFacts = [...this.baseFactsById.values()].map((facts) => this.withOverride(facts));
    for (const facts of allFacts) this.factsById.set(facts.accountId ?? '', facts);
    const evaluation = evaluatePortfolio(allFacts, this.config, this.today);
    this.cutoffs = evaluation.cutoffs;
    for (const each of evaluation.evaluations) this.evaluationById.set(each.accountId, each);
  }

  /** The configuration in force: the store's saved one, else the repository's records. */
  get config(): ValueConfig {
    return this.currentConfig;
  }

  /**
   * Puts a saved configuration in force and re-scores every account with it, as a scoring run after the deployment
   * would (the tiers, scores and actions every page shows follow).
   */
  reconfigure(config: ValueConfig): void {
    this.currentConfig = config;
    this.rescore();
  }

  /** Saves a configuration from the Value Settings page into the store and puts it in force. */
  saveSettings(config: ValueConfig, changes: SettingChangeEntry[]): void {
    this.store.saveSettings(config, changes);
    this.reconfigure(config);
  }

  get settingChanges(): readonly SettingChangeEntry[] {
    return this.store.settingChanges;
  }

  /**
   * Ids of the accounts whose (stored) tier is `tier` in sample-key order (Sample_Key__c, then Id), as the org's what-if
   * and scatter queries read them: the first n are a simple random sample of the tier.
   */
  idsInTier(tier: string): readonly string[] {
    this.tierOrder ??= this.buildTierOrder();
    return this.tierOrder.get(tier) ?? [];
  }

  /**
   * The position in {@link idsInTier}'s order of the first account after `afterId` (keyset on Sample_Key__c, then Id,
   * by binary search); 0 when `afterId` is ''.
   */
  positionAfter(tier: string, afterId: string): number {
    const ids = this.idsInTier(tier);
    if (afterId === '') return 0;
    const afterKey = this.sampleKey(afterId);
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareSampleOrder(this.sampleKey(ids[middle]), ids[middle], afterKey, afterId) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Every tier's Ids in sample-key order, built once per set of evaluations (a re-score or an override clears it). */
  private tierOrder: Map<string, string[]> | undefined;

  private buildTierOrder(): Map<string, string[]> {
    const keyed = new Map<string, { key: number; id: string }[]>();
    for (const evaluation of this.evaluationById.values()) {
      let list = keyed.get(evaluation.tier);
      if (list === undefined) keyed.set(evaluation.tier, (list = []));
      list.push({ key: this.sampleKey(evaluation.accountId), id: evaluation.accountId });
    }
    const order = new Map<string, string[]>();
    for (const [tier, list] of keyed) {
      list.sort((a, b) => compareSampleOrder(a.key, a.id, b.key, b.id));
      order.set(
        tier,
        list.map((each) => each.id)
      );
    }
    return order;
  }

  /** An account's Sample_Key__c (every workbench account has one, as after a scoring run). */
  sampleKey(accountId: string): number {
    const key = this.rowById.get(accountId)?.Sample_Key__c;
    return typeof key === 'number' ? key : sampleKeyOf(accountId);
  }

  /** Re-scores every account with the configuration in force (the workbench's "Score now"). */
  rescore(): void {
    const evaluation = evaluatePortfolio([...this.factsById.values()], this.currentConfig, this.today);
    this.cutoffs = evaluation.cutoffs;
    for (const each of evaluation.evaluations) this.evaluationById.set(each.accountId, each);
    this.tierOrder = undefined;
  }

  private addRow(row: AccountRow): void {
    // The scoring run sets Sample_Key__c once (Math.random() in the org); here a PRNG seeded by the Id, so it is stable.
    if (typeof row.Sample_Key__c !== 'number') row.Sample_Key__c = sampleKeyOf(row.Id);
    this.rows.push(row);
    this.rowById.set(row.Id, row);
  }

  private withOverride(facts: AccountFacts): AccountFacts {
    const override = this.store.overrides[facts.accountId ?? ''];
    return {
      ...facts,
      tierOverride: override?.tier ?? facts.tierOverride,
      tierOverrideReason: override?.reason ?? facts.tierOverrideReason
    };
  }

  /** Counts the changes to the evaluations (overrides): what is built from them is rebuilt when it moves. */
  get version(): number {
    return this.changes;
  }

  private changes = 0;

  get size(): number {
    return this.rows.length;
  }

  row(accountId: string): AccountRow | undefined {
    return this.rowById.get(accountId);
  }

  facts(accountId: string): AccountFacts | undefined {
    return this.factsById.get(accountId);
  }

  evaluation(accountId: string): AccountEvaluation | undefined {
    return this.evaluationById.get(accountId);
  }

  /**
   * What the last scoring run stored for the account, as the org's Account fields and latest snapshot hold it: the
   * workbench's run is the evaluation at start, with the store's overrides. P(alive) and CLV are the scoring job's
   * predictive step (ClvService) on the sample purchase history, computed on first request; a synthetic account copies
   * its template's.
   */
  stored(accountId: string): StoredAccountValue {
    const evaluation = this.evaluationById.get(accountId);
    if (evaluation === undefined) throw new Error(`No account ${accountId}`);
    const override = this.store.overrides[accountId];
    const clv = this.clv.forAccount(this.syntheticTemplates.get(accountId)?.templateId ?? accountId);
    return {
      scored: true,
      scoredOn: this.today,
      result: {
        tier: evaluation.tier,
        computedTier: evaluation.computedTier,
        tierOverridden: evaluation.tierOverridden,
        score: evaluation.score,
        revenue: evaluation.revenue,
        grossMargin: evaluation.grossMargin,
        costToServe: evaluation.costToServe,
        netValue: evaluation.netValue,
        churnProbability: evaluation.churnProbability,
        flags: [...evaluation.flags],
        recommendedAction: evaluation.action
      },
      probabilityAlive: clv.probabilityAlive,
      clvKnown: clv.clvKnown,
      clv: clv.clv,
      clvLower: clv.clvLower,
      clvUpper: clv.clvUpper,
      tierOverride:
        override === undefined
          ? noTierOverride()
          : {
              active: true,
              tier: override.tier,
              reason: override.reason,
              overriddenBy: override.userName,
              overriddenAt: override.at
            }
    };
  }

  /**
   * The account's monthly snapshots over the last year, as the scoring job would have stored them: the sample data
   * scored at each month end (windows ending there, cut-offs of that month's portfolio). A synthetic account shows the
   * trend of the sample account it copies, its net value scaled.
   */
  history(accountId: string): ValueHistoryPoint[] {
    this.historyBySampleId ??= this.sampleHistory();
    const template = this.syntheticTemplates.get(accountId);
    const points = this.historyBySampleId.get(template?.templateId ?? accountId) ?? [];
    const scale = template?.scale ?? 1;
    return points.map((point) => ({ ...point, netValue: point.netValue * scale }));
  }

  /**
   * What {@link history} is built from, without copying: the month-end points of the account or of the sample account
   * it copies (shared: read only) and the scale of its net value.
   */
  historyBasis(accountId: string): { points: readonly ValueHistoryPoint[]; scale: number } {
    this.historyBySampleId ??= this.sampleHistory();
    const template = this.syntheticTemplates.get(accountId);
    return { points: this.historyBySampleId.get(template?.templateId ?? accountId) ?? [], scale: template?.scale ?? 1 };
  }

  private sampleHistory(): Map<string, ValueHistoryPoint[]> {
    const history = new Map<string, ValueHistoryPoint[]>();
    for (let monthsBack = VALUE_HISTORY_MONTHS - 1; monthsBack >= 0; monthsBack--) {
      const periodEnd = monthEnd(this.today, -monthsBack);
      const facts = buildSampleFacts(this.records, this.config, periodEnd);
      for (const evaluation of evaluatePortfolio(facts, this.config, periodEnd).evaluations) {
        const points = history.get(evaluation.accountId) ?? [];
        points.push({
          periodEnd,
          score: evaluation.score,
          tier: evaluation.tier,
          netValue: evaluation.netValue,
          tierChanged: false
        });
        history.set(evaluation.accountId, points);
      }
    }
    return history;
  }

  /** Ids of every account, sample then synthetic. */
  accountIds(): IterableIterator<string> {
    return this.evaluationById.keys();
  }

  /** The sample data set's records of an object (`Referral_Partner__c`, …), as `sf data import tree` loads them. */
  sampleRecords(objectName: string): SampleRecord[] {
    return this.records.get(objectName) ?? [];
  }

  get tierCutoffs(): TierCutoffs {
    return this.cutoffs;
  }

  get evaluations(): IterableIterator<AccountEvaluation> {
    return this.evaluationById.values();
  }

  /** Stores (or clears, with `undefined`) a tier override and re-evaluates the account. */
  overrideTier(accountId: string, entry: TierOverrideEntry | undefined): AccountEvaluation {
    const base = this.baseFactsById.get(accountId);
    if (base === undefined) throw new Error(`No account ${accountId}`);
    this.store.setOverride(accountId, entry);
    this.changes++;
    const updated = this.withOverride(base);
    this.factsById.set(accountId, updated);
    const evaluation = evaluateAccount(updated, this.config, this.cutoffs, this.today);
    this.evaluationById.set(accountId, evaluation);
    this.tierOrder = undefined;
    return evaluation;
  }

  /** A page of the list view: accounts whose name contains `query` (case and accent insensitive), in name order. */
  list(query: string, offset: number, limit: number): { total: number; accounts: AccountRow[] } {
    const needle = fold(query.trim());
    const matching =
      needle === '' ? this.sortedRows() : this.sortedRows().filter((row) => fold(row.Name).includes(needle));
    return { total: matching.length, accounts: matching.slice(offset, offset + limit) };
  }

  private sorted: AccountRow[] | undefined;

  private sortedRows(): AccountRow[] {
    this.sorted ??= [...this.rows].sort((a, b) => a.Name.localeCompare(b.Name, 'fr'));
    return this.sorted;
  }
}

/** The last day of the month `months` away from the month of `date` (snapshots are taken at month ends). */
export function monthEnd(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month + months, 0)).toISOString().slice(0, 10);
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
