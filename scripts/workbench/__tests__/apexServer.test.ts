import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountValueResponse, ValueHistoryResponse } from '../../apexgen/contract/apiTypes';
import type { HandlerContext } from '../apexHandlers';
import { ApexError, OVERRIDE_TIER_PERMISSION, callApex } from '../apexHandlers';
import { monthEnd, WorkbenchPortfolio } from '../portfolio';
import { WorkbenchStore } from '../store';
import type { WorkbenchUser } from '../users';

const root = join(__dirname, '..', '..', '..');
const labels = { Error_No_Access: 'You do not have access.', Error_Override_Reason_Required: 'Give a reason.' };
const manager: WorkbenchUser = {
  key: 'manager',
  id: '005M',
  name: 'Julien Peeters',
  role: 'manager',
  permissionSet: 'Customer_Value_Manager',
  customPermissions: [OVERRIDE_TIER_PERMISSION]
};
const sales: WorkbenchUser = { ...manager, key: 'sales', id: '005S', name: 'Camille Laurent', customPermissions: [] };

describe('the local server answers the contract from the sample data and the engine', () => {
  let folder: string;
  let portfolio: WorkbenchPortfolio;
  const context = (user: WorkbenchUser): HandlerContext => ({ user, portfolio, labels });

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'wb-server-'));
    portfolio = new WorkbenchPortfolio({ root, syntheticAccounts: 0, store: new WorkbenchStore(folder) });
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives an account its stored and live value, with a breakdown adding up to the score', () => {
    const value = callApex(
      'CustomerValueController',
      'getAccountValue',
      { accountId: 'AccountRef1' },
      context(sales)
    ) as AccountValueResponse;
    expect(value.stored.scored).toBe(true);
    expect(value.stored.result.tier).toMatch(/^D[1-4]$/);
    const points = value.components.reduce((sum, line) => sum + line.points, 0);
    expect(points).toBeCloseTo(value.live.score, 6);
  });

  it('gives twelve month-end snapshots, oldest first', () => {
    const history = callApex(
      'CustomerValueController',
      'getValueHistory',
      { accountId: 'AccountRef1' },
      context(sales)
    ) as ValueHistoryResponse;
    expect(history.points.map((point) => point.periodEnd)).toEqual(
      Array.from({ length: 12 }, (_, index) => monthEnd(portfolio.today, index - 11))
    );
    expect(monthEnd('2026-11-30', -9)).toBe('2026-02-28');
  });

  it('lets a manager override a tier, kept by the store across a restart, and refuses a sales rep', () => {
    callApex(
      'CustomerValueController',
      'overrideTier',
      { accountId: 'AccountRef2', tier: 'D4', reason: ' Key account lost ' },
      context(manager)
    );
    const restarted = new WorkbenchPortfolio({ root, syntheticAccounts: 0, store: new WorkbenchStore(folder) });
    const stored = restarted.stored('AccountRef2');
    expect(stored.result.tier).toBe('D4');
    expect(stored.result.tierOverridden).toBe(true);
    expect(stored.tierOverride).toMatchObject({
      active: true,
      tier: 'D4',
      reason: 'Key account lost',
      overriddenBy: 'Julien Peeters'
    });
    expect(() =>
      callApex(
        'CustomerValueController',
        'overrideTier',
        { accountId: 'AccountRef2', tier: 'D1', reason: 'x' },
        context(sales)
      )
    ).toThrow(new ApexError(403, 'You do not have access.'));
    expect(() =>
      callApex(
        'CustomerValueController',
        'overrideTier',
        { accountId: 'AccountRef2', tier: 'D1', reason: '  ' },
        context(manager)
      )
    ).toThrow('Give a reason.');
  });

  it('refuses an unknown account and an unknown method as the org would', () => {
    expect(() => callApex('CustomerValueController', 'getAccountValue', { accountId: 'Nope' }, context(sales))).toThrow(
      'You do not have access.'
    );
    expect(() => callApex('CustomerValueController', 'deleteEverything', {}, context(manager))).toThrow(
      'No Apex method CustomerValueController.deleteEverything'
    );
  });

  it('adds a seeded synthetic portfolio that is the same on every start', () => {
    const store = new WorkbenchStore(join(folder, 'synthetic'));
    const first = new WorkbenchPortfolio({ root, syntheticAccounts: 500, store });
    const second = new WorkbenchPortfolio({ root, syntheticAccounts: 500, store });
    expect(first.size).toBe(portfolio.size + 500);
    expect(first.list('', 0, 5).accounts).toEqual(second.list('', 0, 5).accounts);
    expect(first.stored('AccountSyn000500').result).toEqual(second.stored('AccountSyn000500').result);
    expect(new Set(first.rows.slice(-500).map((row) => row.BillingCountry))).toEqual(new Set(['France', 'Belgium']));
  });
});
