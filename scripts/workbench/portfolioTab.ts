/**
 * The workbench's side of the Portfolio tab (PortfolioController in the org): the summary the scoring run's portfolio
 * snapshot holds (the engine's `summarizePortfolio` of the whole workbench portfolio, as the batch stores it), the tier
 * mix of the 12 month-end runs, and the drill-down list with the same keyset paging as the org's SOQL (sort value,
 * then Id; no offset). Sorted indexes are built once per sort key and rebuilt after an override.
 */
import type {
  FilterOption,
  MatrixPoint,
  PortfolioAccountRow,
  PortfolioHistoryPoint,
  PortfolioHistoryResponse,
  ObjectiveProgressView,
  PortfolioKpi,
  PortfolioListPage,
  PortfolioListRequest,
  PortfolioObjectivesResponse,
  PortfolioSummaryResponse,
  TierSummary
} from '../apexgen/contract/apiTypes';
import type { AccountEvaluation } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import {
  addEvaluationToAggregate,
  emptyPortfolioAggregateFor,
  objectiveActualsOf,
  objectivePace,
  summarizePortfolio,
  TIER_VALUES
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import { monthEnd } from './portfolio';
import type { AccountRow, WorkbenchPortfolio } from './portfolio';

/** As PortfolioController: accounts per tier in the scatter, months of the tier mix, largest page. */
export const MATRIX_SAMPLE_PER_TIER = 50;
export const HISTORY_MONTHS = 12;
export const MAX_PAGE_SIZE = 2000;
/** As PortfolioSummaryMapper.SKETCH_ERROR_BOUND (docs/ENGINE.md, "Portfolio aggregate and sketch"). */
export const SKETCH_ERROR_BOUND = 0.01;

/** Account owners of the workbench (the org reads Account.OwnerId): the two users who own accounts, and two reps. */
export const OWNERS: readonly FilterOption[] = [
  { value: '005WB0000000001', text: 'Camille Laurent' },
  { value: '005WB0000000002', text: 'Julien Peeters' },
  { value: '005WB0000000004', text: 'Sophie Martin' },
  { value: '005WB0000000005', text: 'Lucas Janssens' }
];

/**
 * The workbench's stand-in retention objectives (the sample data holds none): one per owner, its targets this share of
 * what the owner's accounts reach now — two will miss the year, two are on pace. Actuals and pace are the engine's.
 */
export const STAND_IN_OBJECTIVE_FACTORS: readonly number[] = [0.9, 1.05, 1.2, 0.95];

const SORT_KEYS: Record<string, (evaluation: AccountEvaluation) => number> = {
  score: (evaluation) => evaluation.score,
  net_value: (evaluation) => evaluation.netValue,
  cost_to_serve: (evaluation) => evaluation.costToServe,
  churn: (evaluation) => evaluation.churnProbability
};
const LIST_FLAGS = ['most_valued_customer', 'high_potential', 'at_risk', 'strategic', 'data_incomplete'];

/** The owner of an account: a stable pick from its Id. */
export function ownerOf(accountId: string): FilterOption {
  let hash = 0;
  for (let i = 0; i < accountId.length; i++) hash = (hash * 31 + accountId.charCodeAt(i)) >>> 0;
  return OWNERS[hash % OWNERS.length];
}

function compareKeys(valueA: number, idA: string, valueB: number, idB: string): number {
  if (valueA !== valueB) return valueA < valueB ? -1 : 1;
  if (idA === idB) return 0;
  return idA < idB ? -1 : 1;
}

/** What the list reads of an account, gathered once. */
interface ListEntry {
  id: string;
  evaluation: AccountEvaluation;
  row: AccountRow;
  owner: FilterOption;
}

interface SortedIndex {
  entries: ListEntry[];
  values: Float64Array;
}

export class PortfolioTab {
  private version = -1;
  private summary?: PortfolioSummaryResponse;
  private readonly indexes = new Map<string, SortedIndex>();
  private entries?: ListEntry[];
  private historyPoints?: PortfolioHistoryPoint[];
  private previousMonth?: { accounts: number; netValue: number; valueDestroyingShare: number };

  constructor(private readonly portfolio: WorkbenchPortfolio) {}

  private refresh(): void {
    if (this.version === this.portfolio.version) return;
    this.version = this.portfolio.version;
    this.summary = undefined;
    this.entries = undefined;
    this.indexes.clear();
  }

  summaryView(): PortfolioSummaryResponse {
    this.refresh();
    this.summary ??= this.buildSummary();
    return this.summary;
  }

  private buildSummary(): PortfolioSummaryResponse {
    const { portfolio } = this;
    const aggregate = emptyPortfolioAggregateFor(portfolio.config);
    const perTier = new Map<string, MatrixPoint[]>(TIER_VALUES.map((tier) => [tier, []]));
    const industries = new Set<string>();
    const countries = new Set<string>();
    for (const evaluation of portfolio.evaluations) addEvaluationToAggregate(aggregate, evaluation);
    // The scatter's sample as the org reads it: each tier's first accounts by sample key (Sample_Key__c, then Id), a
    // simple random sample of the tier.
    for (const id of portfolio.accountIds()) {
      const row = portfolio.row(id);
      if (row === undefined) continue;
      if (row.Industry) industries.add(row.Industry);
      if (row.BillingCountry) countries.add(row.BillingCountry);
    }
    for (const tier of TIER_VALUES) {
      const points = perTier.get(tier) ?? [];
      for (const id of portfolio.idsInTier(tier)) {
        if (points.length >= MATRIX_SAMPLE_PER_TIER) break;
        const evaluation = portfolio.evaluation(id);
        const row = portfolio.row(id);
        if (evaluation === undefined || row === undefined) continue;
        points.push({
          accountId: id,
          name: row.Name,
          tier: evaluation.tier,
          grossMargin: evaluation.grossMargin,
          costToServe: evaluation.costToServe,
          netValue: evaluation.netValue
        });
      }
    }
    const summary = summarizePortfolio(aggregate);
    this.historyView();
    const previous = this.previousMonth;
    const kpi = (key: string, unit: string, value: number, exact: boolean, previousValue?: number): PortfolioKpi => ({
      kpi: key,
      unit,
      value,
      exact,
      hasPrevious: previousValue !== undefined,
      previous: previousValue ?? 0
    });
    const kpis: PortfolioKpi[] = [
      kpi('accounts', 'count', summary.count, true, previous?.accounts),
      kpi('revenue', 'money', summary.revenue, true),
      kpi('net_value', 'money', summary.netValue, true, previous?.netValue),
      kpi('value_destroying_share', 'share', summary.valueDestroyingShare, true, previous?.valueDestroyingShare),
      kpi('top20_revenue_share', 'share', summary.top20RevenueShare, false),
      kpi('gini_revenue', 'index', summary.revenueGini, false),
      kpi('strategic_share', 'share', summary.strategicShare, true),
      kpi('homogeneity', 'index', summary.homogeneity, true),
      kpi('target_coherence', 'share', summary.targetCoherence, true),
      kpi('retention_rate', 'share', summary.retentionRate, true),
      kpi('net_revenue_retention', 'share', summary.netRevenueRetention, true),
      kpi('gross_revenue_retention', 'share', summary.grossRevenueRetention, true)
    ];
    const option = (value: string): FilterOption => ({ value, text: value });
    return {
      asOf: portfolio.today,
      accounts: summary.count,
      totalNetValue: summary.netValue,
      gini: summary.netValueGini,
      kpis,
      tiers: summary.tiers.map((tier) => ({
        tier: tier.tier,
        accounts: tier.count,
        revenue: tier.revenue,
        netValue: tier.netValue
      })),
      quadrants: summary.quadrants.map((quadrant) => ({ quadrant: quadrant.quadrant, accounts: quadrant.count })),
      valueThreshold: aggregate.valueThreshold,
      costThreshold: aggregate.costThreshold,
      revenuePareto: summary.revenuePareto.map((point) => ({ ...point })),
      netValuePareto: summary.netValuePareto.map((point) => ({ ...point })),
      sample: TIER_VALUES.flatMap((tier) => perTier.get(tier) ?? []),
      sketchErrorBound: SKETCH_ERROR_BOUND,
      owners: [...OWNERS].sort((a, b) => a.text.localeCompare(b.text)),
      industries: [...industries].sort().map(option),
      countries: [...countries].sort().map(option)
    };
  }

  /** The month-end runs: each account's month-end point (a synthetic account's is its template's, scaled). */
  historyView(): PortfolioHistoryResponse {
    this.historyPoints ??= this.buildHistory();
    return { points: this.historyPoints };
  }

  private buildHistory(): PortfolioHistoryPoint[] {
    const ends: string[] = [];
    const months: { accounts: number; netValue: number; destroying: number; tiers: Map<string, TierSummary> }[] = [];
    for (let back = HISTORY_MONTHS - 1; back >= 0; back--) {
      ends.push(monthEnd(this.portfolio.today, -back));
      months.push({
        accounts: 0,
        netValue: 0,
        destroying: 0,
        tiers: new Map(TIER_VALUES.map((tier) => [tier, { tier, accounts: 0, revenue: 0, netValue: 0 }]))
      });
    }
    const monthIndex = new Map(ends.map((end, index) => [end, index]));
    for (const id of this.portfolio.accountIds()) {
      const { points, scale } = this.portfolio.historyBasis(id);
      for (const point of points) {
        const month = months[monthIndex.get(point.periodEnd) ?? -1] as (typeof months)[number] | undefined;
        const tier = month?.tiers.get(point.tier);
        if (month === undefined || tier === undefined) continue;
        const netValue = point.netValue * scale;
        month.accounts++;
        month.netValue += netValue;
        if (netValue < 0) month.destroying++;
        tier.accounts++;
        tier.netValue += netValue;
      }
    }
    // The previous month's figures the KPI tiles compare with: accounts, net value, value-destroying share.
    const previous = months[months.length - 2] as (typeof months)[number] | undefined;
    if (previous !== undefined && previous.accounts > 0) {
      this.previousMonth = {
        accounts: previous.accounts,
        netValue: previous.netValue,
        valueDestroyingShare: previous.destroying / previous.accounts
      };
    }
    return months
      .map((month, index) => ({
        periodEnd: ends[index],
        accounts: month.accounts,
        netValue: month.netValue,
        tiers: [...month.tiers.values()]
      }))
      .filter((month) => month.accounts > 0);
  }

  /** The year's objectives of the stand-in owners, measured on their accounts as the scoring job measures them. */
  objectivesView(): PortfolioObjectivesResponse {
    const { portfolio } = this;
    const year = Number(portfolio.today.slice(0, 4));
    const aggregates = new Map(OWNERS.map((owner) => [owner.value, emptyPortfolioAggregateFor(portfolio.config)]));
    for (const entry of this.listEntries()) {
      const aggregate = aggregates.get(entry.owner.value);
      if (aggregate !== undefined) addEvaluationToAggregate(aggregate, entry.evaluation);
    }
    const objectives: ObjectiveProgressView[] = OWNERS.map((owner, index) => {
      const factor = STAND_IN_OBJECTIVE_FACTORS[index % STAND_IN_OBJECTIVE_FACTORS.length];
      const actual = objectiveActualsOf(aggregates.get(owner.value) ?? emptyPortfolioAggregateFor(portfolio.config));
      const pace = objectivePace({
        year,
        today: portfolio.today,
        targets: {
          customersRetained: Math.round(actual.customersRetained * factor),
          existingRevenue: Math.round(actual.existingRevenue * factor),
          upsellRevenue: Math.round(actual.upsellRevenue * factor),
          retentionRate: Math.min(1, Math.round(actual.retentionRate * factor * 100) / 100)
        },
        actual
      });
      return {
        objectiveId: `RO-${String(index + 1)}`,
        name: `RO-${String(year)}-${String(index + 1).padStart(3, '0')}`,
        holder: owner.text,
        paceStatus: pace.status,
        willMiss: pace.willMiss,
        lastComputedAt: `${portfolio.today}T02:00:00Z`,
        measures: pace.measures.map((measure) => ({ ...measure }))
      };
    });
    return { year, objectives };
  }

  private listEntries(): ListEntry[] {
    this.refresh();
    if (this.entries === undefined) {
      const entries: ListEntry[] = [];
      for (const evaluation of this.portfolio.evaluations) {
        const row = this.portfolio.row(evaluation.accountId);
        if (row !== undefined) {
          entries.push({ id: evaluation.accountId, evaluation, row, owner: ownerOf(evaluation.accountId) });
        }
      }
      this.entries = entries;
    }
    return this.entries;
  }

  private index(sortBy: string): SortedIndex {
    const all = this.listEntries();
    let index = this.indexes.get(sortBy);
    if (index === undefined) {
      const key = SORT_KEYS[sortBy];
      const keyed = all.map((entry) => ({ entry, value: key(entry.evaluation) }));
      keyed.sort((a, b) => compareKeys(a.value, a.entry.id, b.value, b.entry.id));
      index = { entries: keyed.map((each) => each.entry), values: Float64Array.from(keyed.map((each) => each.value)) };
      this.indexes.set(sortBy, index);
    }
    return index;
  }

  /** A page after (or before) the cursor, as PortfolioAccountSelector.page reads it. */
  listPage(request: PortfolioListRequest): PortfolioListPage {
    if (!(request.sortBy in SORT_KEYS)) throw new Error(`Unknown sort or filter key: ${request.sortBy}`);
    for (const flag of request.flags) {
      if (!LIST_FLAGS.includes(flag)) throw new Error(`Unknown sort or filter key: ${flag}`);
    }
    const pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, Math.trunc(request.pageSize) || 50));
    const { entries, values } = this.index(request.sortBy);
    const ascendingScan = request.descending === request.backward;
    const hasCursor = request.cursorId !== '';
    // First position strictly after (ascending scan) or before (descending scan) the cursor.
    let low = 0;
    let high = entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareKeys(values[middle], entries[middle].id, request.cursorValue, request.cursorId) <= 0) low = middle + 1;
      else high = middle;
    }
    let position: number;
    if (ascendingScan) position = hasCursor ? low : 0;
    else {
      position = hasCursor ? low - 1 : entries.length - 1;
      if (hasCursor && position >= 0 && entries[position].id === request.cursorId) position--;
    }
    const step = ascendingScan ? 1 : -1;
    const tiers = new Set(request.tiers);
    const scanned: PortfolioAccountRow[] = [];
    for (let i = position; i >= 0 && i < entries.length && scanned.length <= pageSize; i += step) {
      const row = rowIfMatching(entries[i], request, tiers, values[i]);
      if (row !== undefined) scanned.push(row);
    }
    const more = scanned.length > pageSize;
    const rows = scanned.slice(0, pageSize);
    if (request.backward) rows.reverse();
    const totalKnown =
      request.ownerId === '' &&
      request.industry === '' &&
      request.country === '' &&
      request.risk === '' &&
      request.flags.length === 0;
    let total = 0;
    if (totalKnown) {
      for (const tier of this.summaryView().tiers) if (tiers.size === 0 || tiers.has(tier.tier)) total += tier.accounts;
    }
    return {
      rows,
      hasNext: request.backward ? hasCursor : more,
      hasPrevious: request.backward ? more : hasCursor,
      totalKnown,
      total
    };
  }
}

