import type { ArticleRecord, Block } from '../../index.js';
import { STDIN_SOURCE } from '../../io/inputs.js';
import { insertMarkers, type Mark } from './highlight.js';
import { formatDate } from '../../render/dates.js';
import { escapeMarkdown, oneLine } from '../../render/markdown-text.js';

/**
 * The whole article as clean Markdown, for notes apps and static sites: YAML front matter
 * (title, author, date, source), the headline, then headings, paragraphs and block quotes.
 * The article's words are escaped, so a line that happens to start with "1." or "#" stays text.
 */
export function articleMarkdown(record: ArticleRecord, options: { readonly brief?: boolean } = {}): string {
  const front = ['---', `title: ${yamlString(record.title || record.source)}`];
  if (record.byline) front.push(`author: ${yamlString(record.byline)}`);
  if (record.date) front.push(`date: ${yamlString(record.date)}`);
  if (record.source && record.source !== STDIN_SOURCE) front.push(`source: ${yamlString(record.source)}`);
  front.push('---', '');
  const out = [...front];
  if (record.title) out.push(`# ${escapeMarkdown(record.title)}`, '');
  const meta = [record.byline ? `By ${record.byline}` : '', record.date ? formatDate(record.date) : ''].filter(Boolean);
  if (meta.length > 0) out.push(`*${escapeMarkdown(meta.join(' · '))}*`, '');
  if (options.brief && record.summary.length > 0) {
    out.push('**In brief**', '');
    for (const s of record.summary) out.push(`- ${escapeMarkdown(oneLine(s.text))}`);
    out.push('', '---', '');
  }
  out.push(bodyMarkdown(record));
  return out.join('\n');
}

/** The blocks of the article as Markdown; with `marks`, highlight markers sit inside the text. */
export function bodyMarkdown(record: ArticleRecord, marks: readonly Mark[] = []): string {
  return record.blocks.map((block) => blockMarkdown(record, block, marks)).join('\n\n') + '\n';
}

function blockMarkdown(record: ArticleRecord, block: Block, marks: readonly Mark[]): string {
  const raw = record.text.slice(block.start, block.end);
  const text = escapeMarkdown(oneLine(marks.length > 0 ? insertMarkers(raw, block.start, marks) : raw));
  switch (block.kind) {
    case 'heading':
      return `## ${text}`;
    case 'quote':
      return `> ${text}`;
    case 'paragraph':
      return text;
  }
}

/** A double-quoted YAML scalar (JSON strings are valid YAML). */
function yamlString(value: string): string {
  return JSON.stringify(value);
}
