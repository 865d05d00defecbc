// The entity tagger's speed bar (issue 4): tagging may add at most 30% to the time wink-nlp
// takes to parse the same articles. On one thread, through the built library (dist/):
// wink parse alone (parseArticle) against extractEntities on those parses (the tagger plus
// grouping), interleaved over several rounds so machine noise hits both; medians reported.
// Times are CPU time (process.cpuUsage): on a shared machine, wall time mostly measures the
// other processes.
// Also the model's load time. Usage: npm run build && node bench/entities.js FOLDER [--rounds N]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cleanArticle, extractEntities, parseArticle } from '../dist/index.js';
import { getNerModel } from '../dist/core/entities/index.js';
import { articleFiles } from './walk.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '7' } } });
if (!positionals[0]) {
  process.stderr.write('usage: node bench/entities.js FOLDER [--rounds N]\n');
  process.exit(2);
}
let started = performance.now();
getNerModel();
const loadMs = performance.now() - started;

const articles = (await articleFiles(positionals[0])).map((f) => cleanArticle(readFileSync(f, 'utf8')));
const parsed = articles.map((a) => parseArticle(a)); // also warms wink up
for (const p of parsed) extractEntities(p); // and the tagger
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const parseMs = [];
const tagMs = [];
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
for (let round = 0; round < Number(values.rounds); round++) {
  started = cpuMs();
  for (const a of articles) parseArticle(a);
  parseMs.push(cpuMs() - started);
  started = cpuMs();
  for (const p of parsed) extractEntities(p);
  tagMs.push(cpuMs() - started);
}
const n = articles.length;
const tokens = parsed.reduce((sum, p) => sum + p.tokens.length, 0);
const parse = median(parseMs);
const tag = median(tagMs);
process.stdout.write(
  `${JSON.stringify({
    articles: n,
    tokens,
    modelLoadMs: +loadMs.toFixed(1),
    parseMsPerArticle: +(parse / n).toFixed(3),
    entitiesMsPerArticle: +(tag / n).toFixed(3),
    addedToParse: `${((100 * tag) / parse).toFixed(1)}%`,
  })}\n`,
);
