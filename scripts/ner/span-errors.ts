/**
 * The tagger's errors on a CoNLL-format file, one a line, for error analysis (which kinds of
 * names a model misses, before choosing a feature or data to add). Each gold name the tagger
 * did not find exactly, and each name it found that overlaps no gold name, with the words
 * around it. MISC is left out, as `precis eval entities` leaves it out of the scores.
 *
 *   npx tsx scripts/ner/span-errors.ts FILE [A-B] [--type ORG]
 *
 * A-B keeps sentences A to B (the proxy: uner-pud/test.txt 1-500). Prints the errors, then a
 * count per kind and gold type. In-process (CoNLL's tokens, with the repairs), as the first
 * figure of `eval entities`; uses the model in models/.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseConll, selectSentences, type ConllDocument } from '../../src/core/eval/conll.js';
import type { TokenSpan } from '../../src/core/entities/labels.js';

/** missed: no predicted span overlaps; mistyped: same span, other type; boundary: overlapped, not the same span; spurious: a predicted span overlapping no gold one. */
export type ErrorKind = 'missed' | 'mistyped' | 'boundary' | 'spurious';

export interface SpanError {
  readonly kind: ErrorKind;
  /** The gold type, or the predicted one for a spurious span. */
  readonly type: string;
  readonly text: string;
  /** What the tagger found over the gold span ("Hack Forums/PER"), empty when nothing. */
  readonly found: string;
  readonly context: string;
}

const scored = (s: TokenSpan) => s.type !== 'MISC';
const overlaps = (a: TokenSpan, b: TokenSpan) => a.start < b.end && b.start < a.end;

/** The errors of `predicted` against the document's gold spans (PER, ORG and LOC). */
export function spanErrors(doc: ConllDocument, predicted: readonly TokenSpan[]): SpanError[] {
  const gold = doc.gold.filter(scored);
  const found = predicted.filter(scored);
  const words = (s: TokenSpan) => doc.words.slice(s.start, s.end).join(' ');
  const context = (s: TokenSpan) => doc.words.slice(Math.max(0, s.start - 5), s.end + 5).join(' ');
  const errors: SpanError[] = [];
  for (const g of gold) {
    if (found.some((p) => p.start === g.start && p.end === g.end && p.type === g.type)) continue;
    const over = found.filter((p) => overlaps(p, g));
    const kind = over.length === 0 ? 'missed' : over.some((p) => p.start === g.start && p.end === g.end) ? 'mistyped' : 'boundary';
    errors.push({ kind, type: g.type, text: words(g), found: over.map((p) => `${words(p)}/${p.type}`).join(' | '), context: context(g) });
  }
  for (const p of found) if (!gold.some((g) => overlaps(p, g))) errors.push({ kind: 'spurious', type: p.type, text: words(p), found: '', context: context(p) });
  return errors;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const typeAt = args.indexOf('--type');
  const only = typeAt >= 0 ? args.splice(typeAt, 2)[1] : undefined;
  const [file, range] = args;
  if (!file) throw new Error('usage: npx tsx scripts/ner/span-errors.ts FILE [A-B] [--type ORG]');
  const { tagDocument } = await import('../../src/core/entities/index.js');
  let docs = parseConll(readFileSync(file, 'utf8'));
  if (range) {
    const [from, to] = range.split('-').map(Number);
    docs = selectSentences(docs, from!, to!);
  }
  const counts = new Map<string, number>();
  for (const d of docs)
    for (const e of spanErrors(d, tagDocument(d))) {
      if (only && e.type !== only) continue;
      process.stdout.write(`${e.kind}\t${e.type}\t${e.text}\t${e.found || '-'}\t«${e.context}»\n`);
      counts.set(`${e.kind} ${e.type}`, (counts.get(`${e.kind} ${e.type}`) ?? 0) + 1);
    }
  for (const [k, n] of [...counts].sort()) process.stdout.write(`# ${k}: ${n}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
