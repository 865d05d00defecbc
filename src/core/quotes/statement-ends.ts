import type { Token } from '../types.js';
import { cueLemma } from './candidate.js';
import { hasComma, SUBJECT_PRONOUNS, verbWithin } from './clause-scan.js';
import { isQuoteMark } from './text.js';
import { asideResumes, bylineAhead, indefiniteList, interruptedAhead } from './writer-asides.js';

/** Whether a comma or dash inside reported content hands the sentence back to the writer (clause.ts asks at each one). */

/** Words after a comma that hand the sentence back to the writer or to a contrast. */
const WRITER_TURNS = new Set(['compared', 'while', 'whereas', 'however', 'despite', 'unlike', 'meanwhile']);
/** -ing words that go on with the content rather than start a new action. */
export const NOT_PARTICIPLES = new Set([
  'including',
  'according',
  'excluding',
  'regarding',
  'concerning',
  'considering',
  'during',
  'following',
  'pending',
  'notwithstanding',
]);
/** Participles of the writer's after a statement: a naming or a consequence. */
const WRITER_PARTICIPLES = new Set([
  'calling',
  'creating',
  'prompting',
  'sparking',
  'drawing',
  'causing',
  'putting',
  'throwing',
  'highlighting',
  'leading',
  'conceding',
]);

/**
 * The comma or dash at `k` closes what was said, by the news convention PolNeAR's annotators
 * follow: what comes after is the writer's ("…, compared with …", "…, a swipe at …", "— a play on
 * words"), a contrast ("…, while about 4 in 10 want …"), another action ("…, calling them …"),
 * another speaker ("…, said one candidate …"), or, when the cue sits in a clause that opens the
 * sentence ("When Becker said the ferry was finally safe, a woman laughed …"), the main clause.
 */
export function endsStatement(tokens: readonly Token[], k: number, last: number, leadingClause: boolean): boolean {
  const next = tokens[k + 1]!;
  if (leadingClause && tokens[k]!.value === ',') return true;
  // "… - though it is unclear …": a dash before a contrast.
  if (tokens[k]!.value !== ',' && (next.normal === 'though' || next.normal === 'although')) return true;
  if (WRITER_TURNS.has(next.normal) || (next.normal === 'even' && tokens[k + 2]?.normal === 'as')) return true;
  // "… against Pell — no different, she said, from …": a dash before a statement its cue interrupts,
  // which is listed on its own.
  if (tokens[k]!.value !== ',' && (interruptedAhead(tokens, k + 1, last) || bylineAhead(tokens, k + 1, last))) return true;
  // "…, but he sounded a note …", "…, but the campaign refused …": a contrast with a subject of its own.
  if (
    tokens[k]!.value === ',' &&
    CONTRASTS.has(next.normal) &&
    (SUBJECT_PRONOUNS.has(tokens[k + 2]?.normal ?? '') || tokens[k + 2]?.pos === 'DET' || tokens[k + 2]?.pos === 'PROPN') &&
    verbWithin(tokens, k + 3, 4) &&
    !quoteAhead(tokens, k + 2, last)
  )
    return true;
  // "…, which was passed in 2010", "…, who will face a challenger": the writer's note on a noun, to the end.
  if (
    tokens[k]!.value === ',' &&
    (RELATIVE_ASIDES.has(next.normal) || (relativeAfterWord(tokens, k + 1) && !hasComma(tokens, k + 2, last + 1))) &&
    !resumesAfter(tokens, k + 2, last)
  )
    return true;
  // "…, for which Acme argues it is not liable": a relative clause reporting a statement of its own,
  // which is listed apart (the scan for cues resumes after this statement), not more of this one.
  if (tokens[k]!.value === ',' && relativeStatement(tokens, k + 1, last)) return true;
  // "…, according to the Gazette.": the source that reports the statement, not more of it (the
  // nested attribution keeps it as `via`).
  if (tokens[k]!.value === ',' && next.normal === 'according' && tokens[k + 2]?.normal === 'to' && !resumesAfter(tokens, k + 3, last)) return true;
  // A participle goes on with what was said ("…, showing pro-Bradley groups outspending …"), as
  // PolNeAR's annotators mostly keep it, unless it is a second cue ("…, adding …") or a naming or
  // consequence the writer adds ("…, calling it …", "…, prompting outrage").
  if (
    next.pos === 'VERB' &&
    next.normal.endsWith('ing') &&
    !NOT_PARTICIPLES.has(next.normal) &&
    (cueLemma(tokens, k + 1) || WRITER_PARTICIPLES.has(next.normal))
  )
    return true;
  if (
    (next.normal === 'a' || next.normal === 'an') &&
    !predicateFollows(tokens, k + 2, last) &&
    !indefiniteList(tokens, k, last) &&
    !(tokens[k]!.value === ',' && asideResumes(tokens, k + 2, last))
  )
    return true;
  if (cueLemma(tokens, next.pos === 'ADV' ? k + 2 : k + 1) && tokens[k]!.value === ',' && !tokens[k + 1]!.normal.endsWith('ing')) return true;
  return false;
}

