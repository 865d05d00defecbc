/** The model's file format: pruned, quantised weight rows and the gazetteer, as base64 in JSON. */
import { tableOrder } from '../../src/core/entities/hash-table.js';
import { LABEL_COUNT } from '../../src/core/entities/labels.js';
import { DENSE_FLAG, LABEL_MASK, ROW_SHIFT, WEIGHT_CHARS_PER_FILE, type SerializedModel } from '../../src/core/entities/model.js';

/** Rows with at least this many weights are stored dense (measured: 4 to 12 do about as well). */
export const DENSE_MIN = 8;

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
  return { hashes: kept, entries: Uint8Array.from(entries), minWeight: prune, scaleStep };
}

/**
 * The quantised rows in the layout loadModel uses them (see SerializedModel): each weight a
 * float32 (byte × its row's scale, computed in float64 and rounded once) with its label in its
 * lowest mantissa bits, rows of DENSE_MIN weights or more spread over all labels; the hashes
 * and their row references in the order a HashTable fills its slots. Returns the model's counts
 * and its bytes.
 */
export function runTimeLayout(q: ReturnType<typeof quantize>): { counts: Omit<SerializedModel, 'format' | 'labels' | 'weights'>; bytes: Uint8Array } {
  const scales = Array.from({ length: 256 }, (_, code) => (q.minWeight * Math.exp(code * q.scaleStep)) / 127);
  const value = new Float32Array(1);
  const bits = new Int32Array(value.buffer);
  const rows: WeightRow[] = [];
  for (let at = 0; rows.length < q.hashes.length;) {
    const n = q.entries[at]!;
    const scale = scales[q.entries[at + 1]!]!;
    const row = { dense: n >= DENSE_MIN, bits: n >= DENSE_MIN ? new Array<number>(LABEL_COUNT).fill(0) : [] };
    for (let e = at + 2; e < at + 2 + 2 * n; e += 2) {
      const b = q.entries[e + 1]!;
      value[0] = (b < 128 ? b : b - 256) * scale;
      bits[0] = (bits[0]! & ~LABEL_MASK) | q.entries[e]!;
      if (row.dense) row.bits[q.entries[e]!] = bits[0];
      else row.bits.push(bits[0]);
    }
    rows.push(row);
    at += 2 + 2 * n;
  }
  return laidOut(q.hashes, rows);
}

/** A feature's weights as loading reads them: each weight's bits, sparse (in stored order) or dense (one per label). */
export type WeightRow = { dense: boolean; bits: number[] };

/**
 * The rows of the features `hashes` (row f is feature f's) as the model's counts and bytes: the
 * hashes and their row references in the order a HashTable fills its slots, the rows themselves
 * in `rowOrder` (by default the features' own order).
 */
export function laidOut(
  hashes: readonly number[],
  rows: readonly WeightRow[],
  rowOrder: readonly number[] = rows.map((_, f) => f),
): { counts: Omit<SerializedModel, 'format' | 'labels' | 'weights'>; bytes: Uint8Array } {
  // Rows in the trainer's order, as the former loader laid them out: the features seen first
  // (the commonest) side by side, where the tables' order would scatter them.
  const refs: number[] = new Array<number>(rows.length);
  const sparse: number[] = [];
  const dense: number[] = [];
  for (const f of rowOrder) {
    const row = rows[f]!;
    refs[f] = row.dense ? (dense.length << ROW_SHIFT) | DENSE_FLAG : (sparse.length << ROW_SHIFT) | row.bits.length;
    (row.dense ? dense : sparse).push(...row.bits);
  }
  const order = tableOrder(hashes);
  const counts = { featureCount: order.length, sparseWeights: sparse.length, denseRows: dense.length / LABEL_COUNT };
  return { counts, bytes: uint32Bytes([...order.map((f) => hashes[f]!), ...order.map((f) => refs[f]!), ...sparse, ...dense]) };
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

/** The model's bytes as base64, in the parts of WEIGHT_CHARS_PER_FILE characters that models/ner-weights-N.json hold. */
export function weightFileParts(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('base64');
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += WEIGHT_CHARS_PER_FILE) parts.push(text.slice(at, at + WEIGHT_CHARS_PER_FILE));
  return parts;
}
