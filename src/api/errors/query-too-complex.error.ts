import { GraphQLError } from 'graphql';

export class QueryTooComplexError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX' } });
  }
}
