import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Long stress runs: npm run stress (vitest.stress.config.ts).
    exclude: ['test/stress/**', 'node_modules/**'],
    // A guard against a hang, not a bound on speed: a loaded machine runs CLI tests (many spawns) slowly.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two cores: one worker per core.
    maxWorkers: 2,
  },
});
