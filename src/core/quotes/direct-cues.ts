import type { ParsedArticle, Sentence, Token } from '../types.js';
import { blockOf, cueLemma, sameBlock, tokenAtIn } from './candidate.js';
import { cueBefore, type FoundCue } from './cue-before.js';
import { signedBy, sourceSigned } from './signed-quotes.js';
import { DASHES, isDash } from './dashes.js';
import { AFTER_QUOTE_CUES, AFTER_QUOTE_PHRASAL, SPEECH_VERB_FORMS } from './speech-verbs.js';
import { TIME_NOUNS } from './subject-words.js';
import { withNameAfter } from './named-appositions.js';
import { askedBefore } from './questions.js';
import { glued, isNameWord } from './name-tokens.js';
import { type Subject } from './noun-phrases.js';
import { subjectBefore } from './phrases.js';
import { subjectAfter } from './forward-phrases.js';
import type { QuotedSpan } from './quoted-span.js';
import { beforeMarks, isApostrophe, isPluralPossessive, isPossessiveMark, isQuoteMark, isSpaceCode } from './text.js';

export { type FoundCue } from './cue-before.js';

/**
 * The cue of a direct quote and its subject: after the marks (“…,” she said / said Smith /
 * Smith, 69, told X), before them (Smith said: “…” / Roe: “…”), or none.
 */

/**
 * How many tokens a cue and its subject may sit after the marks: “…,” Ana Roe, the executive
 * director at the Center for Harbour Safety, told the Dover Gazette.
 */
const CUE_REACH = 30;
/** Words that open an adjunct clause after a cue ("said as he left", "told the Post when asked"): no clause of the cue's own. */
const ADJUNCT_OPENERS = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'since', 'during', 'until', 'if', 'though', 'although', 'about']);
const ROLE_WORD_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'CCONJ']);
const CLAUSE_START_POS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'ADJ']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which']);

export function findCue(parsed: ParsedArticle, starts: Int32Array, span: QuotedSpan): FoundCue | null {
  const { tokens } = parsed;
  const open = tokenAtIn(starts, span.open);
  const close = tokenAtIn(starts, span.close - 1);
  if (open >= tokens.length || close >= tokens.length) return null;
  const lastPart = span.parts[span.parts.length - 1]!;
  const endsSentence = endsWithStop(parsed.article.text, lastPart.start, lastPart.end);
  // "Roe: “A.” Lee: “B.”": a quote a name signs is that name's, whatever sentence follows it.
  if (tokens[open - 1]?.value === ':' && (signedBy(tokens, open - 2) ?? sourceSigned(tokens, open - 2)))
    return cueBefore(tokens, parsed.sentences, open - 1, close);
  // "Roe, citing “deep concerns,” said the town could …": marks inside a sentence that goes on with
  // a cue and its own clause are no quote of that cue. (A participle: a noun ending in -ing, "At the
  // hearing “…” said Roe who …", is a time or place and leaves the quote to the cue.)
  const aside = tokens[open - 1]?.normal.endsWith('ing') === true && tokens[open - 1]!.pos === 'VERB';
  const after = cueAfter(tokens, parsed.sentences, close + 1, endsSentence, aside);
  if (!after) return cueBefore(tokens, parsed.sentences, open - 1, close);
  const asked = askedBefore(tokens, open);
  if (asked >= 0) return { cue: { first: asked, end: asked + 1 }, subject: null, after: false, end: open };
  // "Pell said, “… also.” Ada Finch wrote on Tuesday.": a quote a cue before it introduces, closed
  // at the sentence's end, is that cue's; the name and verb after it open a sentence of their own.
  // (Asking also for the comma or colon before the marks and a full stop inside them, as this rule
  // first did, cost one right speaker on PolNeAR train and kept "Pell said “…!” Finch wrote" Finch's.)
  if (!endsSentence) return after;
  const before = cueBefore(tokens, parsed.sentences, open - 1, close);
  return before?.subject ? before : after;
}

