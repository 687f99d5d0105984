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
  return statements.length;
}
