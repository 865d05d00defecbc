// Two builds' extractEntities against each other in one process, for changes too small for
// bench/entities.js to show on a shared machine: both builds tag the same pre-parsed articles
// in alternating chunks of 50 (so load changes hit both alike), CPU time, medians over rounds
// and the per-round ratio; also whether every article's entities are the same.
// With --fresh, each chunk is parsed again before it is tagged in every round, as on the user's
// path: what the tagger keeps per parse (fragment.ts's WeakMaps) is then made each time, where
// over parses kept for all rounds it is made once and its cost hidden.
// Usage: npm run build, with OTHER a copy of the package (package.json, models, dist, a link to node_modules) built at
// another commit: node bench/entities-ab.js OTHER FOLDER [--rounds N] [--fresh]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as ours from '../dist/index.js';
import { benchArgs, cleanedArticles, cpuMs, median } from './entity-rounds.js';

const { rounds, positionals, values } = benchArgs('node bench/entities-ab.js OTHER_PACKAGE_DIR FOLDER [--rounds N] [--fresh]', 2, {
  fresh: { type: 'boolean', default: false },
});
const other = await import(pathToFileURL(resolve(positionals[0], 'dist/index.js')).href);
const texts = await cleanedArticles(positionals[1]);
const parsed = texts.map((t) => ours.parseArticle(t));
let same = 0;
for (const p of parsed) if (JSON.stringify(other.extractEntities(p)) === JSON.stringify(ours.extractEntities(p))) same++;
const parse = [];
const theirs = [];
const mine = [];
for (let round = 0; round < rounds; round++) {
  let started = cpuMs();
  for (const t of texts) ours.parseArticle(t);
  parse.push(cpuMs() - started);
  let a = 0;
  let b = 0;
  for (let c = 0, k = round; c < parsed.length; c += 50, k++) {
    const chunk = values.fresh ? texts.slice(c, c + 50).map((t) => ours.parseArticle(t)) : parsed.slice(c, c + 50);
    for (const build of k % 2 ? [other, ours] : [ours, other]) {
      started = cpuMs();
      for (const p of chunk) build.extractEntities(p);
      if (build === ours) b += cpuMs() - started;
      else a += cpuMs() - started;
    }
  }
  theirs.push(a);
  mine.push(b);
}
const share = (xs) => `${((100 * median(xs)) / median(parse)).toFixed(1)}%`;
const ratios = mine.map((b, k) => b / theirs[k]);
process.stdout.write(
  `${JSON.stringify({
    articles: parsed.length,
    sameEntities: same,
    otherAddedToParse: share(theirs),
    thisAddedToParse: share(mine),
    thisOverOther: +median(ratios).toFixed(3),
    ratioRange: [+Math.min(...ratios).toFixed(3), +Math.max(...ratios).toFixed(3)],
  })}\n`,
);
