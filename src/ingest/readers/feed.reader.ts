// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one article per item or entry, its text the
// item's content with the HTML stripped (see htmlToText). The whole feed is refused when
// any item is, naming the item, so that a fixed feed can be read again as one unit.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../../extract/types.ts';
import type { SourceArticle } from '../../extract/types.ts';
import { htmlToText } from './html.reader.ts';
import { checkArticle, normaliseDate, optionalString } from './validate.ts';
import type { ReadContext } from './validate.ts';

type XmlNode = Record<string, unknown>;

const ITEM_PATHS = new Set(['rss.channel.item', 'feed.entry', 'rdf:RDF.item']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  ignoreDeclaration: true,
  ignorePiTags: true,
  htmlEntities: true,
  parseTagValue: false,
  isArray: (_name, jpath) => ITEM_PATHS.has(String(jpath)),
  // Atom content may be XHTML markup: keep it raw instead of parsing it into objects.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
});

export function readFeed(xml: string, ctx: ReadContext): SourceArticle[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new InputError(ctx.label, `malformed XML (${msg} at line ${line}, column ${col}): fix the feed`);
  }
  const doc = parser.parse(xml) as XmlNode;
  const rss = child(doc.rss, 'channel');
  const atom = child(doc, 'feed');
  const rdf = child(doc, 'rdf:RDF');
  const items = (rss?.item ?? atom?.entry ?? rdf?.item) as XmlNode[] | undefined;
  if (!rss && !atom && !rdf) {
    const root = Object.keys(doc).find((k) => !k.startsWith('#')) ?? 'none';
    throw new InputError(
      ctx.label,
      `XML is not an RSS or Atom feed (root element <${root}>): give an RSS 2.0 or Atom feed`,
    );
  }
  if (!items?.length) throw new InputError(ctx.label, 'feed has no items: nothing was stored');
  const source = text(rss?.title ?? atom?.title ?? child(rdf, 'channel')?.title);
  return items.map((item, i) => {
    const itemCtx = { name: `${ctx.name}-${i + 1}`, label: `${ctx.label} (item ${i + 1})` };
    return atom ? readEntry(item, itemCtx, source) : readItem(item, itemCtx, source);
  });
}

function readItem(item: XmlNode, ctx: ReadContext, source: string | undefined): SourceArticle {
  const body = [item['content:encoded'], item.description].map(rawText).find((t) => t?.trim());
  const guid = child(item, 'guid');
  const permalink = guid && guid['@_isPermaLink'] !== 'false' ? text(guid) : undefined;
  const date = text(item.pubDate) ?? text(item['dc:date']);
  return article(ctx, {
    text: body ? bodyText(body) : '',
    title: text(item.title),
    url: text(item.link) ?? (permalink?.startsWith('http') ? permalink : undefined),
    date,
    source,
  });
}

function readEntry(entry: XmlNode, ctx: ReadContext, source: string | undefined): SourceArticle {
  const body = [entry.content, entry.summary].map((v) => atomText(v, true)).find((t) => t);
  const links = ([] as unknown[]).concat(entry.link ?? []) as XmlNode[];
  const link = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return article(ctx, {
    text: body ?? '',
    title: atomText(entry.title, false),
    url: optionalString(link?.['@_href']),
    date: text(entry.published) ?? text(entry.updated),
    source,
  });
}

interface ItemFields {
  text: string;
  title?: string;
  url?: string;
  date?: string;
  source?: string;
}

function article(ctx: ReadContext, f: ItemFields): SourceArticle {
  const result: SourceArticle = {
    name: ctx.name,
    text: f.text,
    masked: [],
    title: f.title,
    url: f.url,
    publishedAt: f.date ? normaliseDate(f.date, ctx.label) : undefined,
    source: f.source,
    related: [],
  };
  return checkArticle(result, ctx.label);
}

/**
 * An Atom text construct (type text, html or xhtml) as plain text. `raw` marks the stop
 * nodes (content, summary), whose character data arrives undecoded.
 */
function atomText(value: unknown, raw: boolean): string | undefined {
  if (value === undefined || value === null) return undefined;
  const node = typeof value === 'object' ? (value as XmlNode) : { '#text': value };
  const content = String(node['#text'] ?? '');
  const type = String(node['@_type'] ?? 'text');
  if (type === 'xhtml') return optionalBlock(htmlToText(content));
  const decoded = raw ? decodeXml(content) : content;
  return optionalBlock(type === 'html' ? htmlToText(decoded) : bodyText(decoded));
}

/**
 * Content as plain text. RSS content is HTML by convention; Atom says untyped content is
 * text, but feeds in the wild put HTML there too: text with common tags is read as HTML.
 */
function bodyText(content: string): string {
  return LOOKS_LIKE_HTML.test(content) ? htmlToText(content) : plainText(content);
}

const LOOKS_LIKE_HTML = /<\/?(p|br|div|a|b|i|em|strong|span|img|ul|ol|li|h[1-6]|blockquote)\b/i;

/** Character data of an element, as is: a string, or the text of an element with attributes. */
function rawText(value: unknown): string | undefined {
  const data = typeof value === 'object' && value !== null ? (value as XmlNode)['#text'] : value;
  return typeof data === 'string' || typeof data === 'number' ? String(data) : undefined;
}

/** Character data of an element with whitespace collapsed (titles, links, dates). */
function text(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null) {
    return optionalString((value as XmlNode)['#text']);
  }
  return optionalString(value);
}

function child(value: unknown, key: string): XmlNode | undefined {
  const node = typeof value === 'object' && value !== null ? (value as XmlNode)[key] : undefined;
  return typeof node === 'object' && node !== null ? (node as XmlNode) : undefined;
}

/** Plain text with paragraphs (blank-line separated) kept and other whitespace collapsed. */
function plainText(value: string): string {
  return value
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p)
    .join('\n\n');
}

function optionalBlock(value: string): string | undefined {
  return value === '' ? undefined : value;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character data of a raw (stop node) element: CDATA sections and entity references. */
function decodeXml(raw: string): string {
  return raw.replace(
    /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
    (whole, cdata: string | undefined, entity: string | undefined) => {
      if (cdata !== undefined) return cdata;
      if (!entity) return whole;
      if (entity.startsWith('#')) {
        const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : +entity.slice(1);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return XML_ENTITIES[entity] ?? whole;
    },
  );
}
