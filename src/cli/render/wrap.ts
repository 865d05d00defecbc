import type stringWidth from 'string-width';
import type stripAnsiText from 'strip-ansi';
import type wrapAnsiText from 'wrap-ansi';

/**
 * Terminal text layout with wrap-ansi, string-width and strip-ansi. They are loaded by
 * `loadTextLayout()` before a command runs, not when precis starts: string-width builds an
 * Intl.Segmenter as it loads (~20 ms of CPU), which `precis --version` or `--help` should not pay.
 */
let libs: { width: typeof stringWidth; strip: typeof stripAnsiText; wrap: typeof wrapAnsiText } | undefined;

export async function loadTextLayout(): Promise<void> {
  if (libs) return;
  const [width, strip, wrap] = await Promise.all([import('string-width'), import('strip-ansi'), import('wrap-ansi')]);
  libs = { width: width.default, strip: strip.default, wrap: wrap.default };
}

function loaded(): NonNullable<typeof libs> {
  if (!libs) throw new Error('terminal text layout used before loadTextLayout()');
  return libs;
}

/** Columns a string takes on screen: escape codes none, East Asian wide characters two. */
export function displayWidth(text: string): number {
  return loaded().width(text);
}

export function stripAnsi(text: string): string {
  return loaded().strip(text);
}

/**
 * Word-wraps prose to `width` columns, prefixing each line with `indent` (the first with
 * `firstIndent`). White space runs become one space; a word longer than a line is broken, so
 * no output line is ever wider than `width`.
 */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string {
  const words = text
    .split(/\s+/)
    .filter((w) => w !== '')
    .join(' ');
  const room = width - displayWidth(indent);
  if (displayWidth(firstIndent) === width - room) {
    return loaded()
      .wrap(words, Math.max(1, room), { hard: true })
      .split('\n')
      .map((line, i) => (i === 0 ? firstIndent : indent) + line)
      .join('\n');
  }
  // The first line has its own room; the rest is wrapped again to the room after `indent`.
  const first = loaded()
    .wrap(words, Math.max(1, width - displayWidth(firstIndent)), { hard: true })
    .split('\n')[0]!;
  const rest = words.slice(first.length).trimStart();
  const lines = rest === '' ? [] : loaded().wrap(rest, Math.max(1, room), { hard: true }).split('\n');
  return [firstIndent + first, ...lines.map((line) => indent + line)].join('\n');
}

/**
 * Word-wraps one line of styled text to `width` columns. Escape codes take no room, and a
 * style open at a line break is closed at the end of the line and opened again on the next,
 * so every line stands alone (pagers such as less -R draw lines one by one).
 */
export function wrapAnsi(line: string, width: number): string[] {
  return loaded().wrap(line.replace(/ +/g, ' '), width, { hard: true }).split('\n');
}

/**
 * Fields joined by ` · `, broken onto the next line only between fields (`path · by X · date`
 * never splits "2 min read"); a field wider than a whole line is wrapped on its own.
 */
export function joinFields(fields: readonly string[], width: number, separator = ' · '): string {
  const lines: string[] = [];
  for (const field of fields) {
    const last = lines.length - 1;
    if (last >= 0 && displayWidth(lines[last]! + separator + field) <= width) lines[last] += separator + field;
    else lines.push(...wrap(field, width).split('\n'));
  }
  return lines.join('\n');
}
