/**
 * Organisations the decoder missed whole or in part because their words are common ones: "the
 * Food and Drug Administration said" gave no name, "Amazon Web Services" only "Amazon", "Zoom
 * Video Communications" only "Zoom". The name's last word says what it is (the right-hand head
 * rule, Williams 1981; see organisation-heads.ts): an Administration, Agency, Service, Services,
 * Communications ... And its words are capitalised inside a sentence (Mikheev 2002). So an
 * untagged run of two to six capitalised words, perhaps joined by "and", "&", "of" or "for",
 * ending in such a head, after a lower-case word, a comma or "the" and before no capital, is an
 * organisation; and an organisation's span directly followed by one or two untagged capitalised
 * words ending in a head takes them in. A title-case line (a capital before the run or after
 * it, or no lower-case word but title case's small ones: "Moves to Gut Environmental Protection
 * Agency") says nothing, nor does a run opening its sentence, but a company's of three words or
 * more whose first word is no common one ("Zoom Video Communications said").
 */
import { writtenLowerInTraining, type Gazetteer } from './gazetteer.js';
import type { TokenSpan } from './labels.js';
import { frontWord, inOrdinaryCase } from './organisation-fronts.js';
import { CAPITALISED_WORD, STARTS_LOWER, STARTS_UPPER, isSentenceStart, wordStarts } from './words.js';

/** Last words of bodies' and companies' names that no common phrase capitalised inside a sentence ends in. */
const HEAD =
  /^(?:Administration|Agency|Authority|Commission|Service|Services|Bureau|Department|Institute|Foundation|Association|Federation|Council|Committee|Ministry|Organisation|Organization|Communications|Technologies|Industries|Holdings|Airlines|Airways|Pharmaceuticals|Therapeutics)$/;
/** Words that join a name's words inside it. */
const LINK = /^(?:and|&|of|for)$/;
const MAX_RUN = 6;

/** Whether the word before a run shows ordinary case: a lower-case word, a comma, "the". */
const ordinaryBefore = (w: string | undefined): boolean => w !== undefined && (STARTS_LOWER.test(w) || w === ',' || w === 'The');

/**
 * Where an untagged run of capitalised words ending in a head at word `head` starts, no earlier
 * than `floor`; -1 if there is none (fewer than two words, an edge on a link, a capital before,
 * a title-case line).
 */
function runStart(words: readonly string[], head: number, floor: number, sentenceStarts: readonly number[], g: Gazetteer | undefined): number {
  let i = head;
  while (i - 1 >= floor && head - (i - 1) < MAX_RUN && !isSentenceStart(sentenceStarts, i)) {
    const w = words[i - 1]!;
    if (LINK.test(w) ? !CAPITALISED_WORD.test(words[i - 2] ?? '') : !frontWord(w, g)) break;
    i--;
  }
  if (i === head || LINK.test(words[i]!) || !inOrdinaryCase(words, sentenceStarts, i)) return -1;
  return ordinaryBefore(words[i - 1]) || (isSentenceStart(sentenceStarts, i) && openingCompany(words, i, head, g)) ? i : -1;
}

/** Heads of companies' names (not of bodies', which a sentence opens with an office or a place: "Varnia Tourism Agency"). */
const COMPANY_HEAD = /^(?:Communications|Technologies|Industries|Holdings|Airlines|Airways|Pharmaceuticals|Therapeutics)$/;

/**
 * Whether a run of three words or more that opens its sentence is a company's whole name ("Zoom
 * Video Communications said"): its inner words are capitalised inside the sentence, its head is
 * a company's, and its first word, whose capital the sentence owes, is no common word of the
 * training text ("Troubled Varn Airlines said", "Rival Tarsk Technologies").
 */
export function openingCompany(words: readonly string[], start: number, head: number, g: Gazetteer | undefined): boolean {
  return head - start >= 2 && COMPANY_HEAD.test(words[head]!) && g !== undefined && !writtenLowerInTraining(g, words[start]!);
}

/** Spans with the headed runs the decoder missed (see above) found or taken in. */
export function withHeadedRuns(
  spans: readonly TokenSpan[],
  words: readonly string[],
  g: Gazetteer | undefined,
  sentenceStarts: readonly number[],
): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined;
  let k = 0;
  let floor = 0;
  // Only words that may open with a capital can be heads: most words of a document open in lower case.
  for (const h of wordStarts(words).upper) {
    // Spans before the word are passed on; words inside a span are no heads of an untagged run.
    while (k < spans.length && spans[k]!.end <= h) {
      const s = spans[k++]!;
      floor = s.end;
      out?.push(s);
    }
    if ((k < spans.length && spans[k]!.start <= h) || !HEAD.test(words[h]!) || STARTS_UPPER.test(words[h + 1] ?? '')) continue;
    const start = runStart(words, h, floor, sentenceStarts, g);
    const before = out?.[out.length - 1] ?? spans[k - 1];
    // An organisation right before the run, the run at most two words: its head ("Amazon" + "Web Services").
    if (before !== undefined && before.type === 'ORG' && before.end === floor && h - floor < 2 && !isSentenceStart(sentenceStarts, floor)) {
      const grown = h - floor === 0 || frontWord(words[floor]!, g);
      if (grown) {
        (out ??= spans.slice(0, k)).pop();
        out.push({ type: 'ORG', start: before.start, end: h + 1 });
        floor = h + 1;
        continue;
      }
    }
    if (start < 0) continue;
    (out ??= spans.slice(0, k)).push({ type: 'ORG', start, end: h + 1 });
    floor = h + 1;
  }
  if (out === undefined) return spans;
  while (k < spans.length) out.push(spans[k++]!);
  return out;
}
