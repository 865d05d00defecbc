import type { ArticleRecord } from '../../index.js';
import { formatStats } from './labels.js';
import type { TerminalStyle } from './terminal.js';
import { wrap } from './wrap.js';

/** The reading view: title, byline, stats, then headings and paragraphs wrapped to the width. */
export function renderReading(record: ArticleRecord, style: TerminalStyle): string {
  const { chalk, width } = style;
  const out: string[] = [];
  if (record.title) out.push(chalk.bold(wrap(record.title, width)));
  const meta = [record.byline ? `By ${record.byline}` : '', formatStats(record.stats.words, record.stats.readingMinutes)].filter(Boolean);
  out.push(chalk.dim(wrap(meta.join(' · '), width)));
  for (const block of record.blocks) {
    const text = record.text.slice(block.start, block.end);
    out.push('', block.kind === 'heading' ? chalk.bold.underline(wrap(text, width)) : wrap(text, width));
  }
  return out.join('\n') + '\n';
}
