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
import { attachLoners, averageLink } from './average-link.js';
import { penaliseConflicts, type ConflictOptions, type Leads } from './conflict.js';
import { dropThinOverlaps } from './overlap.js';
import { documentFrequencies, similarPairs, tfidfVectors, type Bag, type Vector } from './similarity.js';

/** An article as grouping sees it: its features, and its names for the conflict check. */
export type GroupBag = Bag & Leads;

export interface GroupOptions extends ConflictOptions {
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
  /** Least cosine over whole vectors for two articles to link in the topic step (0: no such test). @default WHOLE_FLOOR */
  readonly wholeFloor?: number;
  /** Least cosine of two articles' feature counts (no idf) for them to link in the topic step (0: no such test). @default COUNT_FLOOR */
  readonly countFloor?: number;
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
/**
 * Features kept per topic centroid, so the join's memory is bounded like the articles' vectors.
 * Cross-validation over ECB+ topics among 60, 120 and no cap picked 120 in the folds that joined,
 * but 120 moved all-files recall under its CI floor (94.2 < 94.5); 180 is the smallest of 120,
 * 180, 240 and 400 that leaves every all-files figure as it was (docs/digest.md).
 */
export const CENTROID_TERMS = 180;
/**
 * A lone article joins a story of its topic it is on average this much of the threshold like.
 * Cross-validation over ECB+ topics (scripts/tune-digest.ts, ATTACH=0,0.5,0.75,0.9) picked it
 * in 4 of 5 folds (0.75 in 3) and in all topics; held-out F1 90.3 -> 90.5, no fold worse.
 */
export const ATTACH_SHARE = 0.75;
/**
 * Least cosine between two articles' whole vectors (their features only they have included) for
 * them to be linked in the topic step, and for the join to put their topics together. The vectors
 * compared leave out the features only one article has, which rank pairs well in a large folder,
 * but in a folder of a few articles they hold little beyond what the two share, so two unrelated
 * articles with three ordinary words in common looked alike (0.3 or more). This second test
 * removes pairs with little real overlap. Chosen by cross-validation over ECB+ topics
 * (scripts/tune-digest.ts, WHOLE=…; docs/digest.md).
 */
export const WHOLE_FLOOR = 0.03;
/**
 * Least cosine of two articles' raw feature counts over their whole bags (overlap.ts) for them to
 * be linked in the topic step. The whole-vector floor above still depends on the folder's size (a
 * feature two articles share weighs log 3/2 in a folder of two, log 3 in one of five), so sets of
 * five unrelated articles still met; counts do not depend on the folder. Chosen by cross-validation
 * over ECB+ topics (scripts/tune-digest.ts, COUNT=…; docs/digest.md).
 */
export const COUNT_FLOOR = 0.1;
/**
 * Pairs less alike than this share of the threshold are dropped: two unrelated articles that
 * share a rare word would otherwise pile up in memory, and count as 0 in the averages anyway.
 */
const PAIR_FLOOR = 0.25;

export interface Grouping {
  /** Each bag's story number (any integer; equal numbers, one story). */
  readonly story: Int32Array;
  /** The corpus-wide vectors and document frequencies, for the story view to reuse. */
  readonly vectors: readonly Vector[];
  readonly df: ReadonlyMap<number, number>;
}

export function groupStories(bags: readonly GroupBag[], options: GroupOptions = {}): Grouping {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const df = documentFrequencies(bags);
  const vectors = tfidfVectors(bags, df);
  const topicThreshold = threshold * (options.topicFactor ?? TOPIC_FACTOR);
  const join = options.joinThreshold ?? JOIN_THRESHOLD;
  const wholeFloor = options.wholeFloor ?? WHOLE_FLOOR;
  const pairs = similarPairs(vectors, df, topicThreshold * PAIR_FLOOR, wholeFloor);
  const countFloor = options.countFloor ?? COUNT_FLOOR;
  if (countFloor > 0) dropThinOverlaps(pairs, bags, countFloor);
  // The pairs that passed, for the join (averageLink consumes the graph).
  const links = (wholeFloor > 0 || countFloor > 0) && join !== Infinity ? flatLinks(pairs) : undefined;
  const linked = averageLink(pairs, topicThreshold);
  const topics = join === Infinity ? linked : joinByCentroid(vectors, linked, join, options.centroidTerms, links);
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
            options,
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
function cluster(bags: readonly GroupBag[], threshold: number, widerDf: ReadonlyMap<number, number>, options: GroupOptions): Int32Array {
  const attachShare = options.attachShare ?? ATTACH_SHARE;
  const df = documentFrequencies(bags);
  const vectors = tfidfVectors(bags, df, widerDf);
  const pairs = similarPairs(vectors, df, threshold * PAIR_FLOOR);
  penaliseConflicts(bags, pairs, options);
  // averageLink consumes the graph; the lone articles' rows are read after it.
  const sims = attachShare > 0 ? pairs.map((m) => new Map(m)) : [];
  const rep = averageLink(pairs, threshold);
  return attachShare > 0 ? attachLoners(rep, sims, threshold * attachShare) : rep;
}

/**
 * Scatter/gather's "join" refinement (Cutting et al. 1992): clusters whose centroids (the
 * normalised sum of their members' vectors) are alike are one cluster. The centroids are
 * clustered like articles: candidate pairs through shared features, average link at `threshold`.
 * Given `links` (pairs of items, flat: a, b, a, b, …), only clusters that some link joins are compared: a lone
 * article's centroid is its own vector, whose cosine the whole-vector floor had refused.
 */
export function joinByCentroid(vectors: readonly Vector[], cluster: Int32Array, threshold: number, keep = CENTROID_TERMS, links?: Uint32Array): Int32Array {
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
  const pairs = similarPairs(centroids, df, threshold * PAIR_FLOOR);
  if (links) {
    // Each pair of clusters some link joins, as one number (lower index times the count, plus the higher).
    const key = (x: number, y: number) => Math.min(x, y) * reps.length + Math.max(x, y);
    const linked = new Set<number>();
    for (let k = 0; k < links.length; k += 2) {
      const x = index.get(cluster[links[k]!]!)!;
      const y = index.get(cluster[links[k + 1]!]!)!;
      if (x !== y) linked.add(key(x, y));
    }
    pairs.forEach((m, x) => m.forEach((_, y) => linked.has(key(x, y)) || m.delete(y)));
  }
  const joined = averageLink(pairs, threshold);
  return Int32Array.from(cluster, (r) => reps[joined[index.get(r)!]!]!);
}

/** The pairs of a symmetric graph, each once, flat (a, b, a, b, …): two numbers a pair, not an object. */
function flatLinks(pairs: readonly Map<number, number>[]): Uint32Array {
  let count = 0;
  pairs.forEach((m, a) => m.forEach((_, b) => a < b && count++));
  const links = new Uint32Array(2 * count);
  let at = 0;
  pairs.forEach((m, a) =>
    m.forEach((_, b) => {
      if (a < b) [links[at++], links[at++]] = [a, b];
    }),
  );
  return links;
}
