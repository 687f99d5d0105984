// HTML pages: the main content found by Mozilla Readability on a jsdom document, turned into
// plain text (one paragraph per block element, blank lines between them). The stored text is
// that normalised text; offsets refer to it. Metadata comes from Open Graph and article
// meta tags, the canonical link, <time datetime> and Readability's own findings.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { SourceArticle } from '../../extract/types.ts';
import { checkArticle, normaliseDate, optionalString } from './validate.ts';
import type { ReadContext } from './validate.ts';

export function readHtml(html: string, ctx: ReadContext): SourceArticle {
  // A silent virtual console: page CSS and script errors are not ours to report.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    const meta = (key: string) =>
      optionalString(doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content'));
    // Read the head before Readability, which rewrites the document as it works.
    const ogTitle = meta('og:title');
    const url = optionalString(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')) ?? meta('og:url');
    const siteName = meta('og:site_name');
    const metaDate = meta('article:published_time');
    const timeDate = firstValidTime(doc, ctx.label);
    const bodyHtml = doc.body?.innerHTML ?? '';

    const article = new Readability(doc).parse();
    const text = htmlToText(article?.content ?? bodyHtml);
    const declared = metaDate ?? optionalString(article?.publishedTime);
    const result: SourceArticle = {
      name: ctx.name,
      text,
      masked: [],
      title: ogTitle ?? optionalString(article?.title),
      url,
      publishedAt: declared ? normaliseDate(declared, ctx.label) : timeDate,
      source: siteName ?? optionalString(article?.siteName),
      related: [],
    };
    return checkArticle(result, ctx.label);
  } finally {
    dom.window.close();
  }
}

/**
 * The first `<time datetime>` that holds a valid date, preferring one marked as the
 * publication date. Unlike declared metadata (meta tags, JSON-LD), a page's time elements
 * are guesses, so invalid ones are skipped rather than refusing the page.
 */
function firstValidTime(doc: Document, label: string): string | undefined {
  const times = [
    ...doc.querySelectorAll('time[itemprop="datePublished"][datetime], time[pubdate][datetime]'),
    ...doc.querySelectorAll('time[datetime]'),
  ];
  for (const time of times) {
    try {
      return normaliseDate(time.getAttribute('datetime') ?? '', label);
    } catch {
      // not a date: try the next one
    }
  }
  return undefined;
}

// Elements that start and end a paragraph of text.
const BLOCKS = new Set(
  `address article aside blockquote caption dd details dialog div dl dt fieldset figcaption
   figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table
   tbody td tfoot th thead tr ul`.split(/\s+/),
);
// Elements whose content is never article text.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe']);
// Stands for <br> until paragraphs are split: two in a row separate paragraphs, one is a space.
const BREAK = '\u0000';

/**
 * Plain text from an HTML fragment: one paragraph per block element, whitespace collapsed
 * within paragraphs, paragraphs separated by a blank line. Shared with the feed reader.
 */
export function htmlToText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    for (const part of current.split(new RegExp(`${BREAK}\\s*${BREAK}`))) {
      const paragraph = part.replaceAll(BREAK, ' ').replace(/\s+/g, ' ').trim();
      if (paragraph) paragraphs.push(paragraph);
    }
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node.nodeValue ?? '').replaceAll(BREAK, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).localName : '';
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') {
      current += BREAK;
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(JSDOM.fragment(html));
  flush();
  return paragraphs.join('\n\n');
}
