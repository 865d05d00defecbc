import { describe, expect, it } from 'vitest';
import { inShard, parseShard, ShardSyntaxError } from '../../src/io/shard.js';

describe('parseShard', () => {
  it('reads K/N', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
  });

  it('refuses K outside 1..N and other shapes', () => {
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '1/2/3']) expect(() => parseShard(bad)).toThrow(ShardSyntaxError);
  });
});

describe('inShard', () => {
  const names = Array.from({ length: 2000 }, (_, i) => `section-${i % 7}/${String(i).padStart(4, '0')}.txt`);

  it('puts every name in exactly one of N shards', () => {
    for (const count of [1, 2, 3, 8]) {
      const owners = names.map((name) => Array.from({ length: count }, (_, k) => inShard(name, { index: k + 1, count })).filter(Boolean).length);
      expect(owners.every((n) => n === 1)).toBe(true);
    }
  });

  it('gives every shard a fair share of similar names', () => {
    const count = 4;
    for (let k = 1; k <= count; k++) {
      const size = names.filter((n) => inShard(n, { index: k, count })).length;
      expect(size).toBeGreaterThan(400);
      expect(size).toBeLessThan(600);
    }
  });
});