/** “…,” she said · “…,” said Smith · “…,” Smith, a professor, told reporters. */
function cueAfter(tokens: readonly Token[], sentences: readonly Sentence[], from: number, endsSentence: boolean, aside: boolean): FoundCue | null {
  let k = from;
  if (tokens[k]?.value === ',') k++;
  // ''… 'a special case,''' Mr. Pell said: the inner quote's closing mark, glued to the outer one.
  if (isApostrophe(tokens[k]?.value) && tokens[k]!.start === tokens[k - 1]?.end) k++;
  const start = tokens[k];
  // “…” ¶ - Jane Doe.: a signature may stand in a paragraph of its own, right after the quote's.
  let j = k;
  while (tokens[j]?.pos === 'SPACE') j++;
  if (tokens[j] && isDash(tokens[j]!.value) && blockOf(tokens, sentences, j) === blockOf(tokens, sentences, from - 1) + 1)
    return signature(tokens, sentences, j, Math.min(tokens.length, j + CUE_REACH));
  if (!start || start.pos === 'SPACE' || !sameBlock(tokens, sentences, from - 1, k)) return null;
  const limit = Math.min(tokens.length, k + CUE_REACH);
  const signed = signature(tokens, sentences, k, limit);
  if (signed) return signed;
  // “… policy.” The network said it would …: a new sentence whose cue has content of its own.
  // “Sunday Morning Futures,” Rep. Issa said the …: a cue with a clause of its own reports that
  // clause, not the quote before it.
  // “…” He adds, “…”: a new sentence whose cue introduces the quote after it (see takesClause).
  if (cueLemma(tokens, k) || AFTER_QUOTE_CUES.has(tokens[k]!.normal)) {
    // “…,” claiming he had …: a participle after the marks opens a statement of its own.
    if (tokens[k]!.normal.endsWith('ing')) return null;
    const subject = withNameAfter(tokens, subjectAfter(tokens, k + 1, limit), limit);
    // “…,” said he does …: a pronoun after the cue opens the cue's own clause.
    const c = subject ? subject.end - 1 : k;
    if (takesClause(tokens, c, endsSentence) || (aside && clauseFollows(tokens, c + 1)) || (subject?.kind === 'pronoun' && clauseRightAfter(tokens, k + 1)))
      return null;
    return { cue: { first: k, end: k + 1 }, subject, after: true, end: subject ? subject.end : k + 1 };
  }
  const inverted = invertedLooseCue(tokens, k, limit);
  if (inverted) return inverted;
  for (let c = k + 1; c < limit; c++) {
    const t = tokens[c]!;
    // "Rep. Jane Roe (D-Ore.) said": a bracket's full stop ends no sentence.
    if (t.value === '(') {
      let close = c + 1;
      while (close < limit && close < c + 8 && tokens[close]!.value !== ')' && !isQuoteMark(tokens[close]!.value)) close++;
      if (tokens[close]?.value === ')') {
        c = close;
        continue;
      }
    }
    // "Sen. Mitch Roe, R-Ky., said": an abbreviation's stop before a comma ends no sentence.
    if (t.value === '.' && tokens[c + 1]?.value === ',' && tokens[c + 1]!.sentence === t.sentence) continue;
    if (isPluralPossessive(tokens, c)) continue;
    if (isQuoteMark(t.value) || t.value === '.' || t.pos === 'SPACE' || !sameBlock(tokens, sentences, k, c)) return null;
    const cueEnd = cueLemma(tokens, c) ? c + 1 : afterQuoteCue(tokens, c);
    if (cueEnd === 0) continue;
    let subject = subjectBefore(tokens, c, k) ?? loneCapitalised(tokens, k, c);
    // "Tom Rell, the harbourmaster of Halvik, one of the ports suing, said": the name that
    // opens the phrase, whatever the appositions after it.
    // "…,” chairman and chief executive Jane Roe said": role words before the name belong to it.
    if (subject && subject.kind === 'name' && subject.first > k && onlyRoleWords(tokens, k, subject.first)) subject = { ...subject, first: k };
    if (!subject || subject.first !== k) {
      // "another friend, Mariam Emara told": the description before the name is hers.
      const opening = withNameAfter(tokens, subjectAfter(tokens, k, c), c);
      const whole = opening !== null && opening.end === subject?.end;
      const named = subject?.kind === 'name' ? subject : null;
      subject = opening && (whole || (tokens[opening.end]?.value === ',' && tokens[c - 1]!.value === ',')) ? opening : null;
      // "a spokesman for committee Democrats said": the opening phrase and its prepositional phrase, up to the cue.
      if (!subject && opening && ofPhraseUpTo(tokens, opening.end, c)) subject = { ...opening, end: c };
      // "“…,” Rep. Roe's chief of staff, Tim Garrow, told": a name set off by commas after a verbless description.
      if (!subject && named && tokens[named.first - 1]?.value === ',' && verbless(tokens, k, named.first - 1)) subject = named;
    }
    if (!subject || takesClause(tokens, cueEnd - 1, endsSentence)) return null;
    return { cue: { first: c, end: cueEnd }, subject, after: true, end: cueEnd };
  }
  return null;
}

