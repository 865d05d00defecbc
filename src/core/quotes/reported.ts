import type { ParsedArticle, Sentence, Span, Token } from '../types.js';
import { cueLemma, tokenAt, type Candidate } from './candidate.js';
import { NEEDS_THAT, TAKES_LISTENER, TIME_DETERMINERS, TIME_NOUNS } from './lexicon.js';
import { isNameWord, isQuoteMark, sentenceSubject, subjectAfter, subjectBefore, type Subject } from './phrases.js';

/** Fewest tokens of reported content worth listing ("he said no" is not a statement). */
const MIN_CONTENT_TOKENS = 3;
/** Longest tail after a final cue: "…, KCNA said in a statement on Monday." */
const MAX_TAIL = 9;

const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'ADV']);
const NOT_CONTENT = new Set(['to', 'of', 'so', 'nothing', 'something', 'anything', 'yes',
  'no', 'in', 'on', 'at', 'for', 'with', 'goodbye', 'hello', 'thanks', 'little', 'that', 'what', 'why',
  'whether', 'if', 'how', 'when', 'where', 'who', 'which', 'such', 'otherwise', 'as', 'things',
  'repeatedly', 'later', 'earlier', 'again', 'also', 'often', 'publicly', 'privately', 'then', 'now',
  'afterward', 'afterwards', 'too', 'very', 'simply', 'just', 'only', 'instead', 'otherwise', 'recently', 'yesterday', 'today']);
const PARTICIPLE_LEADS = new Set(['by', 'after', 'while', 'when', 'before', 'and', 'for', 'from']);
const COORDINATORS = new Set(['and', 'but', 'though', 'although', 'while', ',']);
const RELATIVES = new Set(['which', 'that', 'what', 'who', 'whom']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const QUESTION_OPENERS = new Set(['whether', 'if', 'why', 'what', 'how', 'when', 'where', 'who']);

/**
 * Reported speech without marks, sentence by sentence, favouring patterns with strong cues
 * (Pareti 2016; the SFU Gender Gap Tracker's syntactic rules, Asr et al. 2021):
 *   X said (that) …  ·  X told reporters (that) …  ·  …, X said.  ·  …, said X.
 *   According to X, …  ·  …, according to X.  ·  The plan, X said, is dead.  ·  …, adding that …
 */
export function findReportedSpeech(parsed: ParsedArticle, insideQuote: Uint8Array, direct: Uint8Array, usedCues: Uint8Array): Candidate[] {
  const { tokens, sentences } = parsed;
  const out: Candidate[] = [];
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (usedCues[i] || insideQuote[i]) continue;
      const found = tokens[i]!.normal === 'according' && tokens[i + 1]?.normal === 'to'
        ? accordingTo(tokens, s, i)
        : cueLemma(tokens, i) ? reportedAround(tokens, s, i, insideQuote) : null;
      if (!found) continue;
      if (found.parts.some((p) => coversQuote(p, tokens, direct))) continue;
      out.push(found);
      if (found.cue) for (let t = found.cue.first; t < found.cue.end; t++) usedCues[t] = 1;
      // Cues inside the content are nested speech and stay part of it; scanning resumes after it.
      const end = found.parts[found.parts.length - 1]!.end;
      while (i + 1 < s.endToken && tokens[i + 1]!.start < end) i++;
    }
  }
  return out;
}

