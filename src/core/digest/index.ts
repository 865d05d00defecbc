/**
 * `digest`: a folder of news as a set of stories. Copies are found first (copies.ts) and set
 * aside, so a syndicated article counts once everywhere; the originals are grouped into stories
 * (group.ts); each story gets its headline, summary, names and quotes (story.ts).
 */
import { findCopies, type CopyOptions } from './copies.js';
import { groupStories, type GroupOptions } from './group.js';
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

export function digest(all: readonly DigestItem[], options: DigestOptions = {}): Story[] {
  const since = options.since === undefined ? NaN : Date.parse(options.since);
  const items = Number.isNaN(since) ? all : all.filter((item) => !(Date.parse(item.date ?? '') < since));
  const copyOf = findCopies(items, options.copies);
  const originals = items.map((_, i) => i).filter((i) => copyOf[i] === -1);
  const grouping = groupStories(
    originals.map((i) => items[i]!),
    options,
  );
  const members = new Map<number, StoryMembers>();
  originals.forEach((i, k) => {
    const id = grouping.story[k]!;
    let story = members.get(id);
    if (!story) members.set(id, (story = { originals: [], vectors: [], copies: new Map() }));
    story.originals.push(items[i]!);
    story.vectors.push(grouping.vectors[k]!);
  });
  const storyOfOriginal = new Map(originals.map((i, k) => [i, grouping.story[k]!]));
  items.forEach((item, i) => {
    if (copyOf[i] === -1) return;
    const original = items[copyOf[i]!]!;
    const copies = members.get(storyOfOriginal.get(copyOf[i]!)!)!.copies;
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
