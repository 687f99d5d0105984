// Neo4j failures mapped to typed errors at one boundary (see withSession in driver.ts).
import { Neo4jError } from 'neo4j-driver';

export class GraphUnavailableError extends Error {
  constructor(cause: string) {
    super(`The graph database is unavailable: ${cause}`);
    this.name = 'GraphUnavailableError';
  }
}

export class GraphQueryError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'GraphQueryError';
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function mapNeo4jError(err: unknown): Error {
  if (err instanceof GraphUnavailableError || err instanceof GraphQueryError) return err;
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE.has(err.code) || /connect|ECONNREFUSED|Pool is closed|closed/i.test(err.message)) {
      return new GraphUnavailableError(err.message.split('\n')[0]);
    }
    return new GraphQueryError(err.message.split('\n')[0], err.code);
  }
  if (err instanceof Error && /ECONNREFUSED|ECONNRESET|socket hang up|Pool is closed/i.test(err.message)) {
    return new GraphUnavailableError(err.message);
  }
  return err instanceof Error ? err : new Error(String(err));
}
