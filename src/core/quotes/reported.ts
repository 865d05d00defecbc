import type { ParsedArticle, Sentence, Span, Token } from '../types.js';
import { cueLemma, indirectCandidate, tokenAtIn, type Candidate } from './candidate.js';
import { claimThat, CLAIM_NOUNS } from './claims.js';
import { clauseEnd, hasComma, hasVerb, lastContentToken, MIN_CONTENT_TOKENS, statementStart, SUBJECT_PRONOUNS, verbWithin } from './clause.js';
import { earlierCueSubject, RELATIVE_OPENERS, subjectAcrossSplit, subjectBeforeAside, subjectModifiedAtLength } from './distant-subjects.js';
import { BE_FORMS, NEEDS_THAT, POSSESSIVES, QUESTION_OPENERS, TAKES_LISTENER, TIME_DETERMINERS, TIME_NOUNS } from './lexicon.js';
import { isNameWord, isQuoteMark, sentenceSubject, subjectAfter, subjectBefore, type Subject } from './phrases.js';
import { askedQuestion } from './questions.js';

/** A clause this long after "said" is one even when wink tags no verb in it. */
const UNTAGGED_CLAUSE_TOKENS = 6;
/** Longest tail after a final cue: "…, KCNA said in a statement on Monday." */
const MAX_TAIL = 9;

const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'ADV']);
const NOT_CONTENT = new Set(['to', 'of', 'so', 'nothing', 'something', 'anything', 'yes',
  'no', 'in', 'on', 'at', 'for', 'with', 'goodbye', 'hello', 'thanks', 'little', 'that', 'what', 'why',
  'whether', 'if', 'how', 'when', 'where', 'who', 'which', 'such', 'otherwise', 'as', 'things',
  'repeatedly', 'later', 'earlier', 'again', 'also', 'often', 'publicly', 'privately', 'then', 'now',
  'afterward', 'afterwards', 'too', 'very', 'simply', 'just', 'only', 'instead', 'recently', 'yesterday', 'today']);
const PARTICIPLE_LEADS = new Set(['by', 'after', 'while', 'when', 'before', 'and', 'for', 'from']);
const RELATIVES = new Set(['which', 'that', 'what', 'who', 'whom']);
const LEADING_SUBORDINATORS = new Set(['when', 'while', 'although', 'though', 'as', 'after', 'before', 'because', 'since', 'once', 'unless', 'whereas', 'having', 'if']);
const CONTINUE_TO = new Set(['continue', 'continues', 'continued', 'continuing', 'began', 'begins', 'begin', 'started', 'starts']);
const GO_ON = new Set(['went', 'goes', 'go', 'going', 'gone']);
const ABSOLUTE_LEADS = new Set(['with', '—', '–', '--']);
/** Nouns a participle cue may follow: "issued a statement saying …", "posted a tweet calling …". */
const REPORT_NOUNS = new Set(['statement', 'statements', 'release', 'tweet', 'tweets', 'message', 'letter', 'email', 'e-mail', 'memo', 'post', 'video', 'ad', 'advertisement', 'op-ed', 'column', 'editorial', 'report', 'filing', 'petition', 'speech', 'remarks']);
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * Reported speech without marks, sentence by sentence, favouring patterns with strong cues
 * (Pareti 2016; the SFU Gender Gap Tracker's syntactic rules, Asr et al. 2021):
 *   X said (that) …  ·  X told reporters (that) …  ·  …, X said.  ·  …, said X.
 *   According to X, …  ·  …, according to X.  ·  The plan, X said, is dead.  ·  …, adding that …
 */
export function findReportedSpeech(parsed: ParsedArticle, insideQuote: Uint8Array, direct: Uint8Array, usedCues: Uint8Array, starts: Int32Array): Candidate[] {
  const { tokens, sentences } = parsed;
  const out: Candidate[] = [];
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (usedCues[i] || insideQuote[i]) continue;
      const lemma = cueLemma(tokens, i);
      const found = tokens[i]!.normal === 'according' && tokens[i + 1]?.normal === 'to'
        ? accordingTo(tokens, s, i)
        : lemma ? (askedQuestion(tokens, s, i) ?? reportedAround(tokens, s, i, lemma, insideQuote))
          : tokens[i]!.pos === 'NOUN' && CLAIM_NOUNS.has(tokens[i]!.normal) ? claimThat(tokens, s, i) : null; // claimThat takes nouns only
      if (!found) continue;
      if (found.parts.some((p) => coversQuote(p, tokens, starts, direct))) continue;
      out.push(found);
      if (found.cue) for (let t = found.cue.first; t < found.cue.end; t++) usedCues[t] = 1;
      // Cues inside the content are nested speech and stay part of it; scanning resumes after it.
      const end = found.parts[found.parts.length - 1]!.end;
      while (i + 1 < s.endToken && tokens[i + 1]!.start < end) i++;
    }
  }
  return out;
}

