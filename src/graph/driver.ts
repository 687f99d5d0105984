// The one driver module: init, get, close, verifyConnectivity; sessions close in finally;
// Neo4j errors are mapped once, here. Neo4j integers and temporals never leave src/graph.
import neo4j, { isRetryableError, type Driver, type QueryResult, type Session } from 'neo4j-driver';
import { mapNeo4jError } from './errors.ts';

export interface GraphConnection {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export interface QueryCounter {
  (query: string, params: Record<string, unknown>): void;
}

export class Graph {
  private constructor(
    readonly driver: Driver,
    readonly database: string | undefined,
  ) {}

  /** Every query run through this graph is reported here (tests count round trips). */
  onQuery?: QueryCounter;

  static connect(c: GraphConnection): Graph {
    const auth = c.password ? neo4j.auth.basic(c.user ?? 'neo4j', c.password) : undefined;
    const driver = neo4j.driver(c.uri, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: 15_000,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      logging: { level: 'error', logger: () => {} },
    });
    return new Graph(driver, c.database);
  }

  async verifyConnectivity(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (err) {
      throw mapNeo4jError(err);
    }
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (s: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      await session.close();
    }
  }

  /**
   * Reads. Every read of the API and the CLI is one query, so each query `work` runs is its
   * own auto-commit read transaction: one round trip, where a managed transaction (BEGIN,
   * RUN, COMMIT) cost 2.5–3.5 ms more per query here (measured on the 10k profiling graph).
   * Transient failures are retried a few times within about half a second; reads that must
   * share one snapshot would need a managed transaction (none does today).
   */
  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession('READ', (s) => work(this.runner((q, p) => withRetries(() => s.run(q, p)))));
  }

  /** One write transaction: all of `work` commits, or none of it. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', (s) => s.executeWrite((tx) => work(this.runner((q, p) => tx.run(q, p)))));
  }

  /** Schema commands cannot run inside a managed transaction with data writes. */
  async run(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
    return this.withSession('WRITE', (s) => this.runner((q, p) => s.run(q, p)).run(query, params));
  }

  /** Every query goes this one way: reported, parameters made integers, rows made plain. */
  private runner(execute: (query: string, params: Record<string, unknown>) => Promise<QueryResult>): Tx {
    return {
      run: async (query, params = {}) => {
        this.onQuery?.(query, params);
        const res = await execute(query, integers(params));
        return res.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
      },
    };
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/** Delays before the retries of a read that failed with a transient (retryable) error. */
const READ_RETRY_DELAYS_MS = [50, 150, 300];

export async function withRetries<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (i >= READ_RETRY_DELAYS_MS.length || !isRetryableError(err)) throw err;
      await new Promise((r) => setTimeout(r, READ_RETRY_DELAYS_MS[i]));
    }
  }
}

/**
 * JavaScript numbers reach Cypher as floats; whole numbers (offsets, counts, sentence
 * numbers, LIMIT) must be INTEGER in the graph, so every parameter is converted here.
 */
export function integers<T>(value: T): T {
  if (typeof value === 'number') return (Number.isInteger(value) ? neo4j.int(value) : value) as T;
  if (Array.isArray(value)) return value.map(integers) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = integers(v);
    return out as T;
  }
  return value;
}

/** Integer parameters (LIMIT, SKIP, lengths) must reach Cypher as integers, not floats. */
export function int(n: number) {
  return neo4j.int(Math.trunc(n));
}

export interface Tx {
  run(query: string, params?: Record<string, unknown>): Promise<Record<string, unknown>[]>;
}

/** Neo4j values (integers, temporals, nodes) to plain JS. */
export function toPlain(v: unknown): unknown {
  // Most values are strings, numbers (integers arrive as numbers: disableLosslessIntegers),
  // lists and maps: those take the fast paths, in that order.
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = toPlain(v[i]);
    return out;
  }
  const o = v as Record<string, unknown>;
  if (Object.getPrototypeOf(o) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const k in o) out[k] = toPlain(o[k]);
    return out;
  }
  if (neo4j.isInt(o)) return (o as unknown as { toNumber(): number }).toNumber();
  if (neo4j.isDate(o) || neo4j.isDateTime(o) || neo4j.isLocalDateTime(o)) return String(o);
  if ('labels' in o && 'properties' in o && 'elementId' in o) {
    return { ...(toPlain(o.properties) as object), __labels: o.labels };
  }
  if ('type' in o && 'properties' in o && 'startNodeElementId' in o) {
    return { ...(toPlain(o.properties) as object), __type: o.type };
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = toPlain(x);
  return out;
}
