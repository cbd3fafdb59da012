import { defineConfig } from 'vitest/config';

export default defineConfig({
  // @actions/workflow-parser ships source maps without their sources: Vite would warn about each file.
  logLevel: 'error',
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
