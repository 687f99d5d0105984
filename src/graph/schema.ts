// Applies cypher/schema.cypher idempotently (every statement is IF NOT EXISTS).
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config.ts';
import type { Graph } from './driver.ts';

export const SCHEMA_FILE = path.join(projectRoot, 'cypher', 'schema.cypher');

export function schemaStatements(file = SCHEMA_FILE): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function applySchema(graph: Graph): Promise<number> {
  const statements = schemaStatements();
  for (const st of statements) await graph.run(st);
  await graph.run('CALL db.awaitIndexes(60)');
  await backfillSortDates(graph);
  return statements.length;
}

/**
 * Statements and events written before `sortDate` existed (extractor 0.3.1 and older) get
 * it: their own date, else their article's publication date. Idempotent; batched so a large
 * graph is not rewritten in one transaction. Facts with neither date keep none.
 */
export async function backfillSortDates(graph: Graph): Promise<number> {
  const [row] = await graph.run(
    `MATCH (f:Statement|Event)-[:IN]->(a:Article)
     WHERE f.sortDate IS NULL AND coalesce(f.date, a.publishedAt) IS NOT NULL
     CALL (f, a) { SET f.sortDate = coalesce(f.date, a.publishedAt) } IN TRANSACTIONS OF 10000 ROWS
     RETURN count(*) AS n`,
  );
  return Number(row?.n ?? 0);
}