function reportedAround(tokens: readonly Token[], s: Sentence, i: number, lemma: string, insideQuote: Uint8Array): Candidate | null {
  const cue = { first: i, end: i + 1 };
  const last = lastContentToken(tokens, s);

  // Content first: "…, X said." / "…, said X." / "The plan, X said, is dead."
  const before = subjectBefore(tokens, i, s.firstToken) ?? subjectAcrossSplit(tokens, s, i);
  if (before && before.first - 1 > s.firstToken && tokens[before.first - 1]!.value === ',' && !tokens[i]!.normal.endsWith('ing')) {
    const tail = tailEnd(tokens, i + 1, last);
    const contentEnd = before.first - 1;
    const enough = contentEnd - s.firstToken >= MIN_CONTENT_TOKENS && clauseLike(tokens, s.firstToken, contentEnd, lemma);
    // "The plan, he said on Friday, is dead.": the statement goes on after the cue.
    const comma = adjunctEnd(tokens, i + 1, last);
    if (tokens[comma]?.value === ',' && resumesClause(tokens, comma + 1, last) && contentEnd - s.firstToken >= 2) {
      return indirectCandidate(tokens, [s.firstToken, contentEnd], [comma + 1, last + 1], cue, before);
    }
    // "But, Carson added, he did not support it.": only a conjunction or an adverb before the cue.
    if (tokens[comma]?.value === ',' && resumesClause(tokens, comma + 1, last) && onlyConnectives(tokens, s.firstToken, contentEnd)) {
      return indirectCandidate(tokens, [comma + 1, last + 1], null, cue, before);
    }
    if (tail !== null && enough) return indirectCandidate(tokens, [statementStart(tokens, s.firstToken, contentEnd), contentEnd], null, cue, before);
  }
  if (i - 1 > s.firstToken && tokens[i - 1]!.value === ',') {
    const after = subjectAfter(tokens, i + 1, last + 1);
    if (after && tailEnd(tokens, after.end, last) !== null && i - 1 - s.firstToken >= MIN_CONTENT_TOKENS && clauseLike(tokens, s.firstToken, i - 1, lemma)) {
      return indirectCandidate(tokens, [statementStart(tokens, s.firstToken, i - 1), i - 1], null, cue, after);
    }
  }

  // Cue first: "X said (that) …", "X told reporters (that) …", "…, adding that …".
  let subject: Subject | null = before;
  // "Groups that have endorsed the mayor say …": the phrase before the cue is the object of a
  // relative clause on the sentence's opening noun phrase, which is the one that speaks.
  if (before && (tokens[before.first - 1]?.pos === 'VERB' || tokens[before.first - 1]?.pos === 'ADP') && tokens[i - 1]?.pos !== 'PUNCT') {
    const opening = subjectModifiedAtLength(tokens, s, i);
    if (opening && RELATIVE_OPENERS.has(tokens[opening.end]?.normal ?? '') && opening.end < before.first) subject = opening;
  }
  if (tokens[i]!.normal.endsWith('ing') && !afterBe(tokens, i)) {
    // "…, saying that …", "… by saying …", "issued a statement saying …": the participle's
    // subject is the sentence's, or the speaker of the cue before it (“…,” he said, noting that …).
    // "with the campaign saying …", "— Ryan saying he was …": a phrase of its own with its subject.
    const own = subjectBefore(tokens, i, s.firstToken);
    if (own && own.kind !== 'pronoun' && ABSOLUTE_LEADS.has(tokens[own.first - 1]?.normal ?? '')) subject = own;
    else if (!commaBefore(tokens, i) && !PARTICIPLE_LEADS.has(tokens[i - 1]?.normal ?? '') && !afterReportNoun(tokens, i)) return null;
    else subject = earlierCueSubject(tokens, s, i) ?? sentenceSubject(tokens, s);
  } else if (!subject && (tokens[i - 1]?.normal === 'and' || tokens[i - 1]?.normal === 'but')) {
    subject = sentenceSubject(tokens, s);
  } else if (!subject && tokens[i - 1]?.normal === 'to' && (CONTINUE_TO.has(tokens[i - 2]?.normal ?? '') || (tokens[i - 2]?.normal === 'on' && GO_ON.has(tokens[i - 3]?.normal ?? '')))) {
    // "went on to say …", "continues to insist …": the subject of the verb before "to".
    subject = subjectBefore(tokens, tokens[i - 2]!.normal === 'on' ? i - 3 : i - 2, s.firstToken);
    if (!subject) return null;
    return reportedAfterCue(tokens, s, i, lemma, subject, insideQuote);
  } else if (!subject) subject = subjectBeforeAside(tokens, s, i);
  if (!subject) {
    // "Numerous veterans interviewed at the rallies said they …", "Progressive groups that
    // endorsed him say they …": the noun phrase opening the sentence, modified at length, when
    // the cue plainly opens a clause ("that …", "he …").
    const opening = subjectModifiedAtLength(tokens, s, i);
    const k = i + 1;
    const plainClause = tokens[k]?.normal === 'that' || (NOMINATIVE.has(tokens[k]?.normal ?? '') && verbWithin(tokens, k + 1, 3));
    if (opening && plainClause && !BLOCKING_BEFORE_CUE.has(tokens[i - 1]?.normal ?? '')) subject = opening;
  }
  if (!subject) return null;
  // "declined to say", "did not say": no statement was made.
  const prev = tokens[subject.end] && subject.end < i ? tokens[i - 1]! : null;
  if (prev && (prev.normal === 'to' || prev.normal === 'not' || prev.normal === "n't")) return null;
  return reportedAfterCue(tokens, s, i, lemma, subject, insideQuote);
}

