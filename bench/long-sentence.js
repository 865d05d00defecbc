// Time of each stage on one unbroken sentence (no full stop) of growing length, to show whether
// a stage grows faster than its input. The sentence is made up: seeded random words, names,
// commas and verbs of saying, as a badly extracted page might run on. CPU milliseconds (this
// thread), through the built library (dist/).
// Usage: node bench/long-sentence.js [--kb 200,400,800]
import { parseArgs } from 'node:util';
import { cleanArticle, extractEntities, extractQuotes, parseArticle } from '../dist/index.js';
import { seededRandom } from './seeded-random.js';

const { values } = parseArgs({ options: { kb: { type: 'string', default: '200,400,800' } } });
const WORDS = (
  'the council said , that Mina Calder and the river board would meet in Tarn on Monday , ' +
  'while officials in Kelsland argued about the bridge cost and the mayor told reporters'
).split(' ');

function sentence(kb) {
  const random = seededRandom(kb);
  const words = [];
  for (let length = 0; length < kb * 1000; length += words.at(-1).length + 1) words.push(WORDS[Math.floor(random() * WORDS.length)]);
  return words.join(' ') + '\n';
}

const cpuMs = (since) => {
  const { user, system } = process.cpuUsage(since);
  return Math.round((user + system) / 1000);
};

parseArticle(cleanArticle('Warm up. The model loads here, not in the first input.'));
for (const kb of values.kb.split(',').map(Number)) {
  const text = sentence(kb);
  let start = process.cpuUsage();
  const parsed = parseArticle(cleanArticle(text));
  const parse = cpuMs(start);
  start = process.cpuUsage();
  const entities = extractEntities(parsed);
  const entityMs = cpuMs(start);
  start = process.cpuUsage();
  extractQuotes(parsed, entities);
  console.log(JSON.stringify({ kb, parseMs: parse, entitiesMs: entityMs, quotesMs: cpuMs(start) }));
}
