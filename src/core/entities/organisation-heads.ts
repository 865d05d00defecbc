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
import { isClosedClass, isOffice, isTitle } from './junk-words.js';
import { STARTS_UPPER, isSentenceStart, replaced } from './words.js';

/**
 * Last words of organisations' names that no person's name ends in ("Van Amersfoort Racing",
 * "Dow Jones Indices"): in CoNLL train, Wikigold and PUD news every span ending in one is an
 * organisation's (or MISC, "Producer Prices Index", which is why "Index" is not one).
 */
const ORGANISATION_HEAD =
  /^(?:Racing|Motorsport|Motors|Group|Holdings|Bank|Airlines|Airways|Inc\.?|Ltd\.?|Corp\.?|Plc|PLC|LLC|Indices|Partners|Capital|Securities|Investments|Industries|Technologies|Pharmaceuticals|Therapeutics|Resources|Enterprises|Ventures)$/;

/**
 * An organisation's last word that is a surname as well ("Jim Capital scored twice"): it makes a
 * MISC span an organisation, not a person's. CoNLL train holds no person's span ending in it, and
 * the tagger reads a company so named by its context ("Halvern Capital raised its stake").
 */
const SURNAME_HEAD = /^Capital$/;

/** A word that is no plain capitalised word: an acronym or a brand's spelling ("S&P", "BNY"), not a nationality ("German"). */
const CODED_WORD = /^(?!\p{Lu}\p{Ll}+$)\p{Lu}[^\s-]*$/u;

/**
 * Last words of football clubs' names ("West Bromwich Albion", "Bristol Rovers"): no place's
 * name ends in one in CoNLL train or Wikigold (all 55 such spans there are organisations), so
 * a place's span ending in one is a club too; likewise a club's code or sport after its town
 * ("Edinburgh Rugby", "Barnet FC": every span of CoNLL train and Wikigold ending in "Rugby", "FC"
 * is an organisation's, "Rugby" alone the town). Not "City", "County", "Town", "Forest" or
 * "Palace", which end places' names ("Mexico City", "Cape Town").
 */
const CLUB_HEAD = /^(?:United|Albion|Rovers|Rangers|Wanderers|Athletic|Hotspur|Argyle|Rugby|RFC|FC|AFC)$/;

/**
 * Legal forms written after a company's name ("Enel SpA", "BioNTech SE", "Barclays plc"). CoNLL
 * train tags every one it holds inside the organisation (AG, Co, Corp, Inc, Ltd, NV, Plc ...:
 * 237 of 238, "SA" once not), but never saw "SpA", "SE" or a lower-case "plc", which the tagger
 * leaves out or tags alone.
 */
/** A word that may be a company's name before its legal form: a capital, then a lower-case letter or more ("HalvTech"). */
const NAME_WORD = /^\p{Lu}\p{L}*\p{Ll}/u;
const LEGAL_FORM = /^(?:Inc|Corp|Co|Ltd|Plc|plc|PLC|AG|SA|S\.A|SE|NV|N\.V|SpA|S\.p\.A|GmbH|AB|ASA|Oyj|BV|B\.V|LLC|LLP|Bhd|Tbk|KGaA|Pty)\.?$/;

/** Nouns naming a body that heads an organisation's name; capitalised, they end the name they follow. */
const BODY_HEAD =
  /^(?:Federation|Association|Union|Council|Committee|Commission|Authority|Agency|Institute|Party|League|Corporation|Bank|Foundation|Society|Ministry|Confederation|Organisation|Organization|Board|Trust)$/;

/** Whether the word ends organisations' names: a company's or club's last word, a body noun or a legal form ("Group", "FC", "Council", "Inc"). */
export const isOrganisationHead = (w: string): boolean => ORGANISATION_HEAD.test(w) || BODY_HEAD.test(w) || CLUB_HEAD.test(w) || LEGAL_FORM.test(w);

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

/**
 * A person's (or miscellaneous) span that ends in an organisation's last word (a person's not in
 * "Capital"), or a place's in a club's, is an organisation; a one-word acronym's span touching it
 * before ("S&P" + "Dow Jones Indices", which the decoder read as a MISC and a person) is the
 * company's first word.
 */
export function withOrganisationHeads(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  const headed = replaced(spans, (s): TokenSpan => {
    if (s.type === 'ORG' || s.end - s.start < 2) return s;
    const last = words[s.end - 1]!;
    const head = s.type !== 'LOC' && ORGANISATION_HEAD.test(last) && !(s.type === 'PER' && SURNAME_HEAD.test(last));
    return CLUB_HEAD.test(last) || head ? { ...s, type: 'ORG' } : s;
  });
  let out: TokenSpan[] | undefined;
  for (let k = 0; k < headed.length; k++) {
    const s = headed[k]!;
    const next = headed[k + 1];
    const prefix =
      next !== undefined &&
      next.start === s.end &&
      s.end - s.start === 1 &&
      (s.type === 'MISC' || s.type === 'ORG') &&
      CODED_WORD.test(words[s.start]!) &&
      next.type === 'ORG' &&
      ORGANISATION_HEAD.test(words[next.end - 1]!);
    if (prefix) {
      (out ??= headed.slice(0, k)).push({ type: 'ORG', start: s.start, end: next.end });
      k++;
    } else out?.push(s);
  }
  return out ?? headed;
}

/**
 * An organisation's or person's span with the legal form right after it taken in, as an
 * organisation ("Enel SpA"; "Harlow Peck Inc" is a company), whether the form was left untagged
 * or tagged alone ("BioNTech" + "SE"); and a form tagged alone after an untagged capitalised
 * word, which is the name ("HalvTech SE"), unless that word is an office ("President SA") or the
 * form is tagged a place. Not across a sentence's start, nor after a place ("Co Antrim" is a
 * county; "SA" and "SE" are also South Africa and south-east).
 */
export function withLegalForms(spans: readonly TokenSpan[], words: readonly string[], sentenceStarts: readonly number[]): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const next = spans[k + 1];
    const form = s.end;
    const alone = next !== undefined && next.start === form && next.end === form + 1;
    const takes =
      s.type !== 'LOC' &&
      form < words.length &&
      LEGAL_FORM.test(words[form]!) &&
      !isSentenceStart(sentenceStarts, form) &&
      (alone || next === undefined || next.start > form);
    // The form tagged alone after an untagged word of a name: the name is that word.
    const name = s.start - 1;
    const named =
      !takes &&
      s.type !== 'LOC' &&
      s.end === s.start + 1 &&
      LEGAL_FORM.test(words[s.start]!) &&
      name >= 0 &&
      (out?.[out.length - 1]?.end ?? spans[k - 1]?.end ?? 0) <= name &&
      NAME_WORD.test(words[name]!) &&
      !isClosedClass(words[name]!) &&
      !isTitle(words[name]!) &&
      !isOffice(words[name]!);
    if (takes) {
      (out ??= spans.slice(0, k)).push({ type: 'ORG', start: s.start, end: form + 1 });
      if (alone) k++;
    } else if (named) (out ??= spans.slice(0, k)).push({ type: 'ORG', start: name, end: s.end });
    else out?.push(s);
  }
  return out ?? spans;
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
