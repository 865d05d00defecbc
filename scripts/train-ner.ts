/**
 * Trains the entity tagger: averaged perceptrons (Collins 2002) over the greedy BILOU decoder
 * in src/core/entities/tagger.ts, on CoNLL-2003 train.txt, and writes models/ner.json (weights)
 * and models/ner-gazetteer.json (name lists and lower-case words, as hashes).
 *
 *   npm run train:ner -- ../shared/corpora/conll2003/train.txt [--dev FILE]
 *     [--epochs 9] [--runs 5] [--prune 0.65] [--swap 0.5] [--swap-docs 0.5] [--seed 20031]
 *     [--out models/ner.json]
 *
 * Besides train.txt itself, the model learns from copies of half its documents in which half
 * the names are swapped for others of the same type (--swap-docs, --swap; see swapNames), so
 * it holds up on names 1996 did not know.
 *
 * Reproducible: the shuffles and swaps come from one seeded generator, so the same data
 * gives the same bytes. `--dev` only prints scores; nothing is fitted to it automatically.
 * The defaults were chosen by dev F1, by our modern fixtures (tests/fixtures/entities), and
 * by keeping models/ner.json under 1 MiB (--prune).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConll, scoreSpans, type ConllDocument } from '../src/core/eval/conll.js';
import { prepareDocument, type PreparedDocument } from '../src/core/entities/features.js';
import { LOWERCASE_BIT, NEVER_NAME_BIT, type Gazetteer } from '../src/core/entities/gazetteer.js';
import { hashPhrase } from '../src/core/entities/hash.js';
import { LABELS, LABEL_COUNT, spansToLabels, type TokenSpan } from '../src/core/entities/labels.js';
import { decodeDocument, labelsToSpans, type Scorer } from '../src/core/entities/tagger.js';
import { buildGazetteer } from './gazetteer-sources.js';

interface Options { train: string; dev?: string; epochs: number; runs: number; out: string; prune: number; seed: number; swap: number; swapDocs: number }

function parseArgs(argv: string[]): Options {
  const o: Options = { train: '', epochs: 9, runs: 5, out: fileURLToPath(new URL('../models/ner.json', import.meta.url)), prune: 0.65, seed: 20031, swap: 0.5, swapDocs: 0.5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => argv[++i] ?? '';
    if (a === '--dev') o.dev = next();
    else if (a === '--epochs') o.epochs = Number(next());
    else if (a === '--runs') o.runs = Number(next());
    else if (a === '--out') o.out = next();
    else if (a === '--prune') o.prune = Number(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--swap') o.swap = Number(next());
    else if (a === '--swap-docs') o.swapDocs = Number(next());
    else o.train = a;
  }
  if (!o.train) throw new Error('usage: npm run train:ner -- TRAIN.txt [--epochs N] [--dev DEV.txt] [--out models/ner.json]');
  return o;
}

/** mulberry32: a tiny seeded PRNG so the shuffle (and the model) is reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Perceptron weights with lazy averaging (Daumé's trick: avg = w - u / c). */
class Perceptron implements Scorer {
  index = new Map<number, number>();
  hashes: number[] = [];
  w = new Float64Array(1 << 20);
  u = new Float64Array(1 << 20);
  c = 1;

  score(features: Int32Array, count: number, scores: Float64Array): void {
    for (let k = 0; k < count; k++) {
      const f = this.index.get(features[k]! >>> 0);
      if (f === undefined) continue;
      const row = f * LABEL_COUNT;
      for (let y = 0; y < LABEL_COUNT; y++) scores[y]! += this.w[row + y]!;
    }
  }

  private row(hash: number): number {
    let f = this.index.get(hash);
    if (f === undefined) {
      f = this.hashes.length;
      this.hashes.push(hash);
      this.index.set(hash, f);
      if ((f + 1) * LABEL_COUNT > this.w.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.u = grow(this.u);
      }
    }
    return f * LABEL_COUNT;
  }

  update(features: Int32Array, count: number, gold: number, predicted: number): void {
    for (let k = 0; k < count; k++) {
      const row = this.row(features[k]! >>> 0);
      this.w[row + gold]! += 1;
      this.u[row + gold]! += this.c;
      this.w[row + predicted]! -= 1;
      this.u[row + predicted]! -= this.c;
    }
  }

