import type { TextSpan } from '../types.js';
import type { NameRun } from './name-runs.js';
import { splitWords } from './text.js';

/** Small tests and look-ups on names as lists of lower-cased words, shared by the name index and the resolver. */

/** Where the lower-cased words `part` sit in the name `full`: at its end, its start, or neither. */
function edgeOf(full: readonly string[], part: readonly string[]): 'suffix' | 'prefix' | null {
  let prefix = true;
  let suffix = true;
  for (let i = 0; i < part.length; i++) {
    if (full[i] !== part[i]) prefix = false;
    if (full[full.length - part.length + i] !== part[i]) suffix = false;
  }
  return suffix ? 'suffix' : prefix ? 'prefix' : null;
}

/** Does `full` start or end with the words of `part` (a surname, or a given name)? */
export function containsAtEdge(full: readonly string[], part: readonly string[]): boolean {
  return part.length > 0 && part.length <= full.length && edgeOf(full, part) !== null;
}

export function lowerWords(name: string): string[] {
  const list = splitWords(name);
  for (let i = 0; i < list.length; i++) list[i] = list[i]!.toLowerCase();
  return list;
}

/** A run longer than `key` with it at `edge`: a fuller form of the name. */
export function fits(run: NameRun, key: readonly string[], edge: 'suffix' | 'prefix'): boolean {
  return run.lower.length > key.length && edgeOf(run.lower, key) === edge;
}

/** `mentions` in ascending order of start: the list itself when it is so already (entities list them in order). */
export function byStart(mentions: readonly TextSpan[]): readonly TextSpan[] {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return [...mentions].sort((a, b) => a.start - b.start);
  return mentions;
}

/**
 * The smallest distance of a mention (in ascending order of start) from `at`, counting one before
 * it (or at it) by how far back it is and one after it as 1e9 further: the latest start at or
 * before `at`, else the first start.
 */
export function nearestMentionDistance(mentions: readonly TextSpan[], at: number): number {
  if (mentions.length === 0) return Infinity;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? at - mentions[lo - 1]!.start : 1e9 + mentions[0]!.start - at;
}

/** The runs starting and ending with `word` in `byWord`, created empty when it is new. */
export function listsOf(byWord: Map<string, { first: number[]; last: number[] }>, word: string): { first: number[]; last: number[] } {
  let lists = byWord.get(word);
  if (!lists) byWord.set(word, (lists = { first: [], last: [] }));
  return lists;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
