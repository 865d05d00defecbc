import { describe, expect, it } from 'vitest';
import { CLUSTER_BITS, CLUSTER_MASK, loadClusters, type SerializedClusters } from '../../../src/core/entities/clusters.js';
import { wordHash } from '../../../src/core/entities/hash.js';
import type { Gazetteer } from '../../../src/core/entities/gazetteer.js';
import { prepareDocument } from '../../../src/core/entities/prepare.js';
import { EntityScratch } from '../../../src/core/entities/scratch.js';

// A made-up table in the file format scripts/ner/build-clusters.ts writes: three words, two
// granularities (4 and 600 clusters), each word's clusters packed CLUSTER_BITS per granularity.
function table(): SerializedClusters {
  const words = ['zorvath', 'quellin', 'said'];
  const clusters: [number, number][] = [
    [3, 513],
    [3, 7],
    [0, 599],
  ];
  const hashes = Buffer.alloc(4 * words.length);
  const packed = Buffer.alloc(4 * words.length);
  words.forEach((w, i) => hashes.writeUInt32LE(wordHash(w) >>> 0, 4 * i));
  clusters.forEach(([coarse, fine], i) => packed.writeUInt32LE(coarse | (fine << CLUSTER_BITS), 4 * i));
  return { format: 1, count: words.length, granularities: [4, 600], hashes: hashes.toString('base64'), clusters: packed.toString('base64') };
}

const level = (packed: number, g: number) => (packed >> (g * CLUSTER_BITS)) & CLUSTER_MASK;

describe('word clusters', () => {
  it('read each granularity of a word back from the table, whatever its case or digits', () => {
    const c = loadClusters(table());
    expect(c.levels).toBe(2);
    const zorvath = c.of(wordHash('Zorvath'));
    expect([level(zorvath, 0), level(zorvath, 1)]).toEqual([3, 513]);
    const said = c.of(wordHash('SAID'));
    expect([level(said, 0), level(said, 1)]).toEqual([0, 599]);
    expect(c.of(wordHash('unlisted'))).toBe(-1);
  });

  it('reject a table with more clusters than a packed value holds', () => {
    expect(() => loadClusters({ ...table(), granularities: [4, 2048] })).toThrow(/ner-clusters\.json/);
  });

  it('are looked up per distinct word of a prepared document', () => {
    const clusters = loadClusters(table());
    const gazetteer: Gazetteer = { lookup: () => 0, maxLength: 0, clusters };
    const words = ['Quellin', 'said', 'Zorvath', 'said', 'nothing'];
    const d = prepareDocument({ words, sentenceStarts: [0] }, gazetteer, new EntityScratch());
    const clusterOf = (i: number) => d.cluster[i]!;
    expect(clusterOf(0)).toBe(clusters.of(wordHash('quellin')));
    expect(clusterOf(3)).toBe(clusters.of(wordHash('said')));
    expect(clusterOf(2)).not.toBe(clusterOf(0));
    expect(clusterOf(4)).toBe(-1);
  });
});
