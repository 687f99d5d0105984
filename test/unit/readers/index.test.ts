import { describe, expect, it } from 'vitest';
import { formatOf, readArticleFile, readArticles, sniffFormat } from '../../../src/ingest/readers/index.ts';
import { ENGLISH, asyncRefusal, fixture, refusal } from './helpers.ts';

describe('format detection', () => {
  it('maps extensions to formats', () => {
    expect(
      ['a.txt', 'a.md', 'a.MARKDOWN', 'a.json', 'a.html', 'a.htm', 'a.xml', 'a.rss', 'a.atom'].map(formatOf),
    ).toEqual(['text', 'markdown', 'markdown', 'json', 'html', 'html', 'feed', 'feed', 'feed']);
    expect(formatOf('2025-06-10-talks')).toBeUndefined();
    expect(formatOf('notes.doc')).toBeUndefined();
  });

  it('sniffs content when the name says nothing', () => {
    expect(sniffFormat(' {"text": "x"}')).toBe('json');
    expect(sniffFormat('[{"text": "x"}]')).toBe('json');
    expect(sniffFormat('---\ntitle: x\n---\nbody')).toBe('markdown');
    expect(sniffFormat('<?xml version="1.0"?>\n<rss version="2.0"></rss>')).toBe('feed');
    expect(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe('feed');
    expect(sniffFormat('<!DOCTYPE html>\n<html><body></body></html>')).toBe('html');
    expect(sniffFormat('<p>Hello</p>')).toBe('html');
    expect(sniffFormat(' date 2025-06-10 Text')).toBe('text');
  });

  it('prefers an explicit format, then the path, then the name', () => {
    const json = JSON.stringify({ text: ENGLISH, title: 'T' });
    expect(readArticles({ name: 'a', content: json })[0].title).toBe('T');
    expect(readArticles({ name: 'a.json', content: json, format: 'text' })[0].text).toBe(json);
    expect(readArticles({ name: 'a.json', path: 'in/a.txt', content: json })[0].masked).toEqual([]);
    expect(readArticles({ name: 'a.json', path: 'in/a.txt', content: json })[0].title).toBeUndefined();
  });
});

describe('readArticles', () => {
  it('reads a Buffer or a string alike', () => {
    const fromBuffer = readArticles({ name: 'a', content: Buffer.from(ENGLISH) });
    const fromString = readArticles({ name: 'a', content: ENGLISH });
    expect(fromBuffer).toEqual(fromString);
    expect(fromString).toEqual([{ name: 'a', text: ENGLISH, masked: [], related: [] }]);
  });

  it('refuses empty or whitespace-only input, naming the path', () => {
    for (const content of ['', ' \n\t\n', Buffer.alloc(0)]) {
      expect(refusal(() => readArticles({ name: 'x', path: 'in/x.json', content })).message).toBe(
        'in/x.json: Article text is empty: nothing was stored',
      );
    }
  });

  it('names the input by its name when there is no path', () => {
    expect(refusal(() => readArticles({ name: 'pasted', content: ' ' })).source).toBe('pasted');
  });
});

describe('readArticleFile', () => {
  it('names articles after the file without its extension', async () => {
    expect((await readArticleFile(fixture('titled.txt'))).map((a) => a.name)).toEqual(['titled']);
    expect((await readArticleFile(fixture('feed.rss'))).map((a) => a.name)).toEqual(['feed-1', 'feed-2']);
  });

  it('refuses a non-English file, naming it', async () => {
    const path = fixture('french.txt');
    const error = await asyncRefusal(() => readArticleFile(path));
    expect(error.message).toMatch(
      /: does not look like English \(\d+% English function words\): Newsgraph extracts English only$/,
    );
    expect(error.message.startsWith(`${path}: `)).toBe(true);
  });

  it('refuses a missing file with the system error code', async () => {
    const path = fixture('no-such-article.txt');
    const error = await asyncRefusal(() => readArticleFile(path));
    expect(error.message).toBe(`${path}: cannot read the file (ENOENT): check the path and its permissions`);
  });
});
