/**
 * Bodies named for their remits: "Department of Housing and Urban Development", "Ministry of
 * Housing, Communities and Local Government", "Centers for Disease Control and Prevention". The
 * remit is a list of capitalised common nouns joined by commas and "and", and the decoder, which
 * reads two words either side, often closes the name at the "and" or the comma ("Department of
 * Housing" + "Urban Development", or the last part lost). CoNLL train tags such names whole
 * ("Ministry of Petroleum and Minerals", "Bureau of Alcohol , Tobacco and Firearms"), and its
 * coordinated bodies that stay apart have a place or an acronym after "of" or "and" (shapes like "Council of
 * Tarsk and NATO", "Harbour Life Co of Varnia and Gullport Mutual Co"): a remit
 * holds no place, no acronym and no word that heads a name of its own ("Bank", "Corp").
 */
import { listBit, writtenLowerInTraining, type Gazetteer } from './gazetteer.js';
import { hashPhrase } from './hash.js';
import type { TokenSpan } from './labels.js';
import { CAPITALISED_WORD, STARTS_UPPER, isSentenceStart } from './words.js';

/** Nouns for a body named after what it deals with, before "of" or "for". */
const REMIT_HEAD =
  /^(?:Department|Ministry|Office|Bureau|Centers?|Centre|Institute|Commission|Council|Committee|Agency|Authority|Board|Directorate|Secretariat|Association|Federation|Foundation|School|College|Faculty|Academy)$/;
const REMIT_LINK = /^(?:of|for)$/;
/**
 * Words that head or end a name of their own, so a new one starts at them ("and the Central Bank", "and Southland Life Insurance Co"),
 * or name a body alone ("Department of Justice and Treasury officials": two bodies' officials).
 */
const OWN_HEAD =
  /^(?:Treasury|Pentagon|Parliament|Congress|Senate|Cabinet|Police|Army|Navy|Department|Ministry|Office|Bureau|Agency|Authority|Bank|Council|Commission|Committee|Board|Institute|University|Corporation|Company|Co|Corp|Inc|Ltd|Plc|Group|Holdings|Party|Union|League|Association|Federation|Foundation|Trust|Fund|Court)$/;
const PLACES = listBit('country') | listBit('city');

/** Whether the word heads a name of its own or names a body alone ("Bank", "Treasury", "Navy"): no remit of another body's name. */
export const isOwnHead = (w: string): boolean => OWN_HEAD.test(w);

/**
 * The remits of the United States' executive departments, each a department's whole name after
 * "Department of": two of them joined by "and" are two departments ("Department of Justice and
 * Homeland Security officials"), where a state's or another country's department may join two
 * remits in one name ("Department of Labor and Industry"). The two federal departments named so
 * ("Health and Human Services", "Housing and Urban Development") join no federal remit to another.
 */
const FEDERAL_REMITS = new Set([
  'Agriculture',
  'Commerce',
  'Defense',
  'Education',
  'Energy',
  'Homeland Security',
  'Interior',
  'Justice',
  'Labor',
  'State',
  'Transportation',
  'Veterans Affairs',
]);

/** Whether words `from` to `to` are a federal department's remit ("Justice", "Homeland Security"). */
export const isFederalRemit = (words: readonly string[], from: number, to: number): boolean => FEDERAL_REMITS.has(words.slice(from, to).join(' '));

/**
 * Where the second department starts when the organisation's span is "Department of", a federal
 * remit, "and" and another ("Department of Justice and Homeland Security"); -1 if it is not.
 */
function secondDepartment(s: TokenSpan, words: readonly string[]): number {
  if (s.type !== 'ORG' || s.end - s.start < 5 || words[s.start] !== 'Department' || words[s.start + 1] !== 'of') return -1;
  const and = words.indexOf('and', s.start + 3);
  if (and < 0 || and >= s.end - 1) return -1;
  return isFederalRemit(words, s.start + 2, and) && isFederalRemit(words, and + 1, s.end) ? and + 1 : -1;
}

/** Spans with two federal departments the decoder or the remit rule made one split in two (see FEDERAL_REMITS). */
function withTwoDepartments(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const second = secondDepartment(s, words);
    if (second < 0) out?.push(s);
    else (out ??= spans.slice(0, k)).push({ type: 'ORG', start: s.start, end: second - 1 }, { type: 'ORG', start: second, end: s.end });
  }
  return out ?? spans;
}

/** Whether the word can be part of a remit: a capitalised word (no acronym) listed as no place and heading no name of its own. */
function remitWord(w: string, g: Gazetteer | undefined): boolean {
  return CAPITALISED_WORD.test(w) && !OWN_HEAD.test(w) && (g === undefined || (g.lookup(hashPhrase([w])) & PLACES) === 0);
}

/** Where a remit's run of words starting at `i` ends (at most three words, not a sentence's start, not going on into a capital); `i` if none. */
function runEnd(words: readonly string[], i: number, g: Gazetteer | undefined, sentenceStarts: readonly number[]): number {
  let e = i;
  while (e < words.length && e - i < 3 && remitWord(words[e]!, g) && !isSentenceStart(sentenceStarts, e)) e++;
  return e > i && !STARTS_UPPER.test(words[e] ?? '') ? e : i;
}

/** Whether the organisation's span ends in a body's head, "of" or "for", and a remit ("Department of Housing"). */
function endsInRemit(s: TokenSpan, words: readonly string[], g: Gazetteer | undefined): boolean {
  if (s.type !== 'ORG' || s.end - s.start < 3) return false;
  // The shape first, the word lists only for a body's span: this runs on every span.
  let p = s.end - 1;
  while (p > s.start && CAPITALISED_WORD.test(words[p]!)) p--;
  if (p === s.end - 1 || p === s.start || !REMIT_LINK.test(words[p]!) || !REMIT_HEAD.test(words[p - 1]!)) return false;
  for (let i = p + 1; i < s.end; i++) if (!remitWord(words[i]!, g)) return false;
  return true;
}

/**
 * Organisations named for a remit, made whole across the remit's commas and its "and" (see
 * above), taking in the spans the decoder made of its parts. A list of remits that never
 * reaches an "and" is left alone: it may be a list of names.
 */
export function withRemits(
  spans: readonly TokenSpan[],
  words: readonly string[],
  g: Gazetteer | undefined,
  sentenceStarts: readonly number[],
): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    let end = -1;
    if (endsInRemit(s, words, g)) {
      for (let e = s.end; e < words.length && (words[e] === ',' || words[e] === 'and');) {
        const next = runEnd(words, e + 1, g, sentenceStarts);
        if (next === e + 1) break;
        if (words[e] === 'and') {
          end = next;
          break;
        }
        e = next;
      }
    }
    // The decoder's spans over the remit's parts are the name's; a person or place among them is not,
    // nor one word after "and" read as an organisation by itself ("Department of Justice and Apple"),
    // unless it is a common noun ("British Academy of Film and Television", "Television" read alone).
    let last = k;
    while (end > 0 && spans[last + 1] !== undefined && spans[last + 1]!.start < end) {
      const part = spans[++last]!;
      const alone =
        part.type === 'ORG' &&
        part.start === end - 1 &&
        part.end === end &&
        words[part.start - 1] === 'and' &&
        (g === undefined || !writtenLowerInTraining(g, words[part.start]!));
      if (part.end > end || part.type === 'PER' || part.type === 'LOC' || alone) end = -1;
    }
    if (end > 0) {
      (out ??= spans.slice(0, k)).push({ type: 'ORG', start: s.start, end });
      k = last;
    } else out?.push(s);
  }
  return withTwoDepartments(out ?? spans, words);
}
