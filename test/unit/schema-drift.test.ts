// schema.graphql is the printed schema, committed; this fails when the code changed it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, printApiSchema } from '../../src/api/schema.ts';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:emit` after changing types)', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printApiSchema());
  });
});
