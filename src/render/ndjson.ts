import type { ArticleRecord } from '../index.js';

/** One NDJSON line: the full record, the contract documented in the README. */
export function recordLine(record: ArticleRecord): string {
  return JSON.stringify(record) + '\n';
}

/** The record for an input that failed: `{"source": …, "error": …}`. */
export function errorLine(source: string, message: string): string {
  return JSON.stringify({ source, error: message }) + '\n';
}
