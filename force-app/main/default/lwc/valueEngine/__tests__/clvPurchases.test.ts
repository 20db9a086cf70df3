import { clvCustomerFromPurchases, clvHasPurchases } from '../customerLifetimeValue';

describe('clvCustomerFromPurchases: purchase history → calibration summary in the model unit', () => {
  const history = { firstPurchase: '2026-01-01', lastPurchase: '2026-03-12', purchaseDays: 4, totalAmount: 1000 };

  it('counts repeat purchase days and converts recency and age to the time unit', () => {
    expect(clvCustomerFromPurchases(history, '2026-04-02', 'week')).toEqual({
      frequency: 3,
      recency: 10,
      age: 13,
      timeUnit: 'week',
      meanSpend: 250
    });
    expect(clvCustomerFromPurchases(history, '2026-04-02', 'day').age).toBe(91);
  });

  it('never makes the age shorter than the recency', () => {
    expect(clvCustomerFromPurchases(history, '2026-02-01', 'day').age).toBe(70);
  });

  it('knows a history without purchases', () => {
    expect(clvHasPurchases(history)).toBe(true);
    expect(clvHasPurchases({ ...history, purchaseDays: 0 })).toBe(false);
    expect(clvHasPurchases({ ...history, firstPurchase: '' })).toBe(false);
  });
});
