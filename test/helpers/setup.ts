// Run before each test file (vitest.config.ts setupFiles). Test files share a worker's modules
// (isolate: false), so a helper's module-level hook would run for the first file only: per-file
// clean-up is registered here, where it runs for every file.
import { afterAll } from 'vitest';
import { removeTempDirs } from './cli.js';

afterAll(removeTempDirs);
