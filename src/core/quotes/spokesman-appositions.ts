import type { Token } from '../types.js';
import { type Subject } from './noun-phrases.js';
import { UNNAMED_PERSON_NOUNS } from './description-nouns.js';
import { namesBody, type NameIndex } from './full-names.js';

/**
 * "a spokesman for the firm, Acme, said", "the firm's spokesman, Acme, said": a description of
 * someone who usually stays unnamed before an apposition that names a body (an organisation the
 * entity list found, or a name a body's word ends) renames what that person speaks for (a body is
 * no spokesman), so the description speaks; not a person's name ("a spokeswoman for the firm, Ann
 * Roe"). That description as a subject of its own, or null.
 */
export function spokesmanBefore(tokens: readonly Token[], subject: Subject, names: NameIndex): Subject | null {
  const name = subject.name;
  const comma = name ? name.first - 1 : -1;
  if (!name || comma <= subject.first || tokens[comma]!.value !== ',') return null;
  const words = tokens.slice(subject.first, comma);
  const head = words.find((t) => UNNAMED_PERSON_NOUNS.has(t.normal));
  if (!head || words.some((t) => t.value === ',')) return null;
  const full = names.fullNameOfTokens(name.first, name.end);
  const body = names.entityByName.get(full)?.type === 'ORGANIZATION' || namesBody(full);
  return body ? { first: subject.first, end: comma, kind: 'description', head: head.normal, roles: [] } : null;
}
