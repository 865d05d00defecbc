import { hyphenedTitleStop } from '../nlp/parse.js';
import type { Sentence, Token } from '../types.js';
import { cueLemma } from './candidate.js';
import { NEEDS_THAT } from './speech-verbs.js';
import { subjectBefore } from './phrases.js';
import { shareEndingAt } from './poll-shares.js';
import { parallelShare } from './parallel-shares.js';
import { bareAfterFiniteCue, continuedVerb, cueIndexBefore, speakerTakesStand, subjectDeclines } from './speaker-actions.js';
import { beforeMarks, isQuoteMark } from './text.js';
import { isDashAt } from './dashes.js';
import { LEADING_SUBORDINATORS } from './clause-words.js';
import { hasClauseVerb, insideSubject } from './subject-asides.js';
import { dashClauseAhead } from './writer-asides.js';
import { hasComma, hasVerb, SUBJECT_PRONOUNS } from './clause-scan.js';
import { endsStatement, NOT_PARTICIPLES, RELATIVE_ASIDES } from './statement-ends.js';

// (The scans many quote modules import from here since before they had a module of their own.)
export { hasComma, hasVerb, SUBJECT_PRONOUNS, verbWithin } from './clause-scan.js';

/**
 * Where reported content ends, and the small tests on clauses the patterns share. The ends follow
 * the news convention PolNeAR's annotators apply (Newell, Margolin and Ruths, LREC 2018): what was
 * said stops where the writer takes over again.
 */

/** An amount with the sentence's full stop glued to it: "$500m.", "27%.", "2004.". */
const AMOUNT_WITH_STOP = /^[$£€]?\d[\d.,]*(?:%|m|bn|k|p|tn)?\.$/;
/** The same when wink splits the unit off the number: "500" "m.". */
const UNIT_WITH_STOP = new Set(['m.', 'bn.', 'k.', 'p.', 'tn.']);
/** Fewest tokens of reported content worth listing ("he said no" is not a statement). */
export const MIN_CONTENT_TOKENS = 3;
const COORDINATORS = new Set(['and', 'but', 'though', 'although', 'while', ',']);

/**
 * Where reported content ends before the sentence does: at "and warned …" or ", adding …" (a
 * second cue, its own statement), or at a sentence boundary wink missed after a closing mark.
 * `object`: the content is a cue's noun or prepositional object ("announced a budget", "asked about
 * X"), which has no verb of its own to wait for before a comma can end it.
 */
