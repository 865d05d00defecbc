/**
 * Stock indices named by their compiler and their count of shares: "S&P 500", "FTSE 100",
 * "STOXX 600", "Nikkei 225". CoNLL-2003's guidelines make an index MISC ("FTSE
 * 100", "Nikkei", "Dow Jones", "S&P Index" in CoNLL train), which precis does not list; but the
 * tagger, having seen "S&P" alone as the rating agency (an organisation), reads "the S&P 500" as
 * the organisation "S&P" and leaves the number out. Market reports, a daily staple of wire news,
 * name several indices each. A span ending on a compiler's name, directly followed by one of the
 * counts indices are made of, is the index: MISC. Not a person's span: a surname and a number
 * are a batsman's innings ("J. Russell 50" in CoNLL train, so "Russell 2000" is left out). "S&P" alone, or before another word ("S&P Global
 * Ratings", "S&P cut its rating"), stays the agency.
 */
import type { TokenSpan } from './labels.js';
import { replaced } from './words.js';

/** Compilers' names that open an index's name with its count. */
const INDEX_COMPILER = /^(?:S&P|FTSE|STOXX|Stoxx|Nikkei|CAC|DAX|ASX|KOSPI|Kospi|TOPIX|Topix|Sensex|Nifty|TSX|IBEX|Ibex|MIB|AEX|SMI|MSCI)$/;
/** Counts of shares in indices: not a score or a year. */
const INDEX_COUNT = /^(?:20|25|30|40|50|100|200|225|250|300|350|400|500|600|1000|2000|3000|5000)$/;

/** Spans naming a stock index by its compiler and count, typed MISC (see above). */
export function withStockIndices(spans: readonly TokenSpan[], words: readonly string[]): readonly TokenSpan[] {
  return replaced(spans, (s) =>
    s.type !== 'MISC' && s.type !== 'PER' && INDEX_COMPILER.test(words[s.end - 1]!) && INDEX_COUNT.test(words[s.end] ?? '') ? { ...s, type: 'MISC' } : s,
  );
}
