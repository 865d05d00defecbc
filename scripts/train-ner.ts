/**
 * Trains the entity tagger: averaged perceptrons (Collins 2002, scripts/ner/perceptron.ts)
 * over the greedy BILOU decoder in src/core/entities/decode.ts (TRAINING; scores are printed
 * for the decoding precis uses, RUN_TIME), on CoNLL-2003 train.txt, and
 * writes models/ner.json (weights) and models/ner-gazetteer.json (name lists and lower-case
 * words, as hashes).
 *
 *   npm run train:ner -- ../shared/corpora/conll2003/train.txt [--dev FILE]
 *     [--epochs 9] [--runs 5] [--prune 0.65] [--swap 0.5] [--swap-docs 0.5] [--seed 20031]
 *     [--extra FILE[@A-B]]... [--extra-posts FILE[@A-B]]... [--names LIST=FILE]... [--out models/ner.json]
 *   npm run train:ner -- TRAIN.txt --cv 5 [--folds 2 | --folds 3-5] [--decode greedy|constrained|K,T,M]... [...]
 *     [--cv-prune P]... (cross-validation, writes nothing; --decode also scores the same models
 *     decoded so, --cv-prune with their weights under P dropped, as --prune drops them)
 *
 * Besides train.txt itself, the model learns from copies of half its documents in which half
 * the names are swapped for others of the same type (--swap-docs, --swap; see
 * scripts/ner/augment.ts), so it holds up on names 1996 did not know; --extra adds other
 * annotated files (ner-extra's, IOB2) as they are, --extra-posts one document per sentence
 * (tweets), and --names more gazetteer names (scripts/ner/extra-data.ts).
 *
 * Settings are chosen by cross-validation on train (--cv K: K folds by document, each held
 * out in turn; --folds N runs only the first N, --folds A-B folds A to B), never on dev. `--dev` only prints scores.
 * Reproducible: the shuffles and swaps come from one seeded generator, so the same data
 * gives the same bytes.
 */
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseConll, scoreSpans, type ConllDocument, type ConllScore } from '../src/core/eval/conll.js';
import { prepareDocument, type PreparedDocument } from '../src/core/entities/prepare.js';
import { EntityScratch } from '../src/core/entities/scratch.js';
import type { Gazetteer } from '../src/core/entities/gazetteer.js';
import { loadClusters, type SerializedClusters } from '../src/core/entities/clusters.js';
import { LABELS, LABEL_COUNT, spansToLabels } from '../src/core/entities/labels.js';
import { labelsToSpans, type Scorer } from '../src/core/entities/tagger.js';
import { TRAINING, decodeDocument, type DecodeOptions } from '../src/core/entities/decode.js';
import { buildGazetteer } from './gazetteer-sources.js';
import { readExtra, readNames, type ExtraNames } from './ner/extra-data.js';
import { COMMON_MIN_COUNT, addLowercaseWords, countCase, modernise, swapNames, trainingNames, type NamePools } from './ner/augment.js';
import { pruned, quantize, runTimeLayout, uint32Bytes, weightFileParts } from './ner/model-file.js';
import { tableOrder } from '../src/core/entities/hash-table.js';
import type { ModelFile } from '../src/core/entities/model.js';
import { Perceptron, frozen, random } from './ner/perceptron.js';

