// The seed article through the domain stages, on CoreNLP output recorded from the real
// server (test/fixtures/corenlp, written by `npm run record:fixtures`).
import path from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import type { ExtractedArticle } from '../../../src/extract/extract.ts';
import {
  expectSeedEntities,
  expectSeedEvents,
  expectSeedRoles,
  expectSeedStatements,
} from '../../support/seed-expectations.ts';
import { ROOT as root, extractRecorded } from './recorded.ts';

describe('seed article (recorded CoreNLP output)', () => {
  let a: ExtractedArticle;
  beforeAll(async () => {
    a = await extractRecorded(path.join(root, 'seeds/2025-06-10-gaza-ceasefire-talks.txt'));
  });
  it('finds the entities, typed, and nothing that is not one', () => expectSeedEntities(a));
  it('turns titles into roles', () => expectSeedRoles(a));
  it('finds the twelve statements with the right speakers', () => expectSeedStatements(a));
  it('finds the eight events with roles, dates, charges and counts', () => expectSeedEvents(a));
});
