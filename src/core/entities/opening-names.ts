/**
 * A name opening a sentence whose first word the decoder left out: "Home Depot said sales rose"
 * gave "Depot", "Bank of America cut jobs" "America". A sentence's first capital says nothing of
 * a name, so the decoder reads the word as a common one ("home", "bank"); what tells it is the
 * name's is the article, which tags the whole name elsewhere (one sense per discourse, Gale,
 * Church & Yarowsky 1992), or the gazetteer, which lists it as a company, or the span's head, a
 * company's, when the first word is no common word ("Glimmer" + "Cloud Technologies", as
 * headed-runs.ts finds an untagged run so). The words from the
 * sentence's start to the span (one or two, the first a capitalised word that may open an
 * organisation's name, organisation-fronts.ts, or a nationality: not "The", "But", a title, an
 * honorific such as "Sister" or a false title such as "Singer", which the titles rule cut) then go into the span, with the type the article gives the whole name, else as an
 * organisation.
 */
import { hashPhrase } from './hash.js';
import { listBit, type Gazetteer } from './gazetteer.js';
import { frontWord } from './organisation-fronts.js';
import { openingCompany } from './headed-runs.js';
import type { SpanType, TokenSpan } from './labels.js';
import { isPartyOrNationality } from './name-tails.js';
import { countBelow } from '../sorted.js';
import { CAPITALISED_WORD } from './words.js';

const COMPANY = listBit('company');
const OTHER_LISTS = listBit('person') | listBit('city') | listBit('country');

/** Whether the gazetteer lists the words as a company's name and as nothing else. */
export function listedCompany(words: readonly string[], g: Gazetteer): boolean {
  const mask = g.lookup(hashPhrase(words));
  return (mask & COMPANY) !== 0 && (mask & OTHER_LISTS) === 0;
}

/** At most this many words before the span are taken in. */
const MAX_FRONT = 2;

/** The spans with the sentence-opening words of their names taken in (see above). */
export function withOpeningNames(
  spans: readonly TokenSpan[],
  words: readonly string[],
  g: Gazetteer | undefined,
  sentenceStarts: readonly number[],
): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined;
  // The article's multi-word names by their words, made on the first question.
  let known: Map<string, SpanType> | undefined;
  const knownType = (key: string) => {
    if (known === undefined) {
      known = new Map();
      for (const s of spans) if (s.end - s.start > 1) known.set(words.slice(s.start, s.end).join(' '), s.type);
    }
    return known.get(key);
  };
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const floor = spans[k - 1]?.end ?? 0;
    // The last sentence start before the span, found by one search: a word it may take in if it
    // is at most MAX_FRONT words back, past the previous span, and right before the span when the
    // span opens a sentence of its own.
    const at = countBelow(sentenceStarts, s.start);
    const first = sentenceStarts[at - 1] ?? -1;
    const near = first >= floor && s.start - first <= MAX_FRONT && (sentenceStarts[at] !== s.start || first === s.start - 1);
    const w = near ? words[first]! : '';
    let taken: TokenSpan | undefined;
    // A nationality opens many a company's name ("British Airways"), which the listing or the article vouches for.
    if (near && (frontWord(w, g) || (CAPITALISED_WORD.test(w) && isPartyOrNationality(w, g)))) {
      const joined = words.slice(first, s.end);
      // Or the span is a company's name by its head, which the first word opens ("Glimmer" + "Cloud Technologies", headed-runs.ts).
      const headed = s.type === 'ORG' && openingCompany(words, first, s.end - 1, g);
      const type = knownType(joined.join(' ')) ?? (g !== undefined && (listedCompany(joined, g) || headed) ? 'ORG' : undefined);
      if (type !== undefined) taken = { type, start: first, end: s.end };
    }
    if (taken === undefined) out?.push(s);
    else (out ??= spans.slice(0, k)).push(taken);
  }
  return out ?? spans;
}
