// Bare web addresses stay as they are, so Markdown renderers still turn them into links.
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g;

/** Plain text to Markdown that renders as the same text. */
export function escapeMarkdown(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL)) {
    out += escapeProse(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  out += escapeProse(text.slice(last));
  // Block markers only mean something at the start of a line.
  return out.replace(/^(\s*)(\d+)([.)])(?=\s)/, '$1$2\\$3').replace(/^(\s*)([-+=])/, '$1\\$2');
}

function escapeProse(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

export function oneLine(text: string): string {
  // split/trim rather than /\s*\n\s*/, which is quadratic on long runs of spaces.
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}
