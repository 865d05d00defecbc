import type { Sentence, Token } from '../types.js';
import { cueLemma, indirectCandidate, type Candidate } from './candidate.js';
import { clauseEnd, hasVerb, lastContentToken, MIN_CONTENT_TOKENS, statementStart } from './clause.js';
import { SOURCE_ASIDE_OPENERS } from './clause-words.js';
import { withPlural } from './speaker-nouns.js';
import { type Subject } from './noun-phrases.js';
import { subjectAfter } from './forward-phrases.js';
import { isQuoteMark, pastMarks } from './text.js';

/** "According to X, …" / "…, according to X." */
export function accordingTo(tokens: readonly Token[], s: Sentence, i: number, insideQuote: Uint8Array): Candidate | null {
  const last = lastContentToken(tokens, s);
  const cue = { first: i, end: i + 2 };
  const source = subjectAfter(tokens, i + 2, last + 1) ?? phraseBeforeComma(tokens, i + 2, last);
  if (!source) return null;
  // ("It has not gone unnoticed: according to recent polls, …": a colon or semicolon opens a clause of its own.)
  let lead = s.firstToken;
  for (let k = i - 1; k > s.firstToken; k--) if (tokens[k]!.value === ':' || tokens[k]!.value === ';') lead = Math.max(lead, k + 1);
  // ("(According to the police, …)": an aside in brackets opens the same way.)
  while (lead < i && (tokens[lead]!.pos === 'ADV' || tokens[lead]!.pos === 'CCONJ' || tokens[lead]!.value === ',' || tokens[lead]!.value === '(')) lead++;
  if (lead === i) {
    let comma = source.end;
    while (comma <= last && comma < source.end + 25 && tokens[comma]!.value !== ',') comma++;
    // "According to Mr Roe, who runs the shop, the …", "According to Ann Vale, writing in the Gazette, the …":
    // the relative clause or participle on the source is no part of what it says, which starts
    // after the comma or colon closing it ("According to Ann Vale, writing in the Gazette: …").
    if (tokens[comma]?.value === ',' && sourceAside(tokens[comma + 1])) {
      let next = comma + 1;
      while (next <= last && next < comma + 30 && tokens[next]!.value !== ',' && tokens[next]!.value !== ':') next++;
      const closed = tokens[next]?.value === ',' || tokens[next]?.value === ':';
      // ("According to police, fleeing suspects crashed the van": an -ing word that opens a clause, a
      // finite verb after it or no comma closing it, is what was said, not an aside on the source.)
      if (SOURCE_ASIDE_OPENERS.has(tokens[comma + 1]!.normal)) {
        if (!closed) return null;
        comma = next;
      } else if (closed && !finiteVerbIn(tokens, comma + 2, next)) comma = next;
    }
    // (The statement follows the source's comma, or the colon closing its aside.)
    if ((tokens[comma]?.value !== ',' && tokens[comma]?.value !== ':') || last - comma < MIN_CONTENT_TOKENS) return null;
    // ("…, 300 sailings were lost; according to Roe, the figure is higher": the next source's clause
    // ends this one's. A semicolon alone does not: it also joins one source's facts or a list.)
    let end = comma + 1;
    while (end <= last && !(tokens[end]!.value === ';' && tokens[end + 1]?.normal === 'according' && tokens[end + 2]?.normal === 'to')) end++;
    return indirectCandidate(tokens, [comma + 1, Math.max(end, quoteEnd(tokens, comma + 1, insideQuote))], null, cue, source);
  }
  // ("The work went according to plan", "That is according to the rules": with no comma before it,
  // a plan or rule the deed follows is a manner, no source.)
  if (tokens[i - 1]!.value !== ',' && MANNER_NOUNS.has(source.head)) return null;
  // "That's according to a new poll.", "That's according to police.": the pronoun stands for what
  // the sentence before said (a manner, "That is according to plan", is left out above).
  if (i === s.firstToken + 2 && DEMONSTRATIVES.has(tokens[s.firstToken]!.normal) && COPULAS.has(tokens[i - 1]!.normal)) {
    return indirectCandidate(tokens, [s.firstToken, s.firstToken + 1], null, cue, source);
  }
  const contentEnd = tokens[i - 1]!.value === ',' ? i - 1 : i;
  // "Since May, according to X, prices have fallen …": the source is an aside inside the statement.
  // ("Politico reported, according to …, that …" is the outer cue's, not this one's.)
  if (contentEnd === i - 1 && source.kind !== 'pronoun' && !hasCue(tokens, s.firstToken, contentEnd)) {
    const aside = commaAfter(tokens, source.end, last);
    let comma = aside;
    // "according to Dennis Ross, another former envoy, was …": step over the source's apposition.
    for (let n = 0; comma !== null && n < 2; n++) {
      const next = commaAfter(tokens, comma + 1, last);
      if (next === null || next - comma > 12) break;
      comma = next;
    }
    if (comma !== null && !resumesStatement(tokens, comma + 1, last)) comma = null;
    // ("Harbour Co receives, according to one report, $2 million in contracts": the aside parts a verb from its object.)
    if (comma === null && aside !== null && objectAfterAside(tokens, s.firstToken, contentEnd, aside + 1, last, source)) comma = aside;
    if (comma !== null) {
      return indirectCandidate(
        tokens,
        [statementStart(tokens, s.firstToken, contentEnd), contentEnd],
        [comma + 1, clauseEnd(tokens, comma + 1, last)],
        cue,
        source,
      );
    }
  }
  if (contentEnd - s.firstToken < MIN_CONTENT_TOKENS || !hasVerb(tokens, s.firstToken, contentEnd)) return null;
  return indirectCandidate(tokens, [statementStart(tokens, s.firstToken, contentEnd), contentEnd], null, cue, source);
}

