// The benchmark's baseline: what it costs just to have wink-nlp parse the files, on one
// thread, with wink's default pipe. Usage: node bench/wink-baseline.js FOLDER
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { articleFiles } from './walk.js';

const nlp = winkNLP(model);
let parsed = 0;
for (const file of await articleFiles(process.argv[2])) {
  nlp.readDoc(readFileSync(file, 'utf8'));
  parsed++;
}
process.stdout.write(`${parsed}\n`);
