import { statSync } from 'node:fs';
import path from 'node:path';
import { cleanArticle, extractEntities, junkNames, parseArticle } from '../../index.js';
import { listFiles } from '../../io/eval-pairs.js';
import { describeFsError } from '../../io/inputs.js';
import { readArticle, ReadError } from '../../io/read-article.js';
import { BRIEF_NAMES, briefNames } from '../../render/brief.js';
import { ExitCode, UserError, type CliContext } from '../context.js';

/** Article files under `at`, sorted; cnndm's `*.highlights.txt` references are not articles. */
function articleFiles(at: string): string[] {
  if (!statSync(at).isDirectory()) return [at];
  return listFiles(at).filter((f) => /\.(txt|md)$/i.test(f) && !f.endsWith('.highlights.txt'));
}

/**
 * `precis eval entities --junk FOLDER`: the share of articles whose entities hold a junk
 * name (see core/eval/junk.ts), and the share whose brief shows one (the names the terminal
 * brief lists: the first BRIEF_NAMES people, organisations and places); the most frequent
 * junk names; with --json, every article's junk names too.
 */
export async function junkScan(ctx: CliContext, folder: string, json: boolean): Promise<void> {
  let files: string[];
  const root = path.resolve(ctx.cwd, folder);
  try {
    files = articleFiles(root);
  } catch (error) {
    throw new UserError(`cannot read ${folder}: ${describeFsError(error)}`);
  }
  if (files.length === 0) throw new UserError(`${folder}: no article files (.txt, .md)`);
  let affected = 0;
  let briefsAffected = 0;
  const counts = new Map<string, number>();
  const hits: { file: string; junk: string[]; inBrief: string[] }[] = [];
  let scanned = 0;
  for (const file of files) {
    let article;
    try {
      // Read as every command reads (decoding, size limit, what an empty or binary file is).
      article = await readArticle({ kind: 'file', path: file, source: path.join(folder, path.relative(root, file)) }, ctx.stdin);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      // An empty, binary or vanished file is one line, as for every command, and the scan goes on.
      ctx.stderr.write(`precis: ${error.message}\n`);
      ctx.exitCode = ExitCode.someInputFailed;
      continue;
    }
    scanned++;
    const parsed = parseArticle(cleanArticle(article.text, { markdown: article.markdown }));
    const entities = extractEntities(parsed);
    const junk = junkNames(entities, parsed);
    if (junk.length === 0) continue;
    const inBrief = junkNames(
      briefNames({ entities }, BRIEF_NAMES).flatMap((g) => g.list),
      parsed,
    );
    affected++;
    if (inBrief.length > 0) briefsAffected++;
    for (const j of junk) counts.set(j, (counts.get(j) ?? 0) + 1);
    hits.push({ file: path.relative(root, file) || path.basename(file), junk, inBrief });
  }
  // (Every file unreadable: no share to give, each has had its line.)
  if (scanned === 0) throw new UserError(`${folder}: no article could be read`);
  const percent = percentOf(affected, scanned);
  const briefPercent = percentOf(briefsAffected, scanned);
  const byReason = new Map<string, number>();
  for (const [name, n] of counts) {
    const reason = name.slice(name.lastIndexOf('(') + 1, -1); // "TYPE name (reason)"
    byReason.set(reason, (byReason.get(reason) ?? 0) + n);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20);
  if (json) {
    const figures = { articles: scanned, withJunk: affected, percent, percentClean: round2(100 - percent) };
    const briefs = { briefsWithJunk: briefsAffected, briefPercent, percentBriefsClean: round2(100 - briefPercent) };
    const topNames = top.map(([name, articles]) => ({ name, articles }));
    ctx.stdout.write(`${JSON.stringify({ folder, ...figures, ...briefs, byReason: Object.fromEntries(byReason), top: topNames, hits })}\n`);
    return;
  }
  ctx.stdout.write(
    `${scanned} articles, ${affected} with a junk name (${percent.toFixed(2)}%), ${briefsAffected} whose brief shows one (${briefPercent.toFixed(2)}%); junk names by reason: ${[...byReason].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}\n`,
  );
  for (const [name, n] of top) ctx.stdout.write(`${String(n).padStart(6)}  ${name}\n`);
}

function percentOf(part: number, whole: number): number {
  return Math.round((10000 * part) / whole) / 100;
}

/** `x` rounded to two decimals, as the eval commands print figures. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
