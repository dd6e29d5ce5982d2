import { defineConfig } from 'vitest/config';
import { PlainSummaryReporter } from './test/reporters/plain-summary.ts';

// Two projects (STYLE.md section 6): `unit` never touches the network or a driver; `integration` runs
// against a real Neo4j, one file at a time, started (or reused via NEO4J_URI) once by the global setup.
export default defineConfig({
  // One graphql instance only: type-graphql require()s the CommonJS build, so ESM imports must get it too
  // (otherwise graphql-js refuses types "from another module or realm").
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    reporters: ['default', new PlainSummaryReporter()],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/setup/reflect-metadata.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.int.test.ts'],
          setupFiles: ['test/setup/reflect-metadata.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          setupFiles: ['test/setup/reflect-metadata.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
