/**
 * Who said what across a story: quotes grouped by speaker (aliases merged as for names), the
 * same quote reported by several outlets kept once with all its sources. Two quotes are the same
 * when their word sets overlap by `SAME_QUOTE` or more (Jaccard): outlets trim and re-punctuate.
 */
import { isAlias } from './entities.js';
import { words } from './features.js';
import type { ItemQuote, SpeakerQuotes, StoryQuote } from './types.js';

const SAME_QUOTE = 0.6;

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
  for (const n of names) canonical.set(n, [...canonical.values()].find((full) => isAlias(n, full)) ?? n);
  for (const { q, source } of all) {
    const name = q.speaker === null ? null : canonical.get(q.speaker)!;
    let speaker = speakers.find((s) => s.name === name);
    if (!speaker) speakers.push((speaker = { name, quotes: [] }));
    const w = new Set(words(q.text));
    const same = speaker.quotes.find((d) => jaccard(d.words, w) >= SAME_QUOTE);
    if (same) {
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

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return a.size + b.size - shared > 0 ? shared / (a.size + b.size - shared) : 0;
}
