import type { ChalkInstance } from 'chalk';
import type { ArticleRecord, Entity, Quote } from '../../index.js';
import { entityLabel, formatStats, NAME_GROUPS, TYPE_ORDER } from './labels.js';
import { wrap } from './wrap.js';

/** What every terminal renderer needs to know about the terminal. */
export interface TerminalStyle {
  readonly chalk: ChalkInstance;
  readonly width: number;
}

const BRIEF_QUOTES = 3;
const BRIEF_NAMES = 5;

/** The brief: title, stats, summary, the main quotes and the main names. */
export function renderBrief(record: ArticleRecord, style: TerminalStyle): string {
  const { chalk, width } = style;
  const out: string[] = [];
  out.push(chalk.bold(wrap(record.title || '(untitled)', width)));
  const meta = [record.source, record.byline ? `by ${record.byline}` : '', formatStats(record.stats.words, record.stats.readingMinutes)].filter(Boolean);
  out.push(chalk.dim(wrap(meta.join(' · '), width)));
  if (record.summary.length > 0) {
    out.push('', chalk.bold.cyan('Summary'));
    for (const s of record.summary) out.push(wrap(s.text, width, '  ', '• '));
  }
  const quotes = mainQuotes(record.quotes, BRIEF_QUOTES);
  if (quotes.length > 0) {
    out.push('', chalk.bold.cyan('Quotes'));
    for (const q of quotes) out.push(renderQuote(q, style, '  '));
  }
  const names = NAME_GROUPS.map((g) => ({ label: g.label, list: record.entities.filter((e) => e.type === g.type).slice(0, BRIEF_NAMES) })).filter((g) => g.list.length > 0);
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

/** One quote: speaker in bold, the cue, the text wrapped and indented beneath. */
export function renderQuote(q: Quote, style: TerminalStyle, indent = ''): string {
  const { chalk, width } = style;
  const who = q.speaker?.name ?? 'Unattributed';
  const head = `${indent}${chalk.bold(who)} ${chalk.dim(q.cue || (q.kind === 'direct' ? 'said' : 'reported'))}${q.kind === 'indirect' ? chalk.dim(' (reported)') : ''}`;
  return `${head}\n${chalk.italic(wrap(`“${q.text}”`, width, indent + '    '))}`;
}

/** `precis quotes` when piped: one line per quote, `Speaker: “text”`. */
export function quoteLine(q: Quote): string {
  return `${q.speaker?.name ?? 'Unattributed'}: “${q.text.replace(/\s+/g, ' ')}”`;
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

/**
 * The quotes worth showing in a brief: attributed ones first, direct before reported, longer
 * (more substantial) before shorter; shown in article order.
 */
export function mainQuotes(quotes: readonly Quote[], n: number): Quote[] {
  const score = (q: Quote) => (q.speaker ? 2 : 0) + (q.kind === 'direct' ? 1 : 0) + Math.min(q.text.length, 300) / 300;
  return [...quotes].sort((a, b) => score(b) - score(a)).slice(0, n).sort((a, b) => a.start - b.start);
}
