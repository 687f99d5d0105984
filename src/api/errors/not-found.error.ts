import { GraphQLError } from 'graphql';

export class NotFoundError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code: 'NOT_FOUND' } });
  }
}