export function clauseEnd(tokens: readonly Token[], from: number, last: number, leadingClause = false, cue?: Token, object = false): number {
  for (let k = from + 1; k <= last; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    // "he said X and called on Y to …": a verb in the cue's own form after "and"/"but" is the
    // speaker's next action, not more of what was said.
    if (cue && (t.normal === 'and' || t.normal === 'but') && k - from >= MIN_CONTENT_TOKENS && sameFormAsCue(cue, tokens, k + 1, from)) {
      return tokens[k - 1]?.value === ',' ? k - 1 : k;
    }
    // "…, 34% conservative", "… and 160 have not …": the next poll figure, not more of this one's statement.
    if ((t.normal === 'and' || t.value === ',') && k - from >= MIN_CONTENT_TOKENS && parallelShare(tokens, k + 1, last, cue, from))
      return tokens[k - 1]?.value === ',' ? k - 1 : k;
    // "… the fares were fair: “…,” he added.": a colon hands over to a quote with a cue of its own, in a
    // main clause as in a subordinate one ("after he told X that …, he did not think …: “…,” Roe predicted").
    if (t.value === ':' && next && isQuoteMark(next.value) && k - from >= MIN_CONTENT_TOKENS && quoteCuedAfter(tokens, k + 2, last)) return k;
    // "…; 29 percent said …": a semicolon hands over to the writer.
    if (t.value === ';' && k - from >= MIN_CONTENT_TOKENS) return k;
    if (
      next &&
      k - from >= MIN_CONTENT_TOKENS &&
      (t.value === ',' || isDashAt(tokens, k)) &&
      // (Not at an aside inside the subject, `that a deal with the port, however messy, was …`; an
      // object, `announced a budget, prompting …`, `asked about X, and …`, has no verb to wait for.)
      (object || tokens[from]!.pos === 'ADP' || !insideSubject(tokens, from, k, last)) &&
      endsStatement(tokens, k, last, leadingClause && hasClauseVerb(tokens, from, k) && !frontedAdjunct(tokens, from, k))
    )
      return k;
    // "… — the mayor also pointed out …": a dash before a clause of the writer's (not one closing an aside the content opened).
    // (Not the main clause of a condition the content opened: "said if anyone took the cash - they would be caught".)
    if (
      k - from >= MIN_CONTENT_TOKENS &&
      isDashAt(tokens, k) &&
      !dashIn(tokens, from, k) &&
      !openingClause(tokens, from, k) &&
      dashClauseAhead(tokens, k + 1, last)
    )
      return k;
    // "While X said A – an aside – critics are …": in a clause that opens the sentence, a dash
    // aside before the main clause ends the statement as a comma would.
    if (leadingClause && k - from >= MIN_CONTENT_TOKENS && isDashAt(tokens, k) && hasVerb(tokens, from, k) && mainClauseAfterAside(tokens, k, last)) return k;
    // “…,” adding that …: the comma stands inside the closing mark.
    if (next && k - from >= MIN_CONTENT_TOKENS && isQuoteMark(t.value) && tokens[k - 1]!.value === ',' && endsStatement(tokens, k, last, false)) return k + 1;
    // "…, and three-quarters said the same", "…, 39 have said …": a clause with a cue of its own.
    if ((t.normal === 'and' || t.normal === 'but' || t.value === ',') && k - from >= MIN_CONTENT_TOKENS && coordinatedCue(tokens, k + 1, last))
      return tokens[k - 1]?.value === ',' ? k - 1 : k;
    if (t.normal === 'compared' && (next?.normal === 'with' || next?.normal === 'to') && k - from >= MIN_CONTENT_TOKENS) return k;
    // "X said A and she accused B …": after a past cue, "he"/"she" and a past verb is the speaker's next
    // action, unless the statement itself has used that pronoun ("said he was tired and he wanted …").
    if (cue && (t.normal === 'and' || t.normal === 'but') && k - from >= MIN_CONTENT_TOKENS && speakerActsAgain(cue, tokens, from, k)) return k;
    // "X said A, and urged B", "… but took issue with …", "… and would not say …": the speaker's stand.
    if (cue && (t.normal === 'and' || t.normal === 'but') && k - from >= MIN_CONTENT_TOKENS && speakerTakesStand(cue, tokens, from, k))
      return tokens[k - 1]?.value === ',' || isDashAt(tokens, k - 1) ? k - 1 : k;
    // "…, though he did not say who …": a refusal to speak, the writer's report.
    if (k - from >= MIN_CONTENT_TOKENS && subjectDeclines(tokens, k)) return tokens[k - 1]?.value === ',' || isDashAt(tokens, k - 1) ? k - 1 : k;
    // "… before adding that …", "… before claiming …": a second cue of the speaker's, after the first.
    if (t.normal === 'before' && next?.normal.endsWith('ing') && cueLemma(tokens, k + 1) && k - from >= MIN_CONTENT_TOKENS) return k;
    if (COORDINATORS.has(t.normal) && next) {
      // "… and warned …", "…, but noted that …", "…, though she noted …", "…, adding that …"
      let c = k + 1;
      if (tokens[c]!.normal === 'also' || SUBJECT_PRONOUNS.has(tokens[c]!.normal)) c++;
      if (
        cueLemma(tokens, c) &&
        !(cue && !SUBJECT_PRONOUNS.has(tokens[k + 1]!.normal) && bareAfterFiniteCue(cue, tokens[c]!)) &&
        (t.value !== ',' || tokens[c]!.normal.endsWith('ing') || tokens[c + 1]?.normal === 'that')
      ) {
        return tokens[k - 1]?.value === ',' ? k - 1 : k;
      }
    }
    if ((t.value === '.' || t.value === '?' || t.value === '!') && next && /^\p{Lu}/u.test(next.value) && !hyphenedTitleStop(tokens, k)) return k;
    // "… set at $500m. It intends …": wink keeps the full stop on an amount and reads on.
    if ((AMOUNT_WITH_STOP.test(t.value) || (UNIT_WITH_STOP.has(t.value) && tokens[k - 1]?.pos === 'NUM')) && next && /^\p{Lu}\p{Ll}/u.test(next.value))
      return k + 1;
    // (A two-apostrophe mark is two tokens: "heart.'' And she …".)
    if (isQuoteMark(t.value) && next && !isQuoteMark(next.value) && /[.?!]/.test(tokens[beforeMarks(tokens, k)]?.value ?? '') && /^\p{Lu}/u.test(next.value))
      return k + 1;
  }
  return last + 1;
}

