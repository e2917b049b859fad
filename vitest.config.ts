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
    // Test files share their worker's modules instead of importing the sources anew for each file
    // (a fifth of npm test's CPU went to that). What src/ keeps between calls is caches and scratch
    // buffers, which change no result; per-file clean-up is in the setup file, run for every file.
    isolate: false,
    setupFiles: ['test/helpers/setup.ts'],
  },
});
