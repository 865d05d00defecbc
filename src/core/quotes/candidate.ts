import { countBelow } from '../sorted.js';
import type { QuoteKind, Sentence, Span, Token } from '../types.js';
import { ASIDE_OPENERS } from './clause-words.js';
import { shareBeforeParticiple } from './poll-participles.js';
import { commaBefore } from './cue-position.js';
import { WARNED_OF } from './warned-of.js';
import { SPEECH_VERB_FORMS } from './speech-verbs.js';
import { NOMINATIVE } from './subject-words.js';
import { isPossessiveMark, isQuoteMark } from './text.js';
import type { Subject } from './noun-phrases.js';

/** A quote found but not yet given its speaker: speakers are resolved in reading order afterwards. */
export interface Candidate {
  readonly kind: QuoteKind;
  readonly parts: readonly Span[];
  /** Tokens [first, end) of the cue, or null for a quote attributed only by context. */
  readonly cue: { readonly first: number; readonly end: number } | null;
  readonly subject: Subject | null;
  /** No cue of its own: takes the speaker of the neighbouring quote. */
  readonly inherits: boolean;
  /** The subject of an outer attribution that reports this one ("…, KCNA said"), if any. */
  readonly via?: Subject | null;
}

/** The speech-verb lemma of token i, or undefined. */
export function cueLemma(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  // Only verbs and nouns can be cues; most tokens are no speech-verb form at all.
  const pos = t.pos;
  if (pos !== 'VERB' && pos !== 'NOUN') return undefined;
  const lemma = SPEECH_VERB_FORMS.get(t.normal);
  // "the economy adding 151,000 jobs", "added $2 billion": a sum, not speech.
  if (lemma === 'add' && (tokens[i + 1]?.pos === 'NUM' || tokens[i + 1]?.pos === 'SYM')) return undefined;
  if (lemma === undefined || pos === 'VERB') return lemma;
  // Forms that are also nouns ("state law", "a note", "the report") count only as verbs; "said",
  // "says", "told" count whatever wink tags them ("which experts say/NOUN is").
  return ALWAYS_VERBS.has(t.normal) || presentAfterSubject(tokens, i) || shareBeforeParticiple(tokens, i, 0) ? lemma : undefined;
}

/**
 * "The ad claims/NOUN “…”", "The government claims/NOUN Gülen runs …": wink reads a present-tense
 * cue after a noun as a plural noun. It is a verb when a noun (not a determiner or possessive)
 * stands before it and "that", a quotation mark or a clause's subject follows.
 */
function presentAfterSubject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || prev.sentence !== t.sentence) return false;
  // "the Gulf Coast states that have flooded …", "Maine, states that sail in May": the plural
  // noun (in politics news far likelier than the verb) and its relative clause, "that" right before
  // a verb that agrees with a plural (not "notes that scoring …", nor "states that is …").
  if (t.normal === 'states' && next.normal === 'that' && relativeVerb(tokens[i + 2])) return false;
  // "…, notes/NOUN that …", "…, warning/NOUN that …": after a comma, before "that", a verb.
  // (Also after an aside's closing dash: "Roe — who stood watch on the quay — states that …".)
  if ((prev.value === ',' || prev.value === '—' || prev.value === '–') && next.normal === 'that') return true;
  // "…, warning/NOUN against letting …": a participle after a comma with what it warns of.
  if (t.normal === 'warning' && WARNED_OF.has(next.normal) && commaBefore(tokens, i)) return true;
  // "has been warning/NOUN that …": a progressive after "been", before "that"; "saying A but
  // warning/NOUN that B": a participle coordinated with an earlier one, before "that" opening a clause
  // (not "the notice and warning that followed", a noun and its relative clause).
  if (t.normal.endsWith('ing') && next.normal === 'that') {
    if (prev.normal === 'been') return true;
    if ((prev.normal === 'but' || prev.normal === 'and') && !relativeVerb(tokens[i + 2])) return speechParticipleBefore(tokens, i - 1);
  }
  // "women who claim/NOUN he …", "who claim he will …": a relative pronoun and the bare form, before a clause's subject and its verb.
  if (prev.normal === 'who' && !t.normal.endsWith('s')) return next.pos === 'PRON' && next.normal !== 'that' && FINITE.has(tokens[i + 2]?.pos ?? '');
  // "…, who notes/NOUN that …", "the report, which notes/NOUN, “…”": a relative pronoun is no
  // determiner, so the -s form after it is the clause's verb (not before a verb of its own, which
  // wink may tag a noun: the noun is the clause's subject in "the suspect, who reports say/NOUN was armed, …").
  if (t.normal.endsWith('s') && (prev.normal === 'who' || (prev.normal === 'which' && tokens[i - 2]?.value === ',')))
    return !FINITE.has(next.pos) && next.pos !== 'NOUN';
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  // "supporters claim/NOUN that …", "lawmakers claim/NOUN it will …", "observers note/NOUN the board
  // would …": a plural subject and the bare form, before "that" or a clause's subject and its verb.
  if (!t.normal.endsWith('s'))
    return (
      prev.normal.endsWith('s') &&
      (next.normal === 'that' ||
        ((NOMINATIVE.has(next.normal) || next.normal === 'it') && FINITE.has(tokens[i + 2]?.pos ?? '')) ||
        nounPhraseThenVerb(tokens, i + 1))
    );
  // "…, O'Keefe notes." / "Voters, Frank notes, applaud …": a name set off by a comma before it
  // and a comma or full stop after.
  if (prev.pos === 'PROPN' && (next.value === '.' || next.value === ',') && tokens[nameStart(tokens, i - 1) - 1]?.value === ',') return true;
  // "“…,” a narrator in the film states.": the noun phrase right after a quote's closing mark and the sentence's end.
  if ((next.value === '.' || next.value === ',') && afterQuote(tokens, i - 1)) return true;
  return (
    next.normal === 'that' ||
    next.value === '"' ||
    next.value === '“' ||
    (next.pos === 'PRON' && next.normal !== 'that') ||
    (next.pos === 'PROPN' && tokens[i + 2]?.pos === 'VERB') ||
    nounPhraseThenVerb(tokens, i + 1)
  );
}

