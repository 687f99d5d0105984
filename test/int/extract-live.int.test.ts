// The same expectations as the unit test, through the live CoreNLP server: catches drift
// between the recorded fixtures and what the server answers today.
import { beforeAll, describe, it } from 'vitest';
import type { ExtractedArticle } from '../../src/extract/extract.ts';
import { readArticleFile } from '../../src/ingest/readers/index.ts';
import {
  expectSeedEntities,
  expectSeedEvents,
  expectSeedRoles,
  expectSeedStatements,
} from '../support/seed-expectations.ts';
import { SEED, testExtractor } from './helpers.ts';

describe('seed article through the live CoreNLP server', () => {
  let a: ExtractedArticle;
  beforeAll(async () => {
    const [source] = await readArticleFile(SEED);
    a = await testExtractor().extract(source);
  });
  it('entities', () => expectSeedEntities(a));
  it('roles', () => expectSeedRoles(a));
  it('statements', () => expectSeedStatements(a));
  it('events', () => expectSeedEvents(a));
});
