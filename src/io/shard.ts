/**
 * `--shard K/N`: the K-th of N slices of a corpus, so one big job can run as N independent
 * ones (GNU parallel, a Slurm job array, a Kubernetes Indexed Job) with nothing shared but the
 * corpus. An input belongs to the slice its name hashes to, so no machine has to list the
 * whole corpus first, the slices do not depend on the order of the walk, and a file keeps its
 * slice when others are added (a resumed `--out` run finds its finished files where it left
 * them).
 */

export interface Shard {
  /** 1-based, as schedulers number their tasks (SLURM_ARRAY_TASK_ID can start at 1). */
  readonly index: number;
  readonly count: number;
}

export class ShardSyntaxError extends Error {}

/** Parses `K/N` with 1 ≤ K ≤ N. */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!match) throw new ShardSyntaxError('expected K/N, such as 2/8 (the 2nd of 8 slices).');
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) throw new ShardSyntaxError(`expected K/N with 1 <= K <= N, got ${value}.`);
  return { index, count };
}

/**
 * Whether the input named `key` (its path relative to the folder or glob it was found under,
 * `/`-separated) falls in `shard`. FNV-1a: tiny, stable across platforms and Node versions,
 * and spreads similar names (001.txt, 002.txt …) evenly.
 */
export function inShard(key: string, shard: Shard): boolean {
  return shard.count === 1 || (fnv1a(key) % shard.count) + 1 === shard.index;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
