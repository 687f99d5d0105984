import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticleFile, readArticles } from '../../../src/ingest/readers/index.ts';
import { ENGLISH, asyncRefusal, fixture, refusal } from './helpers.ts';

const md = (content: string) => readArticles({ name: 'x', path: 'in/x.md', content });

describe('markdown reader', () => {
  it('reads front matter and masks it, keeping the file text', async () => {
    const raw = readFileSync(fixture('ceasefire.md'), 'utf8');
    const [article] = await readArticleFile(fixture('ceasefire.md'));
    expect(article).toMatchObject({
      name: 'ceasefire',
      text: raw,
      title: 'Ceasefire talks resume in Doha',
      publishedAt: '2025-06-11',
      url: 'https://example.org/news/ceasefire-talks',
      source: 'Example News',
      related: [],
    });
    expect(article.masked).toHaveLength(1);
    const [span] = article.masked;
    expect(span.start).toBe(0);
    expect(raw.slice(span.start, span.end)).toMatch(/^---\ntitle:[\s\S]*\n---\n$/);
    expect(raw.slice(span.end)).toMatch(/^\n# Ceasefire talks resume in Doha/);
  });

  it('takes the title from a leading heading and publishedAt over date', () => {
    const [article] = md(
      `---\npublishedAt: '2025-06-10T08:00:00+03:00'\ndate: 2020-01-01\n---\n# Talks\n\n${ENGLISH}\n`,
    );
    expect(article.title).toBe('Talks');
    expect(article.publishedAt).toBe('2025-06-10T08:00:00+03:00');
  });

  it('reads Markdown without front matter, masking nothing', () => {
    const [article] = md(`${ENGLISH}\n`);
    expect(article.masked).toEqual([]);
    expect(article.text).toBe(`${ENGLISH}\n`);
  });

  it('refuses a date YAML would roll over (2025-13-45), naming the file', async () => {
    const path = fixture('bad-date.md');
    const error = await asyncRefusal(() => readArticleFile(path));
    expect(error.source).toBe(path);
    expect(error.message).toContain(`${path}: invalid date '2025-13-45'; expected YYYY-MM-DD`);
  });

  it('refuses 30 February', () => {
    const error = refusal(() => md(`---\ndate: 2025-02-30\n---\n${ENGLISH}`));
    expect(error.message).toContain("in/x.md: invalid date '2025-02-30'; expected YYYY-MM-DD");
  });

  it('refuses malformed YAML with the parser message', () => {
    const error = refusal(() => md(`---\ntitle: [unclosed\n---\n${ENGLISH}`));
    expect(error.message).toMatch(/^in\/x\.md: malformed front matter \(.+\): fix the YAML/);
  });

  it('refuses unclosed front matter', () => {
    const error = refusal(() => md(`---\ntitle: Talks\n\n${ENGLISH}`));
    expect(error.message).toBe('in/x.md: front matter is not closed: end it with a line of three dashes (---)');
  });

  it('refuses front matter with no body', () => {
    const error = refusal(() => md('---\ntitle: Talks\n---\n\n'));
    expect(error.message).toBe('in/x.md: Article text is empty: nothing was stored');
  });
});
