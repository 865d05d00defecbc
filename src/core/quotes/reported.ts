import type { ParsedArticle, Sentence, Span, Token } from '../types.js';
import { cueLemma, indirectCandidate, tokenAtIn, type Candidate } from './candidate.js';
import { claimThat, CLAIM_NOUNS } from './claims.js';
import { hasVerb, lastContentToken, MIN_CONTENT_TOKENS, statementStart, verbWithin } from './clause.js';
import { participleObject, RELATIVE_OPENERS, subjectAcrossSplit, subjectBeforeAside, subjectModifiedAtLength } from './distant-subjects.js';
import { coordinatedCueSubject, participleSubject } from './participle-subjects.js';
import { mistaggedSubject } from './mistagged-subjects.js';
import { accordingTo } from './according-to.js';
import { asCue } from './as-cue.js';
import { infinitiveSpeaker } from './infinitive-cue.js';
import { shareBeforeParticiple } from './poll-participles.js';
import { pollShare } from './poll-shares.js';
import { ABSOLUTE_LEADS, BLOCKING_BEFORE_CUE, LEADING_SUBORDINATORS, PARTICIPLE_LEADS } from './clause-words.js';
import { continuedAt } from './speaker-actions.js';
import { NOMINATIVE } from './subject-words.js';
import { pastRelativeStatement } from './relative-content.js';
import { subjectBefore } from './phrases.js';
import { bodyNameStart } from './name-tokens.js';
import { subjectAfter } from './forward-phrases.js';
import { unsaid } from './unsaid.js';
import { questionedSaying } from './questioned-saying.js';
import { receivedText } from './received-text.js';
import { afterBe, afterReportNoun, afterThen, commaBefore, COORDINATORS, indexBefore, participleLead, wordBefore } from './cue-position.js';
import { relativeCoordinated } from './who-antecedents.js';
import { askedQuestion } from './questions.js';
import { modalRequestSubject } from './modal-requests.js';
import { adjunctTail } from './adjunct-tail.js';
import { askedAbout } from './asked-about.js';
import { soundedNote } from './sounded-note.js';
import { passiveReport } from './passive-reports.js';
import { openingParticiple, opensWithParticiple } from './opening-participle.js';
import { answerEnd, oneWordAnswer } from './short-statements.js';
import { reportedAfterCue } from './reported-after-cue.js';
import {
  adjunctEnd,
  clauseLike,
  interruptedStart,
  objectAfterCue,
  onlyApposition,
  onlyConnectives,
  openingPhrase,
  resumedAfterAppositions,
  restGoesOn,
  resumesClause,
  tailEnd,
  relativeOnSpeakerEnd,
  resumesAfterSemicolon,
  tailBeforeWritersClause,
} from './content-first.js';
import { onlyScene } from './writer-scene.js';
import { gerundSubject } from './gerund-subjects.js';

/**
 * Reported speech without marks, sentence by sentence, favouring patterns with strong cues
 * (Pareti 2016; the SFU Gender Gap Tracker's syntactic rules, Asr et al. 2021):
 *   X said (that) …  ·  X told reporters (that) …  ·  …, X said.  ·  …, said X.
 *   According to X, …  ·  …, according to X.  ·  The plan, X said, is dead.  ·  …, adding that …
 *   As X noted, …
 */
export function findReportedSpeech(parsed: ParsedArticle, insideQuote: Uint8Array, direct: Uint8Array, usedCues: Uint8Array, starts: Int32Array): Candidate[] {
  const { tokens, sentences } = parsed;
  const out: Candidate[] = [];
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (usedCues[i] || insideQuote[i]) continue;
      const lemma = cueLemma(tokens, i);
      const found =
        tokens[i]!.normal === 'according' && tokens[i + 1]?.normal === 'to'
          ? accordingTo(tokens, s, i, insideQuote)
          : lemma
            ? (asCue(tokens, s, i) ??
              askedQuestion(tokens, s, i) ??
              passiveReport(tokens, s, i, lastContentToken(tokens, s)) ??
              reportedAround(tokens, s, i, lemma, insideQuote))
            : tokens[i]!.pos === 'NOUN' && CLAIM_NOUNS.has(tokens[i]!.normal)
              ? claimThat(tokens, s, i)
              : soundedNote(tokens, s, i); // claimThat takes nouns only
      if (!found) continue;
      if (found.parts.some((p) => coversQuote(p, tokens, starts, direct))) continue;
      out.push(found);
      if (found.cue) for (let t = found.cue.first; t < found.cue.end; t++) usedCues[t] = 1;
      // Cues inside the content are nested speech and stay part of it; scanning resumes after it.
      const end = found.parts[found.parts.length - 1]!.end;
      while (i + 1 < s.endToken && tokens[i + 1]!.start < end) i++;
    }
  }
  return out;
}

