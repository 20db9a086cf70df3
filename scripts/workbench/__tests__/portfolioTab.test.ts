import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  WhatIfAccountsResponse,
  PortfolioHistoryResponse,
  PortfolioListPage,
  PortfolioListRequest,
  PortfolioObjectivesResponse,
  PortfolioSummaryResponse
} from '../../apexgen/contract/apiTypes';
import type { HandlerContext } from '../apexHandlers';
import { ApexError, EDIT_SETTINGS_PERMISSION, VIEW_PORTFOLIO_PERMISSION, callApex } from '../apexHandlers';
import { WorkbenchPortfolio } from '../portfolio';
import { OWNERS } from '../portfolioTab';
import { WorkbenchStore } from '../store';
import type { WorkbenchUser } from '../users';

const root = join(__dirname, '..', '..', '..');
const labels = { Error_No_Access: 'You do not have access.' };
const manager: WorkbenchUser = {
  key: 'manager',
  id: '005M',
  name: 'Julien Peeters',
  role: 'manager',
  permissionSet: 'Customer_Value_Manager',
  customPermissions: [VIEW_PORTFOLIO_PERMISSION]
};
const sales: WorkbenchUser = { ...manager, key: 'sales', customPermissions: [] };

function request(change: Partial<PortfolioListRequest> = {}): PortfolioListRequest {
  return {
    tiers: [],
    ownerId: '',
    industry: '',
    country: '',
    risk: '',
    flags: [],
    sortBy: 'net_value',
    descending: true,
    pageSize: 50,
    cursorId: '',
    cursorValue: 0,
    backward: false,
    ...change
  };
}

