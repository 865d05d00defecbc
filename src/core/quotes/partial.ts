import type { ParsedArticle, Token } from '../types.js';
import { sentenceFrom, sentenceStart, tokenAtIn, type Candidate } from './candidate.js';
import { looksLikeTitle } from './marks.js';
import type { QuotedSpan } from './quoted-span.js';
import { participleSubject } from './distant-subjects.js';
import { subjectBefore } from './phrases.js';

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
    if (verb < 0) continue;
    const floor = sentenceStart(tokens, verb);
    // "Roe went after the plan, calling it “…”": a participle after a comma has the sentence's
    // subject (or that of a cue before it), never the phrase before its comma.
    const subject =
      tokens[verb - 1]?.value === ',' && tokens[verb]!.normal.endsWith('ing')
        ? participleSubject(tokens, sentenceFrom(tokens, floor, verb), verb)
        : subjectBefore(tokens, verb, floor);
    if (!subject) continue;
    out.push({
      kind: 'indirect',
      parts: [{ start: tokens[verb + 1]!.start, end: span.close }],
      cue: { first: verb, end: verb + 1 },
      subject,
      inherits: false,
    });
  }
  return out;
}

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