/** A short noun phrase ends at `j` and opens right after a quote's closing mark (“…,” or “…?”). */
function afterQuote(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k > j - 8 && k > 1; k--) {
    const t = tokens[k]!;
    if (isQuoteMark(t.value)) return k < j && QUOTE_ENDS.has(tokens[k - 1]!.value);
    if (!PHRASE_POS.has(t.pos) && t.pos !== 'DET' && t.pos !== 'ADP' && t.value !== '-') return false;
  }
  return false;
}

const QUOTE_ENDS = new Set([',', '?', '!']);

/** "the paper notes/NOUN the government monitors …": a short noun phrase and a finite verb (not "notes the changes in …"). */
function nounPhraseThenVerb(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.pos !== 'DET') return false;
  for (let j = k + 1; j < k + 6; j++) {
    const t = tokens[j];
    if (!t) return false;
    if (FINITE.has(t.pos)) return j > k + 1 && !t.normal.endsWith('ing') && tokens[j - 1]!.pos !== 'DET';
    if (!PHRASE_POS.has(t.pos) && !isPossessiveMark(t.value)) return false;
  }
  return false;
}

const FINITE = new Set(['VERB', 'AUX']);

/** A speech verb's participle ("saying", "acknowledging") in the sentence before token `k`. */
function speechParticipleBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === tokens[k]!.sentence; j--) {
    if (tokens[j]!.normal.endsWith('ing') && SPEECH_VERB_FORMS.has(tokens[j]!.normal)) return true;
  }
  return false;
}

function relativeVerb(t: Token | undefined): boolean {
  return !!t && FINITE.has(t.pos) && !t.normal.endsWith('ing') && !SINGULAR_FINITE.has(t.normal);
}

/** Verbs after "that" that make it a clause's subject ("states that is why …"), not a plural's relative. */
const SINGULAR_FINITE = new Set(['is', 'was', 'has', 'does', "'s", '’s']);
const PHRASE_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** The first token of the capitalised run ending at `k`. */
function nameStart(tokens: readonly Token[], k: number): number {
  while (tokens[k - 1]?.pos === 'PROPN' && tokens[k - 1]!.sentence === tokens[k]!.sentence) k--;
  return k;
}

export const ALWAYS_VERBS = new Set(['say', 'says', 'said', 'told', 'tells', 'added', 'wrote', 'insisted', 'argued', 'warned']);

/**
 * Index of the first token starting at or after `offset`, searched in `starts`, the tokens' start
 * offsets in a compact array (built once per article by extractQuotes): the binary search then
 * reads no token objects, which lie scattered in memory.
 */
export function tokenAtIn(starts: Int32Array, offset: number): number {
  return countBelow(starts, offset);
}

/** Index of the first token of the sentence that holds token i. */
export function sentenceStart(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j > 0 && tokens[j - 1]!.sentence === tokens[i]!.sentence) j--;
  return j;
}

/** The block (paragraph) of token k's sentence. */
export function blockOf(tokens: readonly Token[], sentences: readonly Sentence[], k: number): number {
  return sentences[tokens[k]!.sentence]!.block;
}

/** Tokens a and b lie in sentences of the same block. */
export function sameBlock(tokens: readonly Token[], sentences: readonly Sentence[], a: number, b: number): boolean {
  return blockOf(tokens, sentences, a) === blockOf(tokens, sentences, b);
}

/** Tokens from `floor` to the end of the sentence that holds token c. */
export function sentenceFrom(tokens: readonly Token[], floor: number, c: number): { firstToken: number; endToken: number } {
  let end = c;
  while (end < tokens.length && tokens[end]!.sentence === tokens[c]!.sentence) end++;
  return { firstToken: floor, endToken: end };
}

/** A reported-speech candidate from token ranges [first, end) of up to two parts. */
export function indirectCandidate(
  tokens: readonly Token[],
  a: [number, number],
  b: [number, number] | null,
  cue: Candidate['cue'],
  subject: Subject,
): Candidate {
  const parts: Span[] = [a, b]
    .filter((p): p is [number, number] => p !== null)
    .map(([first, end]): [number, number] => trimEdges(tokens, first, end))
    .filter(([first, end]) => end > first)
    .map(([first, end]) => ({
      start: tokens[first]!.start,
      end: tokens[end - 1]!.end,
    }));
  return { kind: 'indirect', parts, cue, subject, inherits: false };
}

/**
 * [first, end) without the punctuation at its edges: the comma or dash of an aside that opens the
 * clause ("said that, in addition to the levy, she would …" reports "in addition to the levy, she
 * would …"), and the dash, colon or semicolon before the writer's words that end it ("would cut
 * costs - but said …" reports "would cut costs"). Every candidate's span goes through it
 * (questions.ts and partial.ts build their own).
 */
export function trimEdges(tokens: readonly Token[], first: number, end: number): [number, number] {
  while (first < end && EDGE_MARKS.has(tokens[first]!.value)) first++;
  while (end > first && EDGE_MARKS.has(tokens[end - 1]!.value)) end--;
  return [first, end];
}

const EDGE_MARKS = new Set([...ASIDE_OPENERS, '-', ';', ':']);
