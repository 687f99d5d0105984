// Starts (or reuses) the real services once per test run: CoreNLP on its usual port (or
// CORENLP_URL), and a Neo4j for tests only on port 7688 with its own data folder (each test
// file empties it first), so tests never touch the graph that `npm start` serves. TEST_NEO4J_URI points
// at another disposable database instead. Whatever this setup started, it stops afterwards.
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadSettings } from '../../src/config.ts';
import { ServiceManager } from '../../src/services/manager.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    coreNlpUrls: string[];
  }
}

export default async function setup(project: TestProject) {
  const base = loadSettings();
  const runDir = path.join(base.runDir, 'test');
  const external = process.env.TEST_NEO4J_URI;
  const dataDir = path.join(runDir, 'data', 'neo4j');
  const settings = {
    ...base,
    runDir,
    neo4j: {
      ...base.neo4j,
      uri: external,
      user: process.env.TEST_NEO4J_USER ?? 'neo4j',
      password: process.env.TEST_NEO4J_PASSWORD ?? '',
      database: process.env.TEST_NEO4J_DATABASE,
      boltPort: Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7688),
      dataDir,
    },
  };
  // CoreNLP is stateless: share the one of the main run folder (so `npm start` reuses it).
  const nlp = new ServiceManager(base);
  const db = new ServiceManager(settings);
  const log = (l: string) => process.stderr.write(`[test services] ${l}\n`);
  const [corenlp, neo4j] = await Promise.all([nlp.start(['corenlp'], log), db.start(['neo4j'], log)]);
  project.provide('neo4jUri', neo4j.neo4jUri);
  project.provide('neo4jUser', settings.neo4j.user);
  project.provide('neo4jPassword', settings.neo4j.password);
  project.provide('coreNlpUrls', corenlp.coreNlpUrls);
  return async () => {
    await neo4j.stop();
    await corenlp.stop();
  };
}
