import {
  computeNotice,
  defaultConfig,
  fallbackNoticePolicy,
  findNoticePolicy,
  isPartialRupture,
  policyNoticeMonths
} from '../valueEngine';
import type { NoticePolicy } from '../valueEngine';

const policies = defaultConfig().noticePolicies;
const france = policies[0];

describe('notice', () => {
  it('picks the most specific policy for country and contract type', () => {
    const subscriptionFr: NoticePolicy = {
      ...france,
      name: 'FR_Subscription',
      contractType: 'subscription',
      basis: 'fixed',
      fixedMonths: 3
    };
    const all = [...policies, subscriptionFr];
    expect(findNoticePolicy(all, 'FR', 'subscription').name).toBe('FR_Subscription');
    expect(findNoticePolicy(all, 'FR', 'framework').name).toBe('France_Default');
    expect(findNoticePolicy(all, 'DE', 'subscription').name).toBe('Default');
    expect(findNoticePolicy([], 'DE', 'any').capMonths).toBe(12);
    expect(fallbackNoticePolicy().name).toBe('');
  });

  it('gives one month per year of relationship in France, at least one and at most eighteen', () => {
    expect(policyNoticeMonths(france, 0.2)).toBe(1);
    expect(policyNoticeMonths(france, 7)).toBe(7);
    // 7 years and 1 month → rounded up to 8 months
    expect(policyNoticeMonths(france, 7 + 1 / 12)).toBe(8);
    expect(policyNoticeMonths(france, 30)).toBe(18);
    expect(policyNoticeMonths(policies[1], 30)).toBe(12);
    expect(policyNoticeMonths({ ...france, basis: 'fixed', fixedMonths: 2.5 }, 30)).toBe(3);
  });

  it('computes the effective end date from the notice date with end-of-month clamping', () => {
    // 2015-03-31 → 2025-03-31 = 120 months = 10 years → 10 months; 2025-03-31 + 10 months = 2026-01-31
    const notice = computeNotice(policies, 'FR', 'any', '2015-03-31', '2025-03-31', 0);
    expect(notice).toEqual({
      policyName: 'France_Default',
      months: 10,
      policyMonths: 10,
      contractClauseApplied: false,
      relationshipYears: 10,
      noticeDate: '2025-03-31',
      effectiveEndDate: '2026-01-31',
      problems: []
    });
    // 5 years → 5 months; 2025-09-30 + 5 = 2026-02-28 (clamped)
    expect(computeNotice(policies, 'FR', 'any', '2020-09-30', '2025-09-30', 0).effectiveEndDate).toBe('2026-02-28');
  });

  it('applies the contract clause when it is longer', () => {
    const notice = computeNotice(policies, 'FR', 'any', '2023-01-01', '2025-01-01', 6);
    expect(notice.months).toBe(6);
    expect(notice.policyMonths).toBe(2);
    expect(notice.contractClauseApplied).toBe(true);
  });

  it('reports invalid dates and gives the policy cap, never the minimum, when the relationship start is unknown', () => {
    const notice = computeNotice(policies, 'FR', 'any', '', 'soon', Number.NaN);
    expect(notice.problems).toEqual(['cvp_notice_missing_relationship_start', 'cvp_notice_invalid_notice_date']);
    expect(notice.months).toBe(18);
    expect(notice.effectiveEndDate).toBe('');
    const unknownStart = computeNotice(policies, 'FR', 'any', '', '2025-01-15', 0);
    expect(unknownStart.months).toBe(18);
    expect(unknownStart.policyMonths).toBe(18);
    expect(unknownStart.effectiveEndDate).toBe('2026-07-15');
    // A longer contract clause still wins; a fixed policy gives its months.
    expect(computeNotice(policies, 'FR', 'any', '', '2025-01-15', 24).months).toBe(24);
    expect(
      computeNotice([{ ...france, basis: 'fixed', fixedMonths: 3 }], 'FR', 'any', '', '2025-01-15', 0).months
    ).toBe(3);
  });

  it('treats a large price increase or service cut as a partial rupture', () => {
    expect(isPartialRupture({ priceIncrease: 0.1, serviceReduction: 0 }, france)).toBe(true);
    expect(isPartialRupture({ priceIncrease: 0.05, serviceReduction: 0 }, france)).toBe(false);
    expect(isPartialRupture({ priceIncrease: 0, serviceReduction: 0.3 }, france)).toBe(true);
    expect(isPartialRupture({ priceIncrease: Number.NaN, serviceReduction: Number.NaN }, france)).toBe(false);
  });
});
