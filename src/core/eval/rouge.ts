/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin 2004), computed the way Google's `rouge-score` package
 * does with its default options, so our figures compare with published ones:
 * - tokens: lower-cased, every run of characters other than `a-z0-9` is a separator
 *   (accented letters are dropped, as in rouge-score), no stemming, no stop-word removal;
 * - ROUGE-N: clipped n-gram overlap counts;
 * - ROUGE-L: the longest common subsequence of the two texts taken as one token sequence each
 *   (rouge-score's `rougeL`, not the summary-level `rougeLsum` that splits on newlines).
 */

export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface RougeScores {
  readonly rouge1: RougeScore;
  readonly rouge2: RougeScore;
  readonly rougeL: RougeScore;
}

/** rouge-score's default tokenizer. */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 0);
}

/** Scores `candidate` against `reference`. */
export function rouge(candidate: string, reference: string): RougeScores {
  const cand = rougeTokens(candidate);
  const ref = rougeTokens(reference);
  return { rouge1: rougeN(cand, ref, 1), rouge2: rougeN(cand, ref, 2), rougeL: rougeLcs(cand, ref) };
}

function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const candGrams = ngramCounts(candidate, n);
  const refGrams = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of candGrams) overlap += Math.min(count, refGrams.get(gram) ?? 0);
  return score(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function rougeLcs(candidate: readonly string[], reference: readonly string[]): RougeScore {
  return score(lcsLength(candidate, reference), candidate.length, reference.length);
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Classic dynamic programme, two rows of memory. */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function score(overlap: number, candidateCount: number, referenceCount: number): RougeScore {
  const precision = candidateCount > 0 ? overlap / candidateCount : 0;
  const recall = referenceCount > 0 ? overlap / referenceCount : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
