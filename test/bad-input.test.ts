// Bad input, end to end: each bad path is one line on stderr naming the file and the reason, the
// file is listed with its error in the JSON report, every other file is still checked, and the
// exit code is 2. Front matter never runs code, article text never reaches the terminal as
// control sequences, and an internal error is a short message, not a stack trace.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeIn } from './helpers/cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'claimcheck.js');
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const GOOD_A = 'The repository `acme/widget` has over 3,000 GitHub stars.\n';
const GOOD_B = 'Since its launch, `acme/widget` has garnered over 9,000 stars.\n';
const MB50 = 50 * 1024 * 1024;

/** runuser, to read as an unprivileged user when the tests run as root (root reads any file). */
const RUNUSER = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => fs.existsSync(p));
const isRoot = process.getuid?.() === 0;

const roots: string[] = [];
const locked: string[] = [];

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'bundle', 'cli.cjs'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
    if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  }
});

afterAll(() => {
  for (const file of locked) fs.chmodSync(file, 0o644);
  // rmSync removes symbolic links without following them, so folder loops are safe to delete.
  for (const dir of roots) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder with the two good articles (a.md, b.md) whose figures conflict. */
function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-bad-input-'));
  roots.push(dir);
  fs.writeFileSync(path.join(dir, 'a.md'), GOOD_A);
  fs.writeFileSync(path.join(dir, 'b.md'), GOOD_B);
  return dir;
}

const write = writeIn;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function claimcheck(cwd: string, args: string[], env: Record<string, string> = {}, asUser?: string): Run {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.NODE_OPTIONS;
  const [command, commandArgs] = asUser ? [RUNUSER!, ['-u', asUser, '--', process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
  const r = spawnSync(command, commandArgs, {
    cwd,
    env: { ...base, FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

interface JsonReport {
  files: { file: string; claims: number; errors: { code: string; message: string }[] }[];
  conflicts: { rule: string; attribute: string; entity: { id: string }; claims: { file: string; quote: string }[] }[];
}

/** The stars conflict between a.md and `other` is in the report. */
function expectStarsConflict(report: JsonReport, other = 'b.md'): void {
  const c = report.conflicts.find((x) => x.rule === 'numeric-mismatch' && x.attribute === 'github.stars' && x.entity.id === 'acme/widget');
  expect(c, 'the conflict between the good files').toBeDefined();
  expect(c!.claims.map((x) => x.file).sort()).toEqual(['a.md', other].sort());
}

function expectGoodFiles(report: JsonReport, other = 'b.md'): void {
  for (const file of ['a.md', other]) {
    expect(report.files.find((f) => f.file === file)).toMatchObject({ file, claims: 1, errors: [] });
  }
}

interface BadCase {
  name: string;
  /** Creates the bad input in `dir`; returns the paths to pass after a.md and b.md. */
  setup: (dir: string) => string[];
  /** The bad files as the report names them, each with its error code and reason. */
  bad: { file: string; code: string; reason: RegExp }[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CASES: BadCase[] = [
  {
    name: 'a missing path',
    setup: () => ['missing.md'],
    bad: [{ file: 'missing.md', code: 'not-found', reason: /no such file or folder/ }],
  },
  {
    name: 'an empty folder',
    setup: (dir) => {
      fs.mkdirSync(path.join(dir, 'empty-folder'));
      return ['empty-folder'];
    },
    bad: [{ file: 'empty-folder', code: 'no-files', reason: /no \.md, \.markdown, \.mdx or \.txt files found/ }],
  },
  {
    name: 'a folder loop through a symbolic link to an ancestor',
    setup: (dir) => {
      write(dir, 'looped/inner.md', 'Nothing to check here.\n');
      write(dir, 'looped/sub/note.md', 'Nor here.\n');
      fs.symlinkSync('..', path.join(dir, 'looped', 'sub', 'back'));
      return ['looped'];
    },
    bad: [{ file: 'looped/sub/back', code: 'symlink-loop', reason: /symbolic link loop: leads back to looped/ }],
  },
  {
    name: 'two symbolic links pointing at each other',
    setup: (dir) => {
      fs.symlinkSync('ping.md', path.join(dir, 'pong.md'));
      fs.symlinkSync('pong.md', path.join(dir, 'ping.md'));
      return ['ping.md'];
    },
    bad: [{ file: 'ping.md', code: 'symlink-loop', reason: /symbolic link loop/ }],
  },
  {
    name: 'a binary file',
    setup: (dir) => {
      write(dir, 'logo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      return ['logo.md'];
    },
    bad: [{ file: 'logo.md', code: 'binary', reason: /binary file skipped/ }],
  },
  {
    name: 'invalid UTF-8',
    setup: (dir) => {
      write(dir, 'latin1.md', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' has over 2,000 stars.\n')]));
      return ['latin1.md'];
    },
    bad: [{ file: 'latin1.md', code: 'invalid-utf8', reason: /not valid UTF-8 text \(line 1, byte 3\)/ }],
  },
  {
    name: 'a 50 MB file',
    setup: (dir) => {
      write(dir, 'huge.md', Buffer.alloc(MB50, 'Lorem ipsum dolor sit amet.\n'));
      return ['huge.md'];
    },
    bad: [{ file: 'huge.md', code: 'too-large', reason: /file too large \(50 MB; the limit is 10 MB\)/ }],
  },
  {
    name: 'a 50 MB single line',
    setup: (dir) => {
      write(dir, 'one-line.md', Buffer.alloc(MB50, 'word '));
      return ['one-line.md'];
    },
    bad: [{ file: 'one-line.md', code: 'too-large', reason: /file too large \(50 MB; the limit is 10 MB\)/ }],
  },
  {
    name: 'broken YAML front matter',
    setup: (dir) => {
      write(dir, 'broken.md', '---\ntitle: [unclosed\ndate: 2026-06-03\n---\n`acme/widget` has 5 stars.\n');
      return ['broken.md'];
    },
    bad: [{ file: 'broken.md', code: 'front-matter', reason: /broken YAML front matter/ }],
  },
];

describe('bad input, each next to two good files that conflict', () => {
  for (const c of CASES) {
    it(`${c.name}: one stderr line, listed in the JSON report, the others still checked, exit 2`, () => {
      const dir = workspace();
      const args = c.setup(dir);
      const r = claimcheck(dir, ['--format', 'json', 'a.md', 'b.md', ...args]);
      try {
        expect(r.status).toBe(2);
        const errLines = lines(r.stderr);
        expect(errLines).toHaveLength(c.bad.length);
        for (const bad of c.bad) {
          const line = errLines.filter((l) => l.startsWith(`claimcheck: ${bad.file}: `));
          expect(line, `one stderr line for ${bad.file}`).toHaveLength(1);
          expect(line[0]).toMatch(new RegExp(`^claimcheck: ${escapeRe(bad.file)}: .*${bad.reason.source}`));
        }
        expect(r.stderr).not.toContain('    at ');
        const report = JSON.parse(r.stdout) as JsonReport;
        for (const bad of c.bad) {
          const entry = report.files.find((f) => f.file === bad.file);
          expect(entry, `${bad.file} in the report's files`).toBeDefined();
          expect(entry!.claims).toBe(0);
          expect(entry!.errors).toHaveLength(1);
          expect(entry!.errors[0]!.code).toBe(bad.code);
          expect(entry!.errors[0]!.message).toMatch(bad.reason);
        }
        expectGoodFiles(report);
        expectStarsConflict(report);
      } finally {
        // The 50 MB files go as soon as they have been used.
        for (const a of args) if (/^(huge|one-line)\.md$/.test(a)) fs.rmSync(path.join(dir, a), { force: true });
      }
    });
  }

  /** A workspace with an unreadable secret.md; as root, opened up for `nobody` to walk it. */
  function unreadable(): string {
    const dir = workspace();
    const file = write(dir, 'secret.md', '`acme/widget` has 5 stars.\n');
    fs.chmodSync(file, 0o000);
    locked.push(file);
    if (isRoot) fs.chmodSync(dir, 0o755);
    return dir;
  }

  function expectUnreadable(r: Run): void {
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(['claimcheck: secret.md: permission denied']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.find((f) => f.file === 'secret.md')).toMatchObject({ claims: 0, errors: [{ code: 'unreadable' }] });
    expectGoodFiles(report);
    expectStarsConflict(report);
  }

  it.runIf(!isRoot)('a file that cannot be read (permissions): one stderr line, listed, exit 2', () => {
    const dir = unreadable();
    expectUnreadable(claimcheck(dir, ['--format', 'json', 'a.md', 'b.md', 'secret.md']));
  });

  it.runIf(isRoot && RUNUSER !== undefined)('a file that cannot be read (permissions), run as nobody since we are root: one stderr line, listed, exit 2', () => {
    const dir = unreadable();
    expectUnreadable(claimcheck(dir, ['--format', 'json', 'a.md', 'b.md', 'secret.md'], {}, 'nobody'));
  });

  it('an empty file is no error and has no claims', () => {
    const dir = workspace();
    write(dir, 'empty.md', '');
    const r = claimcheck(dir, ['--format', 'json', 'a.md', 'b.md', 'empty.md']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1); // the conflict between the good files, and nothing else
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.find((f) => f.file === 'empty.md')).toEqual({ file: 'empty.md', claims: 0, errors: [] });
    expectGoodFiles(report);
    expectStarsConflict(report);
  });

  it.each([
    ['LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_B, 'utf16le')])],
    ['BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(GOOD_B, 'utf16le').swap16()])],
  ])('UTF-16 %s with a BOM is decoded, not rejected: its claim takes part in the conflict', (_order, bytes) => {
    const dir = workspace();
    fs.rmSync(path.join(dir, 'b.md'));
    write(dir, 'utf16.md', bytes);
    const r = claimcheck(dir, ['--format', 'json', 'a.md', 'utf16.md']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expectGoodFiles(report, 'utf16.md');
    expectStarsConflict(report, 'utf16.md');
  });

  it('all the bad inputs at once: one stderr line each, in path order, every good file still checked', () => {
    const dir = workspace();
    const args = [
      ...CASES.filter((c) => !c.name.startsWith('a 50 MB')).flatMap((c) => c.setup(dir)),
      'empty.md',
    ];
    write(dir, 'empty.md', '');
    const r = claimcheck(dir, ['--format', 'json', 'a.md', 'b.md', ...args]);
    expect(r.status).toBe(2);
    const expected = CASES.filter((c) => !c.name.startsWith('a 50 MB'))
      .flatMap((c) => c.bad.map((b) => b.file))
      .sort();
    const named = lines(r.stderr).map((l) => /^claimcheck: (.*?): /.exec(l)?.[1]);
    expect([...named].sort()).toEqual(expected);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.filter((f) => f.errors.length > 0).map((f) => f.file).sort()).toEqual(expected);
    expect(report.files.find((f) => f.file === 'empty.md')).toEqual({ file: 'empty.md', claims: 0, errors: [] });
    expectGoodFiles(report);
    expectStarsConflict(report);
  });

  it('in the default (pretty) format too, each bad file is one line on stderr and the conflict is reported', () => {
    const dir = workspace();
    write(dir, 'logo.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const r = claimcheck(dir, ['a.md', 'b.md', 'missing.md', 'logo.md']);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('acme/widget GitHub stars');
    expect(lines(r.stderr)).toEqual([
      'claimcheck: logo.md: binary file skipped (it contains NUL bytes)',
      'claimcheck: missing.md: no such file or folder',
    ]);
  });
});

describe('front matter never executes', () => {
  it.each([
    ['---js', (marker: string) => `---js\n{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') || 'x' }\n---\n`],
    ['---javascript', (marker: string) => `---javascript\n({ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') || 'x' })\n---\n`],
    ['--- JS (upper case, spaced)', (marker: string) => `--- JS\n({ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') || 'x' })\n---\n`],
  ])('%s front matter is rejected and runs nothing', (_label, frontMatter) => {
    const dir = workspace();
    const marker = path.join(dir, 'marker.txt');
    write(dir, 'code.md', `${frontMatter(marker)}The repository \`acme/widget\` has 5 stars.\n`);
    const r = claimcheck(dir, ['--format', 'json', 'a.md', 'b.md', 'code.md']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^claimcheck: code\.md: .*not allowed/);
    expect(fs.existsSync(marker)).toBe(false);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.find((f) => f.file === 'code.md')).toMatchObject({ claims: 0, errors: [{ code: 'front-matter' }] });
    expectStarsConflict(report);
  });
});

describe('article text never reaches the terminal as control sequences', () => {
  it('ESC and BEL in a quoted figure are shown escaped in pretty output', () => {
    const dir = workspace();
    // A model the built-in pack knows: since main's 46de831, a made-up name with a digit is no longer read as a model.
    write(dir, 'c1.md', 'The lab says Qwen2.5-72B has 236 billion \u0007\u001b[31mtotal parameters, more than its rivals.\n');
    write(dir, 'c2.md', 'Qwen2.5-72B has 100B total parameters.\n');
    write(dir, 'e1.md', 'Alibaba and DeepSeek never \u0007\u001b[31mheld talks about an investment.\n');
    write(dir, 'e2.md', 'Alibaba and DeepSeek held investment talks in May.\n');
    const r = claimcheck(dir, ['a.md', 'b.md', 'c1.md', 'c2.md', 'e1.md', 'e2.md']);
    expect(r.status).toBe(1);
    // No C0 control but the newline, no DEL, no C1 control anywhere in the output.
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('“236 billion \\x07\\x1b[31mtotal parameters”');
    expect(r.stdout).toContain('never \\x07\\x1b[31mheld talks”');
    expect(r.stdout).toContain('acme/widget GitHub stars');
  });

  it('a file name with control characters is shown escaped on stderr', () => {
    const dir = workspace();
    const name = 'evil\u001b[2J\u0007.md';
    write(dir, name, Buffer.from([0x00, 0x01, 0x02]));
    const r = claimcheck(dir, ['--format', 'json', 'a.md', 'b.md', name]);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toEqual(['claimcheck: evil\\x1b[2J\\x07.md: binary file skipped (it contains NUL bytes)']);
    expectStarsConflict(JSON.parse(r.stdout) as JsonReport);
  });

  it('front matter with an unknown YAML tag is read, and no library warning prints its text on stderr', () => {
    const dir = workspace();
    write(dir, 'tagged.md', '---\ntitle: Notes\nnote: !x \u001b[2Jclear\n---\nBody.\n');
    const r = claimcheck(dir, ['--format', 'json', 'a.md', 'b.md', 'tagged.md']);
    expect([r.status, r.stderr]).toEqual([1, '']);
    expectStarsConflict(JSON.parse(r.stdout) as JsonReport);
  });
});

describe('internal errors', () => {
  /**
   * A module loaded before the CLI that breaks sentence splitting, to simulate a bug; and an article with
   * two sentences on a line, which the Segmenter is asked to split (a line with one is split without it).
   */
  function crashLoader(dir: string): string {
    const file = write(dir, 'crash.mjs', "Intl.Segmenter.prototype.segment = function () { throw new Error('simulated failure'); };\n");
    write(dir, 'c.md', 'The first sentence. The second sentence.\n');
    return `--import=${pathToFileURL(file).href}`;
  }

  it('a crash is a short message with the version and how to report it, exit 2, no stack trace', () => {
    const dir = workspace();
    const r = claimcheck(dir, ['a.md', 'b.md', 'c.md'], { NODE_OPTIONS: crashLoader(dir) });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`claimcheck ${VERSION}`);
    expect(r.stderr).toContain('simulated failure');
    expect(r.stderr).toMatch(/report/i);
    expect(r.stderr).not.toContain('    at ');
    expect(lines(r.stderr).length).toBeLessThanOrEqual(3);
  });

  it('with --debug the stack trace is printed', () => {
    const dir = workspace();
    const r = claimcheck(dir, ['--debug', 'a.md', 'b.md', 'c.md'], { NODE_OPTIONS: crashLoader(dir) });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`claimcheck ${VERSION}`);
    expect(r.stderr).toContain('    at ');
  });

  it('a config whose pack is a folder is a user error: one line, exit 2, no stack trace', () => {
    const dir = workspace();
    fs.mkdirSync(path.join(dir, 'pack-folder'));
    write(dir, 'claimcheck.config.json', JSON.stringify({ packs: ['pack-folder'] }));
    const r = claimcheck(dir, ['a.md', 'b.md']);
    expect(r.status).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^claimcheck: .*pack-folder/);
    expect(r.stderr).not.toContain('    at ');
    expect(r.stderr).not.toContain('internal error');
  });
});
