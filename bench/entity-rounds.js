// What the entity benches (entities.js, entities-gc.js, entities-ab.js) share: their arguments,
// the cleaned articles of a folder, CPU time (process.cpuUsage: on a shared machine, wall time
// mostly measures the other processes), medians, and the pass that parses each article and
// then runs the tagging step on it, the two timed apart. Needs `npm run build`.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cleanArticle, parseArticle } from '../dist/index.js';
import { articleFiles } from './walk.js';

/**
 * The positional arguments, --rounds (default 7) and any of a bench's own `options` (parseArgs'
 * form); with fewer than `count` positionals or a --rounds that is no positive whole number,
 * `usage` and exit 2.
 */
export function benchArgs(usage, count = 1, options = {}) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '7' }, ...options } });
  const rounds = Number(values.rounds);
  // (A round count that is no positive whole number would run no round and print NaN medians.)
  if (positionals.length < count || !Number.isInteger(rounds) || rounds < 1) {
    process.stderr.write(`usage: ${usage}\n`);
    process.exit(2);
  }
  return { rounds, positionals, values };
}

/** The article files under `folder`, as precis finds them, cleaned as analyze() cleans them. */
export async function cleanedArticles(folder) {
  return (await articleFiles(folder)).map((f) => cleanArticle(readFileSync(f, 'utf8')));
}

/** This process's CPU time so far, in milliseconds. */
export function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * One pass over `articles`: each parsed, then `after(parse, i)` run at once, as analyze() runs
 * the tagger; CPU milliseconds of the parses, of the `after` steps, and of the whole pass.
 */
export function parseThen(articles, after) {
  const started = cpuMs();
  let parse = 0;
  let tag = 0;
  for (let i = 0; i < articles.length; i++) {
    const before = cpuMs();
    const p = parseArticle(articles[i]);
    const between = cpuMs();
    after(p, i);
    parse += between - before;
    tag += cpuMs() - between;
  }
  return { parse, tag, total: cpuMs() - started };
}
