// A stand-in Graph for query tests: records every Cypher query and its parameters and
// answers with rows the test gives. No database.
import type { Graph } from '../../../src/graph/driver.ts';

export interface RecordedQuery {
  query: string;
  params: Record<string, unknown>;
}

export function fakeGraph(
  answer: (query: string, params: Record<string, unknown>) => Record<string, unknown>[] = () => [],
) {
  const calls: RecordedQuery[] = [];
  const tx = {
    run: async (query: string, params: Record<string, unknown> = {}) => {
      calls.push({ query, params });
      return answer(query, params);
    },
  };
  const graph = {
    read: <T>(work: (t: typeof tx) => Promise<T>) => work(tx),
    write: <T>(work: (t: typeof tx) => Promise<T>) => work(tx),
  };
  return { graph: graph as unknown as Graph, calls };
}

/** Relationship types a query names (`[r:SAID]`, `[:PARTICIPANT {…}]`, `-[:A|B]-`). */
export function relationshipTypes(query: string): string[] {
  return [...query.matchAll(/\[\w*:([A-Z_|]+)[\s\]{]/g)].flatMap((m) => m[1].split('|'));
}
