import { defineConfig } from 'vitest/config';

// npm run stress: long runs on large and pathological inputs, kept out of npm test.
export default defineConfig({
  test: {
    include: ['test/stress/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    maxWorkers: 2,
  },
});
