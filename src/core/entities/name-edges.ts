/**
 * Words the decoder left out at the edges of a name, found from what stands beside it:
 * - An Arabic family name ("Al-Maktoum", "el-Sisi") right after a person's name goes on it:
 *   "Sheikh Mohammed Al-Nahyan Al-Maktoum" is one person. Such a part never starts a name of
 *   its own there (the person touching one is joined in repair.ts; this takes the untagged ones).
 * - A capitalised word written inside a sentence (its capital is the name's, Mikheev 2002) and
 *   left untagged right before a one-word organisation goes on it when that word is in no list
 *   of names: "fined Halvik Rovers" gave "Rovers", a club's head, which says what kind of name
 *   it is and never stands for the club alone. A listed name ("Premiership Chelsea") stays apart.
 * - A capitalised word opening a sentence, left untagged right before a one-word person's name,
 *   is their given name ("Pep Guardiola praised ..." gave "Guardiola") when nothing says it is a word:
 *   in no list but people's (not "Russian"), not a word train.txt or the article writes in lower case, no
 *   title, honorific, office or false title ("Lord", "Princess", "Rapper": name-roles.ts), and
 *   no participle ("Fuming Robinson", "Excluding Brand"). A capital there is owed to the
 *   sentence's start, so it is the word's own evidence that is asked for.
 * - A name the decoder ended on a possessive "'s" and a name of the same kind right after it
 *   are one name ("People's" + "Daily Online"): one name does not end where another of its
 *   kind begins with no break. (Going on through untagged capitalised words too also took
 *   titles after a company's possessive, "Tesco's Chief Executive", and CoNLL's gold ends
 *   "the Association of Lloyd's" before "State Chairmen".)
 * - An untagged capitalised word in a list of people ("Subs: Hope, Quill", "Newcastle: Given,
 *   Carr, ..."), right after a colon, a comma or "and" and right before a comma, "and" or the
 *   sentence's end, next to a one-word person, is a person too: a team sheet lists players, and
 *   common words ("Hope", "Given") are surnames there. The tagger reads such a word by itself.
 */
import { GAZETTEER_LISTS, writtenLowerInTraining, type Gazetteer } from './gazetteer.js';
import { hashPhrase } from './hash.js';
import { isCalendarWord, isClosedClass, isOffice, isTitle } from './junk-words.js';
import type { TokenSpan } from './labels.js';
import { isFalseTitle, isHonorific } from './name-roles.js';
import { ARABIC_FAMILY_NAME, CAPITALISED_WORD, STARTS_LOWER, isSentenceStart, wordLookup } from './words.js';