function reportedAround(tokens: readonly Token[], s: Sentence, i: number, insideQuote: Uint8Array): Candidate | null {
  const lemma = cueLemma(tokens, i)!;
  const cue = { first: i, end: i + 1 };
  const last = lastContentToken(tokens, s);

  // Content first: "…, X said." / "…, said X." / "The plan, X said, is dead."
  const before = subjectBefore(tokens, i, s.firstToken) ?? subjectAcrossSplit(tokens, s, i);
  if (before && before.first - 1 > s.firstToken && tokens[before.first - 1]!.value === ',' && !tokens[i]!.normal.endsWith('ing')) {
    const tail = tailEnd(tokens, i + 1, last);
    const contentEnd = before.first - 1;
    const enough = contentEnd - s.firstToken >= MIN_CONTENT_TOKENS && hasVerb(tokens, s.firstToken, contentEnd);
    // "The plan, he said on Friday, is dead.": the statement goes on after the cue.
    const comma = adjunctEnd(tokens, i + 1, last);
    if (tokens[comma]?.value === ',' && resumesClause(tokens, comma + 1, last) && contentEnd - s.firstToken >= 2) {
      return reported(tokens, [s.firstToken, contentEnd], [comma + 1, last + 1], cue, before);
    }
    if (tail !== null && enough) return reported(tokens, [s.firstToken, contentEnd], null, cue, before);
  }
  if (i - 1 > s.firstToken && tokens[i - 1]!.value === ',') {
    const after = subjectAfter(tokens, i + 1, last + 1);
    if (after && tailEnd(tokens, after.end, last) !== null && i - 1 - s.firstToken >= MIN_CONTENT_TOKENS && hasVerb(tokens, s.firstToken, i - 1)) {
      return reported(tokens, [s.firstToken, i - 1], null, cue, after);
    }
  }

  // Cue first: "X said (that) …", "X told reporters (that) …", "…, adding that …".
  let subject: Subject | null = before;
  if (tokens[i]!.normal.endsWith('ing')) {
    // "…, saying that …", "… by saying …": the participle's subject is the sentence's.
    if (tokens[i - 1]?.value !== ',' && !PARTICIPLE_LEADS.has(tokens[i - 1]?.normal ?? '')) return null;
    subject = sentenceSubject(tokens, s);
  } else if (!subject && (tokens[i - 1]?.normal === 'and' || tokens[i - 1]?.normal === 'but')) {
    subject = sentenceSubject(tokens, s);
  }
  if (!subject) return null;
  // "declined to say", "did not say": no statement was made.
  const prev = tokens[subject.end] && subject.end < i ? tokens[i - 1]! : null;
  if (prev && (prev.normal === 'to' || prev.normal === 'not' || prev.normal === "n't")) return null;
  // "a rule change that he said would make it harder …": the relative clause is what was said.
  const relative = RELATIVES.has(tokens[subject.first - 1]?.normal ?? '') && /^(AUX|VERB)$/.test(tokens[i + 1]?.pos ?? '');
  const from = relative ? i + 1 : contentStart(tokens, i, lemma, last);
  if (from === null) return null;
  let end = nestedCueStart(tokens, from, last) ?? clauseEnd(tokens, from, last);
  // A quotation opened in the content runs to its closing mark, past the sentence if need be.
  if (insideQuote[end - 1]) {
    while (end < tokens.length && end < from + 400 && insideQuote[end]) end++;
    if (tokens[end] && isQuoteMark(tokens[end]!.value)) end++;
  }
  if (end - from < MIN_CONTENT_TOKENS || !hasVerb(tokens, from, end)) return null;
  return reported(tokens, [from, end], null, cue, subject);
}

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
  const listenerStart = k;
  if ((TAKES_LISTENER.has(lemma) || lemma === 'ask') && tokens[k]?.normal !== 'that') {
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
        if (t.pos === 'DET' && !inName && k > start && /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos)) break;
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
  // A short phrase before "that": "said in a statement that", "said on Monday that".
  for (let j = k; j <= last && j < k + 12; j++) {
    const t = tokens[j]!;
    if (t.normal === 'that' && (t.pos === 'SCONJ' || t.pos === 'DET' || t.pos === 'PRON')) {
      return tokens[j + 1] ? j + 1 : null;
    }
    if (((t.pos === 'VERB' || t.pos === 'AUX') && !isNameWord(tokens, j)) || t.value === '.' || isQuoteMark(t.value) || t.value === ':') break;
  }
  if (lemma === 'ask') {
    // "asked (Sanders) whether …": an optional listener, then the question.
    for (let q = k; q <= last && q < k + 5; q++) if (QUESTION_OPENERS.has(tokens[q]!.normal)) return q;
    return null;
  }
  // "said on Friday he met …", "said Wednesday night the …": a time adjunct before the clause.
  for (let j = k; j <= last && j < k + 4; j++) {
    if (!TIME_NOUNS.has(tokens[j]!.normal)) continue;
    const after = tokens[j + 1]?.value === ',' ? j + 2 : j + 1;
    if (tokens[after] && (tokens[after]!.pos === 'PRON' || tokens[after]!.pos === 'DET' || tokens[after]!.pos === 'PROPN') && verbWithin(tokens, after + 1, 6)) return after;
    break;
  }
  // Without "that", these verbs take a clause only when a subject pronoun and its verb follow:
  // "announced it would …", never "announced a plan".
  if (NEEDS_THAT.has(lemma)) {
    return SUBJECT_PRONOUNS.has(tokens[k]?.normal ?? '') && verbWithin(tokens, k + 1, 4) ? k : null;
  }
  const first = tokens[k];
  // A quotation mark may open the clause (Obama said “it gets me mad” every time …): the direct
  // pass has already taken the quotes that stand alone.
  if (first && isQuoteMark(first.value)) return tokens[k + 1] && /^\p{Ll}/u.test(tokens[k + 1]!.value) ? k : null;
  // A gerund may open the clause: "says expanding the monument will protect …".
  if (first?.pos === 'VERB' && first.normal.endsWith('ing') && first.normal !== 'saying' && verbWithin(tokens, k + 2, 8)) return k;
  if (!first || !CLAUSE_OPENERS.has(first.pos) || NOT_CONTENT.has(first.normal)) return null;
  return k;
}

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
    if (tokens[comma]?.value !== ',' || last - comma < MIN_CONTENT_TOKENS) return null;
    return reported(tokens, [comma + 1, last + 1], null, cue, source);
  }
  const contentEnd = tokens[i - 1]!.value === ',' ? i - 1 : i;
  if (contentEnd - s.firstToken < MIN_CONTENT_TOKENS || !hasVerb(tokens, s.firstToken, contentEnd)) return null;
  return reported(tokens, [s.firstToken, contentEnd], null, cue, source);
}

