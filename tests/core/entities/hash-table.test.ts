import { describe, expect, it } from 'vitest';
import { HashTable, readInt32, tableOrder, tableSize } from '../../../src/core/entities/hash-table.js';

describe('HashTable', () => {
  // 6 keys take 16 slots: homes 14 and 15 collide and run past the end into slots 0 and 1.
  const keys = [0x10e, 0x20e, 0x30f, 0x101, 0x405, 0x50e];
  const values = [1, 2, 3, 4, 5, 6];

  it('finds every key’s value and -1 for a key it does not hold, whatever the order of insertion', () => {
    const order = tableOrder(keys);
    for (const [k, v] of [
      [keys, values],
      [order.map((i) => keys[i]!), order.map((i) => values[i]!)],
    ]) {
      const table = new HashTable(Int32Array.from(k!), Int32Array.from(v!));
      expect(keys.map((key) => table.find(key))).toEqual(values);
      expect(table.find(0x60e)).toBe(-1);
    }
  });

  it('orders keys by the slots they take, starting after an empty slot, so that order reproduces itself', () => {
    expect(tableSize(keys.length)).toBe(16);
    // Slots 14, 15, 0, 1, 2 hold 0x10e, 0x20e, 0x30f (home 15), 0x101, 0x50e (home 14); 5 holds 0x405.
    const order = tableOrder(keys);
    expect(order.map((i) => keys[i])).toEqual([0x405, 0x10e, 0x20e, 0x30f, 0x101, 0x50e]);
    expect(tableOrder(order.map((i) => keys[i]!))).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('readInt32', () => {
  it('reads little-endian int32s at any offset, aligned or not', () => {
    const bytes = Uint8Array.of(9, 1, 0, 0, 0, 0xfe, 0xff, 0xff, 0xff, 7);
    expect([...readInt32(bytes, 2, 1)]).toEqual([1, -2]);
    expect([...readInt32(bytes.subarray(1), 2)]).toEqual([1, -2]);
    expect([...readInt32(Uint8Array.of(0, 0, 0, 0x80, 1, 0, 0, 0), 2)]).toEqual([-(2 ** 31), 1]);
  });
});
