// node bench/digest-scale.js [N...]: how `digest` (grouping, copies, story view: everything after
// the per-article analysis) scales with the number of articles, on synthetic records: stories of
// 1 to 12 articles, each article 250 words drawn from a Zipf-distributed common vocabulary and
// its story's own rare words and names, one in ten articles a re-post of another. Prints the
// time per 1,000 articles at each size: flat means linear.
import { digest, digestItem, Vocabulary } from '../dist/index.js';
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

function records(n) {
  const out = [];
  let story = 0;
  while (out.length < n) {
    story++;
    const size = 1 + Math.floor(random() * random() * 12);
    const own = Array.from({ length: 40 }, (_, k) => word(1e6 + story * 50 + k));
    const names = Array.from({ length: 4 }, (_, k) => `Na${word(story * 5 + k)} Ke${word(story * 7 + k)}`);
    for (let a = 0; a < size && out.length < n; a++) {
      if (out.length > 0 && random() < 0.1) {
        const original = out[Math.floor(random() * out.length)];
        out.push({ ...original, source: `s${out.length}.txt`, text: `Advertisement.\n\n${original.text}` });
        continue;
      }
      const words = Array.from({ length: 250 }, () => (random() < 0.25 ? own[Math.floor(random() * own.length)] : word(zipf())));
      const sentences = [];
      for (let i = 0; i < words.length; i += 25) sentences.push(words.slice(i, i + 25).join(' ') + '.');
      const text = sentences.join(' ');
      const entities = names.map((name) => ({ name, type: 'PERSON', count: 1 + Math.floor(random() * 3), mentions: [] }));
      const summary = sentences.slice(0, 3).map((s, index) => ({ index, start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s }));
      out.push({
        source: `s${out.length}.txt`,
        title: sentences[0],
        byline: null,
        date: null,
        text,
        blocks: [],
        stats: { words: 250, sentences: 10, readingMinutes: 1 },
        summary,
        quotes: [],
        entities,
      });
    }
  }
  return out;
}

process.stdout.write('digest scaling (synthetic records; the analysis before it is not timed)\n');
for (const n of sizes) {
  const input = records(n);
  const vocabulary = new Vocabulary();
  // CPU seconds of this thread, not wall time: the figure should not depend on the machine's load.
  const cpu = () => process.cpuUsage().user / 1e6;
  const started = cpu();
  const items = input.map((r) => digestItem(r, vocabulary));
  input.length = 0;
  const featured = cpu();
  const stories = digest(items, vocabulary);
  const done = cpu();
  const perK = ((done - started) / n) * 1000;
  process.stdout.write(
    `  ${String(n).padStart(7)} articles: features ${(featured - started).toFixed(1)} s, grouping and stories ${(done - featured).toFixed(1)} s (CPU); ${perK.toFixed(2)} s per 1,000 articles; ${stories.length} stories; heap ${Math.round(process.memoryUsage().heapUsed / 1048576)} MiB\n`,
  );
}
