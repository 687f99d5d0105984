// Entity ids and surnames are indexed on :Entity only (cypher/schema.cypher): a lookup by
// `(p:Person {id: …})` without the :Entity label is a scan of every person, not an index seek
// (Neo4j 5.26 EXPLAIN: NodeByLabelScan vs NodeUniqueIndexSeek for `(p:Entity:Person {id: …})`).
// Every Cypher text under src/ that matches an entity by id or surname names :Entity.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../../src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('entity lookups use the :Entity indexes', () => {
  it('no pattern matches a typed entity by id or surname without the :Entity label', () => {
    const bad: string[] = [];
    for (const file of sources(SRC)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\(\w*((?::\w+)+)\s*\{\s*(id|surname)\s*:/g)) {
        const labels = m[1].split(':').filter(Boolean);
        const typed = labels.some((l) => /^(Person|Organisation|Court|Country|Place|Group)$/.test(l));
        if (typed && !labels.includes('Entity')) bad.push(`${path.relative(SRC, file)}: ${m[0]}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
