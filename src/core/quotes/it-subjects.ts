import type { Entity, Sentence, Span, TextSpan, Token } from '../types.js';
import { describedBody } from './described-body.js';
import { splitWords } from './text.js';
import type { NameIndex } from './full-names.js';
import type { Antecedent, Body } from './pronouns.js';
import { measuredCompany } from './measured-companies.js';

/** Words that may open a sentence before its subject ("But the report …", "However, Acme …"). */
const OPENERS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so', 'however', 'meanwhile', 'still', ',']);

/** Documents a later "it" goes on with, named by the description itself ("report"). */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'statement',
  'study',
  'survey',
  'review',
  'inquiry',
  'audit',
  'analysis',
  'letter',
  'document',
  'memo',
  'ruling',
  'judgment',
  'filing',
  'paper',
  'newspaper',
  'magazine',
  'website',
  'motion',
  'bill',
  'petition',
]);

/**
 * Bodies news calls by their kind alone ("the government", "the court"), which stand as the
 * speaker's name when describedBody finds no organisation named before; other body nouns ("the
 * airline") go on with the body that spoke, as before.
 */
const KIND_NAMED_BODIES: ReadonlySet<string> = new Set([
  'government',
  'court',
  'council',
  'committee',
  'commission',
  'ministry',
  'department',
  'board',
  'authority',
  'regulator',
  'watchdog',
  'union',
  'charity',
  'group',
]);

/** The article as it-subject search reads it. */
export interface ItDoc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  /** Where the headline ends: a subject there is no antecedent. */
  readonly bodyStart: number;
}

/**
 * "The report, published by Acme on Monday, looked at … It said …", "Acme posted a loss. It said
 * …": a document or body that is the subject of the pronoun's sentence, or of the sentence before
 * when the pronoun opens its own (or the words before it are what was said, `excluded`), is the
 * center "it" goes on with (centering theory, Grosz, Joshi and Weinstein 1995: the subject ranks
 * first), though it never spoke, when it stands after the latest body that spoke, which "it" would
 * otherwise take. An organisation named (or, for a description, the organisation it stands for,
 * describedBody) or the description itself ("report"). Null when that subject is a person, a place
 * or anything else: the pronoun then goes to the body that spoke, or stays unresolved.
 */
export function itSubjectBefore(names: NameIndex, doc: ItDoc, span: TextSpan, sentence: number, excluded: Span, bodies: readonly Body[]): Antecedent | null {
  // (People who spoke, "analysts said", are no "it": the thing before them still is.)
  const latest = bodies.findLast((b) => b.at < span.start && !b.people)?.at ?? -1;
  const own = subjectStart(doc, sentence);
  const said = own >= excluded.start && own < excluded.end;
  let found = subjectThing(names, doc, sentence);
  if (said || opensClause(doc, sentence, span)) {
    found = sentence > 0 ? subjectThing(names, doc, sentence - 1) : 'other';
    // (A person is no "it": the document that person tabled or published ranks next, "Pell tabled a
    // motion. It argues …".)
    if (found === 'other' && sentence > 0) found = objectDocument(doc, sentence - 1);
  } else if (found !== 'other' && found.at >= span.start) return null;
  if (found === 'other' || found.at <= latest || found.at < doc.bodyStart) return null;
  return { name: found.name, mentions: [span, ...found.mentions] };
}

/** A document or body opening a sentence: its name, where its phrase starts, and its mentions. */
interface Thing {
  readonly name: string;
  readonly at: number;
  readonly mentions: TextSpan[];
}

/** The first token of sentence `n` past its openers. */
function subjectToken(doc: ItDoc, n: number): number {
  const s = doc.sentences[n]!;
  let k = s.firstToken;
  while (k < s.endToken - 1 && OPENERS.has(doc.tokens[k]!.normal)) k++;
  return k;
}

const subjectStart = (doc: ItDoc, n: number): number => doc.tokens[subjectToken(doc, n)]!.start;

/**
 * The pronoun at `span` is its sentence's subject: it opens the sentence, or follows an opening
 * adjunct and its comma ("Last week, it denied …", "While it predicts a fall, it said …": a
 * phrase with no verb, or one a subordinating conjunction or preposition opens).
 */
