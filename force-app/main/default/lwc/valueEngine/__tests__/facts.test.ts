import type { AccountFacts } from '../valueEngine';
import { INVALID_DAY_NUMBER, prepareFacts, prepareFactsInto } from '../valueEngine';

function findingsOf(facts: AccountFacts): string[] {
  return prepareFacts(facts).findings.map((finding) => `${finding.accountId}/${finding.field}:${finding.problem}`);
}

describe('facts', () => {
  it('keeps clean facts as they are, with no finding', () => {
    const prepared = prepareFacts({ accountId: 'A1', revenueCurrent: 1000, revenuePrevious: 800, satisfaction: 8 });
    expect(prepared.revenueCurrent).toBe(1000);
    expect(prepared.satisfaction).toBe(8);
    expect(prepared.findings).toEqual([]);
  });

  it('reports missing required fields and falls back to zero revenue', () => {
    const prepared = prepareFacts({});
    expect(prepared.revenueCurrent).toBe(0);
    expect(findingsOf({})).toEqual(['/accountId:missing', '/revenueCurrent:missing', '/revenuePrevious:missing']);
  });

  it('flags negative, NaN and infinite amounts with the field and the account', () => {
    expect(
      findingsOf({
        accountId: 'A2',
        revenueCurrent: -5,
        revenuePrevious: Number.NaN,
        weightedPipeline: Number.POSITIVE_INFINITY
      })
    ).toEqual(['A2/revenueCurrent:negative', 'A2/revenuePrevious:not_finite', 'A2/weightedPipeline:not_finite']);
    const prepared = prepareFacts({ accountId: 'A2', revenueCurrent: -5, revenuePrevious: Number.NaN });
    expect(prepared.revenueCurrent).toBe(0);
    expect(prepared.revenuePrevious).toBe(0);
  });

  it('flags absurd values: a payment delay over ten years and a margin rate above 100 %', () => {
    const facts: AccountFacts = {
      accountId: 'A3',
      revenueCurrent: 1,
      revenuePrevious: 1,
      maxPaymentDelayDays: 4000,
      marginRateOverride: 1.4,
      satisfaction: 11,
      promoterScore: 42
    };
    expect(findingsOf(facts)).toEqual([
      'A3/maxPaymentDelayDays:absurd',
      'A3/marginRateOverride:absurd',
      'A3/promoterScore:absurd',
      'A3/satisfaction:absurd'
    ]);
    const prepared = prepareFacts(facts);
    expect(prepared.paymentDelayAbsurd).toBe(true);
    expect(prepared.marginRateOverride).toBe(-1);
    expect(prepared.satisfaction).toBe(-1);
  });

  it('rejects invalid dates, contract types and tier overrides', () => {
    const facts: AccountFacts = {
      accountId: 'A4',
      revenueCurrent: 1,
      revenuePrevious: 1,
      lastOrderDate: '2024-02-30',
      contractType: 'lease',
      tierOverride: 'D9'
    };
    expect(findingsOf(facts)).toEqual([
      'A4/contractType:invalid_value',
      'A4/tierOverride:invalid_value',
      'A4/lastOrderDate:invalid_date'
    ]);
    const prepared = prepareFacts(facts);
    expect(prepared.lastOrderDate).toBe('');
    expect(prepared.contractType).toBe('any');
    expect(prepared.tierOverride).toBe('');
  });

  it('takes dates as day numbers over their text, and reports day numbers that are no date', () => {
    const facts: AccountFacts = {
      accountId: 'A7',
      revenueCurrent: 1,
      revenuePrevious: 1,
      lastOrderDate: 'shown only',
      lastOrderDay: 20179,
      relationshipStartDay: -354286,
      contractEndDate: '2025-09-30',
      contractEndDay: 20361.5,
      lastContactDay: 2932896
    };
    const prepared = prepareFacts(facts);
    expect(prepared.lastOrderDay).toBe(20179);
    expect(prepared.lastOrderDate).toBe('shown only');
    expect(prepared.relationshipStartDay).toBe(INVALID_DAY_NUMBER);
    expect(prepared.contractEndDay).toBe(INVALID_DAY_NUMBER);
    expect(prepared.contractEndDate).toBe('');
    expect(findingsOf(facts)).toEqual(['A7/relationshipStartDate:invalid_date', 'A7/contractEndDate:invalid_date']);
    expect(prepareFacts({ ...facts, relationshipStartDay: -354285 }).relationshipStartDay).toBe(-354285);
    expect(prepareFacts({ accountId: 'A8', lastOrderDate: '2025-04-01' }).lastOrderDay).toBe(20179);
  });

  it('prepares into a used record exactly as into a new one, without touching the findings it held', () => {
    const target = prepareFacts({ accountId: 'A9', revenueCurrent: Number.NaN, lastOrderDate: 'x' });
    const heldFindings = target.findings;
    const facts: AccountFacts = { accountId: 'A1', revenueCurrent: 1000, revenuePrevious: 800, satisfaction: 8 };
    prepareFactsInto(target, facts);
    expect(target).toEqual(prepareFacts(facts));
    expect(heldFindings).toHaveLength(3);
  });

  it('accepts valid contract types and overrides', () => {
    const prepared = prepareFacts({
      accountId: 'A5',
      revenueCurrent: 1,
      revenuePrevious: 1,
      contractType: 'framework',
      tierOverride: 'D2'
    });
    expect(prepared.contractType).toBe('framework');
    expect(prepared.tierOverride).toBe('D2');
    expect(prepareFacts(undefined as unknown as AccountFacts).accountId).toBe('');
  });
});
