// Rejects operations whose estimated cost is above `maxCost` before anything runs.
// Cost: 1 per field, times the page size (`first` / `limit`) for list fields below it.
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { QueryTooComplexError } from '../errors/index.ts';

export interface ComplexityOptions {
  /** Highest cost accepted (default 5000). */
  maxCost?: number;
}

// The package's ESM build imports graphql's .mjs files, a second copy of graphql next to the
// CommonJS one that type-graphql and Apollo use; its CommonJS build shares theirs.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity');

const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const n = Number(args.first ?? args.limit ?? 0);
  if (!Number.isFinite(n) || n <= 0) return undefined as unknown as number;
  const depth = Number(args.depth ?? 1);
  return 1 + childComplexity * n * Math.max(1, depth);
};

export function complexityPlugin(schema: GraphQLSchema, opts: ComplexityOptions = {}): ApolloServerPlugin {
  const maxCost = opts.maxCost ?? 5000;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables ?? {},
            estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
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
