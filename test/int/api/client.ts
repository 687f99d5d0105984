// Typed GraphQL over HTTP for the API tests: send a generated TypedDocumentNode, get its
// typed result (documents come from test/operations via `npm run codegen`).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Graph } from '../../../src/graph/driver.ts';
import type { Ingestor } from '../../../src/ingest/ingest.ts';
import { startTestServer } from '../helpers.ts';

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [k: string]: unknown };
}

export interface GqlResult<R> {
  data?: R | null;
  errors?: GqlError[];
}

export async function apiServer(graph: Graph, opts: { ingestor?: Ingestor; writeToken?: string } = {}) {
  const server = await startTestServer(graph, opts);
  return {
    ...server,
    /** Sends a typed operation; `headers` add to the request (e.g. Authorization). */
    async op<R, V>(
      doc: TypedDocumentNode<R, V>,
      variables?: V,
      headers: Record<string, string> = {},
    ): Promise<GqlResult<R>> {
      return (await server.query(print(doc), (variables ?? {}) as Record<string, unknown>, headers)) as GqlResult<R>;
    },
    /** Sends a typed operation and fails the test on any GraphQL error. */
    async ok<R, V>(doc: TypedDocumentNode<R, V>, variables?: V, headers: Record<string, string> = {}): Promise<R> {
      const res = (await server.query(
        print(doc),
        (variables ?? {}) as Record<string, unknown>,
        headers,
      )) as GqlResult<R>;
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
      return res.data as R;
    },
  };
}

export const SEED_ARTICLE_DATE = '2025-06-10';
export const NETANYAHU = 'person:benjamin-netanyahu';
export const ICC = 'court:international-criminal-court';
export const HAMAS = 'organisation:hamas';
export const WITKOFF = 'person:steve-witkoff';
export const ISRAEL = 'country:israel';

/** Every edge of a subgraph joins two of its nodes. */
export function closed(sub: { nodes: { id: string }[]; edges: { source: string; target: string }[] }): boolean {
  const ids = new Set(sub.nodes.map((n) => n.id));
  return sub.edges.every((e) => ids.has(e.source) && ids.has(e.target));
}

export type ApiTestServer = Awaited<ReturnType<typeof apiServer>>;
