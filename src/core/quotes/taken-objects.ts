import type { Token } from '../types.js';
import { INFINITIVE_AUX } from './clause-words.js';
import { NOMINATIVE, NOUN_PHRASE_POS, POSSESSIVES } from './subject-words.js';
import { isPossessiveMark, isQuoteMark } from './text.js';
import { glued } from './name-tokens.js';

/**
 * "Rovers claimed the title", "the fire claimed 12 lives", "Penn added a second goal", "added her
 * voice to the calls": "claim" (take, win) and "add" (put in, score) also take a plain object, which
 * is no statement. Their statements are clauses ("claimed the vote was rigged", "added the board
 * would meet"), so a noun phrase that no finite verb follows is the object of the other sense.
 * (Taking such cues into NEEDS_THAT was tried: the subject test there stops at a preposition and
 * lost "claimed Roe's role in the deal was …" on train.)
 */
export function takenObject(tokens: readonly Token[], from: number, lemma: string, last: number): boolean {
  if (!TAKING_CUES.has(lemma) || tokens[from - 1]?.normal === 'that') return false;
  const first = tokens[from];
  if (!first || NOMINATIVE.has(first.normal) || first.normal === 'it' || first.normal === 'there' || isQuoteMark(first.value)) return false;
  if (!(NOUN_PHRASE_POS.has(first.pos) || POSSESSIVES.has(first.normal)) || STATEMENT_HEADS.has(first.normal)) return false;
  for (let j = from + 1; j <= last && j < from + MAX_OBJECT_TOKENS; j++) {
    const t = tokens[j]!;
    const infinitive = tokens[j - 1]!.normal === 'to';
    // ("the lives of nine workers and destroyed the bridge": a verb right after "and" is the cue's subject's second.)
    if (finite(t) && !infinitive) return tokens[j - 1]!.normal === 'and';
    // "claimed a share of the vote: …": a colon opens the statement the phrase announces.
    if (t.value === ':') return false;
    // "claimed the council, which approved it, had …", "added the mayor, Tom Roe, would …": an aside in the statement's subject.
    if (t.value === ',') return !verbAfterAside(tokens, j, last);
    // "claimed responsibility for the attack", "claimed victory": a deed or a win declared is a statement.
    if (STATEMENT_HEADS.has(t.normal)) return false;
    // ("their prizes to the two they kept", "the crown and I had finished": a subject pronoun opens a clause of its own.)
    if (NOMINATIVE.has(t.normal)) return true;
    // ("access to drink was …", "film-makers": an infinitive or a hyphen inside the phrase.)
    const inPhrase = (infinitive && t.pos === 'VERB') || t.normal === 'to' || (t.value === '-' && glued(tokens, j));
    if (!(inPhrase || OBJECT_POS.has(t.pos) || POSSESSIVES.has(t.normal) || t.normal === 'and' || isPossessiveMark(t.value) || isQuoteMark(t.value)))
      return true;
  }
  // A long phrase with no verb in reach is left to the clause tests (wink misses verbs it reads as nouns).
  return from + MAX_OBJECT_TOKENS > last;
}

/** A finite verb or auxiliary: not a participle in -ing, nor "to". */
function finite(t: Token): boolean {
  return t.pos === 'AUX' ? !INFINITIVE_AUX.has(t.normal) : t.pos === 'VERB' && !t.normal.endsWith('ing');
}

/**
 * The comma at `comma` opens an aside closed by a second comma that a finite verb follows: the
 * phrase before was a subject. (Not an aside opening with a verb, "claimed 12 lives, injured 40,
 * destroyed …": a list of the subject's deeds.)
 */
function verbAfterAside(tokens: readonly Token[], comma: number, last: number): boolean {
  if (tokens[comma + 1]?.pos === 'VERB') return false;
  for (let k = comma + 2; k < last && k < comma + MAX_OBJECT_TOKENS; k++) if (tokens[k]!.value === ',') return finite(tokens[k + 1]!);
  return false;
}

const STATEMENT_HEADS = new Set(['responsibility', 'credit', 'victory']);
const TAKING_CUES = new Set(['claim', 'add']);
/** What may stand in the object and its modifiers: "his third straight pole of the season in Dover". */
const OBJECT_POS = new Set([...NOUN_PHRASE_POS, 'ADP', 'ADV', 'PRON']);
const MAX_OBJECT_TOKENS = 14;
