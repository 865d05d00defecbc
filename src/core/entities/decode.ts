/**
 * Decoding a document into BILOU labels with the tagger's linear model: greedy left to right,
 * or a small beam over each sentence (Ratinov & Roth 2009 compare greedy, beam and Viterbi
 * decoding for NER).
 *
 * The model is trained greedily (TRAINING: one hypothesis, no constraint, so the features it
 * learns from are those of its own choices; scripts/train-ner.ts). With a beam, its scores
 * become label probabilities (a softmax with a temperature, as in a maximum-entropy Markov
 * model, McCallum, Freitag & Pereira 2000), only label sequences that BILOU allows are kept
 * ("B-ORG" is followed by "I-ORG" or "L-ORG"), and the sentence's most probable sequence in
 * the beam wins. Cross-validated on train (docs/entities.md) a beam of 2 or 3 gains about 1.3
 * F1 over greedy decoding; precis tags with a beam of 3 (RUN_TIME).
 */
import { contextFeatures, intrinsicFeatures, labelFeatures, neighbourClusterFeatures, stateFeatures } from './features.js';
import { F_CAPS_SENTENCE, type PreparedDocument } from './prepare.js';
import { MAX_BEAM, type EntityScratch } from './scratch.js';
import { LABEL_COUNT, SPAN_TYPES, partOfLabel, Part, typeOfLabel } from './labels.js';
import type { CachingScorer, LearnHook, Scorer } from './tagger.js';

export interface DecodeOptions {
  /** Hypotheses kept per token (1: greedy), at most MAX_BEAM. */
  readonly beam: number;
  /** Softmax temperature turning the model's scores into label probabilities. */
  readonly temperature: number;
  /** Keep only label sequences that BILOU allows. */
  readonly constrained: boolean;
  /** Hypotheses this far (in log-probability) below the best are dropped. */
  readonly margin: number;
  /** Of hypotheses that agree on their last two labels, keep only the best. */
  readonly merge: boolean;
}

/** As the model is trained: greedy and unconstrained, exactly the choices it learns from. */
export const TRAINING: DecodeOptions = { beam: 1, temperature: 1, constrained: false, margin: 0, merge: false };
/**
 * As precis tags: the best setting cross-validated on train (docs/entities.md). Beams of 2 at
 * temperatures 5 to 20 do as well on train but each loses ECB+ story grouping.
 */
export const RUN_TIME: DecodeOptions = { beam: 3, temperature: 10, constrained: true, margin: 5, merge: true };

const OUTSIDE_HISTORY = SPAN_TYPES.length;
const HISTORY_WIDTH = OUTSIDE_HISTORY + 1;
/** Bit of a trail entry: the token was scored (and so counts in the prediction history). */
const SCORED = 128;

/** Whether BILOU allows label y after label prev (-1: the sentence start). */
function allows(prev: number, y: number): boolean {
  const open = prev > 0 && partOfLabel(prev) <= Part.I;
  if (y === 0) return !open;
  const part = partOfLabel(y);
  if (open) return typeOfLabel(y) === typeOfLabel(prev) && (part === Part.I || part === Part.L);
  return part === Part.B || part === Part.U;
}

/** allows() tabulated, at (prev + 1) * LABEL_COUNT + y: the beam asks it for every label of every hypothesis. */
const ALLOWED = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let prev = -1; prev < LABEL_COUNT; prev++) for (let y = 0; y < LABEL_COUNT; y++) ALLOWED[(prev + 1) * LABEL_COUNT + y] = allows(prev, y) ? 1 : 0;

function allowed(prev: number, y: number): boolean {
  return ALLOWED[(prev + 1) * LABEL_COUNT + y] === 1;
}

/**
 * Labels for every token of the document, one BILOU label index each. `learn` (training)
 * is called for each scored token with its features and the label chosen; it needs a beam of 1.
 */