/** The clause after a cue whose subject is known: "X said (that) …". */
function reportedAfterCue(tokens: readonly Token[], s: Sentence, i: number, lemma: string, subject: Subject, insideQuote: Uint8Array): Candidate | null {
  const cue = { first: i, end: i + 1 };
  const last = lastContentToken(tokens, s);
  // "a rule change that he said would make it harder …": the relative clause is what was said.
  const relative = RELATIVES.has(tokens[subject.first - 1]?.normal ?? '') && (tokens[i + 1]?.pos === 'AUX' || tokens[i + 1]?.pos === 'VERB');
  const from = relative ? i + 1 : contentStart(tokens, i, lemma, last);
  if (from === null) return null;
  // "When Rubio said it was great to be home, a man yelled …": the main clause is the writer's.
  const leading = LEADING_SUBORDINATORS.has(tokens[s.firstToken]!.normal) && !hasComma(tokens, s.firstToken, i);
  let end = nestedCueStart(tokens, from, last) ?? clauseEnd(tokens, from, last, leading);
  // A quotation opened in the content runs to its closing mark, past the sentence if need be.
  if (insideQuote[end - 1]) {
    while (end < tokens.length && end < from + 400 && insideQuote[end]) end++;
    if (tokens[end] && isQuoteMark(tokens[end]!.value)) end++;
  }
  // wink misses verbs it reads as nouns ("donations call/NOUN into question"): a long clause after a
  // cue of saying is taken without one.
  // After "that" the words are a clause whatever wink tags them ("argue that debates fit/NOUN …").
  const afterThat = tokens[from - 1]?.normal === 'that' && end - from > MIN_CONTENT_TOKENS;
  if (end - from < MIN_CONTENT_TOKENS || !(afterThat || hasVerb(tokens, from, end) || (end - from >= UNTAGGED_CLAUSE_TOKENS && !relative && (lemma === 'say' || lemma === 'tell')))) return null;
  // "the ties between the nations, which experts say is targeted at …": what was said is about the
  // relative pronoun's antecedent, which goes first so the statement has its subject.
  const antecedent = relative && tokens[subject.first - 1]!.normal === 'which' && tokens[subject.first - 2]?.value === ',' ? antecedentOf(tokens, subject.first - 1, s.firstToken) : null;
  if (antecedent) return indirectCandidate(tokens, antecedent, [from, end], cue, subject);
  return indirectCandidate(tokens, [from, end], null, cue, subject);
}

