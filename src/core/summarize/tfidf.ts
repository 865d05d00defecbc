import { sharedTermSum, type DocumentTerms, type TermBag } from './sentence-vectors.js';

/**
 * TF-IDF cosine similarity between sentences, with IDF estimated within the article itself
 * (each sentence a "document"), so no corpus statistics are baked in. The smoothed form
 * 1 + ln(N/df) keeps a word found in every sentence from vanishing entirely.
 */
export function tfidfCosine(terms: DocumentTerms): (i: number, j: number) => number {
  const n = terms.bags.length;
  const idf = Float64Array.from(terms.documentFrequency, (df) => 1 + Math.log(n / df));
  const norms = terms.bags.map((bag) => Math.sqrt(bagDot(bag, bag, idf)));
  return (i, j) => {
    const denominator = norms[i]! * norms[j]!;
    return denominator > 0 ? bagDot(terms.bags[i]!, terms.bags[j]!, idf) / denominator : 0;
  };
}

function bagDot(a: TermBag, b: TermBag, idf: Float64Array): number {
  return sharedTermSum(a, b, (id, ca, cb) => ca * cb * idf[id]! * idf[id]!);
}
