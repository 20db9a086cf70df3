/**
 * The local adapter's purchase histories: per account, what the org's RevenueSelector.purchasesThrough aggregates with
 * one grouped SOQL query (MIN/MAX of the purchase day, COUNT_DISTINCT of the day, SUM of the amount) over the won
 * purchases of the last CLV_PURCHASE_HISTORY_MONTHS months through `today` — Opportunities (IsWon, CloseDate, Amount)
 * or activated Orders (EffectiveDate, TotalAmount) depending on the revenue source.
 */
import type { ClvPurchaseSummary, RevenueSource } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import { addMonths, CLV_PURCHASE_HISTORY_MONTHS } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import type { SampleRecord } from './sampleDataRecords';

interface Purchase {
  accountId: string;
  day: string;
  amount: number | undefined;
}

function purchaseOf(record: SampleRecord, source: RevenueSource): Purchase | undefined {
  const fields = record.fields;
  const won =
    source === 'order'
      ? record.objectName === 'Order' && fields.StatusCode === 'Activated'
      : record.objectName === 'Opportunity' && (fields.IsWon === true || fields.StageName === 'Closed Won');
  const day = fields[source === 'order' ? 'EffectiveDate' : 'CloseDate'];
  const amount = fields[source === 'order' ? 'TotalAmount' : 'Amount'];
  if (!won || typeof fields.AccountId !== 'string' || typeof day !== 'string') return undefined;
  return {
    accountId: fields.AccountId,
    day: day.slice(0, 10),
    amount: typeof amount === 'number' ? amount : undefined
  };
}

/** Purchase summary per account that purchased in the window (accounts without purchases are absent, as in the org). */
export function buildSamplePurchaseSummaries(
  recordsByObject: Map<string, SampleRecord[]>,
  source: RevenueSource,
  today: string
): Map<string, ClvPurchaseSummary> {
  // CloseDate >= today − 60 months + 1 day AND CloseDate < today + 1 day.
  const after = addMonths(today, -CLV_PURCHASE_HISTORY_MONTHS);
  const days = new Map<string, Set<string>>();
  const summaries = new Map<string, ClvPurchaseSummary>();
  for (const records of recordsByObject.values()) {
    for (const record of records) {
      const purchase = purchaseOf(record, source);
      if (purchase === undefined || purchase.day <= after || purchase.day > today) continue;
      const summary = summaries.get(purchase.accountId) ?? {
        firstPurchase: purchase.day,
        lastPurchase: purchase.day,
        purchaseDays: 0,
        totalAmount: 0
      };
      if (purchase.day < summary.firstPurchase) summary.firstPurchase = purchase.day;
      if (purchase.day > summary.lastPurchase) summary.lastPurchase = purchase.day;
      // SUM(Amount) ignores null amounts; COUNT_DISTINCT(CloseDate) counts the day even without an amount.
      summary.totalAmount += purchase.amount ?? 0;
      const seen = days.get(purchase.accountId) ?? new Set<string>();
      seen.add(purchase.day);
      days.set(purchase.accountId, seen);
      summary.purchaseDays = seen.size;
      summaries.set(purchase.accountId, summary);
    }
  }
  return summaries;
}