function opensClause(doc: ItDoc, n: number, span: TextSpan): boolean {
  const { tokens } = doc;
  const k = subjectToken(doc, n);
  if (tokens[k]!.start === span.start) return true;
  let p = k;
  while (tokens[p + 1] && tokens[p + 1]!.start < span.start) p++;
  if (tokens[p]!.value !== ',') return false;
  if (/^(?:SCONJ|ADP)$/.test(tokens[k]!.pos)) return true;
  return !tokens.slice(k, p).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * The document that is the object of sentence `n`'s first verb: "tabled a motion …", "have published
 * the annual report …" (a determiner, then adjectives and nouns closing on a document noun), or 'other'.
 */
function objectDocument(doc: ItDoc, n: number): Thing | 'other' {
  const { text, tokens } = doc;
  const s = doc.sentences[n]!;
  let k = subjectToken(doc, n);
  while (k < s.endToken && tokens[k]!.pos !== 'VERB') k++;
  if (tokens[k + 1]?.pos !== 'DET') return 'other';
  let head = k + 2;
  while (head + 1 < s.endToken && /^(?:NOUN|ADJ)$/.test(tokens[head + 1]!.pos)) head++;
  if (tokens[head]?.pos !== 'NOUN' || !DOCUMENT_NOUNS.has(tokens[head]!.normal)) return 'other';
  const start = tokens[k + 2]!.start;
  const span = { text: text.slice(start, tokens[head]!.end), start, end: tokens[head]!.end };
  return { name: span.text, at: tokens[k + 1]!.start, mentions: [span] };
}

/** The document or body opening sentence `n` ("The report", "Acme Holdings"), or 'other' for any other subject. */
function subjectThing(names: NameIndex, doc: ItDoc, n: number): Thing | 'other' {
  const { text, tokens } = doc;
  const s = doc.sentences[n]!;
  const k = subjectToken(doc, n);
  const definite = tokens[k]!.normal === 'the';
  const first = definite ? k + 1 : k;
  if (first >= s.endToken) return 'other';
  let head = -1;
  for (let end = first; end < s.endToken && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[end]!.pos); end++) if (tokens[end]!.pos !== 'ADJ') head = end;
  if (head < 0) return 'other';
  const at = tokens[k]!.start;
  // ("Acme's shares fell 3%. It warned …": the company, not its shares.)
  const company = measuredCompany(names, tokens, first);
  if (company >= 0) {
    const full = names.fullOfRun(company);
    return { name: full, at, mentions: names.mentionsOf(full, null) };
  }
  const r = names.lastRunBefore(tokens[first]!.end);
  const run = r >= 0 ? names.runs[r] : undefined;
  if (run && run.start === tokens[first]!.start) {
    const full = names.fullOfRun(r);
    const nameWords = full.split(' ');
    let after = first;
    while (tokens[after] && (tokens[after]!.start < run.end || nameWords.includes(tokens[after]!.value))) after++;
    // ("Harbour Works posted …": an organisation named, closing its phrase: not "The Harbour Go
    // service …", nor a possessor, "Keane's album …"; a person or place opening the sentence is no "it".)
    // ("The Harbour Trust report …" goes on to its head noun below.)
    const next = tokens[after]?.value ?? '';
    if (/^\p{Lu}/u.test(next) || /^['’]/.test(next)) return 'other';
    if (tokens[after]?.pos !== 'NOUN') return names.isOrganization(full) ? { name: full, at, mentions: names.mentionsOf(full, null) } : 'other';
  }
  const noun = tokens[head]!.pos === 'NOUN' ? tokens[head]!.normal : '';
  if (!definite || !noun || /^['’]/.test(tokens[head + 1]?.value ?? '')) return 'other';
  const organisation = describedBody(doc.entities, splitWords(text.slice(at, tokens[head]!.end)), noun, tokens[first]!.start, doc.bodyStart);
  if (!organisation && !DOCUMENT_NOUNS.has(noun) && !KIND_NAMED_BODIES.has(noun)) return 'other';
  const start = tokens[first]!.start;
  const span = { text: text.slice(start, tokens[head]!.end), start, end: tokens[head]!.end };
  return { name: organisation ?? span.text, at, mentions: organisation ? [span, ...names.mentionsOf(organisation, null)] : [span] };
}
