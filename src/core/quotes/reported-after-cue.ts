import { secondPurposeEnd } from './infinitive-cue.js';
import type { Sentence, Token } from '../types.js';
import { cueLemma, indirectCandidate, type Candidate } from './candidate.js';
import { clauseEnd, hasComma, hasVerb, lastContentToken, MIN_CONTENT_TOKENS } from './clause.js';
import { contentStart } from './content-start.js';
import { LEADING_SUBORDINATORS, RELATIVES } from './clause-words.js';
import { type Subject } from './noun-phrases.js';
import { subjectBefore } from './phrases.js';
import { isQuoteMark } from './text.js';
import { openingPhraseParticiple } from './cue-position.js';
import { nounObject, NOUN_OBJECT_CUES, objectEnd } from './noun-objects.js';
import { askedAbout } from './asked-about.js';
import { prepositionalObject, warningEnd } from './warned-of.js';
import { antecedentOf, mainCueAfterRelative, mainVerbComma, restrictiveWho, whoClause } from './relative-content.js';
import { elliptical, oneWordAnswer, sameOf } from './short-statements.js';
import { MAX_TAIL, tailEnd, UNTAGGED_CLAUSE_TOKENS } from './content-first.js';
import { takenObject } from './taken-objects.js';

/**
 * What a cue reports once its subject is known, cue first ("X said (that) …", "X told reporters
 * …", "a probe the agency said was ongoing"): where the clause starts and ends. Split from
 * reported.ts, which finds the cue's subject.
 */

