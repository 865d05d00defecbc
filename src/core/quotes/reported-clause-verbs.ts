import type { ParsedArticle, Token } from '../types.js';
import { retagAsVerbs } from './retagged-verbs.js';
import { SPEECH_VERB_FORMS, TAKES_LISTENER } from './speech-verbs.js';

/**
 * wink reads the finite verb of a reported clause with no "that" as a noun when a noun phrase
 * stands before it ("said the harbour board deserved/NOUN better", "notes the agency monitors/NOUN
 * 20,000 of the berths"), so the clause has no verb and what was said is lost. Right after a cue of
 * saying, a noun phrase opening with a determiner is the clause's subject, and a lower-case -s or
 * -ed word after it, before an object or a complement and with no other verb in the clause, is its
 * verb (a determiner after a plural makes no noun phrase: present-verbs.ts reads the same shape after
 * a name). Returns `parsed` itself when nothing changes, else a copy with those tokens retagged.
 */
export function withReportedClauseVerbs(parsed: ParsedArticle): ParsedArticle {
  return retagAsVerbs(parsed, 2, parsed.tokens.length - 1, clauseVerb);
}

function clauseVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'NOUN' || !VERB_FORM.test(t.value) || !NOUNS.has(tokens[k - 1]!.pos)) return false;
  const past = t.value.endsWith('ed');
  const after = tokens[k + 1]!;
  if (after.sentence !== t.sentence) return false;
  if (!(OBJECT_OPENERS.has(after.normal) || after.pos === 'NUM' || (past && (after.pos === 'ADJ' || after.pos === 'ADV')))) return false;
  const opener = phraseStart(tokens, k - 1);
  return opener > 0 && cueOfSaying(tokens, opener - 1) && !verbAfter(tokens, k + 1);
}

/** The determiner or possessive opening the noun phrase that ends at `end`, or -1. */
function phraseStart(tokens: readonly Token[], end: number): number {
  for (let j = end; j >= 0 && end - j < MAX_SUBJECT; j--) {
    const t = tokens[j]!;
    if (t.sentence !== tokens[end]!.sentence) return -1;
    if (DETERMINERS.has(t.normal)) return j;
    if (!SUBJECT_POS.has(t.pos)) return -1;
  }
  return -1;
}

/** A speech verb that takes a clause, not a listener ("told the party members …", "asked"). */
function cueOfSaying(tokens: readonly Token[], c: number): boolean {
  const t = tokens[c]!;
  const lemma = SPEECH_VERB_FORMS.get(t.normal);
  if (!lemma || TAKES_LISTENER.has(lemma) || lemma === 'ask') return false;
  return t.pos === 'VERB' || t.normal === 'said' || t.normal === 'says';
}

/** A verb later in the clause makes the -s or -ed word a noun of its subject ("said the oil prices in Dover rose"). */
function verbAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && tokens[k]!.sentence === tokens[from - 1]!.sentence; k++) {
    const t = tokens[k]!;
    if (CLAUSE_ENDS.has(t.value)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/** -s or -ed, not -ss, -us, -is ("business", "status", "crisis") nor a short -eed ("need", "speed"). */
const VERB_FORM = /^\p{Ll}[\p{Ll}-]*(?:[^sui']s|[^e]ed)$/u;
const NOUNS = new Set(['NOUN', 'PROPN']);
const MAX_SUBJECT = 6;
const SUBJECT_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);
/** Not "that", "this", "these": after a cue they open a clause or a time ("said this week"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
const OBJECT_OPENERS = new Set([...DETERMINERS, 'him', 'them', 'us', 'me']);
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '—', '–', '--', '(']);
