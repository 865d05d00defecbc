/**
 * Stories: articles grouped by the event they report, in two steps. First topics: articles
 * alike on corpus-wide tf-idf weights (two earthquakes land together). Then, within each topic,
 * the same clustering again with weights recomputed over the topic alone: the words every
 * article of the topic uses ("quake", "magnitude") lose their weight and what tells its events
 * apart (names, places, dates, numbers) decides, as in scatter/gather's re-clustering of a
 * cluster (Cutting et al. 1992).
 *
 * Each step: each article is a tf-idf vector (Salton &
 * Buckley 1988) over its words, names and numbers, cut to its `KEEP_TERMS` heaviest features
 * (pruned document vectors keep cosine rankings nearly intact and make the index small).
 * Candidate pairs come from an inverted index over those features, skipping features so common
 * that they link everything (the all-pairs similarity search of Bayardo, Ma & Srikant 2007):
 * two articles that share no rare feature are never compared, so the work grows with the number
 * of articles times the postings per feature, not with its square. The sparse similarity graph
 * is then clustered with average link (group-average agglomerative clustering, Voorhees 1986),
 * pairs never compared counting as similarity 0, until no two clusters are closer than the
 * threshold. Topics whose centroids are alike are then joined (scatter/gather's "join"), so
 * an event the first step split meets again in the second.
 */
import { Heap } from './heap.js';

export interface GroupOptions {
  /**
   * Least average similarity, within a topic, for two groups of articles to be one story;
   * topics are found at `TOPIC_FACTOR` times it. Higher: more, smaller stories.
   */
  readonly threshold?: number;
  /** Topic threshold as a multiple of `threshold`. @default TOPIC_FACTOR */
  readonly topicFactor?: number;
  /** Least cosine between two topics' centroids for them to be one topic (Infinity: never). @default JOIN_THRESHOLD */
  readonly joinThreshold?: number;
  /** Features kept per topic centroid for the join. @default CENTROID_TERMS */
  readonly centroidTerms?: number;
  /** Least average similarity, as a share of `threshold`, for a lone article to join a story of its topic (0: never). @default ATTACH_SHARE */
  readonly attachShare?: number;
}

/** Chosen by cross-validation over ECB+ topics (docs/digest.md, scripts/tune-digest.ts). */
export const DEFAULT_THRESHOLD = 0.045;
/** Topics are groups at this multiple of the story threshold, on corpus-wide weights. */
export const TOPIC_FACTOR = 3;
/**
 * Topics whose centroids are at least this alike are joined before the second step. Average link
 * over a sparse graph splits an event whose articles each share rare details with only some of
 * the others; their centroids, which pool those details, still meet. The second step tells a
 * joined topic's events apart, but at its lower threshold: in a folder of a few articles, where
 * idf says little, a join below 0.2 let an unrelated article into a story (tests/core/digest).
 * Chosen by cross-validation over ECB+ topics among 0.2, 0.25 and none (docs/digest.md).
 */
export const JOIN_THRESHOLD = 0.2;
/** Features kept per article. */
const KEEP_TERMS = 60;
/**
 * Features kept per topic centroid, so the join's memory is bounded like the articles' vectors.
 * Cross-validation over ECB+ topics among 60, 120 and no cap picked 120 in the folds that joined,
 * but 120 moved all-files recall under its CI floor (94.2 < 94.5); 180 is the smallest of 120,
 * 180, 240 and 400 that leaves every all-files figure as it was (docs/digest.md).
 */
export const CENTROID_TERMS = 180;
/**
 * A feature in more than this many articles is too common to index. A fixed number, not a share:
 * the work is the sum of squared postings lengths, so a fixed cap keeps it linear in the articles.
 */
const DF_CAP = 100;
/**
 * A lone article joins a story of its topic it is on average this much of the threshold like.
 * Cross-validation over ECB+ topics (scripts/tune-digest.ts, ATTACH=0,0.5,0.75,0.9) picked it
 * in 4 of 5 folds (0.75 in 3) and in all topics; held-out F1 90.3 -> 90.5, no fold worse.
 */
