/**
 * Who said what across a story: quotes grouped by speaker (aliases merged as for names), the
 * same quote reported by several outlets kept once with all its sources. Two quotes are the same
 * when `SAME_QUOTE` of the shorter one's words are in the longer (outlets trim, re-punctuate and
 * quote a part); the fuller wording is kept.
 */
import { AliasIndex } from './entities.js';
import { words } from './features.js';
import type { ItemQuote, SpeakerQuotes, StoryQuote } from './types.js';

const SAME_QUOTE = 0.8;
/** Shorter quotes ("yes", "we will") match too much to merge on. */
const MIN_WORDS = 3;

interface Draft {
  text: string;
  kind: StoryQuote['kind'];
  words: Set<string>;
  sources: { source: string; start: number; end: number }[];
}

/** `perArticle`: each original article's source and quotes. Speakers with most quotes first; the unattributed last. */
export function storyQuotes(perArticle: readonly { readonly source: string; readonly quotes: readonly ItemQuote[] }[]): SpeakerQuotes[] {
  const speakers: { name: string | null; quotes: Draft[] }[] = [];
  // Longest speaker names first, so "Smith" joins "John Smith".
  const all = perArticle.flatMap((a) => a.quotes.map((q) => ({ q, source: a.source })));
  const names = [...new Set(all.map(({ q }) => q.speaker).filter((n): n is string => n !== null))].sort((a, b) => b.length - a.length);
  const canonical = new Map<string, string>();
  const fullNames = new AliasIndex<string>();
  for (const n of names) {
    const full = fullNames.find(n);
    if (full === undefined) fullNames.add(n, n);
    canonical.set(n, full ?? n);
  }
  const byName = new Map<string | null, (typeof speakers)[number]>();
  for (const { q, source } of all) {
    const name = q.speaker === null ? null : canonical.get(q.speaker)!;
    let speaker = byName.get(name);
    if (!speaker) {
      speakers.push((speaker = { name, quotes: [] }));
      byName.set(name, speaker);
    }
    const w = new Set(words(q.text));
    const same = w.size >= MIN_WORDS ? speaker.quotes.find((d) => d.words.size >= MIN_WORDS && overlap(d.words, w) >= SAME_QUOTE) : undefined;
    if (same) {
      if (w.size > same.words.size && (q.kind === 'direct' || same.kind === 'indirect')) [same.text, same.kind, same.words] = [q.text, q.kind, w];
      if (!same.sources.some((s) => s.source === source)) same.sources.push({ source, start: q.start, end: q.end });
      // The direct form, when one outlet has it, is what the reader wants to see.
      if (same.kind === 'indirect' && q.kind === 'direct') [same.text, same.kind] = [q.text, q.kind];
    } else speaker.quotes.push({ text: q.text, kind: q.kind, words: w, sources: [{ source, start: q.start, end: q.end }] });
  }
  return speakers
    .sort((a, b) => Number(a.name === null) - Number(b.name === null) || b.quotes.length - a.quotes.length)
    .map((s) => ({
      speaker: s.name,
      quotes: s.quotes
        .sort((a, b) => b.sources.length - a.sources.length || Number(a.kind !== 'direct') - Number(b.kind !== 'direct'))
        .map(({ text, kind, sources }) => ({ text, kind, sources })),
    }));
}

/** Share of the smaller set's words that are in the other. */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return small.size > 0 ? shared / small.size : 0;
}
