import type { Span, TextSpan } from '../types.js';
import type { NameIndex } from './full-names.js';
import { LOOKBACK } from './pronouns.js';
import { TITLES } from './titles-and-names.js';
import { isPersonNoun } from './described-subject.js';

/** A speaker whose phrase gave them a role ("Gomez, a city engineer, said"), and where. */
export interface RoleOwner {
  readonly role: string;
  readonly name: string;
  readonly at: number;
}

/**
 * "the professor said": the full name of the person (or body) the article tied that role `head`
 * to before `span`: the latest speaker whose phrase gave it (`owners`), else the nearest earlier
 * name an apposition or title gave it. A document (`document`: "the complaint") is no person's
 * role. Null when none holds it. `excluded` is the quote itself.
 */
export function roleHolder(names: NameIndex, owners: readonly RoleOwner[], head: string, span: TextSpan, excluded: Span, document: boolean): string | null {
  for (let o = owners.length - 1; o >= 0; o--) {
    const owner = owners[o]!;
    if (owner.at < span.start && owner.role === head && !(document && names.isPerson(owner.name))) return owner.name;
  }
  const last = names.lastRunBefore(span.start);
  for (let r = last; r >= 0 && r > last - LOOKBACK; r--) {
    const run = names.runs[r]!;
    // (Nor a name closing the quote that a body or text only seems to stand in apposition to:
    // "… tuned in to Seawave, the firm said" is another firm's word about Seawave; a person's
    // title is the quote's end running on into its speaker: "…, Ann Roe, the port director told".)
    if ((document && names.isPerson(names.fullOfRun(r))) || (run.end === excluded.end && !isPersonNoun(head))) continue;
    // (A title is a person's: "flew home to the U.S., the governor closed" gives no place or body the role.)
    if (run.roles.includes(head) && !(TITLES.has(head) && (names.notPersonNames.has(run.text) || names.notPersonNames.has(names.fullOfRun(r)))))
      return names.fullOfRun(r);
  }
  return null;
}
