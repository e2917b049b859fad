// Loads the bundled command line, dist/bundle/cli.cjs (scripts/bundle.js), with the V8 code cache the
// build wrote beside it (dist/bundle/cli.cache, scripts/code-cache.js): V8 then takes the compiled code
// of the functions a check runs from the cache instead of compiling them again in every run. A cache V8
// refuses (another Node version, other V8 flags, a bundle rebuilt since) costs that time back, nothing else.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

// Each of the extractors' regular expressions is compiled at its first use; by default V8 compiles it twice (bytecode
// for the first run, then machine code), and the large word-list patterns cost tens of milliseconds a compile. Straight to
// machine code halves what a run spends compiling them; matching is the same. Set on import, before the bundle is
// compiled (by scripts/code-cache.js too), so that the code cache is written and read under the same flags; the reader
// threads share the process's flags. scripts/bench.js imports it to run the pipeline in-process as the command runs.
export const V8_FLAGS = '--no-regexp-tier-up';
v8.setFlagsFromString(V8_FLAGS);

export const BUNDLE = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
export const CODE_CACHE = path.join(path.dirname(BUNDLE), 'cli.cache');

/** The bundle's exports (`run`) and its vm.Script (scripts/code-cache.js asks it for the cache). */
export function loadCli({ useCache = true } = {}) {
  let source;
  try {
    source = readFileSync(BUNDLE, 'utf8');
  } catch (error) {
    if (error?.code === 'ENOENT') throw Object.assign(new Error(`not built: ${BUNDLE}`), { code: 'CLAIMCHECK_NOT_BUILT' });
    throw error;
  }
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(CODE_CACHE);
    } catch {
      cachedData = undefined;
    }
  }
  // The file is CommonJS's function wrapper around the bundle (scripts/bundle.js), in strict mode.
  const script = new vm.Script(source, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return { exports: module.exports, script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}
