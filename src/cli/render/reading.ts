import type { ChalkInstance } from 'chalk';
import type { ArticleRecord } from '../../index.js';
import { formatDate } from '../../render/dates.js';
import { highlightMarks, MARK_CLOSE, MARK_OPEN, MARKER, type MarkKind } from './highlight.js';
import { inBriefBox } from './in-brief.js';
import { statsFields } from '../../render/labels.js';
import { bodyMarkdown } from './markdown-article.js';
import type { TerminalStyle } from './terminal.js';
import { displayWidth, joinFields, stripAnsi, wrapAnsi } from './wrap.js';

export interface ReadingOptions extends TerminalStyle {
  /** Colour quotes and the names of people, organisations and places. */
  readonly highlight?: boolean;
  /** Put the summary in an "In brief" box above the article. */
  readonly brief?: boolean;
}

/** Block quotes are drawn behind a bar of this many columns. */
const QUOTE_BAR = '│ ';

/**
 * The reading view: title, byline, date and stats, then the article rendered by
 * marked-terminal, reflowed to the width. marked and marked-terminal (with its syntax
 * highlighter) are loaded here, on first use, so other commands start without them.
 */
export async function readingRenderer(options: ReadingOptions): Promise<(record: ArticleRecord) => string> {
  const [{ Marked }, { markedTerminal }] = await Promise.all([import('marked'), import('marked-terminal')]);
  const { chalk, width } = options;
  const paint = markerPainter(chalk);
  const theme = {
    // Every style comes from our chalk, so --no-color and NO_COLOR reach marked-terminal too.
    code: plain,
    blockquote: chalk.italic,
    html: plain,
    heading: chalk.bold,
    firstHeading: chalk.bold,
    hr: chalk.dim,
    listitem: plain,
    table: plain,
    paragraph: plain,
    strong: chalk.bold,
    em: chalk.italic,
    codespan: plain,
    del: chalk.strikethrough,
    link: plain,
    href: chalk.underline,
    text: paint,
    // Prose, not a README: no "##" before headings, no :emoji: codes. We reflow the lines
    // ourselves (wrapAnsi): marked-terminal's reflow counts a wide character as one column and
    // breaks before punctuation that follows a colour code ("Korea" + "." on the next line).
    showSectionPrefix: false,
    emoji: false,
    reflowText: false,
    tab: 2,
  };
  // A link shows its words, then its address when that says something more.
  const link = {
    renderer: {
      link(this: { parser: { parseInline(tokens: unknown[]): string } }, token: { href: string; tokens: unknown[] }): string {
        const text = this.parser.parseInline(token.tokens);
        const bare = stripAnsi(text);
        return bare === token.href || `mailto:${bare}` === token.href ? chalk.underline(text) : `${text} (${chalk.underline(token.href)})`;
      },
    },
  };
  const bodyMarked = new Marked().use(
    markedTerminal(theme),
    link as never,
    {
      renderer: {
        // Behind a bar, reflowed to the room left beside it.
        blockquote(this: { parser: { parse(tokens: unknown[]): string } }, token: { tokens: unknown[] }): string {
          const inner = this.parser.parse(token.tokens).trim().split('\n');
          const lines = inner.flatMap((line) => (line ? wrapAnsi(chalk.italic(line), width - QUOTE_BAR.length) : ['']));
          return lines.map((line) => (line ? chalk.dim(QUOTE_BAR) + line : '')).join('\n') + '\n\n';
        },
      },
    } as never,
  );

  return (record) => {
    const out: string[] = [];
    if (record.title) out.push(...wrapAnsi(chalk.bold(record.title), width));
    const meta = [
      record.byline ? `By ${record.byline}` : '',
      record.date ? formatDate(record.date) : '',
      ...statsFields(record.stats.words, record.stats.readingMinutes),
    ];
    out.push(
      ...joinFields(meta.filter(Boolean), width)
        .split('\n')
        .map((line) => chalk.dim(line)),
    );
    if (options.highlight && chalk.level > 0) out.push(...wrapAnsi(legend(chalk), width));
    if (options.brief && record.summary.length > 0)
      out.push(
        '',
        inBriefBox(
          record.summary.map((s) => s.text),
          { chalk, width },
        ),
      );
    const marks = options.highlight ? highlightMarks(record) : [];
    const body = bodyMarked.parse(bodyMarkdown(record, marks), { async: false }) as string;
    const lines = body
      .trimEnd()
      .replace(/\n{3,}/g, '\n\n')
      .split('\n');
    out.push('', ...lines.flatMap((line) => (displayWidth(line) > width ? wrapAnsi(line, width) : [line])));
    return out.join('\n') + '\n';
  };
}

const plain = (text: string) => text;

/** Highlight colours, each on the foreground only, so they nest inside italic block quotes. */
function markStyles(chalk: ChalkInstance): Record<MarkKind, ChalkInstance> {
  return { quote: chalk.yellow, person: chalk.cyan, organization: chalk.magenta, place: chalk.green };
}

function legend(chalk: ChalkInstance): string {
  const s = markStyles(chalk);
  return chalk.dim('Highlights: ') + [s.quote('quotes'), s.person('people'), s.organization('organisations'), s.place('places')].join(chalk.dim(' · '));
}

/**
 * Turns highlight markers into colour codes. Marks nest (a name inside a quote), so closing
 * one restores the colour of the mark around it. Without colour the markers simply vanish.
 */
function markerPainter(chalk: ChalkInstance): (text: string) => string {
  const styles = markStyles(chalk);
  const open = Object.fromEntries(Object.entries(MARK_OPEN).map(([kind, marker]) => [marker, openCode(styles[kind as MarkKind])]));
  const stack: string[] = [];
  return (text) =>
    text.replace(MARKER, (marker) => {
      if (chalk.level === 0) return '';
      if (marker === MARK_CLOSE) {
        stack.pop();
        return '\u001b[39m' + (stack[stack.length - 1] ?? '');
      }
      const code = open[marker] ?? '';
      stack.push(code);
      return code;
    });
}

function openCode(style: ChalkInstance): string {
  return style('\u0000').split('\u0000')[0] ?? '';
}
