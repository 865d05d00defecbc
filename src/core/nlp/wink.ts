/**
 * The one place precis talks to wink-nlp. Loading the model costs ~150 ms, so it happens
 * once per process (or worker), on first use, and is shared by every article. Importing
 * precis does not load it: `--help`, a batch's main thread and the eval scorers never need it.
 */
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';

export type Wink = ReturnType<typeof winkNLP>;

const require = createRequire(import.meta.url);

/** The parts of wink-nlp's (private) lexeme cache that precis wraps. */
interface LexemeCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
}

interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}

type FeatureFunctions = Record<string, (text: string, category: number, cache: LexemeCache) => unknown>;

let instance: Wink | undefined;
let lexemes: LexemeTable | undefined;
/** Indexes of words learnt before the current document that it has met again. */
const metAgain = new Set<number>();

/**
 * wink-nlp with the annotations precis reads: sentence boundaries, POS tags and wink's own
 * entities (dates, numbers, money). Negation and sentiment are left out of the pipe: precis
 * never reads them and they cost parse time.
 */
export function getWink(): Wink {
  if (!instance) {
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
    const source = model as unknown as { core: () => { features: { lexeme: LexemeTable } }; featureFn: (config: unknown) => FeatureFunctions };
    const core = source.core.bind(model);
    const featureFn = source.featureFn.bind(model);
    const spy = Object.assign(Object.create(model) as typeof model, {
      core: () => {
        const built = core();
        lexemes = built.features.lexeme;
        return built;
      },
      featureFn: (config: unknown) => catchCache(featureFn(config)),
    });
    instance = winkNLP(spy, ['sbd', 'pos', 'ner']);
  }
  return instance;
}

/**
 * wink-nlp adds every out-of-vocabulary word it reads to its lexicon, and its tokenizer then
 * splits text differently around words it has "seen" (it asks whether a piece is a known
 * lexeme). Left alone, an article's tokens would depend on which articles were read before
 * it in the same process, so a batch, a shard and a single run could disagree.
 *
 * So the tokenizer is shown only the model's own words and those this document has learnt:
 * every parse is what a fresh instance would give. The learnt words stay in the lexicon, so
 * a word is learnt (its features worked out) once per process, not once per article, and the
 * lexicon grows with the vocabulary, not with the number of articles.
 *
 * wink-nlp keeps its cache private; it hands it to the model's feature functions when it
 * learns a word, which is before any learnt word exists, so that is where it is caught.
 */
function catchCache(features: FeatureFunctions): FeatureFunctions {
  let caught = false;
  const wrapped: FeatureFunctions = {};
  for (const [name, feature] of Object.entries(features)) {
    wrapped[name] = (text, category, cache) => {
      if (!caught && cache && typeof cache.lookup === 'function') {
        caught = true;
        hideEarlierLearning(cache);
      }
      return feature(text, category, cache);
    };
  }
  return wrapped;
}

function hideEarlierLearning(cache: LexemeCache): void {
  const { hash, list, intrinsicSize } = lexemes!;
  // The word being learnt as the cache is caught is this document's: the first one ever.
  for (let index = intrinsicSize; index < list.length; index++) metAgain.add(index);
  const lookup = cache.lookup.bind(cache);
  const add = cache.add.bind(cache);
  // While a word is being learnt, the model's feature functions look it up: they see it all.
  let learning = false;
  cache.lookup = (text) => {
    // A learnt word comes back as its one index (only the model's own words can be contractions).
    const found = lookup(text);
    return found !== null && found.length === 1 && found[0]! >= intrinsicSize && !learning && !metAgain.has(found[0]!) ? null : found;
  };
  cache.add = (text, category) => {
    learning = true;
    let index: number;
    try {
      index = add(text, category);
    } finally {
      learning = false;
    }
    if (index >= intrinsicSize) {
      metAgain.add(index);
      // Learning a word learns its lower-case form too.
      const lower = hash[text.toLowerCase()];
      if (lower !== undefined && lower >= intrinsicSize) metAgain.add(lower);
    }
    return index;
  };
}

/** Ends a document: the words it learnt are hidden from the tokenizer again. */
export function endDocument(): void {
  metAgain.clear();
}