export function decodeDocument(d: PreparedDocument, scorer: Scorer, scratch: EntityScratch, options: DecodeOptions = RUN_TIME, learn?: LearnHook): Uint8Array {
  const K = options.beam;
  if (K < 1 || K > MAX_BEAM || (learn && K !== 1)) throw new Error(`beam ${K}: 1 to ${MAX_BEAM}, and 1 in training`);
  const labels = new Uint8Array(d.length);
  // Extended prediction history: per word, how often each type (or O) was chosen so far.
  const history = scratch.historyTable(d.wordCount * HISTORY_WIDTH);
  // Per word, its last position in the sentence being decoded that a hypothesis may have
  // scored (then the history feature depends on the path).
  const lastSeen = scratch.lastSeenTable(d.wordCount);
  const { features, scores, baseScores, tail, local } = scratch;
  const fast = learn === undefined && 'tokenScores' in scorer ? (scorer as CachingScorer) : undefined;
  let cur = scratch.beamA;
  let next = scratch.beamB;
  for (const s of decodingOrder(d)) {
    const from = d.sentenceStarts[s]!;
    const to = s + 1 < d.sentenceStarts.length ? d.sentenceStarts[s + 1]! : d.length;
    if (to === from) continue;
    const { parent, trail } = scratch.trail((to - from) * K);
    // The sentence's path is settled up to the last token after which the beam held one
    // hypothesis (`single`): every later one descends from it. Its tokens before `committed`
    // are counted into `history` already, so a path's own counts (pastOnPath) are walked back
    // only to there, not to the sentence start, which made a long sentence quadratic.
    const path = { committed: 0, single: -1 };
    cur.size = 1;
    cur.score[0] = 0;
    cur.prev[0] = -1;
    cur.prev2[0] = -1;
    for (let i = from; i < to; i++) {
      const t = i - from;
      if (cur.size === 1 && d.lowerCase[i] === 1 && (cur.prev[0]! <= 0 || partOfLabel(cur.prev[0]!) >= Part.L)) {
        // Most tokens: one hypothesis, which cannot open a name here (see below).
        parent[t * K] = 0;
        trail[t * K] = 0;
        cur.prev2[0] = cur.prev[0]!;
        cur.prev[0] = 0;
        path.single = t;
        continue;
      }
      const id = d.wordId[i]!;
      const repeated = lastSeen[id]! >= from;
      lastSeen[id] = i;
      next.size = 0;
      let base = -1; // features of the token that no label changes: not yet counted
      for (let h = 0; h < cur.size; h++) {
        const prev = cur.prev[h]!;
        if (d.lowerCase[i] === 1 && (prev <= 0 || partOfLabel(prev) >= Part.L)) {
          // Cannot start a name and none is open: O, unscored, and left out of the history
          // (see PreparedDocument.lowerCase).
          next.offer(cur.score[h]!, h, 0, prev, K, options.merge);
          continue;
        }
        if (base < 0) {
          if (fast) {
            fast.tokenScores(d, i, baseScores);
            base = contextFeatures(d, i, features, 0);
          } else {
            baseScores.fill(0);
            base = contextFeatures(d, i, features, neighbourClusterFeatures(d, i, features, intrinsicFeatures(d, i, features, 0)));
          }
          scorer.score(features, base, baseScores);
        }
        if (repeated && path.committed <= path.single) path.committed = commit(d, history, parent, trail, from, path, K);
        const past = repeated ? pastOnPath(d, history, local, parent, trail, from, t, h, K, id, path.committed) : pastType(history, id * HISTORY_WIDTH);
        let n = 0;
        let max = -Infinity;
        if (fast) max = fast.hypothesisScores(d, i, prev, cur.prev2[h]!, past, baseScores, scores);
        else {
          for (let y = 0; y < LABEL_COUNT; y++) scores[y] = baseScores[y]!;
          n = stateFeatures(d, i, prev, past, tail, labelFeatures(prev, cur.prev2[h]!, tail, 0));
          scorer.score(tail, n, scores);
          for (let y = 0; y < LABEL_COUNT; y++) if (scores[y]! > max) max = scores[y]!;
        }
        if (K === 1) {
          let best = -1;
          for (let y = 0; y < LABEL_COUNT; y++) if ((!options.constrained || allowed(prev, y)) && (best < 0 || scores[y]! > scores[best]!)) best = y;
          if (learn) {
            features.set(tail.subarray(0, n), base);
            learn(i, features, base + n, best);
          }
          next.offer(0, h, best | SCORED, prev, K, false);
          continue;
        }
        // Log-probabilities of the labels (softmax over all of them), for those allowed here.
        // Extending a lone hypothesis, only differences between its extensions matter: its
        // score and the softmax's normaliser, the same for all of them, are left out.
        let offset = -max / options.temperature;
        if (cur.size > 1) {
          // The normaliser only lowers a hypothesis's extensions (z >= 1), so when none it
          // allows could, without it, reach the margin or beat the worst of a full beam, the
          // exp calls are skipped: each extension would be dropped below or refused by offer().
          if (next.size > 0) {
            const floor = Math.max(next.score[0]! - options.margin, next.size === K ? next.score[K - 1]! : -Infinity);
            if (!reaches(scores, max, prev, cur.score[h]!, floor, options)) continue;
          }
          let z = 0;
          for (let y = 0; y < LABEL_COUNT; y++) z += Math.exp((scores[y]! - max) / options.temperature);
          offset += cur.score[h]! - Math.log(z);
        }
        // An extension already below the best so far by more than the margin would be pruned
        // below (the best only rises), so it is not offered: same beam, fewer offers.
        for (let y = 0; y < LABEL_COUNT; y++) {
          if (options.constrained && !allowed(prev, y)) continue;
          const score = offset + scores[y]! / options.temperature;
          if (next.size > 0 && score < next.score[0]! - options.margin) continue;
          next.offer(score, h, y | SCORED, prev, K, options.merge);
        }
      }
      while (next.size > 1 && next.score[next.size - 1]! < next.score[0]! - options.margin) next.size--;
      for (let x = 0; x < next.size; x++) {
        const h = next.from[x]!;
        parent[t * K + x] = h;
        trail[t * K + x] = next.label[x]!;
        next.prev[x] = next.label[x]! & ~SCORED;
      }
      if (next.size === 1) path.single = t;
      [cur, next] = [next, cur];
    }
    // The best hypothesis that closes its names (any, should none).
    let best = 0;
    if (options.constrained) {
      for (let h = cur.size - 1; h >= 0; h--) if (allowed(cur.prev[h]!, 0)) best = h;
    }
    for (let t = to - from - 1, h = best; t >= 0; h = parent[t * K + h]!, t--) {
      const entry = trail[t * K + h]!;
      const y = entry & ~SCORED;
      labels[from + t] = y;
      if (entry & SCORED && t >= path.committed) {
        const type = typeOfLabel(y);
        history[d.wordId[from + t]! * HISTORY_WIDTH + (type < 0 ? OUTSIDE_HISTORY : type)]!++;
      }
    }
  }
  return labels;
}

