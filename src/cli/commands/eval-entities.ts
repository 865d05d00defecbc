import { Command, InvalidArgumentError } from 'commander';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  alignMentions,
  analyze,
  parseConll,
  renderConllArticle,
  scoreSpans,
  selectSentences,
  tagDocument,
  type ConllDocument,
  type ConllScore,
  type TypeScore,
} from '../../index.js';
import { decodeText } from '../../io/decode.js';
import { describeFsError } from '../../io/inputs.js';
import { ExitCode, UserError, type CliContext } from '../context.js';
import { junkScan, round2 } from './eval-junk.js';

const HELP = `
Tags every sentence of a CoNLL-2003 file (token POS chunk NER, IOB1 or IOB2) with precis's own
tagger, document by document, and scores people (PER), organisations (ORG) and places (LOC)
the conlleval way: an entity counts only when its exact span and type match. MISC is ignored.
The row "any type" counts exact spans whatever their type.
Two figures: "in-process" tags CoNLL's own tokens; "end to end" renders each document as an
article (one paragraph per sentence, detokenised), runs the full analysis a user gets
(cleaning, parsing, tagging, grouping) and aligns the names back to the gold tokens.
--sentences A-B scores only sentences A to B of the file (from 1, across documents), e.g.
the news half of UNER's English PUD (1-500), which has no document ids in CoNLL format.
Exits with code 1 when --min-f1 is given and the overall F1 falls below it (--conll only).
With --junk FOLDER instead: the share of articles in FOLDER whose names include junk (a
title such as "Mr", "I'm", a holiday, a month as an organisation, or a one-word name
wink-nlp reads as an ordinary word), and the most frequent junk names.

Examples:
  $ precis eval entities --conll ../shared/corpora/conll2003/dev.txt
  $ precis eval entities --conll dev.txt --json --min-f1 88
  $ precis eval entities --conll ../shared/corpora/ner-extra/uner-pud/test.txt --sentences 1-500
  $ precis eval entities --junk ../shared/corpora/bbc-dev/articles`;

interface Flags {
  conll?: string;
  junk?: string;
  json?: boolean;
  minF1?: number;
  sentences?: SentenceRange;
}

interface SentenceRange {
  readonly from: number;
  readonly to: number;
}

function sentenceRange(value: string): SentenceRange {
  const m = /^(\d+)-(\d+)$/.exec(value);
  const [from, to] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (from < 1 || to < from) throw new InvalidArgumentError('expected a range of sentences from 1, such as 1-500.');
  return { from, to };
}

function percentage(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('expected an F1 between 0 and 100, such as 85.');
  return n;
}

