/**
 * Where an organisation's acronym stands in news, which a common noun shouted for emphasis does not:
 * before an official's role or a report ("WHO chief"), or after "the" before what an organisation
 * does ("the WHO urged"). Read by acronyms.ts (to find such acronyms), emphasis.ts (to keep them)
 * and ampersands.ts (where an untagged pair is a firm).
 */
const THE = /^[Tt]he$/;
/** Officials' roles after an organisation's acronym, and its reports: "WHO chief", "WHO officials said", "WHO said". */
const ROLE_AFTER =
  /^(?:chief|head|boss|spokesman|spokeswoman|spokesperson|official|officials|director|director-general|envoy|expert|experts|scientists|adviser|advisers|said|says)$/;

/** What an organisation does after "the" and its acronym: a possessive or a verb of saying or deciding ("the WHO urged"). */
const ACTS_AFTER =
  /^(?:'s|’s|said|says|told|tells|added|warned|warns|urged|urges|announced|announces|recommended|recommends|advised|advises|declared|declares|confirmed|confirms|reported|estimated|estimates|predicted|stated|insisted|approved|approves|ruled|rules)$/;

/** Whether a word between these two stands where "the" and an organisation's acronym act ("the WHO warned"). */
export const actsAfterThe = (before: string, after: string): boolean => THE.test(before) && actsAfter(after);
/** Whether the word is a possessive or a verb of saying or deciding, what an organisation does ("said", "'s"). */
export const actsAfter = (after: string): boolean => ACTS_AFTER.test(after);
/** Whether the word names an official's role or a report, as one after an acronym does ("WHO chief"). */
export const isRoleAfter = (after: string): boolean => ROLE_AFTER.test(after);
