// JSON: one article object, or an array of them. Each object has a `text` string (the
// article text; nothing is masked) and optional `title`, `url`, `publishedAt` (or `date`),
// `source` and `related` (an array of headlines).
import { InputError } from '../../extract/types.ts';
import type { SourceArticle } from '../../extract/types.ts';
import { checkArticle, normaliseDate, optionalString } from './validate.ts';
import type { ReadContext } from './validate.ts';

const FIELDS = 'give each article a "text" string (and optionally "title", "url", "publishedAt", "source")';

export function readJson(json: string, ctx: ReadContext): SourceArticle[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new InputError(ctx.label, `malformed JSON (${(err as Error).message}): fix the file`);
  }
  if (!Array.isArray(value)) return [readObject(value, ctx)];
  if (value.length === 0) {
    throw new InputError(ctx.label, `JSON array holds no articles: ${FIELDS}`);
  }
  return value.map((item, i) =>
    readObject(item, { name: `${ctx.name}-${i + 1}`, label: `${ctx.label} (item ${i + 1})` }),
  );
}

function readObject(value: unknown, ctx: ReadContext): SourceArticle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(ctx.label, `JSON is not an article object: ${FIELDS}`);
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text !== 'string') {
    throw new InputError(ctx.label, `JSON article has no "text" string: ${FIELDS}`);
  }
  const rawDate = o.publishedAt ?? o.date;
  if (rawDate !== undefined && rawDate !== null && typeof rawDate !== 'string') {
    throw new InputError(ctx.label, `invalid date ${JSON.stringify(rawDate)}; expected YYYY-MM-DD`);
  }
  const related = Array.isArray(o.related)
    ? o.related.map(optionalString).filter((s): s is string => s !== undefined)
    : [];
  const article: SourceArticle = {
    name: ctx.name,
    text: o.text,
    masked: [],
    title: optionalString(o.title),
    url: optionalString(o.url),
    publishedAt: rawDate ? normaliseDate(rawDate, ctx.label) : undefined,
    source: optionalString(o.source),
    related,
  };
  return checkArticle(article, ctx.label);
}
