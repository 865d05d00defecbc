import { rankQuotes, type ArticleRecord } from '../../index.js';
import { formatStats, NAME_GROUPS } from './labels.js';
import { innermostQuotes, quoteWords } from './terminal.js';

/** The brief as Markdown, for `--out` folders, notes apps and static sites. */
export function briefMarkdown(record: ArticleRecord): string {
  const out: string[] = [`# ${record.title || record.source}`, ''];
  const meta = [record.byline ? `By ${record.byline}` : '', formatStats(record.stats.words, record.stats.readingMinutes), `Source: ${record.source}`].filter(Boolean);
  out.push(`_${meta.join(' · ')}_`, '');
  if (record.summary.length > 0) {
    out.push('## Summary', '');
    for (const s of record.summary) out.push(`- ${s.text}`);
    out.push('');
  }
  const quotes = rankQuotes(innermostQuotes(record.quotes), 3);
  if (quotes.length > 0) {
    out.push('## Quotes', '');
    for (const q of quotes) out.push(`> ${quoteWords(q)}`, `> — **${q.speaker?.name ?? 'Unattributed'}**${q.kind === 'indirect' ? ' (reported)' : ''}`, '');
  }
  const groups = NAME_GROUPS.map((g) => ({ label: g.label, list: record.entities.filter((e) => e.type === g.type) })).filter((g) => g.list.length > 0);
  if (groups.length > 0) {
    out.push('## Names', '');
    for (const g of groups) out.push(`- **${g.label}:** ${g.list.map((e) => e.name).join(', ')}`);
    out.push('');
  }
  return out.join('\n');
}
