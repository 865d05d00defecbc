import type { Token } from '../types.js';
import type { NameIndex } from './full-names.js';

/**
 * What a company is worth or earns. Business news opens a sentence with them ("Acme's shares fell
 * 3%") and goes on with the company as "it" ("It warned …"): shares and profits never speak.
 */
const MEASURE_NOUNS: ReadonlySet<string> = new Set([
  'shares',
  'stock',
  'profit',
  'profits',
  'earnings',
  'sales',
  'revenue',
  'revenues',
  'turnover',
  'price',
  'value',
  'loss',
  'losses',
]);

/** Words that may stand between the company and its measure ("share price", "pre-tax profits"), or before the name after "shares in". */
const MEASURE_REACH = 3;

/**
 * The name run of the organisation whose shares, profits or sales the phrase at token `k` is
 * about: `Acme's shares`, `Acme profits`, `Acme's share price`, `Shares in (the) Acme`, `Shares in
 * Welsh ferry operator Acme`, or -1.
 * Only an organisation the entity search found: `Tom Pell's shares` are no company's.
 */
export function measuredCompany(names: NameIndex, tokens: readonly Token[], k: number): number {
  const runAt = (j: number): number => {
    const r = tokens[j] ? names.lastRunBefore(tokens[j]!.end) : -1;
    return r >= 0 && names.runs[r]!.start === tokens[j]!.start && names.isOrganization(names.fullOfRun(r)) ? r : -1;
  };
  if (MEASURE_NOUNS.has(tokens[k]!.normal) && /^(?:in|of)$/.test(tokens[k + 1]?.normal ?? '')) {
    // (Past a description before the name: "Shares in UK drugs firm Acme".)
    let j = k + 2;
    while (j < k + 2 + MEASURE_REACH && tokens[j] && runAt(j) < 0 && /^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[j]!.pos)) j++;
    return runAt(j);
  }
  const r = runAt(k);
  if (r < 0) return -1;
  let j = k;
  while (tokens[j] && tokens[j]!.start < names.runs[r]!.end) j++;
  if (/^['’]/.test(tokens[j]?.value ?? '')) j++;
  for (let n = j; n < j + MEASURE_REACH && tokens[n]; n++) {
    if (MEASURE_NOUNS.has(tokens[n]!.normal)) return r;
    if (!/^(?:NOUN|ADJ)$/.test(tokens[n]!.pos)) break;
  }
  return -1;
}