function rowIfMatching(
  entry: ListEntry,
  request: PortfolioListRequest,
  tiers: ReadonlySet<string>,
  sortValue: number
): PortfolioAccountRow | undefined {
  const { evaluation, row: account, owner } = entry;
  if (tiers.size > 0 && !tiers.has(evaluation.tier)) return undefined;
  if (request.ownerId !== '' && owner.value !== request.ownerId) return undefined;
  if (request.industry !== '' && account.Industry !== request.industry) return undefined;
  if (request.country !== '' && account.BillingCountry !== request.country) return undefined;
  const flags: string[] = evaluation.flags;
  if (request.risk !== '' && flags.includes('at_risk') !== (request.risk === 'at_risk')) return undefined;
  if (!request.flags.every((flag) => flags.includes(flag))) return undefined;
  return {
    accountId: entry.id,
    name: account.Name,
    ownerName: owner.text,
    industry: account.Industry ?? '',
    country: account.BillingCountry ?? '',
    tier: evaluation.tier,
    score: evaluation.score,
    netValue: evaluation.netValue,
    costToServe: evaluation.costToServe,
    churnProbability: evaluation.churnProbability,
    flags: [...flags],
    sortValue
  };
}

/** Builds what the Portfolio tab reads first (summary, tier mix, the default sort), as the scoring run's snapshot. */
export function warmPortfolioTab(tab: PortfolioTab): void {
  tab.summaryView();
  tab.historyView();
  tab.listPage({
    tiers: [],
    ownerId: '',
    industry: '',
    country: '',
    risk: '',
    flags: [],
    sortBy: 'churn',
    descending: true,
    pageSize: 1,
    cursorId: '',
    cursorValue: 0,
    backward: false
  });
}
