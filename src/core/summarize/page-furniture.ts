/**
 * Page furniture: the byline, time stamps and dates a scraped or pasted story often opens with
 * ("By . Sam Reporter . PUBLISHED: . 10:02 EST, 3 May 2013 . | . UPDATED: ..."). They are not
 * news, so no summary may use them, and they must not take the lead positions the default
 * method favours (a story's first sentence is its most summary-worthy one only when it is a
 * sentence of the story).
 */

/**
 * "By .", "By Sam Reporter .", "BY DAILY MAIL REPORTER": "By" and up to four capitalised
 * names ("By noon it was over." and "By the time ..." are sentences). Tested on trimmed text.
 */
const BYLINE = /^[Bb][Yy](?:\s*\.|\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s?\.?)$/u;
const BARE_BY = /^by\s*\.?$/i;
/** The name after a bare "By ." ("By . Sam Reporter ."). */
const NAME_MAX_WORDS = 4;
/** "PUBLISHED: .", "Last updated at 5:04 PM on 12th June 2011 .", "Posted on 3 May"; not "Updated figures show ...". */
const STAMP = /^\s*(?:published|updated|last\s+updated|last\s+modified|posted|created)\s*(?::|\.|\bat\b|\bon\b|$)/i;
const STAMP_MAX_WORDS = 12;
/** Words a bare date or time is made of: "10:02 EST, 3 May 2013", "Monday 12th June". */
const DATE_WORD =
  /^(?:\d+(?:st|nd|rd|th)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|am|pm|est|edt|cst|cdt|pst|pdt|gmt|bst|utc|cet|et|pt|on|at)$/i;

/** A word: a run of letters and digits. Global, for scanning with `lastIndex`. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Whether a sentence is page furniture. `previous` is the sentence before it, if any: the
 * name after a bare "By ." is part of the byline ("By . Sam Reporter .").
 */
export function isPageFurniture(text: string, previous?: string): boolean {
  WORD.lastIndex = 0;
  if (!WORD.test(text)) return true; // no words
  if (BYLINE.test(text.trim())) return true;
  if (STAMP.test(text) && wordCount(text) <= STAMP_MAX_WORDS) return true;
  if (allDateWords(text)) return true;
  return previous !== undefined && BARE_BY.test(previous.trim()) && wordCount(text) <= NAME_MAX_WORDS;
}

// The word scans below stop as soon as the answer is known; most sentences fail the date test
// on their first word, so no sentence is split into words in full.

/** Whether every word is a DATE_WORD (the text has at least one word). */
function allDateWords(text: string): boolean {
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    if (!DATE_WORD.test(match[0])) return false;
  }
  return true;
}

function wordCount(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.test(text)) count++;
  return count;
}
