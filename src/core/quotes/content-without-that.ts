import type { Token } from '../types.js';
import { SUBJECT_PRONOUNS, verbWithin } from './clause.js';
import { NOT_CONTENT } from './clause-words.js';
import { TIME_DETERMINERS, TIME_NOUNS } from './subject-words.js';
import { isPossessiveMark, isQuoteMark, pastMarks } from './text.js';
import { ASIDE_CLAUSE_SUBJECTS } from './content-after-aside.js';
import { subjectThenFiniteVerb, subjectWithLead } from './clause-subject.js';

/** Where a reported clause that opens with no "that" starts: right after the cue, or not at all ("announced a plan"). */

/**
 * Without "that", the cues that need it take a clause only when a subject pronoun and its verb follow:
 * "announced it would …", never "announced a plan". Nor a noun phrase, unless a finite verb follows
 * it: "stated Clinton and her team were …".
 */
export function thatlessClause(tokens: readonly Token[], k: number, last: number): number | null {
  if (SUBJECT_PRONOUNS.has(tokens[k]?.normal ?? '') && verbWithin(tokens, k + 1, 4)) return k;
  // "stating there was a benefit …": an existential "there" and its verb.
  if (tokens[k]?.normal === 'there' && tokens[k + 1]?.pos === 'AUX' && !isQuoteMark(tokens[k - 1]?.value ?? '')) return k;
  // "The statement declares “the matter is now closed.”": a clause in the speaker's words, in marks.
  // (Two-apostrophe marks are two tokens: declares ''the matter ….)
  const words = pastMarks(tokens, k);
  if (words > k && /^\p{Ll}/u.test(tokens[words]?.value ?? '') && verbWithin(tokens, words, 10)) return k;
  return subjectThenFiniteVerb(tokens, k, last) ? k : null;
}

/** A noun phrase from `k` with a determiner right after its noun, before any verb. */
export function relativeOnObject(tokens: readonly Token[], k: number, last: number): boolean {
  for (let j = k + 1; j <= last && j < k + 6; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
    if (t.pos === 'DET' && tokens[j - 1]!.pos === 'NOUN') return true;
  }
  return false;
}

/** The clause after a cue that needs no "that", from its first word at `k`, or null. */
export function plainClauseStart(tokens: readonly Token[], k: number, lemma: string, last: number): number | null {
  const first = tokens[k];
  // A quotation mark may open the clause (Roe said “it makes me cross” each time …): the direct
  // pass has already taken the quotes that stand alone.
  if (first && isQuoteMark(first.value)) return tokens[k + 1] && /^\p{Ll}/u.test(tokens[k + 1]!.value) ? k : null;
  // A gerund may open the clause: "says expanding the monument will protect …", also "being" (an
  // auxiliary to wink) and a negated one: "said being able to dock did not help", "said not holding
  // the regatta would be a mistake".
  const g = first && NEGATED_GERUND.has(first.normal) ? k + 1 : k;
  const gerund = tokens[g];
  if (
    gerund &&
    (gerund.pos === 'VERB' || gerund.normal === 'being') &&
    gerund.normal.endsWith('ing') &&
    gerund.normal !== 'saying' &&
    verbWithin(tokens, g + 2, 8)
  )
    return k;
  // "says if elected he will …": a conditional statement (asking "if" is a question, handled above).
  if (first && (first.normal === 'if' || first.normal === 'unless') && (lemma === 'say' || lemma === 'warn') && verbWithin(tokens, k + 2, 12)) return k;
  // "says despite being a graduate, she plans …", "says no matter what the board does, the ferry …":
  // an opening clause, its comma, then the statement's subject and verb.
  if (first && (OPENING_CLAUSES.has(first.normal) || (first.normal === 'no' && tokens[k + 1]?.normal === 'matter')) && clauseAfterComma(tokens, k, last))
    return k;
  // "says such levees are useless": "such" with its noun and a verb opens a clause ("said as much" does not).
  if (first?.normal === 'such' && tokens[k + 1]?.pos === 'NOUN' && verbWithin(tokens, k + 2, 3)) return k;
  if (first && subjectWithLead(tokens, k, last)) return k;
  if (!first || !CLAUSE_OPENERS.has(first.pos) || NOT_CONTENT.has(first.normal)) return null;
  // "said Sunday in Dover as the crowd roared": a time with no clause after it (see above) is an
  // adjunct; "said Monday's decision will …" opens one.
  // So is "said on Tuesday at a dinner in Dover" ("said last year was …" has its verb right after).
  const timed = TIME_DETERMINERS.has(first.normal) && TIME_NOUNS.has(tokens[k + 1]?.normal ?? '') ? k + 1 : k;
  const owned = isPossessiveMark(tokens[timed + 1]?.value);
  // ("said each week of rain costs …": a time noun with its "of" heads the subject.)
  if (TIME_NOUNS.has(tokens[timed]!.normal) && !owned && !(timed > k && (FINITE_POS.has(tokens[timed + 1]?.pos ?? '') || tokens[timed + 1]?.normal === 'of')))
    return null;
  return k;
}

/** A comma within a short opening clause from `k`, then a subject and its verb ("…, she plans") or the speaker's words in marks. */
function clauseAfterComma(tokens: readonly Token[], k: number, last: number): boolean {
  for (let j = k + 1; j <= last && j < k + 16; j++) {
    const v = tokens[j]!.value;
    if (v === '.' || v === ';' || v === ':') return false;
    if (v !== ',') continue;
    const next = tokens[j + 1];
    if (!next) return false;
    return isQuoteMark(next.value) || (ASIDE_CLAUSE_SUBJECTS.has(next.pos) && next.normal !== 'that' && verbWithin(tokens, j + 2, 5));
  }
  return false;
}

const NEGATED_GERUND: ReadonlySet<string> = new Set(['not', 'never']);

/** Not "when", "while", "once": those more often time the saying itself ("said when I announced …, I …"). */
const OPENING_CLAUSES = new Set(['despite', 'although', 'though', 'unless']);

const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'ADV']);
export const FINITE_POS = new Set(['VERB', 'AUX']);