/** `precis eval entities --conll FILE [--json] [--min-f1 N]` */
export function evalEntitiesCommand(ctx: CliContext): Command {
  return new Command('entities')
    .description('score the people/organisation/place tagger on a CoNLL-2003 file (exact-span P/R/F1)')
    .option('--conll <file>', 'CoNLL-2003 file to tag and score')
    .option('--junk <folder>', 'instead: the share of articles in the folder with a junk name')
    .option('--json', 'print the scores as JSON')
    .option('--min-f1 <n>', 'exit 1 when overall F1 (0-100) is below n', percentage)
    .option('--sentences <A-B>', 'score only sentences A to B of the --conll file (from 1)', sentenceRange)
    .addHelpText('after', HELP)
    .action(async (flags: Flags) => {
      if ((flags.conll === undefined) === (flags.junk === undefined)) throw new UserError('give one of --conll FILE or --junk FOLDER', ExitCode.usage);
      if (flags.junk !== undefined) {
        // The junk scan has no F1: a floor on it would be ignored, so it is refused instead.
        if (flags.sentences !== undefined) throw new UserError('--sentences applies to --conll only', ExitCode.usage);
        if (flags.minF1 !== undefined) throw new UserError('--min-f1 applies to --conll only (--junk reports shares of articles, not an F1)', ExitCode.usage);
        return junkScan(ctx, flags.junk, flags.json ?? false);
      }
      const conll = flags.conll!;
      const file = path.resolve(ctx.cwd, conll);
      let text: string;
      try {
        // Decoded as article files are, so a binary is refused in words, not shown as a CoNLL tag.
        text = decodeText(await readFile(file));
      } catch (error) {
        throw new UserError(`cannot read ${conll}: ${describeFsError(error)}`);
      }
      let docs;
      try {
        docs = parseConll(text);
      } catch (error) {
        throw new UserError(`${conll}: ${(error as Error).message}`);
      }
      if (docs.length === 0) throw new UserError(`${conll}: no sentences in CoNLL format`);
      if (flags.sentences) {
        docs = selectSentences(docs, flags.sentences.from, flags.sentences.to);
        if (docs.length === 0) throw new UserError(`${conll}: no sentences in ${flags.sentences.from}-${flags.sentences.to}`);
      }

      const started = performance.now();
      const score = scoreSpans(docs.map((d) => ({ gold: d.gold, predicted: tagDocument(d) })));
      const seconds = (performance.now() - started) / 1000;
      const endToEnd = scoreSpans(docs.map((d) => ({ gold: d.gold, predicted: analyzedNames(d) })));
      const tokens = docs.reduce((n, d) => n + d.words.length, 0);

      if (flags.json) {
        const round = (s: TypeScore) => ({ ...s, precision: round2(100 * s.precision), recall: round2(100 * s.recall), f1: round2(100 * s.f1) });
        const rounded = (c: ConllScore) => ({
          overall: round(c.overall),
          byType: Object.fromEntries(Object.entries(c.byType).map(([t, s]) => [t, round(s)])),
          untyped: round(c.untyped),
        });
        ctx.stdout.write(
          `${JSON.stringify({ file: conll, ...(flags.sentences ? { sentences: `${flags.sentences.from}-${flags.sentences.to}` } : {}), documents: docs.length, tokens, seconds: round2(seconds), ...rounded(score), endToEnd: rounded(endToEnd) })}\n`,
        );
      } else {
        ctx.stdout.write(formatTable(score, `${docs.length} documents, ${tokens} tokens, tagged in ${seconds.toFixed(2)} s (in-process: CoNLL's tokens)`));
        ctx.stdout.write(formatTable(endToEnd, '\nend to end (documents as article text through the full analysis)'));
      }
      if (flags.minF1 !== undefined && 100 * score.overall.f1 < flags.minF1) {
        ctx.stderr.write(`precis: overall F1 ${(100 * score.overall.f1).toFixed(2)} is below --min-f1 ${flags.minF1}\n`);
        ctx.exitCode = Math.max(ctx.exitCode, 1);
      }
    });
}

/** The names the full analysis finds in the document rendered as an article, as token spans. */
function analyzedNames(doc: ConllDocument) {
  const { text } = renderConllArticle(doc);
  const record = analyze(text, { parts: { summary: false, quotes: false, entities: true } });
  return alignMentions(doc, record.text, record.entities);
}

export function formatTable(score: ConllScore, caption: string): string {
  const row = (name: string, s: TypeScore) =>
    `${name.padEnd(8)}${[s.precision, s.recall, s.f1].map((x) => (100 * x).toFixed(2).padStart(10)).join('')}` +
    `${[s.gold, s.predicted, s.correct].map((x) => String(x).padStart(8)).join('')}\n`;
  let out =
    `${caption}\n${'type'.padEnd(8)}${['precision', 'recall', 'F1'].map((h) => h.padStart(10)).join('')}` +
    `${['gold', 'found', 'correct'].map((h) => h.padStart(8)).join('')}\n`;
  for (const [type, s] of Object.entries(score.byType)) out += row(type, s);
  // Exact spans whatever their type: for corpora typed to other guidelines (docs/entities.md).
  return out + row('overall', score.overall) + row('any type', score.untyped);
}
