import type { Sentence, Token } from '../types.js';
import { indirectCandidate, type Candidate } from './candidate.js';
import { clauseEnd, hasVerb, lastContentToken, MIN_CONTENT_TOKENS } from './clause.js';
import { phraseEndingAt, type Subject } from './noun-phrases.js';
import { isPossessiveMark } from './text.js';

/**
 * A statement named by a noun with its owner: "Trump's claim that …", "his warning that …". The
 * owner speaks (a possessive pronoun stands for its subject form); the content is the clause.
 */
export function claimThat(tokens: readonly Token[], s: Sentence, i: number): Candidate | null {
  if (tokens[i]!.pos !== 'NOUN') return null;
  // "his claim in November that …": a short adjunct before "that".
  let that = i + 1;
  while (that < i + 5 && tokens[that] && tokens[that]!.normal !== 'that' && ADJUNCT_POS.has(tokens[that]!.pos)) that++;
  if (tokens[that]?.normal !== 'that' || (that > i + 1 && tokens[i + 1]!.pos !== 'ADP')) return null;
  // "Roe's oft-repeated old claims that …": adjectives between the owner and the noun.
  let o = i - 1;
  while (o > i - 4 && tokens[o]?.pos === 'ADJ') o--;
  const owner = tokens[o];
  let subject: Subject | null = null;
  if (owner && POSSESSIVE_SUBJECTS.has(owner.normal)) {
    subject = { first: o, end: o + 1, kind: 'pronoun', head: POSSESSIVE_SUBJECTS.get(owner.normal)!, roles: [] };
  } else if (owner && isPossessiveMark(owner.value)) {
    const phrase = phraseEndingAt(tokens, o - 1, s.firstToken);
    if (phrase && phrase.kind !== 'pronoun') subject = { ...phrase, end: o };
  }
  if (!subject) return null;
  const last = lastContentToken(tokens, s);
  const from = that + 1;
  const end = clauseEnd(tokens, from, last);
  if (end - from < MIN_CONTENT_TOKENS || !hasVerb(tokens, from, end)) return null;
  return indirectCandidate(tokens, [from, end], null, { first: i, end: i + 1 }, subject);
}

/** Nouns that name a statement: "his claim that …". */
export const CLAIM_NOUNS = new Set([
  'claim',
  'claims',
  'warning',
  'warnings',
  'assertion',
  'insistence',
  'contention',
  'argument',
  'announcement',
  'statement',
  'admission',
  'promise',
  'pledge',
  'vow',
  'suggestion',
  'accusation',
  'allegation',
  'charge',
]);
const POSSESSIVE_SUBJECTS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
]);

/** Tag and word sets for the tests above (Set look-ups rather than regular expressions). */
const ADJUNCT_POS = new Set(['ADP', 'NOUN', 'PROPN', 'NUM', 'DET']);
