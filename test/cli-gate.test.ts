// End-to-end tests of the CI gate's messages: the summary line says why the exit code is what it
// is, nothing an option leaves out goes unsaid, no option is a silent no-op, and baselines (grown
// conflicts, the smallest shape, a missing file on first use) are handled as the README says.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, expectValid, FIX, tempDir, validateReport, type JsonReport } from './helpers/cli.js';
import { spawnSync } from 'node:child_process';

/** Three repositories whose star counts disagree between a.md and b.md: three numeric-mismatch conflicts. */
function threeConflicts(config = '# defaults\n'): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, '.claimcheckrc.yml'), config);
  const names = ['widget', 'gadget', 'gizmo'];
  writeFileSync(path.join(dir, 'a.md'), names.map((n) => `The repository \`acme/${n}\` has over 3,000 GitHub stars.\n`).join('\n'));
  writeFileSync(path.join(dir, 'b.md'), names.map((n) => `Since launch, \`acme/${n}\` has garnered over 9,000 stars.\n`).join('\n'));
  return dir;
}

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

describe('the summary line says why the exit code is what it is', () => {
  it('a missing path: exit 2, never "✔", and its error is printed once in a terminal', () => {
    const r = cli(['conflict/a.md', 'missing.md']);
    expect(r).toEqual({
      status: 2,
      stdout: 'missing.md: error: no such file or folder\n\n✖ no conflicts in 2 files, 1 claim: exit 2, 1 file could not be checked\n',
      stderr: 'claimcheck: missing.md: no such file or folder\n',
    });
  });

  it.runIf(existsSync('/usr/bin/script'))('in a terminal the pretty report lists a file error once, not again on stderr', () => {
    // script(1) gives the command a terminal for stdout and stderr, as a person running it has.
    const r = spawnSync('/usr/bin/script', ['-qec', `${process.execPath} ${BIN} conflict/a.md missing.md --no-color`, '/dev/null'], {
      cwd: FIX,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const lines = r.stdout.replace(/\r/g, '').split('\n').filter((l) => l !== '');
    expect(lines).toEqual(['missing.md: error: no such file or folder', '✖ no conflicts in 2 files, 1 claim: exit 2, 1 file could not be checked']);
  });

  it('--fail-on none with more warnings than --max-warnings: exit 1, and the line says so', () => {
    const dir = threeConflicts('rules:\n  numeric-mismatch: warning\n');
    const r = cli(['.', '--fail-on', 'none', '--max-warnings', '2'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(lastLine(r.stdout)).toBe('✖ 3 conflicts (0 errors, 3 warnings, 0 info) in 2 files, 6 claims: exit 1, 3 warnings, more than --max-warnings 2');
    expect(lastLine(cli(['.', '--fail-on', 'none', '--max-warnings', '3'], { cwd: dir }).stdout)).toBe(
      '✖ 3 conflicts (0 errors, 3 warnings, 0 info) in 2 files, 6 claims: exit 0, --fail-on none',
    );

    // --quiet hides the warnings but the gate counts them: the report says both.
    const quiet = cli(['.', '-q', '--max-warnings', '0'], { cwd: dir });
    expect(quiet).toEqual({
      status: 1,
      stdout: '3 conflicts below --fail-on not shown (--quiet)\n✖ no conflicts in 2 files, 6 claims: exit 1, 3 warnings (not shown: --quiet), more than --max-warnings 0\n',
      stderr: '',
    });
    const json = JSON.parse(cli(['.', '-q', '--max-warnings', '0', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    expectValid(validateReport, json);
    expect([json.conflicts.length, json.omitted]).toEqual([0, { quiet: 3 }]);
  });

  it('--new says how many conflicts it left out, in every format', () => {
    const dir = threeConflicts();
    writeFileSync(path.join(dir, 'c.md'), 'The repository `acme/widget` has over 20,000 GitHub stars.\n');
    const r = cli(['.', '--new', 'c.md'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n').slice(-3)).toEqual([
      '2 conflicts with no side in the new or changed files not shown (--new, --changed-since)',
      '✖ 1 conflict (1 error, 0 warnings, 0 info) in 3 files, 7 claims: exit 1, 1 conflict at or above --fail-on error',
      '',
    ]);
    const json = JSON.parse(cli(['.', '--new', 'c.md', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    expectValid(validateReport, json);
    expect([json.conflicts.map((c) => c.entity.id), json.omitted]).toEqual([['acme/widget'], { outsideNew: 2 }]);
    expect(cli(['.', '--new', 'c.md', '--format', 'markdown'], { cwd: dir }).stdout).toContain(
      '\n- 2 conflicts with no side in the new or changed files not shown (--new, --changed-since)\n',
    );
  });
});

describe('a gate shows the archive\'s claims stated alike once', () => {
  /** An archive in which two articles state one figure the same way, a third another way, and a new article disagrees. */
  function archive(): string {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), 'The repository `acme/widget` has over 3,000 GitHub stars.\n');
    writeFileSync(path.join(dir, 'b.md'), '# Tools we use\n\nBy now `acme/widget` has over 3,000 GitHub stars.\n');
    writeFileSync(path.join(dir, 'c.md'), 'The repository `acme/widget` has over 3,100 GitHub stars.\n');
    writeFileSync(path.join(dir, 'new.md'), 'The repository `acme/widget` has over 20,000 GitHub stars.\n');
    return dir;
  }

  it('--new: the first of the claims stated alike stands for the others, counted, in every format', () => {
    const dir = archive();
    const json = JSON.parse(cli(['.', '--new', 'new.md', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    expectValid(validateReport, json);
    expect(json.conflicts.map((c) => c.claims.map((claim) => [claim.file, claim.line, claim.quote, claim.alike]))).toEqual([
      [
        ['a.md', 1, 'over 3,000 GitHub stars', 1],
        ['c.md', 1, 'over 3,100 GitHub stars', undefined],
        ['new.md', 1, 'over 20,000 GitHub stars', undefined],
      ],
    ]);
    const pretty = cli(['.', '--new', 'new.md'], { cwd: dir }).stdout;
    expect(pretty.split('\n').filter((l) => l.includes('a.md:'))).toEqual(['  a.md:1:34    “over 3,000 GitHub stars”  (prose)  and 1 other archived place alike']);
    expect(cli(['.', '--new', 'new.md', '--format', 'github'], { cwd: dir }).stdout).toContain('(this side and 1 other archived place alike)');
    expect(cli(['.', '--new', 'new.md', '--format', 'markdown'], { cwd: dir }).stdout).toContain('| prose, and 1 other archived place alike |');
  });

  it("explain --new finds a gate's conflict, whose id a full run does not give", () => {
    const dir = archive();
    const json = JSON.parse(cli(['.', '--new', 'new.md', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    const id = json.conflicts[0]!.id;
    const explained = cli(['explain', id, '.', '--new', 'new.md'], { cwd: dir });
    expect(explained.status).toBe(0);
    expect(explained.stdout).toContain('\n  at:        a.md:1:34 (prose, asserted), and 1 other archived place alike\n');
    expect(cli(['explain', id, '.'], { cwd: dir })).toMatchObject({ status: 2, stderr: `claimcheck: no conflict with id ${id} in these files\n` });
  });

  it('a full run without --new lists every claim', () => {
    const json = JSON.parse(cli(['.', '--format', 'json'], { cwd: archive() }).stdout) as JsonReport;
    expect(json.conflicts.map((c) => c.claims.map((claim) => claim.file))).toEqual([['a.md', 'b.md', 'c.md', 'new.md']]);
  });
});

describe('no silent no-ops', () => {
  it('--cache-location without --cache uses a cache there', () => {
    const dir = threeConflicts();
    const first = cli(['.', '--cache-location', 'cache/readings'], { cwd: dir });
    expect(first.status).toBe(1);
    expect(readFileSync(path.join(dir, 'cache', 'readings'), 'utf8')).toContain('a.md');
    expect(cli(['.', '--cache-location', 'cache/readings'], { cwd: dir }).stdout).toBe(first.stdout);
  });

  it('--new naming a file that does not exist, or a folder of ignored files, is an error (exit 2) the summary explains', () => {
    const dir = threeConflicts();
    const missing = cli(['.', '--new', 'nothere.md'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('claimcheck: nothere.md: no such file or folder\n');
    expect(lastLine(missing.stdout)).toBe('✖ no conflicts in 3 files, 6 claims: exit 2, 1 file could not be checked');

    mkdirSync(path.join(dir, 'drafts'));
    writeFileSync(path.join(dir, 'drafts', 'd.md'), 'The repository `acme/widget` has over 50,000 GitHub stars.\n');
    writeFileSync(path.join(dir, '.claimcheckignore'), 'drafts/\n');
    const ignored = cli(['.', '--new', 'drafts/'], { cwd: dir });
    expect(ignored.status).toBe(2);
    expect(ignored.stderr).toContain('claimcheck: drafts: no .md, .markdown, .mdx or .txt files found');
    expect(lastLine(ignored.stdout)).toBe('✖ no conflicts in 3 files, 6 claims: exit 2, 1 file could not be checked');
  });
});

describe('baselines', () => {
  /** Two articles that disagree, a baseline accepting that, then a third article that disagrees with both. */
  function grown(): string {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.claimcheckrc.yml'), '# defaults\n');
    writeFileSync(path.join(dir, 'a.md'), 'The repository `acme/widget` has over 3,000 GitHub stars.\n');
    writeFileSync(path.join(dir, 'b.md'), 'Since launch, `acme/widget` has garnered over 9,000 stars.\n');
    expect(cli(['.', '--write-baseline', 'baseline.json'], { cwd: dir }).status).toBe(0);
    writeFileSync(path.join(dir, 'e.md'), 'Today `acme/widget` has over 20,000 stars.\n');
    return dir;
  }

  it('a baselined conflict that gains a side is reported once, its new side marked, and not as fixed', () => {
    const dir = grown();
    const r = cli(['.', '--baseline', 'baseline.json'], { cwd: dir });
    expect(r).toEqual({
      status: 1,
      stdout: [
        'error  numeric-mismatch  acme/widget GitHub stars: over 3,000 vs over 9,000 vs over 20,000',
        '  a.md:1:34  “over 3,000 GitHub stars”  (prose)',
        '  b.md:1:42  “over 9,000 stars”  (prose)',
        '+ e.md:1:25  “over 20,000 stars”  (prose)',
        '',
        '1 baselined conflict has a new side, reported above (marked +)',
        '✖ 1 conflict (1 error, 0 warnings, 0 info) in 3 files, 3 claims: exit 1, 1 conflict at or above --fail-on error',
        '',
      ].join('\n'),
      stderr: '',
    });
    const json = JSON.parse(cli(['.', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    expectValid(validateReport, json);
    expect(json.conflicts).toHaveLength(1);
    expect(json.baseline).toEqual({
      file: 'baseline.json',
      matched: 0,
      fixed: [],
      grown: [{ fingerprint: expect.any(String), conflict: json.conflicts[0]!.id, newClaims: [{ file: 'e.md', line: 1, column: 25 }] }],
    });
    expect(cli(['.', '--baseline', 'baseline.json', '--format', 'markdown'], { cwd: dir }).stdout).toContain('| `e.md:1:25` | “over 20,000 stars” | prose, new side |');
  });

  it('with --new, a baselined conflict whose archived sides are shown once (stated alike) has grown, and is not fixed', () => {
    const dir = grown();
    writeFileSync(path.join(dir, 'c.md'), 'The repository `acme/widget` has over 3,000 GitHub stars.\n');
    rmSync(path.join(dir, 'e.md'));
    expect(cli(['.', '--write-baseline', 'baseline.json'], { cwd: dir }).status).toBe(0);
    writeFileSync(path.join(dir, 'e.md'), 'Today `acme/widget` has over 20,000 stars.\n');
    const json = JSON.parse(cli(['.', '--new', 'e.md', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    expect(json.conflicts.map((c) => c.claims.map((claim) => [claim.file, claim.alike]))).toEqual([
      [
        ['a.md', 1],
        ['b.md', undefined],
        ['e.md', undefined],
      ],
    ]);
    expect(json.baseline).toEqual({
      file: 'baseline.json',
      matched: 0,
      fixed: [],
      grown: [{ fingerprint: expect.any(String), conflict: json.conflicts[0]!.id, newClaims: [{ file: 'e.md', line: 1, column: 25 }] }],
    });
  });

  it('a conflict that lost a side since the baseline stays accepted', () => {
    const dir = grown();
    expect(cli(['.', '--write-baseline', 'baseline.json'], { cwd: dir }).status).toBe(0);
    writeFileSync(path.join(dir, 'e.md'), 'Nothing about stars.\n');
    const json = JSON.parse(cli(['.', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    expect([json.conflicts, json.baseline]).toEqual([[], { file: 'baseline.json', matched: 1, fixed: [] }]);
  });

  it('the smallest shape the error message shows is read: pretty and JSON work, and JSON is schema-valid', () => {
    const dir = grown();
    writeFileSync(path.join(dir, 'min.json'), '{"version": 1, "conflicts": [{"fingerprint": "0123abcd"}]}\n');
    const pretty = cli(['.', '--baseline', 'min.json'], { cwd: dir });
    expect(pretty.status).toBe(1);
    expect(pretty.stdout).toContain('\n1 baselined conflict is no longer found (fixed):\n  fingerprint 0123abcd\n');
    const json = JSON.parse(cli(['.', '--baseline', 'min.json', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    expectValid(validateReport, json);
    expect(json.baseline!.fixed).toEqual([{ fingerprint: '0123abcd', rule: '', entity: '', attribute: '', message: '' }]);

    writeFileSync(path.join(dir, 'bad.json'), '{"version": 1, "conflicts": [{"fingerprint": "0123abcd", "rule": 7}]}\n');
    expect(cli(['.', '--baseline', 'bad.json'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'claimcheck: bad.json: not a claimcheck baseline: conflicts[0].rule is not a string (expected {"version": 1, "conflicts": [{"fingerprint": "…"}, …]})\n',
    });
  });

  it('a missing baseline (the first run of a CI gate) says how to write one', () => {
    const dir = grown();
    expect(cli(['.', '--baseline', 'none.json'], { cwd: dir })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'claimcheck: none.json: no such baseline; accept the conflicts found today with `claimcheck <paths> --write-baseline none.json` and commit the file\n',
    });
  });
});
