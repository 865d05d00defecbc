#!/usr/bin/env node
// How often `precis digest` puts unrelated articles in one story: random sets of bbc-dev articles,
// each from a different category (so each a story of its own), each set digested as a folder of its
// own; prints how many sets had a story of two or more articles.
// Usage: node scripts/unrelated-sets.mjs BBC_ARTICLES_DIR [--sets N] [--size K] [--seed S] [--precis ROOT]
// (--precis: another checkout's root, to measure a build before a change in the same way.)
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sets: { type: 'string', default: '30' },
    size: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    precis: { type: 'string', default: '.' },
  },
});
const [root] = positionals;
if (!root) throw new Error('usage: node scripts/unrelated-sets.mjs BBC_ARTICLES_DIR [--sets N] [--size K] [--seed S] [--precis ROOT]');
const bin = path.resolve(values.precis, 'bin', 'precis.js');

/** A small seeded generator (mulberry32), so a seed names the same sets on every machine. */
let state = Number(values.seed) >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const categories = readdirSync(root)
  .filter((c) => !c.startsWith('.'))
  .sort();
const files = new Map(
  categories.map((c) => [
    c,
    readdirSync(path.join(root, c))
      .filter((f) => f.endsWith('.txt'))
      .sort(),
  ]),
);
const size = Math.min(Number(values.size), categories.length);
let merged = 0;
for (let s = 0; s < Number(values.sets); s++) {
  const chosen = [...categories];
  for (let i = chosen.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [chosen[i], chosen[j]] = [chosen[j], chosen[i]];
  }
  const set = chosen.slice(0, size).map((c) => path.join(root, c, pick(files.get(c))));
  const out = execFileSync(process.execPath, [bin, 'digest', '--json', ...set], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  if (out.split('\n').some((line) => line && JSON.parse(line).size > 1)) merged++;
}
console.log(`${merged}/${values.sets} sets of ${size} articles from different categories had a story of two or more`);
