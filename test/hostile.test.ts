// Hostile inputs, end to end through bin/claimcheck.js: special files, costly Markdown, tampered caches,
// runaway options. Each bad input is that file's error (one stderr line, exit 2) and every other file
// is still checked; nothing here races the clock: work is counted (threads started, files read).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'claimcheck.js');

const GOOD_A = 'The repository `acme/widget` has over 3,000 GitHub stars.\n';
const GOOD_B = 'Since its launch, `acme/widget` has garnered over 9,000 stars.\n';

const roots: string[] = [];
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

function write(dir: string, rel: string, content: string | Buffer): string {
  const abs = path.join(dir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  return abs;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function claimcheck(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...base, FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  expect(r.stderr).not.toContain('    at ');
  expect(r.stderr).not.toContain('internal error');
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
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

describe('threads', () => {
  it('--concurrency 64 on two files starts no more workers than files (or cores)', () => {
    const dir = workspace();
    const r = claimcheck(dir, ['--concurrency', '64', 'a.md', 'b.md'], { NODE_OPTIONS: workerCounter(dir) });
    expect(r.status).toBe(1);
    const started = Number(/workers started: (\d+)/.exec(r.stderr)?.[1]);
    expect(started).toBe(Math.min(2, os.availableParallelism()));
  });
});
