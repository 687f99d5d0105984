// The analyst queries of cypher/examples, without a database: every file has its header,
// declares exactly the parameters it uses, and names only labels and relationship types of
// the graph model (docs/graph-model.md). The integration test runs them all.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_RELATIONSHIPS } from '../../../src/graph/export.ts';
import { ENTITY_LABELS } from '../../../src/graph/records.ts';
import { EXAMPLES_DIR, exampleFiles, loadExample, parseExample, stripCommentsAndStrings } from './cypher-examples.ts';

const LABELS = new Set<string>(['Article', 'Entity', 'Statement', 'Event', ...ENTITY_LABELS]);
const RELATIONSHIPS = new Set<string>(EXPORT_RELATIONSHIPS);

describe('cypher/examples files', () => {
  it('holds at least twelve examples, and nothing but .cypher files and the README', () => {
    expect(exampleFiles().length).toBeGreaterThanOrEqual(12);
    expect(fs.readdirSync(EXAMPLES_DIR).filter((f) => !f.endsWith('.cypher') && f !== 'README.md')).toEqual([]);
  });

  it.each(exampleFiles())('%s has a header that matches its query', (file) => {
    const ex = loadExample(file);
    expect(ex.question.length).toBeGreaterThan(10);
    expect(ex.returns.length).toBeGreaterThan(0);
  });

  it.each(exampleFiles())('%s names only labels and relationship types of the model', (file) => {
    const body = stripCommentsAndStrings(loadExample(file).query);
    for (const [, name] of body.matchAll(/:\s*([A-Z][A-Za-z_]*)/g)) {
      if (/^[A-Z_]+$/.test(name)) expect(RELATIONSHIPS, `${file}: relationship ${name}`).toContain(name);
      else expect(LABELS, `${file}: label ${name}`).toContain(name);
    }
    for (const [, list] of body.matchAll(/\[\s*\w*\s*:\s*([A-Z_|]+)/g)) {
      for (const t of list.split('|')) expect(RELATIONSHIPS, `${file}: relationship ${t}`).toContain(t);
    }
  });
});

describe('the example header parser', () => {
  const good = `// Question: Who?
// Parameters:
//   $name ("Hamas") a name
//   $limit (5) how many
// Returns: who, count (how often)
MATCH (e:Entity {name: $name}) RETURN e.name AS who, 1 AS count LIMIT toInteger($limit);
`;

  it('reads the question, JSON example values and column names', () => {
    expect(parseExample('x.cypher', good)).toMatchObject({
      question: 'Who?',
      params: { name: 'Hamas', limit: 5 },
      returns: ['who', 'count'],
      query: expect.not.stringMatching(/;\s*$/),
    });
  });

  it('accepts "Parameters: none"', () => {
    expect(
      parseExample('x.cypher', '// Question: All?\n// Parameters: none\n// Returns: n\nMATCH (n) RETURN count(n) AS n')
        .params,
    ).toEqual({});
  });

  it('refuses a file without a header', () => {
    expect(() => parseExample('x.cypher', 'MATCH (n) RETURN n')).toThrow(/lacks "\/\/ Question/);
  });

  it('refuses a header without Returns', () => {
    expect(() => parseExample('x.cypher', good.replace(/\/\/ Returns:.*\n/, ''))).toThrow(/lacks "\/\/ Returns/);
  });

  it('refuses a parameter the header does not declare, or one it declares but the query does not use', () => {
    expect(() => parseExample('x.cypher', good.replace('toInteger($limit)', 'toInteger($max)'))).toThrow(
      /declares parameters \[limit, name\] but the query uses \[max, name\]/,
    );
  });

  it('refuses an example value that is not JSON', () => {
    expect(() => parseExample('x.cypher', good.replace('("Hamas")', '(Hamas)'))).toThrow(/must be JSON/);
  });

  it('does not take a $ inside a string or comment for a parameter', () => {
    const text = good.replace('RETURN e.name', "// costs $5\nRETURN '$notAParam' + e.name");
    expect(Object.keys(parseExample('x.cypher', text).params).sort()).toEqual(['limit', 'name']);
  });

  it('refuses two statements in one file', () => {
    expect(() => parseExample('x.cypher', good.replace('LIMIT', '; MATCH (m) RETURN m LIMIT'))).toThrow(
      /one statement/,
    );
  });
});
