// The floor for one article: a bare node process that loads wink-nlp and its model.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

winkNLP(model);
