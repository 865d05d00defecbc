/**
 * Head nouns that say a name is an organisation's. The head of an English noun phrase is its
 * last word (the right-hand head rule, Williams 1981, "On the notions 'lexically related' and
 * 'head of a word'"), so "Varnia Football Federation" is a federation and "Harlow Peck Group"
 * a company.
 * - A person's (or a miscellaneous) span that ends in "Racing", "Group", "Bank", "Ltd" ... is
 *   an organisation's: CoNLL train has no person's name ending in one. One ending in a club's
 *   last word ("Albion", "Rovers") is, and a place's too.
 * - An organisation's or place's span directly followed, in its sentence, by an untagged
 *   capitalised body noun ("Federation", "Council", "League" ...) goes on to it: the decoder
 *   closed the name before its head. Its document-level features do so when the article later
 *   writes the noun alone ("the Federation", "the federation's members"): those mentions are
 *   no names, and their history pulls the head out of the full one. The name is then an
 *   organisation ("Leeds City Council" is a body, not the city).
 */
import type { TokenSpan } from './labels.js';
import { STARTS_UPPER, isSentenceStart, replaced } from './words.js';

/** Last words of organisations' names that no person's name ends in ("Van Amersfoort Racing"). */
const ORGANISATION_HEAD = /^(?:Racing|Motorsport|Motors|Group|Holdings|Bank|Airlines|Airways|Inc\.?|Ltd\.?|Corp\.?|Plc|PLC|LLC)$/;

/**
 * Last words of football clubs' names ("West Bromwich Albion", "Bristol Rovers"): no place's
 * name ends in one in CoNLL train or Wikigold (all 55 such spans there are organisations), so
 * a place's span ending in one is a club too. Not "City", "County", "Town", "Forest" or
 * "Palace", which end places' names ("Mexico City", "Cape Town").
 */
const CLUB_HEAD = /^(?:United|Albion|Rovers|Rangers|Wanderers|Athletic|Hotspur|Argyle)$/;

/** Nouns naming a body that heads an organisation's name; capitalised, they end the name they follow. */
const BODY_HEAD =
  /^(?:Federation|Association|Union|Council|Committee|Commission|Authority|Agency|Institute|Party|League|Corporation|Bank|Foundation|Society|Ministry|Confederation|Organisation|Organization|Board|Trust)$/;

/** Whether the word is a noun naming a body ("Federation", "Council"): a common noun, whatever train.txt's case. */
export const isBodyHead = (w: string): boolean => BODY_HEAD.test(w);

/** Words before a name that say it is a company: "shares of", "a stake in", "a subsidiary of". */
const HOLDING = /^(?:shares|stake|stakes|shareholders|takeover|subsidiary)$/i;
const HOLDING_LINK = /^(?:of|in)$/;
/** "a stake in Ana Ruiz's club": the holding is in what the person owns. */
const POSSESSIVE = /^['’]s?$/;

/**
 * Spans typed a person's that a holding says is a company ("shares of Harlow Peck", "a stake in
 * Tarvin Fox"), and the person's spans of the same words elsewhere in the document ("Harlow Peck
 * raises bid", one sense per discourse: Gale, Church & Yarowsky 1992) or of its last word alone
 * ("Skis Tarvin" ... "Tarvin said"), typed an organisation. The tagger reads a company named
 * like a person by its shape; in CoNLL train every name after these words is an organisation,
 * a place ("shares in Asia") or MISC, never a person.
 */
export function withHeldCompanies(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  let held: Set<string> | undefined;
  for (const s of spans)
    if (
      s.type === 'PER' &&
      s.start >= 2 &&
      HOLDING_LINK.test(words[s.start - 1]!) &&
      HOLDING.test(words[s.start - 2]!) &&
      !POSSESSIVE.test(words[s.end] ?? '')
    ) {
      held ??= new Set();
      held.add(words.slice(s.start, s.end).join(' '));
      held.add(words[s.end - 1]!);
    }
  if (held === undefined) return spans;
  const companies = held;
  return replaced(spans, (s) => (s.type === 'PER' && companies.has(words.slice(s.start, s.end).join(' ')) ? { ...s, type: 'ORG' } : s));
}

/** A person's (or miscellaneous) span that ends in an organisation's last word, or a place's in a club's, is an organisation. */
export function withOrganisationHeads(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  return replaced(spans, (s) => {
    if (s.type === 'ORG' || s.end - s.start < 2) return s;
    const last = words[s.end - 1]!;
    return CLUB_HEAD.test(last) || (s.type !== 'LOC' && ORGANISATION_HEAD.test(last)) ? { ...s, type: 'ORG' } : s;
  });
}

/**
 * Organisations' and places' spans with the untagged body noun right after them taken in (see
 * above). `sentenceStarts` keeps a noun that opens the next sentence out, and a capital after
 * the noun a title-case headline ("Three Killed In Athens Bank Fire": a bank in Athens).
 */
export function withBodyHeads(spans: readonly TokenSpan[], words: readonly string[], sentenceStarts: readonly number[]): readonly TokenSpan[] {
  return replaced(spans, (s, k) => {
    const head = s.end;
    const grows =
      (s.type === 'ORG' || s.type === 'LOC') &&
      head < words.length &&
      (spans[k + 1]?.start ?? words.length) > head &&
      BODY_HEAD.test(words[head]!) &&
      !STARTS_UPPER.test(words[head + 1] ?? '') &&
      !isSentenceStart(sentenceStarts, head);
    return grows ? { type: 'ORG', start: s.start, end: head + 1 } : s;
  });
}
