import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bcubed, digest, pairScores } from '../../index.js';
import { describeFsError } from '../../io/inputs.js';
import { UserError, type CliContext } from '../context.js';
import { collectItems } from './digest.js';

const HELP = `
Digests FOLDER as \`precis digest\` does and scores its stories against --stories (a TSV of
file<TAB>story, such as ECB+'s events) with BCubed precision, recall and F1 over articles
(Bagga & Baldwin 1998). With --copies (file<TAB>original: each copy and the file it copies),
also the pair precision and recall of copy detection. Files are matched by their path under
FOLDER (or their file name).

Examples:
  $ precis eval digest --stories ../shared/corpora/ecbplus-dev/stories.tsv ../shared/corpora/ecbplus-dev/articles
  $ precis eval digest --stories stories.tsv --copies copies.tsv --json folder/`;

interface Flags {
  stories: string;
  copies?: string;
  json?: boolean;
}

async function readTsv(ctx: CliContext, file: string): Promise<[string, string][]> {
  let text: string;
  try {
    text = await readFile(path.resolve(ctx.cwd, file), 'utf8');
  } catch (error) {
    throw new UserError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  const rows = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t') as [string, string]);
  if (rows.some((r) => r.length < 2)) throw new UserError(`${file}: expected two tab-separated columns on every line`);
  // A header row names the columns; its second cell is no file of the folder.
  return rows.filter((r, i) => !(i === 0 && (r[0] === 'file' || r[0] === 'copy')));
}

const pct = (x: number) => Math.round(x * 1000) / 10;

/** `precis eval digest --stories FILE.tsv [--copies FILE.tsv] FOLDER` */
export function evalDigestCommand(ctx: CliContext): Command {
  return new Command('digest')
    .description('score story grouping (BCubed) and copy detection (pair P/R) on an annotated folder')
    .argument('<folder>', 'the annotated articles')
    .requiredOption('--stories <file>', 'TSV: file<TAB>story')
    .option('--copies <file>', 'TSV: copy<TAB>original')
    .option('--json', 'print the scores as JSON')
    .addHelpText('after', HELP)
    .action(async (folder: string, flags: Flags) => {
      const gold = await readTsv(ctx, flags.stories);
      if (gold.length === 0) throw new UserError(`${flags.stories}: no stories in it (expected file<TAB>story lines)`);
      const copies = flags.copies === undefined ? undefined : await readTsv(ctx, flags.copies);
      const root = path.resolve(ctx.cwd, folder);
      const started = performance.now();
      const items = await collectItems(ctx, [folder], {});
      const stories = digest(items);
      const seconds = (performance.now() - started) / 1000;
      const known = new Set(gold.map(([f]) => f));
      // The gold file's name for a source: its path under the folder, else its file name.
      const nameOf = (source: string) => {
        const relative = path.relative(root, path.resolve(ctx.cwd, source)).split(path.sep).join('/');
        return known.has(relative) ? relative : path.basename(source);
      };
      const predicted = new Map(stories.flatMap((s) => s.articles.map((a) => [nameOf(a.source), s.story] as const)));
      // Scores of nothing against nothing would read as a grouping that failed, not as the wrong folder or file.
      if (!gold.some(([file]) => predicted.has(file)))
        throw new UserError(`none of the ${gold.length} files named in ${flags.stories} is among the articles read from ${folder}`);
      const score = bcubed(predicted, new Map(gold));
      const result: Record<string, unknown> = {
        folder,
        articles: items.length,
        stories: stories.length,
        goldStories: new Set(gold.map(([, s]) => s)).size,
        seconds: Math.round(seconds * 100) / 100,
        bcubed: { precision: pct(score.precision), recall: pct(score.recall), f1: pct(score.f1) },
      };
      if (copies) {
        const found = stories.flatMap((s) =>
          s.articles
            .filter((a) => a.duplicateOf === null)
            .map((o) => [o.source, ...s.articles.filter((a) => a.duplicateOf === o.source).map((a) => a.source)].map(nameOf)),
        );
        const groups = new Map<string, string[]>();
        for (const [copy, original] of copies) groups.set(original, [...(groups.get(original) ?? [original]), copy]);
        const pairs = pairScores(found, [...groups.values()]);
        result.copies = { precision: pct(pairs.precision), recall: pct(pairs.recall), predictedPairs: pairs.predicted, goldPairs: pairs.gold };
      }
      if (flags.json) ctx.stdout.write(JSON.stringify(result) + '\n');
      else {
        const b = result.bcubed as { precision: number; recall: number; f1: number };
        let out = `${items.length} articles, ${stories.length} stories found (${result.goldStories} annotated), ${seconds.toFixed(1)} s\nstories  BCubed P ${b.precision.toFixed(1)}  R ${b.recall.toFixed(1)}  F1 ${b.f1.toFixed(1)}\n`;
        if (result.copies) {
          const c = result.copies as { precision: number; recall: number; predictedPairs: number; goldPairs: number };
          out += `copies   pair P ${c.precision.toFixed(1)}  R ${c.recall.toFixed(1)}  (${c.predictedPairs} pairs found, ${c.goldPairs} annotated)\n`;
        }
        ctx.stdout.write(out);
      }
    });
}
