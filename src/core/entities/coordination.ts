/**
 * Names joined by "and", "or" or a comma are mostly of one kind: "investors led by Amazon and
 * Google". The tagger, trained on 1996 Reuters, reads "Amazon" as the river; when a one-word
 * place is listed as a company and in no list of places, and the name it is coordinated with
 * is an organisation listed as a company too, it is one more company ("the Gulls, America
 * and the Eagles" is left alone). The lists alone do not decide (they are
 * features to the tagger), nor does the coordination alone ("Britain and the EU" stay apart).
 */
import { listBit, type Gazetteer } from './gazetteer.js';
import { hashPhrase } from './hash.js';
import type { TokenSpan } from './labels.js';
import { replaced } from './words.js';

const COMPANY = listBit('company');
const PLACE_LISTS = listBit('country') | listBit('city');
const COORDINATOR = /^(?:and|or|&)$/;
const LISTED_ON = /^(?:and|or|&|,)$/;

/**
 * Whether spans a and b (a before b) are coordinated: "and", "or" or "&" between them, or a
 * comma when the list goes on after b ("Amazon, Google and eBay"; not "In the West, ISIS is").
 */
function coordinated(a: TokenSpan, b: TokenSpan, words: readonly string[]): boolean {
  if (b.start !== a.end + 1) return false;
  const between = words[a.end]!;
  return COORDINATOR.test(between) || (between === ',' && (LISTED_ON.test(words[b.end] ?? '') || words[a.start - 1] === ','));
}

/** Spans with a company-listed place coordinated with an organisation retyped (see above). */
export function withCoordinatedCompanies(spans: readonly TokenSpan[], words: readonly string[], g: Gazetteer | undefined): readonly TokenSpan[] {
  if (g === undefined) return spans;
  return replaced(spans, (s, k) => {
    const isCompany = (o: TokenSpan) => o.type === 'ORG' && (g.lookup(hashPhrase(words.slice(o.start, o.end))) & COMPANY) !== 0;
    let company = false;
    if (s.type === 'LOC' && s.end - s.start === 1) {
      const mask = g.lookup(hashPhrase([words[s.start]!]));
      const before = spans[k - 1];
      const after = spans[k + 1];
      company =
        (mask & COMPANY) !== 0 &&
        (mask & PLACE_LISTS) === 0 &&
        ((before !== undefined && isCompany(before) && coordinated(before, s, words)) ||
          (after !== undefined && isCompany(after) && coordinated(s, after, words)));
    }
    return company ? { ...s, type: 'ORG' } : s;
  });
}
