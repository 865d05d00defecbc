import type { Token } from '../types.js';
import { cueLemma } from './candidate.js';
import { CORE_SUBORDINATORS } from './clause-words.js';
import { hyphenated } from './name-tokens.js';
import { TAKES_LISTENER } from './speech-verbs.js';
import { isQuoteMark, pastMarks } from './text.js';

/**
 * A direct quote's cue before it, past adjuncts set off by commas: "Roe said in the spring, when
 * the story broke, “…”" · "Roe said on Twitter on Monday, in reply to a fan, “…”" · "Roe told the
 * mayors who gathered in Dover, “…”". cue-before.ts looks only a few words back and stops at a
 * comma; this walks further, over phrases that report nothing of their own: a phrase with no
 * verb, or one whose verb stands in a subordinate or relative clause ("when the story broke", "who
 * gathered") or is a participle on a noun ("a girl born in May"). A clause of the cue's own ("Roe
 * said the plan failed, “…”") stops it.
 */

/** The most tokens between the cue and the comma or colon before the marks. */
const REACH = 40;

/**
 * The cue's token before the comma at `from` that opens a quote, or -1. Only before a quote that
 * opens with a capital: a lower-case one is more often a fragment than a sentence of the speaker's.
 */
export function cuePastAdjuncts(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.value !== ',' || !/^\p{Lu}/u.test(tokens[pastMarks(tokens, from + 1)]?.value ?? '')) return -1;
  const k = from - 1;
  const sentence = tokens[k]?.sentence;
  for (let c = k; c >= 0 && c > k - REACH; c--) {
    const u = tokens[c]!;
    if (u.sentence !== sentence || isQuoteMark(u.value) || STOPS.has(u.value)) return -1;
    // ("Roe said, as the crowd chanted, “…”", "…, as Pell put it, “…”", "…, as the saying goes, “…”": the quote is that clause's, a voice no cue names.)
    if (VOICE_VERBS.has(u.normal) || (u.normal === 'put' && tokens[c + 1]?.normal === 'it') || (u.normal === 'goes' && tokens[c - 1]?.normal === 'saying'))
      return -1;
    // ("said in her long-promised speech, “…”": a hyphenated modifier is no cue, as in onlyAdjuncts.)
    if (u.pos === 'VERB' && c < k && !hyphenated(tokens, c)) {
      const lemma = cueLemma(tokens, c);
      // ("Said Jane Roe, who grew up there, “…”": an inverted cue opening the sentence has its subject after it.)
      const inverted = tokens[c - 1]?.sentence !== sentence;
      if (lemma) return onlyAdjuncts(tokens, c + 1, k) && (inverted || TAKES_LISTENER.has(lemma) || noObject(tokens, c + 1)) ? c : -1;
    }
  }
  return -1;
}

/** Tokens [from, last] hold phrases that report nothing: each verb in them is subordinate or a participle on a noun. */
function onlyAdjuncts(tokens: readonly Token[], from: number, last: number): boolean {
  // The phrase right after the cue is no clause of its own ("said the plan failed", "said that").
  // ("tells audiences that after 200 years, “…”": a "that" anywhere opens the cue's own clause.)
  let opened = false;
  for (let j = from; j <= last; j++) {
    const t = tokens[j]!;
    if (t.normal === 'that') return false;
    if (t.value === ',') opened = false;
    else if (OPENERS.has(t.normal)) opened = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && !opened && !hyphenated(tokens, j) && !participleOnNoun(tokens, j)) return false;
  }
  return true;
}

/**
 * The cue's first phrase is an adjunct, not its object: it opens with a preposition or adverb (or
 * the comma), and no noun phrase follows a noun in it ("noted on the forum the swap of the
 * slogan, “…”" names what was noted; "wrote his first column on the subject, “…”").
 */
function noObject(tokens: readonly Token[], from: number): boolean {
  if (!ADJUNCT_OPENERS.has(tokens[from]!.pos) && tokens[from]!.value !== ',') return false;
  for (let j = from + 1; tokens[j] && tokens[j]!.value !== ','; j++) {
    if (OBJECT_OPENERS.has(tokens[j]!.pos) && NOUNS.has(tokens[j - 1]!.pos)) return false;
  }
  return true;
}

/** "a girl born in May", "a bill passed in 2010": a past participle right after a noun, with no auxiliary. */
function participleOnNoun(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  return t.pos === 'VERB' && (t.normal.endsWith('ed') || t.normal.endsWith('n')) && tokens[j - 1]?.pos === 'NOUN';
}

const ADJUNCT_OPENERS = new Set(['ADP', 'ADV']);
const OBJECT_OPENERS = new Set(['DET', 'PRON']);
const NOUNS = new Set(['NOUN', 'PROPN']);
const STOPS = new Set(['.', ';', ':', '?', '!']);
/** Words opening a clause whose verb is not the sentence's: the shared subordinators but "if", "until", and relatives. */
const OPENERS = new Set([...CORE_SUBORDINATORS.filter((w) => w !== 'if'), 'until', 'who', 'whom', 'whose', 'which', 'where']);
/** Verbs of voice that take a quote but are no cues of speech: the crowd's chant, not the speaker's. */
const VOICE_VERBS = new Set([
  'shouted',
  'yelled',
  'screamed',
  'chanted',
  'sang',
  'cried',
  'roared',
  'whispered',
  'muttered',
  'shrieked',
  'jeered',
  'cheered',
  'booed',
]);