export const ATTACH_SHARE = 0.75;
/**
 * Pairs less alike than this share of the threshold are dropped: two unrelated articles that
 * share a rare word would otherwise pile up in memory, and count as 0 in the averages anyway.
 */
const PAIR_FLOOR = 0.25;

interface Bag {
  readonly termIds: Uint32Array;
  readonly termCounts: Float32Array;
}

export interface Vector {
  readonly ids: Uint32Array;
  readonly weights: Float32Array;
}

/** How many of `bags` have each feature: an array over the whole vocabulary, a map for a few bags. */
export function documentFrequencies(bags: readonly Bag[]): Map<number, number> {
  const df = new Map<number, number>();
  for (const bag of bags) for (const id of bag.termIds) df.set(id, (df.get(id) ?? 0) + 1);
  return df;
}

/**
 * Sublinear tf times idf over `bags` (idf from `df`), cut to the heaviest features, unit length.
 * Within a topic, where df counts a few articles, many features tie (one mention, in two of the
 * topic's articles); the tie goes to the feature more common across the whole folder (`widerDf`),
 * then to the lower id. Which of the tied features are kept swung ECB+ BCubed F1 by over a point
 * when it was left to the order features were first met in (or to their hashes); the folder-wide
 * count depends on neither, and beats its reverse (93.4 against 92.2 on ECB+, docs/digest.md).
 */
export function tfidfVectors(bags: readonly Bag[], df: ReadonlyMap<number, number>, widerDf: ReadonlyMap<number, number> = df): Vector[] {
  const n = bags.length;
  return bags.map((bag) => {
    const ids: number[] = [];
    const weights: number[] = [];
    bag.termIds.forEach((id, k) => {
      const f = df.get(id) ?? 1;
      // A feature only this article has cannot link it to another one.
      if (f < 2) return;
      ids.push(id);
      weights.push((1 + Math.log(bag.termCounts[k]!)) * Math.log((n + 1) / f));
    });
    let kept = ids.map((_, k) => k);
    if (kept.length > KEEP_TERMS) {
      // The weight of the last feature kept (a native numeric sort); only the ties at it need the slower comparison.
      const cut = Float64Array.from(weights).sort()[weights.length - KEEP_TERMS]!;
      const tied = kept.filter((k) => weights[k] === cut);
      const wider = (k: number) => widerDf.get(ids[k]!) ?? 0;
      tied.sort((x, y) => wider(y) - wider(x) || ids[x]! - ids[y]!);
      kept = kept.filter((k) => weights[k]! > cut);
      kept.push(...tied.slice(0, KEEP_TERMS - kept.length));
    }
    let norm = 0;
    for (const k of kept) norm += weights[k]! ** 2;
    norm = Math.sqrt(norm) || 1;
    return { ids: Uint32Array.from(kept, (k) => ids[k]!), weights: Float32Array.from(kept, (k) => weights[k]! / norm) };
  });
}

/**
 * For each vector, the cosine similarity to every other vector that shares an indexed feature
 * with it (at least `floor`). The postings are built first, feature by feature in flat typed
 * arrays (no object per posting), then each article's dot products are summed in one dense
 * accumulator over the articles before it.
 */
