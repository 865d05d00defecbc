import type { Sentence, Token } from '../types.js';
import { afterReportNoun } from './cue-position.js';
import { type Subject } from './noun-phrases.js';
import { subjectBefore } from './phrases.js';

/**
 * "Crews received a call saying …", "The paper got a letter saying …": a text the subject
 * received speaks for its unnamed sender, so the text itself is the speaker, not the one who got it.
 * So does one the subject came upon ("saw a sign saying …", "found a note saying …"); not one it
 * read out ("read a statement saying …"), often its own.
 */
export function receivedText(tokens: readonly Token[], s: Sentence, i: number): Subject | null {
  if (tokens[i - 1]?.value === ',' || !afterReportNoun(tokens, i)) return null;
  const text = subjectBefore(tokens, i, s.firstToken);
  if (!text) return null;
  let v = text.first - 1;
  while (v > text.first - 3 && tokens[v]?.pos === 'ADV') v--;
  return RECEIVING.has(tokens[v]?.normal ?? '') ? text : null;
}

/** Verbs by which a text came to its subject, who therefore did not put it out. */
export const RECEIVING: ReadonlySet<string> = new Set([
  ...['received', 'receive', 'receives', 'receiving', 'got', 'get', 'gets', 'getting', 'obtained'],
  ...['saw', 'see', 'sees', 'seen', 'found', 'finds', 'spotted', 'noticed'],
]);
