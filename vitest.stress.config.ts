import { defineConfig } from 'vitest/config';

// `npm run stress`: long runs on full-size hostile, large and pathological input, kept out of `npm test`.
export default defineConfig({
  test: {
    include: ['test/stress/**/*.stress.ts', 'test/stress/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    maxWorkers: 1,
    // Removes the helpers' temp folders after each file (test/helpers/setup.ts).
    setupFiles: ['test/helpers/setup.ts'],
  },
});
