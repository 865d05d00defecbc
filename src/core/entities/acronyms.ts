/**
 * Acronyms that spell a common word: "WHO", "SAGE", "NICE". The tagger reads a word by its lower
 * case as much as by its shape, and "who" is a pronoun: "the WHO said", "WHO chief Tedros" and
 * "the World Health Organisation (WHO)" gave no name. Two patterns of English news say such a
 * word is a name:
 * - An acronym in brackets right after a name whose capitalised words it spells by their
 *   initials defines it ("the Office for National Statistics (ONS)"): it is that name's type
 *   there and wherever the article writes it so (Schwartz & Hearst 2003; one sense per discourse).
 * - A word of three to six capitals that the training text writes in lower case, after "the"
 *   and before a verb of saying or deciding or a possessive, or before an official's role ("the
 *   WHO said", "the WHO urged", "the WHO's", "WHO chief", "SAGE experts said"), in a sentence in
 *   ordinary case, is an organisation's acronym: what an organisation does in the news, a common
 *   noun shouted for emphasis does not ("the LAW was clear", "the LED in the phone", "the SAT in
 *   March", "the WAR ended" stand before a copula, a preposition or any verb). Emphasis before a
 *   noun ("certainly NOT the best", "the REAL artists", "ALL staff", "the TEAM members") stands in
 *   neither place, nor does a closed-class word; two letters are left alone ("the PM", "IT chief").
 */
import { writtenLowerInTraining, type Gazetteer } from './gazetteer.js';
import type { SpanType, TokenSpan } from './labels.js';
import { isClosedClass } from './junk-words.js';
import { inOrdinaryCase } from './organisation-fronts.js';
import { actsAfterThe, isRoleAfter } from './acronym-places.js';
import { wordStarts } from './words.js';

const ACRONYM = /^\p{Lu}{2,6}$/u;
const SPELLED_WORD = /^\p{Lu}{3,6}$/u;

/**
 * Whether word `i` stands where an organisation's acronym does: before a role ("WHO chief"), or
 * after "the" and before what an organisation does ("the WHO said", "the WHO urged"), not before
 * a noun it would qualify ("the REAL artists", "the SAT college exam") nor before a copula or a
 * preposition, where a noun shouted for emphasis stands as often ("the LAW was clear").
 */
function acronymPlace(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '.';
  return isRoleAfter(next) || actsAfterThe(words[i - 1] ?? '', next);
}

/** The initials of the span's capitalised words ("World Health Organisation" WHO). */
function initials(words: readonly string[], s: TokenSpan): string {
  let out = '';
  for (let i = s.start; i < s.end; i++) {
    const c = words[i]!.charCodeAt(0);
    if (c >= 65 && c <= 90) out += words[i]![0];
  }
  return out;
}

/** Whether the word is two capitals or more, by its first two character codes (the cheap test before the pattern). */
function capitalsAt(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90;
}

/** Spans with the acronyms above added as names (see above). */
export function withAcronyms(
  spans: readonly TokenSpan[],
  words: readonly string[],
  g: Gazetteer | undefined,
  sentenceStarts: readonly number[],
): readonly TokenSpan[] {
  // Acronyms the article defines after a name, by their spelling.
  let defined: Map<string, SpanType> | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const w = words[s.end + 1];
    if (s.type === 'MISC' || words[s.end] !== '(' || words[s.end + 2] !== ')' || w === undefined || !ACRONYM.test(w)) continue;
    // Tagged or not: a tagged acronym takes the name's type (withDefinedTypes).
    if (initials(words, s) === w) (defined ??= new Map()).set(w, s.type);
  }
  spans = withDefinedTypes(spans, words, defined);
  if (defined === undefined && g === undefined) return spans;
  let added: TokenSpan[] | undefined;
  let k = 0;
  // Only a word that may open with a capital can be an acronym: most words of a document open in lower case.
  for (const i of wordStarts(words).upper) {
    const w = words[i]!;
    if (w.length < 2 || !capitalsAt(w)) continue;
    while (k < spans.length && spans[k]!.end <= i) k++;
    if (k < spans.length && spans[k]!.start <= i) continue;
    let type = defined?.get(w);
    if (type === undefined && g !== undefined && SPELLED_WORD.test(w) && !isClosedClass(w) && acronymPlace(words, i) && writtenLowerInTraining(g, w))
      type = 'ORG';
    if (type !== undefined && inOrdinaryCase(words, sentenceStarts, i)) (added ??= []).push({ type, start: i, end: i + 1 });
  }
  if (added === undefined) return spans;
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}

/**
 * Tagged acronyms as their definition says, wherever the article writes them: one defined after
 * a name takes the name's type, where the tagger gave it its own ("the Tarsk Metals Exchange
 * (TME)" with TME a place).
 */
function withDefinedTypes(spans: readonly TokenSpan[], words: readonly string[], defined: Map<string, SpanType> | undefined): readonly TokenSpan[] {
  if (defined === undefined) return spans;
  let changed = false;
  const out: TokenSpan[] = [];
  for (const s of spans) {
    const w = s.end - s.start === 1 ? words[s.start]! : '';
    const type = defined.get(w);
    if (type !== undefined && type !== s.type && s.type !== 'MISC') {
      out.push({ ...s, type });
      changed = true;
    } else out.push(s);
  }
  return changed ? out : spans;
}
