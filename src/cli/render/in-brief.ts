import type { TerminalStyle } from './terminal.js';
import { displayWidth, wrap } from './wrap.js';

/**
 * The summary in a box above the article:
 *
 *   ╭─ In brief ──────╮
 *   │ • First point.  │
 *   ╰─────────────────╯
 *
 * Box lines are exactly `width` columns; the sentences wrap inside.
 */
export function inBriefBox(sentences: readonly string[], style: TerminalStyle): string {
  const { chalk, width } = style;
  const inner = width - 4;
  const label = ' In brief ';
  const top = chalk.dim('╭─') + chalk.bold(label) + chalk.dim('─'.repeat(Math.max(0, width - 3 - label.length)) + '╮');
  const lines = sentences.flatMap((s) => wrap(s, inner, '  ', '• ').split('\n'));
  const body = lines.map((line) => chalk.dim('│ ') + line + ' '.repeat(Math.max(0, inner - displayWidth(line))) + chalk.dim(' │'));
  const bottom = chalk.dim('╰' + '─'.repeat(width - 2) + '╯');
  return [top, ...body, bottom].join('\n');
}
