// Shared by the reader tests: fixture paths and a way to catch the InputError a read throws.
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { InputError } from '../../../src/extract/types.ts';

export const SEED = fileURLToPath(new URL('../../../seeds/2025-06-10-gaza-ceasefire-talks.txt', import.meta.url));

export function fixture(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/articles/${name}`, import.meta.url));
}

/** A short English report that passes every check. */
export const ENGLISH =
  'The foreign minister said on Tuesday that the talks with the mediators would resume next week in Cairo.';

/** The InputError that `read` throws (the test fails when it throws nothing or another error). */
export function refusal(read: () => unknown): InputError {
  let error: unknown;
  try {
    read();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

export async function asyncRefusal(read: () => Promise<unknown>): Promise<InputError> {
  let error: unknown;
  try {
    await read();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}
