import type { Token } from '../types.js';
import { nounObject } from './noun-objects.js';
import { NOUN_PHRASE_POS } from './subject-words.js';
import { isPossessiveMark } from './text.js';

/**
 * "Todd asked the senator about the Twitter spat": the topic of a question put to a named listener
 * is what was asked, as PolNeAR annotates it (Newell, Margolin and Ruths, LREC 2018). Only with a
 * listener between the cue and "about", and a topic that is a noun phrase: "Reuters asked about
 * them" and "asked her about it" name nothing a reader could use. Returns the topic's tokens
 * [from, end), or null.
 */
export function askedAbout(tokens: readonly Token[], i: number, last: number): [number, number] | null {
  if (!ASKED.has(tokens[i]!.normal)) return null;
  const start = i + 1;
  let k = start;
  while (k <= last && k - start < MAX_LISTENER_TOKENS && tokens[k]!.normal !== 'about') {
    const t = tokens[k]!;
    if (!(NOUN_PHRASE_POS.has(t.pos) || isPossessiveMark(t.value) || (t.pos === 'PRON' && OBJECT_PRONOUNS.has(t.normal)))) return null;
    k++;
  }
  if (k === start || tokens[k]?.normal !== 'about') return null;
  return nounObject(tokens, k, last);
}

/** Finite forms only: "to ask him about …" is an intention, "asking" a participle found elsewhere. */
const ASKED = new Set(['asked', 'asks']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
const MAX_LISTENER_TOKENS = 6;
