import type { ParsedArticle, Token } from '../types.js';
import { sentenceFrom, sentenceStart, tokenAtIn, trimEdges, type Candidate } from './candidate.js';
import { looksLikeTitle } from './marks.js';
import type { QuotedSpan } from './quoted-span.js';
import { participleSubject } from './participle-subjects.js';
import { subjectBefore } from './phrases.js';
import { clauseEnd, lastContentToken } from './clause.js';
import { isQuoteMark } from './text.js';
import { isDash } from './dashes.js';
import { indefiniteList } from './writer-asides.js';
import { PASSIVE_BE } from './clause-words.js';
import { namingParticiple } from './naming-participle.js';

/**
 * Verbs that put someone's words in marks without a speech verb: "Clinton called half of his
 * supporters “deplorables”", "Trump is promising “jobs, jobs, jobs”". PolNeAR annotates these as
 * attributions (about a tenth of its quote-mark contents that no speech verb governs).
 */
const NAMING_VERBS = new Set([
  'call',
  'calls',
  'called',
  'calling',
  'describe',
  'describes',
  'described',
  'describing',
  'dub',
  'dubbed',
  'label',
  'labels',
  'labeled',
  'labelled',
  'brand',
  'branded',
  'term',
  'termed',
  'promise',
  'promises',
  'promised',
  'promising',
  'pledge',
  'pledged',
  'pledges',
  'vow',
  'vowed',
  'vows',
  'accuse',
  'accused',
  'accuses',
  'accusing',
  'blame',
  'blamed',
  'blames',
  'urge',
  'urged',
  'urges',
  'chant',
  'chanted',
  'chanting',
  'shout',
  'shouted',
  'praise',
  'praised',
  'slam',
  'slammed',
  'blast',
  'blasted',
  'denounce',
  'denounced',
  'decry',
  'decried',
  'deride',
  'derided',
  'mock',
  'mocked',
  'dismiss',
  'dismissed',
  'hail',
  'hailed',
]);

/** How far before the marks the governing verb may stand. */
const REACH = 12;

/**
 * A quoted fragment inside a sentence with no cue of its own, governed by a naming verb whose
 * subject is found: the content runs from after the verb to the closing mark. Fragments with no
 * such verb and subject are scare quotes or titles and stay out.
 */
export function findPartialQuotes(parsed: ParsedArticle, spans: readonly QuotedSpan[], taken: Uint8Array, starts: Int32Array): Candidate[] {
  const { tokens } = parsed;
  const out: Candidate[] = [];
  for (const span of spans) {
    // A title in marks after "called" (a report called “The Future of the Harbour”) is no quote.
    if (span.parts.length !== 1 || looksLikeTitle(parsed.article.text, span.parts)) continue;
    const open = tokenAtIn(starts, span.open);
    if (open >= tokens.length || taken[open + 1]) continue;
    const verb = governingVerb(tokens, open);
    if (verb < 0 || passiveNaming(tokens, verb) || namingParticiple(tokens, verb, open)) continue;
    const floor = sentenceStart(tokens, verb);
    // "Roe went after the plan, calling it “…”": a participle after a comma has the sentence's
    // subject (or that of a cue before it), never the phrase before its comma.
    const subject =
      tokens[verb - 1]?.value === ',' && tokens[verb]!.normal.endsWith('ing')
        ? participleSubject(tokens, sentenceFrom(tokens, floor, verb), verb)
        : subjectBefore(tokens, verb, floor);
    if (!subject) continue;
    // ("Roe called — “a costly mistake” — the plan": no edge mark before the words; the end is a
    // closing mark or a word, namingEnd cutting at the marks after it.)
    const [first] = trimEdges(tokens, verb + 1, open + 1);
    out.push({
      kind: 'indirect',
      parts: [{ start: tokens[first]!.start, end: namingEnd(tokens, starts, span.close, verb) }],
      cue: { first: verb, end: verb + 1 },
      subject,
      inherits: false,
    });
  }
  return out;
}

/**
 * Where the naming's content ends: at the closing mark, unless a phrase goes on from it without a
 * comma ("called the plan “a disaster” for the town", "a “liar” who was not …"): PolNeAR then takes
 * what was said to the end of the clause.
 */