describe('the workbench Portfolio tab answers PortfolioController’s contract', () => {
  let folder: string;
  let portfolio: WorkbenchPortfolio;
  const context = (user: WorkbenchUser = manager): HandlerContext => ({ user, portfolio, labels });
  const list = (change: Partial<PortfolioListRequest> = {}): PortfolioListPage =>
    callApex(
      'PortfolioController',
      'getPortfolioAccounts',
      { request: request(change) },
      context()
    ) as PortfolioListPage;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'wb-portfolio-'));
    portfolio = new WorkbenchPortfolio({ root, syntheticAccounts: 1200, store: new WorkbenchStore(folder) });
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('summarises the whole portfolio: tier counts add up to the accounts, a bounded scatter sample', () => {
    const summary = callApex('PortfolioController', 'getPortfolioSummary', {}, context()) as PortfolioSummaryResponse;
    expect(summary.accounts).toBe(portfolio.size);
    expect(summary.tiers.map((tier) => tier.tier)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(summary.tiers.reduce((sum, tier) => sum + tier.accounts, 0)).toBe(portfolio.size);
    expect(summary.quadrants.reduce((sum, quadrant) => sum + quadrant.accounts, 0)).toBe(portfolio.size);
    expect(summary.kpis.map((kpi) => kpi.kpi)).toHaveLength(12);
    expect(summary.kpis.find((kpi) => kpi.kpi === 'top20_revenue_share')?.exact).toBe(false);
    expect(summary.kpis.find((kpi) => kpi.kpi === 'accounts')?.hasPrevious).toBe(true);
    expect(summary.sample.length).toBeLessThanOrEqual(200);
    for (const tier of ['D1', 'D2', 'D3', 'D4']) {
      expect(summary.sample.filter((point) => point.tier === tier).length).toBeLessThanOrEqual(50);
    }
    expect(summary.revenuePareto.length).toBeGreaterThan(2);
    expect(summary.owners.map((owner) => owner.value).sort()).toEqual(OWNERS.map((owner) => owner.value).sort());
  });

  it("draws the scatter at random: each tier's first 50 accounts by Sample_Key__c, not its first 50 in Id order", () => {
    const summary = callApex('PortfolioController', 'getPortfolioSummary', {}, context()) as PortfolioSummaryResponse;
    for (const tier of ['D1', 'D2', 'D3', 'D4']) {
      const drawn = summary.sample.filter((point) => point.tier === tier).map((point) => point.accountId);
      const byKey = portfolio.idsInTier(tier);
      expect(drawn).toEqual(byKey.slice(0, 50));
      if (byKey.length > 100) expect(drawn).not.toEqual([...byKey].sort().slice(0, 50));
    }
  });

  it('pages a what-if stratum by (Sample_Key__c, Id): every account once, keys ascending, a random first page', () => {
    const admin: WorkbenchUser = { ...manager, key: 'admin', customPermissions: [EDIT_SETTINGS_PERMISSION] };
    const tier = 'D3';
    const read: string[] = [];
    let afterId = '';
    for (let pages = 0; pages < 100; pages++) {
      const page = callApex(
        'ValueSettingsController',
        'getWhatIfAccounts',
        { stratum: tier, afterId, pageSize: 97 },
        context(admin)
      ) as WhatIfAccountsResponse;
      read.push(...page.accounts.map((account) => account.accountId));
      if (page.nextAfterId === '') break;
      afterId = page.nextAfterId;
    }
    const inTier = portfolio.idsInTier(tier);
    expect(inTier.length).toBeGreaterThan(200);
    expect(read).toEqual(inTier);
    expect(new Set(read).size).toBe(read.length);
    const keys = read.map((id) => portfolio.sampleKey(id));
    expect(keys.every((key, i) => key >= 0 && key < 1 && (i === 0 || key >= keys[i - 1]))).toBe(true);
    // The first 97 are spread over the tier's Id order (random), not its first 97 Ids.
    const byId = [...inTier].sort();
    const ranks = read.slice(0, 97).map((id) => byId.indexOf(id));
    expect(Math.max(...ranks)).toBeGreaterThan(inTier.length * 0.8);
    expect(Math.min(...ranks)).toBeLessThan(inTier.length * 0.2);
  });

  it('gives the tier mix of twelve month ends, oldest first', () => {
    const history = callApex('PortfolioController', 'getPortfolioHistory', {}, context()) as PortfolioHistoryResponse;
    expect(history.points).toHaveLength(12);
    const ends = history.points.map((point) => point.periodEnd);
    expect([...ends].sort()).toEqual(ends);
    for (const point of history.points) {
      expect(point.tiers.reduce((sum, tier) => sum + tier.accounts, 0)).toBe(point.accounts);
    }
  });

  it('pages forward then back through every account once, in sort order, without an offset', () => {
    const seen: string[] = [];
    const pages: string[][] = [];
    let page = list({ pageSize: 97 });
    expect(page.hasPrevious).toBe(false);
    expect(page.totalKnown).toBe(true);
    expect(page.total).toBe(portfolio.size);
    for (;;) {
      pages.push(page.rows.map((row) => row.accountId));
      seen.push(...page.rows.map((row) => row.accountId));
      if (!page.hasNext) break;
      const last = page.rows[page.rows.length - 1];
      page = list({ pageSize: 97, cursorId: last.accountId, cursorValue: last.sortValue });
      expect(page.hasPrevious).toBe(true);
    }
    expect(seen).toHaveLength(portfolio.size);
    expect(new Set(seen).size).toBe(portfolio.size);
    const values = seen.map((id) => portfolio.evaluation(id)?.netValue ?? Number.NaN);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
    // Back from the last page: each previous page is the one shown before it.
    let first = page.rows[0];
    for (let index = pages.length - 2; index >= 0; index--) {
      const back = list({ pageSize: 97, cursorId: first.accountId, cursorValue: first.sortValue, backward: true });
      expect(back.rows.map((row) => row.accountId)).toEqual(pages[index]);
      expect(back.hasNext).toBe(true);
      expect(back.hasPrevious).toBe(index > 0);
      first = back.rows[0];
    }
  });

  it('filters by tier, risk, flags and owner, and sorts ascending', () => {
    const d4 = list({ tiers: ['D4'], pageSize: 2000 });
    expect(d4.rows.length).toBeGreaterThan(0);
    expect(d4.rows.every((row) => row.tier === 'D4')).toBe(true);
    expect(d4.total).toBe(d4.rows.length);
    const atRisk = list({ risk: 'at_risk', pageSize: 2000 });
    expect(atRisk.rows.length).toBeGreaterThan(0);
    expect(atRisk.rows.every((row) => row.flags.includes('at_risk'))).toBe(true);
    expect(atRisk.totalKnown).toBe(false);
    const strategic = list({ flags: ['strategic'], sortBy: 'churn', descending: false, pageSize: 2000 });
    expect(strategic.rows.every((row) => row.flags.includes('strategic'))).toBe(true);
    const churn = strategic.rows.map((row) => row.churnProbability);
    expect([...churn].sort((a, b) => a - b)).toEqual(churn);
    const owned = list({ ownerId: OWNERS[1].value, pageSize: 2000 });
    expect(owned.rows.length).toBeGreaterThan(0);
    expect(owned.rows.every((row) => row.ownerName === OWNERS[1].text)).toBe(true);
  });

  it('measures each stand-in objective on its owner’s accounts with the engine’s pace: two will miss the year', () => {
    const response = callApex(
      'PortfolioController',
      'getPortfolioObjectives',
      {},
      context()
    ) as PortfolioObjectivesResponse;
    expect(response.year).toBe(Number(portfolio.today.slice(0, 4)));
    expect(response.objectives).toHaveLength(OWNERS.length);
    expect(response.objectives.filter((objective) => objective.willMiss)).toHaveLength(2);
    for (const objective of response.objectives) {
      expect(objective.measures.map((measure) => measure.measure)).toContain('customers_retained');
      for (const measure of objective.measures) expect(measure.willMiss).toBe(measure.projected < measure.target);
    }
    expect(() => callApex('PortfolioController', 'getPortfolioObjectives', {}, context(sales))).toThrow(ApexError);
  });

  it('refuses a sales rep, an unknown sort key and an unknown flag', () => {
    expect(() => callApex('PortfolioController', 'getPortfolioSummary', {}, context(sales))).toThrow(ApexError);
    expect(() => list({ sortBy: 'Name; DELETE' })).toThrow(/Unknown sort or filter key/);
    expect(() => list({ flags: ['vip'] })).toThrow(/Unknown sort or filter key/);
  });
});
