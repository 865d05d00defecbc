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

/**
 * Whether a sentence is page furniture. `previous` is the sentence before it, if any: the
 * name after a bare "By ." is part of the byline ("By . Sam Reporter .").
 */
export function isPageFurniture(text: string, previous?: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return true;
  if (BYLINE.test(text.trim())) return true;
  if (STAMP.test(text) && words.length <= STAMP_MAX_WORDS) return true;
  if (words.every((w) => DATE_WORD.test(w))) return true;
  return previous !== undefined && BARE_BY.test(previous.trim()) && words.length <= NAME_MAX_WORDS;
}