  averaged(): Float64Array {
    const n = this.hashes.length * LABEL_COUNT;
    const avg = new Float64Array(n);
    for (let i = 0; i < n; i++) avg[i] = this.w[i]! - this.u[i]! / this.c;
    return avg;
  }
}

/** A frozen weight table for scoring dev between epochs. */
function frozen(index: Map<number, number>, weights: Float64Array): Scorer {
  return {
    score(features, count, scores) {
      for (let k = 0; k < count; k++) {
        const f = index.get(features[k]! >>> 0);
        if (f === undefined) continue;
        const row = f * LABEL_COUNT;
        for (let y = 0; y < LABEL_COUNT; y++) scores[y]! += weights[row + y]!;
      }
    },
  };
}

function evaluate(docs: readonly ConllDocument[], prepared: readonly PreparedDocument[], scorer: Scorer): string {
  const s = scoreSpans(docs.map((d, i) => ({ gold: d.gold, predicted: labelsToSpans(decodeDocument(prepared[i]!, scorer), prepared[i]!.sentenceStarts) })));
  const pct = (x: number) => (100 * x).toFixed(2);
  return `F1 ${pct(s.overall.f1)} (P ${pct(s.overall.precision)} R ${pct(s.overall.recall)}) ` +
    Object.entries(s.byType).map(([t, v]) => `${t} ${pct(v.f1)}`).join(' ');
}

/** True for a sentence mostly in capitals (a CoNLL headline or table): its case says nothing. */
function isCapsSentence(sentence: readonly string[]): boolean {
  return sentence.filter((w) => /\p{Lu}/u.test(w) && w === w.toUpperCase()).length > sentence.length / 2;
}

function forEachSentence(d: ConllDocument, f: (from: number, to: number) => void): void {
  d.sentenceStarts.forEach((from, s) => f(from, d.sentenceStarts[s + 1] ?? d.words.length));
}

/**
 * 1996 Reuters writes "U.S.", "U.N." and "NATO"; today's style guides mostly write "US",
 * "UN", and (British ones) acronyms said as words in title case: "Nato", "Opec", "Fifa".
 * Half of the dotted acronyms lose their dots, and half of the all-capital words of four or
 * more letters with two vowels or more inside a name (outside capitalised headlines) are
 * written in title case, chosen by the seeded generator, so the model learns both spellings.
 */
function modernise(d: ConllDocument, rand: () => number): ConllDocument {
  const words = d.words.map((w) => (/^(\p{Lu}\.){2,}$/u.test(w) && rand() < 0.5 ? w.replace(/\./g, '') : w));
  const inName = new Uint8Array(words.length);
  for (const g of d.gold) inName.fill(1, g.start, g.end);
  forEachSentence(d, (from, to) => {
    if (isCapsSentence(words.slice(from, to))) return;
    for (let i = from; i < to; i++) {
      const w = words[i]!;
      if (inName[i] === 1 && /^\p{Lu}{4,}$/u.test(w) && (w.match(/[AEIOU]/g) ?? []).length >= 2 && rand() < 0.5) {
        words[i] = w[0] + w.slice(1).toLowerCase();
      }
    }
  });
  return { ...d, words };
}

/** How often train.txt writes each word (lower-cased key) in lower case, and capitalised mid-sentence. */
interface CaseCounts { lower: Map<string, number>; capitalised: Map<string, number> }

function countCase(docs: readonly ConllDocument[]): CaseCounts {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  for (const d of docs) {
    forEachSentence(d, (from, to) => {
      const sentence = d.words.slice(from, to);
      if (isCapsSentence(sentence)) return;
      sentence.forEach((w, k) => {
        const l = w.toLowerCase();
        if (/^\p{Ll}/u.test(w)) lower.set(l, (lower.get(l) ?? 0) + 1);
        else if (k > 0 && /^\p{Lu}/u.test(w)) capitalised.set(l, (capitalised.get(l) ?? 0) + 1);
      });
    });
  }
  return { lower, capitalised };
}