interface Options {
  train: string;
  dev?: string;
  /** --extra FILE[@A-B] (false) and --extra-posts FILE[@A-B] (true: each sentence a document). */
  extra: { spec: string; posts: boolean }[];
  /** Further gazetteer lists (--names LIST=FILE). */
  names: ExtraNames[];
  epochs: number;
  runs: number;
  out: string;
  prune: number;
  seed: number;
  swap: number;
  swapDocs: number;
  cv: number;
  folds: number;
  firstFold: number;
  clusters: string;
  /** Other decodings to score the same cross-validation models with (--decode). */
  decode: DecodeOptions[];
  /** Pruning thresholds to score the same cross-validation models with (--cv-prune). */
  cvPrune: number[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    train: '',
    extra: [],
    names: [],
    epochs: 9,
    runs: 5,
    out: fileURLToPath(new URL('../models/ner.json', import.meta.url)),
    prune: 0.65,
    seed: 20031,
    swap: 0.5,
    swapDocs: 0.5,
    cv: 0,
    folds: 0,
    firstFold: 1,
    clusters: fileURLToPath(new URL('../models/ner-clusters.json', import.meta.url)),
    decode: [],
    cvPrune: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => argv[++i] ?? '';
    if (a === '--dev') o.dev = next();
    else if (a === '--extra') o.extra.push({ spec: next(), posts: false });
    else if (a === '--extra-posts') o.extra.push({ spec: next(), posts: true });
    else if (a === '--names') o.names.push(readNames(next()));
    else if (a === '--epochs') o.epochs = Number(next());
    else if (a === '--runs') o.runs = Number(next());
    else if (a === '--out') o.out = next();
    else if (a === '--prune') o.prune = Number(next());
    else if (a === '--seed') o.seed = Number(next());
    else if (a === '--swap') o.swap = Number(next());
    else if (a === '--swap-docs') o.swapDocs = Number(next());
    else if (a === '--cv') o.cv = Number(next());
    else if (a === '--clusters') o.clusters = next();
    else if (a === '--decode') o.decode.push(parseDecoding(next()));
    else if (a === '--cv-prune') o.cvPrune.push(pruneThreshold(next()));
    else if (a === '--folds') {
      // "N" (the first N folds) or "A-B" (folds A to B, from 1).
      const [from, to] = next().split('-').map(Number);
      if (to === undefined) o.folds = from!;
      else [o.firstFold, o.folds] = [from!, to];
    } else o.train = a;
  }
  if (!o.train) throw new Error('usage: npm run train:ner -- TRAIN.txt [--epochs N] [--dev DEV.txt] [--cv K] [--out models/ner.json]');
  return o;
}

/** --cv-prune P: a weight threshold, so a number of zero or more; anything else would silently score NaN. */
function pruneThreshold(value: string): number {
  const threshold = Number(value);
  if (value.trim() === '' || !Number.isFinite(threshold) || threshold < 0) {
    process.stderr.write(`train-ner: --cv-prune takes a number of zero or more, not '${value}'\n`);
    process.exit(2);
  }
  return threshold;
}

/**
 * --decode: "greedy" (as in training), "constrained" (greedy, BILOU's constraints), or
 * "K,T,M" (a constrained beam of K, temperature T, margin M; "K,T,M,nomerge" without merging).
 */
function parseDecoding(spec: string): DecodeOptions {
  if (spec === 'greedy') return TRAINING;
  if (spec === 'constrained') return { ...TRAINING, constrained: true };
  const [beam, temperature, margin, merge] = spec.split(',');
  return { beam: Number(beam), temperature: Number(temperature), margin: Number(margin), constrained: true, merge: merge !== 'nomerge' };
}

function describeDecoding(d: DecodeOptions): string {
  if (d.beam === 1) return d.constrained ? 'constrained' : 'greedy';
  return `beam ${d.beam}, temperature ${d.temperature}, margin ${d.margin}${d.merge ? '' : ', no merging'}`;
}

function score(docs: readonly ConllDocument[], prepared: readonly PreparedDocument[], scorer: Scorer): ConllScore {
  return scoreSpans(
    docs.map((d, i) => ({ gold: d.gold, predicted: labelsToSpans(decodeDocument(prepared[i]!, scorer, scratch), prepared[i]!.sentenceStarts) })),
  );
}

function describe(s: ConllScore): string {
  const pct = (x: number) => (100 * x).toFixed(2);
  return (
    `F1 ${pct(s.overall.f1)} (P ${pct(s.overall.precision)} R ${pct(s.overall.recall)}) ` +
    Object.entries(s.byType)
      .map(([t, v]) => `${t} ${pct(v.f1)}`)
      .join(' ')
  );
}

const log = (line: string) => process.stderr.write(`${line}\n`);
/** The one working memory of this (single-threaded) script. */
const scratch = new EntityScratch();