function namingEnd(tokens: readonly Token[], starts: Int32Array, close: number, verb: number): number {
  let k = tokenAtIn(starts, close);
  while (k < tokens.length && isQuoteMark(tokens[k]!.value)) k++;
  let inside = k - 1;
  while (inside > verb && isQuoteMark(tokens[inside]!.value)) inside--;
  const last = lastContentToken(tokens, sentenceFrom(tokens, verb, verb));
  // (A comma inside the closing mark ends it: "“self-deportation,” which is …" is the writer's;
  // not a list of namings: "a “disgrace,” a “scandal,” and a “shame”" runs on to its last item.)
  if (tokens[inside]!.value === ',') {
    if (!indefiniteList(tokens, inside, last)) return close;
    k = lastItem(tokens, inside, last);
  }
  const next = tokens[k];
  if (!next || next.sentence !== tokens[verb]!.sentence || next.value !== next.normal) return close;
  // "… “meritless” and “improper”", "… a “cheap trick” and a “clumsy way …”": a second naming.
  const second =
    (next.normal === 'and' || next.normal === 'or') &&
    (isQuoteMark(tokens[k + 1]?.value ?? '') || (tokens[k + 1]?.pos === 'DET' && isQuoteMark(tokens[k + 2]?.value ?? '')));
  if (!second && !GOES_ON.has(next.normal)) return close;
  let end = clauseEnd(tokens, k, last, false, tokens[verb]);
  // Only the phrase itself: a comma or dash after it is the sentence going on ("Roe, who has described
  // the port as a “scar” on the coast, has said …").
  let marks = 0;
  for (let j = k + 1; j < end; j++) {
    if (tokens[j]!.value === ',' || tokens[j]!.value === ';' || isDash(tokens[j]!.value)) end = j;
    else if (isQuoteMark(tokens[j]!.value)) marks++;
  }
  // A second phrase in marks keeps its closing mark, and the stop inside it: "… over “this badly
  // needed measure”", "… and a “shame.”".
  if (marks % 2 === 1 && STOPS.has(tokens[end]?.value ?? '') && isQuoteMark(tokens[end + 1]?.value ?? '')) end++;
  if (marks % 2 === 1 && isQuoteMark(tokens[end]?.value ?? '')) end++;
  return tokens[end - 1]!.end;
}

/** The "and"/"or" before the last item of the list of namings whose first comma is at `comma`. */
function lastItem(tokens: readonly Token[], comma: number, last: number): number {
  let j = comma + 1;
  while (j < last && !((tokens[j]!.normal === 'and' || tokens[j]!.normal === 'or') && tokens[j + 1]?.pos === 'DET')) j++;
  return j;
}

const STOPS = new Set(['.', '!', '?']);

/** Words that carry a naming on past its closing mark. */
const GOES_ON = new Set(['for', 'on', 'to', 'over', 'than', 'about', 'with', 'amid', 'amidst', 'because', 'that', 'who', 'which', 'toward', 'towards', 'from']);

/** The naming verb before the marks at token `open`, with no other verb or clause break between. */
function governingVerb(tokens: readonly Token[], open: number): number {
  const sentence = tokens[open]!.sentence;
  for (let k = open - 1; k >= 0 && k > open - REACH; k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.value === ',' || t.value === ';' || t.value === ':') return -1;
    if (NAMING_VERBS.has(t.normal) && (t.pos === 'VERB' || t.pos === 'NOUN')) return k;
    // Another verb between (a speech verb's content is reported speech, found elsewhere).
    if (t.pos === 'VERB') return -1;
  }
  return -1;
}

/**
 * "The plan has been called “a gamble” by critics", "is described as a “landmark”": in the passive
 * the subject is the thing named, not whoever named it.
 */
function passiveNaming(tokens: readonly Token[], verb: number): boolean {
  if (!tokens[verb]!.normal.endsWith('ed')) return false;
  let k = verb - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  return PASSIVE_BE.has(tokens[k]?.normal ?? '');
}
