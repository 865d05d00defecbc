import type { ParsedArticle, Sentence, Token } from '../types.js';
import { cueLemma, indirectCandidate, type Candidate } from './candidate.js';
import { subjectBefore } from './phrases.js';
import { retagAsVerbs } from './retagged-verbs.js';
import { SPEECH_VERB_FORMS } from './speech-verbs.js';
import { NOMINATIVE } from './subject-words.js';
import { upperInitial } from './text.js';

/**
 * A headline in title case ("Ana Roe Claims Tom Pell Is Unfit To Serve") is tagged badly by
 * wink: its cue, capitalised between capitalised words, comes out a proper noun, so no subject
 * or cue is found and the headline's claim is missed. In the headline (the article's title, or
 * its first sentence when the cleaner kept no title apart) in title case, a finite speech-verb form ("Says", "Claims", "Told") right after
 * the subject's last word (or after "Just", "Now", "Also" following it) is read as the verb it
 * is. Returns `parsed` itself when nothing changes, else a copy with those tokens retagged.
 */
export function withHeadlineCues(parsed: ParsedArticle): ParsedArticle {
  const first = titleCaseHeadline(parsed);
  if (!first) return parsed;
  return retagAsVerbs(parsed, first.firstToken + 1, first.endToken - 1, headlineCue);
}

/** Finite forms only: "Claims" after a name is the verb, "Claim" may be the noun. */
const FINITE_FORM = /(?:s|ed|said|told|wrote)$/;
const ADVERBS_BEFORE_CUE = new Set(['just', 'now', 'also', 'again', 'finally']);

function headlineCue(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos === 'VERB' || t.pos === 'AUX' || !SPEECH_VERB_FORMS.has(t.normal) || !FINITE_FORM.test(t.normal)) return false;
  if (!upperInitial(t.value, 0, t.value.length)) return false;
  let prev = k - 1;
  if (ADVERBS_BEFORE_CUE.has(tokens[prev]!.normal)) prev--;
  const subject = tokens[prev];
  const next = tokens[k + 1]!;
  return (
    subject !== undefined &&
    subject.sentence === t.sentence &&
    (subject.pos === 'PROPN' || subject.pos === 'NOUN') &&
    next.sentence === t.sentence &&
    next.pos !== 'PUNCT'
  );
}

/** The article's first sentence in title case, in its title or first block (-1, 0): its headline. */
function titleCaseHeadline(parsed: ParsedArticle): Sentence | undefined {
  const s = parsed.sentences[0];
  return s && s.block <= 0 && titleCase(parsed.tokens, s.firstToken, s.endToken) ? s : undefined;
}

/** Most words of four letters or more in [from, end) are capitalised: a headline, not a sentence. */
function titleCase(tokens: readonly Token[], from: number, end: number): boolean {
  let long = 0;
  let capitalised = 0;
  for (let k = from; k < end; k++) {
    const v = tokens[k]!.value;
    if (v.length < 4 || !/^\p{L}/u.test(v)) continue;
    long++;
    if (upperInitial(v, 0, v.length)) capitalised++;
  }
  return long >= 3 && capitalised >= long * 0.8;
}

/**
 * What a title-case headline says its subject said, when no rule has found it ("Roe Tells
 * Harbour Workers They Need To Change Course", "Roe Just Announced Her Endorsement Of Pell"):
 * headlines drop "that" and capitalise every word, so the clause tests of the body find no
 * clause. The statement runs from the cue (past the listener of `tell`) to the first dash,
 * comma, colon, the writer's `As`/`With`/`After` … clause or the headline's end. A cue a direct
 * quote took (`usedCues`) introduces that quote, and the words before its comma or colon ("Roe Says
 * Of Levy, “…”") are no statement. A base form after a plural is a cue ("Harbour Pilots Warn Ferry
 * Levy Will Rise"): FINITE_FORM only keeps the retagging off nouns.
 */
export function headlineStatement(parsed: ParsedArticle, usedCues: Uint8Array): Candidate | null {
  const { tokens } = parsed;
  const s = titleCaseHeadline(parsed);
  if (!s) return null;
  for (let k = s.firstToken + 1; k < s.endToken - 1; k++) {
    const lemma = cueLemma(tokens, k);
    if (!lemma || !HEADLINE_CUES.has(lemma) || usedCues[k]) continue;
    // "Ana Roe Was Just Asked About …", "Tom Pell Has Said About …": no statement of the subject's.
    if (tokens[k - 1]!.pos === 'AUX') return null;
    const subject = subjectBefore(tokens, k, s.firstToken);
    // The subject opens the headline ("Wow: Roe Just Said …"), or the cue is a relative clause's ("17 Things Voters Said In May").
    // (The subject phrase takes in a count before it, "17 Things Voters": a count heads a list, not a speaker.)
    if (!subject || (subject.first !== s.firstToken && tokens[subject.first - 1]!.value !== ':') || tokens[subject.first]!.pos === 'NUM') return null;
    let from = k + 1;
    // "Tells Harbour Workers They Need …": the listener ends at the clause's pronoun, else after one word.
    if (lemma === 'tell') {
      let p = from;
      while (p < from + 3 && p < s.endToken && !NOMINATIVE.has(tokens[p]!.normal)) p++;
      from = p < from + 3 && p < s.endToken ? p : from + 1;
    }
    let end = from;
    while (end < s.endToken && !headlineStop(tokens, end)) end++;
    if (end - from < 2) return null;
    return indirectCandidate(tokens, [from, end], null, { first: k, end: k + 1 }, subject);
  }
  return null;
}

/** Token k ends the headline's statement: a stop, a dash (a hyphen only when spaced: not "Reagan-like"), or the writer's clause. */
function headlineStop(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.value === '-') return t.start > tokens[k - 1]!.end;
  return HEADLINE_STOPS.has(t.value) || HEADLINE_CLAUSE_OPENERS.has(t.normal);
}
const HEADLINE_STOPS = new Set([',', ':', ';', '–', '—', '.', '?', '!', '…']);
/** The writer's clause or adjunct after the statement: "Says No To Fox News As Pell Turns Up The Heat". */
const HEADLINE_CLAUSE_OPENERS = new Set(['as', 'with', 'after', 'while', 'amid', 'because', 'despite', 'but']);
/** The speech verbs the headline rule trusts (the eval's speech cues, less `ask` ("Asked About" heads a question) and `reply`, `respond` ("Responded To X" names what was answered, not what was said)). */
const HEADLINE_CUES = new Set(['say', 'tell', 'add', 'write', 'state', 'explain', 'argue', 'claim', 'insist', 'note', 'declare', 'announce', 'warn', 'tweet']);
