import type { ChalkInstance } from 'chalk';
import type { ArticleRecord, Entity, Quote } from '../../index.js';
import { BRIEF_NAMES, briefNames, briefQuotes, quoteWords, speakerLabel } from '../../render/brief.js';
import { formatDate } from '../../render/dates.js';
import { entityLabel, statsFields, TYPE_ORDER } from '../../render/labels.js';
import { joinFields, wrap } from './wrap.js';

/** What every terminal renderer needs to know about the terminal. */
export interface TerminalStyle {
  readonly chalk: ChalkInstance;
  readonly width: number;
}

/** The brief: title, stats, summary, the main quotes and the main names. */
export function renderBrief(record: ArticleRecord, style: TerminalStyle): string {
  const { chalk, width } = style;
  const out: string[] = [];
  out.push(chalk.bold(wrap(record.title || '(untitled)', width)));
  const meta = [
    record.source,
    record.byline ? `by ${record.byline}` : '',
    record.date ? formatDate(record.date) : '',
    ...statsFields(record.stats.words, record.stats.readingMinutes),
  ].filter(Boolean);
  out.push(chalk.dim(joinFields(meta, width)));
  if (record.summary.length > 0) {
    out.push('', chalk.bold.cyan('Summary'));
    for (const s of record.summary) out.push(wrap(s.text, width, '  ', '• '));
  }
  const quotes = briefQuotes(record);
  if (quotes.length > 0) {
    out.push('', chalk.bold.cyan('Quotes'));
    for (const q of quotes) out.push(renderQuote(q, style, '  '));
  }
  const names = briefNames(record, BRIEF_NAMES);
  if (names.length > 0) {
    out.push('');
    for (const g of names) {
      const list = g.list.map((e) => (e.count > 1 ? `${e.name} (${e.count})` : e.name)).join(', ');
      // Wrap the plain text, then colour the label: escape codes must not count as width.
      const wrapped = wrap(`${g.label}: ${list}`, width, '  ', '');
      out.push(chalk.bold(`${g.label}:`) + wrapped.slice(g.label.length + 1));
    }
  }
  return out.join('\n') + '\n';
}

/** One quote: speaker in bold, the cue, the words wrapped and indented beneath. */
export function renderQuote(q: Quote, style: TerminalStyle, indent = ''): string {
  const { chalk, width } = style;
  const who = speakerLabel(q);
  const cue = q.cue || (q.kind === 'direct' ? 'said' : 'reported');
  const head = `${indent}${chalk.bold(who)} ${chalk.dim(q.kind === 'indirect' ? `${cue} (reported)` : cue)}`;
  return `${head}\n${chalk.italic(wrap(quoteWords(q), width, indent + '    '))}`;
}

/** `precis quotes` when piped: one line per quote, `Speaker: “text”` (`Speaker (reported): text`). */
export function quoteLine(q: Quote): string {
  return `${speakerLabel(q)}${q.kind === 'indirect' ? ' (reported)' : ''}: ${quoteWords(q)}`;
}

/** Entities grouped by type, most-mentioned first. */
export function renderEntities(entities: readonly Entity[], style: TerminalStyle): string {
  const { chalk } = style;
  const out: string[] = [];
  for (const type of TYPE_ORDER) {
    const list = entities.filter((e) => e.type === type).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    if (list.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(chalk.bold.cyan(entityLabel(type)));
    for (const e of list) out.push(`  ${e.name}${chalk.dim(` (${e.count})`)}`);
  }
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
