// Markdown with optional YAML front matter (title, date or publishedAt, url, source,
// related). The text is the file as read with the front matter masked, so offsets stay
// into the file text; Markdown syntax in the body is left as it is.
import matter from 'gray-matter';
import { InputError } from '../../extract/types.ts';
import type { SourceArticle, Span } from '../../extract/types.ts';
import { checkArticle, normaliseDate, optionalString } from './validate.ts';
import type { ReadContext } from './validate.ts';

// gray-matter takes an unclosed front matter block for the whole file; refuse it instead.
const OPENS_FRONT_MATTER = /^---[ \t]*\r?\n/;
const CLOSES_FRONT_MATTER = /\n---[ \t]*(?:\r?\n|$)/;

export function readMarkdown(text: string, ctx: ReadContext): SourceArticle {
  if (OPENS_FRONT_MATTER.test(text) && !CLOSES_FRONT_MATTER.test(text.slice(3))) {
    throw new InputError(ctx.label, 'front matter is not closed: end it with a line of three dashes (---)');
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An options object turns off gray-matter's cache keyed by the whole input.
    parsed = matter(text, {});
  } catch (err) {
    throw new InputError(ctx.label, `malformed front matter (${firstLine(err)}): fix the YAML between the --- lines`);
  }
  const data: Record<string, unknown> = typeof parsed.data === 'object' && parsed.data !== null ? parsed.data : {};
  // gray-matter's content is the text after the closing delimiter line.
  const masked: Span[] =
    parsed.content.length < text.length ? [{ start: 0, end: text.length - parsed.content.length }] : [];
  const dateKey = data.publishedAt !== undefined ? 'publishedAt' : 'date';
  const rawDate = data[dateKey];
  const publishedAt =
    rawDate === undefined || rawDate === null
      ? undefined
      : normaliseDate(dateSource(rawDate, parsed.matter, dateKey), ctx.label);
  const related = Array.isArray(data.related)
    ? data.related.map(optionalString).filter((s): s is string => s !== undefined)
    : [];
  const article: SourceArticle = {
    name: ctx.name,
    text,
    masked,
    title: optionalString(data.title) ?? firstHeading(parsed.content),
    url: optionalString(data.url),
    publishedAt,
    source: optionalString(data.source),
    related,
  };
  return checkArticle(article, ctx.label);
}

/**
 * The date as written. YAML turns `2025-06-10` into a Date and silently rolls `2025-13-45`
 * over into 2026, so the raw scalar is read back from the front matter to be validated.
 */
function dateSource(value: unknown, frontMatter: string, key: string): string {
  if (!(value instanceof Date)) return String(value);
  const raw = new RegExp(`^${key}\\s*:\\s*(['"]?)([^'"#\\r\\n]*?)\\1\\s*(?:#.*)?$`, 'm').exec(frontMatter);
  if (raw) return raw[2];
  if (Number.isNaN(value.getTime())) return String(value);
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** The first ATX heading (`# Title`) when it opens the body. */
function firstHeading(body: string): string | undefined {
  const m = /^\s*#{1,6}[ \t]+([^\r\n]+?)[ \t#]*(?:\r?\n|$)/.exec(body);
  return m ? m[1].trim() : undefined;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0].trim();
}
