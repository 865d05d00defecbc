/** The model's file format: pruned, quantised weight rows and the gazetteer, as base64 in JSON. */
import { LABEL_COUNT } from '../../src/core/entities/labels.js';

/**
 * Keeps weights of magnitude >= `prune` (features seen only a few times average out below 1;
 * dropping them costs nothing on dev) and stores each row as signed bytes scaled by the
 * row's largest weight, whose own scale is a byte on a log scale (1.2% steps). Per-value log
 * codes of one byte cost 0.5 F1 on dev; per-row linear bytes cost nothing measurable.
 */
export function quantize(hashes: readonly number[], avg: Float64Array, prune: number) {
  let max = 0;
  for (const v of avg) max = Math.max(max, Math.abs(v));
  const scaleStep = Math.log(max / prune) / 255;
  const kept: number[] = [];
  const entries: number[] = [];
  for (let f = 0; f < hashes.length; f++) {
    let rowMax = 0;
    for (let y = 0; y < LABEL_COUNT; y++) rowMax = Math.max(rowMax, Math.abs(avg[f * LABEL_COUNT + y]!));
    if (rowMax < prune) continue;
    const code = Math.round(Math.log(rowMax / prune) / scaleStep);
    const scale = (prune * Math.exp(code * scaleStep)) / 127;
    const row: number[] = [];
    for (let y = 0; y < LABEL_COUNT; y++) {
      const v = avg[f * LABEL_COUNT + y]!;
      if (Math.abs(v) < prune) continue;
      row.push(y, Math.max(-127, Math.min(127, Math.round(v / scale))) & 255);
    }
    kept.push(hashes[f]!);
    entries.push(row.length / 2, code, ...row);
  }
  return { count: kept.length, hashBytes: uint32Bytes(kept), entries: Uint8Array.from(entries), minWeight: prune, scaleStep };
}

/**
 * The weights as `quantize` keeps them, before rounding to bytes (which costs nothing
 * measurable): every weight of magnitude under `prune` set to 0. For cross-validating the
 * threshold (--cv-prune).
 */
export function pruned(avg: Float64Array, prune: number): Float64Array {
  return avg.map((v) => (Math.abs(v) < prune ? 0 : v));
}

export function uint32Bytes(values: readonly number[]): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setUint32(i * 4, v >>> 0, true));
  return out;
}
