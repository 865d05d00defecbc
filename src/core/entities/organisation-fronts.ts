/**
 * The front words of an organisation's name that the decoder left out: "Analysts at Capital
 * Economics said" gave "Economics", "his Team Sky colleague" "Sky", "a spokesman for Greater
 * Manchester Police" "Manchester Police", "the Fish and Wildlife Service" "Wildlife Service".
 * The decoder reads two words either side and opens a name late when its first word is a common
 * one ("capital", "team", "greater", "fish"); the capital the writer gave that word inside a
 * sentence says it belongs to the name (Mikheev 2002: a capital not owed to the sentence's start
 * is a name's). So an organisation's span takes in one or two untagged capitalised words right
 * before it (one capital, then lower case: no acronym, no "Double-A"), and a body's span ("...
 * Service", "... Administration") one or two before an "and" that opens it ("Food and Drug
 * Administration"), when a lower-case word or a comma stands before them in a sentence written
 * in ordinary case: a title-case line ("Checks Into Betty Ford Clinic", "Microsoft to Buy
 * Activision Blizzard"), a score ("3 Maccabi Tel Aviv") or a sentence's start ("Former Arsenal
 * captain") says nothing of the word. Not a title, office, month, weekday, season or holiday
 * ("told Monday Harlow Group", "over Christmas Tesco said"), a word of a closed class, a party's
 * label or a nationality ("the Socialist Zeri i Popullit daily"), nor a word that opens a sentence.
 */
import { LOWERCASE_BIT, listBit, type Gazetteer } from './gazetteer.js';
import { hashPhrase } from './hash.js';
import type { TokenSpan } from './labels.js';
import { isPartyOrNationality } from './name-tails.js';
import { TITLE_CASE_LOWER } from './framing.js';
import { isClosedClass, junkReason } from './junk-words.js';
import { isFalseTitle, isHonorific } from './name-roles.js';
import { isFederalRemit, isOwnHead } from './remits.js';
import { countBelow } from '../sorted.js';
import { CAPITALISED_WORD, STARTS_LOWER, isSentenceStart } from './words.js';

/** Heads of a body's name whose front may be a remit coordinated by "and" ("Fish and Wildlife Service"). */
const BODY_END = /^(?:Service|Services|Administration|Agency|Authority|Bureau|Commission|Department|Office|Institute|Council|Board|Centre|Center)$/;

