import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticleFile, readArticles } from '../../../src/ingest/readers/index.ts';
import { ENGLISH, SEED, fixture, refusal } from './helpers.ts';

describe('text reader: the seed article', () => {
  it('keeps the text exactly as the file, with the date and related headlines apart', async () => {
    const raw = readFileSync(SEED, 'utf8');
    const [article] = await readArticleFile(SEED);
    expect(article.name).toBe('2025-06-10-gaza-ceasefire-talks');
    expect(article.text).toBe(raw);
    expect(article.publishedAt).toBe('2025-06-10');
    expect(article.title).toBeUndefined();
    expect(article.related).toEqual([
      'UN says Israel rejected 11 of its 18 humanitarian coordination requests in Gaza',
      'UK sanctions Israeli ministers Ben Gvir and Smotrich',
    ]);
  });

  it('masks exactly the date lead and the whole READ lines', async () => {
    const [article] = await readArticleFile(SEED);
    const { text, masked } = article;
    expect(masked.map((s) => text.slice(s.start, s.end))).toEqual([
      ' date 2025-06-10 ',
      'READ: UN says Israel rejected 11 of its 18 humanitarian coordination requests in Gaza',
      'READ: UK sanctions Israeli ministers Ben Gvir and Smotrich',
    ]);
    expect(masked[0]).toEqual({ start: 0, end: 17 });
    expect(text.slice(17, 24)).toBe('Israeli');
    for (const span of masked.slice(1)) {
      expect(text[span.start - 1]).toBe('\n');
      expect([undefined, '\n']).toContain(text[span.end]);
    }
  });
});

describe('text reader', () => {
  it('takes a short first line followed by a blank line as the title, unmasked', async () => {
    const [article] = await readArticleFile(fixture('titled.txt'));
    expect(article.title).toBe('Court upholds sanctions ruling');
    expect(article.text).toBe(readFileSync(fixture('titled.txt'), 'utf8'));
    expect(article.related).toEqual(['Ministers appeal against travel ban']);
    expect(article.masked.map((s) => article.text.slice(s.start, s.end))).toEqual([
      'READ: Ministers appeal against travel ban',
    ]);
    expect(article.publishedAt).toBeUndefined();
  });

  it('finds a title after a date lead that stands on its own line', () => {
    const text = ` date 2025-06-10 \nTalks resume\n\n${ENGLISH}\n`;
    const [article] = readArticles({ name: 'x', content: text, format: 'text' });
    expect(article.title).toBe('Talks resume');
    expect(article.masked).toEqual([{ start: 0, end: 17 }]);
  });

  it('takes no title from a long first line or a single paragraph', () => {
    const long = `${ENGLISH} ${ENGLISH}\n\n${ENGLISH}`;
    expect(readArticles({ name: 'long.txt', content: long })[0].title).toBeUndefined();
    expect(readArticles({ name: 'one.txt', content: ENGLISH })[0].title).toBeUndefined();
  });

  it('leaves the carriage return of a CRLF READ line out of the mask', () => {
    const text = `${ENGLISH}\r\nREAD: Related story \r\n`;
    const [article] = readArticles({ name: 'crlf.txt', content: text });
    expect(article.masked).toEqual([{ start: ENGLISH.length + 2, end: text.length - 2 }]);
    expect(article.related).toEqual(['Related story']);
  });

  it('strips a UTF-8 byte order mark, so offsets are into the text without it', () => {
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(` date 2025-06-10 ${ENGLISH}`)]);
    const [article] = readArticles({ name: 'bom.txt', content });
    expect(article.text).toBe(` date 2025-06-10 ${ENGLISH}`);
    expect(article.masked).toEqual([{ start: 0, end: 17 }]);
  });

  it('reads no date lead from text that merely starts with the word "date"', () => {
    const text = `date night plans were cancelled, and ${ENGLISH}`;
    const [article] = readArticles({ name: 'date.txt', content: text });
    expect(article.publishedAt).toBeUndefined();
    expect(article.masked).toEqual([]);
  });

  it('refuses an impossible date in the lead', () => {
    const error = refusal(() => readArticles({ name: 'x', path: 'in/x.txt', content: ` date 2025-13-45 ${ENGLISH}` }));
    expect(error.message).toBe("in/x.txt: invalid date '2025-13-45'; expected YYYY-MM-DD");
    const feb30 = refusal(() => readArticles({ name: 'x', path: 'in/x.txt', content: ` date 2025-02-30 ${ENGLISH}` }));
    expect(feb30.problem).toBe("invalid date '2025-02-30'; expected YYYY-MM-DD");
  });

  it('refuses a file with nothing but a date lead and READ lines', () => {
    const error = refusal(() =>
      readArticles({
        name: 'x',
        path: 'in/x.txt',
        content: ' date 2025-06-10 \n\nREAD: Other story\n',
      }),
    );
    expect(error.message).toBe('in/x.txt: Article text is empty: nothing was stored');
  });
});
