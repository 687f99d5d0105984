// Every setting the process reads from its environment, with its default, in one place.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jSettings {
  /** Set when the user points at an existing database; nothing is launched then. */
  uri?: string;
  user: string;
  password: string;
  database?: string;
  boltHost: string;
  boltPort: number;
  dataDir: string;
  heap: string;
}

export interface CoreNlpSettings {
  /** Existing servers (comma-separated in CORENLP_URL); nothing is launched then. */
  urls: string[];
  port: number;
  heap: string;
  threads: number;
  timeoutMs: number;
}

export interface Settings {
  runDir: string;
  neo4j: Neo4jSettings;
  corenlp: CoreNlpSettings;
  http: { host: string; port: number };
  /** Bearer token required by mutations; unset means writes only from loopback clients. */
  writeToken?: string;
}

const int = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  }
  return n;
};

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const runDir = path.resolve(env.NEWSGRAPH_HOME ?? path.join(projectRoot, '.newsgraph'));
  const auth = env.NEO4J_PASSWORD;
  return {
    runDir,
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER ?? 'neo4j',
      password: auth ?? '',
      database: env.NEO4J_DATABASE || undefined,
      boltHost: env.NEO4J_BOLT_HOST ?? '127.0.0.1',
      boltPort: int('NEO4J_BOLT_PORT', 7687),
      dataDir: path.resolve(env.NEO4J_DATA_DIR ?? path.join(runDir, 'data', 'neo4j')),
      heap: env.NEO4J_HEAP ?? '1g',
    },
    corenlp: {
      urls: (env.CORENLP_URL ?? '')
        .split(',')
        .map((u) => u.trim().replace(/\/+$/, ''))
        .filter(Boolean),
      port: int('CORENLP_PORT', 9000),
      heap: env.CORENLP_HEAP ?? '6g',
      threads: int('CORENLP_THREADS', 2),
      timeoutMs: int('CORENLP_TIMEOUT_MS', 120_000),
    },
    http: { host: env.HOST ?? '0.0.0.0', port: int('PORT', 4000) },
    writeToken: env.NEWSGRAPH_WRITE_TOKEN || undefined,
  };
}
