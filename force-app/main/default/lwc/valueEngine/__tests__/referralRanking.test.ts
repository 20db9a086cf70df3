import type { ReferralPartner } from '../valueEngine';
import { companySizeBand, partnerScore, rankReferralPartners, sizeBandsBetween } from '../valueEngine';

function partner(id: string, name: string, extra: Partial<ReferralPartner>): ReferralPartner {
  return { id: id, name: name, industries: [], regions: [], sizes: [], needs: [], hasAgreement: true, ...extra };
}

const profile = { industry: 'Retail', region: 'EMEA', size: 'small', needs: ['support', 'low_price'] };

describe('referralRanking', () => {
  it('scores industry 3, region 2, size 1 and needs up to 4', () => {
    // 3 + 2 + 0 + 4 × 1/2 = 7
    const scored = partnerScore(
      partner('P1', 'Alpha', { industries: ['Retail'], regions: ['EMEA'], needs: ['support'] }),
      profile
    );
    expect(scored.score).toBe(7);
    expect(scored.needsMatched).toBe(1);
    expect(partnerScore(partner('P2', 'B', { sizes: ['small'] }), { ...profile, needs: [] }).score).toBe(1);
  });

  it('excludes partners without an agreement and ranks the others best first', () => {
    const ranked = rankReferralPartners(
      [
        partner('P1', 'Alpha', { industries: ['Retail'] }),
        partner('P2', 'Beta', { industries: ['Retail'], regions: ['EMEA'], hasAgreement: false }),
        partner('P3', 'Gamma', { industries: ['Retail'], needs: ['support', 'low_price'] })
      ],
      profile
    );
    expect(ranked.map((item) => `${item.partnerId}:${item.score}`)).toEqual(['P3:7', 'P1:3']);
  });

  it('breaks ties by name then id, whatever the input order', () => {
    const partners = [
      partner('Z9', 'Same', {}),
      partner('B2', 'Beta', {}),
      partner('A1', 'Same', {}),
      partner('C3', 'Alpha', {})
    ];
    const expected = ['C3', 'B2', 'A1', 'Z9'];
    expect(rankReferralPartners(partners, profile).map((item) => item.partnerId)).toEqual(expected);
    expect(rankReferralPartners([...partners].reverse(), profile).map((item) => item.partnerId)).toEqual(expected);
    expect(rankReferralPartners([], profile)).toEqual([]);
  });
});

describe('company size bands', () => {
  it('bands an account by its employees and a partner by the bands its range overlaps', () => {
    expect([0, 49, 50, 249, 250, Number.NaN].map(companySizeBand)).toEqual([
      'small',
      'small',
      'medium',
      'medium',
      'large',
      'small'
    ]);
    expect(sizeBandsBetween(50, 249)).toEqual(['medium']);
    expect(sizeBandsBetween(200, 5000)).toEqual(['medium', 'large']);
    expect(sizeBandsBetween(Number.NaN, Number.NaN)).toEqual(['small', 'medium', 'large']);
    expect(sizeBandsBetween(300, 100)).toEqual([]);
  });
});
