// Stress (npm run stress): the README's CI recipe followed to the end, as a runner would: a fresh
// clone of this repository (its committed HEAD) built outside the workspace, a repository of
// articles with a committed baseline, a pull request that adds a contradicting article, then each
// `run:` step of the workflow in the README, in order, with `${{ github.base_ref }}` = main.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-ci-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sh = (script: string, cwd: string, env: Record<string, string> = {}) => {
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', script], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 900_000 });
  if (r.error) throw r.error;
  return r;
};

describe("the README's CI recipe", () => {
  it('runs as written: the new conflict is annotated, the baselined one is not, SARIF is written', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const workflow = parseYaml(/## In CI[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!) as { jobs: { facts: { steps: { name?: string; run?: string }[] } } };
    const steps = workflow.jobs.facts.steps.filter((s) => s.run !== undefined);
    expect(steps.map((s) => s.name)).toEqual(['Install claimcheck', 'New conflicts only, as annotations', 'SARIF for code scanning']);

    // The articles' repository: two articles that disagree, accepted in a committed baseline, on main.
    const site = path.join(work, 'site');
    const runnerTemp = path.join(work, 'runner-temp');
    mkdirSync(path.join(site, 'articles'), { recursive: true });
    mkdirSync(runnerTemp);
    writeFileSync(path.join(site, 'articles', 'a.md'), 'The repository `acme/widget` has over 3,000 GitHub stars.\n');
    writeFileSync(path.join(site, 'articles', 'b.md'), 'Since launch, `acme/widget` has garnered over 9,000 stars.\n');
    const git = 'git -c user.name=ci -c user.email=ci@example.invalid';
    expect(sh(`git init -q -b main && ${git} add . && ${git} commit -qm articles`, site).status).toBe(0);

    // The install step, with this repository for GitHub's.
    const install = steps[0]!.run!.replace('https://github.com/claimcheck/claimcheck', `file://${ROOT}`);
    const installed = sh(install, site, { RUNNER_TEMP: runnerTemp });
    expect(installed.status, installed.stderr).toBe(0);

    // Before the first run (README): write the baseline and commit it; origin/main is that commit.
    const bin = path.join(runnerTemp, 'claimcheck', 'bin', 'claimcheck.js');
    expect(sh(`node "${bin}" articles/ --write-baseline .claimcheck-baseline.json`, site).status).toBe(0);
    expect(sh(`${git} add . && ${git} commit -qm baseline && git update-ref refs/remotes/origin/main main`, site).status).toBe(0);

    // The pull request: a new article that contradicts the accepted figures of another repository and adds a new conflict.
    writeFileSync(path.join(site, 'articles', 'c.md'), 'The repository `acme/gadget` has over 500 GitHub stars.\n');
    writeFileSync(path.join(site, 'articles', 'd.md'), 'The repository `acme/gadget` has over 4,000 GitHub stars.\n');
    expect(sh(`git checkout -qb pr && ${git} add . && ${git} commit -qm 'new articles'`, site).status).toBe(0);

    const step = (i: number) => sh(steps[i]!.run!.replaceAll('${{ github.base_ref }}', 'main'), site, { RUNNER_TEMP: runnerTemp });
    const annotations = step(1);
    expect(annotations.status).toBe(1);
    expect(annotations.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^::error file=articles\/c\.md,line=1,col=\d+,.*title=numeric-mismatch::acme\/gadget GitHub stars: over 500 vs over 4,000%0Aarticles\/d\.md:1:\d+ “over 4,000 GitHub stars”$/),
    ]);

    const sarif = step(2);
    expect(sarif.status).toBe(0);
    const log = JSON.parse(readFileSync(path.join(site, 'claimcheck.sarif'), 'utf8')) as { runs: { results: { message: { text: string } }[] }[] };
    expect(log.runs[0]!.results.map((r) => r.message.text)).toEqual(['acme/gadget GitHub stars: over 500 vs over 4,000']);
  });
});
