import type { Token } from '../types.js';
import { isNameWord, nameRunStartingAt } from './name-tokens.js';
import { phraseEndingAt, type Subject } from './noun-phrases.js';

/** "another user, Jane Roe": a description in apposition to the name after it gives that name, with the role. */
export function withNameAfter(tokens: readonly Token[], phrase: Subject | null, ceiling: number): Subject | null {
  const end = phrase?.end ?? 0;
  if (phrase?.kind !== 'description' || tokens[end]?.value !== ',' || end + 1 >= ceiling || !isNameWord(tokens, end + 1)) return phrase;
  const name = phraseEndingAt(tokens, nameRunStartingAt(tokens, end + 1, ceiling) - 1, end + 1);
  return name?.kind === 'name' && name.first === end + 1 ? { ...name, first: phrase.first, roles: [phrase.head, ...name.roles] } : phrase;
}
