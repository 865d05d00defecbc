/**
 * Teams named by a number and "-ers" ("the Philadelphia 76ers", "the 49ers"), which wink cuts in
 * two ("76" + "ers") and CoNLL's 1996 text, and so the model, never holds. English makes no other
 * word so, and "ers" alone is no word. The name touching it before is the team's place
 * ("Philadelphia", tagged whatever type but MISC; else at most two capitalised words left
 * untagged, not "The" nor a sentence's first word) and goes into one organisation; alone it is the organisation. Not the
 * singular "76er": a player ("the former 76er star"). A company written with digits ("3M") is
 * left to the tagger: the gazetteer reads every digit as 0, so its "3M" is also "5M", five million.
 */
import { isCalendarWord, isClosedClass } from './junk-words.js';
import type { TokenSpan } from './labels.js';
import { isSentenceStart, STARTS_UPPER, wordStarts } from './words.js';

const ALL_DIGITS = /^\d+$/;
/** A team's place has at most this many words ("San Francisco"). */
const MAX_PLACE = 2;
const ERS = /^(?:ers|ERS)$/;

/** Whether two of wink's words are a team's nickname, digits and "-ers" ("76" + "ers"; "ERS" in a line of capitals). */
export function isDigitNickname(digits: string, suffix: string): boolean {
  return ERS.test(suffix) && ALL_DIGITS.test(digits);
}

/**
 * Where the untagged capitalised words right before word `i` start ("Corvale" of "Corvale 52ers"), no earlier than `floor`.
 * Not a sentence's first word, whose capital says nothing ("Angry 76ers fans", "Former 49ers coach"), nor a day or month ("On Sunday 49ers fans").
 */
function placeBefore(words: readonly string[], i: number, floor: number, sentenceStarts: readonly number[]): number {
  let start = i;
  while (
    start > floor &&
    i - start < MAX_PLACE &&
    STARTS_UPPER.test(words[start - 1]!) &&
    !isClosedClass(words[start - 1]!) &&
    !isCalendarWord(words[start - 1]!) &&
    !isSentenceStart(sentenceStarts, start - 1)
  )
    start--;
  return start;
}

/** The spans with teams named with digits (see above). */
export function withDigitNames(spans: readonly TokenSpan[], words: readonly string[], sentenceStarts: readonly number[] = []): readonly TokenSpan[] {
  let out: TokenSpan[] | undefined;
  let changed = false;
  let k = 0; // the first span not yet copied
  const copyUpTo = (end: number) => {
    out ??= [];
    while (k < spans.length && spans[k]!.start < end) out.push(spans[k++]!);
  };
  // Only words that open with a digit (most do not); the suffix after one never does.
  for (const i of wordStarts(words).digit) {
    if (i + 1 >= words.length || !isDigitNickname(words[i]!, words[i + 1]!)) continue;
    copyUpTo(i);
    const last = out!.length > 0 ? out![out!.length - 1]! : undefined;
    // A span over either word: the decoder read something else there ("76" in a name ending in a number).
    if (k < spans.length && spans[k]!.start <= i + 1) continue;
    if (last !== undefined && last.end > i) continue;
    if (last !== undefined && last.end === i && last.type !== 'MISC') out![out!.length - 1] = { type: 'ORG', start: last.start, end: i + 2 };
    else out!.push({ type: 'ORG', start: placeBefore(words, i, last?.end ?? 0, sentenceStarts), end: i + 2 });
    changed = true;
  }
  if (!changed) return spans;
  copyUpTo(Infinity);
  return out!;
}
