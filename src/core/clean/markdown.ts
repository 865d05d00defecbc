/** Just enough Markdown to read `.md` articles: block markers go, the words stay verbatim. */

export interface MarkdownLine {
  readonly text: string;
  readonly heading: boolean;
  /** The line sits in a `>` block quote. */
  readonly quote?: boolean;
}

/** Strips block markup from one line: `# ` headings, `> ` quotes, list bullets, rules. */
export function readMarkdownLine(line: string): MarkdownLine {
  const heading = /^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
  if (heading) return { text: heading[1]!, heading: true };
  if (/^([-*_][ \t]*){3,}$/.test(line) || /^=+$/.test(line)) return { text: '', heading: false };
  const quote = /^>/.test(line);
  return { text: line.replace(/^(>[ \t]?)+/, '').replace(/^([-*+]|\d{1,3}[.)])[ \t]+/, ''), heading: false, quote };
}
