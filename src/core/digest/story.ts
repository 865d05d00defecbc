/**
 * One story's view: its headline (the title of its most central article: the one most like the
 * story's centroid), its articles (each original followed by its copies), summary, names and
 * quotes from the originals only, and the order stories are listed in.
 */
import { storyEntities } from './entities.js';
import type { Vector } from './similarity.js';
import { storyQuotes } from './quotes.js';
import { storySummary } from './summary.js';
import type { DigestItem, Story, StoryArticle } from './types.js';

export interface StoryMembers {
  readonly originals: DigestItem[];
  readonly vectors: Vector[];
  /** Copies by the source of the original they copy. */
  readonly copies: Map<string, DigestItem[]>;
}

export function buildStory(m: StoryMembers, idf: (id: number) => number): Story {
  const centrality = centralities(m.vectors);
  const order = m.originals.map((_, i) => i).sort((a, b) => centrality[b]! - centrality[a]! || a - b);
  const originals = order.map((i) => m.originals[i]!);
  const articles: StoryArticle[] = originals.flatMap((o) => [articleOf(o, null), ...(m.copies.get(o.source) ?? []).map((c) => articleOf(c, o.source))]);
  const dates = articles.map((a) => a.date).filter((d): d is string => d !== null && !Number.isNaN(Date.parse(d)));
  const title = originals.find((o) => o.title !== '')?.title ?? originals[0]!.source;
  return {
    story: 0,
    title,
    articles,
    size: originals.length,
    outlets: new Set(originals.map((o) => outletOf(o.source))).size,
    date: dates.sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null,
    summary: storySummary(originals, idf),
    entities: storyEntities(originals.map((o) => o.entities)),
    quotes: storyQuotes(originals),
  };
}

/** Bigger stories first (original articles, then outlets), then the latest, then input order (stable sort). */
export function orderStories(stories: readonly Story[]): Story[] {
  const time = (s: Story) => (s.date === null ? -Infinity : Date.parse(s.date));
  return [...stories].sort((a, b) => b.size - a.size || b.outlets - a.outlets || time(b) - time(a));
}

/** Where an article comes from: a URL's host, a file's folder; a bare file name is its own outlet. */
export function outletOf(source: string): string {
  if (/^https?:\/\//i.test(source)) {
    try {
      return new URL(source).hostname.replace(/^www\./, '');
    } catch {
      return source;
    }
  }
  const slash = source.replace(/\\/g, '/').lastIndexOf('/');
  return slash > 0 ? source.slice(0, slash) : source;
}

function articleOf(item: DigestItem, duplicateOf: string | null): StoryArticle {
  return { source: item.source, title: item.title, date: item.date, byline: item.byline, duplicateOf };
}

/** Each vector's similarity to the sum of the others (its share of the story's centroid). */
function centralities(vectors: readonly Vector[]): number[] {
  const sum = new Map<number, number>();
  for (const v of vectors) v.ids.forEach((id, k) => sum.set(id, (sum.get(id) ?? 0) + v.weights[k]!));
  return vectors.map((v) => {
    let dot = 0;
    v.ids.forEach((id, k) => (dot += v.weights[k]! * (sum.get(id)! - v.weights[k]!)));
    return dot;
  });
}
