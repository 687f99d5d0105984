// Client-facing errors: stable extensions.code, messages that name the bad value, never a
// stack trace. Database outages answer SERVICE_UNAVAILABLE.
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { GraphQueryError, GraphUnavailableError } from '../../graph/errors.ts';
import { InputError } from '../../extract/types.ts';
import { CoreNlpError } from '../../extract/corenlp/client.ts';

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof ArgumentValidationError) {
    const problems = original.extensions.validationErrors.flatMap((v) => describe(v));
    return { ...base, message: `Invalid argument: ${problems.join('; ')}`, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof GraphUnavailableError) {
    return { ...base, message: original.message, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (original instanceof CoreNlpError) {
    return {
      ...base,
      message: `The NLP service is unavailable: ${original.message}`,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  if (original instanceof InputError) {
    return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (original instanceof GraphQueryError) {
    console.error(`graph query failed (${original.code}): ${original.message}`);
    return {
      ...base,
      message: 'The graph query failed; the error has been logged.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  // Apollo re-codes validation errors GRAPHQL_VALIDATION_FAILED; the depth limit's own code
  // (QUERY_TOO_COMPLEX) is the stable one clients rely on.
  const inner = (error as { originalError?: { extensions?: Record<string, unknown> } } | null)?.originalError;
  if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && inner?.extensions?.code === 'QUERY_TOO_COMPLEX') {
    return { ...base, extensions: { ...inner.extensions } };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || !code) {
    console.error(original);
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
  return { ...base, extensions };
}

/** Each failed constraint, nested inputs included ("inputs.1.url: url must be…"), with the value. */
function describe(v: ValidationError, path: string[] = []): string[] {
  const at = [...path, v.property].filter((p) => p !== undefined && p !== '');
  const here = Object.values(v.constraints ?? {}).map(
    (c) => `${path.length ? `${at.join('.')}: ` : ''}${c} (got ${JSON.stringify(v.value)?.slice(0, 80)})`,
  );
  return [...here, ...(v.children ?? []).flatMap((child) => describe(child, at))];
}
