import { Command, Option } from 'commander';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  addCounts,
  analyze,
  belowFloors,
  emptyCounts,
  figuresOf,
  formatMiss,
  matchDocument,
  POLNEAR_FLOORS,
  polnearMisses,
  readPolnearJson,
  scoreDocument,
  type PolnearCounts,
  type PolnearError,
  type PolnearMiss,
  type PolnearFigures,
} from '../../index.js';
import { UserError, type CliContext } from '../context.js';

const HELP = `
Reads DIR/<split>/json/*.json (PolNeAR, first annotator; DIR may also be the split folder itself),
extracts quotes from each document's text and matches them to the annotated attributions.
A quote matches when its content and the annotated content each cover at least half of the other.
  precision        predicted quotes matching any attribution
  recall           attributions matched one-to-one: all, speech-verb cues, contents with a quote
                   mark (any cue), and speech-verb cues whose content holds a quote mark
  speaker          matched quotes whose annotated source is a name or description (not a pronoun)
                   and whose speaker shares a word with the head of that source
--misses lists the speech-verb attributions left unmatched, each with its cue, its source and the
predicted quote overlapping it most (with how much of each covers the other), after the figures.
--check sets exit code 1 when a figure is below the bar (precision 85%, speech recall 80%,
speech-with-quote-marks recall 90%, speaker accuracy 90%).

Examples:
  $ precis eval quotes --polnear ../shared/corpora/quotes-dev/polnear
  $ precis eval quotes --polnear ../shared/corpora/quotes-dev/polnear --split train --json
  $ precis eval quotes --polnear ../shared/corpora/quotes-dev/polnear --split train --errors | grep ^speaker
  $ precis eval quotes --polnear ../shared/corpora/quotes-dev/polnear --split train --misses`;

interface Flags {
  polnear: string;
  split: 'dev' | 'train';
  json?: boolean;
  check?: boolean;
  errors?: boolean;
  misses?: boolean;
}

/** `precis eval quotes --polnear DIR [--split dev|train] [--json] [--check]` */
export function evalQuotesCommand(ctx: CliContext): Command {
  return new Command('quotes')
    .description('score quote extraction against PolNeAR attributions (precision, recall, speaker accuracy)')
    .requiredOption('--polnear <dir>', 'the PolNeAR folder (holding dev/ and train/)')
    .addOption(new Option('--split <name>', 'which split to score').choices(['dev', 'train']).default('dev'))
    .option('--json', 'print the figures as JSON')
    .option('--check', 'exit with code 1 when a figure is below the bar')
    .option('--errors', 'also list each false quote and wrong speaker (document, our speaker, annotated source, text)')
    .option('--misses', 'also list the speech attributions missed, with the nearest quote found')
    .addHelpText('after', HELP)
    .action(async (flags: Flags) => {
      const found = jsonFolder(path.resolve(ctx.cwd, flags.polnear), flags.split);
      if (!found) throw new UserError(`--polnear ${flags.polnear}: no ${flags.split}/json folder of PolNeAR documents there`);
      const { folder, files } = found;

      let counts: PolnearCounts = emptyCounts();
      const errors: PolnearError[] | undefined = flags.errors ? [] : undefined;
      const misses: PolnearMiss[] | undefined = flags.misses ? [] : undefined;
      for (const file of files) {
        try {
          const doc = readPolnearJson(JSON.parse(readFileSync(path.join(folder, file), 'utf8')));
          const record = analyze(doc.text, { parts: { summary: false, quotes: true, entities: false } });
          const named = { ...doc, id: doc.id || file };
          const matching = matchDocument(named, record.quotes, record.text);
          counts = addCounts(counts, scoreDocument(named, record.quotes, record.text, errors, matching));
          misses?.push(...polnearMisses(named, matching));
        } catch (error) {
          ctx.exitCode = Math.max(ctx.exitCode, 1);
          ctx.stderr.write(`precis: ${file}: ${(error as Error).message}\n`);
        }
        // Yield between documents so Ctrl-C and progress stay responsive.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const figures = figuresOf(counts);
      const low = belowFloors(figures);
      if (flags.json)
        ctx.stdout.write(`${JSON.stringify({ split: flags.split, counts, figures, floors: POLNEAR_FLOORS, belowFloors: low, errors, misses })}\n`);
      else
        ctx.stdout.write(
          formatReport(flags.split, counts, figures) +
            (errors ? errors.map(formatError).join('') : '') +
            (misses ? misses.map((m) => `\n${formatMiss(m)}`).join('') : ''),
        );
      if (flags.check && low.length > 0) {
        ctx.stderr.write(`precis: below the bar: ${low.join(', ')}\n`);
        ctx.exitCode = Math.max(ctx.exitCode, 1);
      }
    });
}

/**
 * DIR/<split>/json, DIR/json (DIR is a split), or DIR itself: the first that holds .json files,
 * with those files sorted.
 */
function jsonFolder(dir: string, split: string): { folder: string; files: string[] } | null {
  for (const folder of [path.join(dir, split, 'json'), path.join(dir, 'json'), dir]) {
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
    const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
    if (files.length > 0) return { folder, files: files.sort() };
  }
  return null;
}

/** One error a line: kind, document, our speaker, the annotated source, the cue, the text. */
function formatError(e: PolnearError): string {
  return `${e.kind}\t${e.doc}\tours: ${e.speaker ?? '-'}${e.subject ? ` (from "${e.subject}")` : ''}\tgold: ${e.gold ?? '-'}\tcue: ${e.cue}\t${e.context}\n`;
}

function formatReport(split: string, c: PolnearCounts, f: PolnearFigures): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
  const row = (label: string, x: number, n: number, d: number, floor?: number) =>
    `${label.padEnd(33)}${pct(x)}  (${n}/${d})${floor ? `  floor ${(100 * floor).toFixed(0)}%` : ''}\n`;
  return (
    `PolNeAR ${split}: ${c.documents} documents, ${c.gold} attributions, ${c.predicted} predicted quotes\n` +
    row('precision', f.precision, c.predictedMatching, c.predicted, POLNEAR_FLOORS.precision) +
    row('recall, all', f.recall.all, c.goldMatched, c.gold) +
    row('recall, speech', f.recall.speech, c.speechMatched, c.speech, POLNEAR_FLOORS.recall.speech) +
    row('recall, direct (any cue)', f.recall.direct, c.directMatched, c.direct, POLNEAR_FLOORS.recall.direct) +
    row('recall, speech with quote marks', f.recall.speechDirect, c.speechDirectMatched, c.speechDirect, POLNEAR_FLOORS.recall.speechDirect) +
    row('speaker accuracy', f.speakerAccuracy, c.speakerRight, c.speakerJudged, POLNEAR_FLOORS.speakerAccuracy)
  );
}
