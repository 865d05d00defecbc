import type { Token } from '../types.js';
import { cueLemma } from './candidate.js';
import { hasVerb } from './clause.js';
import { isDashAt } from './dashes.js';
import { CORE_SUBORDINATORS, LEADING_SUBORDINATORS, PASSIVE_BE, SOURCE_ASIDE_OPENERS } from './clause-words.js';
import { NOMINAL_POS, POSSESSIVES, TIME_NOUNS } from './subject-words.js';
import { isQuoteMark } from './text.js';

/**
 * The tests of the content-first patterns ("…, X said." · "The plan, X said, is dead." · "But, X
 * added, he …"): what stands before the cue, and what may follow it.
 */

/** A clause this long after "said" is one even when wink tags no verb in it. */
export const UNTAGGED_CLAUSE_TOKENS = 6;
/** Longest tail after a final cue: "…, KCNA said in a statement on Monday." */
export const MAX_TAIL = 9;

/** Steps over a short adjunct after a cue ("on Friday", "in an interview", "to me"); returns the next token. */
export function adjunctEnd(tokens: readonly Token[], from: number, last: number): number {
  let k = from;
  while (k <= last && k - from < 7) {
    const t = tokens[k]!;
    // ("told the Gazette that his parents, …": "that" opens the statement, not an adjunct.)
    if (t.value === ',' || t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.value) || t.value === '.' || isThat(t)) break;
    k++;
  }
  return k;
}

/** "that" opening a clause. */
const isThat = (t: Token) => t.normal === 'that' && t.pos === 'SCONJ';

/** The tail after a final cue holds no verb and no clause: returns its end, or null. */
export function tailEnd(tokens: readonly Token[], from: number, last: number): number | null {
  for (let k = from; k <= last; k++) {
    if (k - from >= MAX_TAIL) return null;
    const t = tokens[k]!;
    const nounish = t.pos === 'VERB' && k > from && NOMINAL_POS.has(tokens[k - 1]!.pos);
    // ("…, told the Sentinel that the site …": a clause after "that" makes the cue no closing one.)
    if (isThat(t)) return null;
    // "…, Pell said when asked about the levy": the question put to the speaker ends the tail.
    if (TAIL_SUBORDINATORS.has(t.normal) && QUESTIONED.has(tokens[k + 1]?.normal ?? '')) return k;
    if ((t.pos === 'VERB' && !nounish) || t.pos === 'AUX' || t.value === ',' || t.value === ';' || isQuoteMark(t.value)) {
      // "…, he said, adding that …" and "…, said Smith, a professor at …" stop here.
      return t.value === ',' ? k : null;
    }
  }
  return last + 1;
}

/**
 * "…, said an official who was briefed on the talks.": a relative clause on an inverted cue's
 * speaker that runs to the sentence's end describes the speaker, whatever its verbs. Not past a
 * comma: "…, said the aide who succeeded him, Tom Pell, should go" is a clause the cue opens.
 * Returns the tail's end, or null.
 */
export function relativeOnSpeakerEnd(tokens: readonly Token[], from: number, last: number): number | null {
  if (tokens[from]?.normal !== 'who' && tokens[from]?.normal !== 'whose') return null;
  for (let k = from + 1; k <= last; k++) if (tokens[k]!.value === ',' || tokens[k]!.value === ';' || isQuoteMark(tokens[k]!.value)) return null;
  return last + 1;
}

/**
 * "…, Roe told her closest advisers as she worked on the speech", "…, Ruiz said in posing the
 * question to Pell": after a final cue (not a passive, "were asked three things on
 * leaving", nor one with its topic), its listener or adjunct may give way to the writer's clause or
 * gerund, whatever verbs follow there. Returns where the tail ends, or null when a verb or clause
 * comes first.
 */
export function tailBeforeWritersClause(tokens: readonly Token[], i: number, last: number): number | null {
  // (Nor after the cue's topic: "…, Roe wrote about the toll taken on them after …".)
  if (PASSIVE_BE.has(tokens[i - 1]?.normal ?? '') || TOPIC_LEADS.has(tokens[i + 1]?.normal ?? '')) return null;
  for (let k = i + 2; k <= last && k - i <= MAX_TAIL; k++) {
    const t = tokens[k]!;
    const prev = tokens[k - 1]!;
    // ("said places such as Iowa …": a comparison inside what was said.)
    if (TAIL_SUBORDINATORS.has(t.normal) && !AS_LEADS.has(prev.normal)) return tailEnd(tokens, i + 1, k - 1) === null ? null : k;
    if (t.pos === 'VERB' && t.normal.endsWith('ing') && GERUND_LEADS.has(prev.normal)) return tailEnd(tokens, i + 1, k - 2) === null ? null : k - 1;
  }
  return null;
}