/** Whether an extension of a hypothesis scoring `own` may reach `floor`, before its normaliser (with room for rounding). */
function reaches(scores: Float64Array, max: number, prev: number, own: number, floor: number, options: DecodeOptions): boolean {
  for (let y = 0; y < LABEL_COUNT; y++) {
    if (options.constrained && !allowed(prev, y)) continue;
    if (own + (scores[y]! - max) / options.temperature >= floor - 1e-6) return true;
  }
  return false;
}

/**
 * Counts the settled path's scored labels from `path.committed` to `path.single` into the
 * history (walking back from the lone hypothesis there) and returns where they now end.
 */
function commit(
  d: PreparedDocument,
  history: Int32Array,
  parent: Int32Array,
  trail: Uint8Array,
  from: number,
  path: { committed: number; single: number },
  K: number,
): number {
  for (let tt = path.single, h = 0; tt >= path.committed; h = parent[tt * K + h]!, tt--) {
    const entry = trail[tt * K + h]!;
    if (entry & SCORED) {
      const type = typeOfLabel(entry & ~SCORED);
      history[d.wordId[from + tt]! * HISTORY_WIDTH + (type < 0 ? OUTSIDE_HISTORY : type)]!++;
    }
  }
  return path.single + 1;
}

/**
 * The history feature of token `from + t` on hypothesis h, when its word already occurs
 * earlier in the sentence: the document's counts before the sentence (and on the sentence's
 * settled path, before `committed`) plus that path's scored labels for the word since (what
 * greedy decoding, counting as it goes, would see).
 */
function pastOnPath(
  d: PreparedDocument,
  history: Int32Array,
  local: Int32Array,
  parent: Int32Array,
  trail: Uint8Array,
  from: number,
  t: number,
  h: number,
  K: number,
  id: number,
  committed: number,
): number {
  for (let x = 0; x < HISTORY_WIDTH; x++) local[x] = history[id * HISTORY_WIDTH + x]!;
  for (let tt = t - 1; tt >= committed; h = parent[tt * K + h]!, tt--) {
    const entry = trail[tt * K + h]!;
    if (entry & SCORED && d.wordId[from + tt] === id) {
      const type = typeOfLabel(entry & ~SCORED);
      local[type < 0 ? OUTSIDE_HISTORY : type]!++;
    }
  }
  return pastType(local, 0);
}

/**
 * Sentences in the order they are decoded: those with case first, then caseless ones
 * (headlines, where "Haaland Double Sends City Top" says little by its case), so a headline
 * word's history feature already holds what the body made of it.
 */
function decodingOrder(d: PreparedDocument): number[] {
  const cased: number[] = [];
  const caseless: number[] = [];
  for (let s = 0; s < d.sentenceStarts.length; s++) {
    const from = d.sentenceStarts[s]!;
    (from < d.length && (d.flags[from]! & F_CAPS_SENTENCE) !== 0 ? caseless : cased).push(s);
  }
  return caseless.length === 0 ? cased : [...cased, ...caseless];
}

/**
 * The history feature's value: the type most often chosen for this word so far, where any
 * type wins over O once chosen (as in Ratinov & Roth); O (4) if only O; -1 if never seen.
 */
function pastType(history: Int32Array, at: number): number {
  let best = -1;
  let bestCount = 0;
  for (let t = 0; t < OUTSIDE_HISTORY; t++) {
    if (history[at + t]! > bestCount) {
      bestCount = history[at + t]!;
      best = t;
    }
  }
  return best >= 0 ? best : history[at + OUTSIDE_HISTORY]! > 0 ? OUTSIDE_HISTORY : -1;
}
