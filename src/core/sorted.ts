/**
 * How many of the ascending numbers in `sorted` are below `value`: the index of the first one at
 * or above it (a lower-bound binary search). The one search the sentence starts, token starts and
 * paragraph boundaries are asked through.
 */
export function countBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
