// Where the time of one analysis goes, stage by stage, on one thread over FOLDER, through
// the built library (dist/). Prints JSON: milliseconds per stage. Usage: node bench/stages.js FOLDER
import { readFileSync } from 'node:fs';
import { articleStats, cleanArticle, extractEntities, extractQuotes, parseArticle, summarize } from '../dist/index.js';
import { articleFiles } from './walk.js';

const ms = { read: 0, clean: 0, parse: 0, entities: 0, quotes: 0, summary: 0, stats: 0, json: 0 };
let last = performance.now();
const lap = (stage) => {
  const now = performance.now();
  ms[stage] += now - last;
  last = now;
};
parseArticle(cleanArticle('Warm up. The model loads here, not in the first article.'));
last = performance.now();
for (const file of await articleFiles(process.argv[2])) {
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
process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, Math.round(v)]))) + '\n');
