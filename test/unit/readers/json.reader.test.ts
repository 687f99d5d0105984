import { describe, expect, it } from 'vitest';
import { readArticleFile, readArticles } from '../../../src/ingest/readers/index.ts';
import { ENGLISH, fixture, refusal } from './helpers.ts';

const json = (value: unknown) => readArticles({ name: 'x', path: 'in/x.json', content: JSON.stringify(value) });

describe('json reader', () => {
  it('reads one article object; its text field is the text, nothing masked', async () => {
    const [article, ...rest] = await readArticleFile(fixture('article.json'));
    expect(rest).toEqual([]);
    expect(article).toEqual({
      name: 'article',
      text: 'The UN relief agency warned on Thursday that hospitals in the enclave would run out of fuel within days unless new deliveries were allowed in.',
      masked: [],
      title: 'UN agency warns of fuel shortage',
      url: 'https://example.org/news/fuel-shortage',
      publishedAt: '2025-06-12',
      source: 'Example News',
      related: [],
    });
  });

  it('reads an array of articles, naming them name-1, name-2, and accepts date for publishedAt', async () => {
    const articles = await readArticleFile(fixture('articles.json'));
    expect(articles.map((a) => [a.name, a.title, a.publishedAt])).toEqual([
      ['articles-1', 'Parliament votes to dissolve', '2025-06-12'],
      ['articles-2', 'Minister resigns over leak', undefined],
    ]);
  });

  it('keeps the text field exactly, whitespace included', () => {
    const text = `  ${ENGLISH}\n\n  `;
    expect(json({ text, related: ['Other story'] })[0]).toMatchObject({
      text,
      related: ['Other story'],
    });
  });

  it('refuses malformed JSON with the parser message', () => {
    const content = '{"text": "unfinished';
    let parserMessage = '';
    try {
      JSON.parse(content);
    } catch (err) {
      parserMessage = (err as Error).message;
    }
    const error = refusal(() => readArticles({ name: 'x', path: 'in/x.json', content }));
    expect(error.message).toBe(`in/x.json: malformed JSON (${parserMessage}): fix the file`);
  });

  it('refuses an article without a text string', () => {
    expect(refusal(() => json({ title: 'No text' })).message).toMatch(
      /^in\/x\.json: JSON article has no "text" string: give each article a "text" string/,
    );
    expect(refusal(() => json({ text: 42 })).problem).toMatch(/no "text" string/);
  });

  it('names the array element that is refused', () => {
    const error = refusal(() => json([{ text: ENGLISH }, { title: 'No text' }]));
    expect(error.source).toBe('in/x.json (item 2)');
    expect(error.message).toMatch(/^in\/x\.json \(item 2\): JSON article has no "text" string/);
  });

  it('refuses an empty array, a bare value and empty text', () => {
    expect(refusal(() => json([])).message).toMatch(/^in\/x\.json: JSON array holds no articles/);
    expect(refusal(() => json('just a string')).problem).toMatch(/^JSON is not an article object/);
    expect(refusal(() => json({ text: ' \n ' })).message).toBe('in/x.json: Article text is empty: nothing was stored');
  });

  it('refuses an invalid date', () => {
    expect(refusal(() => json({ text: ENGLISH, publishedAt: '2025-13-45' })).message).toContain(
      "in/x.json: invalid date '2025-13-45'; expected YYYY-MM-DD",
    );
    expect(refusal(() => json({ text: ENGLISH, date: 20250610 })).problem).toBe(
      'invalid date 20250610; expected YYYY-MM-DD',
    );
  });
});