/**
 * The noun phrase a relative pronoun at `rel` refers to ("the ties between the nations" before
 * ", which"), as tokens [first, end), or null when none stands right before it.
 */
function antecedentOf(tokens: readonly Token[], rel: number, floor: number): [number, number] | null {
  let end = rel;
  if (tokens[end - 1]?.value === ',') end--;
  let first = end;
  while (first - 1 >= floor && end - first < 10 && (ANTECEDENT_POS.has(tokens[first - 1]!.pos) || ANTECEDENT_LINKS.has(tokens[first - 1]!.normal))) first--;
  while (first < end && ANTECEDENT_LINKS.has(tokens[first]!.normal)) first++;
  for (let k = first; k < end; k++) if (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') return [first, end];
  return null;
}

const ANTECEDENT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const ANTECEDENT_LINKS = new Set(['of', 'between', "'s", '’s', 'and']);

/**
 * "Xi wrote that …, KCNA said.": the clause ends where a second, outer attribution closes the
 * sentence. Returns the comma's index, or null when the clause runs to the end.
 */
function nestedCueStart(tokens: readonly Token[], from: number, last: number): number | null {
  for (let c = last; c > from && c > last - MAX_TAIL; c--) {
    if (!cueLemma(tokens, c)) continue;
    const subject = subjectBefore(tokens, c, from);
    const comma = subject ? subject.first - 1 : c - 1;
    if (comma > from && tokens[comma]!.value === ',' && tailEnd(tokens, c + 1, last) !== null) return comma;
  }
  return null;
}

/** Where the reported clause starts after the cue, or null when the cue takes no clause. */
function contentStart(tokens: readonly Token[], i: number, lemma: string, last: number): number | null {
  let k = i + 1;
  // "said repeatedly …", "added, though, that …", "said, however, that …": an adverb after the cue.
  if (tokens[k]?.value === ',' && ASIDE_ADVERBS.has(tokens[k + 1]?.normal ?? '') && tokens[k + 2]?.value === ',') k += 3;
  while (tokens[k]?.pos === 'ADV' && CUE_ADVERBS.has(tokens[k]!.normal)) k++;
  const listenerStart = k;
  // "have warned they could …": a subject pronoun and its verb start the clause; no listener.
  const clauseNow = NOMINATIVE.has(tokens[k]?.normal ?? '') && verbWithin(tokens, k + 1, 3);
  if ((TAKES_LISTENER.has(lemma) || lemma === 'ask') && tokens[k]?.normal !== 'that' && !clauseNow) {
    // The listener: a pronoun or a short noun phrase ("reporters", "The Associated Press").
    if (tokens[k]?.pos === 'PRON' && tokens[k]!.normal !== 'that') k++;
    else {
      const start = k;
      while (k <= last && k - start < 8) {
        const t = tokens[k]!;
        // A show's title in marks belongs to the listener: told MSNBC's "Morning Joe" that …
        if (isQuoteMark(t.value) && k > start) {
          let close = k + 1;
          while (close <= last && close < k + 6 && !isQuoteMark(tokens[close]!.value)) close++;
          if (close <= last && isQuoteMark(tokens[close]!.value)) {
            k = close + 1;
            continue;
          }
          break;
        }
        // "BBC Radio 4's Today programme", "The Post and Courier", "The Star-Ledger of Newark"
        const inName = isNameWord(tokens, k) || ((t.normal === 'and' || t.normal === 'of') && isNameWord(tokens, k + 1) && k > start) || (t.pos === 'NUM' && k > start && isNameWord(tokens, k - 1));
        if (!(inName || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.value === "'s" || t.value === '’s')) break;
        // "told reporters the gates …": a determiner after a noun starts the clause's subject.
        if (t.pos === 'DET' && !inName && k > start && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN')) break;
        k++;
      }
      if (k === start && lemma !== 'ask') return null;
    }
    // A request: "asked the congregation to stand", "told residents not to drink the water".
    if (k > listenerStart && (tokens[k]?.normal === 'to' || (tokens[k]?.normal === 'not' && tokens[k + 1]?.normal === 'to'))) return listenerStart;
    // "told African-Americans this weekend he would …"
    if (TIME_DETERMINERS.has(tokens[k]?.normal ?? '') && TIME_NOUNS.has(tokens[k + 1]?.normal ?? '')) k += 2;
    // "told a gathering in Washington she will …": a place after the listener.
    if (tokens[k]?.pos === 'ADP' && tokens[k]!.normal !== 'that') {
      for (let j = k + 1; j <= last && j < k + 6; j++) {
        if (SUBJECT_PRONOUNS.has(tokens[j]!.normal) && verbWithin(tokens, j + 1, 3)) return j;
        if (tokens[j]!.pos === 'VERB' || tokens[j]!.value === ',') break;
      }
    }
  }
  // A short phrase before "that": "said in a statement that", "said on Monday that"; not a
  // clause's own subject ("said his vote for that plan was …").
  const adjunct = tokens[k]?.normal === 'that' || tokens[k]?.pos === 'ADP' || tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PROPN' || TIME_NOUNS.has(tokens[k]?.normal ?? '');
  for (let j = k; adjunct && j <= last && j < k + 20; j++) {
    const t = tokens[j]!;
    if (t.normal === 'that' && (t.pos === 'SCONJ' || t.pos === 'DET' || t.pos === 'PRON')) {
      // "say that will not happen": "that" right before a verb is the clause's subject.
      if (j === k && FINITE_AFTER_THAT.has(tokens[j + 1]?.normal ?? '')) return j;
      return tokens[j + 1] ? j + 1 : null;
    }
    if (((t.pos === 'VERB' || t.pos === 'AUX') && !isNameWord(tokens, j)) || t.value === '.' || isQuoteMark(t.value) || t.value === ':') break;
  }
  if (lemma === 'ask') {
    // "asked (Sanders) whether …": an optional listener, then the question.
    for (let q = k; q <= last && q < k + 10; q++) {
      if (QUESTION_OPENERS.has(tokens[q]!.normal)) return q;
      if (tokens[q]!.value === ',' || tokens[q]!.pos === 'VERB' || tokens[q]!.pos === 'AUX') break;
    }
    return null;
  }
  if (lemma === 'explain') {
    // "explained (to CBS) why …": an indirect question.
    for (let q = k; q <= last && q < k + 5; q++) {
      if (QUESTION_OPENERS.has(tokens[q]!.normal) && tokens[q]!.normal !== 'if' && tokens[q]!.normal !== 'whether') return q;
      if (tokens[q]!.value === ',' || tokens[q]!.pos === 'VERB' || tokens[q]!.pos === 'AUX') break;
    }
    return null;
  }
  // "said on Friday he met …", "said Wednesday night the …": a time adjunct before the clause.
  for (let j = k; j <= last && j < k + 4; j++) {
    if (!TIME_NOUNS.has(tokens[j]!.normal)) continue;
    // "tweeted Tuesday night he …"
    while (TIME_NOUNS.has(tokens[j + 1]?.normal ?? '')) j++;
    const after = tokens[j + 1]?.value === ',' ? j + 2 : j + 1;
    if (tokens[after] && (tokens[after]!.pos === 'PRON' || tokens[after]!.pos === 'DET' || tokens[after]!.pos === 'PROPN') && verbWithin(tokens, after + 1, 6)) return after;
    break;
  }
  // Without "that", these verbs take a clause only when a subject pronoun and its verb follow:
  // "announced it would …", never "announced a plan".
  // Nor a noun phrase, unless a finite verb follows it: "stated Clinton and her team were …".
  if (NEEDS_THAT.has(lemma)) {
    if (SUBJECT_PRONOUNS.has(tokens[k]?.normal ?? '') && verbWithin(tokens, k + 1, 4)) return k;
    return subjectThenFiniteVerb(tokens, k, last) ? k : null;
  }
  const first = tokens[k];
  // A quotation mark may open the clause (Obama said “it gets me mad” every time …): the direct
  // pass has already taken the quotes that stand alone.
  if (first && isQuoteMark(first.value)) return tokens[k + 1] && /^\p{Ll}/u.test(tokens[k + 1]!.value) ? k : null;
  // A gerund may open the clause: "says expanding the monument will protect …".
  if (first?.pos === 'VERB' && first.normal.endsWith('ing') && first.normal !== 'saying' && verbWithin(tokens, k + 2, 8)) return k;
  // "says if elected he will …": a conditional statement (asking "if" is a question, handled above).
  if (first && (first.normal === 'if' || first.normal === 'unless') && (lemma === 'say' || lemma === 'warn') && verbWithin(tokens, k + 2, 12)) return k;
  if (!first || !CLAUSE_OPENERS.has(first.pos) || NOT_CONTENT.has(first.normal)) return null;
  return k;
}

/**
 * A noun phrase ("Clinton and her team", "the state's new law") and right after it a finite verb
 * ("were", "has", "violated"): the start of a clause, not the object of the cue.
 */
function subjectThenFiniteVerb(tokens: readonly Token[], k: number, last: number): boolean {
  for (let j = k; j <= last && j < k + 7; j++) {
    const t = tokens[j]!;
    if (j > k && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && tokens[j - 1]!.normal !== 'to'))) {
      return t.pos === 'AUX' ? !INFINITIVE_AUX.has(t.normal) : SUBJECT_POS.has(tokens[j - 1]!.pos);
    }
    if (!(NOUN_PHRASE_POS.has(t.pos) || POSSESSIVES.has(t.normal) || t.normal === 'and' || t.normal === 'of' || t.value === "'s" || t.value === '’s')) return false;
  }
  return false;
}

const NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Modals and forms of "be"/"have" that make a "that" before them the subject ("that will not happen", "that is wrong"). */
const FINITE_AFTER_THAT = new Set(['will', 'would', 'wo', 'can', 'could', 'should', 'may', 'might', 'must', 'is', 'was', "'s", '’s', 'has', 'had', 'does', 'did']);
/** Adverbs between a cue and its clause: "has said repeatedly (that) …". */
const CUE_ADVERBS = new Set(['repeatedly', 'again', 'publicly', 'privately', 'often', 'previously', 'recently', 'later', 'earlier', 'also', 'then', 'bluntly', 'flatly', 'firmly', 'frequently', 'simply', 'once', 'twice', 'yesterday', 'today', 'tonight']);
/** Adverbs set off by commas after a cue: "added, though, that …". */
const ASIDE_ADVERBS = new Set(['however', 'though', 'too', 'also', 'moreover', 'furthermore', 'nevertheless', 'instead', 'again']);

/** "According to X, …" / "…, according to X." */
function accordingTo(tokens: readonly Token[], s: Sentence, i: number): Candidate | null {
  const last = lastContentToken(tokens, s);
  const cue = { first: i, end: i + 2 };
  const source = subjectAfter(tokens, i + 2, last + 1) ?? phraseBeforeComma(tokens, i + 2, last);
  if (!source) return null;
  let lead = s.firstToken;
  while (lead < i && (tokens[lead]!.pos === 'ADV' || tokens[lead]!.pos === 'CCONJ' || tokens[lead]!.value === ',')) lead++;
  if (lead === i) {
    let comma = source.end;
    while (comma <= last && comma < source.end + 25 && tokens[comma]!.value !== ',') comma++;
    // "According to Mr Roe, who runs the shop, the …": the relative clause
    // after the source is no part of what it says.
    if (tokens[comma]?.value === ',' && SOURCE_ASIDE_OPENERS.has(tokens[comma + 1]?.normal ?? '')) {
      let next = comma + 1;
      while (next <= last && next < comma + 30 && tokens[next]!.value !== ',') next++;
      if (tokens[next]?.value === ',') comma = next;
    }
    if (tokens[comma]?.value !== ',' || last - comma < MIN_CONTENT_TOKENS) return null;
    return indirectCandidate(tokens, [comma + 1, last + 1], null, cue, source);
  }
  const contentEnd = tokens[i - 1]!.value === ',' ? i - 1 : i;
  if (contentEnd - s.firstToken < MIN_CONTENT_TOKENS || !hasVerb(tokens, s.firstToken, contentEnd)) return null;
  return indirectCandidate(tokens, [statementStart(tokens, s.firstToken, contentEnd), contentEnd], null, cue, source);
}

