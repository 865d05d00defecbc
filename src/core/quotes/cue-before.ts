import type { Sentence, Token } from '../types.js';
import { cueLemma, sameBlock, sentenceFrom, sentenceStart } from './candidate.js';
import { absoluteBefore, participleSubject } from './participle-subjects.js';
import { NOMINAL_POS } from './subject-words.js';
import { hyphenated } from './name-tokens.js';
import { type Subject } from './noun-phrases.js';
import { subjectBefore } from './phrases.js';
import { sentenceSubject, subjectAfter } from './forward-phrases.js';
import { TAKES_LISTENER } from './speech-verbs.js';
import { asClauseName, objectPhrase } from './cue-before-subjects.js';
import { beforeMarks, isQuoteMark } from './text.js';
import { cuePastAdjuncts } from './cue-past-adjuncts.js';
import { pastRelativeStatement } from './relative-content.js';
import { signedBy, sourceSigned } from './signed-quotes.js';
import { adjunctEndsSentence, closesSentence, handsOver } from './after-closing-mark.js';

/**
 * A direct quote's cue before its marks (Smith said: “…” · Roe: “…”). Split from direct-cues.ts
 * (the cue after); what follows the closing mark: after-closing-mark.ts.
 */

export interface FoundCue {
  readonly cue: { first: number; end: number };
  readonly subject: Subject | null;
  /** The cue follows the quote. */
  readonly after: boolean;
  /** First token after the cue and its subject. */
  readonly end: number;
}

/** Smith said: “…” · Smith told reporters, “…” · Smith said that “…” · Smith said in a statement: “…” */
export function cueBefore(tokens: readonly Token[], sentences: readonly Sentence[], from: number, close: number): FoundCue | null {
  let k = from;
  // The quote must end its sentence ("X said that, “…” against Y" is reported speech around a
  // quote), or hand over to a participle: Peabody said: "…," adding that …; or follow its cue's comma.
  if (!closesSentence(tokens, close) && !handsOver(tokens, close) && !adjunctEndsSentence(tokens, close) && !saidWithComma(tokens, from)) return null;
  const colon = tokens[k]?.value === ':';
  if (colon || tokens[k]?.value === ',' || tokens[k]?.normal === 'that') k--;
  else if (!(cueLemma(tokens, k) && /^\p{Lu}/u.test(tokens[from + 2]?.value ?? ''))) return null; // Trump declared “I think …”
  const t = tokens[k];
  if (!t) return null;
  if (colon) {
    const signed = signedBy(tokens, k) ?? sourceSigned(tokens, k);
    if (signed) return { cue: { first: from, end: from + 1 }, subject: signed, after: false, end: from + 1 };
  }
  const near = nearCue(tokens, sentences, k, from, colon);
  const far = near ? -1 : cuePastAdjuncts(tokens, from);
  return near ?? (far < 0 ? null : cueAt(tokens, sentences, far, k, from, false));
}

/** The cue a few words before the comma, colon or "that" after token `k`. */
function nearCue(tokens: readonly Token[], sentences: readonly Sentence[], k: number, from: number, colon: boolean): FoundCue | null {
  const t = tokens[k]!;
  for (let c = k; c >= 0 && c > k - (colon ? 12 : 9); c--) {
    const u = tokens[c]!;
    if (u.sentence !== t.sentence || isQuoteMark(u.value) || u.value === ',' || u.value === '.') return null;
    // (Before a colon, a cue noun heading its phrase is the verb's object: "delivered a blunt message to X: “…”".)
    // (Nor the end of a hyphenated modifier: "said in her long-promised speech, “…”".)
    if (cueLemma(tokens, c) && !hyphenated(tokens, c) && !(colon && u.pos === 'NOUN' && PHRASE_OPENERS.has(tokens[c - 1]?.pos ?? '')))
      return cueAt(tokens, sentences, c, k, from, colon);
    // Before a colon any verb with a subject introduces the quote: "Trump spoke in bromides: “…”";
    // a speech verb earlier in the clause before any other ("Roe reported after the FBI abandoned
    // the site: “…”", "the panel said about its draft: “…”").
    if (colon && u.pos === 'VERB') {
      const speech = speechVerbBefore(tokens, c);
      // A verb inside a clause on what the main one says is no cue: "The Gazette focuses on how
      // many boats the crews were able to sail in a day: “…”" is the Gazette's.
      const main = speech === null ? mainClauseSubject(tokens, c) : null;
      if (main) return { cue: { first: c, end: c + 1 }, subject: main, after: false, end: from + 1 };
      return cueAt(tokens, sentences, speech ?? c, k, from, colon);
    }
    // "told the Post in a written statement, “…”", "in the debate spin/VERB room": a verb wink
    // finds inside the phrase is no clause of its own.
    if (u.pos === 'VERB' && c !== k && !NOMINAL_POS.has(tokens[c - 1]?.pos ?? '')) return null;
  }
  return null;
}

