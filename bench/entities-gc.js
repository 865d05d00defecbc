// Where the entity tagger's cost on the user's path goes (docs/performance.md): in one process,
// rounds take turns over three passes of the articles, each parsing every article and then
//   parse:  doing nothing more,
//   tag:    extracting its entities at once, as analyze() does (the parse young and alive),
//   tagold: extracting the entities of another article parsed long before (the new parse dead),
// and counts the garbage collections that fall in each pass (perf_hooks 'gc' entries, by their
// start time; durations are pauses on the main thread, not the helper threads' CPU).
// Times are CPU time, medians per article. Usage: npm run build && node bench/entities-gc.js FOLDER [--rounds N]
// Try it with node --max-semi-space-size=64 too: four times fewer scavenges.
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { extractEntities, parseArticle } from '../dist/index.js';
import { benchArgs, cleanedArticles, median, parseThen } from './entity-rounds.js';

const { rounds, positionals } = benchArgs('node bench/entities-gc.js FOLDER [--rounds N]');
const articles = await cleanedArticles(positionals[0]);
const old = articles.map((a) => parseArticle(a));
for (const p of old) extractEntities(p); // warms the tagger up
const n = articles.length;
const modes = ['parse', 'tag', 'tagold'];
/** What each pass runs after each parse. */
const after = {
  parse: () => {},
  tag: (p) => extractEntities(p),
  tagold: (_, i) => extractEntities(old[(i + (n >> 1)) % n]),
};
const stats = Object.fromEntries(modes.map((m) => [m, { parse: [], tag: [], total: [], minor: 0, minorMs: 0, major: 0, majorMs: 0 }]));
const collections = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push(e);
}).observe({ entryTypes: ['gc'] });
const windows = [];
const tick = () => new Promise((resolve) => setImmediate(resolve));
for (let round = 0; round < rounds; round++) {
  for (const mode of modes) {
    await tick();
    const from = performance.now();
    const { parse, tag, total } = parseThen(articles, after[mode]);
    stats[mode].total.push(total);
    stats[mode].parse.push(parse);
    stats[mode].tag.push(tag);
    windows.push({ from, to: performance.now(), mode });
  }
}
await tick(); // the observer's entries arrive after the collections
for (const e of collections) {
  const w = windows.find((x) => e.startTime >= x.from && e.startTime < x.to);
  if (!w) continue;
  const s = stats[w.mode];
  if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) {
    s.minor++;
    s.minorMs += e.duration;
  } else {
    s.major++;
    s.majorMs += e.duration;
  }
}
const alone = median(stats.parse.total);
for (const mode of modes) {
  const s = stats[mode];
  process.stdout.write(
    `${JSON.stringify({
      mode,
      parseMsPerArticle: +(median(s.parse) / n).toFixed(3),
      extraMsPerArticle: +(median(s.tag) / n).toFixed(3),
      totalMsPerArticle: +(median(s.total) / n).toFixed(3),
      addedToParseAlone: `${((100 * (median(s.total) - alone)) / alone).toFixed(1)}%`,
      scavengesPerRound: +(s.minor / rounds).toFixed(1),
      scavengeMsPerArticle: +(s.minorMs / rounds / n).toFixed(4),
      majorGcsPerRound: +(s.major / rounds).toFixed(1),
      majorGcMsPerArticle: +(s.majorMs / rounds / n).toFixed(4),
    })}\n`,
  );
}
