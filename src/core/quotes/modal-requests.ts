import type { Sentence, Token } from '../types.js';
import type { Subject } from './noun-phrases.js';
import { subjectBefore } from './phrases.js';
import { isNot } from './text.js';

/**
 * "Roe can ask them to back Pell", "many members would be asking her to stand down": a request
 * after a modal names who is asked and what they are asked to do, whoever would ask it. Modals are
 * no step between a subject and its cue in general ("Roe could say the plan is dead" supposes a
 * statement more often than it reports one), but a request with its listener and infinitive is
 * annotated as one. Returns the subject before the modal, or null.
 */
export function modalRequestSubject(tokens: readonly Token[], s: Sentence, i: number, lemma: string): Subject | null {
  if (!REQUESTS.has(lemma) || !listenerThenInfinitive(tokens, i + 1, s.endToken)) return null;
  let k = i - 1;
  while (k > s.firstToken && tokens[k]!.pos === 'ADV' && !isNot(tokens[k]!.normal)) k--;
  // "would be asking": the progressive's "be" after the modal.
  if (tokens[k]?.normal === 'be' && k - 1 > s.firstToken && (MODALS.has(tokens[k - 1]!.normal) || tokens[k - 1]!.normal === 'would')) k--;
  if (k <= s.firstToken || !(MODALS.has(tokens[k]!.normal) || (tokens[k]!.normal === 'would' && tokens[k + 1]?.normal === 'be'))) return null;
  return subjectBefore(tokens, k, s.firstToken);
}

/** A listener (a pronoun or a short noun phrase) and then "to" and a verb: "them to support …", "the full board to vote …". */
function listenerThenInfinitive(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 6; k++) {
    const t = tokens[k]!;
    if (t.normal === 'to') return k > from && tokens[k + 1]?.pos === 'VERB';
    if (!LISTENER_POS.has(t.pos)) return false;
  }
  return false;
}

const REQUESTS = new Set(['ask', 'urge', 'tell']);
/** "would" and "will" already stand between a subject and its cue ("would ask"); these do not. */
const MODALS = new Set(['can', 'could', 'should', 'may', 'might', 'must']);
const LISTENER_POS = new Set(['PRON', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