/** The cue at token c before a quote that opens at `from` (k: the token before the opening's comma, colon or "that"), with its subject. */
function cueAt(tokens: readonly Token[], sentences: readonly Sentence[], c: number, k: number, from: number, colon: boolean): FoundCue {
  const u = tokens[c]!;
  const floor = sentenceStart(tokens, c);
  const s = sentenceFrom(tokens, floor, c);
  // "Roe urged them to vote, saying, “…”", "… the talk of the whole quay, adding: “…”": a
  // participle after a comma has the sentence's subject, or that of the cue before it ("…,” he
  // said, adding: “…”), never the noun phrase before its comma.
  // So do "… continued by saying, “…”" and "… went on to say, “…”" (a participle after a
  // preposition, an infinitive): the subject of the verb that governs them, else the sentence's.
  const before = tokens[c - 1];
  // (the comma may stand inside the closing mark of a quote before: “…,” adding, “…”)
  const mark = beforeMarks(tokens, c); // ,” and ,''
  const afterComma = u.normal.endsWith('ing') && tokens[mark]?.value === ',';
  const governed = (u.normal.endsWith('ing') && (before?.pos === 'ADP' || before?.pos === 'SCONJ')) || (before?.normal === 'to' && u.pos === 'VERB');
  // "Roe did not name her rivals, but told her supporters, “…”": after "and"/"but" the sentence's
  // subject goes on speaking; the phrase after the cue is its object.
  const coordinated = before?.normal === 'and' || before?.normal === 'but';
  // ("A woman who claims she met the baker says: “…”": the woman, past the relative clause's statement.)
  const named = pastRelativeStatement(tokens, floor, s.endToken, c, subjectBefore(tokens, pastModal(tokens, c), floor));
  let subject =
    afterComma || governed
      ? null
      : (invertedName(tokens, c, k, asClauseName(tokens, floor, c) ?? named) ??
        (coordinated ? (absoluteBefore(tokens, s, c) ?? sentenceSubject(tokens, s)) : null) ??
        // (Not a listener: "Welk, one of the so-called “Harbour Five,” told researchers: “…”" is Welk's.)
        (TAKES_LISTENER.has(cueLemma(tokens, c) ?? '') ? sentenceSubject(tokens, s) : subjectAfter(tokens, c + 1, k + 1)));
  // "Roe answered a question from Lee on Twitter saying, “…”": a participle right after the object
  // of the clause's verb or preposition hangs on the clause, whose subject speaks.
  const onObject = u.normal.endsWith('ing') && u.pos === 'VERB' && subject !== null && objectPhrase(tokens, subject);
  if (afterComma || governed || onObject) {
    subject = afterComma || onObject ? participleSubject(tokens, s, c) : (governingSubject(tokens, c, floor) ?? sentenceSubject(tokens, s));
  }
  // "Falconer agreed … but added that “…”", "Roe apologized for what happened: “…”": the sentence's subject.
  if (!subject && (colon || coordinated)) subject = sentenceSubject(tokens, s);
  if (!subject) subject = continuedSubject(tokens, sentences, c, floor);
  return { cue: { first: c, end: c + 1 }, subject, after: false, end: from + 1 };
}

/**
 * "a spokesman could only quip: “…”": the modal (and adverbs) before cue `c`, whose subject is the
 * cue's. Only before a quote: "Fans might argue the title …" is no one's statement.
 */
function pastModal(tokens: readonly Token[], c: number): number {
  let j = c - 1;
  while (tokens[j]?.pos === 'ADV' && tokens[j]!.sentence === tokens[c]!.sentence) j--;
  return MODALS.has(tokens[j]?.normal ?? '') ? j : c;
}
const MODALS = new Set(['could', 'can', 'might', 'should', 'must']);

/**
 * "Because of how the board drew up the timetable, explained Rosa Berg, “…”": an inverted cue after
 * the writer's comma has its subject after it, a name running to the comma before the marks, over a
 * noun phrase of the clause before (not over a name: "Jane Roe, 69, wrote Tom Pell, “…”"; not a
 * listener: "told Tom Pell"; not over the phrase opening the sentence, whose apposition the comma
 * closes: "The harbour master, a former sailor, wrote Tom Pell, “…”" is written to Pell). `k` is
 * the token before that comma; `before` the subject found before the cue.
 */
