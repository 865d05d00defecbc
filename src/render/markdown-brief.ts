import type { ArticleRecord } from '../index.js';
import { briefNames, briefQuotes, quoteWords, speakerLabel } from './brief.js';
import { formatDate } from './dates.js';
import { formatStats } from './labels.js';
import { escapeMarkdown, oneLine } from './markdown-text.js';

/**
 * The brief as Markdown, for `--out` folders, notes apps and static sites. Every piece of the
 * article's text is escaped, so a headline with an asterisk or a quote that starts "1." renders
 * as the words it is.
 */
export function briefMarkdown(record: ArticleRecord): string {
  const text = (value: string) => escapeMarkdown(oneLine(value));
  const out: string[] = [`# ${text(record.title || record.source)}`, ''];
  const meta = [
    record.byline ? `By ${record.byline}` : '',
    record.date ? formatDate(record.date) : '',
    formatStats(record.stats.words, record.stats.readingMinutes),
    `Source: ${record.source}`,
  ].filter(Boolean);
  out.push(`*${text(meta.join(' · '))}*`, '');
  if (record.summary.length > 0) {
    out.push('## Summary', '');
    for (const s of record.summary) out.push(`- ${text(s.text)}`);
    out.push('');
  }
  const quotes = briefQuotes(record);
  if (quotes.length > 0) {
    out.push('## Quotes', '');
    for (const q of quotes) out.push(`> ${text(quoteWords(q))}`, `> — **${text(speakerLabel(q))}**${q.kind === 'indirect' ? ' (reported)' : ''}`, '');
  }
  const groups = briefNames(record);
  if (groups.length > 0) {
    out.push('## Names', '');
    for (const g of groups) out.push(`- **${g.label}:** ${g.list.map((e) => text(e.name)).join(', ')}`);
    out.push('');
  }
  return out.join('\n');
}