/** Summed averaged weights of several runs, by feature hash. */
interface Weights {
  hashes: number[];
  index: Map<number, number>;
  avg: Float64Array;
}

/**
 * The gazetteer (with train.txt's lower-case words) and the training documents: train.txt
 * modernised, copies with names swapped, and the extra files.
 */
function trainingSet(conll: readonly ConllDocument[], extra: readonly ConllDocument[], o: Options, rand: () => number) {
  const counts = countCase(conll);
  const isCommonWord = (l: string) => (counts.lower.get(l) ?? 0) >= COMMON_MIN_COUNT && (counts.lower.get(l) ?? 0) >= (counts.capitalised.get(l) ?? 0);
  const built = buildGazetteer(isCommonWord, o.names);
  const clusters = o.clusters === 'none' ? undefined : loadClusters(JSON.parse(readFileSync(o.clusters, 'utf8')) as SerializedClusters);
  const gazetteer: Gazetteer = { lookup: (h) => built.phrases.get(h) ?? 0, maxLength: built.maxLength, clusters };
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
  const train = [...modern, ...swapped, ...extra];
  log(
    `${train.length} documents (${conll.length}, copies with names swapped, ${extra.length} extra), gazetteer ${built.phrases.size} phrases ${JSON.stringify(built.sizes)}`,
  );
  return { built, gazetteer, train };
}

/**
 * Several perceptrons, each over its own shuffles, averaged into one: the shuffle order
 * alone moves dev F1 by about ±0.4, and the average is steadier than any one of them.
 */
