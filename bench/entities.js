// The entity tagger's speed bar (issue 4): tagging may add at most 30% to the time wink-nlp
// takes to parse the same articles. On one thread, through the built library (dist/), the
// user's path: each article is parsed (parseArticle) and its entities extracted
// (extractEntities: the tagger plus grouping) right after, as analyze() does, the two parts
// timed apart; several rounds, medians of the per-round totals reported. Tagging the parse
// just made is what users get: wink's token objects are still in cache, but the parse is young
// and alive while the tagger allocates (the earlier bench tagged parses made long before, all
// kept, and gave a lower figure: docs/performance.md gives both). As the split between the
// parts can depend on where garbage collections fall, each round
// also parses every article alone: `addedToParseAlone` is the parse-and-tag pass's time
// beyond that parse-only pass, what turning entities on costs a run.
// Times are CPU time (process.cpuUsage): on a shared machine, wall time mostly measures the
// other processes. The model's load time: bench/model-load.js, in a fresh process.
// Usage: npm run build && node bench/entities.js FOLDER [--rounds N]
import { extractEntities, parseArticle } from '../dist/index.js';
import { benchArgs, cleanedArticles, cpuMs, median, parseThen } from './entity-rounds.js';

const { rounds, positionals } = benchArgs('node bench/entities.js FOLDER [--rounds N]');
const articles = await cleanedArticles(positionals[0]);
let tokens = 0;
for (const a of articles) {
  const p = parseArticle(a); // warms wink up
  extractEntities(p); // and the tagger (its model loads here)
  tokens += p.tokens.length;
}
const parseMs = [];
const tagMs = [];
const aloneMs = [];
for (let round = 0; round < rounds; round++) {
  const started = cpuMs();
  for (const a of articles) parseArticle(a);
  aloneMs.push(cpuMs() - started);
  const pass = parseThen(articles, (p) => extractEntities(p));
  parseMs.push(pass.parse);
  tagMs.push(pass.tag);
}
const n = articles.length;
const parse = median(parseMs);
const tag = median(tagMs);
const alone = median(aloneMs);
process.stdout.write(
  `${JSON.stringify({
    articles: n,
    tokens,
    parseMsPerArticle: +(parse / n).toFixed(3),
    entitiesMsPerArticle: +(tag / n).toFixed(3),
    addedToParse: `${((100 * tag) / parse).toFixed(1)}%`,
    parseAloneMsPerArticle: +(alone / n).toFixed(3),
    addedToParseAlone: `${((100 * (median(parseMs.map((p, r) => p + tagMs[r])) - alone)) / alone).toFixed(1)}%`,
  })}\n`,
);
