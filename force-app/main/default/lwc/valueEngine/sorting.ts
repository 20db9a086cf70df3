/**
 * Sorting written once with loops (the engine may not use `Array.prototype.sort`: its default order is lexicographic
 * and comparators are closures). All sorts are stable bottom-up merge sorts: O(n log n), deterministic.
 */

function mergeIndexesByNumber(keys: number[], order: number[], descending: boolean): number[] {
  const count = order.length;
  let source = order.slice();
  let target = order.slice();
  for (let width = 1; width < count; width = width * 2) {
    for (let left = 0; left < count; left = left + 2 * width) {
      const middle = Math.min(left + width, count);
      const right = Math.min(left + 2 * width, count);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < right) {
        const a = keys[source[i]];
        const b = keys[source[j]];
        const takeRight = descending ? b > a : b < a;
        if (takeRight) {
          target[k] = source[j];
          j++;
        } else {
          target[k] = source[i];
          i++;
        }
        k++;
      }
      while (i < middle) {
        target[k] = source[i];
        i++;
        k++;
      }
      while (j < right) {
        target[k] = source[j];
        j++;
        k++;
      }
    }
    const swap = source;
    source = target;
    target = swap;
  }
  return source;
}

function identityOrder(count: number): number[] {
  const order: number[] = [];
  for (let i = 0; i < count; i++) {
    order.push(i);
  }
  return order;
}

/** Indexes of `keys` ordered by ascending key; equal keys keep their original order (stable). */
export function orderByNumberAscending(keys: number[]): number[] {
  return mergeIndexesByNumber(keys, identityOrder(keys.length), false);
}

/** Indexes of `keys` ordered by descending key; equal keys keep their original order (stable). */
export function orderByNumberDescending(keys: number[]): number[] {
  return mergeIndexesByNumber(keys, identityOrder(keys.length), true);
}

/** Stable re-ordering of an existing index order by descending `keys[index]`. */
export function reorderByNumberDescending(keys: number[], order: number[]): number[] {
  return mergeIndexesByNumber(keys, order, true);
}

/** A sorted copy of `values`, ascending. */
export function sortNumbersAscending(values: number[]): number[] {
  const order = orderByNumberAscending(values);
  const sorted: number[] = [];
  for (let i = 0; i < order.length; i++) {
    sorted.push(values[order[i]]);
  }
  return sorted;
}

/** Indexes of `keys` ordered by ascending string (code-unit order, case-sensitive), stable. */
export function orderByStringAscending(keys: string[]): number[] {
  const count = keys.length;
  let source = identityOrder(count);
  let target = identityOrder(count);
  for (let width = 1; width < count; width = width * 2) {
    for (let left = 0; left < count; left = left + 2 * width) {
      const middle = Math.min(left + width, count);
      const right = Math.min(left + 2 * width, count);
      let i = left;
      let j = middle;
      let k = left;
      while (i < middle && j < right) {
        if (keys[source[j]] < keys[source[i]]) {
          target[k] = source[j];
          j++;
        } else {
          target[k] = source[i];
          i++;
        }
        k++;
      }
      while (i < middle) {
        target[k] = source[i];
        i++;
        k++;
      }
      while (j < right) {
        target[k] = source[j];
        j++;
        k++;
      }
    }
    const swap = source;
    source = target;
    target = swap;
  }
  return source;
}

/** A sorted copy of `values`, ascending by code unit (deterministic, case-sensitive). */
export function sortStringsAscending(values: string[]): string[] {
  const order = orderByStringAscending(values);
  const sorted: string[] = [];
  for (let i = 0; i < order.length; i++) {
    sorted.push(values[order[i]]);
  }
  return sorted;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) {
    if (b < c) {
      return b;
    }
    return a < c ? c : a;
  }
  if (a < c) {
    return a;
  }
  return b < c ? c : b;
}

/**
 * The k-th smallest value (k from 0) of `values`, which is re-ordered in place (quickselect with a median-of-three
 * pivot: O(n) expected, no full sort). Values must be finite; k is clamped into the list. 0 for an empty list.
 */
export function selectKthSmallestInPlace(values: number[], k: number): number {
  const count = values.length;
  if (count === 0) {
    return 0;
  }
  const target = Math.min(count - 1, Math.max(0, Math.floor(k)));
  let left = 0;
  let right = count - 1;
  while (right > left) {
    const middle = left + Math.floor((right - left) / 2);
    const pivot = medianOfThree(values[left], values[middle], values[right]);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) {
        i++;
      }
      while (values[j] > pivot) {
        j--;
      }
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) {
      right = j;
    } else if (target >= i) {
      left = i;
    } else {
      return values[target];
    }
  }
  return values[target];
}
