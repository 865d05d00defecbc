import type { Token } from '../types.js';
import { type NameIndex } from './full-names.js';
import { isNameWord } from './name-tokens.js';
import { type Subject } from './noun-phrases.js';

/**
 * The capitalised words inside a description subject: a person's name that closes it ("Secretary
 * of State John F. Kerry") or the body before its head ("the Federal Reserve head").
 */

/** The name of two words or more that closes a description ("Secretary of State John F. Kerry"), as a name subject, or null. */
export function nameClosing(tokens: readonly Token[], names: NameIndex, subject: Subject): Subject | null {
  let first = subject.end;
  while (first > subject.first + 1 && isNameWord(tokens, first - 1)) first--;
  // (Not the last of two: "Tina Marsh and Carl Ruiz", "Roe, Lee and Carl Ruiz".)
  if (first === subject.first || tokens.slice(subject.first, first).some((t) => t.pos === 'CCONJ' || t.value === ',')) return null;
  // ("State John F. Kerry": the capitalised words of the title before the person's name drop off.)
  for (; subject.end - first >= 2; first++) {
    // (Not after a preposition: "A spokesman for Ana Ruiz" is the spokesman, as PolNeAR's head cut before "for" has it.)
    if (tokens[first - 1]?.pos !== 'ADP' && names.isPerson(names.fullNameOfTokens(first, subject.end)))
      return { ...subject, kind: 'name', name: { first, end: subject.end } };
  }
  return null;
}

/** The capitalised words before a description's head ("Federal Reserve" in "the Federal Reserve head"), or "". */
export function bodyOf(tokens: readonly Token[], text: string, subject: Subject): string {
  let first = subject.first;
  while (first < subject.end - 1 && !isNameWord(tokens, first)) first++;
  let end = first;
  while (end < subject.end - 1 && isNameWord(tokens, end)) end++;
  return end > first ? text.slice(tokens[first]!.start, tokens[end - 1]!.end) : '';
}