/**
 * “…,” riffed the nominee. · “…?” reacted Roe.: a past-tense verb right after the marks with its
 * subject after it, and nothing but the sentence's end or an aside after that, is the quote's
 * cue whatever the verb (the inversion itself marks an attribution). So is a speech verb's
 * present form wink reads as a noun there (“…!” reply Ana and Tom.).
 */
function invertedLooseCue(tokens: readonly Token[], k: number, limit: number): FoundCue | null {
  const verb = tokens[k]!;
  if (!isQuoteMark(tokens[k - 1]?.value ?? '')) return null;
  // The noun reading only after a statement's closing punctuation and before a name: in
  // “independent expenditure” reports that …, the marks hold a term and "reports" is a noun.
  // (Two-apostrophe marks are two tokens: the punctuation stands before both.)
  const spokenNoun =
    verb.pos === 'NOUN' && SPEECH_VERB_FORMS.has(verb.normal) && /^[,!?.]$/.test(tokens[beforeMarks(tokens, k)]?.value ?? '') && isNameWord(tokens, k + 1);
  if (!spokenNoun && (verb.pos !== 'VERB' || !verb.normal.endsWith('ed'))) return null;
  const subject = withNameAfter(tokens, subjectAfter(tokens, k + 1, limit), limit);
  if (!subject || subject.kind === 'pronoun') return null;
  const next = tokens[subject.end];
  if (next && next.sentence === verb.sentence && next.value !== '.' && next.value !== ',') return null;
  return { cue: { first: k, end: k + 1 }, subject, after: true, end: subject.end };
}

/** Tokens [from, end) hold no verb, quotation mark or full stop: a description, not a clause. */
function verbless(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.value) || t.value === '.') return false;
  }
  return end > from;
}

/** "“…,” Read said", "From said", "Will wrote": one capitalised word right before the cue is the speaker's name, whatever wink tags it. */
function loneCapitalised(tokens: readonly Token[], k: number, c: number): Subject | null {
  const t = tokens[k]!;
  if (c !== k + 1 || !/^\p{Lu}/u.test(t.value) || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'PUNCT') return null;
  return { first: k, end: c, kind: 'name', name: { first: k, end: c }, head: t.normal, roles: [] };
}

/**
 * “…” ― Jane Doe: a dash before a name signs the quote (vox pops, epigraphs). So does a hyphen
 * when the name ends the sentence or an aside follows it: “…” - Jane Doe. · “…” -Jane Doe, Dover.
 */
function signature(tokens: readonly Token[], sentences: readonly Sentence[], k: number, limit: number): FoundCue | null {
  // (Not a typed double hyphen: "… “still the first party.”--Ana Ruiz." closes a digest's item with
  // its reporter's byline.)
  if (!isDash(tokens[k]!.value) || tokens[k]!.value === '--' || !isNameWord(tokens, k + 1)) return null;
  const subject = subjectAfter(tokens, k + 1, limit);
  if (subject?.kind !== 'name') return null;
  const after = tokens[subject.end];
  const signs = DASHES.has(tokens[k]!.value) || !after || after.value === '.' || after.value === ',' || !sameBlock(tokens, sentences, k, subject.end);
  return signs ? { cue: { first: k, end: k + 1 }, subject, after: true, end: subject.end } : null;
}

/**
 * A verb that attributes the quote before it only when nothing but an adjunct follows it
 * ("“…,” Roe urged." · "Roe shot back in a statement."): returns the cue's end, or 0.
 */
function afterQuoteCue(tokens: readonly Token[], c: number): number {
  const t = tokens[c]!;
  let end = 0;
  if (AFTER_QUOTE_CUES.has(t.normal)) end = c + 1;
  else {
    // The particle must be there: at the text's end both sides of a bare === are undefined.
    const particle = AFTER_QUOTE_PHRASAL.get(t.normal);
    if (particle !== undefined && particle === tokens[c + 1]?.normal) end = c + 2;
  }
  // "Roe fumed/ADJ on Tuesday": right after a name or pronoun the word is the verb wink misread.
  const afterSubject = tokens[c - 1]?.pos === 'PROPN' || tokens[c - 1]?.pos === 'PRON';
  if (end === 0 || (t.pos === 'ADJ' && !afterSubject) || t.pos === 'DET') return 0;
  const next = tokens[end];
  return !next || next.sentence !== t.sentence || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'SCONJ' ? end : 0;
}

