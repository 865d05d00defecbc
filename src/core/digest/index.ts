/**
 * `digest`: a folder of news as a set of stories. Copies are found first (copies.ts) and set
 * aside, so a syndicated article counts once everywhere; the originals are grouped into stories
 * (group.ts); each story gets its headline, summary, names and quotes (story.ts).
 */
import { findCopies, type CopyOptions } from './copies.js';
import { groupStories, type GroupOptions, type Grouping } from './group.js';
import { buildStory, orderStories, type StoryMembers } from './story.js';
import type { DigestItem, Story } from './types.js';

export interface DigestOptions extends GroupOptions {
  readonly copies?: CopyOptions;
  /** Leave out articles dated before this (ISO date); undated articles stay. */
  readonly since?: string;
  /** Only stories with at least this many original articles. */
  readonly minSize?: number;
  /** Only the first this many stories. */
  readonly top?: number;
}

/** What grouping gives: each item's copy link, the originals' indices, and their stories. */
export interface ArticleGrouping {
  /** For each item, the index of the article it copies, or -1 for an original. */
  readonly copyOf: Int32Array;
  readonly originals: readonly number[];
  /** The originals' grouping, in the order of `originals`. */
  readonly grouping: Grouping;
  /** Each item's story number; a copy's is its original's. */
  readonly story: Int32Array;
}

/**
 * Copies found first, then the originals grouped into stories: the path `digest` takes, and the
 * one scripts/tune-digest.ts scores. `copyOf` may be given when it is already known (copies do
 * not depend on the grouping settings).
 */
export function groupArticles(items: readonly DigestItem[], options: DigestOptions = {}, copyOf = findCopies(items, options.copies)): ArticleGrouping {
  const originals = items.map((_, i) => i).filter((i) => copyOf[i] === -1);
  const grouping = groupStories(
    originals.map((i) => items[i]!),
    options,
  );
  const story = new Int32Array(items.length);
  originals.forEach((i, k) => (story[i] = grouping.story[k]!));
  copyOf.forEach((c, i) => {
    if (c !== -1) story[i] = story[c]!;
  });
  return { copyOf, originals, grouping, story };
}

export function digest(all: readonly DigestItem[], options: DigestOptions = {}): Story[] {
  const since = options.since === undefined ? NaN : Date.parse(options.since);
  const items = Number.isNaN(since) ? all : all.filter((item) => !(Date.parse(item.date ?? '') < since));
  const { copyOf, originals, grouping, story: storyOf } = groupArticles(items, options);
  const members = new Map<number, StoryMembers>();
  originals.forEach((i, k) => {
    const id = grouping.story[k]!;
    let story = members.get(id);
    if (!story) members.set(id, (story = { originals: [], vectors: [], copies: new Map() }));
    story.originals.push(items[i]!);
    story.vectors.push(grouping.vectors[k]!);
  });
  items.forEach((item, i) => {
    if (copyOf[i] === -1) return;
    const original = items[copyOf[i]!]!;
    const copies = members.get(storyOf[i]!)!.copies;
    copies.set(original.source, [...(copies.get(original.source) ?? []), item]);
  });
  const df = grouping.df;
  const n = originals.length;
  const idf = (id: number) => Math.log((n + 1) / ((df.get(id) ?? 0) + 1)) + 1;
  const stories = orderStories([...members.values()].map((m) => buildStory(m, idf)));
  const kept = stories.filter((s) => s.size >= (options.minSize ?? 1)).slice(0, options.top ?? Infinity);
  return kept.map((s, k) => ({ ...s, story: k + 1 }));
}

export type * from './types.js';
export { articleFeatures, type ArticleFeatures, type FeatureOptions } from './features.js';
export { DEFAULT_THRESHOLD } from './group.js';
