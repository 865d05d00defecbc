// node bench/digest-scale.js [N...]: how `digest` (grouping, copies, story view: everything after
// the per-article analysis) scales with the number of articles, on synthetic records: stories of
// 1 to 12 articles, each article 250 words drawn from a Zipf-distributed common vocabulary and
// its story's own rare words and names, one in ten articles a re-post of another. Prints the
// time per 1,000 articles at each size: flat means linear.
import { articleFeatures, digest } from '../dist/index.js';
import { seededRandom } from './seeded-random.js';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(2000, 8000, 32000, 100000);

const random = seededRandom(7);
const word = (n) => {
  let s = '';
  do {
    s += 'bcdfghklmnprstvz'[n % 16] + 'aeiou'[Math.floor(n / 16) % 5];
    n = Math.floor(n / 80);
  } while (n > 0);
  return s + 'x';
};
const COMMON = 20000;
// Zipf: word rank r drawn with probability ~ 1/r.
const zipf = () => Math.floor(Math.exp(random() * Math.log(COMMON)));

/**
 * The records one at a time, as the batch's workers hand them over: the bench never holds more
 * than the last few hundred (the ones a re-post may copy), so its memory is the digest's own.
 */
function* records(n) {
  const recent = [];
  let story = 0;
  let made = 0;
  while (made < n) {
    story++;
    const size = 1 + Math.floor(random() * random() * 12);
    const own = Array.from({ length: 40 }, (_, k) => word(1e6 + story * 50 + k));
    const names = Array.from({ length: 4 }, (_, k) => `Na${word(story * 5 + k)} Ke${word(story * 7 + k)}`);
    for (let a = 0; a < size && made < n; a++, made++) {
      if (recent.length > 0 && random() < 0.1) {
        const original = recent[Math.floor(random() * recent.length)];
        yield { ...original, source: `s${made}.txt`, text: `Advertisement.\n\n${original.text}` };
        continue;
      }
      const words = Array.from({ length: 250 }, () => (random() < 0.25 ? own[Math.floor(random() * own.length)] : word(zipf())));
      const sentences = [];
      for (let i = 0; i < words.length; i += 25) sentences.push(words.slice(i, i + 25).join(' ') + '.');
      const text = sentences.join(' ');
      const entities = names.map((name) => ({ name, type: 'PERSON', count: 1 + Math.floor(random() * 3), mentions: [] }));
      const summary = sentences.slice(0, 3).map((s, index) => ({ index, start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s }));
      const record = {
        source: `s${made}.txt`,
        title: sentences[0],
        byline: null,
        date: null,
        text,
        blocks: [],
        stats: { words: 250, sentences: 10, readingMinutes: 1 },
        summary,
        quotes: [],
        entities,
      };
      recent.push(record);
      if (recent.length > 500) recent.shift();
      yield record;
    }
  }
}

process.stdout.write('digest scaling (synthetic records; the analysis before it is not timed)\n');
for (const n of sizes) {
  // CPU seconds of this thread, not wall time: the figure should not depend on the machine's load.
  const cpu = () => process.cpuUsage().user / 1e6;
  const started = cpu();
  const wallStarted = performance.now();
  const items = [];
  for (const record of records(n)) items.push(articleFeatures(record));
  const featured = cpu();
  const stories = digest(items);
  const done = cpu();
  const perK = ((done - started) / n) * 1000;
  const wall = (performance.now() - wallStarted) / 1000;
  process.stdout.write(
    `  ${String(n).padStart(7)} articles: features ${(featured - started).toFixed(1)} s, grouping and stories ${(done - featured).toFixed(1)} s (CPU); ${perK.toFixed(2)} s per 1,000 articles; wall ${wall.toFixed(1)} s; ${stories.length} stories; heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MiB, peak RSS so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB\n`,
  );
}
