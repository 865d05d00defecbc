/**
 * Word-wraps prose to `width` columns, prefixing each line with `indent`. Words longer than a
 * line are broken, so no output line is ever wider than `width` (measured in code points;
 * East Asian wide characters count as two).
 */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string {
  const lines: string[] = [];
  let line = firstIndent;
  let lineWidth = displayWidth(firstIndent);
  let hasWord = false;
  const newLine = () => {
    lines.push(line);
    line = indent;
    lineWidth = displayWidth(indent);
    hasWord = false;
  };
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    let rest = word;
    let w = displayWidth(rest);
    if (hasWord && lineWidth + 1 + w > width) newLine();
    if (hasWord) {
      line += ' ';
      lineWidth += 1;
    }
    while (w > 0 && lineWidth + w > width) {
      const [head, tail] = splitAtWidth(rest, Math.max(1, width - lineWidth));
      line += head;
      newLine();
      rest = tail;
      w = displayWidth(rest);
    }
    line += rest;
    lineWidth += w;
    hasWord = true;
  }
  lines.push(line);
  return lines.join('\n');
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

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

function charWidth(cp: number): number {
  if (cp < 32 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}

function splitAtWidth(s: string, room: number): [string, string] {
  let w = 0;
  let i = 0;
  for (const ch of s) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > room && i > 0) break;
    w += cw;
    i += ch.length;
  }
  return [s.slice(0, i), s.slice(i)];
}
