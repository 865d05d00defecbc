/**
 * The one place precis talks to wink-nlp. Loading the model costs ~150 ms, so it happens
 * once per process (or worker) and is shared by every article.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Wink = ReturnType<typeof winkNLP>;

let instance: Wink | undefined;

/**
 * wink-nlp with the annotations precis reads: sentence boundaries, POS tags and wink's own
 * entities (dates, numbers, money). Negation and sentiment are left out of the pipe: precis
 * never reads them and they cost parse time.
 */
export function getWink(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return instance;
}
