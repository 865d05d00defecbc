/** marked-terminal ships no types; this is the part of its API the reading view uses. */
declare module 'marked-terminal' {
  import type { MarkedExtension } from 'marked';
  /** Styles are functions from text to (coloured) text; see node_modules/marked-terminal/README.md. */
  export function markedTerminal(options?: Record<string, unknown>, highlightOptions?: Record<string, unknown>): MarkedExtension;
}