const SHORT_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
const POSSESSIVE = /^['’]s$/;

const NAME_LISTS = GAZETTEER_LISTS.reduce((mask, l, i) => (l === 'nationality' ? mask : mask | (1 << i)), 0);
/** Lists other than people's, nationalities among them ("Russian Dmitriy Bogdanov"). */
const OTHER_LISTS = GAZETTEER_LISTS.reduce((mask, l, i) => (l === 'person' ? mask : mask | (1 << i)), 0);
const PARTICIPLE = /(?:ing|ed)$/;
/** Words that open a list item's place and close it. */
const LIST_OPEN = new Set([':', ',', 'and']);
const LIST_CLOSE = new Set([',', 'and', '.', ';']);

/** Whether the word can be a name's own word: capitalised, no title, office, month or weekday. */
function nameLike(w: string): boolean {
  return CAPITALISED_WORD.test(w) && !isClosedClass(w) && !isTitle(w) && !isOffice(w) && !isCalendarWord(w);
}

/** The spans with the edges above repaired. `sentenceStarts` holds each sentence's first word. */
export function withNameEdges(spans: readonly TokenSpan[], words: readonly string[], g: Gazetteer | undefined, sentenceStarts: readonly number[]): TokenSpan[] {
  const starts = { has: (i: number) => isSentenceStart(sentenceStarts, i) };
  const written = wordLookup(words);
  const out: TokenSpan[] = [];
  for (let k = 0; k < spans.length; k++) {
    let s = spans[k]!;
    const previousEnd = out[out.length - 1]?.end ?? 0;
    const nextStart = spans[k + 1]?.start ?? words.length;
    // A month shortened with a full stop is no given name: "presenters Tam and Dec. Rebecca Hollins's
    // choice", where the sentence break after the abbreviation was missed.
    if (s.type === 'PER' && s.end - s.start > 1 && words[s.start]!.endsWith('.') && SHORT_MONTH.test(words[s.start]!)) s = { ...s, start: s.start + 1 };
    if (s.type === 'PER' && s.end < nextStart && words[s.end]![2] === '-') {
      let end = s.end;
      while (end < nextStart && ARABIC_FAMILY_NAME.test(words[end]!)) end++;
      if (end > s.end) s = { ...s, end };
    }
    // The rest tagged apart, as a name of the same kind: "People's" + "Daily Online".
    if (nextStart === s.end && words[s.end - 1]!.length === 2 && POSSESSIVE.test(words[s.end - 1]!) && spans[k + 1]!.type === s.type && !starts.has(s.end))
      s = { ...s, end: spans[++k]!.end };
    const before = s.start - 1;
    if (g !== undefined && s.type === 'PER' && s.end - s.start === 1 && before >= previousEnd && starts.has(before) && givenName(words, before, g, written))
      s = { ...s, start: before };
    else if (
      g !== undefined &&
      s.type === 'ORG' &&
      s.end - s.start === 1 &&
      before >= previousEnd &&
      // Inside a sentence, after a word in lower case: "fined Halvik Rovers", not "The MPC", "\"After IOC".
      STARTS_LOWER.test(words[before - 1] ?? '') &&
      !starts.has(before) &&
      nameLike(words[before]!) &&
      (g.lookup(hashPhrase([words[s.start]!])) & NAME_LISTS) === 0 &&
      (g.lookup(hashPhrase([words[before]!])) & NAME_LISTS) === 0
    )
      s = { ...s, start: before };
    out.push(s);
  }
  return withListedPeople(out, words, starts);
}

/** Whether the word at `i`, opening a sentence before a person, is their given name (see above). */
function givenName(words: readonly string[], i: number, g: Gazetteer, written: (word: string) => boolean): boolean {
  const w = words[i]!;
  if (!nameLike(w) || isHonorific(w) || isFalseTitle(w) || PARTICIPLE.test(w) || writtenLowerInTraining(g, w)) return false;
  if ((g.lookup(hashPhrase([w])) & OTHER_LISTS) !== 0) return false;
  return !written(w.toLowerCase());
}

/** Untagged list items beside a listed person made people (see above). */
function withListedPeople(spans: TokenSpan[], words: readonly string[], starts: { has(i: number): boolean }): TokenSpan[] {
  let added: TokenSpan[] | undefined; // made only when an item is found: most articles have none
  spans.forEach((s, k) => {
    if (s.type !== 'PER' || s.end - s.start !== 1) return;
    // The item before the person ("Hope" of "Hope, Quill") and the one after it, when no span holds it.
    for (const i of [s.start - 2, s.end + 1]) {
      // The word tests first: most people have no list beside them, and the sentence starts are searched.
      if (i < 1 || i >= words.length || !LIST_OPEN.has(words[i - 1]!) || !LIST_CLOSE.has(words[i + 1] ?? '.')) continue;
      if (starts.has(i) || (i < s.start ? (spans[k - 1]?.end ?? 0) > i : (spans[k + 1]?.start ?? words.length) <= i) || !nameLike(words[i]!)) continue;
      const between = i < s.start ? words[i + 1]! : words[i - 1]!;
      // "Shearman and Sterling" is a firm: two names joined by "and" alone make no list.
      const listed = between === ',' || (between === 'and' && words[Math.min(i, s.start) - 1] === ',');
      if (listed && !added?.some((a) => a.start === i)) (added ??= []).push({ type: 'PER', start: i, end: i + 1 });
    }
  });
  return added === undefined ? spans : [...spans, ...added].sort((a, b) => a.start - b.start);
}
