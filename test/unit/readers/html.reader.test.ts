import { describe, expect, it } from 'vitest';
import { htmlToText, readArticleFile, readArticles } from '../../../src/ingest/readers/index.ts';
import { ENGLISH, fixture, refusal } from './helpers.ts';

const page = (head: string, body: string) =>
  readArticles({
    name: 'x',
    path: 'in/x.html',
    content: `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`,
  });

describe('html reader', () => {
  it('extracts the main content as paragraphs, with page metadata', async () => {
    const [article] = await readArticleFile(fixture('article.html'));
    expect(article).toEqual({
      name: 'article',
      text: [
        'A district court on Friday ordered the release of twelve detainees who had been held without charge for more than six months, their lawyers said.',
        'The judge ruled that the detention orders had not been reviewed within the period that the law requires, and that the prosecution had failed to show why the men should remain in custody.',
        '“This is a victory for the rule of law,” said one of the lawyers, who asked not to be named because of the sensitivity of the case. The prosecution said it would appeal.',
      ].join('\n\n'),
      masked: [],
      title: 'Court orders release of detainees',
      url: 'https://example.org/news/detainees',
      publishedAt: '2025-06-13T09:30:00+03:00',
      source: 'Example News',
      related: [],
    });
  });

  it('falls back to og:url, <time datetime> and the document title', () => {
    const [article] = page(
      '<title>Talks resume</title><meta property="og:url" content="https://example.org/a">',
      `<article><p>${ENGLISH}</p><time datetime="soon">soon</time><time datetime="2025-06-10">10 June</time></article>`,
    );
    expect(article).toMatchObject({
      title: 'Talks resume',
      url: 'https://example.org/a',
      publishedAt: '2025-06-10',
    });
  });

  it('refuses an invalid declared publication date', () => {
    const error = refusal(() =>
      page('<meta property="article:published_time" content="2025-13-45">', `<p>${ENGLISH}</p>`),
    );
    expect(error.message).toContain("in/x.html: invalid date '2025-13-45'; expected YYYY-MM-DD");
  });

  it('refuses a page without text', () => {
    const error = refusal(() => page('<title>Empty</title>', '<script>var a = 1;</script>'));
    expect(error.message).toBe('in/x.html: Article text is empty: nothing was stored');
  });
});

describe('htmlToText', () => {
  it('makes one paragraph per block and collapses whitespace within it', () => {
    expect(
      htmlToText('<div><h2>Head</h2><p>One\n   two&nbsp;<b>three</b></p><ul><li>a</li><li>b</li></ul></div>'),
    ).toBe('Head\n\nOne two three\n\na\n\nb');
  });

  it('reads one <br> as a space and two as a paragraph break', () => {
    expect(htmlToText('<p>one<br>two<br><br>three</p>')).toBe('one two\n\nthree');
  });

  it('skips scripts, styles and templates and decodes entities', () => {
    expect(htmlToText('<p>Tom &amp; Jerry<script>x()</script><style>p{}</style></p>')).toBe('Tom & Jerry');
  });
});
