// Client-facing errors: stable extensions.code, messages that name the bad value, never a
// stack trace. Database outages answer SERVICE_UNAVAILABLE.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { GraphQueryError, GraphUnavailableError } from '../../graph/errors.ts';
import { InputError } from '../../extract/types.ts';
import { CoreNlpError } from '../../extract/corenlp/client.ts';

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof ArgumentValidationError) {
    const problems = original.extensions.validationErrors
      .flatMap((v) => Object.values(v.constraints ?? {}).map((c) => `${c} (got ${JSON.stringify(v.value)})`));
    return { ...base, message: `Invalid argument: ${problems.join('; ')}`, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof GraphUnavailableError) {
    return { ...base, message: original.message, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (original instanceof CoreNlpError) {
    return { ...base, message: `The NLP service is unavailable: ${original.message}`, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (original instanceof InputError) {
    return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof GraphQueryError) {
    console.error(`graph query failed (${original.code}): ${original.message}`);
    return { ...base, message: 'The graph query failed; the error has been logged.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || !code) {
    console.error(original);
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
  return { ...base, extensions };
}
