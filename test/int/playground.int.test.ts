// The playground in a real browser: Debian's headless Chromium driven by playwright-core
// (no browser download). GraphiQL must boot from the server's own assets with no request
// leaving it, offer every example operation as a tab, and run the first one on the seeded graph.
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleTabs } from '../../src/api/playground/playground.ts';
import type { Graph } from '../../src/graph/driver.ts';
import { seedGraph, startTestServer, testGraph } from './helpers.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Skipped only where no Chromium is installed: .ci/run installs Debian's `chromium` when it
// is missing, so CI always runs this test; elsewhere `apt-get install chromium` (or
// CHROMIUM_PATH) enables it.
describe.skipIf(!fs.existsSync(CHROMIUM))('playground in Chromium', () => {
  let graph: Graph;
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    graph = testGraph();
    await seedGraph(graph);
    server = await startTestServer(graph);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  it('boots offline with every example as a tab and runs the first one', async () => {
    const page = await browser.newPage();
    const origin = new URL(server.url).origin;
    const elsewhere: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin)) elsewhere.push(r.url());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => failed.push(String(e)));

    await page.goto(server.url, { waitUntil: 'networkidle' });
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    const tabs = await page.$$eval('.graphiql-tab', (els) => els.map((e) => e.textContent ?? ''));
    const names = exampleTabs().map((t) => /^(?:query|mutation) (\w+)/.exec(t.query)?.[1] ?? '');
    expect(tabs).toHaveLength(names.length);
    names.forEach((name, i) => expect(tabs[i]).toContain(name));

    await page.click('.graphiql-execute-button');
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('"data"'), {
      timeout: 30_000,
    });
    const response = await page.$eval('.graphiql-response', (e) => e.textContent ?? '');
    expect(response).toContain('Benjamin Netanyahu');
    expect(response).not.toContain('"errors"');
    expect(elsewhere).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });
});
