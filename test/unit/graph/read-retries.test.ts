// Reads are auto-commit queries (Graph.read); transient failures are retried a few times,
// anything else fails at once.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { withRetries } from '../../../src/graph/driver.ts';

describe('withRetries', () => {
  it('retries transient errors and returns the answer that follows', async () => {
    let calls = 0;
    const answer = await withRetries(async () => {
      calls++;
      if (calls < 3) throw new Neo4jError('connection lost', 'ServiceUnavailable', '08000', 'connection lost');
      return 'rows';
    });
    expect(answer).toBe('rows');
    expect(calls).toBe(3);
  });

  it('gives up after its last retry with the transient error', async () => {
    let calls = 0;
    await expect(
      withRetries(async () => {
        calls++;
        throw new Neo4jError('database unavailable', 'ServiceUnavailable', '08000', 'database unavailable');
      }),
    ).rejects.toThrow('database unavailable');
    expect(calls).toBe(4); // the first try and three retries
  });

  it('does not retry an error in the query itself', async () => {
    let calls = 0;
    await expect(
      withRetries(async () => {
        calls++;
        throw new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax error');
      }),
    ).rejects.toThrow('Invalid input');
    expect(calls).toBe(1);
  });
});
