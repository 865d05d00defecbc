/**
 * BCubed precision, recall and F1 of a clustering against gold classes (Bagga & Baldwin 1998;
 * Amigó et al. 2009 on why it is the right measure for clustering): for each item, precision is
 * the share of its cluster that shares its class, recall the share of its class in its cluster;
 * both averaged over items.
 */
export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** `predicted` and `gold` map each item (present in both) to its cluster and class labels. */
export function bcubed(predicted: ReadonlyMap<string, string | number>, gold: ReadonlyMap<string, string | number>): BCubed {
  const items = [...gold.keys()].filter((k) => predicted.has(k));
  const count = (pairs: string[]) => pairs.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  const clusterSize = count(items.map((k) => String(predicted.get(k))));
  const classSize = count(items.map((k) => String(gold.get(k))));
  const both = count(items.map((k) => `${predicted.get(k)}\u0000${gold.get(k)}`));
  let p = 0;
  let r = 0;
  for (const k of items) {
    const shared = both.get(`${predicted.get(k)}\u0000${gold.get(k)}`)!;
    p += shared / clusterSize.get(String(predicted.get(k)))!;
    r += shared / classSize.get(String(gold.get(k)))!;
  }
  const precision = items.length ? p / items.length : 0;
  const recall = items.length ? r / items.length : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Pair precision and recall of copy detection: pairs of items in one predicted group against pairs in one gold group. */
export function pairScores(
  predicted: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
): { precision: number; recall: number; predicted: number; gold: number } {
  const pairs = (groups: readonly (readonly string[])[]) => {
    const out = new Set<string>();
    for (const g of groups) {
      const sorted = [...g].sort();
      for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.add(`${sorted[i]}\u0000${sorted[j]}`);
    }
    return out;
  };
  const p = pairs(predicted);
  const g = pairs(gold);
  const hit = [...p].filter((x) => g.has(x)).length;
  return { precision: p.size ? hit / p.size : 1, recall: g.size ? hit / g.size : 1, predicted: p.size, gold: g.size };
}
