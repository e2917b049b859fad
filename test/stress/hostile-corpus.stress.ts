// The "done when", at full size: the seeds beside one of each hostile file (a 9.8 MB table,
// 8 MB of "[", 4.6 MB of suppression comments, 200,000 nested list lines…) give exactly the seeds'
// own conflicts, one line per hostile file, exit 2, the same bytes with --concurrency off, 2 and
// auto, in under 2 GB. Run by `npm run stress`; durations are printed, never asserted.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { writeHostileFiles } from '../hostile-corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'claimcheck.js');
const TIME = ['/usr/bin/time'].find((p) => fs.existsSync(p));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-stress-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the command; with /usr/bin/time, also its peak memory (KB). */
function run(args: string[]): { status: number | null; stdout: string; stderr: string; maxKB?: number; seconds: number } {
  const command = TIME ? [TIME, '-f', 'claimcheck-stress %M KB %e s', process.execPath, BIN, ...args] : [process.execPath, BIN, ...args];
  const env = { ...process.env, FORCE_COLOR: '0', XDG_CACHE_HOME: dir };
  delete env.NODE_OPTIONS;
  const r = spawnSync(command[0]!, command.slice(1), { cwd: dir, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  // GNU time adds "Command exited with non-zero status N" before its own line.
  const measured = /(?:Command exited with non-zero status \d+\n)?claimcheck-stress (\d+) KB ([\d.]+) s\n?$/.exec(r.stderr);
  const stderr = measured ? r.stderr.slice(0, measured.index) : r.stderr;
  return { status: r.status, stdout: r.stdout, stderr, maxKB: measured ? Number(measured[1]) : undefined, seconds: measured ? Number(measured[2]) : NaN };
}

it('the seeds beside one of each full-size hostile file', () => {
  fs.cpSync(path.join(ROOT, 'seeds'), path.join(dir, 'corpus'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.claimcheckrc.yml'), '# defaults\n');
  const seedsOnly = run(['--format', 'json', 'corpus']);
  expect([seedsOnly.status, seedsOnly.stderr]).toEqual([1, '']);
  const expectedLines = writeHostileFiles(path.join(dir, 'corpus'), 'corpus/', 'full');
  const runs = (['off', '2', 'auto'] as const).map((mode) => ({ mode, ...run(['--format', 'json', '--concurrency', mode, 'corpus']) }));
  for (const r of runs) {
    console.log(`--concurrency ${r.mode}: exit ${r.status}, ${r.seconds} s, ${r.maxKB === undefined ? '?' : Math.round(r.maxKB / 1024)} MB peak`);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter((l) => l !== '')).toEqual(expectedLines);
    expect(r.stdout).toBe(runs[0]!.stdout);
    if (r.maxKB !== undefined) expect(r.maxKB).toBeLessThan(2 * 1024 * 1024);
  }
  expect(JSON.parse(runs[0]!.stdout).conflicts).toEqual(JSON.parse(seedsOnly.stdout).conflicts);
});
