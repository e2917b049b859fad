// End-to-end tests of the command: spawns `node bin/claimcheck.js` (the compiled CLI; `npm test` builds
// first) on the small articles in fixtures/cli/ and checks stdout, stderr and the exit code.

import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli, copyFixture, env, expectValid, FIX, ROOT, tempDir, validateConflict, validateReport, validateSarif, VERSION, type JsonReport } from './helpers/cli.js';

const ESC = '\u001b[';
const ANSI = /\u001b\[[0-9;]*m/g;
const MARKER = 'claimcheck-pwned.txt';

/** The pretty report of fixtures/cli/conflict, run from fixtures/cli. */
const CONFLICT_PRETTY = [
  'error  numeric-mismatch  acme/widget GitHub stars: over 3,000 vs over 9,000',
  '  conflict/a.md:3:34  “over 3,000 GitHub stars”  (prose)',
  '  conflict/b.md:3:42  “over 9,000 stars”  (prose)',
  '',
  '✖ 1 conflict (1 error, 0 warnings, 0 info) in 2 files, 2 claims: exit 1, 1 conflict at or above --fail-on error',
  '',
].join('\n');

const CONFLICT_SUMMARY = { files: 2, claims: 2, conflicts: 1, error: 1, warning: 0, info: 0 };

function places(report: JsonReport): { rule: string; severity: string; claims: string[] }[] {
  return report.conflicts.map((c) => ({
    rule: c.rule,
    severity: c.severity,
    claims: c.claims.map((claim) => `${claim.file}:${claim.line}:${claim.column} ${claim.quote}`),
  }));
}

describe('pretty format (default)', () => {
  it('prints each conflict with its places and quotes, the summary, and exits 1; no colour with FORCE_COLOR=0', () => {
    const r = cli(['conflict']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(CONFLICT_PRETTY);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stderr).toBe('');
  });

  it('colours the report with FORCE_COLOR=1 and the same text underneath', () => {
    const r = cli(['conflict'], { env: env({ FORCE_COLOR: '1' }) });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${ESC}31merror${ESC}39m`);
    expect(r.stdout.replace(ANSI, '')).toBe(CONFLICT_PRETTY);
  });

  it('has no colour with NO_COLOR=1, nor with --no-color even when FORCE_COLOR=1', () => {
    const noColor = cli(['conflict'], { env: env({ NO_COLOR: '1' }) });
    expect(noColor.status).toBe(1);
    expect(noColor.stdout).toBe(CONFLICT_PRETTY);

    const flag = cli(['conflict', '--no-color'], { env: env({ FORCE_COLOR: '1' }) });
    expect(flag.status).toBe(1);
    expect(flag.stdout).toBe(CONFLICT_PRETTY);
  });

  it('exits 0 on articles that agree', () => {
    const r = cli(['clean']);
    expect(r).toEqual({ status: 0, stdout: '✔ no conflicts in 2 files, 2 claims\n', stderr: '' });
  });
});

describe('the exit code gate', () => {
  it('--fail-on none exits 0, still reports the conflict, and says why it exits 0', () => {
    const r = cli(['conflict', '--fail-on', 'none']);
    expect(r).toEqual({
      status: 0,
      stdout: CONFLICT_PRETTY.replace(': exit 1, 1 conflict at or above --fail-on error', ': exit 0, --fail-on none'),
      stderr: '',
    });
  });

  it('warnings: --fail-on warning, --max-warnings and --quiet (rule severities from a config)', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.claimcheckrc.yml'), 'rules:\n  numeric-mismatch: warning\n');
    copyFixture('conflict', path.join(dir, 'articles'));
    copyFixture('mixed', path.join(dir, 'mixed'));

    // The config turns the conflict into a warning: exit 0 with the default --fail-on error.
    const warned = cli(['articles'], { cwd: dir });
    expect(warned.status).toBe(0);
    expect(warned.stdout).toBe(
      [
        'warning  numeric-mismatch  acme/widget GitHub stars: over 3,000 vs over 9,000',
        '  articles/a.md:3:34  “over 3,000 GitHub stars”  (prose)',
        '  articles/b.md:3:42  “over 9,000 stars”  (prose)',
        '',
        '✖ 1 conflict (0 errors, 1 warning, 0 info) in 2 files, 2 claims: exit 0, none at or above --fail-on error',
        '',
      ].join('\n'),
    );

    expect(cli(['articles', '--fail-on', 'warning'], { cwd: dir }).status).toBe(1);
    expect(cli(['articles', '--max-warnings', '0'], { cwd: dir }).status).toBe(1);
    expect(cli(['articles', '--max-warnings', '1'], { cwd: dir }).status).toBe(0);

    // mixed/: one numeric-mismatch (now a warning) and one categorical-exclusive error.
    const quiet = cli(['mixed', '--quiet'], { cwd: dir });
    expect(quiet.status).toBe(1);
    expect(quiet.stdout).toBe(
      [
        'error  categorical-exclusive  Acme-Gadget-7B architecture: moe vs dense',
        '  mixed/a.md:5:21  “Mixture-of-Experts”  (prose)',
        '  mixed/b.md:5:21  “dense”  (prose)',
        '',
        '1 conflict below --fail-on not shown (--quiet)',
        '✖ 1 conflict (1 error, 0 warnings, 0 info) in 2 files, 4 claims: exit 1, 1 conflict at or above --fail-on error',
        '',
      ].join('\n'),
    );
    expect(quiet.stderr).toBe('');

    const quietJson = cli(['mixed', '--quiet', '--fail-on', 'warning', '--format', 'json'], { cwd: dir });
    expect(quietJson.status).toBe(1);
    const report = JSON.parse(quietJson.stdout) as JsonReport;
    expectValid(validateReport, report);
    expect(report.conflicts.map((c) => [c.rule, c.severity]).sort()).toEqual([
      ['categorical-exclusive', 'error'],
      ['numeric-mismatch', 'warning'],
    ]);
    expect(report.summary).toEqual({ files: 2, claims: 4, conflicts: 2, error: 1, warning: 1, info: 0 });
  });
});

describe('a run that reads little, and the place explain shows', () => {
  it('says the built-in pack knows the AI industry when it read fewer claims than files, and not once a pack of the user is loaded', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), '# Halden Grill\n\nHalden Grill runs 214 stores in Ardenia.\n');
    writeFileSync(path.join(dir, 'b.md'), '# Talvik\n\nTalvik sells burgers.\n');
    writeFileSync(path.join(dir, 'c.md'), '# Notes\n\nA quiet year.\n');
    expect(cli(['.'], { cwd: dir })).toEqual({
      status: 0,
      stdout: 'only 1 claim was read in 3 files: the built-in pack knows the AI industry; for another field, write a pack (README, Writing a pack)\n✔ no conflicts in 3 files, 1 claim\n',
      stderr: '',
    });
    writeFileSync(path.join(dir, 'diners.yml'), 'name: diners\nentities:\n  - {id: talvik, name: Talvik, type: organization, aliases: [Talvik]}\n');
    writeFileSync(path.join(dir, '.claimcheckrc.yml'), 'packs: [./diners.yml]\n');
    // With a pack of the user's, the note names the files that gave nothing instead (b.md names Talvik, which the pack knows).
    expect(cli(['.'], { cwd: dir }).stdout).toBe(
      '1 file gave no claim (c.md): the packs in use know none of its names or words (README, Writing a pack)\n' +
        '1 file gave no claim though it holds names or words the packs in use know (b.md): nothing beside them was read as a figure, a value or an event (`claimcheck claims` lists what is read)\n' +
        '✔ no conflicts in 3 files, 1 claim\n',
    );
  });

  it('an empty file (blanks only, or front matter only) is said to be empty, not to hold words no pack knows', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'diners.yml'), 'name: diners\nentities:\n  - {id: talvik, name: Talvik, type: organization, aliases: [Talvik]}\n');
    writeFileSync(path.join(dir, '.claimcheckrc.yml'), 'packs: [./diners.yml]\n');
    writeFileSync(path.join(dir, 'a.md'), '# Notes\n\nA quiet year.\n');
    writeFileSync(path.join(dir, 'b.md'), '');
    writeFileSync(path.join(dir, 'c.md'), '---\ntitle: Draft\n---\n\n  \n');
    expect(cli(['.'], { cwd: dir }).stdout).toBe(
      'no claim was read\n' +
        '2 files are empty, front matter aside (b.md, c.md): nothing to read\n' +
        '1 file gave no claim (a.md): the packs in use know none of its names or words (README, Writing a pack)\n' +
        '✔ no conflicts in 3 files, 0 claims\n',
    );
  });

  it('a run that read no claim says the packs know none of the files\' words only when none holds a word they know', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'diners.yml'), 'name: diners\nentities:\n  - {id: talvik, name: Talvik, type: organization, aliases: [Talvik]}\n');
    writeFileSync(path.join(dir, '.claimcheckrc.yml'), 'packs: [./diners.yml]\n');
    writeFileSync(path.join(dir, 'a.md'), '# Notes\n\nTalvik sells burgers.\n');
    writeFileSync(path.join(dir, 'b.md'), '# Notes\n\nA quiet year.\n');
    expect(cli(['.'], { cwd: dir })).toEqual({
      status: 0,
      stdout:
        'no claim was read\n' +
        '1 file gave no claim (b.md): the packs in use know none of its names or words (README, Writing a pack)\n' +
        '1 file gave no claim though it holds names or words the packs in use know (a.md): nothing beside them was read as a figure, a value or an event (`claimcheck claims` lists what is read)\n' +
        '✔ no conflicts in 2 files, 0 claims\n',
      stderr: '',
    });
  });

  it('explain says a figure of a place is compared with one that names none, as the rule does', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'diners.yml'),
      'name: diners\nentities:\n  - {id: talvik, name: Talvik, type: organization, aliases: [Talvik]}\nattributes:\n  - {id: outlets, label: outlets, kind: quantity, unit: outlet, measure: stock, unitWords: [outlets], triggers: [has], subjects: [organization]}\n',
    );
    writeFileSync(path.join(dir, '.claimcheckrc.yml'), 'packs: [./diners.yml]\n');
    writeFileSync(path.join(dir, 'a.md'), '# Talvik\n\nTalvik has 74 outlets in Ardenia.\n');
    writeFileSync(path.join(dir, 'b.md'), '# Talvik\n\nTalvik has 90 outlets.\n');
    const explained = cli(['explain', '@1', '.'], { cwd: dir });
    expect(explained.stdout.split('\n').filter((line) => line.includes('place:'))).toEqual([
      '  place:     in ardenia (not compared with a figure said of another place or agent; compared with one that names none)',
    ]);
  });
});

describe('periods of different lengths', () => {
  it('shows a figure’s period length after its source, in JSON (schema-valid) and in explain', () => {
    const dir = tempDir();
    cpSync(path.join(ROOT, 'fixtures/numeric-mismatch/fires-deals-revenue-of-a-quarter-told-twice'), path.join(dir, 'articles'), { recursive: true });
    cpSync(path.join(ROOT, 'fixtures/packs/deals.yml'), path.join(dir, 'deals.yml'));
    writeFileSync(path.join(dir, '.claimcheckrc.yml'), 'packs: [./deals.yml]\n');
    const pretty = cli(['articles'], { cwd: dir });
    expect(pretty.status).toBe(1);
    expect(pretty.stdout).toBe(
      [
        'error  numeric-mismatch  Halden Systems revenue: $3.1 billion vs $4.2 billion',
        '  articles/column.md:8:28   “revenue rose to $3.1 billion”  (prose, the quarter to December 2025, for a quarter)',
        '  articles/release.md:8:38  “revenue of $4.2 billion”  (prose, fourth quarter 2025, for a quarter)',
        '',
        '✖ 1 conflict (1 error, 0 warnings, 0 info) in 2 files, 3 claims: exit 1, 1 conflict at or above --fail-on error',
        '',
      ].join('\n'),
    );
    const json = cli(['articles', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(json.stdout) as JsonReport;
    expectValid(validateReport, report);
    expect(report.conflicts.map((c) => c.claims.map((claim) => (claim as { periodLength?: string }).periodLength))).toEqual([['quarter', 'quarter']]);
    const explained = cli(['explain', report.conflicts[0]!.id, 'articles'], { cwd: dir });
    expect(explained.stdout.split('\n').filter((line) => line.includes('period:'))).toEqual([
      '  period:    for a quarter, as its words say (a figure for another length is another fact)',
      '  period:    for a quarter, as its words say (a figure for another length is another fact)',
    ]);
  });
});

describe('machine formats', () => {
  it('--format json validates against the schema, has the right counts and places, and is byte-identical across runs (one via --output FILE) and path orders', () => {
    const first = cli(['conflict/a.md', 'conflict/b.md', '--format', 'json']);
    expect(first.status).toBe(1);
    expect(first.stderr).toBe('');
    const report = JSON.parse(first.stdout) as JsonReport;
    expectValid(validateReport, report);
    expect(report.version).toBe(1);
    expect(report.files).toEqual([
      { file: 'conflict/a.md', claims: 1, errors: [] },
      { file: 'conflict/b.md', claims: 1, errors: [] },
    ]);
    expect(report.summary).toEqual(CONFLICT_SUMMARY);
    expect(report.conflicts).toHaveLength(1);
    const [conflict] = report.conflicts;
    expect({ ...conflict, id: typeof conflict!.id, claims: conflict!.claims.length }).toEqual({
      id: 'string',
      rule: 'numeric-mismatch',
      severity: 'error',
      entity: { id: 'acme/widget', name: 'acme/widget', type: 'repository' },
      attribute: 'github.stars',
      message: 'acme/widget GitHub stars: over 3,000 vs over 9,000',
      claims: 2,
    });
    for (const c of report.conflicts) {
      expect(c.claims.length).toBeGreaterThanOrEqual(2);
      for (const claim of c.claims) {
        expect(claim.file).toMatch(/^conflict\/[ab]\.md$/);
        expect(Number.isInteger(claim.line) && claim.line >= 1).toBe(true);
        expect(Number.isInteger(claim.column) && claim.column >= 1).toBe(true);
      }
    }
    expect(places(report)).toEqual([
      {
        rule: 'numeric-mismatch',
        severity: 'error',
        claims: ['conflict/a.md:3:34 over 3,000 GitHub stars', 'conflict/b.md:3:42 over 9,000 stars'],
      },
    ]);

    // The second run writes to a file (--output): the same bytes, and nothing on stdout.
    const out = path.join(tempDir(), 'report.json');
    const again = cli(['conflict/a.md', 'conflict/b.md', '--format', 'json', '--output', out]);
    expect(again).toEqual({ status: 1, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(first.stdout);
    const reversed = cli(['conflict/b.md', 'conflict/a.md', '--format', 'json']);
    expect(reversed.status).toBe(1);
    expect(reversed.stdout).toBe(first.stdout);
  });

  it('--format jsonl prints one schema-valid conflict per line', () => {
    const r = cli(['conflict', '--format', 'jsonl']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1);
    const conflict = JSON.parse(lines[0]!) as JsonReport['conflicts'][number];
    expectValid(validateConflict, conflict);
    expect([conflict.rule, conflict.severity, conflict.claims.map((c) => `${c.file}:${c.line}:${c.column}`)]).toEqual([
      'numeric-mismatch',
      'error',
      ['conflict/a.md:3:34', 'conflict/b.md:3:42'],
    ]);
  });

  it('--format sarif is valid SARIF 2.1.0 with one result', () => {
    const r = cli(['conflict', '--format', 'sarif']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const sarif = JSON.parse(r.stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; version: string } }; results: Record<string, any>[] }[];
    };
    expectValid(validateSarif, sarif);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect([sarif.runs[0]!.tool.driver.name, sarif.runs[0]!.tool.driver.version]).toEqual(['claimcheck', VERSION]);
    expect(sarif.runs[0]!.results.length).toBe(1);
    const result = sarif.runs[0]!.results[0]!;
    expect([result.ruleId, result.level, result.locations[0].physicalLocation.artifactLocation.uri]).toEqual([
      'numeric-mismatch',
      'error',
      'conflict/a.md',
    ]);
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 34 });
  });

  it('--format github prints workflow commands', () => {
    const r = cli(['conflict', '--format', 'github']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('::error file=')).toBe(true);
    expect(r.stdout).toBe(
      '::error file=conflict/a.md,line=3,col=34,endLine=3,endColumn=57,title=numeric-mismatch::' +
        'acme/widget GitHub stars: over 3,000 vs over 9,000%0Aconflict/b.md:3:42 “over 9,000 stars”\n',
    );
  });

  it('--format markdown prints a heading, the summary and a table of places', () => {
    const r = cli(['conflict', '--format', 'markdown']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('## claimcheck report\n\n✖ 1 conflict (1 error, 0 warnings, 0 info) in 2 files, 2 claims: exit 1, 1 conflict at or above --fail-on error\n')).toBe(true);
    const rows = r.stdout.split('\n').filter((line) => line.startsWith('| `'));
    expect(rows).toEqual([
      '| `conflict/a.md:3:34` | “over 3,000 GitHub stars” | prose |',
      '| `conflict/b.md:3:42` | “over 9,000 stars” | prose |',
    ]);
  });
});

describe('inputs', () => {
  it('a missing path exits 2, is named on stderr, and the other paths are still checked', () => {
    const r = cli(['conflict/a.md', 'missing.md', 'conflict/b.md', '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('claimcheck: missing.md: no such file or folder\n');
    expect(r.stderr).toMatch(/missing\.md.*(no such file|not found)/);
    const report = JSON.parse(r.stdout) as JsonReport;
    expectValid(validateReport, report);
    expect(report.files).toEqual([
      { file: 'conflict/a.md', claims: 1, errors: [] },
      { file: 'conflict/b.md', claims: 1, errors: [] },
      { file: 'missing.md', claims: 0, errors: [{ code: 'not-found', message: 'no such file or folder' }] },
    ]);
    expect(places(report)).toEqual([
      {
        rule: 'numeric-mismatch',
        severity: 'error',
        claims: ['conflict/a.md:3:34 over 3,000 GitHub stars', 'conflict/b.md:3:42 over 9,000 stars'],
      },
    ]);

    // The pretty report lists the file with its reason after the conflicts.
    const pretty = cli(['conflict/a.md', 'missing.md', 'conflict/b.md']);
    expect(pretty.status).toBe(2);
    expect(pretty.stdout).toBe(
      [
        'error  numeric-mismatch  acme/widget GitHub stars: over 3,000 vs over 9,000',
        '  conflict/a.md:3:34  “over 3,000 GitHub stars”  (prose)',
        '  conflict/b.md:3:42  “over 9,000 stars”  (prose)',
        '',
        'missing.md: error: no such file or folder',
        '',
        '✖ 1 conflict (1 error, 0 warnings, 0 info) in 3 files, 2 claims: exit 2, 1 file could not be checked',
        '',
      ].join('\n'),
    );
  });

  it("reads '-' from stdin under the name given by --stdin-filename", () => {
    const input = readFileSync(path.join(FIX, 'conflict', 'b.md'), 'utf8');
    const r = cli(['-', 'conflict/a.md', '--stdin-filename', 'piped.md', '--format', 'json'], { input });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as JsonReport;
    expectValid(validateReport, report);
    expect(report.files).toEqual([
      { file: 'conflict/a.md', claims: 1, errors: [] },
      { file: 'piped.md', claims: 1, errors: [] },
    ]);
    expect(places(report)).toEqual([
      {
        rule: 'numeric-mismatch',
        severity: 'error',
        claims: ['conflict/a.md:3:34 over 3,000 GitHub stars', 'piped.md:3:42 over 9,000 stars'],
      },
    ]);
  });

  it('refuses JavaScript front matter (exit 2, reason given) without running it, and checks the other files', () => {
    const dir = tempDir();
    copyFixture('frontmatter-js/evil.md', path.join(dir, 'evil.md'));
    copyFixture('conflict/b.md', path.join(dir, 'b.md'));
    const reason = 'front matter in JavaScript is not allowed (it would run code); use YAML';

    const json = cli(['evil.md', 'b.md', '--format', 'json'], { cwd: dir });
    expect(json.status).toBe(2);
    expect(json.stderr).toBe(`claimcheck: evil.md: ${reason}\n`);
    const report = JSON.parse(json.stdout) as JsonReport;
    expectValid(validateReport, report);
    expect(report.files).toEqual([
      { file: 'b.md', claims: 1, errors: [] },
      { file: 'evil.md', claims: 0, errors: [{ code: 'front-matter', message: reason }] },
    ]);

    expect(existsSync(path.join(dir, MARKER))).toBe(false);
    expect(existsSync(path.join(FIX, MARKER))).toBe(false);
  });
});

describe('configuration', () => {
  it('is discovered from a subfolder, and --config FILE wins over the discovered one', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.claimcheckrc.yml'), 'rules:\n  numeric-mismatch: warning\n');
    copyFixture('conflict', path.join(dir, 'articles'));
    mkdirSync(path.join(dir, 'settings'));
    writeFileSync(path.join(dir, 'settings', 'lenient.yml'), 'rules:\n  numeric-mismatch: info\n');

    const sub = cli(['.', '--format', 'json'], { cwd: path.join(dir, 'articles') });
    expect(sub.status).toBe(0);
    const fromParent = JSON.parse(sub.stdout) as JsonReport;
    expect(places(fromParent)).toEqual([
      { rule: 'numeric-mismatch', severity: 'warning', claims: ['a.md:3:34 over 3,000 GitHub stars', 'b.md:3:42 over 9,000 stars'] },
    ]);
    expect(fromParent.summary).toEqual({ ...CONFLICT_SUMMARY, error: 0, warning: 1 });

    const explicit = cli(['articles', '--config', 'settings/lenient.yml'], { cwd: dir });
    expect(explicit.status).toBe(0);
    expect(explicit.stdout).toBe(
      [
        'info  numeric-mismatch  acme/widget GitHub stars: over 3,000 vs over 9,000',
        '  articles/a.md:3:34  “over 3,000 GitHub stars”  (prose)',
        '  articles/b.md:3:42  “over 9,000 stars”  (prose)',
        '',
        '✖ 1 conflict (0 errors, 0 warnings, 1 info) in 2 files, 2 claims: exit 0, none at or above --fail-on error',
        '',
      ].join('\n'),
    );
  });

  it('a bad config exits 2 with one line that names the file and the key', () => {
    const dir = tempDir();
    copyFixture('conflict', path.join(dir, 'articles'));
    const cases: { name: string; text: string; says: string[] }[] = [
      { name: 'unknown-key.yml', text: 'rulez:\n  numeric-mismatch: warning\n', says: ['rulez', 'unknown option'] },
      { name: 'unknown-rule.yml', text: 'rules:\n  no-such-rule: error\n', says: ['rules.no-such-rule', 'unknown rule'] },
      { name: 'bad-severity.yml', text: 'rules:\n  numeric-mismatch: fatal\n', says: ['rules.numeric-mismatch', 'error, warning, info, off'] },
      { name: 'invalid.yml', text: 'rules: [\n  numeric-mismatch: :\n', says: ['invalid YAML'] },
      { name: 'missing-pack.yml', text: 'packs:\n  - ./no-such-pack.yml\n', says: ['packs', 'no-such-pack.yml'] },
    ];
    for (const c of cases) {
      const file = path.join(dir, c.name);
      writeFileSync(file, c.text);
      const r = cli(['articles', '--config', c.name], { cwd: dir });
      expect({ name: c.name, status: r.status, stdout: r.stdout }).toEqual({ name: c.name, status: 2, stdout: '' });
      expect(r.stderr.startsWith(`claimcheck: ${file}: `)).toBe(true);
      for (const text of c.says) expect(r.stderr).toContain(text);
      expect(r.stderr.endsWith('\n') && !r.stderr.slice(0, -1).includes('\n')).toBe(true);
    }
  });

  it('says nothing was read only where a file was read: a file that could not be is its error', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.md'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    const r = cli([dir]);
    expect(r.status).toBe(2);
    expect(r.stdout).not.toContain('no claim was read');
  });

  it('names the files that gave no claim in a run where others gave some', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'acme.yml'), 'name: acme\nentities:\n  - {id: acme-9, name: Acme-9, type: model, aliases: [Acme-9]}\n');
    writeFileSync(path.join(dir, '.claimcheckrc.yml'), 'packs: [./acme.yml]\n');
    writeFileSync(path.join(dir, 'a.md'), '# Notes\n\nAcme-9 has a context window of 49,152 tokens.\n');
    writeFileSync(path.join(dir, 'b.md'), '# Notes\n\nThe weather was fine all week.\n');
    writeFileSync(path.join(dir, 'c.md'), '# Notes\n\nAcme-9 was trained on 3 trillion tokens.\n');
    const r = cli(['.'], { cwd: dir });
    expect([r.status, r.stdout.split('\n').slice(-3)]).toEqual([
      0,
      ['1 file gave no claim (b.md): the packs in use know none of its names or words (README, Writing a pack)', '✔ no conflicts in 3 files, 2 claims', ''],
    ]);
    // A file that names what the packs know but from which nothing was read is told apart: the pack is not what it lacks.
    writeFileSync(path.join(dir, 'd.md'), '# Notes\n\nAcme-9 is a good model.\n');
    expect(cli(['.'], { cwd: dir }).stdout.split('\n').slice(-4)).toEqual([
      '1 file gave no claim (b.md): the packs in use know none of its names or words (README, Writing a pack)',
      '1 file gave no claim though it holds names or words the packs in use know (d.md): nothing beside them was read as a figure, a value or an event (`claimcheck claims` lists what is read)',
      '✔ no conflicts in 4 files, 2 claims',
      '',
    ]);
  });

  it('takes --color and --no-color after every command that reads articles', () => {
    for (const command of ['claims', 'facts']) expect(cli([command, 'pack/articles', '--no-color']).status).toBe(0);
  });

  it('a pack listed in the config adds an entity and an attribute, and its conflict fires', () => {
    // From fixtures/cli (defaults): the rockets are unknown.
    const without = cli(['pack/articles']);
    // Nothing read: the run passes, and says why it may have read nothing.
    // ("Launch" is a word the built-in pack knows: the note does not say it knows none of the files' words.)
    expect(without).toEqual({ status: 0, stdout: 'no claim was read: the built-in pack knows the AI industry; for another field, write a pack (README, Writing a pack)\n✔ no conflicts in 2 files, 0 claims\n', stderr: '' });

    // From fixtures/cli/pack, whose .claimcheckrc.yml lists rockets.yml.
    const withPack = cli(['articles'], { cwd: path.join(FIX, 'pack') });
    expect(withPack.status).toBe(1);
    expect(withPack.stderr).toBe('');
    expect(withPack.stdout).toBe(
      [
        'error  numeric-mismatch  Zorblax height: 70 m vs 95 m',
        '  articles/a.md:3:27  “70 metres tall”  (prose)',
        '  articles/b.md:3:27  “95 metres tall”  (prose)',
        '',
        '✖ 1 conflict (1 error, 0 warnings, 0 info) in 2 files, 2 claims: exit 1, 1 conflict at or above --fail-on error',
        '',
      ].join('\n'),
    );
  });
});

