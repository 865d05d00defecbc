// Where the entity tagger's cost on the user's path goes (docs/performance.md): in one process,
// rounds take turns over three passes of the articles, each parsing every article and then
//   parse:  doing nothing more,
//   tag:    extracting its entities at once, as analyze() does (the parse young and alive),
//   tagold: extracting the entities of another article parsed long before (the new parse dead),
// and counts the garbage collections that fall in each pass (perf_hooks 'gc' entries, by their
// start time; durations are pauses on the main thread, not the helper threads' CPU).
// Times are CPU time, medians per article. Usage: npm run build && node bench/entities-gc.js FOLDER [--rounds N]
// Try it with node --max-semi-space-size=64 too: four times fewer scavenges.
import { readFileSync } from 'node:fs';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { cleanArticle, extractEntities, parseArticle } from '../dist/index.js';
import { articleFiles } from './walk.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '7' } } });
if (!positionals[0]) {
  process.stderr.write('usage: node bench/entities-gc.js FOLDER [--rounds N]\n');
  process.exit(2);
}
const articles = (await articleFiles(positionals[0])).map((f) => cleanArticle(readFileSync(f, 'utf8')));
const old = articles.map((a) => parseArticle(a));
for (const p of old) extractEntities(p); // warms the tagger up
const n = articles.length;
const rounds = Number(values.rounds);
const modes = ['parse', 'tag', 'tagold'];
const stats = Object.fromEntries(modes.map((m) => [m, { parse: [], tag: [], total: [], minor: 0, minorMs: 0, major: 0, majorMs: 0 }]));
const collections = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push(e);
}).observe({ entryTypes: ['gc'] });
const windows = [];
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const tick = () => new Promise((resolve) => setImmediate(resolve));
for (let round = 0; round < rounds; round++) {
  for (const mode of modes) {
    await tick();
    const from = performance.now();
    const started = cpuMs();
    let parse = 0;
    let tag = 0;
    for (let i = 0; i < n; i++) {
      const before = cpuMs();
      const p = parseArticle(articles[i]);
      const between = cpuMs();
      if (mode === 'tag') extractEntities(p);
      else if (mode === 'tagold') extractEntities(old[(i + (n >> 1)) % n]);
      parse += between - before;
      tag += cpuMs() - between;
    }
    stats[mode].total.push(cpuMs() - started);
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
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
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