/** "According to police/VERB, …": wink mistags the source; take the words up to the comma. */
function phraseBeforeComma(tokens: readonly Token[], from: number, last: number): Subject | null {
  for (let k = from + 1; k <= last + 1 && k < from + 10; k++) {
    if (k === last + 1 || tokens[k]!.value === ',') return { first: from, end: k, kind: 'description', head: tokens[k - 1]!.normal, roles: [] };
  }
  return null;
}

function reported(tokens: readonly Token[], a: [number, number], b: [number, number] | null, cue: Candidate['cue'], subject: Subject): Candidate {
  const parts: Span[] = [a, b].filter((p): p is [number, number] => p !== null && p[1] > p[0]).map(([first, end]) => ({
    start: tokens[first]!.start,
    end: tokens[end - 1]!.end,
  }));
  return { kind: 'indirect', parts, cue, subject, inherits: false };
}

/**
 * Where reported content ends before the sentence does: at "and warned …" or ", adding …" (a
 * second cue, its own statement), or at a sentence boundary wink missed after a closing mark.
 */
export function clauseEnd(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from + 1; k <= last; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (COORDINATORS.has(t.normal) && next) {
      // "… and warned …", "…, but noted that …", "…, though she noted …", "…, adding that …"
      let c = k + 1;
      if (tokens[c]!.normal === 'also' || SUBJECT_PRONOUNS.has(tokens[c]!.normal)) c++;
      if (cueLemma(tokens, c) && (t.value !== ',' || tokens[c]!.normal.endsWith('ing') || tokens[c + 1]?.normal === 'that')) {
        return tokens[k - 1]?.value === ',' ? k - 1 : k;
      }
    }
    if ((t.value === '.' || t.value === '?' || t.value === '!') && next && /^\p{Lu}/u.test(next.value)) return k;
    if (isQuoteMark(t.value) && /[.?!]/.test(tokens[k - 1]!.value) && next && /^\p{Lu}/u.test(next.value)) return k + 1;
  }
  return last + 1;
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
    const nounish = t.pos === 'VERB' && k > from && /^(DET|ADJ|NOUN)$/.test(tokens[k - 1]!.pos);
    if ((t.pos === 'VERB' && !nounish) || t.pos === 'AUX' || t.value === ',' || t.value === ';' || isQuoteMark(t.value)) {
      // "…, he said, adding that …" and "…, said Smith, a professor at …" stop here.
      return t.value === ',' ? k : null;
    }
  }
  return last + 1;
}

/** The last token of the sentence that is not closing punctuation. */
function lastContentToken(tokens: readonly Token[], s: Sentence): number {
  let last = s.endToken - 1;
  while (last > s.firstToken && (tokens[last]!.pos === 'PUNCT' || tokens[last]!.pos === 'SPACE')) last--;
  return last;
}

/** After "X said," the sentence goes on with the rest of the statement, not a participle or relative clause. */
function resumesClause(tokens: readonly Token[], from: number, last: number): boolean {
  const first = tokens[from];
  if (!first || first.normal.endsWith('ing') || first.normal === 'who' || first.normal === 'which' || first.pos === 'DET' && tokens[from + 1]?.pos === 'NOUN' && !hasVerb(tokens, from, last + 1)) return false;
  return last + 1 - from >= 3 && hasVerb(tokens, from, last + 1);
}

function verbWithin(tokens: readonly Token[], from: number, n: number): boolean {
  for (let k = from; k < tokens.length && k < from + n; k++) {
    const t = tokens[k]!;
    if (t.value === ',' || t.value === '.') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

function hasVerb(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/**
 * wink sometimes ends a sentence inside a name's abbreviation ("Sen. David Perdue (R-Ga.) | said
 * he …"): a cue that opens its sentence takes its subject from the end of the one before.
 */
function subjectAcrossSplit(tokens: readonly Token[], s: Sentence, i: number): Subject | null {
  if (i !== s.firstToken || i === 0) return null;
  const prev = tokens[i - 1]!;
  if (prev.value !== ')' && !/^[A-Z][a-z]?\.$/.test(prev.value)) return null;
  let floor = i - 1;
  while (floor > 0 && tokens[floor - 1]!.sentence === prev.sentence) floor--;
  return subjectBefore(tokens, i, floor);
}


/** A reported clause that is mostly a direct quote already found is left to that quote. */
function coversQuote(part: Span, tokens: readonly Token[], direct: Uint8Array): boolean {
  let inside = 0;
  let total = 0;
  for (let k = tokenAt(tokens, part.start); k < tokens.length && tokens[k]!.end <= part.end; k++) {
    total++;
    if (direct[k]) inside++;
  }
  return total > 0 && inside / total > 0.6;
}