const SOURCE_ASIDE_OPENERS = new Set(['who', 'which', 'whose']);

/** "According to police/VERB, …": wink mistags the source; take the words up to the comma. */
function phraseBeforeComma(tokens: readonly Token[], from: number, last: number): Subject | null {
  for (let k = from + 1; k <= last + 1 && k < from + 10; k++) {
    if (k === last + 1 || tokens[k]!.value === ',') return { first: from, end: k, kind: 'description', head: tokens[k - 1]!.normal, roles: [] };
  }
  return null;
}

/** Steps over a short adjunct after a cue ("on Friday", "in an interview", "to me"); returns the next token. */
function adjunctEnd(tokens: readonly Token[], from: number, last: number): number {
  let k = from;
  while (k <= last && k - from < 7) {
    const t = tokens[k]!;
    if (t.value === ',' || t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.value) || t.value === '.') break;
    k++;
  }
  return k;
}

/** The tail after a final cue holds no verb and no clause: returns its end, or null. */
function tailEnd(tokens: readonly Token[], from: number, last: number): number | null {
  for (let k = from; k <= last; k++) {
    if (k - from >= MAX_TAIL) return null;
    const t = tokens[k]!;
    const nounish = t.pos === 'VERB' && k > from && NOMINAL_POS.has(tokens[k - 1]!.pos);
    if ((t.pos === 'VERB' && !nounish) || t.pos === 'AUX' || t.value === ',' || t.value === ';' || isQuoteMark(t.value)) {
      // "…, he said, adding that …" and "…, said Smith, a professor at …" stop here.
      return t.value === ',' ? k : null;
    }
  }
  return last + 1;
}

