import type { Vector } from '../../../src/core/digest/similarity.js';

/** A unit vector over made-up feature ids. */
export function unit(weights: Record<number, number>): Vector {
  const entries = Object.entries(weights)
    .map(([id, w]) => [Number(id), w] as const)
    .sort((a, b) => a[0] - b[0]);
  const norm = Math.hypot(...entries.map(([, w]) => w));
  return { ids: Uint32Array.from(entries, ([id]) => id), weights: Float32Array.from(entries, ([, w]) => w / norm) };
}
