/**
 * Numbers wink reports that are part of a word: wink cuts "3D", "4G", "1Xtra", "76ers" and
 * "7-Eleven" at the digits and calls each piece of digits (and "Eleven") a number. A number is
 * a quantity only when nothing but a unit is written onto it:
 * - a capital written onto the digits makes a name or a code ("3D", "4G", "3GSM", "1Xtra"),
 *   unless it is a unit or a clock's ("5K", "136M", "2GB", "4Mbps", "10PM", "1800GMT", "30C", "5Km", "60MPH");
 *   "3M" before a verb (not a plural one) or a possessive, alone, no currency sign before it, is the company;
 *   an acronym in the plural counts ("12KOs");
 * - a lower-case word written onto them is a unit ("10m", "5km", "2bn") or a missing space
 *   ("6million", "2001fetched"), and the number stays; but "ers" makes a team ("76ers", "a
 *   former 76er");
 * - a capitalised number word or a capital letter after the digits and a hyphen makes a name
 *   ("7-Eleven", "3-D"), and "Eleven" is no number either; a lower-case word makes a measure
 *   ("24-year-old"), and a title-case one is left too ("2-Time Champion").
 * "3D" is a format, not three of anything: it is no number either. Ordinals ("2nd", "7th") and
 * dates are wink's single tokens and are left alone, as are money and percentages.
 */
import type { EntitySpan, Token } from '../types.js';
import { STARTS_UPPER } from './words.js';

/** Capitals written onto a number that measure it: multipliers, sizes, rates, clocks, degrees, power. */
const UPPER_UNIT =
  /^(?:K|M|MM|B|BN|Bn|Mn|MN|T|TN|KB|MB|GB|TB|Kb|Mb|Gb|Kbps|Mbps|Gbps|KBps|MBps|Hz|KHz|MHz|GHz|AM|PM|A\.M\.|P\.M\.|GMT|UTC|BST|CET|EST|EDT|CST|CDT|PST|PDT|ET|PT|C|F|W|KW|MW|GW|kW|kWh|MWh|GWh|TWh|V|HP|CC)$/;
/** Measures written in any case ("5Km", "10KG", "60MPH", "500Mhz"): no name or code is written so. */
const ANY_CASE_UNIT = /^(?:km|kg|mg|cm|mm|ml|mph|kph|kmh|khz|mhz|ghz|lbs?|ft)$/i;
/** A lower-case word that makes a team, or one of its players, of the number before it ("76ers", "76er"). */
const TEAM = /^ers?$/;
/** An acronym in the plural counts things ("12KOs", "5PCs"). */
const COUNTED = /^\p{Lu}+s$/u;
/** A capitalised number word after digits and a hyphen: "7-Eleven" is a name; "2-Time" (title case of "two-time") is not. */
const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Hundred|Thousand)$/;
/** A capital letter after digits and a hyphen ("3-D", "4-H"); not an acronym, which counts ("100-RBI season"). */
const CODE = /^\p{Lu}$/u;
/** Digits open the word ("76", "3" of "3D"). */
const OPENS_WITH_DIGIT = /^\d/;
const CURRENCY = /^(?:[$£€¥]|US\$|A\$|C\$|HK\$)$/u;

/** Whether tokens a and b are written together (no space between) in one sentence. */
const glued = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start && a.sentence === b.sentence;

/** Whether wink's number `e` is part of a word (see above). */
export function numberInWord(tokens: readonly Token[], e: EntitySpan): boolean {
  if (e.type !== 'CARDINAL') return false;
  const last = tokens[e.endToken - 1]!;
  const after = tokens[e.endToken];
  if (glued(last, after) && OPENS_WITH_DIGIT.test(last.value)) {
    // wink may keep an abbreviation's full stop on the unit ("512K.").
    const w = after!.value.endsWith('.') ? after!.value.slice(0, -1) : after!.value;
    if (TEAM.test(w)) return true;
    if (STARTS_UPPER.test(w)) return (!UPPER_UNIT.test(w) && !ANY_CASE_UNIT.test(w) && !COUNTED.test(w)) || (w === 'M' && companyM(tokens, e));
    const code = tokens[e.endToken + 1];
    if (w === '-' && glued(after, code) && (CODE.test(code!.value) || NUMBER_WORD.test(code!.value))) return true;
  }
  // "Eleven" of "7-Eleven": a capitalised number word after digits and a hyphen.
  const first = tokens[e.firstToken]!;
  const hyphen = tokens[e.firstToken - 1];
  return (
    NUMBER_WORD.test(first.value) &&
    hyphen?.value === '-' &&
    glued(hyphen, first) &&
    glued(tokens[e.firstToken - 2], hyphen) &&
    OPENS_WITH_DIGIT.test(tokens[e.firstToken - 2]!.value)
  );
}

/** Verbs that agree with a plural subject: "3M were evacuated" counts people, a company "was". */
const PLURAL_VERB = /^(?:are|were|have)$/i;

/**
 * "3M" as the subject of a verb or with a possessive ("3M rose", "3M's chief"), no currency sign
 * before it, is the company: a sum would read "$3M", a count "3M people", "3M were evacuated" or,
 * with a word wink takes into the number, "nearly 3M".
 */
function companyM(tokens: readonly Token[], e: EntitySpan): boolean {
  const next = tokens[e.endToken + 1];
  if (e.endToken - e.firstToken > 1 || CURRENCY.test(tokens[e.firstToken - 1]?.value ?? '')) return false;
  if (next === undefined || next.sentence !== tokens[e.endToken]!.sentence || PLURAL_VERB.test(next.value)) return false;
  return next.pos === 'VERB' || next.pos === 'AUX' || next.value === "'s" || next.value === '’s';
}
