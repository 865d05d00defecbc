import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ROOT } from '../../helpers.js';

/**
 * src/core/nlp/wink.ts reaches into wink-nlp's private internals: the lexeme table the model's
 * core() returns, and the cache wink-nlp hands to the model's feature functions, whose lookup it
 * replaces so the tokenizer no longer sees words learnt from earlier articles. None of this is
 * public API. These tests check each piece on a fresh wink-nlp instance, so an upgrade that
 * changes one of them fails here, by name, before it quietly changes how precis tokenizes.
 */

const PATCHED = 'src/core/nlp/wink.ts patches this private part of wink-nlp; re-check it before upgrading';

interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}
interface LexemeCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
}
type FeatureFunctions = Record<string, (text: string, category: number, cache: LexemeCache) => unknown>;
interface ModelInternals {
  core: () => { features: { lexeme: LexemeTable } };
  featureFn: (config: unknown) => FeatureFunctions;
}

const internals = model as unknown as ModelInternals;

/** A fresh wink-nlp whose model reports the lexeme table and the first cache it is handed. */
function spiedWink(): { tokens: (text: string) => string[]; lexemes: () => LexemeTable | undefined; cache: () => LexemeCache | undefined } {
  let lexemes: LexemeTable | undefined;
  let cache: LexemeCache | undefined;
  const spy = Object.assign(Object.create(model) as typeof model, {
    core: () => {
      const built = internals.core();
      lexemes = built.features.lexeme;
      return built;
    },
    featureFn: (config: unknown) => {
      const wrapped: FeatureFunctions = {};
      for (const [name, feature] of Object.entries(internals.featureFn(config))) {
        wrapped[name] = (text, category, handed) => {
          cache ??= handed;
          return feature(text, category, handed);
        };
      }
      return wrapped;
    },
  });
  const nlp = winkNLP(spy, ['sbd', 'pos', 'ner']);
  return { tokens: (text) => nlp.readDoc(text).tokens().out() as string[], lexemes: () => lexemes, cache: () => cache };
}

describe('wink-nlp internals that src/core/nlp/wink.ts patches', () => {
  it('pins wink-nlp and its model to the exact versions the patches were written against', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const require = createRequire(import.meta.url);
    for (const name of ['wink-nlp', 'wink-eng-lite-web-model']) {
      const pinned = manifest.dependencies[name];
      expect(pinned, `${name} must be pinned to an exact version: ${PATCHED}`).toMatch(/^\d+\.\d+\.\d+$/);
      const installed = (require(`${name}/package.json`) as { version: string }).version;
      expect(installed, `installed ${name} differs from package.json: ${PATCHED}`).toBe(pinned);
    }
  });

  it("gives the model's lexeme table as core().features.lexeme: hash, list and intrinsicSize", () => {
    expect(typeof internals.core, `model.core: ${PATCHED}`).toBe('function');
    const lexeme = internals.core().features?.lexeme;
    expect(lexeme, `model.core().features.lexeme: ${PATCHED}`).toBeDefined();
    expect(typeof lexeme.intrinsicSize, `lexeme.intrinsicSize: ${PATCHED}`).toBe('number');
    expect(Array.isArray(lexeme.list), `lexeme.list: ${PATCHED}`).toBe(true);
    expect(lexeme.list.length, `a fresh lexeme.list holds the model's own words: ${PATCHED}`).toBe(lexeme.intrinsicSize);
    const the = lexeme.hash['the'];
    expect(the, `lexeme.hash maps a word to its index in list: ${PATCHED}`).toBeTypeOf('number');
    expect(lexeme.list[the!]).toBe('the');
  });

  it('hands its cache, with lookup and add, to the feature functions when it learns a word', () => {
    const wink = spiedWink();
    wink.tokens('Shares in Blorptastic rose.');
    const cache = wink.cache();
    const lexemes = wink.lexemes()!;
    expect(cache, `the cache as the third argument of model.featureFn()'s functions: ${PATCHED}`).toBeDefined();
    expect(typeof cache!.lookup, `cache.lookup: ${PATCHED}`).toBe('function');
    expect(typeof cache!.add, `cache.add: ${PATCHED}`).toBe('function');

    const learnt = cache!.lookup('Blorptastic');
    expect(learnt, `lookup gives a learnt word's one index, past intrinsicSize: ${PATCHED}`).toHaveLength(1);
    expect(learnt![0]).toBeGreaterThanOrEqual(lexemes.intrinsicSize);
    expect(lexemes.list[learnt![0]!], `a learnt word is appended to lexeme.list: ${PATCHED}`).toBe('Blorptastic');
    expect(cache!.lookup('the'), `lookup gives a model word's index: ${PATCHED}`).toEqual([lexemes.hash['the']]);
    expect(cache!.lookup('Qwixotronic'), `lookup gives null for an unknown word: ${PATCHED}`).toBeNull();

    const added = cache!.add('Vrelnik', 0);
    expect(added, `add(text, category) returns the new word's index: ${PATCHED}`).toBe(lexemes.hash['Vrelnik']);
    expect(added).toBeGreaterThanOrEqual(lexemes.intrinsicSize);
  });

  it("tokenizes through the cache object's lookup, so replacing it hides a learnt word", () => {
    const wink = spiedWink();
    const later = "Zorblax's new plan was approved.";
    expect(wink.tokens(later).slice(0, 2)).toEqual(['Zorblax', "'s"]);
    // Once learnt whole, wink stops splitting off "'s": the behaviour wink.ts undoes.
    wink.tokens("Shares in Zorblax's.");
    expect(wink.tokens(later)[0], `a learnt word changes tokenization: ${PATCHED}`).toBe("Zorblax's");
    const cache = wink.cache()!;
    const lookup = cache.lookup.bind(cache);
    cache.lookup = (text) => (text === "Zorblax's" ? null : lookup(text));
    expect(wink.tokens(later).slice(0, 2), `the tokenizer calls cache.lookup as a property: ${PATCHED}`).toEqual(['Zorblax', "'s"]);
  });
});
