/**
 * A company's kind written before its name, in the style of wire news: "German carmaker
 * Halvor", "Dutch airline Varnair", "spy agency GCHQ" (an appositive of a common noun and a
 * name: Quirk et al. 1985, 17.65ff). In CoNLL train a capitalised word after one of these nouns
 * is an organisation's 100 times in 106 (a person's 3, after "insurer", "party", "service").
 * Not "carrier": "the aircraft carrier Enterprise" (CoNLL dev) is a ship.
 * - A capitalised word (or run of them) the tagger left untagged right after a lower-case kind
 *   is an organisation: "airline KLM", "carmaker Halvor"; so is a name it tagged MISC there
 *   (none is in CoNLL train). A person or place it tagged keeps its type.
 * - A capitalised kind opening a span, as at a sentence's start ("Insurer Aviva", "Chipmaker
 *   Tarvex"), is no part of the name: the rest is the organisation, or, of two words or more
 *   tagged a person's, a person ("Insurer Tova Lind said"), as with false titles (name-roles.ts).
 */
import { isCalendarWord, isClosedClass, isOffice, isTitle } from './junk-words.js';
import type { TokenSpan } from './labels.js';
import { STARTS_UPPER, isSentenceStart, wordStarts } from './words.js';

/** The kinds that open no organisation's name of their own, unlike "Bank Leumi", "Group 4", "Club Med". */
const OPENING_KINDS =
  'carmaker automaker drugmaker chipmaker retailer lender insurer miner broadcaster brewer supermarket conglomerate regulator watchdog'.split(' ');
/** Nouns for a kind of company or body that an appositive name follows in news; a set, asked of every word. */
const KIND = new Set([
  ...OPENING_KINDS,
  ...'airline bank firm company group giant agency operator publisher newspaper manufacturer club startup start-up'.split(' '),
]);
/** The opening kinds as a sentence's first word writes them ("Insurer"). */
const OPENING_KIND = new Set(OPENING_KINDS.map((w) => w[0]!.toUpperCase() + w.slice(1)));
/**
 * A word of a name: capitalised, two letters or more ("group C" is a sports group), no title or
 * office ("union Secretary"), no day or month ("the agency Saturday launched").
 */
const nameWord = (w: string) => STARTS_UPPER.test(w) && LETTERS.test(w) && !isClosedClass(w) && !isTitle(w) && !isOffice(w) && !isCalendarWord(w);
const LETTERS = /^\p{L}[\p{L}\p{N}]/u;

/** The spans with the organisations their kind names added and the kinds cut from their front (see above). */
export function withCompanyKinds(spans: readonly TokenSpan[], words: readonly string[], sentenceStarts: readonly number[]): readonly TokenSpan[] {
  // Asked only after a kind before a capital, which few sentences hold: no index of the spans is built.
  const tagged = (t: number) => spans.some((s) => s.start <= t && t < s.end);
  let out: TokenSpan[] | undefined;
  // Only a word before one that may open with a capital, which rules out four words in five
  // without asking the set, which hashes the whole word (this loop was 3% of entity time). A word
  // inside a run just added is capitalised, so never a kind.
  for (const next of wordStarts(words).upper) {
    const i = next - 1;
    // A headline ending on a kind runs into the story's first word ("… buys Russian firm" / "Brewing giant …").
    if (i < 0 || !KIND.has(words[i]!) || !nameWord(words[next]!) || isSentenceStart(sentenceStarts, next)) continue;
    const k = spans.findIndex((s) => s.start === i + 1);
    if (k >= 0 && spans[k]!.type === 'MISC') (out ??= spans.slice())[k] = { ...spans[k]!, type: 'ORG' };
    if (tagged(i + 1)) continue;
    let end = i + 2;
    while (end < words.length && nameWord(words[end]!) && !tagged(end)) end++;
    (out ??= spans.slice()).push({ type: 'ORG', start: i + 1, end });
  }
  const added = out === undefined ? spans : out.sort((a, b) => a.start - b.start);
  let cut: TokenSpan[] | undefined;
  added.forEach((s, k) => {
    if (s.end - s.start < 2 || !OPENING_KIND.has(words[s.start]!)) return;
    const type = s.type === 'PER' && s.end - s.start > 2 ? 'PER' : 'ORG';
    (cut ??= added.slice())[k] = { type, start: s.start + 1, end: s.end };
  });
  return cut ?? added;
}
