import type { ParsedArticle, Token } from '../types.js';
import { tokenAtIn, type Candidate } from './candidate.js';
import { sentenceSubject, subjectAfter } from './forward-phrases.js';
import { SPEECH_VERB_FORMS } from './speech-verbs.js';
import { NOMINATIVE } from './subject-words.js';
import { phraseEndingAt, type Subject } from './noun-phrases.js';
import { isPossessiveMark, isQuoteMark } from './text.js';

/**
 * The speaker of a quote with no cue of its own that follows a lead-in sentence in its paragraph:
 * "Councillor Holt continued her remarks. “Eight years ago …”", "The club issued a statement.
 * “On behalf of …”". The lead-in's subject introduces the quote (PolNeAR annotates it as the
 * source), closer than the speaker of a quote in the paragraph before, which the quote would
 * otherwise inherit. Only a lead-in with no quotation mark of its own counts: a sentence that
 * quotes someone already hands its speaker on through the neighbouring quote. A lead-in may also
 * end in a colon that opens the quote ("Article 12 affirms: “…”").
 */
export function leadInSubject(parsed: ParsedArticle, starts: Int32Array, c: Candidate, previousEnd: number): Subject | null {
  const { tokens, sentences } = parsed;
  // Back over the opening mark(s) to the end of the sentence before.
  let k = tokenAtIn(starts, c.parts[0]!.start) - 1;
  while (k >= 0 && isQuoteMark(tokens[k]!.value)) k--;
  const prev = tokens[k];
  const colon = prev?.value === ':';
  if (!prev || !(colon || SENTENCE_ENDS.has(prev.value))) return null;
  // After a colon the lead-in is the clause before it, in the quote's own sentence ("The board was
  // conclusive in its findings: “…”").
  const sentence = sentences[prev.sentence]!;
  const before = colon ? { firstToken: sentence.firstToken, endToken: k } : sentence;
  // (A paragraph that ends in a colon introduces the quote that opens the next one.)
  const quoteBlock = sentences[tokens[k + 1]!.sentence]!.block;
  // (So does a paragraph of one sentence before a paragraph that opens with the quote, when a
  // person is its subject: "Howard continued his remarks. ¶ “Eight years ago …”".)
  // (The quote's paragraph being the next one, the quote opens it: only marks stand between.)
  const alonePara = !colon && sentence.block + 1 === quoteBlock && sentences[prev.sentence - 1]?.block !== sentence.block;
  if (sentence.block < 0 || !(sentence.block === quoteBlock || (colon && sentence.block + 1 === quoteBlock) || alonePara)) return null;
  // (A quote or reported speech in the lead-in already hands its speaker on.)
  if (tokens[before.firstToken]!.start < previousEnd) return null;
  for (let j = before.firstToken; j < before.endToken; j++) if (isQuoteMark(tokens[j]!.value)) return null;
  // (“…,” Roe assured the crowd.: words after the quote in its own sentence attribute it.)
  const last = tokenAtIn(starts, c.parts[c.parts.length - 1]!.end) - 1;
  let close = last + 1;
  while (close < tokens.length && isQuoteMark(tokens[close]!.value) && tokens[close]!.start === tokens[close - 1]!.end) close++;
  if (close < tokens.length && tokens[close]!.sentence === tokens[last]!.sentence) return null;
  // ("HEADLINE - Roe and Lee: “…”": names alone before the colon, after whatever wink ran into the sentence.)
  const alone = colon ? phraseEndingAt(tokens, k - 1, before.firstToken) : null;
  if (alone?.kind === 'name' && (alone.first === before.firstToken || tokens[alone.first - 1]!.pos === 'PUNCT')) return alone;
  const asClause = colon ? asClauseSubject(tokens, before.firstToken, k) : null;
  if (asClause) return asClause;
  const adjunct = colon ? adjunctSubject(tokens, before.firstToken, k) : null;
  if (adjunct) return adjunct;
  const subject = sentenceSubject(tokens, before);
  // (A personal pronoun stands for the one who speaks next, "She paused. “…”".)
  if (!subject || impersonal(subject)) return null;
  if (alonePara && subject.kind === 'description') return null;
  // The subject opens the lead-in ("But Roe agreed.", "Harbour University's Dina Borel agreed."),
  // not a noun inside an opening phrase ("An immigrant from Uganda who became …, she plans …").
  for (let j = before.firstToken; j < subject.first; j++) {
    const t = tokens[j]!;
    if (!OPENING_POS.has(t.pos) && !isPossessiveMark(t.value)) return null;
  }
  return subject;
}

/** "it" or "there": a pronoun that stands for no one who speaks (a personal one, "she", does). */
function impersonal(subject: Subject): boolean {
  return subject.kind === 'pronoun' && !NOMINATIVE.has(subject.head);
}

/**
 * "It is hard to overstate its weight, as the society's website notes: “…”", "As Roe put it: “…”":
 * an "as" clause that ends at the colon (its subject, a verb, at most two more words) names who
 * the quote is from, whatever the sentence's own subject. `colon` is the colon's token.
 */