describe('commands and usage', () => {
  it('init writes a working starter config and refuses to overwrite it without --force', () => {
    const dir = tempDir();
    const file = path.join(dir, '.claimcheckrc.yml');
    const first = cli(['init'], { cwd: dir });
    expect(first).toEqual({ status: 0, stdout: 'wrote .claimcheckrc.yml\n', stderr: '' });
    const starter = readFileSync(file, 'utf8');
    expect(parseYaml(starter)).toEqual({ packs: [], builtinPack: true, rules: {}, ignore: [] });

    // The starter config loads: a check in that folder works.
    copyFixture('conflict', path.join(dir, 'articles'));
    const check = cli(['articles'], { cwd: dir });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('error  numeric-mismatch  acme/widget GitHub stars');

    writeFileSync(file, '# mine\n');
    const again = cli(['init'], { cwd: dir });
    expect(again.status).toBe(2);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('exists already');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('# mine\n');

    const forced = cli(['init', '--force'], { cwd: dir });
    expect(forced).toEqual({ status: 0, stdout: 'wrote .claimcheckrc.yml\n', stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe(starter);
  });

  it('--help and --version exit 0', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout.startsWith('Usage: claimcheck ')).toBe(true);
    for (const option of ['--format', '--fail-on', '--max-warnings', '--quiet', '--output', '--config', '--stdin-filename', '--no-color']) {
      expect(help.stdout).toContain(option);
    }

    expect(cli(['--version'])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('usage mistakes exit 2 with a message and no report', () => {
    const unknown = cli(['conflict', '--bogus']);
    expect([unknown.status, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toContain("unknown option '--bogus'");

    const noPaths = cli([]);
    expect([noPaths.status, noPaths.stdout]).toEqual([2, '']);
    // It suggests no folder: an installed package ships no seeds/.
    expect(noPaths.stderr).toBe('claimcheck: no paths given: name the files, folders or globs to check (claimcheck <path>...), or see claimcheck --help\n');

    const badCount = cli(['conflict', '--max-warnings', 'many']);
    expect([badCount.status, badCount.stdout]).toEqual([2, '']);
    expect(badCount.stderr).toBe('claimcheck: --max-warnings needs a whole number >= 0, got "many"\n');

    for (const bad of ['0', 'two', '1.5']) {
      const r = cli(['conflict', '--concurrency', bad]);
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `claimcheck: --concurrency takes auto, off or a number of threads from 1 to 64, got "${bad}"\n`]);
    }
  });
});

describe('worker threads (--concurrency)', () => {
  it('give the same bytes, errors and exit code as one thread, for every command', () => {
    const dir = tempDir();
    for (const name of ['conflict', 'mixed', 'clean']) copyFixture(name, path.join(dir, name));
    copyFixture('frontmatter-js/evil.md', path.join(dir, 'evil.md'));
    writeFileSync(path.join(dir, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
    for (const seed of ['001_76ea8863c0330c56.txt', '003_4329b778ac0f52e3.txt']) cpSync(path.join(ROOT, 'seeds', seed), path.join(dir, seed));
    const runs = [['.', '--format', 'json'], ['.'], ['claims', '.', '--format', 'jsonl']];
    for (const args of runs) {
      const alone = cli([...args, '--concurrency', 'off'], { cwd: dir });
      expect(alone.status).toBe(2); // the binary file and the JavaScript front matter
      expect(alone.stderr).toContain('claimcheck: binary.md: binary file skipped');
      expect(cli([...args, '--concurrency', '2'], { cwd: dir })).toEqual(alone);
    }
    expect(existsSync(path.join(dir, MARKER))).toBe(false);
  });
});

describe('the CI gate: baselines, --new and suppression comments', () => {
  /** A corpus in a temp folder: two articles that disagree, and one that agrees with neither's rival. */
  function corpus(): string {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.claimcheckrc.yml'), '# defaults\n');
    writeFileSync(path.join(dir, 'a.md'), '# Widget notes\n\nThe repository `acme/widget` has over 3,000 GitHub stars.\n');
    writeFileSync(path.join(dir, 'b.md'), '# Widget update\n\nSince launch, `acme/widget` has garnered over 9,000 stars.\n');
    writeFileSync(path.join(dir, 'c.md'), '# Gadget\n\nThe repository `acme/gadget` has over 500 GitHub stars.\n');
    return dir;
  }

  it('accepts the conflicts of a written baseline, even after the lines shift, and reports them fixed when they go', () => {
    const dir = corpus();
    const write = cli(['.', '--write-baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    expect(write.status).toBe(0);
    expect(write.stderr).toBe('claimcheck: wrote baseline.json (1 conflict accepted)\n');
    expect(JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')).conflicts).toHaveLength(1);

    // Lines added above the claim: the baselined conflict is still recognised.
    writeFileSync(path.join(dir, 'a.md'), '# Widget notes\n\nAn intro paragraph.\n\nAnother one.\n\nThe repository `acme/widget` has over 3,000 GitHub stars.\n');
    const shifted = cli(['.', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    expect(shifted.status).toBe(0);
    const report = JSON.parse(shifted.stdout);
    expect(report.conflicts).toEqual([]);
    expect(report.baseline).toEqual({ file: 'baseline.json', matched: 1, fixed: [] });
    expectValid(validateReport, report);

    // A new conflict fails the gate; the old one stays accepted.
    writeFileSync(path.join(dir, 'd.md'), 'The repository `acme/gadget` has over 4,000 GitHub stars.\n');
    const fresh = cli(['.', '--baseline', 'baseline.json', '--format', 'json'], { cwd: dir });
    expect(fresh.status).toBe(1);
    expect(JSON.parse(fresh.stdout).conflicts.map((c: { entity: { id: string } }) => c.entity.id)).toEqual(['acme/gadget']);

    // The accepted conflict goes away: it is listed as fixed.
    writeFileSync(path.join(dir, 'b.md'), '# Widget update\n\nSince launch, `acme/widget` has garnered over 3,000 stars.\n');
    const fixed = cli(['.', '--baseline', 'baseline.json'], { cwd: dir });
    expect(fixed.stdout).toContain('1 baselined conflict is no longer found (fixed):\n  numeric-mismatch  acme/widget GitHub stars: over 3,000 vs over 9,000');
  });

  it('reports with --new only the conflicts that have a side in the new files', () => {
    const dir = corpus();
    writeFileSync(path.join(dir, 'd.md'), 'The repository `acme/gadget` has over 4,000 GitHub stars.\n');
    const all = cli(['.', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(all.stdout).conflicts).toHaveLength(2);
    const onlyNew = cli(['.', '--new', 'd.md', '--format', 'json'], { cwd: dir });
    expect(onlyNew.status).toBe(1);
    const report = JSON.parse(onlyNew.stdout);
    expect(report.conflicts.map((c: { claims: { file: string }[] }) => c.claims.map((x) => x.file))).toEqual([['c.md', 'd.md']]);
    const clean = cli(['.', '--new', 'c.md', '--format', 'json'], { cwd: dir });
    writeFileSync(path.join(dir, 'e.md'), 'Nothing about repositories here.\n');
    expect(cli(['.', '--new', 'e.md'], { cwd: dir }).status).toBe(0);
    expect(JSON.parse(clean.stdout).conflicts).toHaveLength(1);
  });

  it('honours claimcheck-disable-next-line and disable/enable comments, by rule or for all rules', () => {
    const dir = corpus();
    const b = (comment: string) =>
      writeFileSync(path.join(dir, 'b.md'), `# Widget update\n\n${comment}\nSince launch, \`acme/widget\` has garnered over 9,000 stars.\n`);
    b('<!-- claimcheck-disable-next-line numeric-mismatch -->');
    expect(cli(['a.md', 'b.md'], { cwd: dir }).status).toBe(0);
    b('<!-- claimcheck-disable-next-line event-polarity -->');
    expect(cli(['a.md', 'b.md'], { cwd: dir }).status).toBe(1);
    b('<!-- claimcheck-disable -->');
    expect(cli(['a.md', 'b.md'], { cwd: dir }).status).toBe(0);
    writeFileSync(path.join(dir, 'b.md'), '<!-- claimcheck-disable -->\n\nText.\n\n<!-- claimcheck-enable -->\n\nSince launch, `acme/widget` has garnered over 9,000 stars.\n');
    expect(cli(['a.md', 'b.md'], { cwd: dir }).status).toBe(1);
  });
});
