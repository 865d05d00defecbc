/**
 * The one place precis talks to wink-nlp. Loading the model costs ~150 ms, so it happens
 * once per process (or worker) and is shared by every article.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Wink = ReturnType<typeof winkNLP>;

interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}

let instance: Wink | undefined;
let lexemes: LexemeTable | undefined;
/** Entries of the lexeme list below this index have been forgotten already. */
let forgottenUpTo = 0;

/**
 * wink-nlp with the annotations precis reads: sentence boundaries, POS tags and wink's own
 * entities (dates, numbers, money). Negation and sentiment are left out of the pipe: precis
 * never reads them and they cost parse time.
 */
export function getWink(): Wink {
  if (!instance) {
    // Keep a handle on the lexicon wink builds from the model, to forget learned words.
    const source = model as unknown as { core: () => unknown };
    const core = source.core.bind(model);
    const spy = Object.assign(Object.create(model) as typeof model, {
      core: () => {
        const built = core();
        lexemes = (built as unknown as { features: { lexeme: LexemeTable } }).features.lexeme;
        return built;
      },
    });
    instance = winkNLP(spy, ['sbd', 'pos', 'ner']);
  }
  return instance;
}

/**
 * wink-nlp adds every out-of-vocabulary word it reads to its lexicon, and its tokenizer then
 * splits text differently around words it has "seen" (it asks whether a piece is a known
 * lexeme). Left alone, an article's tokens would depend on which articles were read before
 * it in the same process, so a batch, a shard and a single run could disagree. Forgetting the
 * learned words after each article makes every parse what a fresh instance would give.
 * The learned entries stay in wink's lists (its packed feature table is private), but the
 * tokenizer only consults the hash.
 */
export function forgetLearnedWords(): void {
  if (!lexemes) return;
  const { hash, list, intrinsicSize } = lexemes;
  for (let i = Math.max(intrinsicSize, forgottenUpTo); i < list.length; i++) {
    const word = list[i]!;
    if (hash[word] === i) delete hash[word];
  }
  forgottenUpTo = list.length;
}
