import {
  orderByNumberAscending,
  orderByNumberDescending,
  orderByStringAscending,
  reorderByNumberDescending,
  selectKthSmallestInPlace,
  sortNumbersAscending,
  sortStringsAscending
} from '../valueEngine';

describe('sorting', () => {
  it('sorts numbers numerically, not lexicographically', () => {
    expect(sortNumbersAscending([10, 9, 100, -1, 2.5])).toEqual([-1, 2.5, 9, 10, 100]);
    expect(sortNumbersAscending([])).toEqual([]);
  });

  it('orders indexes stably in both directions', () => {
    expect(orderByNumberAscending([3, 1, 3, 1])).toEqual([1, 3, 0, 2]);
    expect(orderByNumberDescending([3, 1, 3, 1])).toEqual([0, 2, 1, 3]);
  });

  it('re-orders an existing order by a descending key, keeping ties in the given order', () => {
    expect(reorderByNumberDescending([1, 2, 2], [2, 1, 0])).toEqual([2, 1, 0]);
    expect(reorderByNumberDescending([5, 2, 9], [0, 1, 2])).toEqual([2, 0, 1]);
  });

  it('sorts strings by code unit, upper case before lower case', () => {
    expect(sortStringsAscending(['beta', 'Alpha', 'alpha', ''])).toEqual(['', 'Alpha', 'alpha', 'beta']);
    expect(orderByStringAscending(['b', 'a', 'b'])).toEqual([1, 0, 2]);
  });
});

describe('sorting selection', () => {
  it('selects the k-th smallest value without sorting, like a full sort would', () => {
    const values = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    const sorted = [...values].sort((a, b) => a - b);
    for (let k = 0; k < values.length; k++) {
      expect(selectKthSmallestInPlace([...values], k)).toBe(sorted[k]);
    }
    expect(selectKthSmallestInPlace([], 3)).toBe(0);
    expect(selectKthSmallestInPlace([7, 8], 99)).toBe(8);
  });
});