function invertedName(tokens: readonly Token[], c: number, k: number, before: Subject | null): Subject | null {
  if (before?.kind === 'name' || tokens[c - 1]?.value !== ',' || tokens[k + 1]?.value !== ',' || TAKES_LISTENER.has(cueLemma(tokens, c) ?? '')) return before;
  if (before && before.first === sentenceStart(tokens, c)) return before;
  const name = subjectAfter(tokens, c + 1, k + 1);
  return name?.kind === 'name' && name.end === k + 1 ? name : before;
}

/**
 * "Roe stated that the report “was not good.” Adding, “…”": a participle opening its sentence goes
 * on with the sentence before it in the paragraph, as if it closed that sentence after a comma. "The transcript as
 * follows: “…”": the phrase before "as" speaks.
 */
function continuedSubject(tokens: readonly Token[], sentences: readonly Sentence[], c: number, floor: number): Subject | null {
  const u = tokens[c]!;
  if (u.normal === 'follows' && tokens[c - 1]?.normal === 'as') return subjectBefore(tokens, c - 1, floor);
  const previous = tokens[c - 1];
  if (c !== floor || !previous || !u.normal.endsWith('ing') || !sameBlock(tokens, sentences, c - 1, c)) return null;
  return participleSubject(tokens, sentenceFrom(tokens, sentenceStart(tokens, c - 1), c - 1), c);
}

/** A speech verb before token `verb` in its clause (no comma, full stop or quotation mark between), within reach. */
function speechVerbBefore(tokens: readonly Token[], verb: number): number | null {
  for (let c = verb - 1; c >= 0 && c > verb - SPEECH_VERB_REACH; c--) {
    const u = tokens[c]!;
    // "Cruz said as the heckler yelled: “…”": a clause of its own has its own speaker.
    if (u.sentence !== tokens[verb]!.sentence || isQuoteMark(u.value) || u.pos === 'PUNCT' || u.pos === 'SCONJ' || SUBORDINATORS.has(u.normal)) return null;
    if (cueLemma(tokens, c) && u.pos === 'VERB') return c;
  }
  return null;
}
const SPEECH_VERB_REACH = 16;
const PHRASE_OPENERS = new Set(['DET', 'ADJ']);

/**
 * The sentence's subject when verb `c` stands inside a wh- or that-clause after the main verb
 * ("focuses on how many … the crews were able to sail", "which hits traders where they live"),
 * else null.
 */
function mainClauseSubject(tokens: readonly Token[], c: number): Subject | null {
  const floor = sentenceStart(tokens, c);
  for (let j = c - 1; j > floor; j--) {
    // (The clause runs to the colon, after a verb of the sentence's own: not "Awlaki, who was
    // killed …, is shown lecturing:", nor "When Roe suggested that …, Lee fired back:".)
    if (tokens[j]!.value === ',') return null;
    if (!CLAUSE_OPENERS.has(tokens[j]!.normal)) continue;
    for (let v = j - 1; v >= floor; v--) {
      const t = tokens[v]!;
      if ((t.pos !== 'VERB' && t.pos !== 'AUX') || t.normal.endsWith('ing')) continue;
      // ("… but she says that it is common: “…”": a speech verb before the clause is the cue.)
      const spoken = cueLemma(tokens, v) ? subjectBefore(tokens, v, floor) : null;
      return spoken ?? sentenceSubject(tokens, sentenceFrom(tokens, floor, c));
    }
    return null;
  }
  return null;
}
const CLAUSE_OPENERS = new Set(['how', 'where', 'which', 'who', 'whom', 'why', 'what', 'that']);
const SUBORDINATORS = new Set(['as', 'when', 'while', 'because', 'since', 'if', 'although', 'though', 'whereas']);

/**
 * The subject of the verb that governs a participle or infinitive cue at token c: "Roe was prompted
 * to say" · "Roe went on to say" · "“…,” Roe said before adding" → Roe. Steps back over the
 * preposition and particles, then takes that verb's subject.
 */
function governingSubject(tokens: readonly Token[], c: number, floor: number): Subject | null {
  let v = c - 2;
  while (v > floor && GOVERNING_LINKS.has(tokens[v]!.pos)) v--;
  const verb = tokens[v];
  if (!verb || v <= floor || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return null;
  return subjectBefore(tokens, v, floor);
}

/** What may stand between a verb and the "to"/"by" of its participle or infinitive: "went on to", "so far as to". */
const GOVERNING_LINKS = new Set(['ADV', 'PART', 'ADP']);

/** "… as she said, “I am tired of …” about her record, Pell …": a speech verb's comma, then marks opening on a capital (not after "that" or an object). */
function saidWithComma(tokens: readonly Token[], from: number): boolean {
  return (
    tokens[from]?.value === ',' &&
    tokens[from - 1]?.pos === 'VERB' &&
    cueLemma(tokens, from - 1) !== undefined &&
    /^\p{Lu}/u.test(tokens[from + 2]?.value ?? '')
  );
}
