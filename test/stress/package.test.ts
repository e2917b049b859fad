// Stress (npm run stress): the package packed with `npm pack` and installed from its tarball in an
// empty project: no install script runs or is even declared, and the command works.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (command: string, args: string[], cwd: string) => {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 600_000 });
  if (r.error) throw r.error;
  return r;
};

describe('the published package', () => {
  it('installs from its tarball without running or declaring a script, and runs', () => {
    const pack = run('npm', ['pack', '--pack-destination', work], ROOT);
    expect(pack.status).toBe(0);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const app = path.join(work, 'app');
    run('mkdir', ['-p', app], work);
    writeFileSync(path.join(app, 'package.json'), '{"name": "app", "version": "1.0.0", "private": true}\n');
    const install = run('npm', ['install', '--foreground-scripts', '--no-audit', '--no-fund', path.join(work, tarball)], app);
    expect(install.status).toBe(0);
    // npm prints each script it runs (foreground) and warns about packages that declare install scripts, listing
    // each (npm 11 lists better-sqlite3, a dependency that builds its binding): claimcheck runs and is listed as none.
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/claimcheck@[\d.]+ (preinstall|install|postinstall|prepare)|install-scripts\s+claimcheck@/);

    writeFileSync(path.join(app, 'a.md'), 'The repository `acme/widget` has over 3,000 GitHub stars.\n');
    writeFileSync(path.join(app, 'b.md'), 'Since launch, `acme/widget` has garnered over 9,000 stars.\n');
    const check = run('npx', ['--no-install', 'claimcheck', 'a.md', 'b.md'], app);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('error  numeric-mismatch  acme/widget GitHub stars: over 3,000 vs over 9,000');

    const bare = run('npx', ['--no-install', 'claimcheck'], app);
    expect([bare.status, bare.stderr]).toEqual([2, 'claimcheck: no paths given: name the files, folders or globs to check (claimcheck <path>...), or see claimcheck --help\n']);
  });
});
