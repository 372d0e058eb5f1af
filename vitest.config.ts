import { defineConfig } from 'vitest/config';

// Three tiers (STYLE.md §4): unit tests of the pure method, medium tests on a real
// database (PGlite and a throwaway PostgreSQL server), and browser journeys.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/domain/**/*.test.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'pglite',
          include: ['test/{db,server,jobs,cli,demo}/**/*.test.ts'],
          env: { ABREAST_TEST_DB: 'pglite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: ['test/{db,server,jobs,cli,demo}/**/*.test.ts'],
          env: { ABREAST_TEST_DB: 'postgres' },
          globalSetup: ['test/support/postgres-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/e2e-server.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