/**
 * The comma at `k` closes an adjunct that opens the content at `from` ("said that, even if it
 * wanted a vote, a recount …", "told the Gazette that despite the crowds at the pier, he …"): the
 * content's own clause is still to come, so the comma does not hand back to a main clause of the
 * writer's, as it does after "When X said the ferry was safe, …".
 */
function frontedAdjunct(tokens: readonly Token[], from: number, k: number): boolean {
  const even = tokens[from]!.normal === 'even';
  const first = even ? tokens[from + 1] : tokens[from];
  // ("asked if the plan would pass, Roe …": right after the cue, "if" and "whether" open what was asked.)
  if (QUESTION_WORDS.has(first?.normal ?? '') && !even && tokens[from - 1]?.normal !== 'that') return false;
  if (!(first?.pos === 'ADP' || first?.pos === 'SCONJ') || hasComma(tokens, from, k)) return false;
  // ("that in his view the ferry was safe, the board …", "that if the levy failed the lido would close, …":
  // the content's own finite verb already stands before the comma, which closes the leading clause.)
  return finiteVerbGroups(tokens, from, k) < (first.pos === 'SCONJ' ? 2 : 1);
}
const QUESTION_WORDS = new Set(['if', 'whether']);

/** Runs of verbs (with the adverbs and "to" between them) in tokens [from, end) holding an auxiliary or a verb not in "-ing". */
function finiteVerbGroups(tokens: readonly Token[], from: number, end: number): number {
  let groups = 0;
  let finite = false;
  for (let k = from; k <= end; k++) {
    const t = tokens[k];
    if (k < end && t && VERB_GROUP_POS.has(t.pos)) {
      finite ||= t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'));
      continue;
    }
    if (finite) groups++;
    finite = false;
  }
  return groups;
}
const VERB_GROUP_POS = new Set(['VERB', 'AUX', 'ADV', 'PART']);

/** A closing mark in tokens [from, last] right after a comma, with a cue within the next four words ("…,” Roe predicted"). */
function quoteCuedAfter(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) {
    if (!isQuoteMark(tokens[k]!.value) || tokens[k - 1]?.value !== ',') continue;
    for (let c = k + 1; c <= last && c <= k + 4; c++) if (cueLemma(tokens, c)) return true;
    return false;
  }
  return false;
}

/**
 * The word at `k` (after an optional "also"/"then") is a verb in the cue's form: "-ing" after
 * "saying", "-s" after "says", "did" after "said", a perfect after a perfect ("has said … and has
 * called for …"; a past "-ed" is too often a passive's participle: "was passed and signed").
 */
function sameFormAsCue(cue: Token, tokens: readonly Token[], k: number, from: number): boolean {
  if (THEN_ADVERBS.has(tokens[k]?.normal ?? '')) k++;
  const t = tokens[k];
  if (!t || (t.pos !== 'VERB' && t.pos !== 'AUX')) return false;
  cue = continuedVerb(cue, tokens, from) ?? cue;
  if (cue.normal.endsWith('ing')) return t.pos === 'VERB' && t.normal.endsWith('ing') && !NOT_PARTICIPLES.has(t.normal);
  if (cue.normal.endsWith('s')) return t.normal.endsWith('s') && !t.normal.endsWith('ss') && t.normal !== 'is';
  // "has said X and has called for …": a perfect after a perfect cue.
  if (PERFECT_AUX.has(t.normal))
    return perfectCue(cue, tokens, from) && (tokens[k + 1]?.pos === 'VERB' || (tokens[k + 1]?.pos === 'ADV' && tokens[k + 2]?.pos === 'VERB'));
  return t.normal === 'did';
}

const THEN_ADVERBS = new Set(['also', 'then', 'later']);
const PERFECT_AUX = new Set(['has', 'have', 'had']);