function asClauseSubject(tokens: readonly Token[], first: number, colon: number): Subject | null {
  for (let j = colon - 2; j >= first && j > colon - AS_CLAUSE_REACH; j--) {
    if (tokens[j]!.normal !== 'as' || !(j === first || tokens[j - 1]!.value === ',')) continue;
    // (wink may read the verb into the phrase: "the society's website notes/NOUN".)
    const verbAtEnd = SPEECH_VERB_FORMS.has(tokens[colon - 1]!.normal);
    const subject = subjectAfter(tokens, j + 1, verbAtEnd ? colon - 1 : colon);
    if (!subject || subject.end >= colon || colon - subject.end > 3) return null;
    if (tokens[subject.end]!.pos !== 'VERB' && !(verbAtEnd && subject.end === colon - 1)) return null;
    return impersonal(subject) ? null : subject;
  }
  return null;
}
const AS_CLAUSE_REACH = 14;

/**
 * "As if addressing the mayor directly, the Board was conclusive in its findings: “…”": past an
 * opening adjunct (a preposition's, a subordinate or a participle's phrase, up to its comma) the
 * clause before the colon has its subject, followed by its verb. `colon` is the colon's token.
 */
function adjunctSubject(tokens: readonly Token[], first: number, colon: number): Subject | null {
  const t = tokens[first]!;
  if (!ADJUNCT_OPENING_POS.has(t.pos) && !(t.pos === 'VERB' && /(?:ing|ed)$/.test(t.normal))) return null;
  let comma = first + 1;
  while (comma < colon && comma < first + ADJUNCT_REACH && tokens[comma]!.value !== ',' && !isQuoteMark(tokens[comma]!.value)) comma++;
  if (tokens[comma]?.value !== ',' || comma >= colon) return null;
  let subject = subjectAfter(tokens, comma + 1, colon);
  // (Its "of" phrase: "the Harbour Board of Elections was".)
  const of = subject && tokens[subject.end]?.normal === 'of' ? subjectAfter(tokens, subject.end + 1, colon) : null;
  if (subject && of) subject = { ...subject, end: of.end };
  const verb = subject ? tokens[subject.end] : undefined;
  return subject && !impersonal(subject) && (verb?.pos === 'VERB' || verb?.pos === 'AUX') ? subject : null;
}
const ADJUNCT_OPENING_POS: ReadonlySet<string> = new Set(['ADP', 'SCONJ']);
const ADJUNCT_REACH = 15;

/** What may stand before the lead-in's subject: a conjunction, an adverb, the subject's own modifiers. */
const OPENING_POS: ReadonlySet<string> = new Set(['CCONJ', 'ADV', 'DET', 'PROPN', 'NOUN', 'ADJ']);
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);

/**
 * The speaker named right after a quote whose cue went unrecognised: "“…,” Lena Frost, the
 * tide expert who runs the site, tweeted on Wednesday." A quote that opens its sentence and
 * is followed, in that sentence, by a noun phrase and then a verb is attributed there, not a
 * continuation of the quote before it: the phrase speaks.
 */
export function tailSubject(parsed: ParsedArticle, starts: Int32Array, c: Candidate): Subject | null {
  const { tokens, sentences } = parsed;
  const last = tokenAtIn(starts, c.parts[c.parts.length - 1]!.end) - 1;
  let k = last + 1;
  // (The comma inside the closing mark, the mark, a comma after it.)
  if (tokens[k]?.value === ',') k++;
  while (k < tokens.length && isQuoteMark(tokens[k]!.value) && tokens[k]!.start === tokens[k - 1]!.end) k++;
  if (tokens[k]?.value === ',') k++;
  if (k === last + 1 || !tokens[k] || tokens[k]!.sentence !== tokens[last]!.sentence) return null;
  const end = sentences[tokens[k]!.sentence]!.endToken;
  // "“…,” agrees Michelle Stevens, 30, of Gainesville.": a verb, then the phrase that ends the
  // sentence or runs to a comma.
  if (tokens[k]!.pos === 'VERB' && !tokens[k]!.normal.endsWith('ing')) {
    const inverted = subjectAfter(tokens, k + 1, end);
    const after = inverted ? tokens[inverted.end] : undefined;
    const closes = after === undefined || after.value === ',' || after.value === '.' || inverted!.end === end;
    return inverted && inverted.kind !== 'pronoun' && closes ? inverted : null;
  }
  const subject = subjectAfter(tokens, k, end);
  if (!subject || impersonal(subject)) return null;
  for (let j = subject.end; j < end && j < subject.end + TAIL_VERB_REACH; j++) {
    if (isQuoteMark(tokens[j]!.value)) return null;
    if (tokens[j]!.pos === 'VERB') return subject;
  }
  return null;
}
/** How far after the phrase its verb may stand ("Frost, the tide expert who runs the site, tweeted"). */
const TAIL_VERB_REACH = 16;
