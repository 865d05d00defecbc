/**
 * Clustering of a sparse similarity graph: average link (group-average agglomerative clustering,
 * Voorhees 1986), pairs never compared counting as 0, then the lone articles it leaves attached
 * to the story they are on average most like.
 */
import { Heap } from './heap.js';

/** Average-link clustering of the similarity graph (which it consumes); returns each item's cluster number. */
export function averageLink(neighbours: Map<number, number>[], threshold: number): Int32Array {
  const n = neighbours.length;
  const size = new Uint32Array(n).fill(1);
  const version = new Uint32Array(n);
  const alive = new Uint8Array(n).fill(1);
  // Sum of similarities between cluster i and each neighbouring cluster.
  const links = neighbours;
  const owner = Int32Array.from({ length: n }, (_, i) => i);
  const heap = new Heap<[number, number, number, number, number]>((x, y) => x[0] > y[0]);
  const push = (a: number, b: number) => {
    const avg = links[a]!.get(b)! / (size[a]! * size[b]!);
    if (avg >= threshold) heap.push([avg, a, b, version[a]!, version[b]!]);
  };
  links.forEach((m, a) => m.forEach((_, b) => a < b && push(a, b)));
  while (heap.size > 0) {
    const [, a, b, va, vb] = heap.pop()!;
    if (!alive[a] || !alive[b] || version[a] !== va || version[b] !== vb) continue;
    // Merge the smaller cluster into the larger: fewer link maps to rewrite.
    const [big, small] = links[a]!.size >= links[b]!.size ? [a, b] : [b, a];
    alive[small] = 0;
    size[big]! += size[small]!;
    version[big]!++;
    owner[small] = big;
    const bigLinks = links[big]!;
    bigLinks.delete(small);
    for (const [c, s] of links[small]!) {
      if (c === big) continue;
      bigLinks.set(c, (bigLinks.get(c) ?? 0) + s);
      const cLinks = links[c]!;
      cLinks.delete(small);
      cLinks.set(big, bigLinks.get(c)!);
    }
    links[small] = new Map();
    for (const c of bigLinks.keys()) push(big, c);
  }
  const find = (i: number): number => {
    while (owner[i] !== i) i = owner[i]!;
    return i;
  };
  return Int32Array.from({ length: n }, (_, i) => find(i));
}

/**
 * An article the step left alone joins the story of its topic it is on average most like, when
 * that average reaches `least`. Average link opens a story only on a pair above the threshold,
 * so a short report of the event that is moderately like every other report stays out.
 * Only stories of two or more take members: lone articles never chain into a story.
 */
export function attachLoners(rep: Int32Array, sims: readonly Map<number, number>[], least: number): Int32Array {
  const size = new Map<number, number>();
  for (const r of rep) size.set(r, (size.get(r) ?? 0) + 1);
  const out = Int32Array.from(rep);
  rep.forEach((r, i) => {
    if (size.get(r) !== 1) return;
    const sum = new Map<number, number>();
    for (const [j, s] of sims[i]!) if (size.get(rep[j]!)! > 1) sum.set(rep[j]!, (sum.get(rep[j]!) ?? 0) + s);
    let bestAvg = least;
    for (const [c, s] of sum) {
      const avg = s / size.get(c)!;
      if (avg >= bestAvg) [out[i], bestAvg] = [c, avg];
    }
  });
  return out;
}
