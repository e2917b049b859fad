// The package as published: installing it runs no script (the build runs on prepack), its links are
// the ones the tool prints, it carries its licence. `npm run stress` packs and installs it for real
// (test/stress/package.test.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_CONFIG } from '../src/cli/config.js';
import { docsUrl } from '../src/rules/rule.js';
import { ROOT } from './helpers/cli.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  license: string;
  homepage: string;
  repository: { type: string; url: string };
  bugs: { url: string };
  files: string[];
  scripts: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

describe('package.json', () => {
  it('has no script that runs when the package is installed; the build runs on prepack', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish']) expect(pkg.scripts[hook]).toBeUndefined();
    expect(pkg.scripts.prepack).toBe('npm run build');
  });

  it('approves, in allowScripts, the install script of every dependency the lockfile says has one (npm 12 runs no other)', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript === true)
      .map(([where]) => where.replace(/^.*node_modules\//, ''))
      .sort();
    expect(withScripts.length).toBeGreaterThan(0);
    expect(Object.keys(pkg.allowScripts).sort()).toEqual(withScripts);
    for (const name of withScripts) expect(pkg.allowScripts[name]).toBe(true);
  });

  it('points repository, homepage and bugs at the repository whose URLs the tool prints', () => {
    const web = 'https://github.com/claimcheck/claimcheck';
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${web}.git` });
    expect(pkg.homepage).toBe(`${web}#readme`);
    expect(pkg.bugs).toEqual({ url: `${web}/issues` });
    expect(docsUrl('numeric-mismatch')).toBe(`${web}/blob/main/src/rules/numeric-mismatch.ts`);
    expect(STARTER_CONFIG).toContain(`(${web}#configuration)`);
  });

  it('ships its MIT licence, the command, the build, the schema and the guide’s example pack', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(pkg.files).toEqual(['bin', 'dist', 'schema', 'fixtures/guide']);
  });
});
