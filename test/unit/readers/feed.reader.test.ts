import { describe, expect, it } from 'vitest';
import { readArticleFile, readArticles } from '../../../src/ingest/readers/index.ts';
import { ENGLISH, fixture, refusal } from './helpers.ts';

const rss = (items: string) =>
  readArticles({
    name: 'news',
    path: 'in/news.rss',
    content: `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items}</channel></rss>`,
  });

describe('feed reader: RSS 2.0', () => {
  it('reads one article per item, content:encoded first, HTML stripped', async () => {
    const articles = await readArticleFile(fixture('feed.rss'));
    expect(articles).toEqual([
      {
        name: 'feed-1',
        text: 'The US envoy met Egyptian and Qatari leaders in Cairo on Tuesday to discuss a new proposal.\n\nHe said that the talks had been “constructive” and would continue.',
        masked: [],
        title: 'Envoy meets leaders in Cairo',
        url: 'https://example.org/news/envoy-cairo',
        publishedAt: '2025-06-10T08:30:00+03:00',
        source: 'Example News – World',
        related: [],
      },
      {
        name: 'feed-2',
        text: 'Thousands of protesters gathered outside the parliament on Wednesday evening, calling for an end to the war.',
        masked: [],
        title: 'Protesters gather outside parliament',
        url: 'https://example.org/news/protest',
        publishedAt: '2025-06-11T17:05:00Z',
        source: 'Example News – World',
        related: [],
      },
    ]);
  });

  it('reads a single item and a date without time', () => {
    const [article] = rss(
      `<item><title>One</title><description>${ENGLISH}</description><pubDate>10 Jun 2025</pubDate></item>`,
    );
    expect(article).toMatchObject({ name: 'news-1', text: ENGLISH, publishedAt: '2025-06-10' });
  });

  it('reads RSS 1.0 (RDF) items', () => {
    const [article] = readArticles({
      name: 'rdf',
      path: 'in/rdf.xml',
      content: `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>RDF wire</title></channel><item><title>Item</title><link>https://example.org/i</link><description>${ENGLISH}</description><dc:date>2025-06-10</dc:date></item></rdf:RDF>`,
    });
    expect(article).toMatchObject({
      name: 'rdf-1',
      source: 'RDF wire',
      url: 'https://example.org/i',
      publishedAt: '2025-06-10',
    });
  });

  it('refuses malformed XML with the parser message', () => {
    const error = refusal(() =>
      readArticles({
        name: 'x',
        path: 'in/x.xml',
        content: '<rss><channel><item></channel></rss>',
      }),
    );
    expect(error.message).toMatch(
      /^in\/x\.xml: malformed XML \(Expected closing tag 'item'.* at line 1, column \d+\): fix the feed$/,
    );
  });

  it('refuses XML that is not a feed, and a feed without items', () => {
    expect(
      refusal(() => readArticles({ name: 'x', path: 'in/x.xml', content: '<note><p>hi</p></note>' })).message,
    ).toBe('in/x.xml: XML is not an RSS or Atom feed (root element <note>): give an RSS 2.0 or Atom feed');
    expect(refusal(() => rss('')).message).toBe('in/news.rss: feed has no items: nothing was stored');
  });

  it('refuses an unparsable pubDate, naming the item', () => {
    const error = refusal(() =>
      rss(
        `<item><description>${ENGLISH}</description></item><item><description>${ENGLISH}</description><pubDate>next Tuesday</pubDate></item>`,
      ),
    );
    expect(error.source).toBe('in/news.rss (item 2)');
    expect(error.message).toContain("in/news.rss (item 2): invalid date 'next Tuesday'");
  });

  it('refuses an item without content', () => {
    const error = refusal(() => rss('<item><title>Only a title</title></item>'));
    expect(error.message).toBe('in/news.rss (item 1): Article text is empty: nothing was stored');
  });
});

describe('feed reader: Atom', () => {
  it('reads entries: html and xhtml content, alternate link, published over updated', async () => {
    const articles = await readArticleFile(fixture('feed.atom'));
    expect(articles).toEqual([
      {
        name: 'feed-1',
        text: 'An aid convoy reached the north of the territory on Thursday for the first time in weeks.\n\nAid workers said the trucks carried flour & medicine.',
        masked: [],
        title: 'Aid convoy reaches north',
        url: 'https://example.org/wire/aid-convoy',
        publishedAt: '2025-06-12T07:15:00Z',
        source: 'Example Wire',
        related: [],
      },
      {
        name: 'feed-2',
        text: 'The talks were adjourned until next week, a spokesman for the mediators said.',
        masked: [],
        title: 'Talks adjourned',
        url: 'https://example.org/wire/talks-adjourned',
        publishedAt: '2025-06-12',
        source: 'Example Wire',
        related: [],
      },
    ]);
  });

  it('reads plain-text content and falls back to the summary', () => {
    const articles = readArticles({
      name: 'atom',
      path: 'in/atom.xml',
      content: `<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>
        <entry><title>A</title><content type="text">Tom &amp; Jerry &lt;3 said that ${ENGLISH}</content></entry>
        <entry><title>B</title><summary><![CDATA[${ENGLISH}]]></summary></entry></feed>`,
    });
    expect(articles.map((a) => a.text)).toEqual([`Tom & Jerry <3 said that ${ENGLISH}`, ENGLISH]);
  });

  it('refuses a non-English entry, naming it', () => {
    const error = refusal(() =>
      readArticles({
        name: 'atom',
        path: 'in/atom.xml',
        content: `<feed xmlns="http://www.w3.org/2005/Atom"><entry><content>Der Ministerpräsident hat am Dienstag von erheblichen Fortschritten bei den Verhandlungen über eine Waffenruhe und einen Gefangenenaustausch gesprochen, sagte sein Büro in einer Erklärung.</content></entry></feed>`,
      }),
    );
    expect(error.message).toMatch(
      /^in\/atom\.xml \(item 1\): does not look like English \(\d+% English function words\): Newsgraph extracts English only$/,
    );
  });
});

describe('feed reader: plain-text content', () => {
  it('keeps the paragraphs of a description without HTML', () => {
    const [article] = rss(`<item><description>${ENGLISH}\n\n   Officials   said the same.</description></item>`);
    expect(article.text).toBe(`${ENGLISH}\n\nOfficials said the same.`);
  });
});