function trainWeights(train: readonly ConllDocument[], gazetteer: Gazetteer, o: Options, rand: () => number, dev: readonly ConllDocument[]): Weights {
  const t0 = Date.now();
  const prepared = train.map((d) => prepareDocument(d, gazetteer, scratch));
  const gold = train.map((d) => spansToLabels(d.gold, d.words.length));
  const devPrepared = dev.map((d) => prepareDocument(d, gazetteer, scratch));
  const hashes: number[] = [];
  const index = new Map<number, number>();
  let sum = new Float64Array(0);
  for (let run = 0; run < o.runs; run++) {
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
        decodeDocument(prepared[d]!, p, scratch, TRAINING, (i, features, count, predicted) => {
          tokens++;
          if (predicted !== g[i]) {
            errors++;
            p.update(features, count, g[i]!, predicted);
          }
          p.c++;
        });
      }
      let line = `run ${run + 1} epoch ${epoch}: token errors ${((100 * errors) / tokens).toFixed(2)}%, ${p.hashes.length} features`;
      if (dev.length > 0 && (epoch === o.epochs || epoch % 3 === 0)) line += `; dev ${describe(score(dev, devPrepared, frozen(p.index, p.averaged())))}`;
      log(line + ` (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
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
  if (dev.length > 0 && o.runs > 1) log(`averaged ${o.runs} runs: dev ${describe(score(dev, devPrepared, frozen(index, avg)))}`);
  return { hashes, index, avg };
}

/**
 * K-fold cross-validation by document (document i in fold i mod K): each fold is tagged by a
 * model trained on the others, with everything learned from the text (lower-case words,
 * names to swap) taken from the training folds only. Prints each fold and the pooled score.
 */
function crossValidate(conll: readonly ConllDocument[], extra: readonly ConllDocument[], o: Options): void {
  const pairs: { gold: ConllDocument['gold']; predicted: ReturnType<typeof labelsToSpans> }[] = [];
  const others: (typeof pairs)[] = o.decode.map(() => []);
  const prunedPairs: (typeof pairs)[] = o.cvPrune.map(() => []);
  const folds = o.folds > 0 ? Math.min(o.folds, o.cv) : o.cv;
  for (let k = o.firstFold - 1; k < folds; k++) {
    const rand = random(o.seed + k);
    const held = conll.filter((_, i) => i % o.cv === k);
    const { gazetteer, train } = trainingSet(
      conll.filter((_, i) => i % o.cv !== k),
      extra,
      o,
      rand,
    );
    const w = trainWeights(train, gazetteer, o, rand, []);
    const heldPrepared = held.map((d) => prepareDocument(d, gazetteer, scratch));
    const scorer = frozen(w.index, w.avg);
    held.forEach((d, i) =>
      pairs.push({ gold: d.gold, predicted: labelsToSpans(decodeDocument(heldPrepared[i]!, scorer, scratch), heldPrepared[i]!.sentenceStarts) }),
    );
    log(`fold ${k + 1}/${o.cv}: ${describe(score(held, heldPrepared, scorer))}`);
    o.cvPrune.forEach((threshold, x) => {
      const prunedScorer = frozen(w.index, pruned(w.avg, threshold));
      held.forEach((d, i) =>
        prunedPairs[x]!.push({
          gold: d.gold,
          predicted: labelsToSpans(decodeDocument(heldPrepared[i]!, prunedScorer, scratch), heldPrepared[i]!.sentenceStarts),
        }),
      );
    });
    o.decode.forEach((decoding, x) =>
      held.forEach((d, i) =>
        others[x]!.push({
          gold: d.gold,
          predicted: labelsToSpans(decodeDocument(heldPrepared[i]!, scorer, scratch, decoding), heldPrepared[i]!.sentenceStarts),
        }),
      ),
    );
  }
  process.stdout.write(`cv folds ${o.firstFold}-${folds} of ${o.cv}: ${describe(scoreSpans(pairs))}\n`);
  o.decode.forEach((decoding, x) => process.stdout.write(`  decoded ${describeDecoding(decoding)}: ${describe(scoreSpans(others[x]!))}\n`));
  o.cvPrune.forEach((threshold, x) => process.stdout.write(`  weights under ${threshold} dropped: ${describe(scoreSpans(prunedPairs[x]!))}\n`));
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const conll = parseConll(readFileSync(o.train, 'utf8'));
  const extra = o.extra.flatMap((e) => readExtra(e.spec, e.posts));
  if (o.cv > 1) return crossValidate(conll, extra, o);

  const rand = random(o.seed);
  const { built, gazetteer, train } = trainingSet(conll, extra, o, rand);
  const dev = o.dev ? parseConll(readFileSync(o.dev, 'utf8')) : [];
  const { hashes, avg } = trainWeights(train, gazetteer, o, rand, dev);

  const q = quantize(hashes, avg, o.prune);
  const layout = runTimeLayout(q);
  // In the order a HashTable fills its slots, so loading writes the table front to back.
  const phrases = [...built.phrases.keys()].sort((a, b) => a - b);
  const gazHashes = tableOrder(phrases).map((i) => phrases[i]!);
  const weightParts = weightFileParts(layout.bytes);
  const weights: ModelFile = { format: 2, labels: LABELS, ...layout.counts, weightFiles: weightParts.length };
  const gaz = {
    count: gazHashes.length,
    maxLength: built.maxLength,
    hashes: Buffer.from(uint32Bytes(gazHashes)).toString('base64'),
    masks: Buffer.from(gazHashes.map((h) => built.phrases.get(h)!)).toString('base64'),
  };
  // The gazetteer and the weights go in files of their own beside the model: each stays under
  // 1 MiB. JSON rather than JS modules, so the core can load them on first use instead of at import.
  const gazetteerOut = o.out.replace(/\.json$/, '-gazetteer.json');
  const weightsOut = (i: number) => o.out.replace(/\.json$/, `-weights-${i}.json`);
  // A smaller model than the last leaves none of the last one's extra weight files behind.
  for (let i = weightParts.length + 1; existsSync(weightsOut(i)); i++) unlinkSync(weightsOut(i));
  for (const [file, data] of [
    [o.out, weights],
    [gazetteerOut, gaz],
    ...weightParts.map((part, i) => [weightsOut(i + 1), { weights: part }] as const),
  ] as const) {
    writeFileSync(`${file}.tmp`, `${JSON.stringify(data)}\n`);
    renameSync(`${file}.tmp`, file);
  }
  log(`kept ${q.hashes.length} of ${hashes.length} features; wrote ${o.out}`);
}

main();
