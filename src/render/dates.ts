const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A page's publication date for people: "2026-03-14T09:30:00Z" → "14 March 2026". The date is
 * read as written, never moved to another time zone; anything not ISO-like is shown as given.
 */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return date.trim();
  return `${Number(m[3])} ${month} ${m[1]}`;
}
