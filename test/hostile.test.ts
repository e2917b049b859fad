// Hostile inputs, end to end through bin/claimcheck.js: special files, costly Markdown, tampered caches,
// runaway options. Each bad input is that file's error (one stderr line, exit 2) and every other file
// is still checked; nothing here races the clock: work is counted (threads started, files read).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeHostileFiles } from './hostile-corpus.js';
import { cli, env, writeIn, type Run } from './helpers/cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const GOOD_A = 'The repository `acme/widget` has over 3,000 GitHub stars.\n';
const GOOD_B = 'Since its launch, `acme/widget` has garnered over 9,000 stars.\n';

const roots: string[] = [];
/** Where runs keep the cache's secret key: never the user's own ~/.cache. */
const CACHE_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-hostile-home-'));
roots.push(CACHE_HOME);
afterAll(() => {
  for (const dir of roots) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder with a.md and b.md, whose star counts conflict. */
function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-hostile-'));
  roots.push(dir);
  write(dir, 'a.md', GOOD_A);
  write(dir, 'b.md', GOOD_B);
  return dir;
}

const write = writeIn;

/** The command, as a user runs it (test/helpers/cli.ts), with the cache key kept in a temp folder. */
function claimcheck(cwd: string, args: string[], extra: Record<string, string> = {}): Run {
  return cli(args, { cwd, env: env({ FORCE_COLOR: '0', NODE_OPTIONS: undefined, XDG_CACHE_HOME: CACHE_HOME, ...extra }) });
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

interface JsonReport {
  files: { file: string; claims: number; errors: { code: string; message: string }[] }[];
  conflicts: { rule: string; attribute: string; entity: { id: string }; claims: { file: string; line: number; quote: string }[] }[];
}

/** The stars conflict between a.md and b.md is in the report. */
function expectStarsConflict(report: JsonReport): void {
  const c = report.conflicts.find((x) => x.rule === 'numeric-mismatch' && x.attribute === 'github.stars' && x.entity.id === 'acme/widget');
  expect(c, 'the conflict between the good files').toBeDefined();
  expect(c!.claims.map((x) => x.file).sort()).toEqual(['a.md', 'b.md']);
}

/** A module loaded with --import that counts the worker threads a run starts, printed on stderr at exit. */
function workerCounter(dir: string): string {
  const file = write(
    dir,
    'count-workers.mjs',
    [
      "import { createRequire, syncBuiltinESMExports } from 'node:module';",
      'const threads = createRequire(import.meta.url)("node:worker_threads");',
      'let started = 0;',
      'const Original = threads.Worker;',
      'threads.Worker = class extends Original { constructor(...args) { super(...args); started++; } };',
      'syncBuiltinESMExports();',
      "process.on('exit', () => process.stderr.write(`workers started: ${started}\\n`));",
      '',
    ].join('\n'),
  );
  return `--import=${pathToFileURL(file).href}`;
}

// Every test spawns the CLI, some several times: time limits here only guard against a hang (2 shared cores can be slow).
vi.setConfig({ testTimeout: 120_000 });

describe('threads', () => {
  it('--concurrency 64 on two files starts no more workers than files (or cores)', () => {
    const dir = workspace();
    const r = claimcheck(dir, ['--concurrency', '64', 'a.md', 'b.md'], { NODE_OPTIONS: workerCounter(dir) });
    expect(r.status).toBe(1);
    const started = Number(/workers started: (\d+)/.exec(r.stderr)?.[1]);
    expect(started).toBe(Math.min(2, os.availableParallelism()));
  });
});

/** A named pipe at `file` (no writer: opening it for reading the usual way would wait forever). */
function fifo(file: string): string {
  const r = spawnSync('mkfifo', [file]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
  return file;
}

const canMakeFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

describe.runIf(canMakeFifo)('special files: only regular files are read, never blocking, each such path its own error', () => {
  it('articles that are a named pipe, /dev/zero or links to them: one error line each, the others checked, exit 2', () => {
    const dir = workspace();
    fifo(path.join(dir, 'pipe.md'));
    fs.mkdirSync(path.join(dir, 'docs'));
    write(dir, 'docs/c.md', 'Nothing to check.\n');
    fifo(path.join(dir, 'docs', 'pipe.md'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'docs', 'zero.md'));
    fs.symlinkSync('pipe.md', path.join(dir, 'docs', 'to-pipe.md'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    const r = claimcheck(dir, ['--format', 'json', 'a.md', 'b.md', 'docs', 'pipe.md', 'zero.txt']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual([
      'claimcheck: docs/pipe.md: not a regular file (a named pipe)',
      'claimcheck: docs/to-pipe.md: not a regular file (a named pipe)',
      'claimcheck: docs/zero.md: not a regular file (a character device)',
      'claimcheck: pipe.md: not a regular file or folder (a named pipe)',
      'claimcheck: zero.txt: not a regular file or folder (a character device)',
    ]);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.filter((f) => f.errors.length > 0).map((f) => [f.file, f.errors[0]!.code])).toEqual([
      ['docs/pipe.md', 'not-regular'],
      ['docs/to-pipe.md', 'not-regular'],
      ['docs/zero.md', 'not-regular'],
      ['pipe.md', 'not-regular'],
      ['zero.txt', 'not-regular'],
    ]);
    expect(report.files.find((f) => f.file === 'docs/c.md')).toEqual({ file: 'docs/c.md', claims: 0, errors: [] });
    expectStarsConflict(report);
  });

  it('a config that is a link to /dev/zero, or a named pipe: a clear error, exit 2, no hang', () => {
    const dir = workspace();
    fs.symlinkSync('/dev/zero', path.join(dir, '.claimcheckrc.yml'));
    let r = claimcheck(dir, ['a.md', 'b.md']);
    expect([r.status, lines(r.stderr)]).toEqual([2, [`claimcheck: ${path.join(dir, '.claimcheckrc.yml')}: cannot read config (not a regular file (a character device))`]]);
    fifo(path.join(dir, 'pipe.yml'));
    r = claimcheck(dir, ['--config', 'pipe.yml', 'a.md', 'b.md']);
    expect([r.status, lines(r.stderr)]).toEqual([2, [`claimcheck: ${path.join(dir, 'pipe.yml')}: cannot read config (not a regular file (a named pipe))`]]);
  });

  it('a pack that is a named pipe or a link to /dev/zero: a clear error naming the pack, exit 2', () => {
    const dir = workspace();
    fifo(path.join(dir, 'pipe.yml'));
    fs.symlinkSync('/dev/zero', path.join(dir, 'zero.yml'));
    for (const pack of ['pipe.yml', 'zero.yml']) {
      write(dir, 'claimcheck.config.json', JSON.stringify({ packs: [pack] }));
      const r = claimcheck(dir, ['a.md', 'b.md']);
      expect(r.status).toBe(2);
      expect(lines(r.stderr)).toEqual([`claimcheck: ${path.join(dir, pack)}: cannot read pack: not a regular file (${pack === 'pipe.yml' ? 'a named pipe' : 'a character device'})`]);
    }
  });

  it('a baseline that is a named pipe: a clear error, exit 2', () => {
    const dir = workspace();
    fifo(path.join(dir, 'baseline.json'));
    const r = claimcheck(dir, ['--baseline', 'baseline.json', 'a.md', 'b.md']);
    expect([r.status, lines(r.stderr)]).toEqual([2, ['claimcheck: baseline.json: cannot read baseline (not a regular file (a named pipe))']]);
  });

  it('a .claimcheckignore that is a link to /dev/zero: its error line, the articles still checked', () => {
    const dir = workspace();
    fs.symlinkSync('/dev/zero', path.join(dir, '.claimcheckignore'));
    const r = claimcheck(dir, ['--format', 'json', 'a.md', 'b.md']);
    expect([r.status, lines(r.stderr)]).toEqual([2, ['claimcheck: .claimcheckignore: not a regular file (a character device)']]);
    expectStarsConflict(JSON.parse(r.stdout) as JsonReport);
  });

  it('a cache that is a named pipe or a link to /dev/zero: a warning, the articles checked as without a cache', () => {
    const dir = workspace();
    fifo(path.join(dir, 'pipe-cache'));
    fs.symlinkSync('/dev/zero', path.join(dir, '.claimcheckcache'));
    for (const args of [['--cache'], ['--cache', '--cache-location', 'pipe-cache']]) {
      const r = claimcheck(dir, ['--format', 'json', ...args, 'a.md', 'b.md']);
      expect(r.status).toBe(1);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(/^claimcheck: warning: cache .* not a regular file \((a named pipe|a character device)\); not used$/)]);
      expectStarsConflict(JSON.parse(r.stdout) as JsonReport);
    }
  });
});

describe('the cache believes no entry it cannot check', () => {
  it('an entry whose claims were emptied by hand: a warning, the conflict still found, the cache repaired', () => {
    const dir = workspace();
    expect(claimcheck(dir, ['--cache', 'a.md', 'b.md']).status).toBe(1);
    const cacheFile = path.join(dir, '.claimcheckcache');
    const tampered = fs
      .readFileSync(cacheFile, 'utf8')
      .split('\n')
      .map((line) => (line.includes('\t"b.md"\t') ? line.replace(/"claims":\[.*?\],"derived"/, '"claims":[],"derived"') : line))
      .join('\n');
    expect(tampered).toContain('"claims":[],"derived"');
    fs.writeFileSync(cacheFile, tampered);
    let r = claimcheck(dir, ['--cache', '--format', 'json', 'a.md', 'b.md']);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual(['claimcheck: warning: cache .claimcheckcache: an entry dropped and read again: b.md (it fails its check (changed since it was written))']);
    expectStarsConflict(JSON.parse(r.stdout) as JsonReport);
    r = claimcheck(dir, ['--cache', '--format', 'json', 'a.md', 'b.md']);
    expect([r.status, r.stderr]).toEqual([1, '']);
  });

  it('a cache file committed to the checkout (made with another key) is not believed', () => {
    const dir = workspace();
    const otherHome = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-hostile-other-home-'));
    roots.push(otherHome);
    expect(claimcheck(dir, ['--cache', 'a.md', 'b.md'], { XDG_CACHE_HOME: otherHome }).status).toBe(1);
    const r = claimcheck(dir, ['--cache', '--format', 'json', 'a.md', 'b.md']);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual(['claimcheck: warning: cache .claimcheckcache: made by another user or machine (its entries cannot be checked); starting afresh']);
    expectStarsConflict(JSON.parse(r.stdout) as JsonReport);
  });

  it('--cache-location naming a file that is not a cache leaves it as it was', () => {
    const dir = workspace();
    const r = claimcheck(dir, ['--cache', '--cache-location', 'b.md', 'a.md', 'b.md']);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual(['claimcheck: warning: cache b.md: not a claimcheck cache file; not used, and not overwritten (delete it or choose another --cache-location)']);
    expect(fs.readFileSync(path.join(dir, 'b.md'), 'utf8')).toBe(GOOD_B);
  });
});

describe('line endings and front matter: every article read, claims on their true lines', () => {
  /** The b-side claim of the stars conflict: its file and line. */
  function starsClaimOf(dir: string, file: string): { status: number | null; stderr: string; place?: [string, number] } {
    const r = claimcheck(dir, ['--format', 'json', 'a.md', file]);
    const report = JSON.parse(r.stdout) as JsonReport;
    const conflict = report.conflicts.find((c) => c.attribute === 'github.stars');
    const claim = conflict?.claims.find((c) => c.file === file);
    return { status: r.status, stderr: r.stderr, place: claim ? [claim.file, claim.line] : undefined };
  }

  it('CRLF front matter is read as the same file with LF is', () => {
    const dir = workspace();
    const lf = '---\ntitle: Widget notes\ndate: 2026-06-03\nauthor: "Jane Doe"\n---\nSince its launch, `acme/widget` has garnered over 9,000 stars.\n';
    write(dir, 'lf.md', lf);
    write(dir, 'crlf.md', lf.replaceAll('\n', '\r\n'));
    expect(starsClaimOf(dir, 'lf.md')).toEqual({ status: 1, stderr: '', place: ['lf.md', 6] });
    expect(starsClaimOf(dir, 'crlf.md')).toEqual({ status: 1, stderr: '', place: ['crlf.md', 6] });
  });

  it('a file whose first line is --- with no closing line is read whole (the line is a thematic break), not dropped', () => {
    const dir = workspace();
    write(dir, 'open.md', '---\nNotes.\n\nSince its launch, `acme/widget` has garnered over 9,000 stars.\n');
    write(dir, 'open.txt', '---\nSince its launch, `acme/widget` has garnered over 9,000 stars.\n');
    expect(starsClaimOf(dir, 'open.md')).toEqual({ status: 1, stderr: '', place: ['open.md', 4] });
    expect(starsClaimOf(dir, 'open.txt')).toEqual({ status: 1, stderr: '', place: ['open.txt', 2] });
  });

  it('CR-only line endings are lines: claims get their true line numbers', () => {
    const dir = workspace();
    write(dir, 'mac.txt', 'Widget notes\rA first paragraph.\rSince its launch, `acme/widget` has garnered over 9,000 stars.\r');
    write(dir, 'mac.md', '# Widget notes\r\rA first paragraph.\r\rSince its launch, `acme/widget` has garnered over 9,000 stars.\r');
    expect(starsClaimOf(dir, 'mac.txt')).toEqual({ status: 1, stderr: '', place: ['mac.txt', 3] });
    expect(starsClaimOf(dir, 'mac.md')).toEqual({ status: 1, stderr: '', place: ['mac.md', 5] });
  });
});

describe('suppression comments that do nothing are named on stderr, and change no exit code', () => {
  it('a misspelt directive and an unknown rule id: one warning line each with file:line; the conflict still fails the run', () => {
    const dir = workspace();
    write(dir, 'b.md', `# Widget update\n\n<!-- claimcheck-disabel numeric-mismatch -->\n\n<!-- claimcheck-disable-next-line numeric-mismatc -->\n${GOOD_B}`);
    const r = claimcheck(dir, ['--format', 'json', 'a.md', 'b.md']);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([
      'claimcheck: warning: b.md:3: unknown suppression comment "claimcheck-disabel" (expected claimcheck-disable, claimcheck-enable or claimcheck-disable-next-line); it does nothing',
      'claimcheck: warning: b.md:5: unknown rule "numeric-mismatc" in claimcheck-disable-next-line (known rules: numeric-mismatch, categorical-exclusive, event-polarity, derived-arithmetic, stated-arithmetic, temporal-scope, attribution, attribution-across, metric-label); it is ignored',
    ]);
    expectStarsConflict(JSON.parse(r.stdout) as JsonReport);
    // Spelt right, the same comment silences the conflict, with no warning.
    write(dir, 'b.md', `# Widget update\n\n<!-- claimcheck-disable-next-line numeric-mismatch -->\n${GOOD_B}`);
    expect(claimcheck(dir, ['a.md', 'b.md'])).toMatchObject({ status: 0, stderr: '' });
  });

  it('thousands of broken comments: at most ten warning lines for the file', () => {
    const dir = workspace();
    write(dir, 'c.md', '<!-- claimcheck-disabel -->\n\n'.repeat(5000));
    const r = claimcheck(dir, ['a.md', 'b.md', 'c.md']);
    expect(r.status).toBe(1);
    const warnings = lines(r.stderr);
    expect(warnings).toHaveLength(10);
    expect(warnings[9]).toBe('claimcheck: warning: c.md:19: and 4991 more suppression comments that do nothing');
  });
});

describe('which files a run reads: globs, ignore rules relative to their folder, --changed-since', () => {
  it('globs with character classes: seeds/00[0-2]*.txt', () => {
    const dir = workspace();
    write(dir, 'seeds/001_x.txt', GOOD_A);
    write(dir, 'seeds/002_y.txt', GOOD_B);
    write(dir, 'seeds/003_z.txt', 'The repository `acme/widget` has over 100 GitHub stars.\n');
    const r = claimcheck(dir, ['--format', 'json', 'seeds/00[0-2]*.txt']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => f.file)).toEqual(['seeds/001_x.txt', 'seeds/002_y.txt']);
  });

  it('a glob too complex for the matcher is that path’s error', () => {
    const dir = workspace();
    const r = claimcheck(dir, ['a.md', 'b.md', 'x/*a*a*a*b.md']);
    expect([r.status, lines(r.stderr)]).toEqual([2, ['claimcheck: x/*a*a*a*b.md: glob too complex: 4 wildcards in "*a*a*a*b.md" (at most 3 in one folder or file name)']]);
  });

  it('config ignore patterns and .claimcheckignore apply relative to their own folder: a run from a subfolder skips drafts too', () => {
    const dir = workspace();
    write(dir, '.claimcheckrc.yml', 'ignore:\n  - articles/drafts/\n');
    write(dir, '.claimcheckignore', 'articles/old.md\n');
    write(dir, 'articles/a.md', GOOD_A);
    write(dir, 'articles/b.md', GOOD_B);
    write(dir, 'articles/old.md', 'The repository `acme/widget` has over 100 GitHub stars.\n');
    write(dir, 'articles/drafts/d.md', 'The repository `acme/widget` has over 200 GitHub stars.\n');
    const fromTop = claimcheck(dir, ['--format', 'json', 'articles']);
    const fromSub = claimcheck(path.join(dir, 'articles'), ['--format', 'json', '.']);
    expect((JSON.parse(fromTop.stdout) as JsonReport).files.map((f) => f.file)).toEqual(['articles/a.md', 'articles/b.md']);
    expect((JSON.parse(fromSub.stdout) as JsonReport).files.map((f) => f.file)).toEqual(['a.md', 'b.md']);
    expect([fromTop.status, fromSub.status]).toEqual([1, 1]);
  });

  const hasGit = spawnSync('git', ['--version']).status === 0;

  it.runIf(hasGit)('--changed-since selects, among the inputs the paths name, those changed since the ref (non-ASCII names too)', () => {
    const dir = workspace();
    const git = (...args: string[]) => {
      const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    };
    write(dir, '.claimcheckignore', 'articles/drafts/\n');
    write(dir, 'articles/a.md', GOOD_A);
    write(dir, 'articles/c.md', 'The repository `acme/gadget` has over 500 GitHub stars.\n');
    write(dir, 'package.json', '{}\n');
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    // Changed since: a new article with a non-ASCII name, a changed package.json, an image, a draft, an article outside the paths.
    write(dir, 'articles/über.md', GOOD_B);
    write(dir, 'package.json', '{"name": "x", "stars": "The repository `acme/widget` has over 1 GitHub stars."}\n');
    write(dir, 'articles/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    write(dir, 'articles/drafts/d.md', 'The repository `acme/gadget` has over 9,000 GitHub stars.\n');
    write(dir, 'other/e.md', 'The repository `acme/gadget` has over 7,000 GitHub stars.\n');
    const r = claimcheck(dir, ['--format', 'json', 'articles', '--changed-since', 'HEAD']);
    expect([r.status, r.stderr]).toEqual([1, '']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => f.file)).toEqual(['articles/a.md', 'articles/c.md', 'articles/über.md']);
    expect(report.conflicts.map((c) => c.claims.map((x) => x.file).sort())).toEqual([['articles/a.md', 'articles/über.md']]);
    // Nothing changed among the inputs: nothing to report.
    git('add', '.');
    git('commit', '-q', '-m', 'more');
    const none = claimcheck(dir, ['--format', 'json', 'articles', '--changed-since', 'HEAD']);
    expect([none.status, (JSON.parse(none.stdout) as JsonReport).conflicts]).toEqual([0, []]);
  });
});

describe('pack-controlled costs are bounded', () => {
  it('a pack alias of 5,000 characters is refused, naming the pack and the entry; exit 2', () => {
    const dir = workspace();
    write(dir, 'long.yml', `name: long\nentities:\n  - id: acme\n    name: Acme\n    type: company\n    aliases: ["${'a'.repeat(5000)}"]\n`);
    write(dir, '.claimcheckrc.yml', 'packs:\n  - long.yml\n');
    const r = claimcheck(dir, ['a.md', 'b.md']);
    expect([r.status, lines(r.stderr)]).toEqual([2, [`claimcheck: ${path.join(dir, 'long.yml')}: entities[0] (acme).aliases[0]: too long (5,000 characters; at most 100)`]]);
  });

  it('a large pack is loaded, with a warning that it is slow to load', () => {
    const dir = workspace();
    const entities = Array.from({ length: 10_001 }, (_, i) => `  - {id: m${i}, name: Model${i}, type: model, aliases: [Model ${i}x]}`).join('\n');
    write(dir, 'big.yml', `name: big\nentities:\n${entities}\n`);
    write(dir, '.claimcheckrc.yml', 'packs:\n  - big.yml\n');
    const r = claimcheck(dir, ['--format', 'json', 'a.md', 'b.md']);
    expect(r.status).toBe(1);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/^claimcheck: warning: packs .*ai-industry\.yml, .*big\.yml: 2\d,\d{3} phrases; loading them takes seconds in every run \(and again in every reader thread\)$/)]);
    expectStarsConflict(JSON.parse(r.stdout) as JsonReport);
  });
});

