/**
 * The date and byline lines that open many articles ("By Mina Calder · July 12, 2021",
 * "Published 12 July 2021"): page furniture, not prose. Dates come out as ISO 8601
 * (YYYY-MM-DD), the form metadata gives; a time of day is left out, as its zone is unknown.
 */
import { parseByline } from './headline.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const LEAD = String.raw`^(?:(?:published|updated|posted|first published)(?:\s+on)?:?\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const TIME = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?$`;
const MONTH_FIRST = new RegExp(`${LEAD}([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}`, 'i');
const DAY_FIRST = new RegExp(`${LEAD}(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})${TIME}`, 'i');
const ISO = new RegExp(`${LEAD}(\\d{4})-(\\d{2})-(\\d{2})${TIME}`, 'i');

/** "July 12, 2021", "Monday 12 July 2021", "Published: 2021-07-12 10:30" → "2021-07-12"; else null. */
export function parseDateLine(line: string): string | null {
  const text = line.trim();
  let m = MONTH_FIRST.exec(text);
  if (m) return isoDate(Number(m[3]), MONTHS[m[1]!.toLowerCase()], Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m) return isoDate(Number(m[3]), MONTHS[m[2]!.toLowerCase()], Number(m[1]));
  m = ISO.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function isoDate(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || month < 1 || month > 12) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Where a byline and a date meet: a middle dot, a bar, a bullet, a comma, a spaced dash. The
 * spaces around it are trimmed afterwards: `\s*` on both sides would make a long run of
 * spaces quadratic.
 */
const SEPARATOR = /[·|•,]|\s[–—-]\s/g;

/**
 * A line ending in a date, split there: "Mina Calder · July 12, 2021" → the name part and
 * "2021-07-12"; "· July 12, 2021" → an empty name part. Null when no date ends the line.
 */
export function splitTrailingDate(line: string): { head: string; date: string } | null {
  for (const m of line.matchAll(SEPARATOR)) {
    const date = parseDateLine(line.slice(m.index + m[0].length));
    if (date) return { head: line.slice(0, m.index).trim(), date };
  }
  return null;
}

/**
 * A byline and/or date line ("By Mina Calder · July 12, 2021", "By Mina Calder", "July 12,
 * 2021"): its parts, or null when the line is anything else.
 */
export function parseBylineLine(line: string): { byline: string | null; date: string | null } | null {
  if (line.length > 160) return null;
  const byline = parseByline(line);
  if (byline) return { byline, date: null };
  const date = parseDateLine(line);
  if (date) return { byline: null, date };
  const split = splitTrailingDate(line);
  if (!split) return null;
  if (split.head === '') return { byline: null, date: split.date };
  const name = parseByline(split.head);
  return name ? { byline: name, date: split.date } : null;
}
