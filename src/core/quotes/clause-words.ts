import { DASHES } from './dashes.js';

/**
 * Words that open, bound or stand inside the clause of a cue: forms of "be", negations,
 * subordinators, relatives, adverbs and asides (reported.ts, according-to.ts, content-start.ts …).
 */

/** Forms of "be" before a participle: "is telling", "was asked". */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'am', "'s", '’s', "'re", '’re', 'been', 'be']);
/** Forms of "be" before a passive participle ("was warned", "is being called"); no "'s", which is also "has" ("she's called it"). */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Negations that stop a walk over adverbs ("did not say" is no statement). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Words that open an indirect question: "asked whether …". */
export const QUESTION_OPENERS = new Set(['whether', 'if', 'why', 'what', 'how', 'when', 'where', 'who', 'which', 'whom']);
export const NOT_CONTENT: ReadonlySet<string> = new Set([
  'to',
  'of',
  'so',
  'nothing',
  'something',
  'anything',
  'yes',
  'no',
  'in',
  'on',
  'at',
  'for',
  'with',
  'goodbye',
  'hello',
  'thanks',
  'little',
  'that',
  'what',
  'why',
  'whether',
  'if',
  'how',
  'when',
  'where',
  'who',
  'which',
  'such',
  'otherwise',
  'as',
  'things',
  'repeatedly',
  'later',
  'earlier',
  'again',
  'also',
  'often',
  'publicly',
  'privately',
  'then',
  'now',
  'afterward',
  'afterwards',
  'too',
  'very',
  'simply',
  'just',
  'only',
  'instead',
  'recently',
  'yesterday',
  'today',
]);
export const PARTICIPLE_LEADS: ReadonlySet<string> = new Set(['by', 'after', 'while', 'when', 'before', 'and', 'but', 'for', 'from']);
export const RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'what', 'who', 'whom']);
/** The subordinators every clause test shares: "when X said …", "… as a number of writers suggested". */
export const CORE_SUBORDINATORS: readonly string[] = ['when', 'while', 'although', 'though', 'as', 'after', 'before', 'because', 'since', 'if'];
/** A subordinate clause opening the sentence, or right before the cue's subject, leaves the main clause to the writer. */
export const LEADING_SUBORDINATORS: ReadonlySet<string> = new Set([...CORE_SUBORDINATORS, 'once', 'unless', 'whereas', 'having']);
export const ABSOLUTE_LEADS: ReadonlySet<string> = new Set(['with', ...DASHES]);
/** Modals and forms of "be"/"have" that make a "that" before them the subject ("that will not happen", "that is wrong"). */
export const FINITE_AFTER_THAT: ReadonlySet<string> = new Set([
  'will',
  'would',
  'wo',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'is',
  'was',
  "'s",
  '’s',
  'has',
  'had',
  'does',
  'did',
]);
/** Adverbs between a cue and its clause: "has said repeatedly (that) …". */
export const CUE_ADVERBS: ReadonlySet<string> = new Set([
  'repeatedly',
  'again',
  'publicly',
  'privately',
  'often',
  'previously',
  'recently',
  'later',
  'earlier',
  'also',
  'then',
  'bluntly',
  'flatly',
  'firmly',
  'frequently',
  'simply',
  'once',
  'twice',
  'yesterday',
  'today',
  'tonight',
]);
/** Adverbs set off by commas after a cue: "added, though, that …". */
export const ASIDE_ADVERBS: ReadonlySet<string> = new Set(['however', 'though', 'too', 'also', 'moreover', 'furthermore', 'nevertheless', 'instead', 'again']);
export const SOURCE_ASIDE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose']);
/** Marks that open an aside after a cue or a subject ("said, per a translator, that …", "Holt -- whose husband … -- has"). */
export const ASIDE_OPENERS: ReadonlySet<string> = new Set([',', ...DASHES]);
/** Words right before a cue that make it no statement of the opening phrase ("and said", "to say", "not say"). */
export const BLOCKING_BEFORE_CUE: ReadonlySet<string> = new Set(['and', 'but', 'or', 'to', 'not', "n't", 'never']);
/** Auxiliaries that leave a verb non-finite ('to be said', 'being asked'): an AUX in this set does not make a clause's finite verb (clause-subject.ts). */
export const INFINITIVE_AUX: ReadonlySet<string> = new Set(['to', 'be', 'being', 'been']);
/** Words that open a clause of its own ("… as a number of writers suggested"): a relative clause before a cue reaches back no further (phrases.ts). */
export const OWN_CLAUSE_OPENERS: ReadonlySet<string> = new Set([...CORE_SUBORDINATORS, 'until', 'where', 'and', 'but', 'or']);
