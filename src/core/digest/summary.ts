/**
 * A story's summary: a few sentences from across its articles, chosen by maximal marginal
 * relevance (Carbonell & Goldstein 1998): each pick is the candidate most like the story as a
 * whole (its centroid, as in MEAD, Radev et al. 2004) and least like the sentences already
 * picked, so five outlets' versions of the lead become one sentence. Candidates are each
 * article's own summary sentences, which precis already chose within the article. The picks are
 * shown in story order: earlier in their article first (leads before details), then the more
 * central article's first.
 */
import type { CandidateSentence, StorySentence } from './types.js';

/** Relevance against redundancy; 0.7 is Carbonell & Goldstein's news-summary setting. */
const LAMBDA = 0.7;
/** A sentence this close to one already picked says the same thing: never picked. */
const SAME_THING = 0.5;
/** A small pull towards leads: news puts what happened first. */
const LEAD_BONUS = 0.1;

type Bag = Map<number, number>;

export interface SummaryArticle {
  readonly source: string;
  readonly date: string | null;
  readonly sentences: readonly CandidateSentence[];
}

/** `idf(id)`: the weight of a feature (by its id) over the whole folder. */
export function storySummary(articles: readonly SummaryArticle[], idf: (id: number) => number): StorySentence[] {
  const length = articles.length <= 1 ? 3 : articles.length <= 2 ? 3 : articles.length <= 5 ? 4 : 5;
  const candidates = articles.flatMap((a, order) => a.sentences.map((s) => ({ ...s, source: a.source, date: a.date, order, bag: bag(s.terms, idf) })));
  const centroid: Bag = new Map();
  for (const c of candidates) for (const [t, w] of c.bag) centroid.set(t, (centroid.get(t) ?? 0) + w);
  normalise(centroid);
  const relevance = candidates.map((c) => cosine(c.bag, centroid) + LEAD_BONUS / (1 + c.index));
  const picked: number[] = [];
  while (picked.length < length) {
    let best = -1;
    let bestScore = -Infinity;
    candidates.forEach((c, i) => {
      if (picked.includes(i)) return;
      const redundancy = Math.max(0, ...picked.map((p) => cosine(c.bag, candidates[p]!.bag)));
      if (redundancy >= SAME_THING) return;
      const score = LAMBDA * relevance[i]! - (1 - LAMBDA) * redundancy;
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0) break;
    picked.push(best);
  }
  return picked
    .map((i) => candidates[i]!)
    .sort((a, b) => a.index - b.index || a.order - b.order)
    .map(({ source, text, start, end }) => ({ source, text, start, end }));
}

function bag(terms: Uint32Array, idf: (id: number) => number): Bag {
  const out: Bag = new Map();
  for (const t of terms) out.set(t, (out.get(t) ?? 0) + idf(t));
  normalise(out);
  return out;
}

function normalise(b: Bag): void {
  let norm = 0;
  for (const w of b.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of b) b.set(t, w / norm);
}

function cosine(a: Bag, b: Bag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}
