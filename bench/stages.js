// Where the time of one analysis goes, stage by stage, on one thread over FOLDER, through
// the built library (dist/). Prints JSON: milliseconds per stage, for the first (cold) pass,
// or with `--rounds N` the fastest of N passes (warm: compiled code, filled caches).
// Usage: node bench/stages.js FOLDER [--rounds N]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { articleStats, cleanArticle, extractEntities, extractQuotes, parseArticle, summarize } from '../dist/index.js';
import { articleFiles } from './walk.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '1' } } });
const files = await articleFiles(positionals[0]);
const STAGES = ['read', 'clean', 'parse', 'entities', 'quotes', 'summary', 'stats', 'json'];
const best = Object.fromEntries(STAGES.map((s) => [s, Infinity]));

parseArticle(cleanArticle('Warm up. The model loads here, not in the first article.'));
for (let round = 0; round < Number(values.rounds); round++) {
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0]));
  let last = performance.now();
  const lap = (stage) => {
    const now = performance.now();
    ms[stage] += now - last;
    last = now;
  };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    lap('read');
    const article = cleanArticle(text);
    lap('clean');
    const parsed = parseArticle(article);
    lap('parse');
    const entities = extractEntities(parsed);
    lap('entities');
    const quotes = extractQuotes(parsed, entities);
    lap('quotes');
    const summary = summarize(parsed);
    lap('summary');
    const stats = articleStats(parsed);
    lap('stats');
    JSON.stringify({ article, entities, quotes, summary, stats });
    lap('json');
  }
  for (const s of STAGES) best[s] = Math.min(best[s], ms[s]);
}
process.stdout.write(JSON.stringify(Object.fromEntries(STAGES.map((s) => [s, Math.round(best[s])]))) + '\n');
