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
  /** Gazetteer matches as found, (token, code) pairs (matchGazetteer). */
  pairTokens = new Int32Array(256);
  pairCodes = new Int32Array(256);
  private bytes = new Uint8Array(0);
  private masks = new Int32Array(0);
  private history = new Int32Array(0);

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

  /** `size` zeroed counts for the decoder's prediction history. */
  historyTable(size: number): Int32Array {
    if (this.history.length < size) this.history = new Int32Array(Math.max(size, 2 * this.history.length));
    else this.history.fill(0, 0, size);
    return this.history;
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
