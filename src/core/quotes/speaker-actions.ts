import type { Token } from '../types.js';
import { CONTINUE_TO, GO_ON, SPEECH_VERB_FORMS } from './speech-verbs.js';
import { isNot } from './text.js';

/**
 * Past verbs of taking a stand that, coordinated after a past cue's statement, are the speaker's
 * next action ("said A, and urged B", "said A but took issue with B"), not more of what was said:
 * PolNeAR's annotators end the content before them. Verbs of events ("was sold and renamed")
 * are left out, being the statement's own predicates far more often.
 */
const STANCE_VERBS = new Set([
  'urged',
  'called',
  'criticized',
  'criticised',
  'cautioned',
  'took',
  'declined',
  'refused',
  'vowed',
  'pledged',
  'praised',
  'accused',
  'dismissed',
  'defended',
  'blamed',
  'thanked',
  'welcomed',
  'appealed',
  'expressed',
  'stopped',
]);
/**
 * Stance verbs that are the speaker's only before the words that make them speech ("… and
 * questioned why B", "… and pointed out that B"): bare, they are as often the reported subject's own
 * act ("said officers stopped the driver and questioned him", "the builder visited and pointed to
 * cracks"), and tense cannot tell the two apart after a past cue.
 */
const STANCE_VERBS_BEFORE = new Map([
  ['questioned', new Set(['why', 'whether', 'how', 'if', 'what'])],
  ['pointed', new Set(['out'])],
]);
/** "… and would not name …", "… but did not say …": the speaker declining to speak. */
const DECLINING_AUX = new Set(['would', 'did', 'could']);
const DECLINED_SPEECH = new Set([
  'say',
  'comment',
  'name',
  'identify',
  'confirm',
  'discuss',
  'elaborate',
  'specify',
  'disclose',
  'reveal',
  'answer',
  'respond',
  'insist',
  'explain',
  'detail',
]);
const PAST_CUES = new Set(['said', 'told', 'wrote']);
/** Present perfect only: a reported statement after a past cue is backshifted, so its own later acts take "had since". */
const HAVE_FORMS = new Set(['has', 'have']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose']);

/** After "and"/"but" at `k`: a stance verb or a declining "would not", after a past cue (said, told, added), its statement starting at `from`. */
export function speakerTakesStand(cue: Token, tokens: readonly Token[], from: number, k: number): boolean {
  if (!PAST_CUES.has(cue.normal) && !cue.normal.endsWith('ed')) return false;
  // ("said the firm, which has grown and has since hired …, would …": the relative clause's own subject acts.)
  if (inOpenRelative(tokens, from, k)) return false;
  let v = k + 1;
  if (tokens[v]?.normal === 'also' || tokens[v]?.normal === 'then') v++;
  const verb = tokens[v];
  if (!verb) return false;
  // Declining to speak only ("would not say", "could not confirm"): "could not bear to …", "would
  // not be forgiven" go on with the statement.
  if (DECLINING_AUX.has(verb.normal) && isNot(tokens[v + 1]?.normal)) return DECLINED_SPEECH.has(tokens[v + 2]?.normal ?? '');
  // "said the plan was sound, but has since changed her mind": a later act of the speaker's.
  if (HAVE_FORMS.has(verb.normal) && tokens[v + 1]?.normal === 'since') return true;
  if (verb.pos !== 'VERB') return false;
  if (STANCE_AFTER_PRESENT.has(verb.normal) && presentStatement(tokens, from, k)) return true;
  return STANCE_VERBS.has(verb.normal) || (STANCE_VERBS_BEFORE.get(verb.normal)?.has(tokens[v + 1]?.normal ?? '') ?? false);
}

/**
 * After "and", "but", "though" or "although" at `k`, a subject that declines to speak ("…, though
 * he did not say who signed it", "… but Ana Vale would not name the buyer"): whoever declines, that
 * is the writer's report of a refusal, not more of the statement before it. (With no subject of
 * its own, speakerTakesStand reads the same refusal after a past cue.)
 */
export function subjectDeclines(tokens: readonly Token[], k: number): boolean {
  if (!DECLINING_CONJUNCTIONS.has(tokens[k]?.normal ?? '')) return false;
  let v = k + 1;
  if (tokens[v]?.pos === 'PRON') v++;
  else while (tokens[v]?.pos === 'PROPN' && v < k + 4) v++;
  if (v === k + 1) return false;
  return DECLINING_AUX.has(tokens[v]?.normal ?? '') && isNot(tokens[v + 1]?.normal) && DECLINED_SPEECH.has(tokens[v + 2]?.normal ?? '');
}

const DECLINING_CONJUNCTIONS = new Set(['and', 'but', 'though', 'although']);

/**
 * The statement in [from, k) has a present or modal verb first ("said she admires him", "noted the
 * pier would have turned 90"): a past verb after "and" cannot share its tense, so it is the
 * speaker's next act ("… and highlighted their plan"). ("Has" and the forms of "be" are left out:
 * "has reviewed … and highlighted", "is sent … and opened" share them.) Only for verbs of
 * pointing something out (STANCE_AFTER_PRESENT): any past verb there also cut the statement's own
 * elided passive ("should not be cut but propped up"), and lost 3 train matches for 2.
 */
function presentStatement(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = from; j < k; j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX') return MODALS.has(t.normal);
    if (t.pos === 'VERB') return t.normal.endsWith('s') && !t.normal.endsWith('ss');
  }
  return false;
}

