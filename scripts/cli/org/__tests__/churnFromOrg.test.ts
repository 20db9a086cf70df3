/** `cvp churn train --target-org`: the documented training set pulled from the fake org, then the trainer on it. */
import { join } from 'node:path';
import { configFromCustomMetadata } from '../../../local/configFromCustomMetadata';
import { readSampleRecords } from '../../../local/sampleDataRecords';
import { buildSampleFacts } from '../../../local/sampleDataFacts';
import { revenueTrend } from '../../../../force-app/main/default/lwc/valueEngine/earlyWarning';
import { churnQueries } from '../churnFromOrg';
import type { Kit } from './orgTestKit';
import { startKit } from './orgTestKit';

const root = join(__dirname, '../../../..');
const FACTS = buildSampleFacts(
  readSampleRecords(join(root, 'data/sample-plan.json')),
  configFromCustomMetadata(join(root, 'force-app/main/default/customMetadata')),
  '2025-11-30'
);

function csvQuoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

describe('cvp churn train --target-org', () => {
  let kit: Kit;
  beforeEach(async () => {
    kit = await startKit();
  });
  afterEach(async () => {
    await kit.org.stop();
  });

  it('pulls the snapshots a window ago, labels former customers, and trains on the engine features', async () => {
    // the 15 accounts whose revenue fell most stopped buying; one more left through a closed separation
    const byTrend = [...FACTS].sort(
      (a, b) =>
        revenueTrend(a.revenueCurrent ?? 0, a.revenuePrevious ?? 0) -
        revenueTrend(b.revenueCurrent ?? 0, b.revenuePrevious ?? 0)
    );
    const lapsed = new Set(byTrend.slice(0, 15).map((f) => String(f.accountId)));
    const buyers = FACTS.map((f) => String(f.accountId)).filter((id) => !lapsed.has(id));
    const separatedAccount = buyers[0];
    kit.org.bulkAnswer = (soql) => {
      if (soql.includes('FROM Value_Snapshot__c')) {
        const rows = FACTS.map((f) =>
          [csvQuoted(String(f.accountId)), '"2025-11-30"', csvQuoted(JSON.stringify(f))].join(',')
        );
        rows.push('"BROKEN","2025-11-30","{not json"');
        return { header: '"Account__c","Period_End__c","Facts_Json__c"', rows };
      }
      return { header: '"AccountId"', rows: buyers.map((id) => `"${id}"`) };
    };
    kit.org.restQuery = (soql) => (soql.includes('FROM Separation_Plan__c') ? [{ Account__c: separatedAccount }] : []);
    const result = await kit.run('churn', 'train', '--target-org', 'cvp', '--folds', '4');
    expect(result.code).toBe(0);
    const [snapshots, separated, orders] = churnQueries('2025-12-07', '2025-11-07', 'orders');
    const bulk = kit.org
      .requestsTo('POST', /\/jobs\/query$/)
      .map((r) => (JSON.parse(r.body) as { query: string }).query);
    expect(bulk).toEqual([snapshots, orders]);
    expect(snapshots).toContain('Period_End__c > 2025-11-07 AND Period_End__c <= 2025-12-07');
    expect(orders).toBe("SELECT AccountId FROM Order WHERE StatusCode = 'Activated' AND EffectiveDate > 2025-12-07");
    expect(kit.org.requestsTo('GET', /\/query$/).map((r) => r.query.get('q'))).toEqual([separated]);
    expect(result.stderr).toContain(
      `cvp: ${FACTS.length + 1} accounts were customers on 2025-12-07 (snapshots), 16 of them former customers today; 1 snapshots with unreadable facts left out`
    );
    expect(result.stdout).toContain(`on ${FACTS.length} rows, 16 positive`);
    expect(result.stdout).toContain('revenue_trend');
    expect(result.stdout).toContain('Cross-validated AUC (4 stratified folds)');
  });

  it('refuses --csv with --target-org and a bad --window (exit 2)', async () => {
    expect((await kit.run('churn', 'train', '--target-org', 'cvp', '--csv', 'x.csv')).code).toBe(2);
    const window = await kit.run('churn', 'train', '--target-org', 'cvp', '--window', '0');
    expect(window.code).toBe(2);
    expect(window.stderr).toContain('--window: "0" is not valid');
    expect(kit.org.requests).toHaveLength(0);
  });
});
