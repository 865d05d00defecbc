/**
 * The run-time cache of intrinsic weights (see CachingScorer.intrinsic): per spelling, the
 * summed weights of its intrinsic features, LABEL_COUNT float32s in one slab. Looked up for
 * every scored token, so it is an open-addressing table over int32 hashes of the spelling
 * (each entry checked against the spelling itself, so a hash collision cannot mix two
 * spellings) rather than a Map of strings to arrays: one probe and one slab read, where the
 * Map walked a chain of entries and then a typed array's separate store.
 */
import { hashString } from './hash.js';
import { LABEL_COUNT } from './labels.js';

export class IntrinsicCache {
  /** Pairs (hash, id + 1); id + 1 === 0 marks an empty slot. */
  private slots = new Int32Array(2 * 4096);
  private mask = 4095;
  private keys: string[] = [];
  /** Weights of entry `id` at `id * LABEL_COUNT`; replaced when it grows. */
  weights = new Float32Array(1024 * LABEL_COUNT);

  constructor(private readonly limit: number) {}

  /** Offset in `weights` of the entry for `key`, or -1. */
  find(key: string, hash: number): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot * 2 + 1]! - 1;
      if (id < 0) return -1;
      if (this.slots[slot * 2] === hash && this.keys[id] === key) return id * LABEL_COUNT;
    }
  }

  /**
   * A new zeroed entry for `key` (not in the cache); its offset in `weights`. When the cache
   * is full it is emptied first, as the Map it replaces was.
   */
  add(key: string, hash: number): number {
    if (this.keys.length >= this.limit) this.clear();
    const id = this.keys.length;
    this.keys.push(key);
    if ((id + 1) * LABEL_COUNT > this.weights.length) {
      const grown = new Float32Array(this.weights.length * 2);
      grown.set(this.weights);
      this.weights = grown;
    }
    if (2 * (id + 1) > this.mask) this.rehash(2 * (this.mask + 1));
    this.insert(hash, id);
    return id * LABEL_COUNT;
  }

  private insert(hash: number, id: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = hash;
    this.slots[slot * 2 + 1] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let id = 0; id < this.keys.length - 1; id++) this.insert(hashString(this.keys[id]!), id);
  }

  private clear(): void {
    this.keys = [];
    this.slots.fill(0);
    this.weights.fill(0);
  }
}