/**
 * "According to the Gazette, “A. B. C.”": what follows the comma in marks runs to the closing
 * mark, past the sentence ends inside it. The token after the quote's closing mark, or -1 when no
 * quote opens at token `open`.
 */
function quoteEnd(tokens: readonly Token[], open: number, insideQuote: Uint8Array): number {
  let k = pastMarks(tokens, open);
  if (k === open || !insideQuote[k]) return -1;
  while (k < tokens.length && insideQuote[k] && k < open + QUOTE_REACH) k++;
  return pastMarks(tokens, k);
}
/** Quotes run long; a pairing gone wrong should not carry the statement over a whole article. */
const QUOTE_REACH = 400;

function hasCue(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (cueLemma(tokens, k)) return true;
  return false;
}

/** The comma closing the source ("according to Ms. Roe, a lawyer who …,"), or null. */
function commaAfter(tokens: readonly Token[], from: number, last: number): number | null {
  for (let k = from; k <= last && k < from + 25; k++) {
    const t = tokens[k]!;
    if (t.value === ',') return k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === '.' || isQuoteMark(t.value)) return null;
  }
  return null;
}

/** After the aside the statement goes on: a verb within it, and no relative clause or participle. */
function resumesStatement(tokens: readonly Token[], from: number, last: number): boolean {
  const first = tokens[from];
  if (
    !first ||
    last + 1 - from < MIN_CONTENT_TOKENS ||
    SOURCE_ASIDE_OPENERS.has(first.normal) ||
    NOT_RESUMING.has(first.normal) ||
    first.normal.endsWith('ing')
  )
    return false;
  return hasVerb(tokens, from, Math.min(last + 1, from + 8));
}

/**
 * The clause before the aside ends on its finite verb ("The firm receives, according to …,") and
 * a noun phrase or an amount follows the aside: the verb's object.
 */
function objectAfterAside(tokens: readonly Token[], first: number, contentEnd: number, from: number, last: number, source: Subject): boolean {
  const verb = tokens[contentEnd - 1];
  if (!verb || verb.pos !== 'VERB' || verb.normal.endsWith('ing') || contentEnd - first < 2 || !OBJECT_SUBJECTS.has(tokens[contentEnd - 2]!.pos)) return false;
  const next = tokens[from];
  if (!next || last + 1 - from < MIN_CONTENT_TOKENS || !OBJECT_OPENERS.has(next.pos) || NOT_RESUMING.has(next.normal) || SOURCE_ASIDE_OPENERS.has(next.normal))
    return false;
  // (After a name a noun phrase is its apposition: "The toll rose, according to Ann Vale, the port's chief."
  // An amount is no one's apposition.)
  return source.kind !== 'name' || next.pos === 'NUM' || next.pos === 'SYM';
}

const OBJECT_SUBJECTS = new Set(['NOUN', 'PROPN', 'PRON']);
const OBJECT_OPENERS = new Set(['SYM', 'NUM', 'DET', 'NOUN', 'ADJ']);
const DEMONSTRATIVES = new Set(['that', 'this']);
/** What a deed goes "according to" when it conforms to it: a manner, not someone's account. */
const MANNER_NOUNS: ReadonlySet<string> = new Set(
  ['plan', 'schedule', 'rule', 'law', 'script', 'tradition', 'custom', 'protocol', 'guideline', 'regulation', 'instruction', 'procedure', 'design'].flatMap(
    withPlural,
  ),
);
const COPULAS = new Set(["'s", '’s', 'is', 'was']);

/** A relative pronoun or a participle ("writing in the Gazette") opening a phrase on the source. */
function sourceAside(t: Token | undefined): boolean {
  return !!t && (SOURCE_ASIDE_OPENERS.has(t.normal) || (t.pos === 'VERB' && t.normal.endsWith('ing')));
}

/** A verb other than a participle in tokens [from, end): "crashed", "are"; not "released", "named" after a noun. */
function finiteVerbIn(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && !(t.normal.endsWith('ed') && tokens[k - 1]?.pos === 'NOUN'))) return true;
  }
  return false;
}

/** Words after the source's comma that start an apposition or the writer's aside, not the statement. */
const NOT_RESUMING = new Set(['a', 'an', 'one', 'compared', 'although', 'though', 'where', 'when', 'as']);

/**
 * "According to police/VERB, …": wink mistags the source; take the words up to the comma (a
 * comma inside marks is the title's: "according to Roe's ''The Fixers, Vol. 2'' and others,"),
 * as long as they read as one noun phrase.
 */
function phraseBeforeComma(tokens: readonly Token[], from: number, last: number): Subject | null {
  let inside = false;
  for (let k = from + 1; k <= last + 1 && k < from + 16; k++) {
    if (k === last + 1 || (tokens[k]!.value === ',' && !inside)) return { first: from, end: k, kind: 'description', head: tokens[k - 1]!.normal, roles: [] };
    if (isQuoteMark(tokens[k]!.value) && !isQuoteMark(tokens[k - 1]!.value)) inside = !inside;
    // ("according to the firm Technorati the number of blogs, …": a determiner after a noun opens what
    // was said, unless a name follows it in apposition: "analysts the Radicati Group".)
    if (tokens[k]!.pos === 'DET' && NOUN_POS.has(tokens[k - 1]!.pos) && !/^\p{Lu}/u.test(tokens[k + 1]?.value ?? '')) return null;
  }
  return null;
}

const NOUN_POS = new Set(['PROPN', 'NOUN']);
