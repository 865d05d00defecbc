import type { Sentence, Span, TextSpan, Token } from '../types.js';
import type { NameIndex } from './full-names.js';
import { titleGender, type Gender, type NameRun } from './name-runs.js';
import { TITLES } from './titles-and-names.js';
import { isFalseTitle } from '../entities/name-roles.js';

/**
 * A definite description of a person in a cue's subject ("the British actor said", "the Labour MP
 * asked") that no apposition or title tied to anyone: news uses it to go on with the person the
 * sentence before was about (`Irons said he had wondered …. “…,” the British actor said.`), as a
 * pronoun would. Centering (Grosz, Joshi and Weinstein 1995): the subject of the previous utterance
 * is the center a definite subject most often continues.
 */

/** Nouns for a person that are no title ("the actor", "the Waterford man"). */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man',
  'woman',
  'actor',
  'actress',
  'singer',
  'star',
  'player',
  'mp',
  'boss',
  'veteran',
  'politician',
  'businessman',
  'businesswoman',
  'author',
  'writer',
  'novelist',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'champion',
  'entrepreneur',
  'billionaire',
  'tycoon',
  'musician',
  'rapper',
  'comedian',
  'presenter',
  'athlete',
]);

const MALE_NOUNS: ReadonlySet<string> = new Set(['man', 'actor', 'businessman']);
const FEMALE_NOUNS: ReadonlySet<string> = new Set(['woman', 'actress', 'businesswoman']);

/** A noun for a person: an office or title ("mayor", "coach") or another ("actor", "singer"). */
export function isPersonNoun(head: string): boolean {
  return TITLES.has(head) || PERSON_NOUNS.has(head);
}

/** Words opening a sentence that set its subject against the one before ("But the chancellor said …"). */
const CONTRASTS: ReadonlySet<string> = new Set(['but', 'however', 'yet', 'meanwhile']);

/**
 * Heads that stand for someone not yet named as often as for the person just spoken of: a
 * spokesman or an aide is most often another person than the sentence before's subject.
 */
const OTHER_PERSON_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'deputy']);

function headGender(head: string): Gender | undefined {
  return MALE_NOUNS.has(head) ? 'male' : FEMALE_NOUNS.has(head) ? 'female' : titleGender(head);
}

export interface SubjectContext {
  readonly text: string;
  readonly names: NameIndex;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly bodyStart: number;
  readonly isSubject: (run: NameRun) => boolean;
  readonly quoted: (run: NameRun) => boolean;
}

/**
 * The full name of the person who is the subject of the sentence before `sentence` (or of its
 * own words before the description at `span`), when the description's head (`head`) fits them;
 * null otherwise. The nearest subject wins: one named between takes the description from one
 * named before. An office ("the prime minister", "the coach") is a person's only when that person
 * is the subject of the article's opening sentence: further on, the office holder is as often
 * someone the article has not named (`Mr Pell said …. The home secretary said …` is the minister
 * who answered Pell).
 */
export function describedSubject(ctx: SubjectContext, head: string, span: TextSpan, sentence: number, excluded: Span): string | null {
  const { names } = ctx;
  const office = TITLES.has(head);
  if ((!office && !PERSON_NOUNS.has(head)) || OTHER_PERSON_NOUNS.has(head) || head.endsWith('.')) return null;
  // ("the man said": most often someone new; "the Waterford man" is someone described before.)
  if (span.text.split(/\s+/).length < 3 && (head === 'man' || head === 'woman')) return null;
  // (A possessive, "the 36-year-old's lawyer", is someone else than its owner.)
  if (setAgainst(ctx, sentence, span) || /['’]s\b/.test(span.text)) return null;
  // ("Roe met a rival actor. “…,” the actor said": the noun named someone else just before.)
  if (headSaidBefore(ctx, head, span, sentence)) return null;
  const want = headGender(head);
  const last = names.lastRunBefore(span.start);
  for (let r = last; r >= 0; r--) {
    const run = names.runs[r]!;
    if (run.sentence < sentence - 1) return null;
    // ("…, which Lee blamed on Ted Cruz's campaign, the candidate said": an owner in the
    // description's own sentence is a person as near as any subject; the sentence is not clear.)
    if (run.sentence === sentence && /^['’]s\b/.test(ctx.text.slice(run.end, run.end + 3))) return null;
    if (run.start < ctx.bodyStart || (run.start >= excluded.start && run.end <= excluded.end) || ctx.quoted(run) || !ctx.isSubject(run)) continue;
    const full = names.fullOfRun(r);
    if (!names.isPerson(full) || (office && !opensArticle(ctx, run.sentence)) || otherRole(run, head)) return null;
    // ("The woman said" is not the man the sentence before was about, nor someone of unknown sex.)
    return want && names.genders.get(full) !== want ? null : full;
  }
  return null;
}

/**
 * "But the mayor said", "The mayor, however, said": a contrast opening the sentence or set off
 * right after the subject brings in a speaker against the last.
 */
function setAgainst(ctx: SubjectContext, sentence: number, span: TextSpan): boolean {
  const { tokens } = ctx;
  for (let k = ctx.sentences[sentence]!.firstToken; k < tokens.length && tokens[k]!.start < span.end + 12; k++)
    if (CONTRASTS.has(tokens[k]!.normal)) return true;
  return false;
}

/**
 * The head noun stands in the sentence before or in the description's own words before it ("met a
 * rival actor", "interviewed the singer", "welcomed the minister"): the description goes on with that
 * mention, someone other than the sentence's subject (an apposition tying the noun to the subject
 * has been read before this rule).
 */
function headSaidBefore(ctx: SubjectContext, head: string, span: TextSpan, sentence: number): boolean {
  const from = ctx.sentences[Math.max(0, sentence - 1)]!.start;
  return new RegExp(`\\b${head.replace(/[^\p{L}\p{N}]/gu, '')}\\b`, 'iu').test(ctx.text.slice(from, span.start));
}

/** Heads and roles that fit most occupations: "the star" may be the striker, the singer or the lawyer. */
const ANY_ROLE: ReadonlySet<string> = new Set(['man', 'woman', 'star', 'veteran', 'champion', 'boss', 'player', 'politician']);

/**
 * The subject's own phrase gave them an occupation the head is not ("Marlow, a lawyer for the
 * fishermen, said …. “…,” the singer said"): the description is someone else. (Only that mention's:
 * an earlier "television host Dick Clark" is still "the presenter".)
 */
function otherRole(run: NameRun, head: string): boolean {
  if (ANY_ROLE.has(head)) return false;
  for (const role of run.roles) if (role !== head && !ANY_ROLE.has(role) && (PERSON_NOUNS.has(role) || isFalseTitle(role))) return true;
  return false;
}

/** Sentence `n` is the article's first after the headline. */
function opensArticle(ctx: SubjectContext, n: number): boolean {
  return ctx.sentences[n]!.start >= ctx.bodyStart && (n === 0 || ctx.sentences[n - 1]!.start < ctx.bodyStart);
}
