import { describe, expect, it } from 'vitest';
import { decodeDocument, TRAINING, type DecodeOptions } from '../../../src/core/entities/decode.js';
import { intrinsicFeatures, labelFeatures } from '../../../src/core/entities/features.js';
import type { Gazetteer } from '../../../src/core/entities/gazetteer.js';
import { LABELS, LABEL_COUNT, partOfLabel, Part, typeOfLabel } from '../../../src/core/entities/labels.js';
import { prepareDocument, type PreparedDocument } from '../../../src/core/entities/prepare.js';
import { EntityScratch } from '../../../src/core/entities/scratch.js';
import type { Scorer } from '../../../src/core/entities/tagger.js';

const label = (name: string) => LABELS.indexOf(name);
const names = (labels: Uint8Array) => [...labels].map((y) => LABELS[y]);
const gazetteer: Gazetteer = { lookup: () => 0, maxLength: 0, clusters: undefined };

/**
 * A made-up model: each token's own label scores (by its word), plus scores for a label after
 * a given previous label. The decoder scores a token's features in two calls, those no label
 * changes (starting with the bias) and those of a hypothesis's previous labels.
 */
function model(d: PreparedDocument, own: Record<string, number>[], after: (prev: number, y: number) => number): Scorer {
  const buffer = new Int32Array(128);
  const tokenOf = new Map<number, number>();
  let bias = 0;
  for (let i = 0; i < d.length; i++) {
    intrinsicFeatures(d, i, buffer, 0);
    bias = buffer[0]!;
    tokenOf.set(buffer[1]!, i); // the word's feature
  }
  const prevOf = new Map<number, number>();
  for (let prev = -1; prev < LABEL_COUNT; prev++) {
    labelFeatures(prev, -1, buffer, 0);
    prevOf.set(buffer[0]!, prev);
  }
  return {
    score(features, count, scores) {
      if (features[0] === bias) {
        for (const [name, v] of Object.entries(own[tokenOf.get(features[1]!)!]!)) scores[label(name)]! += v;
      } else {
        const prev = prevOf.get(features[0]!)!;
        for (let y = 0; y < LABEL_COUNT; y++) scores[y]! += after(prev, y);
      }
      expect(count).toBeGreaterThan(0);
    },
  };
}

const BEAM: DecodeOptions = { beam: 2, temperature: 20, constrained: true, margin: 100, merge: true };

describe('decodeDocument', () => {
  const scratch = new EntityScratch();
  const d = prepareDocument({ words: ['Alpha', 'Beta', 'said'], sentenceStarts: [0] }, gazetteer, scratch);

  it('keeps a second reading of a word that the next word makes the better one', () => {
    // "Alpha" alone is slightly more likely a one-word organisation, but a name begun at
    // "Alpha" is very likely to end at "Beta".
    const m = model(d, [{ 'U-ORG': 10, 'B-ORG': 9 }, { O: 5, 'U-PER': 4 }, {}], (prev, y) => (prev === label('B-ORG') && y === label('L-ORG') ? 20 : 0));
    expect(names(decodeDocument(d, m, scratch, TRAINING))).toEqual(['U-ORG', 'O', 'O']);
    expect(names(decodeDocument(d, m, scratch, BEAM))).toEqual(['B-ORG', 'L-ORG', 'O']);
  });

  it('keeps only label sequences that BILOU allows', () => {
    // The model prefers a name's inside after a one-word name: greedy decoding takes it.
    const m = model(d, [{ 'U-ORG': 10 }, { 'I-PER': 8, O: 2 }, {}], () => 0);
    expect(names(decodeDocument(d, m, scratch, TRAINING)).slice(0, 2)).toEqual(['U-ORG', 'I-PER']);
    for (const options of [BEAM, { ...TRAINING, constrained: true }]) {
      const labels = decodeDocument(d, m, scratch, options);
      let prev = 0;
      for (const y of [...labels, 0]) {
        const open = prev > 0 && partOfLabel(prev) <= Part.I;
        const continues = y > 0 && typeOfLabel(y) === typeOfLabel(prev) && (partOfLabel(y) === Part.I || partOfLabel(y) === Part.L);
        expect(open ? continues : y === 0 || partOfLabel(y) === Part.B || partOfLabel(y) === Part.U).toBe(true);
        prev = y;
      }
      expect(names(labels)[0]).toBe('U-ORG');
    }
  });

  it('refuses a beam in training, where each choice is learnt from', () => {
    const m = model(d, [{}, {}, {}], () => 0);
    expect(() => decodeDocument(d, m, scratch, BEAM, () => {})).toThrow(/training/);
  });
});
