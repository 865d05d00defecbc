import type { Story } from '../../index.js';
import { formatDate } from '../../render/dates.js';
import { NAME_GROUPS } from '../../render/labels.js';
import { escapeMarkdown, oneLine } from '../../render/markdown-text.js';
import type { TerminalStyle } from './terminal.js';
import { wrap } from './wrap.js';

/** Speakers and quotes per speaker a story shows in the terminal and in Markdown (JSON has them all). */
const SPEAKERS = 3;
const QUOTES_EACH = 2;
const NAMES_EACH = 4;

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

/** "5 articles · 4 outlets · 2 copies · 14 March 2026" */
function storyMeta(story: Story): string {
  const copies = story.articles.length - story.size;
  return [
    plural(story.size, 'article'),
    story.outlets > 1 ? plural(story.outlets, 'outlet') : '',
    copies > 0 ? plural(copies, 'copy', 'copies') : '',
    story.date ? formatDate(story.date) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function quoteText(q: { text: string; kind: string }): string {
  const words = q.text.replace(/\s+/g, ' ').trim();
  return q.kind === 'direct' ? `“${words}”` : words;
}

function names(story: Story): { label: string; list: string }[] {
  return NAME_GROUPS.map((g) => ({
    label: g.label,
    list: story.entities
      .filter((e) => e.type === g.type)
      .slice(0, NAMES_EACH)
      .map((e) => e.name)
      .join(', '),
  })).filter((g) => g.list !== '');
}

/** A story with more than one article: headline, meta line, summary, names, quotes, articles. */
function renderStory(story: Story, style: TerminalStyle): string {
  const { chalk, width } = style;
  const out = [chalk.bold(wrap(`${story.story}. ${story.title || '(untitled)'}`, width, '   ')), chalk.dim(wrap(storyMeta(story), width, '   '))];
  if (story.summary.length > 0) out.push('', ...story.summary.map((s) => wrap(s.text.replace(/\s+/g, ' '), width, '     ', '   • ')));
  const found = names(story);
  if (found.length > 0) {
    out.push('');
    for (const g of found) out.push(`   ${chalk.bold(`${g.label}:`)}${wrap(`${g.label}: ${g.list}`, width, '     ', '   ').slice(g.label.length + 4)}`);
  }
  const speakers = story.quotes.filter((s) => s.speaker !== null).slice(0, SPEAKERS);
  if (speakers.length > 0) {
    out.push('', `   ${chalk.bold.cyan('Who said what')}`);
    for (const s of speakers) {
      out.push(`   ${chalk.bold(s.speaker!)}`);
      for (const q of s.quotes.slice(0, QUOTES_EACH)) {
        const outlets = q.sources.length > 1 ? chalk.dim(` (${plural(q.sources.length, 'source')})`) : '';
        out.push(chalk.italic(wrap(quoteText(q), width, '       ', '     ')) + outlets);
      }
    }
  }
  out.push('', `   ${chalk.bold.cyan('Articles')}`);
  for (const a of story.articles) {
    const line = a.duplicateOf === null ? `${a.source}${a.title ? ` — ${a.title}` : ''}` : `${a.source} (copy of ${a.duplicateOf})`;
    out.push(a.duplicateOf === null ? wrap(line, width, '       ', '     ') : chalk.dim(wrap(line, width, '       ', '     ↳ ')));
  }
  return out.join('\n') + '\n';
}

/** A single-article story on one line: "12. Title — source". */
function renderSingle(story: Story, style: TerminalStyle): string {
  const { chalk, width } = style;
  const copies = story.articles.length - 1;
  return (
    wrap(
      `${story.story}. ${story.title || '(untitled)'} ${chalk.dim(`— ${story.articles[0]!.source}${copies > 0 ? ` (+${plural(copies, 'copy', 'copies')})` : ''}`)}`,
      width,
      '     ',
    ) + '\n'
  );
}

/** The whole digest for the terminal: multi-article stories in full, then single ones compactly. */
export function renderDigest(stories: readonly Story[], style: TerminalStyle): string {
  const full = stories.filter((s) => s.size > 1);
  const singles = stories.filter((s) => s.size <= 1);
  const parts = full.map((s) => renderStory(s, style));
  if (singles.length > 0)
    parts.push(`${style.chalk.bold.cyan(`Single-article stories (${singles.length})`)}\n${singles.map((s) => renderSingle(s, style)).join('')}`);
  return parts.join('\n');
}

/** The digest as Markdown (`--out DIR` writes it to DIR/digest.md); every piece of article text escaped. */
export function digestMarkdown(stories: readonly Story[], articles: number): string {
  const text = (value: string) => escapeMarkdown(oneLine(value));
  const out = [`# Digest: ${plural(stories.length, 'story', 'stories')} from ${plural(articles, 'article')}`, ''];
  const singles = stories.filter((s) => s.size <= 1);
  for (const story of stories.filter((s) => s.size > 1)) {
    out.push(`## ${story.story}. ${text(story.title || '(untitled)')}`, '', `*${text(storyMeta(story))}*`, '');
    for (const s of story.summary) out.push(`- ${text(s.text)}`);
    if (story.summary.length > 0) out.push('');
    for (const g of names(story)) out.push(`**${g.label}:** ${text(g.list)}  `);
    for (const s of story.quotes.filter((q) => q.speaker !== null).slice(0, SPEAKERS)) {
      for (const q of s.quotes.slice(0, QUOTES_EACH))
        out.push('', `> ${text(quoteText(q))}`, `> — **${text(s.speaker!)}**${q.sources.length > 1 ? ` (${plural(q.sources.length, 'source')})` : ''}`);
    }
    out.push('', '**Articles:**', '');
    for (const a of story.articles)
      out.push(
        a.duplicateOf === null ? `- ${text(a.source)}${a.title ? ` — ${text(a.title)}` : ''}` : `  - ${text(a.source)} (copy of ${text(a.duplicateOf)})`,
      );
    out.push('');
  }
  if (singles.length > 0) {
    out.push(`## Single-article stories (${singles.length})`, '');
    for (const s of singles) out.push(`- ${s.story}. ${text(s.title || '(untitled)')} — ${text(s.articles[0]!.source)}`);
    out.push('');
  }
  return out.join('\n');
}

/** One NDJSON line per story: the record documented in docs/json-record.md. */
export function storyLine(story: Story): string {
  return JSON.stringify(story) + '\n';
}