/** Subordinators that open the writer's clause after a final cue and its listener or adjunct. */
const TAIL_SUBORDINATORS: ReadonlySet<string> = new Set(CORE_SUBORDINATORS.filter((w) => w !== 'if'));
/** A question put to the speaker: "when asked", "if pressed". */
const QUESTIONED = new Set(['asked', 'questioned', 'pressed']);
/** Words before "as" that make it a comparison: "such as", "so as", "as well as". */
const AS_LEADS = new Set(['such', 'so', 'as', 'well', 'much', 'long', 'soon']);
/** Prepositions before a gerund of the writer's: "said in posing …", "wrote while serving …". */
const GERUND_LEADS = new Set(['in', 'by', 'while', 'when']);
const TOPIC_LEADS = new Set(['about', 'of', 'on']);

/** Tags a noun phrase may open with ("Gov. Roe", "The mayor", "Former officials"; not "However,"). */
const NOMINAL_OPENERS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ']);

/**
 * "Gov. Roe of Dover, a sailor who has declined to back Lee, said …": what stands before the
 * cue's comma is a noun phrase and one apposition (a description opening with a determiner), the
 * cue's own subject, not a statement ahead of an inverted cue.
 */
export function onlyApposition(tokens: readonly Token[], first: number, comma: number): boolean {
  let c = first;
  while (c < comma && tokens[c]!.value !== ',') c++;
  if (c === first || c >= comma || hasVerb(tokens, first, c) || tokens[c + 1]?.pos !== 'DET' || !NOMINAL_OPENERS.has(tokens[first]!.pos)) return false;
  for (let k = c + 1; k < comma; k++) if (tokens[k]!.value === ',' || tokens[k]!.value === ';' || tokens[k]!.value === ':') return false;
  return true;
}

/** After "X said," the sentence goes on with the rest of the statement, not a participle or relative clause. */
export function resumesClause(tokens: readonly Token[], from: number, last: number): boolean {
  const first = tokens[from];
  if (
    !first ||
    first.normal.endsWith('ing') ||
    first.normal === 'who' ||
    first.normal === 'which' ||
    (first.pos === 'DET' && tokens[from + 1]?.pos === 'NOUN' && !hasVerb(tokens, from, last + 1))
  )
    return false;
  // (Two words will do when the first is the verb: "This campaign, he says, is different"; quotes11 round.)
  return (last + 1 - from >= 3 || (last + 1 - from === 2 && first.pos === 'AUX')) && hasVerb(tokens, from, last + 1);
}

/**
 * "These were no oversights, Roe noted; the board had slanted its summaries": a semicolon right
 * after a final cue joins a second clause to the same statement, which PolNeAR annotates with it
 * (not after an opening subordinate clause, which is the writer's: reported.ts checks that).
 */
export function resumesAfterSemicolon(tokens: readonly Token[], i: number, last: number): boolean {
  // (Not a semicolon standing for a colon before a quotation: "Roe said; 'I have a boat to sail'";
  // nor before a clause with a cue of its own: "…, Roe said; Pell said it was cheap" is Pell's.)
  return tokens[i + 1]?.value === ';' && !isQuoteMark(tokens[i + 2]?.value ?? '') && resumesClause(tokens, i + 2, last) && !cueIn(tokens, i + 2, last);
}

function cueIn(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (cueLemma(tokens, k)) return true;
  return false;
}

/**
 * What stands before "…, X said, …" can carry a statement: two tokens or more ("The plan"), or a
 * lone noun or name ("Survival, she says, depends on …"), not a lone adverb ("Later, …").
 */
export function openingPhrase(tokens: readonly Token[], from: number, end: number): boolean {
  // ("That, they say, will be easier …": a demonstrative standing for the subject.)
  return end - from >= 2 || (end - from === 1 && (tokens[from]!.pos === 'NOUN' || tokens[from]!.pos === 'PROPN' || DEMONSTRATIVES.has(tokens[from]!.normal)));
}

const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);

/**
 * Where the first part of a statement its cue interrupts starts ("The plan, X said, is dead"): after
 * a semicolon or colon before it, or a dash ("… a clip of his radio show - proof, the court was told, of …"; a conjunction
 * after the dash too), unless a second dash after the cue closes it as an aside ("so narrow - as
 * shown, he claimed, by … - that …"); or after an opening subordinate clause or participle phrase,
 * the writer's scene-setting ("As the port grows, its future, she said, is …"); else at the
 * sentence start. `end` is the comma before the cue's subject, `last` the sentence's last token.
 */
export function interruptedStart(tokens: readonly Token[], first: number, end: number, last: number): number {
  for (let k = end - 2; k > first; k--) {
    // ("…; there is rarely, it says, any …": a semicolon hands over, as at a statement's end.)
    if (tokens[k]!.value === ';' || tokens[k]!.value === ':') return k + 1;
    if (!isDashAt(tokens, k)) continue;
    for (let j = end + 1; j <= last; j++) if (isDashAt(tokens, j)) return first;
    return tokens[k + 1]!.pos === 'CCONJ' && k + 2 < end ? k + 2 : k + 1;
  }
  const opener = tokens[first]!;
  const scene = LEADING_SUBORDINATORS.has(opener.normal) || (opener.pos === 'VERB' && tokens[first + 1]?.pos !== 'AUX');
  if (!scene) return first;
  for (let k = end - 2; k > first + 1; k--) if (tokens[k]!.value === ',' && hasVerb(tokens, first, k)) return k + 1;
  return first;
}