/** The clause after a cue whose subject is known: "X said (that) …". */
export function reportedAfterCue(tokens: readonly Token[], s: Sentence, i: number, lemma: string, subject: Subject, insideQuote: Uint8Array): Candidate | null {
  const cue = { first: i, end: i + 1 };
  const last = lastContentToken(tokens, s);
  if (oneWordAnswer(tokens, i, lemma)) return indirectCandidate(tokens, [i + 1, i + 2], null, cue, subject);
  // "a toll rise that she said would drive traders away …": the relative clause is what was said.
  // So too with no relative pronoun, right after the noun: "a probe the agency said was ongoing".
  const before = tokens[subject.first - 1];
  const relative =
    (RELATIVES.has(before?.normal ?? '') && (tokens[i + 1]?.pos === 'AUX' || tokens[i + 1]?.pos === 'VERB')) ||
    (before?.pos === 'NOUN' && subject.first > s.firstToken + 1 && subject.end === i && finiteVerb(tokens[i + 1]));
  const from = relative ? i + 1 : contentStart(tokens, i, lemma, last);
  // "When Becker said the ferry was finally safe, a woman laughed …": the main clause is the writer's.
  // So too after "…, and while he said …" or "Even as X said …": the subordinator right before the subject.
  const leading =
    ((LEADING_SUBORDINATORS.has(tokens[s.firstToken]!.normal) || openingPhraseParticiple(tokens, s, i)) && !hasComma(tokens, s.firstToken, i)) ||
    LEADING_SUBORDINATORS.has(tokens[subject.first - 1]?.normal ?? '');
  // "warned of strikes", "claimed responsibility for the attack": what was warned of, the deed claimed.
  const warned = relative ? null : prepositionalObject(tokens, i, lemma, last);
  if (from === null || warned) {
    // "announced his candidacy", "denied the report": a noun phrase names what was said
    // ("asked the senator about the spat": what was asked).
    const object = warned ?? (NOUN_OBJECT_CUES.has(lemma) ? nounObject(tokens, i, last) : lemma === 'ask' ? askedAbout(tokens, i, last) : null);
    if (!object) return null;
    // "After X announced his candidacy, …", "the week that X announced his return, …": the object ends at the comma.
    const subordinate = leading || tokens[subject.first - 1]?.normal === 'that';
    const clause = clauseEnd(tokens, object[0], last, false, tokens[i], true);
    const end = objectEnd(tokens, object, clause, subordinate);
    return indirectCandidate(tokens, [object[0], warned ? warningEnd(tokens, object[0], end, clause, subordinate) : end], null, cue, subject);
  }
  // ("claimed the title", "added a second goal": the other sense of the cue.)
  if (!relative && takenObject(tokens, from, lemma, last)) return null;
  let end = nestedCueStart(tokens, from, last) ?? clauseEnd(tokens, from, last, leading, tokens[i]);
  // "X, who said he would campaign with him, did not show up": the relative clause closes at the
  // comma before the main verb.
  // So does "the ties …, which experts say is aimed at X, were welcomed": a relative clause between commas.
  const betweenCommas = relative && tokens[subject.first - 2]?.value === ',';
  // A clause closed so is whole however short ("who said he lied, left").
  const closed = (betweenCommas || whoClause(tokens, i, s.firstToken)) && mainVerbComma(tokens, from, end) < end;
  if (closed) end = mainVerbComma(tokens, from, end);
  else if (restrictiveWho(tokens, i, s.firstToken)) end = mainCueAfterRelative(tokens, from, end);
  else if (tokens[i - 1]?.normal === 'to') end = secondPurposeEnd(tokens, from, end);
  // A quotation opened in the content runs to its closing mark, past the sentence if need be.
  if (insideQuote[end - 1]) {
    while (end < tokens.length && end < from + 400 && insideQuote[end]) end++;
    if (tokens[end] && isQuoteMark(tokens[end]!.value)) end++;
    // (wink splits a two-apostrophe closing mark in two: take its second half too.)
    if (tokens[end]?.value === "'" && tokens[end - 1]!.value === "'" && tokens[end]!.start === tokens[end - 1]!.end) end++;
  }
  // wink misses verbs it reads as nouns ("donations call/NOUN into question"): a long clause after a
  // cue of saying is taken without one.
  // After "that" the words are a clause whatever wink tags them ("argue that debates fit/NOUN …").
  // (A short elliptical clause, "said he would.", has its auxiliary: hasVerb holds for it.)
  const afterThat = tokens[from - 1]?.normal === 'that' && end - from > MIN_CONTENT_TOKENS;
  if (
    (end - from < MIN_CONTENT_TOKENS && !closed && !elliptical(tokens, from, end)) ||
    !(
      afterThat ||
      sameOf(tokens, from) ||
      hasVerb(tokens, from, end) ||
      (end - from >= UNTAGGED_CLAUSE_TOKENS && !relative && (lemma === 'say' || lemma === 'tell'))
    )
  )
    return null;
  // "the ties between the nations, which experts say is targeted at …": what was said is about the
  // relative pronoun's antecedent, which goes first so the statement has its subject.
  const antecedent =
    relative && tokens[subject.first - 1]!.normal === 'which' && tokens[subject.first - 2]?.value === ','
      ? antecedentOf(tokens, subject.first - 1, s.firstToken)
      : null;
  if (antecedent) return indirectCandidate(tokens, antecedent, [from, end], cue, subject);
  return indirectCandidate(tokens, [from, end], null, cue, subject);
}

/**
 * "Xi wrote that …, KCNA said.": the clause ends where a second, outer attribution closes the
 * sentence. Returns the comma's index, or null when the clause runs to the end.
 */
function nestedCueStart(tokens: readonly Token[], from: number, last: number): number | null {
  for (let c = last; c > from && c > last - MAX_TAIL; c--) {
    if (!cueLemma(tokens, c)) continue;
    const subject = subjectBefore(tokens, c, from);
    const comma = subject ? subject.first - 1 : c - 1;
    if (comma > from && tokens[comma]!.value === ',' && tailEnd(tokens, c + 1, last) !== null) return comma;
  }
  return null;
}

function finiteVerb(t: Token | undefined): boolean {
  return !!t && ((t.pos === 'AUX' && t.normal !== 'to' && t.normal !== 'be') || (t.pos === 'VERB' && !t.normal.endsWith('ing')));
}
