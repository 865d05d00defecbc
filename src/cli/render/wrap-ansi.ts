import { displayWidth } from './wrap.js';

/** SGR colour/style sequences, the only escapes our renderers emit. */
const SGR = /\u001b\[[\d;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(SGR, '');
}

/** Columns a string takes on screen: escapes take none, wide characters two. */
export function visibleWidth(text: string): number {
  return displayWidth(stripAnsi(text));
}

/**
 * Word-wraps one line of styled text to `width` columns. Escape codes take no room, and a
 * style open at a line break is closed at the end of the line and opened again on the next,
 * so every line stands alone (pagers such as less -R draw lines one by one).
 * A word wider than the line is broken.
 */
export function wrapAnsi(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  let currentWidth = 0;
  const active: string[] = [];
  const breakLine = () => {
    out.push(active.length > 0 ? current + '\u001b[0m' : current);
    current = active.join('');
    currentWidth = 0;
  };
  for (const word of line.split(/ +/)) {
    if (word === '') continue;
    const w = visibleWidth(word);
    if (currentWidth > 0 && currentWidth + 1 + w > width) breakLine();
    else if (currentWidth > 0) {
      current += ' ';
      currentWidth += 1;
    }
    for (const piece of pieces(word)) {
      if (piece.code) {
        current += piece.text;
        track(active, piece.text);
        continue;
      }
      for (const ch of piece.text) {
        const cw = displayWidth(ch);
        if (currentWidth + cw > width && currentWidth > 0) breakLine();
        current += ch;
        currentWidth += cw;
      }
    }
  }
  if (current !== '' || out.length === 0) out.push(current);
  return out;
}

/** A word as runs of text and escape codes. */
function pieces(word: string): { text: string; code: boolean }[] {
  const out: { text: string; code: boolean }[] = [];
  let last = 0;
  for (const m of word.matchAll(SGR)) {
    if (m.index > last) out.push({ text: word.slice(last, m.index), code: false });
    out.push({ text: m[0], code: true });
    last = m.index + m[0].length;
  }
  if (last < word.length) out.push({ text: word.slice(last), code: false });
  return out;
}

/** Which SGR parameters a closing code ends. */
const CLOSES: Readonly<Record<string, (open: number) => boolean>> = {
  '0': () => true,
  '22': (p) => p === 1 || p === 2,
  '23': (p) => p === 3,
  '24': (p) => p === 4,
  '27': (p) => p === 7,
  '29': (p) => p === 9,
  '39': (p) => (p >= 30 && p <= 38) || (p >= 90 && p <= 97),
  '49': (p) => (p >= 40 && p <= 48) || (p >= 100 && p <= 107),
};

/** Keeps `active` as the list of style codes in force after `code`. */
function track(active: string[], code: string): void {
  const param = code.slice(2, -1).split(';')[0] ?? '0';
  const closes = CLOSES[param === '' ? '0' : param];
  if (!closes) {
    active.push(code);
    return;
  }
  for (let i = active.length - 1; i >= 0; i--) {
    const open = Number(active[i]!.slice(2, -1).split(';')[0]);
    if (closes(open)) active.splice(i, 1);
  }
}
