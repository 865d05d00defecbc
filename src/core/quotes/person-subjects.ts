import type { Sentence, Token } from '../types.js';
import { isPersonNoun } from './described-subject.js';

/** Nouns for one unnamed person a news report brings in as a sentence's subject, besides titles and roles. */
const ONE_PERSON: ReadonlySet<string> = new Set([
  'driver',
  'farmer',
  'resident',
  'passenger',
  'worker',
  'victim',
  'witness',
  'neighbour',
  'neighbor',
  'pensioner',
  'teenager',
  'boy',
  'girl',
  'mother',
  'father',
  'owner',
  'customer',
  'motorist',
  'cyclist',
  'pedestrian',
]);

/**
 * "A police spokesman said …. The driver, a 40-year-old man, was taken to hospital. He said …":
 * a sentence between the description and the "he" that opens with a person of its own ("The
 * driver", "A woman living nearby") is a new centre, so the "he" is no longer the spokesman's.
 * True when a sentence after `from` and before `to` opens with an article and a noun phrase whose
 * head is a person noun.
 */
export function personSubjectBetween(tokens: readonly Token[], sentences: readonly Sentence[], from: number, to: number): boolean {
  for (let n = from + 1; n < to; n++) {
    const s = sentences[n];
    if (!s) continue;
    let k = s.firstToken;
    if (tokens[k]?.pos !== 'DET') continue;
    let head = '';
    for (k++; k < s.endToken && /^(?:NOUN|ADJ|NUM)$/.test(tokens[k]!.pos); k++) if (tokens[k]!.pos === 'NOUN') head = tokens[k]!.normal;
    if (head && (isPersonNoun(head) || ONE_PERSON.has(head))) return true;
  }
  return false;
}
