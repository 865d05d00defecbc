import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cleanArticle, extractEntities, junkNames, parseArticle } from '../../index.js';
import { decodeText } from '../../io/decode.js';
import { describeFsError } from '../../io/inputs.js';
import { UserError, type CliContext } from '../context.js';

/** Article files under `at`, sorted; cnndm's `*.highlights.txt` references are not articles. */
function articleFiles(at: string): string[] {
  if (!statSync(at).isDirectory()) return [at];
  return readdirSync(at, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) =>
      e.isDirectory()
        ? articleFiles(path.join(at, e.name))
        : e.isFile() && /\.(txt|md)$/i.test(e.name) && !e.name.endsWith('.highlights.txt')
          ? [path.join(at, e.name)]
          : [],
    );
}

/**
 * `precis eval entities --junk FOLDER`: the share of articles whose entities hold a junk
 * name (see core/eval/junk.ts), and the most frequent junk names.
 */
export function junkScan(ctx: CliContext, folder: string, json: boolean): void {
  let files: string[];
  try {
    files = articleFiles(path.resolve(ctx.cwd, folder));
  } catch (error) {
    throw new UserError(`cannot read ${folder}: ${describeFsError(error)}`);
  }
  if (files.length === 0) throw new UserError(`${folder}: no article files (.txt, .md)`);
  let affected = 0;
  const counts = new Map<string, number>();
  for (const file of files) {
    const parsed = parseArticle(cleanArticle(decodeText(readFileSync(file))));
    const junk = junkNames(extractEntities(parsed), parsed);
    if (junk.length > 0) affected++;
    for (const j of junk) counts.set(j, (counts.get(j) ?? 0) + 1);
  }
  const percent = Math.round((10000 * affected) / files.length) / 100;
  const byReason = new Map<string, number>();
  for (const [name, n] of counts) {
    const reason = name.slice(name.lastIndexOf('(') + 1, -1); // "TYPE name (reason)"
    byReason.set(reason, (byReason.get(reason) ?? 0) + n);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20);
  if (json) {
    ctx.stdout.write(
      `${JSON.stringify({ folder, articles: files.length, withJunk: affected, percent, percentClean: round2(100 - percent), byReason: Object.fromEntries(byReason), top: top.map(([name, articles]) => ({ name, articles })) })}\n`,
    );
    return;
  }
  ctx.stdout.write(
    `${files.length} articles, ${affected} with a junk name (${percent.toFixed(2)}%); junk names by reason: ${[...byReason].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}\n`,
  );
  for (const [name, n] of top) ctx.stdout.write(`${String(n).padStart(6)}  ${name}\n`);
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