/** How often a word must occur in lower case before "never begins a name" is trusted. */
const NEVER_NAME_MIN_COUNT = 20;
/** A word seen in lower case this often, and no less than capitalised, is a common word. */
const COMMON_MIN_COUNT = 3;
/**
 * Share of swapped names drawn from the gazetteer lists rather than from train.txt's own
 * names. Higher for organisations: train.txt's companies are 1996's, and the company list is
 * what tells the model that "OpenAI" or "Nvidia" in a place-like context ("demand from
 * OpenAI", "shares in Nvidia") is a company.
 */
const LISTED_SHARE = { PER: 0.5, ORG: 0.85, LOC: 0.5 };

/**
 * Marks the words train.txt writes in lower case more often than capitalised mid-sentence
 * (once is enough for a word never capitalised: "soar"), so a caseless
 * headline's "Agree" reads as "agree"; and among them the common ones that never begin a
 * name (NEVER_NAME_BIT). Upper-case sentences are left out of the count.
 */
function addLowercaseWords(phrases: Map<number, number>, docs: readonly ConllDocument[], counts: CaseCounts): void {
  const beginsName = new Set(docs.flatMap((d) => d.gold.map((s) => d.words[s.start]!.toLowerCase())));
  for (const [word, count] of counts.lower) {
    const capitalised = counts.capitalised.get(word) ?? 0;
    if (count <= capitalised) continue;
    const h = hashPhrase([word]);
    // Common and never a name's first word: "the", "but", "he".
    const never = count >= NEVER_NAME_MIN_COUNT && !beginsName.has(word) ? NEVER_NAME_BIT : 0;
    phrases.set(h, (phrases.get(h) ?? 0) | LOWERCASE_BIT | never);
  }
}

type NameList = readonly (readonly string[])[];
/** Names of each type to swap into training text (see swapNames). */
type NamePools = Record<'PER' | 'ORG' | 'LOC', NameList>;

/** The distinct names of each type in the training text (a person's single words). */
function trainingNames(docs: readonly ConllDocument[]): NamePools {
  const seen = new Set<string>();
  const out: Record<keyof NamePools, string[][]> = { PER: [], ORG: [], LOC: [] };
  for (const d of docs) {
    for (const g of d.gold) {
      if (g.type === 'MISC') continue;
      const words = d.words.slice(g.start, g.end);
      if (words.some((w) => w === w.toUpperCase())) continue; // headline capitals
      for (const name of g.type === 'PER' ? words.map((w) => [w]) : [words]) {
        const k = `${g.type}:${name.join(' ')}`;
        if (!seen.has(k)) {
          seen.add(k);
          out[g.type].push(name);
        }
      }
    }
  }
  return out;
}

/**
 * Mention replacement (Dai & Adel 2020, "An analysis of simple data augmentation for named
 * entity recognition"): a copy of a training document in which some names are swapped for
 * names of the same type, from the gazetteer lists (LISTED_SHARE) or from other train.txt
 * documents, so the model sees today's companies and
 * people ("OpenAI", "Haaland") in 1996 contexts and learns to weigh list membership and
 * context rather than the 1996 names themselves. A name is swapped the same way in all its
 * mentions, and a swapped person's surname alone follows ("Bill Clinton" → "Jensen Huang",
 * "Clinton" → "Huang"), so document-level features stay consistent. Capitalised headlines
 * get the replacement in capitals.
 */