/** Adverbs and conjunctions only: "But", "Also", "Sometimes though" (wink tags that "though" a subordinator). */
export function onlyConnectives(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (!(tokens[k]!.pos === 'CCONJ' || tokens[k]!.pos === 'ADV' || (k > from && tokens[k]!.normal === 'though'))) return false;
  return end > from;
}

/** A verb, or for "said" a run long enough that wink has only mistagged its verb ("The rejection signals/NOUN …"). */
export function clauseLike(tokens: readonly Token[], from: number, end: number, lemma: string): boolean {
  return hasVerb(tokens, from, end) || (end - from >= UNTAGGED_CLAUSE_TOKENS && (lemma === 'say' || lemma === 'tell'));
}

/**
 * "The puzzle of Nora, says Carl Renner, a curator at X, is that …": after the comma that ends
 * an inverted cue's subject, the statement resumes, past up to two verbless appositions in commas.
 * Returns the first token of the resumed clause, or null.
 */
export function resumedAfterAppositions(tokens: readonly Token[], comma: number, last: number): number | null {
  let from = comma + 1;
  for (let n = 0; n <= MAX_APPOSITIONS; n++) {
    let k = from;
    while (k <= last && tokens[k]!.value !== ',' && !isQuoteMark(tokens[k]!.value)) k++;
    // A segment with a verb is the statement going on; a verbless one closed by a comma, an apposition.
    if (hasVerb(tokens, from, k)) return resumesClause(tokens, from, last) ? from : null;
    if (tokens[k]?.value !== ',') return null;
    from = k + 1;
  }
  return null;
}
const MAX_APPOSITIONS = 2;

/** What "tell" takes as the thing told rather than a listener ("told the story of …", "told a joke"). */
const TOLD_THINGS = new Set(['story', 'stories', 'joke', 'jokes', 'tale', 'tales', 'anecdote', 'lie', 'lies', 'truth', 'parable']);
/** Amounts a cue takes as its object: "said little", "said a lot", "wrote much". */
const AMOUNTS = new Set(['little', 'much', 'nothing', 'plenty']);

/**
 * "In the final Mass of his trip, Pope Leo told the story of …", "In court, Roe said little",
 * "On the other side, Sen. Roe tweeted a warning": the cue has an object of its own right after it
 * (for "tell", a thing told, not a listener; never a time: "said this week"), so its sentence goes
 * on past it and what stands before its subject is the writer's opening, not what was said.
 */
export function objectAfterCue(tokens: readonly Token[], i: number, lemma: string): boolean {
  const first = tokens[i + 1];
  // (Not the next sentence's opening: "Town needs a new pier, traders insist ¶ A long delay …".)
  if (!first || first.sentence !== tokens[i]!.sentence) return false;
  if (AMOUNTS.has(first.normal) || (first.normal === 'a' && tokens[i + 2]?.normal === 'lot')) return true;
  if (first.pos !== 'DET' && !POSSESSIVES.has(first.normal)) return false;
  let k = i + 2;
  while (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'PROPN') k++;
  const head = tokens[k];
  if (!head || head.pos !== 'NOUN' || TIME_NOUNS.has(head.normal)) return false;
  return lemma === 'tell' || lemma === 'ask' ? TOLD_THINGS.has(head.normal) : true;
}

/** Words opening the writer's own adjunct or clause after "…, X said,": nothing of what was said goes on there. */
const NOT_GOING_ON: ReadonlySet<string> = new Set([
  ...SOURCE_ASIDE_OPENERS,
  // (Not "since" or "if", which the quotes11 round left out.)
  ...CORE_SUBORDINATORS.filter((w) => w !== 'since' && w !== 'if'),
  'in',
  'on',
  'at',
  'during',
  'according',
  'where',
  'but',
  'with',
  'without',
  'through',
  'via',
  'for',
]);
/** Fewest tokens of such a rest: "…, she said, by phone" is the writer's manner, not more of the statement. */
const MIN_REST_TOKENS = 4;

/**
 * "…, the Times said, including speeches and …" · "…, she says, from just over 5% to 13%" · "…,
 * officials said, the first by a consul in X, and the second by …": after a final cue and its
 * comma, a verbless run to the sentence's end goes on with what was said (PolNeAR annotates it
 * with it; quotes11 round). Not the writer's adjunct ("…, he said, in a statement", "…, she said,
 * with a smile") or clause.
 */
export function restGoesOn(tokens: readonly Token[], from: number, last: number): boolean {
  if (last + 1 - from < MIN_REST_TOKENS || NOT_GOING_ON.has(tokens[from]!.normal)) return false;
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    if (k === from && t.normal === 'including') continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.value)) return false;
  }
  return true;
}
