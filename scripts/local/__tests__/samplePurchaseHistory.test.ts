import type { SampleRecord } from '../sampleDataRecords';
import { buildSamplePurchaseSummaries } from '../samplePurchaseHistory';

const TODAY = '2026-11-30';

function record(objectName: string, referenceId: string, fields: Record<string, unknown>): SampleRecord {
  return { objectName, referenceId, fields };
}

function won(id: string, closeDate: string, amount: number | undefined, stage = 'Closed Won'): SampleRecord {
  return record('Opportunity', id, { AccountId: 'A1', StageName: stage, CloseDate: closeDate, Amount: amount });
}

describe('buildSamplePurchaseSummaries mirrors RevenueSelector.purchasesThrough', () => {
  const records = new Map<string, SampleRecord[]>([
    [
      'Opportunity',
      [
        won('O1', '2022-01-15', 1000),
        won('O2', '2024-06-01', 2000),
        // Same day as O2: one purchase day, both amounts summed.
        won('O3', '2024-06-01', 500),
        won('O4', '2026-11-30', undefined),
        // Outside the window: 60 months back exactly (the window starts the day after), after today, lost.
        won('O5', '2021-11-30', 9000),
        won('O6', '2026-12-01', 9000),
        won('O7', '2025-01-01', 9000, 'Closed Lost'),
        record('Opportunity', 'O8', { AccountId: 'A2', StageName: 'Closed Won', CloseDate: '2026-03-03', Amount: 40 })
      ]
    ],
    [
      'Order',
      [record('Order', 'R1', { AccountId: 'A3', StatusCode: 'Activated', EffectiveDate: '2026-02-02', TotalAmount: 7 })]
    ]
  ]);

  it('takes first and last day, distinct days and the total of the won purchases in the window', () => {
    const summaries = buildSamplePurchaseSummaries(records, 'opportunity', TODAY);
    expect(summaries.get('A1')).toEqual({
      firstPurchase: '2022-01-15',
      lastPurchase: '2026-11-30',
      purchaseDays: 3,
      totalAmount: 3500
    });
    expect(summaries.get('A2')?.purchaseDays).toBe(1);
    expect(summaries.has('A3')).toBe(false);
  });

  it('reads activated Orders for the order revenue source', () => {
    const summaries = buildSamplePurchaseSummaries(records, 'order', TODAY);
    expect([...summaries.keys()]).toEqual(['A3']);
    expect(summaries.get('A3')?.totalAmount).toBe(7);
  });
});