function swapNames(d: ConllDocument, rand: () => number, listed: NamePools, own: NamePools, rate: number): ConllDocument {
  const surface = (s: TokenSpan) => d.words.slice(s.start, s.end).join(' ');
  const swap = new Map<string, readonly string[]>();
  const pick = (type: keyof NamePools) => {
    const pool = (rand() < LISTED_SHARE[type] ? listed : own)[type];
    return pool[Math.floor(rand() * pool.length)]!;
  };
  // Longest names first, so "Bill Clinton" decides what "Clinton" becomes.
  const byLength = [...d.gold].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const g of byLength) {
    if (g.type === 'MISC') continue;
    const k = `${g.type}:${surface(g)}`;
    if (swap.has(k)) continue;
    if (rand() >= rate) {
      swap.set(k, d.words.slice(g.start, g.end));
      continue;
    }
    let name: readonly string[];
    if (g.type === 'PER') {
      const length = Math.min(g.end - g.start, 3);
      name = Array.from({ length }, () => pick('PER')[0]!);
      if (length > 1) {
        const last = `PER:${d.words[g.end - 1]!}`;
        if (!swap.has(last)) swap.set(last, [name[length - 1]!]);
      }
    } else name = pick(g.type);
    swap.set(k, name);
  }

  const words: string[] = [];
  const sentenceStarts: number[] = [];
  const gold: TokenSpan[] = [];
  const spanAt = new Map(d.gold.map((g) => [g.start, g]));
  let s = 0;
  for (let i = 0; i < d.words.length; ) {
    if (d.sentenceStarts[s] === i) {
      sentenceStarts.push(words.length);
      s++;
    }
    const g = spanAt.get(i);
    if (g === undefined) {
      words.push(d.words[i]!);
      i++;
      continue;
    }
    const original = d.words.slice(g.start, g.end);
    let name = g.type === 'MISC' ? original : swap.get(`${g.type}:${original.join(' ')}`)!;
    if (original.every((w) => w === w.toUpperCase())) name = name.map((w) => w.toUpperCase());
    gold.push({ type: g.type, start: words.length, end: words.length + name.length });
    words.push(...name);
    i = g.end;
  }
  return { words, sentenceStarts, gold };
}

/**
 * Keeps weights of magnitude >= `prune` (features seen only a few times average out below 1;
 * dropping them costs nothing on dev) and stores each row as signed bytes scaled by the
 * row's largest weight, whose own scale is a byte on a log scale (1.2% steps). Per-value log
 * codes of one byte cost 0.5 F1 on dev; per-row linear bytes cost nothing measurable.
 */
function quantize(hashes: readonly number[], avg: Float64Array, prune: number) {
  let max = 0;
  for (const v of avg) max = Math.max(max, Math.abs(v));
  const scaleStep = Math.log(max / prune) / 255;
  const kept: number[] = [];
  const entries: number[] = [];
  for (let f = 0; f < hashes.length; f++) {
    let rowMax = 0;
    for (let y = 0; y < LABEL_COUNT; y++) rowMax = Math.max(rowMax, Math.abs(avg[f * LABEL_COUNT + y]!));
    if (rowMax < prune) continue;
    const code = Math.round(Math.log(rowMax / prune) / scaleStep);
    const scale = (prune * Math.exp(code * scaleStep)) / 127;
    const row: number[] = [];
    for (let y = 0; y < LABEL_COUNT; y++) {
      const v = avg[f * LABEL_COUNT + y]!;
      if (Math.abs(v) < prune) continue;
      row.push(y, Math.max(-127, Math.min(127, Math.round(v / scale))) & 255);
    }
    kept.push(hashes[f]!);
    entries.push(row.length / 2, code, ...row);
  }
  return { count: kept.length, hashBytes: uint32Bytes(kept), entries: Uint8Array.from(entries), minWeight: prune, scaleStep };
}

