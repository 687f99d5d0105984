// Reading articles from http(s) URLs, against a real local HTTP server: the format comes from
// the Content-Type (else the extension, else the content), and every failure names the URL.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/extract/types.ts';
import { expandInputs, readInput } from '../../../src/ingest/files.ts';
import { readArticleUrl } from '../../../src/ingest/readers/url.ts';
import { ENGLISH, fixture } from './helpers.ts';

const routes: Record<string, (res: http.ServerResponse) => void> = {
  '/feeds/world.rss': (res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(fs.readFileSync(fixture('feed.rss')));
  },
  // No extension and a generic type: the content says it is an Atom feed.
  '/atom': (res) => {
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end(fs.readFileSync(fixture('feed.atom')));
  },
  '/story/envoy-talks': (res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<html><head><title>Envoy talks</title></head><body><article><p>${ENGLISH}</p><p>${ENGLISH}</p></article></body></html>`,
    );
  },
  '/plain.txt': (res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(ENGLISH);
  },
  '/gone': (res) => {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not here');
  },
  '/huge': (res) => {
    // No Content-Length: the limit must hold while streaming.
    res.writeHead(200, { 'content-type': 'text/plain' });
    const line = `${ENGLISH}\n`.repeat(1000);
    let sent = 0;
    const more = () => {
      while (sent < 200 && res.write(line)) sent++;
      if (sent < 200) res.once('drain', more);
      else res.end();
    };
    more();
  },
  '/slow': () => {
    // Never answers.
  },
  '/binary.txt': (res) => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  },
};

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => (routes[req.url ?? ''] ?? routes['/gone'])(res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

async function refusal(read: Promise<unknown>): Promise<InputError> {
  const err = await read.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

describe('reading from URLs', () => {
  it('reads a feed by its Content-Type, one article per item, with the items’ own links', async () => {
    const articles = await readArticleUrl(`${base}/feeds/world.rss`);
    expect(articles.map((a) => a.name)).toEqual(['world-1', 'world-2']);
    expect(articles[0]).toMatchObject({
      title: 'Envoy meets leaders in Cairo',
      url: 'https://example.org/news/envoy-cairo',
    });
  });

  it('recognises a feed served as generic XML from its content', async () => {
    const articles = await readArticleUrl(`${base}/atom`);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles[0].name).toBe('atom-1');
    expect(articles[0].url).toMatch(/^https:\/\/example\.org\//);
  });

  it('reads an HTML page as one article whose url is the page address', async () => {
    const [article] = await readArticleUrl(`${base}/story/envoy-talks`);
    expect(article.name).toBe('envoy-talks');
    expect(article.title).toBe('Envoy talks');
    expect(article.text).toContain(ENGLISH);
    expect(article.url).toBe(`${base}/story/envoy-talks`);
  });

  it('expandInputs keeps URLs in place and readInput fetches them', async () => {
    const inputs = expandInputs([`${base}/plain.txt`, fixture('titled.txt')]);
    expect(inputs).toEqual([`${base}/plain.txt`, fixture('titled.txt')]);
    const [article] = await readInput(inputs[0]);
    expect(article).toMatchObject({ name: 'plain', text: ENGLISH });
  });

  it('refuses an HTTP error status, naming the URL and the status', async () => {
    const err = await refusal(readArticleUrl(`${base}/gone`));
    expect(err.message).toContain(`${base}/gone`);
    expect(err.message).toContain('HTTP 404');
  });

  it('refuses a download over the limit while streaming it', async () => {
    const err = await refusal(readArticleUrl(`${base}/huge`, { maxBytes: 64 * 1024 }));
    expect(err.message).toContain('65536-byte download limit');
  });

  it('gives up on a server that does not answer', async () => {
    const err = await refusal(readArticleUrl(`${base}/slow`, { timeoutMs: 300 }));
    expect(err.message).toContain('no answer within 0.3 s');
  });

  it('refuses an unreachable host and a binary body, naming the URL', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const err = await refusal(readArticleUrl(`http://127.0.0.1:${port}/feed.rss`));
    expect(err.message).toMatch(/could not be fetched \(ECONNREFUSED\)/);
    expect(err.message).toContain(`http://127.0.0.1:${port}/feed.rss`);
    const binary = await refusal(readArticleUrl(`${base}/binary.txt`));
    expect(binary.message).toContain('binary');
  });

  it('refuses something that only looks like a URL', async () => {
    const err = await refusal(readArticleUrl('http://exa mple.org/x'));
    expect(err.message).toContain('not a valid URL');
  });
});
