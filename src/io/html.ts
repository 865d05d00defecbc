/**
 * An HTML page to article text, with Mozilla's Readability (the engine behind Firefox's
 * Reader View) over linkedom, a light DOM. Readability finds the article and drops the page
 * around it (navigation, sidebars, footers, "Related Articles" boxes); we turn what it keeps
 * into the Markdown-flavoured text the cleaner reads: `## ` headings, `> ` block quotes,
 * paragraphs separated by blank lines.
 *
 * Both libraries are loaded on first use, so plain-text commands never pay for them.
 */

export interface ExtractedArticle {
  /** The headline: og:title, else the page's h1, else <title> without the site's name. */
  readonly title: string;
  readonly byline: string | null;
  /** Publication date as the page gives it (usually ISO 8601), or null. */
  readonly date: string | null;
  /** Article text: `## ` headings, `> ` quotes, paragraphs separated by blank lines. */
  readonly text: string;
}

/** Page furniture Readability does not always catch: ad slots, share bars, newsletter boxes. */
const CLUTTER =
  /^(ads?|ad[-_].*|.*[-_]ads?|advert.*|.*advertisement.*|sponsor.*|promo(tion)?s?|.*newsletter.*|related.*|.*[-_]related|share.*|social.*|cookie.*|paywall.*|subscribe.*|outbrain.*|taboola.*)$/i;
// JSON-LD stays: Readability reads the author and date from it.
const DROP_TAGS = 'script:not([type="application/ld+json"]), style, noscript, template, iframe, form, button, svg, canvas, [hidden], [aria-hidden="true"]';
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
/** Inside the article these carry no prose worth reading aloud. */
const SKIP_TAGS = new Set(['FIGCAPTION', 'PICTURE', 'IMG', 'VIDEO', 'AUDIO', 'NAV', 'TIME', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The article of an HTML page, or null when the page holds no article text. */
export async function extractArticle(html: string): Promise<ExtractedArticle | null> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  const { document } = parseHTML(html) as unknown as { document: Doc };
  // Read what Readability would remove or rewrite first: it edits the document it parses.
  const ownTitle = pageTitle(document);
  const ownDate = attr(document, 'time[datetime]', 'datetime');
  for (const el of document.querySelectorAll(DROP_TAGS)) el.remove();
  for (const el of document.querySelectorAll('[class], [id]')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
    if (names.some((n) => CLUTTER.test(n))) el.remove();
  }
  const result = new Readability<Node>(document as never, { serializer: (node) => node as unknown as Node }).parse();
  const title = ownTitle || clean(result?.title ?? '');
  const byline = bylineOf(result?.byline);
  const date = clean(result?.publishedTime ?? '') || ownDate || null;
  const paragraphs = result?.content ? articleParagraphs(result.content) : [];
  // The headline and byline often open the content too; they are already in the record.
  const opener = (p: string) => stripMarks(p) === title || (byline !== null && bylineOf(p) === byline);
  while (paragraphs[0] !== undefined && opener(paragraphs[0])) paragraphs.shift();
  const text = paragraphs.join('\n\n') || bodyText(parseHTML(html) as unknown as { document: Doc });
  if (text.trim() === '') return null;
  return { title, byline, date, text };
}

/**
 * The text of the page's body outside its navigation, header, footer and asides: what is left
 * when Readability finds no article, as on a page whose whole article is its one-sentence
 * headline (Readability wants paragraphs of some length). Such a page is read as its sentence.
 */
function bodyText({ document }: { document: Doc }): string {
  for (const el of document.querySelectorAll(`${DROP_TAGS}, nav, header, footer, aside`)) el.remove();
  const body = document.querySelector('body');
  return body ? articleParagraphs(body).map(stripMarks).join('\n\n') : '';
}

/** Minimal structural view of the linkedom DOM we walk (the project builds without DOM lib types). */
interface Node {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<Node>;
  readonly textContent: string | null;
}
interface Element extends Node {
  getAttribute(name: string): string | null;
  remove(): void;
}
interface Doc {
  readonly title: string;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element> & ArrayLike<Element>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Readability's content as paragraphs, headings (`## `) and block quotes (`> `). */
function articleParagraphs(root: Node): string[] {
  const out: string[] = [];
  let inline = '';
  const flush = () => {
    const text = clean(inline);
    if (text) out.push(text);
    inline = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        inline += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = child.nodeName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        inline += ' ';
      } else if (/^H[1-6]$/.test(tag)) {
        flush();
        const text = clean(child.textContent ?? '');
        if (text) out.push(`## ${text}`);
      } else if (tag === 'BLOCKQUOTE') {
        flush();
        for (const p of articleParagraphs(child)) out.push(`> ${stripMarks(p)}`);
      } else if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

function pageTitle(doc: Doc): string {
  const site = attr(doc, 'meta[property="og:site_name"]', 'content');
  const og = attr(doc, 'meta[property="og:title"]', 'content') || attr(doc, 'meta[name="twitter:title"]', 'content');
  if (og) return stripSiteName(og, site);
  const h1s = Array.from(doc.querySelectorAll('article h1, main h1'));
  const h1 = h1s.length > 0 ? h1s : Array.from(doc.querySelectorAll('h1'));
  if (h1.length === 1) return clean(h1[0]!.textContent ?? '');
  return stripSiteName(clean(doc.title ?? ''), site);
}

/**
 * "Headline | The Coastal Courier" → "Headline". The part dropped is the site's name when the
 * page names its site, otherwise a short last part (four words or fewer) after a separator.
 */
export function stripSiteName(title: string, site: string | null): string {
  const text = clean(title);
  if (site) {
    const name = clean(site)
      .replace(/^the\s+/i, '')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const stripped = text
      .replace(new RegExp(`\\s*[|–—·»:-]\\s*(the\\s+)?${name}$`, 'i'), '')
      .replace(new RegExp(`^(the\\s+)?${name}\\s*[|–—·»:-]\\s*`, 'i'), '');
    if (stripped !== text) return stripped || text;
  }
  // Headlines use colons too, so only these separators mark an unnamed site's suffix.
  const m = /^(.*\S)\s+[|–—·»-]\s+([^|–—·»]+)$/.exec(text);
  if (m && m[2]!.split(/\s+/).length <= 4 && m[1]!.length > m[2]!.length) return m[1]!;
  return text;
}

function bylineOf(raw: string | null | undefined): string | null {
  const text = clean(raw ?? '').replace(/^(by|words by|written by)\s+/i, '');
  // Some sites put a profile URL in their author metadata: not a name.
  if (!text || /^https?:\/\//.test(text) || text.length > 120) return null;
  return text;
}

function attr(doc: Doc, selector: string, name: string): string | null {
  return clean(doc.querySelector(selector)?.getAttribute(name) ?? '') || null;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function stripMarks(paragraph: string): string {
  return paragraph.replace(/^(## |> )/, '');
}
