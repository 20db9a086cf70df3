import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountValueResponse } from '../../apexgen/contract/apiTypes';
import { buildSamplePurchaseSummaries } from '../../local/samplePurchaseHistory';
import { readSampleRecords } from '../../local/sampleDataRecords';
import { callApex } from '../apexHandlers';
import type { StoredClv } from '../clv';
import { WorkbenchClv } from '../clv';
import { WorkbenchPortfolio } from '../portfolio';
import { WorkbenchStore } from '../store';
import type { WorkbenchUser } from '../users';

const root = join(__dirname, '..', '..', '..');
const user: WorkbenchUser = {
  key: 'sales',
  id: '005S',
  name: 'Camille Laurent',
  role: 'sales',
  permissionSet: 'Customer_Value_Manager',
  customPermissions: []
};

/** What is wrong with a stored prediction of a customer with a long order history (empty when nothing). */
function predictionProblems(stored: StoredClv): string[] {
  const problems: string[] = [];
  const alive = stored.probabilityAlive;
  if (!(Number.isFinite(alive) && alive > 0 && alive < 1)) problems.push(`P(alive) ${alive}`);
  if (!stored.clvKnown) problems.push('CLV unknown');
  if (!(stored.clvLower <= stored.clv && stored.clv <= stored.clvUpper)) {
    problems.push(`interval ${stored.clvLower} ≤ ${stored.clv} ≤ ${stored.clvUpper}`);
  }
  if (!(stored.clv > 0)) problems.push(`CLV ${stored.clv}`);
  return problems;
}

describe("the workbench's stored run predicts P(alive) and CLV from the sample purchase history", () => {
  let folder: string;
  let portfolio: WorkbenchPortfolio;
  const records = readSampleRecords(join(root, 'data', 'sample-plan.json'));

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'wb-clv-'));
    portfolio = new WorkbenchPortfolio({ root, syntheticAccounts: 3, store: new WorkbenchStore(folder) });
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives the account with the longest order history a finite P(alive) and a CLV inside its interval', () => {
    const summaries = buildSamplePurchaseSummaries(records, portfolio.config.settings.revenueSource, portfolio.today);
    const [longest] = [...summaries.entries()].sort((a, b) => b[1].purchaseDays - a[1].purchaseDays)[0];
    expect(summaries.get(longest)?.purchaseDays).toBeGreaterThanOrEqual(5);
    const value = callApex(
      'CustomerValueController',
      'getAccountValue',
      { accountId: longest },
      { user, portfolio, labels: {} }
    ) as AccountValueResponse;
    expect(predictionProblems(value.stored)).toEqual([]);
  });

  it('flags an account without purchases (the broken fixture the check must reject)', () => {
    const clv = new WorkbenchClv(portfolio.config, new Map(), portfolio.today);
    expect(predictionProblems(clv.forAccount('AccountRef1'))).toContain('CLV unknown');
  });

  it("gives a synthetic account its template's prediction", () => {
    const synthetic = portfolio.rows.find((row) => !row.Id.startsWith('AccountRef'));
    expect(synthetic).toBeDefined();
    const stored = portfolio.stored(synthetic?.Id ?? '');
    expect(stored.clvKnown).toBe(true);
    expect(predictionProblems(stored)).toEqual([]);
  });
});