function uint32Bytes(values: readonly number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setUint32(i * 4, v >>> 0, true));
  return out;
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const conll = parseConll(readFileSync(o.train, 'utf8'));
  const counts = countCase(conll);
  const isCommonWord = (l: string) => (counts.lower.get(l) ?? 0) >= COMMON_MIN_COUNT && (counts.lower.get(l) ?? 0) >= (counts.capitalised.get(l) ?? 0);
  const built = buildGazetteer(isCommonWord);
  const gazetteer: Gazetteer = { lookup: (h) => built.phrases.get(h) ?? 0, maxLength: built.maxLength };
  const rand = random(o.seed);
  addLowercaseWords(built.phrases, conll, counts);
  const uncommon = (names: readonly string[][]) => names.filter((n) => n.every((w) => !isCommonWord(w.toLowerCase())));
  // Half the swapped names come from the lists and half from train.txt's own names (most
  // of which no list holds), so the model does not learn that every name is listed.
  const own = trainingNames(conll);
  const listed: NamePools = {
    PER: uncommon(built.names.person.filter((n) => n.length === 1)),
    ORG: uncommon(built.names.company),
    LOC: uncommon([...built.names.country, ...built.names.city]),
  };
  const modern = conll.map((d) => modernise(d, rand));
  const swapped = o.swap > 0 ? modern.filter(() => rand() < o.swapDocs).map((d) => swapNames(d, rand, listed, own, o.swap)) : [];
  const train = [...modern, ...swapped];
  const prepared = train.map((d) => prepareDocument(d, gazetteer));
  const gold = train.map((d) => spansToLabels(d.gold, d.words.length));
  const dev = o.dev ? parseConll(readFileSync(o.dev, 'utf8')) : [];
  const devPrepared = dev.map((d) => prepareDocument(d, gazetteer));
  process.stderr.write(`${train.length} documents (${conll.length} and copies with names swapped), listed PER ${listed.PER.length} ORG ${listed.ORG.length} LOC ${listed.LOC.length}, gazetteer ${built.phrases.size} phrases ${JSON.stringify(built.sizes)}\n`);

  // Several perceptrons, each over its own shuffles, averaged into one: the shuffle order
  // alone moves dev F1 by about ±0.4, and the average is steadier than any one of them.
  const hashes: number[] = [];
  const index = new Map<number, number>();
  let sum = new Float64Array(0);
  for (let run = 0; run < o.runs; run++) {
    const p = train1(run);
    const runAvg = p.averaged();
    for (let f = 0; f < p.hashes.length; f++) {
      const h = p.hashes[f]!;
      let at = index.get(h);
      if (at === undefined) {
        index.set(h, (at = hashes.length));
        hashes.push(h);
      }
      if ((at + 1) * LABEL_COUNT > sum.length) {
        const grown = new Float64Array(Math.max(sum.length * 2, (at + 1) * LABEL_COUNT));
        grown.set(sum);
        sum = grown;
      }
      for (let y = 0; y < LABEL_COUNT; y++) sum[at * LABEL_COUNT + y]! += runAvg[f * LABEL_COUNT + y]! / o.runs;
    }
  }
  const avg = sum.subarray(0, hashes.length * LABEL_COUNT);
  if (dev.length > 0 && o.runs > 1) process.stderr.write(`averaged ${o.runs} runs: dev ${evaluate(dev, devPrepared, frozen(index, avg))}\n`);

  function train1(run: number): Perceptron {
    const p = new Perceptron();
    const order = train.map((_, i) => i);
    for (let epoch = 1; epoch <= o.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      let errors = 0;
      let tokens = 0;
      for (const d of order) {
        const g = gold[d]!;
        decodeDocument(prepared[d]!, p, (i, features, count, predicted) => {
          tokens++;
          if (predicted !== g[i]) {
            errors++;
            p.update(features, count, g[i]!, predicted);
          }
          p.c++;
        });
      }
      let line = `run ${run + 1} epoch ${epoch}: token errors ${(100 * errors / tokens).toFixed(2)}%, ${p.hashes.length} features`;
      if (dev.length > 0 && (epoch === o.epochs || epoch % 3 === 0)) line += `; dev ${evaluate(dev, devPrepared, frozen(p.index, p.averaged()))}`;
      process.stderr.write(line + ` (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
    }
    return p;
  }

  const q = quantize(hashes, avg, o.prune);
  const gazHashes = [...built.phrases.keys()].sort((a, b) => a - b);
  const model = {
    format: 1,
    labels: LABELS,
    featureCount: q.count,
    features: Buffer.from(q.hashBytes).toString('base64'),
    weights: Buffer.from(q.entries).toString('base64'),
    minWeight: q.minWeight,
    scaleStep: q.scaleStep,
    gazetteer: {
      count: gazHashes.length,
      maxLength: built.maxLength,
      hashes: Buffer.from(uint32Bytes(gazHashes)).toString('base64'),
      masks: Buffer.from(gazHashes.map((h) => built.phrases.get(h)!)).toString('base64'),
    },
  };
  // The gazetteer goes in a file of its own beside the weights: each stays under 1 MiB. JSON
  // rather than JS modules, so the core can load them on first use instead of at import.
  const { gazetteer: gaz, ...weights } = model;
  const gazetteerOut = o.out.replace(/\.json$/, '-gazetteer.json');
  for (const [file, data] of [[o.out, weights], [gazetteerOut, gaz]] as const) {
    writeFileSync(`${file}.tmp`, `${JSON.stringify(data)}\n`);
    renameSync(`${file}.tmp`, file);
  }
  process.stderr.write(`kept ${q.count} of ${hashes.length} features; wrote ${o.out}\n`);
}

main();
