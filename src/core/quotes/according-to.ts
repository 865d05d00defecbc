import type { Sentence, Token } from '../types.js';
import { indirectCandidate, type Candidate } from './candidate.js';
import { hasVerb, lastContentToken, MIN_CONTENT_TOKENS, statementStart } from './clause.js';
import { SOURCE_ASIDE_OPENERS } from './lexicon.js';
import { subjectAfter, type Subject } from './phrases.js';

/** "According to X, …" / "…, according to X." */
export function accordingTo(tokens: readonly Token[], s: Sentence, i: number): Candidate | null {
  const last = lastContentToken(tokens, s);
  const cue = { first: i, end: i + 2 };
  const source = subjectAfter(tokens, i + 2, last + 1) ?? phraseBeforeComma(tokens, i + 2, last);
  if (!source) return null;
  let lead = s.firstToken;
  while (lead < i && (tokens[lead]!.pos === 'ADV' || tokens[lead]!.pos === 'CCONJ' || tokens[lead]!.value === ',')) lead++;
  if (lead === i) {
    let comma = source.end;
    while (comma <= last && comma < source.end + 25 && tokens[comma]!.value !== ',') comma++;
    // "According to Mr Roe, who runs the shop, the …": the relative clause
    // after the source is no part of what it says.
    if (tokens[comma]?.value === ',' && SOURCE_ASIDE_OPENERS.has(tokens[comma + 1]?.normal ?? '')) {
      let next = comma + 1;
      while (next <= last && next < comma + 30 && tokens[next]!.value !== ',') next++;
      if (tokens[next]?.value === ',') comma = next;
    }
    if (tokens[comma]?.value !== ',' || last - comma < MIN_CONTENT_TOKENS) return null;
    return indirectCandidate(tokens, [comma + 1, last + 1], null, cue, source);
  }
  const contentEnd = tokens[i - 1]!.value === ',' ? i - 1 : i;
  if (contentEnd - s.firstToken < MIN_CONTENT_TOKENS || !hasVerb(tokens, s.firstToken, contentEnd)) return null;
  return indirectCandidate(tokens, [statementStart(tokens, s.firstToken, contentEnd), contentEnd], null, cue, source);
}

/** "According to police/VERB, …": wink mistags the source; take the words up to the comma. */
function phraseBeforeComma(tokens: readonly Token[], from: number, last: number): Subject | null {
  for (let k = from + 1; k <= last + 1 && k < from + 10; k++) {
    if (k === last + 1 || tokens[k]!.value === ',') return { first: from, end: k, kind: 'description', head: tokens[k - 1]!.normal, roles: [] };
  }
  return null;
}