/** Gerunds that name a text, which speaks ("the ruling continued that …"), not an activity. */
const TEXT_GERUNDS: ReadonlySet<string> = new Set(['ruling', 'filing', 'briefing', 'warning', 'posting', 'recording', 'finding', 'writing']);

/** A gerund naming an activity ("borrowing", "fighting"): not a short noun that merely ends so ("king", "thing"), nor a text. */
function isActivity(head: string): boolean {
  return head.length >= 6 && head.endsWith('ing') && !TEXT_GERUNDS.has(head);
}

function reportedAround(tokens: readonly Token[], s: Sentence, i: number, lemma: string, insideQuote: Uint8Array): Candidate | null {
  const cue = { first: i, end: i + 1 };
  const last = lastContentToken(tokens, s);

  // Content first: "…, X said." / "…, said X." / "The plan, X said, is dead."
  const before = subjectBefore(tokens, i, s.firstToken) ?? subjectAcrossSplit(tokens, s, i);
  // ("Asked whether …, 75 percent said yes": the answer, not the question, is what they said.)
  // ("Having said so, Roe …": an opening participle's subject is the main clause's, not "Having".)
  const participle = opensWithParticiple(tokens, s, i);
  if (before && !participle && oneWordAnswer(tokens, i, lemma)) {
    const answer = indirectCandidate(tokens, [i + 1, i + 2], null, cue, before);
    return { ...answer, parts: [{ start: answer.parts[0]!.start, end: answerEnd(tokens, i + 1) }] };
  }
  // ("But the borrowing continued.": an activity, a gerund, goes on; it says nothing.)
  if (lemma === 'continue' && before?.kind === 'description' && isActivity(before.head)) return null;
  // ("…, the Bank of England said": the comma stands before the whole body's name, which speaks, not before its last name.)
  const bodyStart = before?.kind === 'name' ? bodyNameStart(tokens, before.first, s.firstToken) : -1;
  const speaker =
    before && bodyStart >= 0 && bodyStart < before.first ? { ...before, first: bodyStart, name: { first: bodyStart + 1, end: before.end } } : before;
  if (speaker && speaker.first - 1 > s.firstToken && tokens[speaker.first - 1]!.value === ',' && !tokens[i]!.normal.endsWith('ing')) {
    const tail = tailEnd(tokens, i + 1, last) ?? tailBeforeWritersClause(tokens, i, last) ?? adjunctTail(tokens, i + 1, last);
    const contentEnd = speaker.first - 1;
    const enough = contentEnd - s.firstToken >= MIN_CONTENT_TOKENS && clauseLike(tokens, s.firstToken, contentEnd, lemma);
    // "The plan, he said on Friday, is dead.": the statement goes on after the cue.
    const comma = adjunctEnd(tokens, i + 1, last);
    // (A gerund only right after the cue's comma: "claimed the attack, leading …" is a participle on the clause.)
    const resumes =
      resumesClause(tokens, comma + 1, last) || (comma === i + 1 && !hasVerb(tokens, s.firstToken, contentEnd) && gerundSubject(tokens, comma + 1, last));
    // "But, Pell added, he would not row it.": only conjunctions or adverbs before the cue (also "Sometimes though,").
    if (tokens[comma]?.value === ',' && resumes && onlyConnectives(tokens, s.firstToken, contentEnd)) {
      return indirectCandidate(tokens, [comma + 1, last + 1], null, cue, speaker);
    }
    if (tokens[comma]?.value === ',' && resumes && openingPhrase(tokens, s.firstToken, contentEnd)) {
      // ("… to serve the fishing fleet and, he argued, to draw cruise ships back": what was said is only what follows.)
      if (tokens[contentEnd - 1]!.pos === 'CCONJ') return indirectCandidate(tokens, [comma + 1, last + 1], null, cue, speaker);
      return indirectCandidate(tokens, [interruptedStart(tokens, s.firstToken, contentEnd, last), contentEnd], [comma + 1, last + 1], cue, speaker);
    }
    // "When the moderator pressed him, the candidate said families …": an opening subordinate clause
    // is the writer's when a clause follows the cue.
    const subordinate = LEADING_SUBORDINATORS.has(tokens[s.firstToken]!.normal) && last - i >= MIN_CONTENT_TOKENS;
    // "These were no oversights, Roe noted; the board had …": the statement goes on past a semicolon.
    if (enough && !subordinate && resumesAfterSemicolon(tokens, i, last))
      return indirectCandidate(tokens, [statementStart(tokens, s.firstToken, contentEnd), contentEnd], [i + 2, last + 1], cue, speaker);
    // ("Late on Friday, Todd asked the senator about the spat.": the topic is what was asked.)
    if (tail !== null && enough && !subordinate && !(lemma === 'ask' && askedAbout(tokens, i, last)) && !objectAfterCue(tokens, i, lemma)) {
      // ("…, the Times said, including speeches and …": what was said goes on after the cue.)
      if (comma === i + 1 && tokens[comma]?.value === ',' && restGoesOn(tokens, comma + 1, last))
        return indirectCandidate(tokens, [interruptedStart(tokens, s.firstToken, contentEnd, last), contentEnd], [comma + 1, last + 1], cue, speaker);
      // ("Weighing in on the debate, Roe agreed, praising …": only the writer's scene stands before the cue.)
      if (onlyScene(tokens, s.firstToken, contentEnd)) return null;
      return indirectCandidate(tokens, [statementStart(tokens, s.firstToken, contentEnd), contentEnd], null, cue, speaker);
    }
  }
  // (Not a participle: "…, telling supporters in X that …" is no "…, said X.")
  if (i - 1 > s.firstToken && tokens[i - 1]!.value === ',' && !tokens[i]!.normal.endsWith('ing')) {
    const after = subjectAfter(tokens, i + 1, last + 1);
    const tail = after ? (relativeOnSpeakerEnd(tokens, after.end, last) ?? tailEnd(tokens, after.end, last)) : null;
    if (
      after &&
      tail !== null &&
      i - 1 - s.firstToken >= MIN_CONTENT_TOKENS &&
      clauseLike(tokens, s.firstToken, i - 1, lemma) &&
      !onlyApposition(tokens, s.firstToken, i - 1)
    ) {
      return indirectCandidate(tokens, [statementStart(tokens, s.firstToken, i - 1), i - 1], null, cue, after);
    }
    // "The puzzle of Nora, says Carl Renner, a curator, is that …": a statement interrupted by an inverted cue
    // (not "Sam Reed, the council leader, said the closure, announced …, was …": a name and its apposition are the subject).
    const resumed =
      after && tail !== null && tokens[tail]?.value === ','
        ? (resumedAfterAppositions(tokens, tail, last) ?? (!hasVerb(tokens, s.firstToken, i - 1) && gerundSubject(tokens, tail + 1, last) ? tail + 1 : null))
        : null;
    // "Also, says Tom Pell, the ferry runs late.": only connectives before the inverted cue; what was said follows it.
    if (after && resumed !== null && onlyConnectives(tokens, s.firstToken, i - 1)) return indirectCandidate(tokens, [resumed, last + 1], null, cue, after);
    if (
      after &&
      resumed !== null &&
      openingPhrase(tokens, s.firstToken, i - 1) &&
      !hasVerb(tokens, s.firstToken, i - 1) &&
      !onlyApposition(tokens, s.firstToken, i - 1)
    ) {
      return indirectCandidate(tokens, [interruptedStart(tokens, s.firstToken, i - 1, last), i - 1], [resumed, last + 1], cue, after);
    }
  }

  // Cue first: "X said (that) …", "X told reporters (that) …", "…, adding that …".
  // ("Noting that …, Allen said …": the main clause's subject speaks, so no subject is sought here.)
  if (participle) return openingParticiple(tokens, i, lemma, last);
  // ("A woman who claims she met the baker in Salem says …": the woman, past the statement.)
  let subject = pastRelativeStatement(tokens, s.firstToken, s.endToken, i, before);
  // "Groups that have endorsed the mayor say …", "(But) some fishermen interviewed at the rally
  // said …": the phrase before the cue is the object of a relative clause or a participle on the
  // sentence's opening noun phrase, which is the one that speaks.
  if (subject === before && before && (tokens[before.first - 1]?.pos === 'VERB' || tokens[before.first - 1]?.pos === 'ADP') && tokens[i - 1]?.pos !== 'PUNCT') {
    const opening = subjectModifiedAtLength(tokens, s, i);
    if (opening && opening.end < before.first && (RELATIVE_OPENERS.has(tokens[opening.end]!.normal) || participleObject(tokens, opening, i))) subject = opening;
  }
  if (tokens[i]!.normal.endsWith('ing') && !afterBe(tokens, i)) {
    // "…, saying that …", "… by saying …", "issued a statement saying …": the participle's
    // subject is the sentence's, or the speaker of the cue before it (“…,” he said, noting that …).
    // "with the campaign saying …", "— Ryan saying he was …": a phrase of its own with its subject.
    const own = subjectBefore(tokens, i, s.firstToken);
    const share = shareBeforeParticiple(tokens, i, s.firstToken);
    if (share) subject = share;
    else if (own && own.kind !== 'pronoun' && ABSOLUTE_LEADS.has(tokens[own.first - 1]?.normal ?? '')) subject = own;
    else if (!commaBefore(tokens, i) && !PARTICIPLE_LEADS.has(wordBefore(tokens, i)) && !afterReportNoun(tokens, i) && !participleLead(tokens, i)) return null;
    else subject = receivedText(tokens, s, i) ?? participleSubject(tokens, s, i);
  } else if ((!subject && COORDINATORS.has(wordBefore(tokens, i))) || afterThen(tokens, i)) {
    // "…, then says …", "… and then said …", "… but has said …", "… and reportedly argued …":
    // the speaker of the cue before goes on speaking, else the sentence's subject; inside a
    // relative clause ("… thanked Roe, who chairs the board and said …") its antecedent.
    subject = relativeCoordinated(tokens, indexBefore(tokens, i), s.firstToken) ?? coordinatedCueSubject(tokens, s, i);
  } else if (!subject && continuedAt(tokens, i) >= 0) {
    // "went on to say …", "continues to insist …": the subject of the verb before "to".
    subject = subjectBefore(tokens, continuedAt(tokens, i), s.firstToken);
    if (!subject) return null;
    return reportedAfterCue(tokens, s, i, lemma, subject, insideQuote);
  } else if (!subject && tokens[i - 1]?.normal === 'to') {
    // "tweeted on Friday to say he …", "is expected to argue that …".
    subject = infinitiveSpeaker(tokens, s, i, lemma, last);
    return subject ? reportedAfterCue(tokens, s, i, lemma, subject, insideQuote) : null;
  } else if (!subject) subject = subjectBeforeAside(tokens, s, i) ?? pollShare(tokens, s, i) ?? modalRequestSubject(tokens, s, i, lemma);
  if (!subject) {
    // "Numerous veterans interviewed at the rallies said they …", "Progressive groups that
    // endorsed him say they …": the noun phrase opening the sentence, modified at length, when
    // the cue plainly opens a clause ("that …", "he …").
    const opening = subjectModifiedAtLength(tokens, s, i);
    const k = i + 1;
    const plainClause = tokens[k]?.normal === 'that' || (NOMINATIVE.has(tokens[k]?.normal ?? '') && verbWithin(tokens, k + 1, 3));
    if (opening && plainClause && !BLOCKING_BEFORE_CUE.has(tokens[i - 1]?.normal ?? '')) subject = opening;
    // "The Republican incumbent/ADJ said that …": wink read the head noun as an adjective.
    else if (plainClause) subject = mistaggedSubject(tokens, s, i);
  }
  if (!subject) return null;
  // "declined to say", "did not say", "if Roe says …": no statement was made.
  if (unsaid(tokens, subject.end, i) || questionedSaying(tokens, s, subject.first, i)) return null;
  return reportedAfterCue(tokens, s, i, lemma, subject, insideQuote);
}

/** A reported clause that is mostly a direct quote already found is left to that quote. */
function coversQuote(part: Span, tokens: readonly Token[], starts: Int32Array, direct: Uint8Array): boolean {
  let inside = 0;
  let total = 0;
  for (let k = tokenAtIn(starts, part.start); k < tokens.length && tokens[k]!.end <= part.end; k++) {
    total++;
    if (direct[k]) inside++;
  }
  return total > 0 && inside / total > 0.6;
}
