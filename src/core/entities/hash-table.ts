/**
 * Open addressing with linear probing (Knuth, TAOCP vol. 3, 6.4, algorithm L) over int32
 * keys for the model files' hash → value tables (feature rows, gazetteer masks, word
 * clusters), and the little-endian uint32 arrays they are stored as.
 */

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * `count` little-endian int32s from `bytes` at `byteOffset`: a view of the same memory where
 * it can be one (a little-endian machine, an aligned offset), a loop run only where it cannot.
 * A view costs nothing as a process starts; the loop cost 3 to 15 ms for the model's arrays.
 */
export function readInt32(bytes: Uint8Array, count: number, byteOffset = 0): Int32Array {
  const at = bytes.byteOffset + byteOffset;
  if (LITTLE_ENDIAN && at % 4 === 0) return new Int32Array(bytes.buffer, at, count);
  const out = new Int32Array(count);
  for (let i = 0, b = byteOffset; i < count; i++, b += 4) out[i] = bytes[b]! | (bytes[b + 1]! << 8) | (bytes[b + 2]! << 16) | (bytes[b + 3]! << 24);
  return out;
}

/** Slots for `count` keys: the smallest power of two at least 1.5 times as many (load ≤ 2/3). */
export function tableSize(count: number): number {
  let size = 1;
  while (size < count * 1.5) size <<= 1;
  return size;
}

/**
 * Keys are int32 (none is 0) with non-negative int32 values, key and value side by side so a
 * probe touches one cache line. Load factor between 1/3 and 2/3 (tableSize).
 */
export class HashTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /**
   * Keys in `tableOrder` fill the table front to back, each in the first slot it probes;
   * in any other order the same table comes out, at the cost of a cache miss per key.
   */
  constructor(keys: Int32Array, values: Int32Array | Uint8Array) {
    // One element type in the loop below: two array types would make its loads polymorphic.
    const vals = values instanceof Int32Array ? values : Int32Array.from(values);
    const size = tableSize(keys.length);
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    for (let i = 0; i < keys.length; i++) {
      let slot = keys[i]! & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = keys[i]!;
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

/**
 * The indices of `keys` in the order of the slots a HashTable puts them in, starting after an
 * empty slot: inserted in this order each key lands in the slot it had, so the model files
 * store their keys this way and loading writes the table front to back (sequential writes:
 * the 133,692 feature keys in about half the time of the files' former random order).
 */
export function tableOrder(keys: readonly number[]): number[] {
  const size = tableSize(keys.length);
  const slots = new Int32Array(size).fill(-1);
  keys.forEach((key, i) => {
    let slot = key & (size - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot] = i;
  });
  const empty = slots.indexOf(-1);
  const order: number[] = [];
  for (let k = 1; k <= size; k++) {
    const i = slots[(empty + k) & (size - 1)]!;
    if (i >= 0) order.push(i);
  }
  return order;
}