/** After "X said," the sentence goes on with the rest of the statement, not a participle or relative clause. */
function resumesClause(tokens: readonly Token[], from: number, last: number): boolean {
  const first = tokens[from];
  if (!first || first.normal.endsWith('ing') || first.normal === 'who' || first.normal === 'which' || first.pos === 'DET' && tokens[from + 1]?.pos === 'NOUN' && !hasVerb(tokens, from, last + 1)) return false;
  return last + 1 - from >= 3 && hasVerb(tokens, from, last + 1);
}

/** A comma before token i, or a comma inside the closing mark before it (“…,” adding that …). */
function commaBefore(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.value === ',' || (isQuoteMark(tokens[i - 1]?.value ?? '') && tokens[i - 2]?.value === ',');
}

/** "issued a statement saying …", "released a statement Wednesday saying …". */
function afterReportNoun(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 4 && (TIME_NOUNS.has(tokens[k]?.normal ?? '') || (tokens[k]?.normal === 'on' && TIME_NOUNS.has(tokens[k + 1]?.normal ?? '')))) k--;
  return REPORT_NOUNS.has(tokens[k]?.normal ?? '');
}

function onlyConnectives(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (!(tokens[k]!.pos === 'CCONJ' || tokens[k]!.pos === 'ADV')) return false;
  return end > from;
}

/** A verb, or for "said" a run long enough that wink has only mistagged its verb ("The rejection signals/NOUN …"). */
function clauseLike(tokens: readonly Token[], from: number, end: number, lemma: string): boolean {
  return hasVerb(tokens, from, end) || (end - from >= UNTAGGED_CLAUSE_TOKENS && (lemma === 'say' || lemma === 'tell'));
}

/** "is telling", "are saying", "was insisting": a progressive is a finite cue, not a participle. */
function afterBe(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 3 && tokens[k]?.pos === 'ADV' && tokens[k]!.normal !== 'not') k--;
  return BE_FORMS.has(tokens[k]?.normal ?? '');
}

/** Words right before a cue that make it no statement of the opening phrase ("and said", "to say", "not say"). */
const BLOCKING_BEFORE_CUE = new Set(['and', 'but', 'or', 'to', 'not', "n't", 'never']);

/** A reported clause that is mostly a direct quote already found is left to that quote. */
function coversQuote(part: Span, tokens: readonly Token[], starts: Int32Array, direct: Uint8Array): boolean {
  let inside = 0;
  let total = 0;
  for (let k = tokenAtIn(starts, part.start); k < tokens.length && tokens[k]!.end <= part.end; k++) {
    total++;
    if (direct[k]) inside++;
  }
  return total > 0 && inside / total > 0.6;
}

/** Tag and word sets for the tests above (Set look-ups rather than regular expressions). */
const INFINITIVE_AUX = new Set(['to', 'be', 'being', 'been']);
const NOMINAL_POS = new Set(['DET', 'ADJ', 'NOUN']);
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON']);