/** Verbs of drawing attention that, after a present statement, are the speaker's act ("said A and highlighted B", "noted A and quoted B"). */
const STANCE_AFTER_PRESENT = new Set(['highlighted', 'quoted']);
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', "'ll", '’ll']);

/** A ", which …" or ", who …" clause opened in [from, k) and not yet closed by a comma. */
function inOpenRelative(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j > from; j--) {
    if (tokens[j]!.value === ',') return false;
    if (RELATIVE_PRONOUNS.has(tokens[j]!.normal) && tokens[j - 1]!.value === ',') return true;
  }
  return false;
}

/**
 * "says he'd take her to the pier and tell her …", "asked the crowd to stand and say …": a speech
 * verb's bare form after "and" shares the statement's modal or infinitive. The speaker's next act
 * agrees with a finite cue ("said … and told …", "says … and tells …"); after a bare cue ("residents
 * say … and ask …") the bare form is that act. (The caller leaves out a bare form after its own
 * subject, "… and they ask …", which is finite.)
 */
export function bareAfterFiniteCue(cue: Token, verb: Token): boolean {
  const lemma = SPEECH_VERB_FORMS.get(verb.normal);
  return lemma !== undefined && verb.normal === lemma && SPEECH_VERB_FORMS.get(cue.normal) !== cue.normal;
}

/** The most tokens between a cue and its clause: a listener and an adjunct of up to 20 tokens. */
const MAX_CUE_TO_CONTENT = 32;

/** "continues to insist …", "went on to say …": the verb whose form a coordinated next act takes ("… and refuses to …"). */
export function continuedVerb(cue: Token, tokens: readonly Token[], from: number): Token | null {
  const k = cueIndexBefore(cue, tokens, from);
  const v = k < 0 ? -1 : continuedAt(tokens, k);
  return v < 0 ? null : tokens[v]!;
}

/** The verb the speech verb at `i` continues ("continues to insist", "went on to say"), or -1. */
export function continuedAt(tokens: readonly Token[], i: number): number {
  if (tokens[i - 1]?.normal !== 'to') return -1;
  if (CONTINUE_TO.has(tokens[i - 2]?.normal ?? '')) return i - 2;
  return tokens[i - 2]?.normal === 'on' && GO_ON.has(tokens[i - 3]?.normal ?? '') ? i - 3 : -1;
}

/** Where the cue stands before the content at `from`, or -1 (past an adjunct before the clause too: "has said in a long letter to the council that …"). */
export function cueIndexBefore(cue: Token, tokens: readonly Token[], from: number): number {
  for (let k = from - 1; ; k--) {
    if (tokens[k] === cue) return k;
    if (!(k > 0 && k > from - MAX_CUE_TO_CONTENT)) return -1;
  }
}
