/**
 * The learner of scripts/train-ner.ts: averaged perceptrons (Collins 2002) with lazy
 * averaging, a seeded generator for reproducible shuffles, and a frozen weight table.
 */
import { LABEL_COUNT } from '../../src/core/entities/labels.js';
import type { Scorer } from '../../src/core/entities/tagger.js';

/** mulberry32: a tiny seeded PRNG so the shuffle (and the model) is reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Perceptron weights with lazy averaging (Daumé's trick: avg = w - u / c). */
export class Perceptron implements Scorer {
  index = new Map<number, number>();
  hashes: number[] = [];
  w = new Float64Array(1 << 20);
  u = new Float64Array(1 << 20);
  c = 1;

  score(features: Int32Array, count: number, scores: Float64Array): void {
    for (let k = 0; k < count; k++) {
      const f = this.index.get(features[k]! >>> 0);
      if (f === undefined) continue;
      const row = f * LABEL_COUNT;
      for (let y = 0; y < LABEL_COUNT; y++) scores[y]! += this.w[row + y]!;
    }
  }

  private row(hash: number): number {
    let f = this.index.get(hash);
    if (f === undefined) {
      f = this.hashes.length;
      this.hashes.push(hash);
      this.index.set(hash, f);
      if ((f + 1) * LABEL_COUNT > this.w.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.u = grow(this.u);
      }
    }
    return f * LABEL_COUNT;
  }

  update(features: Int32Array, count: number, gold: number, predicted: number): void {
    for (let k = 0; k < count; k++) {
      const row = this.row(features[k]! >>> 0);
      this.w[row + gold]! += 1;
      this.u[row + gold]! += this.c;
      this.w[row + predicted]! -= 1;
      this.u[row + predicted]! -= this.c;
    }
  }

  averaged(): Float64Array {
    const n = this.hashes.length * LABEL_COUNT;
    const avg = new Float64Array(n);
    for (let i = 0; i < n; i++) avg[i] = this.w[i]! - this.u[i]! / this.c;
    return avg;
  }
}

/** A frozen weight table for scoring dev between epochs. */
export function frozen(index: Map<number, number>, weights: Float64Array): Scorer {
  return {
    score(features, count, scores) {
      for (let k = 0; k < count; k++) {
        const f = index.get(features[k]! >>> 0);
        if (f === undefined) continue;
        const row = f * LABEL_COUNT;
        for (let y = 0; y < LABEL_COUNT; y++) scores[y]! += weights[row + y]!;
      }
    },
  };
}
