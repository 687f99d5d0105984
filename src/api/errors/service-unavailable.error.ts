import { GraphQLError } from 'graphql';

export class ServiceUnavailableError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code: 'SERVICE_UNAVAILABLE' } });
  }
}
