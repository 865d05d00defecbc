/**
 * Open addressing over int32 keys for the model files' hash → value tables (feature rows,
 * gazetteer masks, word clusters), and the little-endian uint32 arrays they are stored as.
 */

export function readUint32(bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  for (let i = 0, b = 0; i < count; i++, b += 4) out[i] = (bytes[b]! | (bytes[b + 1]! << 8) | (bytes[b + 2]! << 16) | (bytes[b + 3]! << 24)) >>> 0;
  return out;
}

/**
 * Keys are int32 (none is 0) with non-negative int32 values, key and value side by side so a
 * probe touches one cache line. Load factor about 0.5.
 */
export class HashTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  constructor(keys: Uint32Array, values: Int32Array | Uint32Array | Uint8Array) {
    // One element type in the loop below: three array types would make its loads polymorphic.
    const vals = values instanceof Int32Array ? values : Int32Array.from(values);
    let size = 1;
    while (size < keys.length * 1.5) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (let i = 0; i < keys.length; i++) {
      let slot = keys[i]! & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = keys[i]! | 0;
      this.slots[slot * 2 + 1] = vals[i]!;
    }
  }
  /** The value stored for `key`, or -1. */
  find(key: number): number {
    let slot = key & this.mask;
    for (;;) {
      const k = this.slots[slot * 2]!;
      if (k === key) return this.slots[slot * 2 + 1]!;
      if (k === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}
