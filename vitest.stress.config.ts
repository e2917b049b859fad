import { defineConfig } from 'vitest/config';

// `npm run stress`: long runs on full-size hostile input, kept out of `npm test`.
export default defineConfig({
  test: {
    include: ['test/stress/**/*.stress.ts'],
    testTimeout: 600_000,
    maxWorkers: 1,
  },
});
