/**
 * Words written capitalised right before a person's name that are no part of it, beyond the
 * titles and offices of junk-words.ts:
 * - honorifics of rank, nobility and religion ("Lord Scarman", "Princess Eugenie",
 *   "Lieutenant Hastings", "Sheikh Mohammed");
 * - "false titles", the occupation or role a news story puts before a name in place of a
 *   title ("Singer Mara Quill", "Rapper Jay-Z", "Newcomer Ciara"; style guides call the
 *   construction a false title). The tagger, trained on 1996 Reuters, which writes "singer Mara Quill" in
 *   lower case, reads a capitalised one opening a sentence as the given name; some of these
 *   words are listed surnames too ("Singer"), so the lists of names do not tell them apart.
 * Both are closed classes of English nouns, listed here as junk-words.ts lists titles.
 */

/** Ranks, nobility, royalty and religious honorifics. */
const HONORIFICS = new Set(
  'lord lady baron baroness earl countess count duke duchess marquess viscount prince princess king queen emperor empress sheikh sheikha emir sultan pope cardinal bishop archbishop rabbi imam reverend father sister brother saint lieutenant colonel major captain admiral commander corporal private brigadier general'.split(
    ' ',
  ),
);

/**
 * Occupations and roles used as false titles before a name; and, written with their full stop
 * only ("Sen. Eli Marsk"), American shortened offices, whose bare forms are surnames ("Amartya Sen").
 */
const FALSE_TITLES = new Set(
  'singer songwriter rapper actor actress comedian comedienne presenter broadcaster host author novelist writer poet playwright director filmmaker producer composer musician guitarist drummer bassist pianist violinist dancer choreographer artist sculptor designer photographer journalist reporter columnist editor critic striker defender midfielder winger goalkeeper footballer cricketer golfer boxer jockey trainer cyclist swimmer sprinter athlete skier coach manager boss chairman chairwoman businessman businesswoman entrepreneur tycoon billionaire millionaire banker economist analyst lawyer barrister solicitor surgeon scientist researcher teacher campaigner activist newcomer veteran holidaymaker witness suspect defendant pensioner chef schoolboy schoolgirl mum mom dad grandmother grandfather gran grandma grandpa clerk councilman councilwoman councillor alderman fusilier skipper miss sen. rep. gov.'.split(
    ' ',
  ),
);

/** Whether the word is an honorific of rank, nobility or religion ("Lord", "Princess"), whatever its case. */
export const isHonorific = (w: string): boolean => HONORIFICS.has(w.toLowerCase());

/** Whether the word is an occupation or role written as a false title ("Singer", "Rapper"), whatever its case. */
export const isFalseTitle = (w: string): boolean => FALSE_TITLES.has(w.toLowerCase());
