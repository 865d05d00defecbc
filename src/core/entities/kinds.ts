/**
 * A name the article says what kind of thing it is: "Hawaiian Gardens is a small city",
 * "Harlow Peck, the insurer that ...". The tagger reads two words either side of a name, so
 * a description further on is lost to it, and at a sentence's start (no word to the left, a
 * capital that says nothing) it can type a place as an organisation. A name followed by a
 * comma or "is"/"was", an article, at most three lower-case words and a noun for a kind of
 * place or organisation that ends the description takes that kind's type, and so does every
 * mention of the same words (one sense per discourse, Gale, Church & Yarowsky 1992).
 */
import type { NameType } from '../types.js';
import type { NameMention } from './group.js';

const PLACE_KINDS = 'city|town|village|suburb|county|country|state|province|region|island|district|borough|municipality|neighbou?rhood|capital|port';
const ORGANISATION_KINDS =
  'company|firm|bank|insurer|retailer|carmaker|airline|broadcaster|publisher|manufacturer|chain|start-up|startup|charity|club|team|band|party|agency|university';
/**
 * After the name: the description and its kind noun, which must end the noun phrase ("a city
 * council" names a council): punctuation or a word that goes on about it follows.
 */
const DESCRIPTION = new RegExp(
  `^(?:,| is| was) (?:a|an|the) (?:[\\p{Ll}\\d-]+ ){0,3}(?:(${PLACE_KINDS})|(${ORGANISATION_KINDS}))(?=[,.;:)]|$| (?:in|of|on|near|that|which|where|whose|with|based|founded|owned|run|and|best|known)\\b)`,
  'u',
);

/** The mentions retyped by the kind the article gives them (see above); `text` is the article's. */
export function withDescribedKinds<M extends NameMention>(names: readonly M[], text: string): readonly M[] {
  let kinds: Map<string, NameType> | undefined;
  for (const m of names) {
    if (m.type !== 'PLACE' && m.type !== 'ORGANIZATION') continue;
    const d = DESCRIPTION.exec(text.slice(m.end, m.end + 80));
    if (d) (kinds ??= new Map()).set(m.text, d[1] ? 'PLACE' : 'ORGANIZATION');
  }
  if (kinds === undefined) return names;
  return names.map((m) => {
    const type = m.type === 'PLACE' || m.type === 'ORGANIZATION' ? kinds!.get(m.text) : undefined;
    return type && type !== m.type ? { ...m, type } : m;
  });
}