const POSSESSIVE = /^['’]s$/;
/** The gazetteer's lists of names (not nationalities). */
const NAME_LISTS = listBit('country') | listBit('city') | listBit('person') | listBit('company');

/** At most this many words are taken in before a name or its "and". */
const MAX_FRONT = 2;

/** Whether the word may open an organisation's name the decoder closed late. */
export function frontWord(w: string, g: Gazetteer | undefined): boolean {
  return (
    CAPITALISED_WORD.test(w) &&
    !isPartyOrNationality(w, g) &&
    !isClosedClass(w) &&
    // A title, office, month, weekday, season or holiday ("over Christmas Tesco said"): no name's first word.
    junkReason([w], 'ORGANIZATION') === null &&
    !isHonorific(w) &&
    !isFalseTitle(w)
  );
}

/**
 * Whether the sentence holding word `i` is written in ordinary case: a word past its first in
 * lower case that title case would capitalise ("said"). A title-case line keeps only its small
 * words in lower case ("Microsoft to Buy Activision Blizzard"), so a lower-case word before a
 * capital there says nothing of the capital.
 */
export function inOrdinaryCase(words: readonly string[], sentenceStarts: readonly number[], i: number): boolean {
  const s = countBelow(sentenceStarts, i + 1) - 1;
  const to = sentenceStarts[s + 1] ?? words.length;
  for (let j = (sentenceStarts[s] ?? 0) + 1; j < to; j++) if (STARTS_LOWER.test(words[j]!) && !TITLE_CASE_LOWER.has(words[j]!)) return true;
  return false;
}

/**
 * Where the run of front words ending before word `end` starts, no earlier than `floor` (the
 * previous span's end); `end` when there is none or the word before the run is a capital or
 * the run opens a sentence.
 */
function frontStart(words: readonly string[], end: number, floor: number, sentenceStarts: readonly number[], g: Gazetteer | undefined): number {
  let i = end;
  while (i > floor && end - i < MAX_FRONT && frontWord(words[i - 1]!, g) && !isSentenceStart(sentenceStarts, i - 1)) i--;
  // The loop stops before a sentence's first word, so i opens none.
  if (i === end || i === 0) return end;
  // Only a lower-case word or a comma before the run, in a sentence in ordinary case ("at Capital
  // Economics", "In 2005, Time Warner"); not a capital, a score or a mark ("3 Maccabi Tel Aviv", ": Aa S&P").
  const before = words[i - 1]!;
  // Or "The" opening the sentence, which takes the sentence's capital ("The Fish and Wildlife Service found").
  // A possessive is a noun phrase's determiner, as "the" is ("Britain's Fish and Wildlife Service").
  const ordinary = STARTS_LOWER.test(before) || before === ',' || POSSESSIVE.test(before) || (before === 'The' && isSentenceStart(sentenceStarts, i - 1));
  return ordinary && inOrdinaryCase(words, sentenceStarts, i) ? i : end;
}

/**
 * Whether the span is one word, tagged an organisation or MISC, ending right before the "and" at
 * `and`, that may open a body's name: a remit the decoder read as a name of its own ("Britain's
 * Medicines" + "and Healthcare products Regulatory Agency", "the Fish" MISC + "and Wildlife
 * Service"). A common word (by the training text's case) or one no list names; not a listed
 * name ("the Pentagon and State Department") nor a word that names a body alone ("the Treasury
 * and Federal Reserve Board", "the Navy and Defense Department": two bodies).
 */
function taggedRemit(p: TokenSpan, and: number, words: readonly string[], g: Gazetteer | undefined): boolean {
  if (p.end !== and || p.end - p.start !== 1 || (p.type !== 'ORG' && p.type !== 'MISC') || g === undefined) return false;
  const w = words[p.start]!;
  if (isOwnHead(w)) return false;
  const mask = g.lookup(hashPhrase([w]));
  return ((mask & LOWERCASE_BIT) !== 0 || (mask & NAME_LISTS) === 0) && frontWord(w, g);
}

/** Organisations' spans with the front words the decoder left out taken in (see above). */
export function withOrganisationFronts(
  spans: readonly TokenSpan[],
  words: readonly string[],
  g: Gazetteer | undefined,
  sentenceStarts: readonly number[],
): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const previous = spans[k - 1];
    const floor = previous?.end ?? 0;
    let start = s.start;
    let tookPrevious = false;
    if (s.type === 'ORG' && s.start > floor && !isSentenceStart(sentenceStarts, s.start)) {
      start = frontStart(words, s.start, floor, sentenceStarts, g);
      const and = s.start - 1;
      if (start === s.start && words[and] === 'and' && BODY_END.test(words[s.end - 1]!)) {
        // The remit may have been tagged alone, as a word of a name ("Medicines", "Fish" MISC):
        // the body's name is read past it.
        tookPrevious = previous !== undefined && taggedRemit(previous, and, words, g);
        const remitFloor = tookPrevious ? (spans[k - 2]?.end ?? 0) : floor;
        const remit = and > remitFloor ? frontStart(words, and, remitFloor, sentenceStarts, g) : and;
        // Two federal remits are two departments: "the Commerce and Interior Department".
        const departments = words[s.end - 1] === 'Department' && isFederalRemit(words, remit, and) && isFederalRemit(words, s.start, s.end - 1);
        if (remit < and && !departments) start = remit;
        else tookPrevious = false;
      }
    }
    if (start === s.start) out?.push(s);
    else {
      out ??= spans.slice(0, k);
      if (tookPrevious) out.pop();
      out.push({ ...s, start });
    }
  }
  return out ?? spans;
}
