// Reads articles from an http(s) URL: a feed (one article per item), an HTML page, JSON,
// Markdown or plain text. The format comes from the Content-Type, else the URL's extension,
// else the content. Every failure (unreachable, HTTP error, timeout, too big) is an
// InputError naming the URL.
import path from 'node:path';
import { InputError, type SourceArticle } from '../../extract/types.ts';
import { formatOf, readArticles, type ArticleFormat } from './index.ts';

/** A download may be a whole feed, so it may be bigger than one article (each item is checked). */
export const MAX_DOWNLOAD_BYTES = 16 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 30_000;

export const isUrl = (input: string) => /^https?:\/\//i.test(input);

const CONTENT_TYPES: [RegExp, ArticleFormat][] = [
  [/^application\/(rss|atom|rdf)\+xml\b/, 'feed'],
  [/^(application|text)\/xml\b/, 'feed'],
  [/^(text\/html|application\/xhtml\+xml)\b/, 'html'],
  [/^application\/(.+\+)?json\b/, 'json'],
  [/^text\/(markdown|x-markdown)\b/, 'markdown'],
];

/** Article name for a URL: its last path segment without extension, else its host. */
function nameOf(url: URL): string {
  const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
  return path.parse(last).name || url.hostname;
}

export async function readArticleUrl(
  input: string,
  opts: { timeoutMs?: number; maxBytes?: number } = {},
): Promise<SourceArticle[]> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new InputError(input, 'is not a valid URL');
  }
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? MAX_DOWNLOAD_BYTES;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        signal: abort.signal,
        redirect: 'follow',
        headers: {
          accept:
            'application/rss+xml, application/atom+xml, application/xml, text/html, application/json, text/*;q=0.8',
        },
      });
    } catch (err) {
      if (abort.signal.aborted)
        throw new InputError(input, `no answer within ${timeoutMs / 1000} s: nothing was stored`);
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new InputError(input, `could not be fetched (${cause?.code ?? cause?.message ?? (err as Error).message})`);
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new InputError(
        input,
        `answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}: nothing was stored`,
      );
    }
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await res.body?.cancel();
      throw new InputError(input, `is ${declared} bytes, over the ${maxBytes}-byte download limit`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      const reader = res.body?.getReader();
      for (let next = await reader?.read(); next && !next.done; next = await reader!.read()) {
        const chunk = next.value;
        size += chunk.byteLength;
        if (size > maxBytes) {
          abort.abort();
          throw new InputError(input, `is over the ${maxBytes}-byte download limit`);
        }
        chunks.push(chunk);
      }
    } catch (err) {
      if (err instanceof InputError) throw err;
      if (abort.signal.aborted)
        throw new InputError(input, `no complete answer within ${timeoutMs / 1000} s: nothing was stored`);
      throw new InputError(input, `the download broke off (${(err as Error).message})`);
    }
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    const format = CONTENT_TYPES.find(([re]) => re.test(type))?.[1] ?? formatOf(url.pathname);
    const articles = readArticles({ name: nameOf(url), content: Buffer.concat(chunks), format, path: input });
    // A page read from a URL is at that URL unless it names its own canonical one.
    return format === 'feed' || articles.length > 1 ? articles : articles.map((a) => ({ ...a, url: a.url ?? input }));
  } finally {
    clearTimeout(timer);
  }
}
