/**
 * The entity tagger's working memory: buffers reused from document to document (so tagging
 * allocates little) and the memo of spellings' affixes. One object per thread, made once and
 * handed to every step that needs it (prepareDocument, matchGazetteer, decodeDocument), so
 * the state the core reuses is in plain view rather than in module variables. A document is
 * tagged to the end before the next starts, so one object serves them all in turn.
 */
import { LABEL_COUNT } from './labels.js';
import type { Lexeme } from './token-scan.js';

/**
 * Dense ids 0, 1, 2... for the distinct int32 hashes of one document (open addressing), in
 * order of first occurrence. One instance serves every document (reset), so its tables are
 * allocated once.
 */
class IdMap {
  private slots = new Int32Array(0);
  private ids = new Int32Array(0);
  private mask = 0;
  size = 0;
  /** Empties the map for a document of up to `capacity` distinct hashes. */
  reset(capacity: number): void {
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    if (size > this.slots.length) {
      this.slots = new Int32Array(size);
      this.ids = new Int32Array(size);
    }
    this.mask = size - 1;
    this.ids.fill(-1, 0, size);
    this.size = 0;
  }
  id(h: number): number {
    let i = (Math.imul(h, 0x9e3779b1) >>> 0) & this.mask;
    while (this.ids[i] !== -1 && this.slots[i] !== h) i = (i + 1) & this.mask;
    if (this.ids[i] === -1) {
      this.slots[i] = h;
      this.ids[i] = this.size++;
    }
    return this.ids[i]!;
  }
}

/** Largest number of features one token gets (see features.ts). */
export const MAX_FEATURES = 96;
/** Largest beam the decoder keeps (decode.ts). */
export const MAX_BEAM = 8;

/** The hypotheses the decoder keeps at one token, best first (decode.ts). */
export class Beam {
  size = 0;
  readonly score = new Float64Array(MAX_BEAM);
  /** The hypothesis at the token before that this one extends. */
  readonly from = new Int32Array(MAX_BEAM);
  /** The label chosen (with decode.ts's SCORED bit). */
  readonly label = new Uint8Array(MAX_BEAM);
  /** The hypothesis's last two labels, plain (-1: the sentence start). */
  readonly prev = new Int32Array(MAX_BEAM);
  readonly prev2 = new Int32Array(MAX_BEAM);

  /**
   * Keeps the hypothesis if it is among the `k` best so far; on a tie, the earlier stays
   * ahead. With `merge`, of two hypotheses whose last two labels agree only the better is
   * kept (Viterbi's recombination: what follows depends on those labels).
   */
  offer(score: number, from: number, label: number, before: number, k: number, merge: boolean): void {
    const plain = label & 127;
    if (merge) {
      for (let x = 0; x < this.size; x++) {
        if ((this.label[x]! & 127) !== plain || this.prev2[x] !== before) continue;
        if (score <= this.score[x]!) return;
        // Drop the worse one, then insert as usual.
        for (let y = x; y + 1 < this.size; y++) this.move(y + 1, y);
        this.size--;
        break;
      }
    }
    let x = this.size;
    if (x === k) {
      if (score <= this.score[k - 1]!) return;
      x = k - 1;
    } else this.size++;
    for (; x > 0 && this.score[x - 1]! < score; x--) this.move(x - 1, x);
    this.prev2[x] = before;
    this.score[x] = score;
    this.from[x] = from;
    this.label[x] = label;
  }

  private move(from: number, to: number): void {
    this.score[to] = this.score[from]!;
    this.from[to] = this.from[from]!;
    this.label[to] = this.label[from]!;
    this.prev2[to] = this.prev2[from]!;
  }
}

export class EntityScratch {
  /** Spellings' affix hashes (token-scan.ts lexeme). */
  readonly lexicon = new Map<string, Lexeme>();
  /** Dense word ids of the document being prepared. */
  readonly idMap = new IdMap();
  /** scanToken's two outputs. */
  readonly hashes = new Int32Array(2);
  /** A token's features, and the scores of its labels, while it is decoded. */
  readonly features = new Int32Array(MAX_FEATURES);
  readonly scores = new Float64Array(LABEL_COUNT);
  /** The decoder's: scores of the features no earlier label changes, shared by a token's hypotheses. */
  readonly baseScores = new Float64Array(LABEL_COUNT);
  /** The decoder's: the features that depend on a hypothesis's labels. */
  readonly tail = new Int32Array(8);
  /** The decoder's: a word's history counts along one hypothesis. */
  readonly local = new Int32Array(8);
  readonly beamA = new Beam();
  readonly beamB = new Beam();
  /** Gazetteer matches as found, (token, code) pairs (matchGazetteer). */
  pairTokens = new Int32Array(256);
  pairCodes = new Int32Array(256);
  private bytes = new Uint8Array(0);
  private masks = new Int32Array(0);
  private cursors = new Int32Array(0);
  private history = new Int32Array(0);
  private lastSeen = new Int32Array(0);
  private parents = new Int32Array(0);
  private trails = new Uint8Array(0);

  /** `count` zeroed bytes, valid until the next call (prepareDocument's temporaries). */
  temporaryBytes(count: number): Uint8Array {
    if (this.bytes.length < count) this.bytes = new Uint8Array(Math.max(count, this.bytes.length * 2));
    else this.bytes.fill(0, 0, count);
    return this.bytes;
  }

  /** Room for `count` int32s, not cleared: per token, its one-word gazetteer entry. */
  temporaryMasks(count: number): Int32Array {
    if (this.masks.length < count) this.masks = new Int32Array(Math.max(count, this.masks.length * 2));
    return this.masks;
  }

  /**
   * A copy of `starts[0..count)`, valid until the next call: the write positions of a counting
   * sort (prepareDocument's occurrences, matchGazetteer's codes), not a new array per document.
   */
  cursorsFrom(starts: Int32Array, count: number): Int32Array {
    if (this.cursors.length < count) this.cursors = new Int32Array(Math.max(count, this.cursors.length * 2));
    this.cursors.set(starts.subarray(0, count));
    return this.cursors;
  }

  /** `size` zeroed counts for the decoder's prediction history. */
  historyTable(size: number): Int32Array {
    if (this.history.length < size) this.history = new Int32Array(Math.max(size, 2 * this.history.length));
    else this.history.fill(0, 0, size);
    return this.history;
  }

  /** `size` entries of -1: per word, its last position seen (decode.ts). */
  lastSeenTable(size: number): Int32Array {
    if (this.lastSeen.length < size) this.lastSeen = new Int32Array(Math.max(size, 2 * this.lastSeen.length));
    this.lastSeen.fill(-1, 0, size);
    return this.lastSeen;
  }

  /** Room for a sentence's back-pointers and labels, `size` of each, not cleared (decode.ts). */
  trail(size: number): { parent: Int32Array; trail: Uint8Array } {
    if (this.parents.length < size) {
      this.parents = new Int32Array(Math.max(size, 2 * this.parents.length));
      this.trails = new Uint8Array(this.parents.length);
    }
    return { parent: this.parents, trail: this.trails };
  }

  /** Makes room for at least `size` gazetteer match pairs, keeping those found. */
  growPairs(size: number): void {
    const tokens = new Int32Array(Math.max(size, this.pairTokens.length * 2));
    const codes = new Int32Array(tokens.length);
    tokens.set(this.pairTokens);
    codes.set(this.pairCodes);
    this.pairTokens = tokens;
    this.pairCodes = codes;
  }
}