export function similarPairs(vectors: readonly Vector[], df: ReadonlyMap<number, number>, floor = 0): Map<number, number>[] {
  const indexed = (id: number) => (df.get(id) ?? 0) <= DF_CAP;
  // Postings laid out feature by feature: `start` of each feature's slice, filled in article order.
  const slot = new Map<number, number>();
  const starts: number[] = [0];
  for (const v of vectors)
    for (const id of v.ids) {
      if (!indexed(id)) continue;
      const at = slot.get(id);
      if (at === undefined) {
        slot.set(id, starts.length - 1);
        starts.push(1);
      } else starts[at + 1]!++;
    }
  for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
  const fill = Uint32Array.from(starts);
  const docs = new Uint32Array(starts[starts.length - 1]!);
  const weights = new Float32Array(docs.length);
  const sum = new Float64Array(vectors.length);
  const touched: number[] = [];
  const neighbours = vectors.map(() => new Map<number, number>());
  vectors.forEach((v, doc) => {
    v.ids.forEach((id, k) => {
      const at = slot.get(id);
      if (at === undefined) return;
      const w = v.weights[k]!;
      // Only the articles before this one are in the postings yet: each pair is summed once.
      for (let p = starts[at]!; p < fill[at]!; p++) {
        const other = docs[p]!;
        if (sum[other] === 0) touched.push(other);
        sum[other]! += w * weights[p]!;
      }
      docs[fill[at]!] = doc;
      weights[fill[at]!++] = w;
    });
    for (const other of touched) {
      if (sum[other]! >= floor) {
        neighbours[doc]!.set(other, sum[other]!);
        neighbours[other]!.set(doc, sum[other]!);
      }
      sum[other] = 0;
    }
    touched.length = 0;
  });
  return neighbours;
}

/** Average-link clustering of the similarity graph (which it consumes); returns each item's cluster number. */
export function averageLink(neighbours: Map<number, number>[], threshold: number): Int32Array {
  const n = neighbours.length;
  const size = new Uint32Array(n).fill(1);
  const version = new Uint32Array(n);
  const alive = new Uint8Array(n).fill(1);
  // Sum of similarities between cluster i and each neighbouring cluster.
  const links = neighbours;
  const owner = Int32Array.from({ length: n }, (_, i) => i);
  const heap = new Heap<[number, number, number, number, number]>((x, y) => x[0] > y[0]);
  const push = (a: number, b: number) => {
    const avg = links[a]!.get(b)! / (size[a]! * size[b]!);
    if (avg >= threshold) heap.push([avg, a, b, version[a]!, version[b]!]);
  };
  links.forEach((m, a) => m.forEach((_, b) => a < b && push(a, b)));
  while (heap.size > 0) {
    const [, a, b, va, vb] = heap.pop()!;
    if (!alive[a] || !alive[b] || version[a] !== va || version[b] !== vb) continue;
    // Merge the smaller cluster into the larger: fewer link maps to rewrite.
    const [big, small] = links[a]!.size >= links[b]!.size ? [a, b] : [b, a];
    alive[small] = 0;
    size[big]! += size[small]!;
    version[big]!++;
    owner[small] = big;
    const bigLinks = links[big]!;
    bigLinks.delete(small);
    for (const [c, s] of links[small]!) {
      if (c === big) continue;
      bigLinks.set(c, (bigLinks.get(c) ?? 0) + s);
      const cLinks = links[c]!;
      cLinks.delete(small);
      cLinks.set(big, bigLinks.get(c)!);
    }
    links[small] = new Map();
    for (const c of bigLinks.keys()) push(big, c);
  }
  const find = (i: number): number => {
    while (owner[i] !== i) i = owner[i]!;
    return i;
  };
  return Int32Array.from({ length: n }, (_, i) => find(i));
}

export interface Grouping {
  /** Each bag's story number (any integer; equal numbers, one story). */
  readonly story: Int32Array;
  /** The corpus-wide vectors and document frequencies, for the story view to reuse. */
  readonly vectors: readonly Vector[];
  readonly df: ReadonlyMap<number, number>;
}

export function groupStories(bags: readonly Bag[], options: GroupOptions = {}): Grouping {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const df = documentFrequencies(bags);
  const vectors = tfidfVectors(bags, df);
  const topicThreshold = threshold * (options.topicFactor ?? TOPIC_FACTOR);
  const join = options.joinThreshold ?? JOIN_THRESHOLD;
  const linked = averageLink(similarPairs(vectors, df, topicThreshold * PAIR_FLOOR), topicThreshold);
  const topics = join === Infinity ? linked : joinByCentroid(vectors, linked, join, options.centroidTerms);
  const members = new Map<number, number[]>();
  topics.forEach((t, i) => {
    const list = members.get(t);
    if (list) list.push(i);
    else members.set(t, [i]);
  });
  const story = new Int32Array(bags.length);
  for (const list of members.values()) {
    const within =
      list.length > 1
        ? cluster(
            list.map((i) => bags[i]!),
            threshold,
            df,
            options.attachShare ?? ATTACH_SHARE,
          )
        : [0];
    // Story numbers: the index of a member, unique across topics.
    list.forEach((i, k) => (story[i] = list[within[k]!]!));
  }
  return { story, vectors, df };
}

