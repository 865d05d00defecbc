import type { Sentence, Token } from '../types.js';
import { indirectCandidate, type Candidate } from './candidate.js';
import { clauseEnd, lastContentToken } from './clause.js';
import { objectEnd } from './noun-objects.js';
import { subjectBefore } from './phrases.js';
import { NOUN_PHRASE_POS, POSSESSIVES } from './subject-words.js';

/**
 * "Roe sounded a cautious note about the budget", "she sounded a hopeful note for the port": the
 * note is a remark, and what it was about is what was said. PolNeAR annotates the phrase after
 * "about" / "for" as the content (4 times in 4 on its train split), the subject as the speaker.
 * Only with "a"/"an", adjectives and "note": "sounded the alarm", "sounded a note of caution" (a
 * manner, with no topic) are left alone. Returns the candidate, or null.
 */
export function soundedNote(tokens: readonly Token[], s: Sentence, i: number): Candidate | null {
  if (!SOUNDED.has(tokens[i]!.normal) || !ARTICLES.has(tokens[i + 1]?.normal ?? '')) return null;
  let k = i + 2;
  while (k < i + 2 + MAX_ADJECTIVES && tokens[k]?.pos === 'ADJ') k++;
  const last = lastContentToken(tokens, s);
  const topic = k + 2;
  if (tokens[k]?.normal !== 'note' || !TOPIC_PREPOSITIONS.has(tokens[k + 1]?.normal ?? '') || topic > last) return null;
  const first = tokens[topic]!;
  // "for what the mayor stood for": a free relative is a topic too.
  if (!(NOUN_PHRASE_POS.has(first.pos) || POSSESSIVES.has(first.normal) || first.normal === 'what')) return null;
  const subject = subjectBefore(tokens, i, s.firstToken);
  if (!subject) return null;
  const end = objectEnd(tokens, [topic, topic + 1], clauseEnd(tokens, topic, last, false, undefined, true), false);
  return indirectCandidate(tokens, [topic, end], null, { first: i, end: k + 2 }, subject);
}

const SOUNDED = new Set(['sounded', 'sounds', 'sounding']);
const ARTICLES = new Set(['a', 'an']);
const TOPIC_PREPOSITIONS = new Set(['about', 'for', 'on']);
const MAX_ADJECTIVES = 3;
