import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Long stress runs: npm run stress (vitest.stress.config.ts).
    exclude: ['test/stress/**', 'node_modules/**'],
    testTimeout: 30_000,
    // Two cores: one worker per core.
    maxWorkers: 2,
  },
});
