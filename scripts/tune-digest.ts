/**
 * Chooses the digest's grouping settings by cross-validation over ECB+ topics: the topics are
 * split into folds; for each fold the settings are chosen on the other folds' articles and
 * scored (BCubed F1) on the held-out fold's, so the reported figure is one no setting was
 * fitted to. Usage:
 *   node bin/precis.js --json ../shared/corpora/ecbplus-dev/articles > /tmp/ecb.ndjson
 *   npx tsx scripts/tune-digest.ts /tmp/ecb.ndjson ../shared/corpora/ecbplus-dev/stories.tsv
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articleFeatures, type FeatureOptions } from '../src/core/digest/features.js';
import { findCopies } from '../src/core/digest/copies.js';
import { groupArticles } from '../src/core/digest/index.js';
import { bcubed } from '../src/core/eval/bcubed.js';
import type { ArticleRecord } from '../src/core/types.js';

const [recordsFile, storiesFile, foldCount = '5'] = process.argv.slice(2);
if (!recordsFile || !storiesFile) throw new Error('usage: tune-digest.ts RECORDS.ndjson STORIES.tsv [FOLDS]');
const gold = new Map(
  readFileSync(storiesFile, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t') as [string, string]),
);
const records: ArticleRecord[] = readFileSync(recordsFile, 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const nameOf = (r: ArticleRecord) => path.basename(r.source);
/** ECB+ story labels are `<topic>-ecb` and `<topic>-ecbplus`: two events per topic. */
const topicOf = (r: ArticleRecord) => gold.get(nameOf(r))!.split('-')[0]!;

interface Setting extends FeatureOptions {
  readonly threshold: number;
  readonly topicFactor: number;
  readonly joinThreshold: number;
  readonly centroidTerms: number;
  readonly attachShare: number;
  readonly conflictFactor: number;
  readonly leadCount: number;
  readonly protagonistLeads: number;
  readonly features: number;
  readonly wholeFloor: number;
  readonly countFloor: number;
}
/** A grid axis: its values from the environment variable (comma-separated), else the default list. */
const axis = (name: string, values: string) => (process.env[name] ?? values).split(',').map(Number);
const featureSettings: FeatureOptions[] = [];
for (const nameWeight of axis('NAME_WEIGHTS', '2,3,4'))
  for (const numberWeight of axis('NUMBER_WEIGHTS', '3,5')) featureSettings.push({ nameWeight, numberWeight, titleWeight: 2 });
const settings: Setting[] = [];
featureSettings.forEach((f, features) => {
  for (const topicFactor of axis('TOPIC_FACTORS', '2.5,3,4'))
    for (const threshold of axis('THRESHOLDS', '0.03,0.035,0.04,0.045,0.05,0.06'))
      for (const joinThreshold of axis('JOIN', 'Infinity,0.2,0.25'))
        for (const centroidTerms of joinThreshold === Infinity ? [Infinity] : axis('CENTROID_TERMS', 'Infinity'))
          for (const attachShare of axis('ATTACH', '0,0.75'))
            for (const conflictFactor of axis('CONFLICT', '1,0.1'))
              for (const leadCount of conflictFactor === 1 ? [0] : axis('LEAD_COUNT', '3'))
                for (const protagonistLeads of conflictFactor === 1 ? [0] : axis('PROTAGONIST', '3'))
                  for (const wholeFloor of axis('WHOLE', '0.05'))
                    for (const countFloor of axis('COUNT', '0.1'))
                      settings.push({
                        ...f,
                        topicFactor,
                        threshold,
                        joinThreshold,
                        centroidTerms,
                        attachShare,
                        conflictFactor,
                        leadCount,
                        protagonistLeads,
                        features,
                        wholeFloor,
                        countFloor,
                      });
});
// Items once per feature setting: grouping recomputes document frequencies over whatever subset it is given.
const itemsBy = featureSettings.map((f) => new Map(records.map((r) => [r, articleFeatures(r, f)])));

// Copies once per subset: signatures and shingle counts do not depend on any setting.
const copiesBy = new WeakMap<readonly ArticleRecord[], Int32Array>();
function copiesOf(subset: readonly ArticleRecord[]): Int32Array {
  let copyOf = copiesBy.get(subset);
  if (!copyOf) copiesBy.set(subset, (copyOf = findCopies(subset.map((r) => itemsBy[0]!.get(r)!))));
  return copyOf;
}

/** Scored on the path `precis digest` takes (groupArticles: copies out first, each copy in its original's story). */
function score(subset: readonly ArticleRecord[], s: Setting) {
  const { story } = groupArticles(
    subset.map((r) => itemsBy[s.features]!.get(r)!),
    s,
    copiesOf(subset),
  );
  return bcubed(new Map(subset.map((r, i) => [nameOf(r), story[i]!])), gold);
}

const topics = [...new Set(records.map(topicOf))].sort((a, b) => Number(a) - Number(b));
const folds = Number(foldCount);
const heldOut: { f1: number; precision: number; recall: number; n: number }[] = [];
for (let fold = 0; fold < folds; fold++) {
  const test = new Set(topics.filter((_, i) => i % folds === fold));
  const train = records.filter((r) => !test.has(topicOf(r)));
  const testRecords = records.filter((r) => test.has(topicOf(r)));
  let best = settings[0]!;
  let bestF1 = -1;
  for (const s of settings) {
    const f1 = score(train, s).f1;
    if (f1 > bestF1) [best, bestF1] = [s, f1];
  }
  const b = score(testRecords, best);
  heldOut.push({ ...b, n: testRecords.length });
  console.log(
    `fold ${fold + 1}: topics ${[...test].join(',')}; chosen ${JSON.stringify(best)} (train F1 ${(bestF1 * 100).toFixed(1)}); held-out P ${(b.precision * 100).toFixed(1)} R ${(b.recall * 100).toFixed(1)} F1 ${(b.f1 * 100).toFixed(1)}`,
  );
}
const total = heldOut.reduce((a, h) => a + h.n, 0);
const mean = (k: 'f1' | 'precision' | 'recall') => ((heldOut.reduce((a, h) => a + h[k] * h.n, 0) / total) * 100).toFixed(1);
console.log(`held-out (article-weighted mean over folds): P ${mean('precision')} R ${mean('recall')} F1 ${mean('f1')}`);
let best = settings[0]!;
let bestF1 = -1;
for (const s of settings) {
  const f1 = score(records, s).f1;
  if (f1 > bestF1) [best, bestF1] = [s, f1];
}
console.log(`chosen on all topics: ${JSON.stringify(best)} (F1 ${(bestF1 * 100).toFixed(1)}, not a held-out figure)`);