/**
 * The statement goes on after a relative clause: a comma then a verb ("the plan, which he
 * unveiled, will fail"), or the speaker's own words in marks ("Kim, who is running, “is a …”").
 */
function resumesAfter(tokens: readonly Token[], from: number, last: number): boolean {
  if (quoteAhead(tokens, from, last)) return true;
  for (let k = from; k <= last; k++)
    if (tokens[k]!.value === ',' && (tokens[k + 1]?.pos === 'AUX' || tokens[k + 1]?.pos === 'VERB') && tokens[k + 1]!.normal !== 'according') return true;
  return false;
}

/** A quotation mark in tokens [from, last]: the speaker's own words are still to come. */
function quoteAhead(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (isQuoteMark(tokens[k]!.value)) return true;
  return false;
}

/**
 * "…, for whom he was to host a dinner", "…, some of which …": a relative pronoun after a
 * preposition or quantifier at `k`. The caller takes it only when it runs to the end with no comma:
 * "the letters, some of which are wide, he realized …" goes on past it with a clause of its own.
 */
function relativeAfterWord(tokens: readonly Token[], k: number): boolean {
  if (!RELATIVE_LEADS.has(tokens[k]!.pos)) return false;
  const after = tokens[k + 1]?.normal === 'of' ? tokens[k + 2] : tokens[k + 1];
  return after?.normal === 'whom' || (after?.normal === 'which' && tokens[k + 1]?.normal === 'of');
}

/** How many words the subject of a relative clause after "for which" may run before its cue. */
const RELATIVE_SUBJECT_REACH = 5;

/**
 * "for which Acme argues it is not liable": a preposition and "which" or "whom" at `from`, then a
 * subject and a cue with a clause after it. A relative clause with any other verb ("with which the
 * mayor agrees") is the writer's note or more of what was said, left to the other tests.
 */
function relativeStatement(tokens: readonly Token[], from: number, last: number): boolean {
  if (tokens[from]?.pos !== 'ADP' || !RELATIVE_AFTER_PREPOSITION.has(tokens[from + 1]?.normal ?? '')) return false;
  for (let j = from + 3; j <= last && j <= from + 2 + RELATIVE_SUBJECT_REACH; j++) {
    // (Not before a colon or quotation mark: `…, in which Roe said: “…”` keeps it, as PolNeAR does, and
    // the quotation is listed anyway.)
    if (cueLemma(tokens, j)) return j + 1 < last && tokens[j + 1]!.value !== ':' && !isQuoteMark(tokens[j + 1]!.value);
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'PUNCT') return false;
  }
  return false;
}

const RELATIVE_AFTER_PREPOSITION = new Set(['which', 'whom']);
const RELATIVE_LEADS = new Set(['ADP', 'DET', 'PRON']);
const CONTRASTS = new Set(['but', 'and']);
export const RELATIVE_ASIDES = new Set(['which', 'who', 'where']);

/**
 * After ", a/an": does the noun phrase take a verb of its own ("…, a flood will come"), making it
 * a clause that goes on with the statement? A relative clause ("a promise he made", "a move that
 * …") or nothing ("a swipe at the mayor") leaves it an aside.
 */
function predicateFollows(tokens: readonly Token[], from: number, last: number): boolean {
  let k = from;
  while (k <= last && k < from + 6 && NOUN_MODIFIER_POS.has(tokens[k]!.pos)) k++;
  const t = tokens[k];
  return t !== undefined && k <= last && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')));
}

const NOUN_MODIFIER_POS = new Set(['ADJ', 'NOUN', 'NUM', 'ADV']);
