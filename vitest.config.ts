import { defineConfig } from 'vitest/config';

// Two tiers: unit tests (no services; CoreNLP output comes from recorded fixtures) and
// integration tests (*.int.test.ts) against the real Neo4j and CoreNLP, which the global
// setup starts once per run (or reuses) and stops afterwards if it started them.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: ['**/*.int.test.ts'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['test/int/**/*.int.test.ts'],
          globalSetup: ['test/int/global-setup.ts'],
          // One shared test database: files run one after another, each cleaning its own data.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
