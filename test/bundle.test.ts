// The build's bundle (scripts/bundle.js) as bin/claimcheck.js loads it (bin/load-cli.js): one CommonJS
// file with the V8 code cache the build wrote (scripts/code-cache.js), and the reader threads' entry
// beside it. The CLI tests check what the bundled command prints; these check what it is made of.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const BUNDLE = path.join(ROOT, 'dist', 'bundle');

describe('the bundled command line', () => {
  it('is compiled with the code cache the build wrote: the Node that builds accepts it', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "const { loadCli } = await import('./bin/load-cli.js'); const { exports, cacheRejected } = loadCli(); console.log(JSON.stringify({ run: typeof exports.run, cacheRejected }));"], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ run: 'function', cacheRejected: false });
  });

  it('holds no import() (vm.Script has none) and requires only Node’s own modules and the index’s two externals', () => {
    const source = readFileSync(path.join(BUNDLE, 'cli.cjs'), 'utf8');
    expect(source).not.toMatch(/\bimport\(/);
    const required = new Set([...source.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
    expect([...required].filter((name) => !builtinModules.includes(name.replace(/^node:/, '')))).toEqual(['pg']);
    // better-sqlite3 through createRequire (src/index/sqlite.ts), from node_modules, when an index is opened.
    expect(source).toContain('(__bundleUrl)("better-sqlite3")');
  });

  it('has the reader threads’ entry beside it, where src/input/threads/pool.ts starts it', () => {
    const worker = readFileSync(path.join(BUNDLE, 'reader-worker.js'), 'utf8');
    expect(worker).toContain('parentPort');
    expect(readFileSync(path.join(ROOT, 'src', 'input', 'threads', 'pool.ts'), 'utf8')).toContain("new URL('./reader-worker.js', import.meta.url)");
  });
});