/** The cue, found just before the content at `from`, is a perfect: "has (repeatedly) said". */
function perfectCue(cue: Token, tokens: readonly Token[], from: number): boolean {
  let k = cueIndexBefore(cue, tokens, from);
  if (k < 0) return false;
  k--;
  while (k > 0 && tokens[k]!.pos === 'ADV') k--;
  return PERFECT_AUX.has(tokens[k]?.normal ?? '');
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom']);

/** "three-quarters said …", "64 percent who say …", "he added …": a subject and its cue right after a conjunction. */
function coordinatedCue(tokens: readonly Token[], from: number, last: number): boolean {
  // "…, which some have argued was …": a relative clause inside the statement, not a clause of its own.
  if (RELATIVE_ASIDES.has(tokens[from]?.normal ?? '')) return false;
  for (let c = from + 1; c <= last && c < from + 8; c++) {
    const t = tokens[c]!;
    if (t.value === ',' || t.value === '.') return false;
    const lemma = cueLemma(tokens, c);
    if (lemma && !t.normal.endsWith('ing') && (!NEEDS_THAT.has(lemma) || tokens[c + 1]?.normal === 'that')) {
      // (Also a poll's share or a quantifier: "…, and three-quarters said the same", "…, and most said …".)
      const subject = subjectBefore(tokens, c, from) ?? shareEndingAt(tokens, c - 1, from);
      // ("…, 2015, letter that she said …": a relative clause on the noun after the comma, inside the statement.)
      if (subject && subject.first > from && RELATIVE_PRONOUNS.has(tokens[subject.first - 1]!.normal)) return false;
      return subject !== null && subject.first <= from + 2;
    }
    // "…, and others have said …": a perfect's auxiliary before the cue.
    if (t.pos === 'AUX' && PERFECT_AUX.has(t.normal) && cueLemma(tokens, c + 1)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/**
 * Where a statement that its cue follows starts: after the last colon or semicolon before the
 * cue ("Even so, the toll did no harm: Dover was …, according to X"), else at the
 * sentence start.
 */
export function statementStart(tokens: readonly Token[], first: number, end: number): number {
  for (let k = end - 1; k > first && k > end - 200; k--) {
    const v = tokens[k]!.value;
    if ((v === ':' || v === ';') && end - (k + 1) >= MIN_CONTENT_TOKENS) return k + 1;
  }
  return first;
}

/** The last token of the sentence that is not closing punctuation. */
export function lastContentToken(tokens: readonly Token[], s: Pick<Sentence, 'firstToken' | 'endToken'>): number {
  let last = s.endToken - 1;
  while (last > s.firstToken && (tokens[last]!.pos === 'PUNCT' || tokens[last]!.pos === 'SPACE')) last--;
  return last;
}

/** The content at `from` opens with a subordinate clause that no comma has closed before `end`: "if anyone …". */
function openingClause(tokens: readonly Token[], from: number, end: number): boolean {
  return LEADING_SUBORDINATORS.has(tokens[from]!.normal) && !hasComma(tokens, from, end);
}

/** How many words a dash aside may run before the dash closing it. */
const DASH_ASIDE_REACH = 15;

/** The dash at `k` opens an aside that a second dash closes before a clause with a subject and verb of its own. */
function mainClauseAfterAside(tokens: readonly Token[], k: number, last: number): boolean {
  for (let j = k + 1; j <= last && j <= k + DASH_ASIDE_REACH; j++) {
    if (tokens[j]!.value === ',') return false;
    if (isDashAt(tokens, j)) return dashClauseAhead(tokens, j + 1, last, true);
  }
  return false;
}

function dashIn(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (isDashAt(tokens, k)) return true;
  return false;
}

/** After "and" at `k`: "he"/"she" and a past "-ed" verb, after a past cue, with that pronoun not yet in the statement [from, k). */
function speakerActsAgain(cue: Token, tokens: readonly Token[], from: number, k: number): boolean {
  const pronoun = tokens[k + 1]?.normal ?? '';
  const verb = tokens[k + 2];
  if (!SPEAKER_PRONOUNS.has(pronoun) || verb?.pos !== 'VERB' || !verb.normal.endsWith('ed') || !cue.normal.endsWith('d')) return false;
  for (let j = from; j < k; j++) if (tokens[j]!.normal === pronoun) return false;
  return true;
}

const SPEAKER_PRONOUNS = new Set(['he', 'she']);
