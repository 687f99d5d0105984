// Client-facing errors: stable codes, messages naming the bad value, nothing internal.
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it, vi } from 'vitest';
import { formatError } from '../../../src/api/plugins/errors.ts';
import { GraphQueryError, GraphUnavailableError } from '../../../src/graph/errors.ts';

describe('formatError', () => {
  it('names every failed constraint with its path and value, nested inputs included', () => {
    const error = new ArgumentValidationError([
      { property: 'first', value: 1000, constraints: { max: 'first must not be greater than 100' }, children: [] },
      {
        property: 'inputs',
        value: [],
        children: [
          {
            property: '0',
            value: {},
            children: [{ property: 'url', value: 'ftp:/x', constraints: { isUrl: 'url must be an http(s) URL' } }],
          },
        ],
      },
    ]);
    const out = formatError({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }, error);
    expect(out.extensions?.code).toBe('BAD_USER_INPUT');
    expect(out.message).toBe(
      'Invalid argument: first must not be greater than 100 (got 1000); inputs.0.url: url must be an http(s) URL (got "ftp:/x")',
    );
  });

  it('maps a database outage to SERVICE_UNAVAILABLE', () => {
    const out = formatError({ message: 'x' }, new GraphUnavailableError('connection refused'));
    expect(out.extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('hides query failures behind a generic message', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const out = formatError(
      { message: 'x' },
      new GraphQueryError('Invalid input', 'Neo.ClientError.Statement.SyntaxError'),
    );
    expect(out).toMatchObject({
      message: 'The graph query failed; the error has been logged.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('keeps the depth limit’s QUERY_TOO_COMPLEX through Apollo’s validation wrapper', () => {
    const inner = new GraphQLError('Query depth 14 is over the limit of 12', {
      extensions: { code: 'QUERY_TOO_COMPLEX', depth: 14 },
    });
    const wrapped = new GraphQLError(inner.message, {
      originalError: inner,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const out = formatError({ message: inner.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, wrapped);
    expect(out.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', depth: 14 });
  });

  it('passes client errors through with their code, without a stack trace', () => {
    const out = formatError(
      { message: 'No entity', extensions: { code: 'NOT_FOUND', stacktrace: ['at …'] } },
      new Error('No entity'),
    );
    expect(out.extensions).toEqual({ code: 'NOT_FOUND' });
  });
});