/** Tokens [from, end) are role words and their joints ("chairman and chief executive", "former"). */
function onlyRoleWords(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (!ROLE_WORD_POS.has(tokens[k]!.pos)) return false;
  return true;
}

/** The cue at token c has content of its own (a clause, or the quote after it), so it is not the quote's. */
function takesClause(tokens: readonly Token[], c: number, endsSentence: boolean): boolean {
  return (endsSentence && (clauseFollows(tokens, c + 1) || introducesNext(tokens, c + 1))) || clauseRightAfter(tokens, c + 1);
}

/** Tokens [from, c) are one prepositional phrase on a noun ("for committee Democrats", "of the agency"). */
function ofPhraseUpTo(tokens: readonly Token[], from: number, c: number): boolean {
  if (!OF_PREPOSITIONS.has(tokens[from]?.normal ?? '') || c - from > 6 || c - from < 2) return false;
  for (let k = from + 1; k < c; k++) if (!ROLE_WORD_POS.has(tokens[k]!.pos) && !isPossessiveMark(tokens[k]!.value)) return false;
  return true;
}
const OF_PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'with']);

/** After the cue (and a short adjunct) a comma or colon opens a quotation: “…” He adds, “…”. */
function introducesNext(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const t = tokens[k]!;
    if (t.value === ',' || t.value === ':') return isQuoteMark(tokens[k + 1]?.value ?? '');
    if (t.value === '.' || isQuoteMark(t.value) || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** A verb follows before the sentence's next comma or end: the cue has a clause of its own. */
function clauseFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k]!;
    if (t.value === ',' || t.value === '.' || isQuoteMark(t.value) || ADJUNCT_OPENERS.has(t.normal)) return false;
    if (isClauseVerb(tokens, k)) return true;
  }
  return false;
}

/**
 * Token k is a verb of a clause: not the first half of a hyphenated noun ("a follow-up
 * statement") nor a capitalised word inside a name wink tags as a verb ("told The Associated/VERB
 * Press", "said to People/VERB").
 */
function isClauseVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  const capitalised = t.value !== 'I' && /^\p{Lu}/u.test(t.value) && tokens[k - 1]?.sentence === t.sentence;
  return !capitalised && !beforeHyphen(tokens, k);
}

/** The cue's own clause starts right after it: "said the …", "said that …", "said he …" (not "said as she …"). */
function clauseRightAfter(tokens: readonly Token[], from: number): boolean {
  if (thatAfterAside(tokens, from)) return true;
  let k = from;
  if (tokens[k]?.normal === 'that') k++;
  const first = tokens[k];
  // "said a strategist who spoke on condition …": a relative clause modifies the subject.
  if (!first || !CLAUSE_START_POS.has(first.pos) || TIME_NOUNS.has(first.normal) || isQuoteMark(first.value) || RELATIVES.has(first.normal)) return false;
  for (let j = k; j < tokens.length && j < k + 16; j++) {
    const t = tokens[j]!;
    // "told a meeting being held in …": a participle after the object, no clause.
    if (t.value === ',' || t.value === '.' || ADJUNCT_OPENERS.has(t.normal) || RELATIVES.has(t.normal) || t.normal === 'being') return false;
    if (isClauseVerb(tokens, j)) return j > k;
  }
  return false;
}

/** Token j is glued to a hyphen after it ("follow-up", "sit-in"). */
function beforeHyphen(tokens: readonly Token[], j: number): boolean {
  return tokens[j + 1]?.value === '-' && glued(tokens, j + 1);
}

/** `/[.!?]\s*$/` on text[start, end): the last character before trailing white space ends a sentence. */
export function endsWithStop(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && isSpaceCode(text.charCodeAt(k))) k--;
  if (k < start) return false;
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63;
}

/** "He said, twice, that …" · "She added, however, that …": a short aside between commas, then "that". */
function thatAfterAside(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.value !== ',') return false;
  for (let k = from + 1; k < tokens.length && k < from + 6; k++) {
    const t = tokens[k]!;
    if (t.value === ',') return k > from + 1 && tokens[k + 1]?.normal === 'that';
    if (t.value === '.' || isQuoteMark(t.value) || t.sentence !== tokens[from]!.sentence) return false;
  }
  return false;
}