/**
 * One clustering step: tf-idf over `bags`, candidate pairs, average link, then the clusters
 * joined on their centroids. Returns a representative index per bag.
 */
function cluster(bags: readonly Bag[], threshold: number, widerDf: ReadonlyMap<number, number>, attachShare = 0): Int32Array {
  const df = documentFrequencies(bags);
  const vectors = tfidfVectors(bags, df, widerDf);
  const pairs = similarPairs(vectors, df, threshold * PAIR_FLOOR);
  // averageLink consumes the graph; the lone articles' rows are read after it.
  const sims = attachShare > 0 ? pairs.map((m) => new Map(m)) : [];
  const rep = averageLink(pairs, threshold);
  return attachShare > 0 ? attachLoners(rep, sims, threshold * attachShare) : rep;
}

/**
 * An article the step left alone joins the story of its topic it is on average most like, when
 * that average reaches `least`. Average link opens a story only on a pair above the threshold,
 * so a short report of the event that is moderately like every other report stays out.
 * Only stories of two or more take members: lone articles never chain into a story.
 */
export function attachLoners(rep: Int32Array, sims: readonly Map<number, number>[], least: number): Int32Array {
  const size = new Map<number, number>();
  for (const r of rep) size.set(r, (size.get(r) ?? 0) + 1);
  const out = Int32Array.from(rep);
  rep.forEach((r, i) => {
    if (size.get(r) !== 1) return;
    const sum = new Map<number, number>();
    for (const [j, s] of sims[i]!) if (size.get(rep[j]!)! > 1) sum.set(rep[j]!, (sum.get(rep[j]!) ?? 0) + s);
    let bestAvg = least;
    for (const [c, s] of sum) {
      const avg = s / size.get(c)!;
      if (avg >= bestAvg) [out[i], bestAvg] = [c, avg];
    }
  });
  return out;
}

/**
 * Scatter/gather's "join" refinement (Cutting et al. 1992): clusters whose centroids (the
 * normalised sum of their members' vectors) are alike are one cluster. The centroids are
 * clustered like articles: candidate pairs through shared features, average link at `threshold`.
 */
export function joinByCentroid(vectors: readonly Vector[], cluster: Int32Array, threshold: number, keep = CENTROID_TERMS): Int32Array {
  const reps = [...new Set(cluster)];
  const index = new Map(reps.map((r, k) => [r, k]));
  const members = reps.map((): number[] => []);
  cluster.forEach((r, i) => members[index.get(r)!]!.push(i));
  // One cluster's sum at a time, cut to its heaviest features: the centroids stay as small as the articles' vectors.
  const sum = new Map<number, number>();
  const centroids: Vector[] = members.map((list) => {
    sum.clear();
    for (const i of list) vectors[i]!.ids.forEach((id, k) => sum.set(id, (sum.get(id) ?? 0) + vectors[i]!.weights[k]!));
    let entries = [...sum];
    if (entries.length > keep) entries = entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, keep);
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((a, [, w]) => a + w * w, 0)) || 1;
    return { ids: Uint32Array.from(entries, ([id]) => id), weights: Float32Array.from(entries, ([, w]) => w / norm) };
  });
  const df = new Map<number, number>();
  for (const c of centroids) for (const id of c.ids) df.set(id, (df.get(id) ?? 0) + 1);
  const joined = averageLink(similarPairs(centroids, df, threshold * PAIR_FLOOR), threshold);
  return Int32Array.from(cluster, (r) => reps[joined[index.get(r)!]!]!);
}