describe('the seeds beside one of each hostile file', () => {
  it.runIf(canMakeFifo)('give exactly the seeds’ own conflicts, one line per hostile file, exit 2, the same bytes in one thread and in two', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-hostile-corpus-'));
    roots.push(dir);
    fs.cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'corpus'), { recursive: true });
    write(dir, '.claimcheckrc.yml', '# defaults\n');
    const seedsOnly = claimcheck(dir, ['--format', 'json', 'corpus']);
    expect(seedsOnly.stderr).toBe('');
    const expectedLines = writeHostileFiles(path.join(dir, 'corpus'), 'corpus/', 'small');
    // `auto` is `off` below 2,000 files (threadsFor); npm run stress runs all three at full size.
    const runs = (['off', '2'] as const).map((mode) => claimcheck(dir, ['--format', 'json', '--concurrency', mode, 'corpus']));
    for (const r of runs) {
      expect(r.status).toBe(2);
      expect(lines(r.stderr)).toEqual(expectedLines);
      expect(r.stdout).toBe(runs[0]!.stdout);
      expect(r.stderr).toBe(runs[0]!.stderr);
    }
    const report = JSON.parse(runs[0]!.stdout) as JsonReport;
    expect(report.conflicts).toEqual((JSON.parse(seedsOnly.stdout) as JsonReport).conflicts);
    expect(report.conflicts.length).toBeGreaterThan(0);
    // Three CLI runs: the time limit only guards against a hang, and a loaded 2-core machine needs minutes.
  }, 180_000);
});
