import type { Entity } from '../types.js';

/**
 * A definite description of a body in a cue's subject ("the firm said", "the commission says",
 * "according to the organisation") that stands for an organisation the article named before, though
 * that organisation never spoke: news names a company or agency once and then calls it by its kind.
 * The organisation is the one named most often up to the description (the body the story is
 * about, not one it passed: `The Harbour Board urged the Trade Organisation to …. According to the
 * organisation, …` is the board when the board was named more), the nearest on a tie. A noun that
 * ends names of its own ("commission", "centre") takes only a name ending in it; a noun for any body
 * ("firm", "company", "organisation") takes any.
 */

/** Nouns news calls any named body by ("group" and "body" are left out: a band, a cross-party group, a nonprofit news names only in lower case). */
const ANY_BODY_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'organisation', 'organization']);

/** Nouns that end a body's own name ("Electoral Commission" … "the commission"); not a document's ("the report"). */
const NAME_HEADS: ReadonlySet<string> = new Set([
  'commission',
  'committee',
  'council',
  'centre',
  'center',
  'institute',
  'association',
  'federation',
  'alliance',
  'party',
  'union',
  'agency',
  'authority',
  'board',
  'bank',
  'ministry',
  'department',
  'office',
  'foundation',
  'trust',
  'fund',
  'society',
  'league',
  'government',
  'organisation',
  'organization',
]);

/** The last word of a name a head noun stands for, with the other spelling ("centre", "Center"). */
const SPELLINGS: Readonly<Record<string, string>> = { centre: 'center', center: 'centre', organisation: 'organization', organization: 'organisation' };

/**
 * The organisation (an ORGANIZATION entity of `entities`) the description `words` (its words, head
 * `head` last) at `at` stands for, or null. A capitalised word of the description other than a place
 * the tagger found names the body itself: only a name holding it fits ("the IFPI industry body" is
 * no company named before; "the UK firm" may be).
 */
export function describedBody(entities: readonly Entity[], words: readonly string[], head: string, at: number, bodyStart: number): string | null {
  const any = ANY_BODY_NOUNS.has(head);
  if (!any && !NAME_HEADS.has(head)) return null;
  const places = new Set(entities.filter((e) => e.type === 'PLACE').flatMap((e) => e.name.split(' ')));
  const own = words.slice(1, -1).filter((w) => /^\p{Lu}/u.test(w) && !places.has(w.replace(/-\p{L}+$/u, '')));
  let best: string | null = null;
  let bestCount = 0;
  let bestLast = -1;
  for (const e of entities) {
    if (e.type !== 'ORGANIZATION' || !(any || endsIn(e.name, head))) continue;
    const nameWords = e.name.split(' ');
    if (!own.every((w) => nameWords.includes(w))) continue;
    let count = 0;
    let last = -1;
    for (const m of e.mentions) {
      // (A name the text writes in lower case, as some copy does throughout, is too weak a guess to go on with.)
      if (m.end > at || !/^[\p{Lu}\d]/u.test(m.text)) continue;
      count++;
      if (m.start >= bodyStart && m.start > last) last = m.start;
    }
    // (Named in the body: a headline alone brings in no one a description goes on with.)
    if (last < 0) continue;
    if (count > bestCount || (count === bestCount && last > bestLast)) {
      best = e.name;
      bestCount = count;
      bestLast = last;
    }
  }
  return best;
}

function endsIn(name: string, head: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return last === head || last === SPELLINGS[head];
}
