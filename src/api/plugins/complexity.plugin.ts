// Rejects operations whose estimated cost is above `maxCost` before anything runs.
// Cost: 1 per field, times the page size (`first` / `limit`) for list fields below it, or
// the field's own `complexity` where it declares one (neighbourhood). Page sizes count at
// most their largest valid value, so an invalid one (first: 1000) reaches argument
// validation and is answered BAD_USER_INPUT naming the value, not QUERY_TOO_COMPLEX.
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { QueryTooComplexError } from '../errors/index.ts';

export interface ComplexityOptions {
  /** Highest cost accepted (default 5000). */
  maxCost?: number;
}

export const DEFAULT_MAX_COST = 5000;

// The package's ESM build imports graphql's .mjs files, a second copy of graphql next to the
// CommonJS one that type-graphql and Apollo use; its CommonJS build shares theirs.
const { getComplexity, simpleEstimator, fieldExtensionsEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;

/** Largest valid values of the paging arguments (validation refuses larger ones). */
const MAX_FIRST = 100;
const MAX_LIMIT = 500;

const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const n =
    args.first !== undefined ? Math.min(Number(args.first), MAX_FIRST) : Math.min(Number(args.limit ?? 0), MAX_LIMIT);
  if (!Number.isFinite(n) || n <= 0) return undefined as unknown as number;
  return 1 + childComplexity * n;
};

/** The estimated cost of one operation of `document`. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables: Record<string, unknown> = {},
): number {
  return getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables,
    estimators: [fieldExtensionsEstimator(), pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/** Costs remembered per parsed document (Apollo reuses it for repeated queries). */
const MAX_REMEMBERED = 64;

export function complexityPlugin(schema: GraphQLSchema, opts: ComplexityOptions = {}): ApolloServerPlugin {
  const maxCost = opts.maxCost ?? DEFAULT_MAX_COST;
  // The cost depends on the document, the operation and the variables (page sizes): the same
  // three give the same cost, so clients repeating an operation pay for the estimate once.
  const remembered = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown>,
  ) => {
    let costs = remembered.get(document);
    if (!costs) remembered.set(document, (costs = new Map()));
    const key = `${operationName ?? ''}|${JSON.stringify(variables)}`;
    let cost = costs.get(key);
    if (cost === undefined) {
      cost = operationCost(schema, document, operationName, variables);
      if (costs.size >= MAX_REMEMBERED) costs.delete(costs.keys().next().value!);
      costs.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = costOf(document, request.operationName, request.variables ?? {});
          if (cost > maxCost) {
            throw new QueryTooComplexError(
              `Query cost ${cost} is over the limit of ${maxCost}: ask for smaller pages (first/limit) or fewer nested fields.`,
              { cost, maxCost },
            );
          }
        },
      };
    },
  };
}
